from datetime import date

import pytest

from sitrep.model import EventMention, Place

BAGHDAD = {"name": "Dura", "country": "Iraq", "admin1": "Baghdad", "latitude": 33.25, "longitude": 44.40,
               "geo_precision": 1, "gazetteer_id": "sitrep:dura-baghdad"}
MOSUL = {"name": "Mosul", "country": "Iraq", "admin1": "Nineveh", "latitude": 36.34, "longitude": 43.13,
             "geo_precision": 1, "gazetteer_id": "geonames:99072"}


def mention(report: str, index: int = 0, *, source: str = "", published: date | None = None,
            day: date = date(2014, 3, 2), place: dict | None = BAGHDAD, killed=(12, 12),
            injured=(30, 30), event_type="Explosions/Remote violence",
            sub="Remote explosive/landmine/IED", weapon="car bomb", notes="",
            **kw) -> EventMention:
    return EventMention(
        report_id=report, index=index, source=source or f"outlet-{report}",
        published=published or day, event_date=day, event_type=event_type, sub_event_type=sub,
        weapon=weapon, target="market", place=Place(**place) if place else None,
        location_text=place["name"] if place else "", killed_min=killed[0], killed_max=killed[1],
        fatalities=killed[0] or 0, injured_min=injured[0], injured_max=injured[1],
        notes=notes or "A car bomb exploded near a market in Dura, southern Baghdad.", **kw)


@pytest.fixture
def car_bomb_reports():
    """Three outlets report one Dura car bomb with differing tolls."""
    return [
        mention("r1", source="Reuters", killed=(12, 12), injured=(30, 30)),
        mention("r2", source="AFP", killed=(14, 15), injured=(25, 40),
                notes="Car bomb kills 14 at a market in Baghdad's Dura district."),
        mention("r3", source="AP", killed=(10, 10), injured=(None, None),
                published=date(2014, 3, 3), notes="A car bomb in the Dura district killed 10."),
    ]
