"""The situation report on the bundled corpus's 28 Oct-2 Nov 2014 events.

First from incidents written from the corpus answer key (facts only, so the report's
grouping is checked whatever extraction does), then end to end through extract + link.
"""

from datetime import date

import pytest

from sitrep.analyze import situation_report
from sitrep.model import Incident, Place

VBIED = "Car bombs and IEDs (VBIED/IED)"


def _inc(i, day, name, admin1, sub, killed, injured=None, weapon="car bomb", actor="Islamic State"):
    etype = {"Armed clash": "Battles", "Attack": "Violence against civilians"}.get(
        sub, "Explosions/Remote violence")
    return Incident(id=f"key{i}", event_date=date(2014, 10, 28) if day is None else day,
                    place=Place(name=name, country="Iraq", iso2="IQ", admin1=admin1),
                    event_type=etype, sub_event_type=sub, actor1=actor, weapon=weapon,
                    killed_min=killed[0], killed_max=killed[1],
                    injured_min=injured[0] if injured else None,
                    injured_max=injured[1] if injured else None, sources=["Outlet"])


@pytest.fixture
def key_incidents():
    d = lambda day: date(2014, 10, day) if day > 3 else date(2014, 11, day)
    return [
        _inc(1, d(28), "Dujail", "Salah al-Din", "Armed clash", (12, 15), (20, 25), weapon=""),
        _inc(2, d(28), "Jurf al-Sakhar", "Babylon", "Suicide bomb", (27, 27), (60, 60)),
        _inc(6, d(29), "Yusufiyah", "Baghdad", "Remote explosive/landmine/IED", (3, 4), (15, 15)),
        _inc(9, d(30), "Dura", "Baghdad", "Remote explosive/landmine/IED", (5, 5), (14, 14)),
        _inc(8, d(30), "Furat", "Al-Anbar", "Attack", (100, 150), weapon=""),
        _inc(15, d(2), "Ilam", "Baghdad", "Remote explosive/landmine/IED", (5, 5), (23, 23)),
        _inc(20, date(2014, 11, 10), "Baiji", "Salah al-Din", "Air/drone strike", (None, None)),
    ]


def test_report_lists_baghdad_and_babil_car_bombs_with_tolls(key_incidents):
    md = situation_report(key_incidents, "2014-10-28", "2014-11-02")
    vbied = md.split(f"## {VBIED}")[1].split("\n## ")[0]  # Yusufiyah 3-4, Dura 5, Ilam 5
    assert "(3; 13–14 killed)" in md.split(f"## {VBIED}")[1].splitlines()[0]
    assert "**2014-10-30, Dura (Baghdad)** — Islamic State: 5 killed, 14 injured." in vbied
    assert "Ilam (Baghdad)" in vbied and "Yusufiyah (Baghdad)" in vbied
    suicide = md.split("## Suicide bombings")[1].split("\n## ")[0]
    assert "**2014-10-28, Jurf al-Sakhar (Babylon)** — Islamic State: 27 killed, 60 injured." in suicide
    assert "Furat (Al-Anbar)" in md.split("## Executions and attacks on civilians")[1]
    assert "Baiji" not in md  # 10 November: outside the span
    assert "6 incidents; **152–206 killed**" in md


@pytest.mark.slow
def test_bundled_corpus_end_to_end():
    """extract + link over the bundled reports, then the report for 28 Oct-2 Nov."""
    from importlib import resources

    from sitrep.link import link
    from sitrep.model import Quarantined
    from sitrep.pipeline import extract_reports
    from sitrep.sources import read

    path = resources.files("sitrep.data") / "sample" / "reports.jsonl"
    reports = [r for r in read([str(path)]) if not isinstance(r, Quarantined)]
    mentions = []
    for _rep, found in extract_reports(reports, country="Iraq"):
        mentions.extend(found)
    incidents = link(mentions).incidents
    by_id = {m.id: m for m in mentions}
    md = situation_report(incidents, date(2014, 10, 28), date(2014, 11, 2),
                          mentions_by_incident={i.id: [by_id[x] for x in i.mention_ids if x in by_id]
                                                for i in incidents},
                          reports=reports)
    bombs = md.split(f"## {VBIED}")[-1] + md.split("## Suicide bombings")[-1]
    assert "Baghdad" in bombs and "Babylon" in bombs
    assert "27" in bombs  # the Jurf al-Sakhar toll
    # Dura: the outlet's update (5 killed, 14 injured) replaces its first toll; southern
    # entrance of Baghdad likewise (24 and 52).
    assert "Dura (Baghdad)** — " in bombs and "5 killed, 14 injured" in bombs
    assert "24 killed, 52 injured" in bombs
