"""Exports loaded back with the column sets of the real datasets."""

import csv
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep.export import columns, to_geojson, write
from sitrep.export.formats import interaction, priogrid_gid, stable_numbers

from .conftest import UCDP_IRAQ, UCDP_SYRIA

# ACLED's current export columns, in order (shared/reference/acled.md)
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


def test_acled_columns_order_and_values(incidents, tmp_path):
    out = tmp_path / "acled.csv"
    assert write(incidents, out, "acled", timestamp=1700000000) == 3
    with out.open(newline="") as f:
        assert next(csv.reader(f)) == ACLED_COLUMNS
    df = pd.read_csv(out, keep_default_na=False, na_values=[""])
    a = df[df["tags"] == "sitrep_id=inc_a"].iloc[0]
    assert a["event_id_cnty"].startswith("IRQ") and a["event_id_cnty"][3:].isdigit()
    assert (a["iso"], a["region"], a["country"]) == (368, "Middle East", "Iraq")
    assert a["interaction"] == 12 and a["fatalities"] == 7 and a["disorder_type"] == "Political violence"
    assert a["source"] == "Outlet A; Outlet B" and a["timestamp"] == 1700000000
    b = df[df["tags"] == "sitrep_id=inc_b"].iloc[0]
    assert b["event_id_cnty"].startswith("SYR") and b["iso"] == 760
    assert b["civilian_targeting"] == "Civilian targeting" and b["interaction"] == 37
    c = df[df["tags"] == "sitrep_id=inc_c"].iloc[0]
    assert c["fatalities"] == 0 and c["interaction"] == 10  # no toll -> 0; sole actor -> "10"
    assert df["fatalities"].dtype == "int64" and df["latitude"].dtype == "float64"
    assert pd.to_datetime(df["event_date"]).dt.year.tolist() == df["year"].tolist()


def test_acled_ids_are_stable_across_runs(incidents, tmp_path):
    write(incidents, tmp_path / "1.csv", "acled", timestamp=0)
    write(list(reversed(incidents)) + [incidents[0].__class__(id="inc_new")], tmp_path / "2.csv",
          "acled", timestamp=0)
    one = pd.read_csv(tmp_path / "1.csv").set_index("tags")["event_id_cnty"]
    two = pd.read_csv(tmp_path / "2.csv").set_index("tags")["event_id_cnty"]
    assert (one == two[one.index]).all()


def test_helpers():
    assert interaction(3, 1) == "13" and interaction(None, None) == "" and interaction(7, None) == "70"
    assert priogrid_gid(33.355813, 43.786124) == 177568  # the Fallujah row of UCDP's Iraq file
    nums = stable_numbers(["a", "b", "c"])
    assert len(set(nums.values())) == 3 and nums == stable_numbers(["c", "b", "a"])


def _ucdp_header(path):
    with path.open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


def test_ucdp_columns_contain_the_real_files(incidents, tmp_path):
    if not UCDP_IRAQ.exists():
        pytest.skip("../shared UCDP files not present")
    out = tmp_path / "ucdp.csv"
    write(incidents, out, "ucdp")
    ours = _ucdp_header(out)
    iraq, syria = _ucdp_header(UCDP_IRAQ), _ucdp_header(UCDP_SYRIA)
    assert ours[:len(iraq)] == iraq  # the full GED set, same order, then sitrep_id
    assert set(syria) <= set(ours)
    assert columns("ucdp") == iraq


def test_ucdp_values_and_dtypes_match_the_real_file(incidents, tmp_path):
    if not UCDP_IRAQ.exists():
        pytest.skip("../shared UCDP files not present")
    out = tmp_path / "ucdp.csv"
    write(incidents[:2], out, "ucdp")  # UCDP events always have coordinates; these do too
    real = pd.read_csv(UCDP_IRAQ, skiprows=[1], nrows=200)
    ours = pd.read_csv(out)
    filled = ["id", "year", "start_year", "end_year", "type_of_violence", "side_a", "side_b",
              "number_of_sources", "where_prec", "where_coordinates", "adm_1", "latitude",
              "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
              "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
              "deaths_civilians", "deaths_unknown", "low", "best", "high"]
    assert {c: str(ours[c].dtype) for c in filled} == {c: str(real[c].dtype) for c in filled}
    r = ours.set_index("sitrep_id")
    a = r.loc["inc_a"]
    assert (a["low"], a["best"], a["high"]) == (7, 8, 10)
    assert (a["country_id"], a["iso3"], a["gwnob"]) == (645, "IRQ", 645)  # actor2 is state forces
    assert a["geom_wkt"] == "POINT (43.786124 33.355813)" and a["priogrid_gid"] == 177568
    assert (a["date_prec"], a["date_start"], a["adm_1"]) == (1, "2014-10-28", "Al-Anbar")
    b = r.loc["inc_b"]
    # best (2+5)//2 = 3, all civilians; week precision -> UCDP 3
    assert (b["low"], b["best"], b["high"], b["deaths_civilians"], b["deaths_unknown"]) == (2, 3, 5, 3, 0)
    assert (b["country_id"], b["date_prec"], b["side_b"]) == (652, 3, "Civilians")
    assert (ours["best"] == ours[["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]].sum(axis=1)).all()


def test_ucdp_without_coordinates_or_toll(incidents, tmp_path):
    out = tmp_path / "ucdp.csv"
    write(incidents, out, "ucdp")
    c = pd.read_csv(out).set_index("sitrep_id").loc["inc_c"]
    # no toll: 0 0 0; month precision -> UCDP 4; country-level place; blank point
    assert (c["low"], c["best"], c["high"], c["date_prec"], c["where_prec"]) == (0, 0, 0, 4, 6)
    assert pd.isna(c["latitude"]) and pd.isna(c["geom_wkt"]) and pd.isna(c["priogrid_gid"])


def test_geojson_points_and_skipped(incidents, tmp_path):
    out = tmp_path / "x.geojson"
    assert write(incidents, out, "geojson") == 2
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection"
    assert [f["geometry"]["coordinates"] for f in gj["features"]] == [[43.786124, 33.355813], [37.16, 36.2]]
    assert gj["features"][0]["properties"]["admin1"] == "Al-Anbar"
    assert gj["skipped"] == {"reason": "no coordinates", "count": 1, "ids": ["inc_c"]}
    assert to_geojson([])["features"] == []


def test_parquet_types(incidents, tmp_path):
    out = tmp_path / "x.parquet"
    write(incidents, out, "parquet")
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("killed_min").type) == "int64"
    assert pa.types.is_list(table.schema.field("report_ids").type)
    df = table.to_pandas()
    assert df.set_index("id").loc["inc_a", "killed_best"] == 8
    assert pd.isna(df.set_index("id").loc["inc_c", "latitude"])


def test_jsonl_is_the_full_record(incidents, tmp_path):
    out = tmp_path / "x.jsonl"
    write(incidents, out, "jsonl")
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["inc_a", "inc_c", "inc_b"]  # by date
    assert lines[0] == json.loads(json.dumps(incidents[0].to_record(), default=str))
    assert lines[0]["report_ids"] == ["r1", "r2"]


def test_plain_csv(incidents, tmp_path):
    out = tmp_path / "x.csv"
    write(incidents, out, "csv")
    df = pd.read_csv(out)
    assert len(df) == 3 and {"id", "event_date", "killed_best", "admin1", "latitude"} <= set(df.columns)
    assert df.set_index("id").loc["inc_a", "sources"] == "Outlet A;Outlet B"


def test_unknown_format(incidents, tmp_path):
    with pytest.raises(ValueError):
        write(incidents, tmp_path / "x", "xlsx")
