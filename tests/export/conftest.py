from datetime import date
from pathlib import Path

import pytest

from sitrep.model import Incident, Place

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucdp-ged"
UCDP_IRAQ = SHARED / "ged_iraq_1989_2018.csv"
UCDP_SYRIA = SHARED / "ged_syria_2016_2019.csv"


@pytest.fixture
def ucdp_iraq() -> Path:
    if not UCDP_IRAQ.exists():
        pytest.skip("../shared UCDP files not present")
    return UCDP_IRAQ


@pytest.fixture
def incidents() -> list[Incident]:
    fallujah = Place(name="Fallujah", country="Iraq", iso2="IQ", admin1="Al-Anbar", admin2="Falluja",
                     latitude=33.355813, longitude=43.786124, geo_precision=1, where_prec=1)
    aleppo = Place(name="Aleppo", country="Syria", iso2="SY", admin1="Aleppo",
                   latitude=36.2, longitude=37.16, geo_precision=2, where_prec=2)
    return [
        Incident(id="inc_a", event_date=date(2014, 10, 28), time_precision=1, place=fallujah,
                 event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
                 actor2="Military Forces of Iraq", inter1=2, inter2=1, type_of_violence=1,
                 killed_min=7, killed_best=8, killed_max=10, injured_min=4, injured_max=6,
                 fatalities=7, sources=["Outlet A", "Outlet B"], report_ids=["r1", "r2"],
                 mention_ids=["r1:0", "r2:0"], notes="Clashes in Fallujah."),
        Incident(id="inc_b", event_date=date(2016, 3, 1), time_precision=2, place=aleppo,
                 event_type="Violence against civilians", sub_event_type="Attack",
                 actor1="Unidentified Armed Group", inter1=3, inter2=7, type_of_violence=3,
                 killed_min=2, killed_max=5, civilians_killed_min=2, civilians_killed_max=5,
                 sources=["Outlet C"], report_ids=["r3"], mention_ids=["r3:0"]),
        Incident(id="inc_c", event_date=date(2014, 11, 1), time_precision=3,
                 place=Place(name="Iraq", country="Iraq", iso2="IQ", where_prec=6),
                 event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 actor1="Military Forces of Iraq", inter1=1, type_of_violence=1,
                 killed_min=None, killed_max=None, sources=["Outlet A"], report_ids=["r4"]),
    ]
