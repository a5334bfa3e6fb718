"""The drawing helpers on hand-made incidents: map geometry, timeline periods, evidence marks."""

from __future__ import annotations

import re
from datetime import date

from sitrep.model import Evidence, Incident, Place
from sitrep.web import basemap, svg
from sitrep.web.routes import _periods, grain_for, highlight, timeline_rows


def inc(iid: str, lon: float | None, lat: float | None, killed: int = 0, precision: int = 1,
        day: date | None = date(2014, 10, 30)) -> Incident:
    return Incident(id=iid, event_date=day, killed_min=killed, killed_max=killed,
                    sub_event_type="Attack", place=Place(name=iid, country="Iraq", iso2="IQ",
                                                         latitude=lat, longitude=lon,
                                                         geo_precision=precision))


def _circles(s: str) -> dict[str, tuple[float, float, float]]:
    return {m[0]: (float(m[1]), float(m[2]), float(m[3])) for m in re.findall(
        r'data-id="([^"]+)" cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"', s)}


def test_map_puts_east_right_and_north_up_one_marker_each():
    drawn = _circles(svg.point_map([inc("baghdad", 44.4, 33.3, 10), inc("mosul", 43.1, 36.3),
                                    inc("basra", 47.8, 30.5), inc("nowhere", None, None)]))
    assert set(drawn) == {"baghdad", "mosul", "basra"}
    assert drawn["basra"][0] > drawn["baghdad"][0] > drawn["mosul"][0]  # lon -> x
    assert drawn["mosul"][1] < drawn["baghdad"][1] < drawn["basra"][1]  # lat -> y, flipped
    assert drawn["baghdad"][2] > drawn["mosul"][2]  # deaths -> size


def test_map_keeps_all_points_inside_and_draws_the_countries_there():
    s = svg.point_map([inc("baghdad", 44.4, 33.3), inc("basra", 47.8, 30.5)])
    w, h = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', s).groups())
    assert all(0 < x < w and 0 < y < h for x, y, _ in _circles(s).values())
    assert "<title>Iraq</title>" in s and "<title>Iran</title>" in s


def test_far_off_incidents_are_drawn_and_said_to_be_outside_the_view():
    pts = [inc(f"b{k}", 44.0 + k / 10, 33.0 + k / 20) for k in range(12)]
    pts.append(inc("tripoli", 13.2, 32.9))
    s = svg.point_map(pts)
    assert len(_circles(s)) == 13
    assert "1 more outside this view (Iraq)" in s


def test_approximate_places_are_hollow_and_an_empty_map_says_so():
    s = svg.point_map([inc("iraq", 43.7, 33.0, precision=3), inc("dura", 44.39, 33.25)])
    hollow = re.search(r'data-id="iraq"[^>]*>', s).group(0)
    assert 'fill="none"' in hollow and "stroke-dasharray" in hollow
    assert "nothing to map" in svg.point_map([inc("x", None, None)])


def test_basemap_decodes_topojson_to_closed_lon_lat_rings():
    iraq = basemap.countries()["Iraq"]
    ring = max(iraq, key=len)
    assert ring[0] == ring[-1] and len(ring) > 10
    assert all(38 < lon < 49 and 29 < lat < 38 for lon, lat in ring)
    assert {"Iraq", "Syria", "Jordan"} <= set(basemap.in_frame(38, 30, 48, 37))


def test_timeline_periods_fill_gaps_and_pick_a_readable_grain():
    assert grain_for(date(2014, 10, 1), date(2014, 10, 31)) == "day"
    assert grain_for(date(2014, 1, 1), date(2014, 11, 30)) == "week"
    assert grain_for(date(2013, 1, 1), date(2014, 11, 30)) == "month"
    assert _periods(date(2014, 11, 29), date(2015, 2, 1), "month") == [
        "2014-11", "2014-12", "2015-01", "2015-02"]
    assert _periods(date(2014, 10, 30), date(2014, 11, 4), "week") == ["2014-10-27", "2014-11-03"]
    rows, grain = timeline_rows([inc("a", 1, 1, 3, day=date(2014, 10, 1)),
                                 inc("b", 1, 1, 5, day=date(2014, 10, 4)),
                                 inc("c", 1, 1, 7, day=None)])
    assert grain == "day" and [r[0] for r in rows] == [
        "2014-10-01", "2014-10-02", "2014-10-03", "2014-10-04"]
    assert [r[1] for r in rows] == [3, 0, 0, 5]
    chart = svg.timeline(rows, grain)
    assert chart.count('class="bar lo"') == 4 and ">killed</text>" in chart


def test_evidence_marks_spans_and_escapes_the_sentence():
    s = "A <b>car bomb</b> killed 5 people & wounded 14."
    spans = [("killed", Evidence(text="killed 5 people", start=118, end=133, sentence=s,
                                 sentence_start=100)),
             ("weapon", Evidence(text="car bomb", start=0, end=0, sentence=s))]  # bad offsets
    out = str(highlight(s, spans))
    assert '<mark title="killed">killed 5 people</mark>' in out
    assert '<mark title="weapon">car bomb</mark>' in out
    assert "&lt;b&gt;" in out and "&amp; wounded" in out and "<b>" not in out
