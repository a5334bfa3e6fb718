from datetime import date

from sitrep.analyze import situation_report
from sitrep.analyze.report import build, section_of
from sitrep.model import EventMention, Incident, Report


def test_sections_follow_subtype_then_weapon_then_type():
    assert section_of({"sub_event_type": "Suicide bomb", "weapon": "car bomb"}) == "Suicide bombings"
    assert section_of({"event_type": "Explosions/Remote violence", "weapon": "suicide car bomb"}) \
        == "Suicide bombings"
    assert section_of({"weapon": "Car bomb"}) == "Car bombs and IEDs (VBIED/IED)"
    assert section_of({"event_type": "Battles"}) == "Military action and clashes"
    assert section_of({"sub_event_type": "Arrests", "event_type": "Strategic developments"}) == "Arrests"
    assert section_of({}) == "Other"


def test_report_groups_counts_and_totals(incidents):
    r = build(incidents, "2014-10-28", "2014-11-03")
    names = [s["name"] for s in r["sections"]]
    assert names == ["Military action and clashes", "Air and drone strikes",
                     "Car bombs and IEDs (VBIED/IED)", "Suicide bombings"]
    # i1 10-14, i2 5-9, i3 none, i6 0-8 -> 15-31 killed; injured 20-30 + 3
    assert r["totals"]["incidents"] == 4
    assert r["totals"]["killed"] == "15–31" and r["totals"]["injured"] == "23–33"
    assert r["places"][0] == {"name": "Baghdad", "count": 2}
    assert "Shelling" in r["empty_sections"]


def test_markdown_items_have_date_place_actors_toll_sources(incidents):
    md = situation_report(incidents, date(2014, 10, 28), date(2014, 11, 3), fmt="md")
    assert md.startswith("# Situation report: 2014-10-28 to 2014-11-03")
    assert "## Car bombs and IEDs (VBIED/IED) (1; 10–14 killed)" in md
    assert "- **2014-10-28, Baghdad** — Islamic State: 10–14 killed, 20–30 injured." in md
    assert "Sources: Outlet A; Outlet B." in md
    assert "**2014-10-30, Hillah (Babylon)**" in md and "5–9 killed, 3 injured" in md
    assert "Military Forces of Iraq against Islamic State: no casualty figures reported" in md
    assert "2013-11-05" not in md  # outside the span


def test_html_escapes_and_cites_reports_with_links(incidents):
    inc = incidents[0]
    inc.actor1 = "<script>"
    mentions = {"i1": [EventMention(report_id="r1", source="Outlet A", published=date(2014, 10, 28))]}
    reports = [Report(text="x", source="Outlet A", url="https://example.org/a", title="Blast",
                      published=date(2014, 10, 28), id="r1")]
    html = situation_report([inc], "2014-10-28", "2014-10-28", fmt="html",
                            mentions_by_incident=mentions, reports=reports)
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert '<a href="https://example.org/a">Outlet A, 2014-10-28: “Blast”</a>' in html


def test_reports_without_mentions_still_cite_outlets():
    inc = Incident(id="x", event_date=date(2014, 1, 1), sources=["Wire"], report_ids=["r9"])
    rep = Report(text="t", source="Wire", title="Headline", published=date(2014, 1, 1), id="r9")
    md = situation_report([inc], "2014-01-01", "2014-01-01", reports={"r9": rep})
    assert "Sources: Wire, 2014-01-01: “Headline”." in md
    assert "## Other (1; 0 killed)" in md
