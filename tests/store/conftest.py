from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention, Evidence, Incident, Place, Quarantined, Report
from sitrep.store import Store


def make_report(n: int, source: str = "AP") -> Report:
    return Report(text=f"Report {n}: a car bomb killed {n} people in Dura.", source=source,
                  published=date(2014, 6, 1 + n % 28), url=f"https://x/{n}", title=f"T{n}",
                  external_id=str(n), origin=f"in.jsonl:{n}", country="Iraq")


def make_mention(report_id: str, index: int = 0, n: int = 12, place: bool = True) -> EventMention:
    text = f"A car bomb killed at least {n} people in Dura, south Baghdad."
    return EventMention(
        report_id=report_id, index=index, source="AP", published=date(2014, 6, 10),
        event_date=date(2014, 6, 9), time_precision=1, event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", confidence=0.8125,
        disorder_type="Political violence", actor1="Unidentified Armed Group (Iraq)",
        actor2="Civilians (Iraq)", assoc_actor_1="", assoc_actor_2="", inter1=3, inter2=7,
        civilian_targeting=True, type_of_violence=3, weapon="car bomb", target="market",
        location_text="Dura", location_context=["Baghdad", "Iraq"], location_relation="south of",
        place=Place(name="Dura", country="Iraq", iso2="IQ", admin1="Baghdad", admin2="Rusafa",
                    latitude=33.2478, longitude=44.3903, geo_precision=1, where_prec=2,
                    gazetteer_id="sitrep:dura-baghdad", feature="district", query="Dura",
                    note="") if place else None,
        killed_min=n, killed_max=n + 3, injured_min=20, injured_max=None, abducted_min=None,
        arrested_min=0, civilians_killed_min=n, combatants_killed_max=1, fatalities=n,
        is_aggregate=False, notes=text,
        evidence={"killed_min": Evidence(text=f"at least {n}", start=18, end=29, sentence=text,
                                         sentence_start=0),
                  "location_text": Evidence(text="Dura", start=44, end=48, sentence=text)},
    )


def make_incident(iid: str, mentions: list[EventMention], origin: str = "sitrep") -> Incident:
    m = mentions[0] if mentions else make_mention("imported")
    return Incident(
        id=iid, mention_ids=[x.id for x in mentions],
        report_ids=sorted({x.report_id for x in mentions}), sources=["AP", "Reuters"],
        event_date=m.event_date, time_precision=1, event_type=m.event_type,
        sub_event_type=m.sub_event_type, disorder_type=m.disorder_type, actor1=m.actor1,
        actor2=m.actor2, inter1=3, inter2=7, type_of_violence=3, weapon="car bomb",
        target="market", place=m.place, killed_min=12, killed_best=14, killed_max=15,
        injured_min=20, injured_max=25, civilians_killed_min=12, fatalities=12,
        notes="merged", origin=origin, match_weight=7.25)


@pytest.fixture
def db(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


@pytest.fixture
def quarantined():
    return [Quarantined(origin="bad.jsonl:3", reason="malformed JSON", raw="{oops"),
            Quarantined(origin="x.bin", reason="binary file")]
