"""Figures checked against sums worked out by hand from conftest's six incidents.

Resolved (min, best, max) per incident, by the documented None rules:
i1 (10, 12, 14)  i2 (5, 7, 9): best = (5+9)//2  i3 (0, 0, 0)  i4 (3, 3, 3)
i5 undated (1, 1, 2)  i6 (0, 8, 8): only max known -> min 0, best = max.
"""

from datetime import date

import pandas as pd
import pytest

from sitrep import analyze
from sitrep.analyze.frame import killed_range


def rows(df, key):
    return {r[key]: r for r in df.to_dict(orient="records")}


def test_best_estimate_rule():
    assert killed_range({"killed_min": 5, "killed_max": 9}) == (5, 7, 9)
    assert killed_range({"killed_min": 5, "killed_max": 10}) == (5, 7, 10)  # rounded down
    assert killed_range({"killed_min": 4, "killed_best": 9, "killed_max": 12}) == (4, 9, 12)
    assert killed_range({"killed_min": 4}) == (4, 4, 4)
    assert killed_range({"killed_max": 8}) == (0, 8, 8)
    assert killed_range({}) == (0, 0, 0)


def test_tally_by_year_has_the_documented_columns_and_hand_sums(incidents):
    df = analyze.tally(incidents, by="year")
    assert list(df.columns) == ["year", "incidents", "killed_min", "killed_best", "killed_max",
                                "injured_min", "injured_max"]
    assert df["year"].tolist() == [2013, 2014]
    y = rows(df, "year")
    assert y[2013] == {"year": 2013, "incidents": 1, "killed_min": 3, "killed_best": 3,
                       "killed_max": 3, "injured_min": 0, "injured_max": 0}
    # i1 + i2 + i3 + i6; injuries: i1 20-30, i2 3 (no max -> 3)
    assert y[2014] == {"year": 2014, "incidents": 4, "killed_min": 15, "killed_best": 27,
                       "killed_max": 31, "injured_min": 23, "injured_max": 33}
    assert df.attrs["undated"] == 1


def test_tally_by_month_week_and_day(incidents):
    m = rows(analyze.tally(incidents, by="month"), "month")
    assert (m["2014-10"]["incidents"], m["2014-10"]["killed_best"]) == (2, 19)
    assert (m["2014-11"]["killed_min"], m["2014-11"]["killed_best"], m["2014-11"]["killed_max"]) == (0, 8, 8)
    w = rows(analyze.tally(incidents, by="week"), "week")
    # 28 Oct (Tue), 30 Oct and 2 Nov (Sun) fall in the week of Monday 27 Oct; 3 Nov starts the next
    assert w["2014-10-27"]["incidents"] == 3 and w["2014-10-27"]["killed_max"] == 23
    assert w["2014-11-03"]["incidents"] == 1
    d = rows(analyze.tally(incidents, by="day"), "day")
    assert set(d) == {"2013-11-05", "2014-10-28", "2014-10-30", "2014-11-02", "2014-11-03"}


def test_tally_by_governorate_includes_undated(incidents):
    a = rows(analyze.tally(incidents, by="admin1"), "admin1")
    assert a["Baghdad"]["incidents"] == 4  # i1, i4, i5, i6
    assert (a["Baghdad"]["killed_min"], a["Baghdad"]["killed_best"], a["Baghdad"]["killed_max"]) == (14, 24, 27)
    assert a["Baghdad"]["injured_max"] == 30


def test_tally_by_two_keys_and_date_filter(incidents):
    df = analyze.tally(incidents, by=["year", "admin1"], date_from="2014-01-01")
    assert [tuple(x) for x in df[["year", "admin1"]].values] == [
        (2014, "Al-Anbar"), (2014, "Babylon"), (2014, "Baghdad")]
    assert df["killed_best"].tolist() == [0, 7, 20]


def test_tally_by_perpetrator_and_type(incidents):
    a = rows(analyze.tally(incidents, by="actor1"), "actor1")
    assert a["Islamic State"]["killed_best"] == 19
    assert a["Military Forces of Iraq"]["killed_best"] == 8
    assert a["(not known)"]["incidents"] == 1  # i5 has no actor
    t = rows(analyze.tally(incidents, by="sub_event_type"), "sub_event_type")
    assert t["Suicide bomb"]["killed_max"] == 9


def test_civilians_vs_combatants(incidents):
    v = rows(analyze.tally(incidents, by="victim"), "victim")
    assert list(analyze.tally(incidents, by="victim").columns) == [
        "victim", "incidents", "killed_min", "killed_best", "killed_max"]
    # i4 is violence against civilians: all 3 civilians; i6: civilians 2-4 of 0-8 deaths
    assert v["civilians"] == {"victim": "civilians", "incidents": 2, "killed_min": 3,
                              "killed_best": 6, "killed_max": 7}
    # i1, i2, i5 and i6's remainder (0, 8-3, 8-0); i3 had no deaths
    assert v["combatants/other"] == {"victim": "combatants/other", "incidents": 4,
                                     "killed_min": 16, "killed_best": 25, "killed_max": 33}


def test_unknown_key_is_refused(incidents):
    with pytest.raises(ValueError):
        analyze.tally(incidents, by="planet")


def test_trace_lists_the_incidents_behind_each_row(incidents):
    df = analyze.trace(incidents, by="month")
    ids = dict(zip(df["month"], df["incident_ids"]))
    assert ids == {"2013-11": "i4", "2014-10": "i1 i2", "2014-11": "i3 i6"}
    assert df["killed_best"].tolist() == analyze.tally(incidents, by="month")["killed_best"].tolist()


def test_share_of_deaths_by_an_actor(incidents):
    s = analyze.share(incidents, actor="islamic state").iloc[0]
    # IS: i1 + i2 = 15 / 19 / 23 of all 19 / 31 / 36
    assert (s["killed_min"], s["killed_best"], s["killed_max"]) == (15, 19, 23)
    assert (s["total_killed_min"], s["total_killed_best"], s["total_killed_max"]) == (19, 31, 36)
    assert s["share_min"] == pytest.approx(78.9)
    assert s["share_best"] == pytest.approx(61.3)
    assert s["share_max"] == pytest.approx(63.9)
    either = analyze.share(incidents, actor="islamic state", side="either").iloc[0]
    assert either["incidents"] == 3  # i3 has IS as actor2


def test_annualise_month_end_uses_twelve_over_months(incidents):
    assert analyze.annual_factor(2014, date(2014, 10, 31)) == pytest.approx(1.2)
    assert analyze.annual_factor(2014, date(2014, 3, 15)) == pytest.approx(365 / 74)
    df = analyze.annualise(incidents, 2014, as_of="2014-10-31", compare_with=[2013])
    so_far, scaled, y2013 = df.to_dict(orient="records")
    assert so_far["killed_best"] == 19 and so_far["incidents"] == 2  # i1 + i2
    assert scaled["killed_best"] == 23  # round(19 * 1.2 = 22.8)
    assert scaled["killed_min"] == 18 and scaled["killed_max"] == 28  # 15*1.2, 23*1.2=27.6
    assert y2013["killed_best"] == 3
    assert y2013["share_best"] == pytest.approx(766.7)  # 23 / 3


def test_annualise_defaults_to_latest_incident(incidents):
    df = analyze.annualise(incidents, 2014)
    assert df["date_to"].iloc[0] == "2014-11-03"


def test_compare_periods(incidents):
    df = analyze.compare_periods(incidents, "2014-10", "2013-11")
    r = rows(df, "measure")
    assert r["incidents"]["2014-10-01..2014-10-31"] == 2
    assert r["incidents"]["2013-11-01..2013-11-30"] == 1
    assert r["killed_best"]["difference"] == 16 and r["killed_best"]["ratio"] == pytest.approx(19 / 3, abs=1e-3)
    assert pd.isna(r["injured_min"]["ratio"])  # 2013 had none: no ratio, not infinity


def test_parse_period():
    assert analyze.parse_period("2014") == (date(2014, 1, 1), date(2014, 12, 31))
    assert analyze.parse_period("2014-01..2014-10") == (date(2014, 1, 1), date(2014, 10, 31))
    assert analyze.parse_period(("2014-10-28", "2014-11-02")) == (date(2014, 10, 28), date(2014, 11, 2))
    with pytest.raises(ValueError):
        analyze.parse_period("October")


def test_compare_two_datasets_cell_by_cell(incidents):
    from sitrep.model import Incident, Place

    ucdp = [
        Incident(id="ucdp:1", origin="ucdp", event_date=date(2014, 10, 28), killed_min=11,
                 killed_best=13, killed_max=13, place=Place(name="Baghdad", admin1="Baghdad")),
        Incident(id="ucdp:2", origin="ucdp", event_date=date(2014, 10, 5), killed_min=4,
                 killed_best=4, killed_max=4, place=Place(name="Mosul", admin1="Ninewa")),
    ]
    ours = [i for i in incidents if i.event_date and i.event_date.year == 2014]
    for i in ours:
        i.origin = "sitrep"
    df = analyze.compare(ours, ucdp, by=("month", "admin1"))
    cells = {(r["month"], r["admin1"]): r for r in df.to_dict(orient="records")}
    assert set(cells) == {("2014-10", "Babylon"), ("2014-10", "Baghdad"), ("2014-10", "Ninewa"),
                          ("2014-11", "Al-Anbar"), ("2014-11", "Baghdad")}
    b = cells[("2014-10", "Baghdad")]
    assert (b["incidents_sitrep"], b["incidents_ucdp"]) == (1, 1)
    assert (b["killed_best_sitrep"], b["killed_best_ucdp"], b["killed_difference"]) == (12, 13, -1)
    assert b["killed_ratio"] == pytest.approx(0.923)
    n = cells[("2014-10", "Ninewa")]
    assert (n["incidents_sitrep"], n["killed_best_ucdp"], n["killed_difference"]) == (0, 4, -4)
    assert pd.isna(cells[("2014-10", "Babylon")]["killed_ratio"])


def test_dataframe_input_gives_the_same_tally(incidents):
    df = pd.DataFrame([i.to_record() for i in incidents])
    assert analyze.tally(df, by="year").equals(analyze.tally(incidents, by="year"))
