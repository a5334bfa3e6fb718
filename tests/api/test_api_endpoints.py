"""The JSON API over the sample corpus: each endpoint agrees with the store and
sitrep.analyze it wraps, and bad input gets a clear 422, not a 500.

The sample's incidents change as extraction improves, so nothing here counts them:
the API is checked against the store and analyze over the same database.
"""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from sitrep import taxonomy
from sitrep.analyze import tally
from sitrep.api import create_app


def _all(client, **params) -> list[dict]:
    out = client.get("/api/incidents", params={"limit": 5000, **params})
    assert out.status_code == 200, out.text
    return out.json()["items"]


def _errors(resp) -> list[dict]:
    assert resp.status_code == 422, resp.text
    return resp.json()["detail"]


# --- /api/incidents --------------------------------------------------------------


def test_list_is_the_stores_incidents_in_date_order(client, store):
    body = client.get("/api/incidents", params={"limit": 5000}).json()
    ours = store.incidents(origin="sitrep")
    assert body["total"] == len(ours) == len(body["items"]) > 0
    assert [r["id"] for r in body["items"]] == [i.id for i in ours]
    dates = [r["event_date"] for r in body["items"] if r["event_date"]]
    assert dates == sorted(dates)


def test_pages_concatenate_to_the_whole_list(client):
    everything = [r["id"] for r in _all(client)]
    size = 7
    pages = []
    for offset in range(0, len(everything), size):
        body = client.get("/api/incidents", params={"limit": size, "offset": offset}).json()
        assert body["total"] == len(everything) and body["offset"] == offset
        assert len(body["items"]) <= size
        pages += [r["id"] for r in body["items"]]
    assert pages == everything
    past = client.get("/api/incidents", params={"offset": len(everything)}).json()
    assert past["items"] == [] and past["total"] == len(everything)


@pytest.mark.parametrize("params, param", [
    ({"limit": 0}, "limit"), ({"limit": -3}, "limit"), ({"limit": 10**6}, "limit"),
    ({"offset": -1}, "offset"), ({"limit": "ten"}, "limit"),
    ({"from": "30/10/2014"}, "from"), ({"to": "2014-13-01"}, "to"),
    ({"event_type": "Bombing"}, "event_type"), ({"sub_event_type": "Car bomb"}, "sub_event_type"),
    ({"from": "2014-11-01", "to": "2014-10-01"}, "to"), ({"sort": "killed"}, "sort"),
])
def test_bad_query_is_422_naming_the_parameter(client, params, param):
    errors = _errors(client.get("/api/incidents", params=params))
    assert any(e["loc"] == ["query", param] for e in errors), errors
    assert all(e["msg"] for e in errors)


def test_sort_newest_or_deadliest_first_agrees_with_the_store(client, store):
    from sitrep.analyze import killed_range

    newest = _all(client, sort="-date")
    dates = [r["event_date"] for r in newest if r["event_date"]]
    assert dates == sorted(dates, reverse=True)
    deadliest = _all(client, sort="-killed")
    assert [r["id"] for r in deadliest] == [i.id for i in store.incidents(origin="sitrep",
                                                                          order_by="-killed")]
    tolls = [killed_range(r)[2] for r in deadliest]
    assert tolls == sorted(tolls, reverse=True) and tolls[0] > 0
    assert sorted(r["id"] for r in deadliest) == sorted(r["id"] for r in _all(client))


def test_unknown_event_type_error_lists_the_choices(client):
    msg = _errors(client.get("/api/incidents", params={"event_type": "Bombing"}))[0]["msg"]
    assert all(t in msg for t in taxonomy.event_types())


def test_date_range_is_inclusive_and_matches_the_store(client, store):
    dated = sorted(i.event_date for i in store.incidents(origin="sitrep") if i.event_date)
    lo, hi = dated[len(dated) // 4], dated[3 * len(dated) // 4]
    rows = _all(client, **{"from": lo.isoformat(), "to": hi.isoformat()})
    assert rows and all(lo <= date.fromisoformat(r["event_date"]) <= hi for r in rows)
    assert {r["event_date"] for r in rows} >= {lo.isoformat(), hi.isoformat()}
    assert [r["id"] for r in rows] == [i.id for i in store.incidents(date_from=lo, date_to=hi,
                                                                     origin="sitrep")]


def test_text_filters_ignore_case_and_agree_with_the_store(client, store):
    ours = store.incidents(origin="sitrep")
    admin1 = next(i.place.admin1 for i in ours if i.place and i.place.admin1)
    etype = next(i.event_type for i in ours if i.event_type)
    sub = next(i.sub_event_type for i in ours if i.sub_event_type)
    actor = next(i.actor1 for i in ours if i.actor1)
    for params, keep in [
        ({"admin1": admin1.upper()}, lambda i: i.place and i.place.admin1 == admin1),
        ({"event_type": etype.lower()}, lambda i: i.event_type == etype),
        ({"sub_event_type": sub.swapcase()}, lambda i: i.sub_event_type == sub),
        ({"actor": actor[2:9].lower()},
         lambda i: actor[2:9].lower() in (i.actor1 + "\x1f" + i.actor2).lower()),
        ({"country": "iq"}, lambda i: i.place and i.place.iso2 == "IQ"),
    ]:
        rows = _all(client, **params)
        assert [r["id"] for r in rows] == [i.id for i in ours if keep(i)], params
        assert rows, params


def test_empty_parameters_mean_no_filter(client):
    # what the dashboard's form sends when a field is left blank
    blank = {"from": "", "to": "", "admin1": "", "event_type": "", "sub_event_type": "",
             "actor": "", "country": ""}
    assert _all(client, **blank) == _all(client)


def test_origin_selects_imports_or_everything(client, store):
    assert _all(client, origin="ucdp") == []
    assert len(_all(client, origin="")) == len(store.incidents())


# --- /api/incidents/{id} ----------------------------------------------------------


def test_incident_detail_has_its_reports_mentions_and_evidence(client, store):
    inc = max(store.incidents(origin="sitrep"), key=lambda i: len(i.report_ids))
    assert len(inc.report_ids) >= 2  # the sample has an event several outlets reported
    body = client.get(f"/api/incidents/{inc.id}").json()
    assert body["incident"]["id"] == inc.id
    assert {r["id"] for r in body["reports"]} == set(inc.report_ids)
    assert {m["id"] for m in body["mentions"]} == set(inc.mention_ids)
    texts = {r.id: r.text for r in store.reports(ids=inc.report_ids)}
    sentences = 0
    for m in body["mentions"]:
        assert m["report_id"] in texts and m["link_weight"] is None or m["link_weight"] >= 0
        for field, ev in m["evidence"].items():
            text = texts[m["report_id"]]
            assert text[ev["start"]:ev["end"]] == ev["text"], field
            if ev["sentence"]:
                assert ev["sentence"] in text
                sentences += 1
    assert sentences > 0
    reports = {r["id"]: r for r in body["reports"]}
    assert all(reports[m["report_id"]]["source"] == m["source"] for m in body["mentions"])


def test_unknown_incident_is_404(client):
    resp = client.get("/api/incidents/inc_doesnotexist")
    assert resp.status_code == 404
    assert "inc_doesnotexist" in resp.json()["detail"]


# --- /api/stats -------------------------------------------------------------------


@pytest.mark.parametrize("by", ["month", "year", "admin1", "actor1", "event_type",
                                "sub_event_type", "month,admin1", "victim"])
def test_stats_are_analyze_tally_over_the_same_incidents(client, store, by):
    body = client.get("/api/stats", params={"by": by}).json()
    expected = tally(store.incidents(origin="sitrep"), by=by)
    assert body["by"] == by.split(",")
    assert body["rows"] == expected.astype(object).to_dict(orient="records")
    assert body["undated"] == expected.attrs.get("undated", 0)


def test_stats_totals_equal_the_incident_list(client, store):
    body = client.get("/api/stats", params={"by": "admin1"}).json()
    assert sum(r["incidents"] for r in body["rows"]) == len(_all(client))
    yearly = client.get("/api/stats", params={"by": "year"}).json()
    assert sum(r["incidents"] for r in yearly["rows"]) + yearly["undated"] == len(_all(client))
    assert (sum(r["killed_best"] for r in body["rows"])
            == int(tally(store.incidents(origin="sitrep"), by="origin")["killed_best"].sum()))


def test_stats_take_the_same_filters(client, store):
    dated = sorted(i.event_date for i in store.incidents(origin="sitrep") if i.event_date)
    lo = dated[len(dated) // 2]
    body = client.get("/api/stats", params={"by": "month", "from": lo.isoformat()}).json()
    assert body["rows"] == tally(store.incidents(date_from=lo, origin="sitrep"),
                                 by="month").astype(object).to_dict(orient="records")


@pytest.mark.parametrize("by", ["bogus", "month,colour", ""])
def test_stats_by_an_unknown_key_is_422(client, by):
    err = _errors(client.get("/api/stats", params={"by": by}))[0]
    assert err["loc"] == ["query", "by"] and "choose from" in err["msg"]


# --- /api/geojson -----------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_placed_incidents_lon_first(client, store):
    gj = client.get("/api/geojson").json()
    assert gj["type"] == "FeatureCollection"
    ours = {i.id: i for i in store.incidents(origin="sitrep")}
    placed = {k for k, i in ours.items() if i.place and i.place.latitude is not None
              and i.place.longitude is not None}
    assert {f["id"] for f in gj["features"]} == placed and placed
    assert gj["skipped"]["count"] == len(ours) - len(placed)
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        place = ours[f["id"]].place
        assert (lon, lat) == (place.longitude, place.latitude)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["id"] == f["id"]
    # Iraq lies east of 38E and south of 38N: coordinates swapped would fail this
    iraq = [f for f in gj["features"] if f["properties"]["iso2"] == "IQ"]
    assert iraq and all(f["geometry"]["coordinates"][0] > f["geometry"]["coordinates"][1]
                        for f in iraq)


def test_geojson_takes_the_filters(client):
    admin1 = next(f["properties"]["admin1"] for f in client.get("/api/geojson").json()["features"]
                  if f["properties"]["admin1"])
    gj = client.get("/api/geojson", params={"admin1": admin1}).json()
    assert gj["features"] and all(f["properties"]["admin1"] == admin1 for f in gj["features"])


# --- POST /api/extract ------------------------------------------------------------

TEXT = ("A car bomb exploded at a police checkpoint in the Dura district of southern Baghdad "
        "on Tuesday, killing at least 12 people and wounding 30, police said.")


def test_extract_returns_typed_dated_placed_events(client):
    resp = client.post("/api/extract", json={"text": TEXT, "published": "2014-10-30",
                                             "country": "Iraq", "source": "Test Wire"})
    assert resp.status_code == 200, resp.text
    events = resp.json()
    assert len(events) >= 1
    e = events[0]
    assert e["event_type"] in taxonomy.event_types()
    assert taxonomy.sub_event_types()[e["sub_event_type"]] == e["event_type"]
    assert e["event_date"] == "2014-10-28"  # the Tuesday before a Thursday's report
    assert e["killed_min"] == 12 and e["injured_min"] == 30
    assert e["country"] == "Iraq" and e["admin1"] == "Baghdad"
    ev = e["evidence"]["killed"]
    assert TEXT[ev["start"]:ev["end"]] == ev["text"] and "12" in ev["text"]


def test_extract_stores_nothing(client, store):
    before = store.counts()
    client.post("/api/extract", json={"text": TEXT, "published": "2014-10-30"})
    assert store.counts() == before


@pytest.mark.parametrize("body, loc", [
    ({}, ["body", "text"]),
    ({"text": ""}, ["body", "text"]),
    ({"text": "   \n "}, ["body", "text"]),
    ({"text": TEXT, "published": "last Tuesday"}, ["body", "published"]),
    ({"text": TEXT, "country": "Narnia"}, ["body", "country"]),
    ({"text": ["not", "a", "string"]}, ["body", "text"]),
])
def test_extract_bad_input_is_422(client, body, loc):
    errors = _errors(client.post("/api/extract", json=body))
    assert any(e["loc"] == loc for e in errors), errors


def test_extract_without_json_body_is_422(client):
    assert client.post("/api/extract", content=b"plain text",
                       headers={"content-type": "text/plain"}).status_code == 422


# --- the app ----------------------------------------------------------------------


def test_missing_database_is_503_with_a_hint(tmp_path):
    c = TestClient(create_app(tmp_path / "none.duckdb"))
    resp = c.get("/api/incidents")
    assert resp.status_code == 503 and "sitrep ingest" in resp.json()["detail"]


def test_no_cdn_docs_but_schema_and_offline_endpoint_list(client):
    assert client.get("/docs").status_code == 404  # FastAPI's /docs loads scripts from a CDN
    schema = client.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/stats", "/api/geojson",
            "/api/extract"} <= set(schema["paths"])
    page = client.get("/api").text
    assert all(p in page for p in ("/api/incidents", "/api/stats", "/api/geojson",
                                   "/api/extract", "sub_event_type", "offset"))
    assert "JSON body, required" in page and "published" in page
    assert "<script" not in page


def test_database_locked_by_a_writer_is_503_not_500(tmp_path):
    import subprocess
    import sys

    import duckdb

    path = tmp_path / "busy.duckdb"
    duckdb.connect(str(path)).close()
    code = (f"import duckdb, sys; c = duckdb.connect({str(path)!r}); "
            "print('open', flush=True); sys.stdin.read()")
    writer = subprocess.Popen([sys.executable, "-c", code],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "open"
        resp = TestClient(create_app(path)).get("/api/incidents")
        assert resp.status_code == 503 and "busy" in resp.json()["detail"]
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
