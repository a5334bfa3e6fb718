"""Imports of published datasets. The key check: UCDP's Iraq file, imported and tallied
by year, gives UCDP's own yearly `best` totals, computed here with plain csv."""

import csv
from collections import defaultdict
from datetime import date

from sitrep import analyze
from sitrep.export import write
from sitrep.export.imports import admin1_name, import_acled, import_ucdp

from .conftest import UCDP_SYRIA


def _expected_by_year(path):
    best, low, high, n = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["id"]:
                continue  # HXL tag row
            y = int(row["date_start"][:4])
            best[y] += int(row["best"])
            low[y] += int(row["low"])
            high[y] += int(row["high"])
            n[y] += 1
    return best, low, high, n


def test_ucdp_iraq_yearly_best_totals_exactly(ucdp_iraq):
    incidents = import_ucdp(ucdp_iraq)
    best, low, high, n = _expected_by_year(ucdp_iraq)
    assert len(incidents) == 7473 == sum(n.values())
    df = analyze.tally(incidents, by="year")
    assert dict(zip(df["year"], df["killed_best"])) == dict(best)
    assert dict(zip(df["year"], df["killed_min"])) == dict(low)
    assert dict(zip(df["year"], df["killed_max"])) == dict(high)
    assert dict(zip(df["year"], df["incidents"])) == dict(n)
    assert best[2014] == 15092  # a number to recognise, from the file itself


def test_ucdp_fields(ucdp_iraq):
    first = next(i for i in import_ucdp(ucdp_iraq) if i.id == "ucdp:114064")
    assert first.origin == "ucdp" and first.event_date == date(2014, 1, 24)
    assert first.time_precision == 2  # date_prec 2 (two to six days)
    assert (first.killed_min, first.killed_best, first.killed_max, first.fatalities) == (8, 8, 8, 8)
    assert (first.actor1, first.actor2, first.inter1, first.type_of_violence) == \
        ("Government of Iraq", "IS", 1, 1)
    p = first.place
    assert (p.name, p.admin1, p.country, p.iso2, p.where_prec, p.geo_precision) == \
        ("Al Fallūjah town", "Al-Anbar", "Iraq", "IQ", 1, 1)
    assert (p.latitude, p.longitude) == (33.355813, 43.786124)
    assert first.sources == ["Agence France Presse"]
    assert first.civilians_killed_min == 1


def test_ucdp_syria_file_and_roundtrip(tmp_path, ucdp_iraq):
    incidents = import_ucdp(UCDP_SYRIA)
    assert len(incidents) == 16566
    assert {i.place.country for i in incidents} == {"Syria"}
    # sitrep's UCDP export of imported UCDP events reads back with the same figures
    out = tmp_path / "back.csv"
    write(incidents[:500], out, "ucdp")
    again = {i.id: i for i in import_ucdp(out)}
    for i in incidents[:500]:
        j = again[i.id]
        assert (j.event_date, j.killed_min, j.killed_best, j.killed_max) == \
            (i.event_date, i.killed_min, i.killed_best, i.killed_max)
        assert (j.place.admin1, j.place.where_prec, j.actor1) == (i.place.admin1, i.place.where_prec, i.actor1)


def test_admin1_names():
    assert admin1_name("Al Anbār province", "IQ") == "Al-Anbar"
    assert admin1_name("Al Başrah  province", "IQ") == "Basrah"
    assert admin1_name("Deir ez Zor Governorate", "SY") == "Deir-ez-Zor"
    assert admin1_name("Nowhere province", "IQ") == "Nowhere"
    assert admin1_name("", "IQ") == ""


OLD_ACLED = """data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3
101,368,IRQ1001,1001,28 October 2014,2014,1,Explosions/Remote violence,Suicide bomb,Islamic State (Iraq),,2,Civilians (Iraq),,7,27,Middle East,Iraq,Baghdad,Al Resafa,,Baghdad,33.34,44.40,1,Outlet A; Outlet B,National,Bombing in Baghdad,24,1600000000,IRQ
"""

NEW_ACLED = """event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
SYR2002,2016-03-01,2016,1,Political violence,Battles,Armed clash,Military Forces of Syria (2000-2024),,State forces,Hayat Tahrir al Sham,,Rebel groups,12,,760,Middle East,Syria,Idleb,,,Saraqab,35.86,36.80,2,SOHR,Local partner-National,Clashes,3,,1700000000
"""


def test_acled_old_and_new_columns(tmp_path):
    (tmp_path / "old.csv").write_text(OLD_ACLED)
    (tmp_path / "new.csv").write_text(NEW_ACLED)
    old = import_acled(tmp_path / "old.csv")[0]
    assert (old.id, old.origin, old.event_date, old.fatalities) == ("acled:IRQ1001", "acled", date(2014, 10, 28), 24)
    assert (old.killed_min, old.killed_best, old.killed_max) == (24, 24, 24)
    assert (old.inter1, old.inter2, old.place.admin1, old.place.iso2) == (2, 7, "Baghdad", "IQ")
    assert old.sources == ["Outlet A", "Outlet B"]
    new = import_acled(tmp_path / "new.csv")[0]
    assert (new.event_date, new.inter1, new.inter2, new.disorder_type) == \
        (date(2016, 3, 1), 1, 2, "Political violence")
    assert (new.place.admin1, new.place.geo_precision, new.place.where_prec) == ("Idleb", 2, 2)
    # re-exported, an imported ACLED event keeps its ACLED id
    write([old, new], tmp_path / "out.csv", "acled", timestamp=0)
    text = (tmp_path / "out.csv").read_text()
    assert "IRQ1001," in text and "SYR2002," in text
