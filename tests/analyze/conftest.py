"""Hand-made incidents whose figures are worked out by hand in the tests."""

from datetime import date

import pytest

from sitrep.model import Incident, Place


def place(admin1: str, name: str = "", lat=None, lon=None) -> Place:
    return Place(name=name or admin1, country="Iraq", iso2="IQ", admin1=admin1,
                 latitude=lat, longitude=lon, geo_precision=1, where_prec=1)


@pytest.fixture
def incidents() -> list[Incident]:
    return [
        Incident(id="i1", event_date=date(2014, 10, 28), place=place("Baghdad", "Baghdad", 33.34, 44.40),
                 actor1="Islamic State", event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", weapon="car bomb",
                 killed_min=10, killed_best=12, killed_max=14, injured_min=20, injured_max=30,
                 sources=["Outlet A", "Outlet B"], report_ids=["r1", "r2"], fatalities=10,
                 notes="A car bomb exploded near a market."),
        Incident(id="i2", event_date=date(2014, 10, 30), place=place("Babylon", "Hillah"),
                 actor1="Islamic State", event_type="Explosions/Remote violence",
                 sub_event_type="Suicide bomb", weapon="suicide car bomb",
                 killed_min=5, killed_max=9, injured_min=3, sources=["Outlet A"], report_ids=["r3"]),
        Incident(id="i3", event_date=date(2014, 11, 2), place=place("Al-Anbar", "Ramadi"),
                 actor1="Military Forces of Iraq", actor2="Islamic State", event_type="Battles",
                 sub_event_type="Armed clash", sources=["Outlet C"]),
        Incident(id="i4", event_date=date(2013, 11, 5), place=place("Baghdad"),
                 actor1="Unidentified Armed Group", event_type="Violence against civilians",
                 sub_event_type="Attack", killed_min=3, killed_max=3),
        Incident(id="i5", event_date=None, place=place("Baghdad"), killed_min=1, killed_max=2),
        Incident(id="i6", event_date=date(2014, 11, 3), place=place("Baghdad"),
                 actor1="Military Forces of Iraq", event_type="Explosions/Remote violence",
                 sub_event_type="Air/drone strike", killed_max=8,
                 civilians_killed_min=2, civilians_killed_max=4),
    ]
