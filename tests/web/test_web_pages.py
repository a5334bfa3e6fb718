"""The dashboard, the incidents table and incident pages over the sample corpus, read the
way a person would: what each page says must match the store and the JSON API."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlparse

import pytest

from sitrep.analyze import to_frame


def _text(page: str, tag: str = " ") -> str:
    """The page as words, each tag read as `tag` ("" keeps <mark>ed spans in their sentence)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", tag, page)))


def _row_ids(page: str) -> list[str]:
    return re.findall(r'<tr>\s*<td><a href="/incident/([^"]+)">', page)


def _markers(page: str) -> list[str]:
    return re.findall(r'<circle class="marker" data-id="([^"]+)"', page)


def _offline(page: str) -> None:
    assert "<script" not in page and "<link" not in page
    assert not re.search(r'\b(src|href)="(https?:)?//', page), "nothing may load from the web"


@pytest.fixture(scope="module")
def ours(store):
    return store.incidents(origin="sitrep")


def test_dashboard_shows_every_placed_incident_once_on_the_map(client, ours):
    page = client.get("/").text
    _offline(page)
    placed = {i.id for i in ours if i.place and i.place.latitude is not None
              and i.place.longitude is not None}
    markers = _markers(page)
    assert sorted(markers) == sorted(placed) and placed
    assert {f["id"] for f in client.get("/api/geojson").json()["features"]} == set(markers)
    for iid in markers:
        assert f'href="/incident/{iid}"' in page


def test_dashboard_totals_are_analyzes(client, ours):
    text = _text(client.get("/").text)
    frame = to_frame(ours)
    assert f"{len(ours)} incidents" in text
    assert (f"{frame['killed_min'].sum()}–{frame['killed_max'].sum()} killed "
            f"(best estimate {frame['killed_best'].sum()})") in text


def test_dashboard_map_has_outlines_and_timeline_has_labelled_axes(client):
    page = client.get("/").text
    svg_map = page[page.index('class="map"'):]
    assert svg_map.count("<path d=") >= 3  # country outlines around the incidents
    assert "IRAQ" in page or "Iraq" in svg_map
    assert "°E" in svg_map and "°N" in svg_map
    timeline = page[page.index('class="timeline"'):]
    assert ">killed</text>" in timeline and "of the event" in timeline
    assert re.search(r"Deaths per (day|week|month)", page)


def test_dashboard_breakdowns_link_to_narrower_views(client, ours):
    page = client.get("/").text
    admin1 = sorted({i.place.admin1 for i in ours if i.place and i.place.admin1})
    for a in admin1:
        assert f">{html.escape(a)}</a>" in page
    link = re.search(r'href="\?([^"]*admin1=[^"]+)"', page).group(1)
    narrowed = client.get("/?" + html.unescape(link))
    assert narrowed.status_code == 200


def test_dashboard_filter_narrows_map_and_counts(client, store):
    admin1 = "Baghdad"
    page = client.get("/", params={"admin1": admin1, "from": "", "to": ""}).text
    rows = store.incidents(admin1=admin1, origin="sitrep")
    assert rows, "the sample has incidents in Baghdad"
    assert f"{len(rows)} incidents" in _text(page)
    assert sorted(_markers(page)) == sorted(i.id for i in rows if i.place.latitude is not None)
    assert "<option selected>Baghdad</option>" in page


def test_filter_form_offers_the_taxonomy_and_the_stored_governorates(client, ours):
    from sitrep import taxonomy

    page = client.get("/incidents").text
    form = page[page.index("<form"):page.index("</form>")]
    for name in ("from", "to", "admin1", "event_type", "sub_event_type", "actor", "country"):
        assert f'name="{name}"' in form
    for t in taxonomy.event_types():
        assert f"<option>{html.escape(t)}</option>" in form
    for a in {i.place.admin1 for i in ours if i.place and i.place.admin1}:
        assert f"<option>{html.escape(a)}</option>" in form


def test_table_rows_link_to_incident_pages_in_store_order(client, store):
    page = client.get("/incidents", params={"limit": 10}).text
    _offline(page)
    ids = _row_ids(page)
    assert ids == [i.id for i in store.incidents(origin="sitrep", limit=10)]


def test_table_pages_keep_the_filters(client, store):
    rows = store.incidents(origin="sitrep", country="Iraq")
    first = client.get("/incidents", params={"limit": 5, "country": "Iraq"}).text
    assert f"incidents 1–5 of {len(rows)}" in _text(first)
    nxt = re.search(r'<a href="([^"]+)">next →</a>', first).group(1)
    q = parse_qs(urlparse(html.unescape(nxt)).query)
    assert q["offset"] == ["5"] and q["limit"] == ["5"] and q["country"] == ["Iraq"]
    second = client.get(html.unescape(nxt)).text
    assert _row_ids(second) == [i.id for i in rows[5:10]]
    assert "← previous" in second
    last = client.get("/incidents", params={"limit": 5, "offset": len(rows) - 1,
                                            "country": "Iraq"}).text
    assert "next →" not in last


def test_table_sorts_deadliest_first_and_keeps_the_sort_when_filtering(client, store):
    page = client.get("/incidents", params={"country": "Iraq"}).text
    link = re.search(r'<a href="([^"]+)">deadliest first</a>', page).group(1)
    q = parse_qs(urlparse(html.unescape(link)).query)
    assert q["sort"] == ["-killed"] and q["country"] == ["Iraq"] and q["offset"] == ["0"]
    sorted_page = client.get(html.unescape(link)).text
    assert _row_ids(sorted_page) == [i.id for i in store.incidents(
        origin="sitrep", country="Iraq", order_by="-killed", limit=50)]
    assert "<b>deadliest first</b>" in sorted_page
    assert '<input type="hidden" name="sort" value="-killed">' in sorted_page


def test_table_says_when_nothing_matches(client):
    page = client.get("/incidents", params={"actor": "no such group anywhere"}).text
    assert "No incident matches these filters." in page and "no incidents" in page


def test_incident_page_lists_each_source_with_report_id_and_evidence(client, store):
    inc = max(store.incidents(origin="sitrep"), key=lambda i: len(i.report_ids))
    page = client.get(f"/incident/{inc.id}").text
    _text_page = _text(page, "")
    detail = client.get(f"/api/incidents/{inc.id}").json()
    assert f"{len(detail['mentions'])} reports of this incident" in _text(page)
    for r in detail["reports"]:
        assert r["id"] in page and html.escape(r["source"]) in page
        if r["url"]:
            assert f'href="{html.escape(r["url"])}"' in page
    for m in detail["mentions"]:
        for ev in m["evidence"].values():
            if ev["sentence"]:
                assert re.sub(r"\s+", " ", ev["sentence"]) in _text_page
                assert "<mark title=" in page
    assert 'href="/incidents"' in page and 'href="/"' in page  # a way back


def test_incident_back_link_returns_to_the_filtered_table(client, ours):
    inc = ours[0]
    page = client.get(f"/incident/{inc.id}",
                      headers={"referer": "http://testserver/incidents?admin1=Baghdad&offset=0"}).text
    assert 'href="/incidents?admin1=Baghdad&amp;offset=0">← back' in page
    foreign = client.get(f"/incident/{inc.id}",
                         headers={"referer": "https://elsewhere.example/incidents"}).text
    assert 'href="/incidents">← back' in foreign


def test_unknown_incident_page_is_a_404_page_with_links(client):
    resp = client.get("/incident/inc_gone")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "inc_gone" in resp.text and 'href="/incidents"' in resp.text


def test_bad_filter_on_a_page_is_422_naming_it(client):
    resp = client.get("/incidents", params={"from": "yesterday"})
    assert resp.status_code == 422 and resp.json()["detail"][0]["loc"] == ["query", "from"]


def test_hostile_report_fields_are_escaped_and_never_scripted(tmp_path):
    from datetime import date

    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.model import EventMention, Incident, Report
    from sitrep.store import Store

    report = Report(text="<script>alert(1)</script> A bomb killed 3.", published=date(2014, 1, 2),
                    source="<b>Evil</b> Wire", url="javascript:alert(1)", title="<img src=x>")
    m = EventMention(report_id=report.id, source=report.source, event_date=date(2014, 1, 1),
                     event_type="Battles", sub_event_type="Armed clash", actor1="<i>x</i>",
                     killed_min=3, killed_max=3, notes=report.text)
    inc = Incident(id="inc_x", mention_ids=[m.id], report_ids=[report.id],
                   sources=[report.source], event_date=m.event_date, event_type="Battles",
                   sub_event_type="Armed clash", actor1="<i>x</i>", killed_min=3, killed_max=3)
    path = tmp_path / "hostile.duckdb"
    with Store(path) as s, s.transaction():
        s.add_reports([report])
        s.add_mentions([m])
        s.replace_incidents([inc])
    c = TestClient(create_app(path))
    for url in ("/", "/incidents", "/incident/inc_x"):
        page = c.get(url).text
        assert "<script>alert" not in page and "<img src=x>" not in page and "<i>x</i>" not in page
        assert 'href="javascript:' not in page
    page = c.get("/incident/inc_x").text
    assert "&lt;b&gt;Evil&lt;/b&gt; Wire" in page and "javascript:alert(1)" in page  # shown, inert
