"""End to end: segmentation into events, places, evidence spans, dates."""

from datetime import date
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "000_708d9c92c3f3eb1e.txt"

LIST = ("Car bomb targets on Monday: a market in Sadr City (12 killed, 30 injured); a checkpoint "
        "in Abu Ghraib, west of Baghdad (3 killed, 8 injured); a police station in Mahmudiyah "
        "(2 killed, 5 injured).")


def test_semicolon_list_gives_one_event_per_item(run):
    _report, ms = run(LIST, published=date(2015, 3, 5))
    assert [m.location_text for m in ms] == ["Sadr City", "Abu Ghraib", "Mahmudiyah"]
    assert [(m.killed_min, m.injured_min) for m in ms] == [(12, 30), (3, 8), (2, 5)]
    assert {m.weapon for m in ms} == {"car bomb"}
    assert [m.target for m in ms] == ["market", "checkpoint", "police station"]
    assert ms[1].location_context == ["Baghdad"]
    assert [m.index for m in ms] == [0, 1, 2]


def test_one_attack_with_killed_and_injured_is_one_event(run):
    _, ms = run("A roadside bomb exploded near a minibus in Tuz Khurmatu on Friday, killing "
                "five passengers and wounding 11 others. The blast also damaged nearby shops.")
    assert len(ms) == 1
    assert ms[0].killed_min == 5 and ms[0].injured_min == 11


def test_meanwhile_splits_events(run):
    _, ms = run("Gunmen shot dead a shopkeeper in Mosul, while in Kirkuk a sticky bomb killed a "
                "government employee.")
    assert [m.location_text for m in ms] == ["Mosul", "Kirkuk"]
    assert [m.sub_event_type for m in ms] == ["Attack", "Remote explosive/landmine/IED"]


def test_evidence_spans_point_at_text(run):
    report, ms = run("On Thursday, Islamic State militants detonated a car bomb at a checkpoint "
                     "in Samarra, killing seven soldiers.", published=date(2015, 3, 7))
    m = ms[0]
    for key in ("event_type", "event_date", "location", "actor1", "weapon", "target"):
        ev = m.evidence[key]
        assert report.text[ev.start:ev.end] == ev.text, key
        assert ev.sentence and ev.sentence in report.text
    assert m.evidence["location"].text == "Samarra"
    assert m.evidence["actor1"].text == "Islamic State militants"
    assert m.event_date == date(2015, 3, 5)
    assert m.time_precision == 1


def test_date_falls_back_to_publication(run):
    _, ms = run("A mortar shell hit a house in Fallujah, wounding three children.",
                published=date(2015, 6, 1))
    assert ms[0].event_date == date(2015, 6, 1)


def test_background_event_is_not_main(run):
    text = ("Back in 2004, the siege of Fallujah destroyed thousands of homes. "
            "On Monday, a car bomb killed 8 people at a market in Baquba.")
    _, ms = run(text, published=date(2015, 3, 5))
    assert ms[0].location_text == "Baquba"


def test_location_relation(run):
    _, ms = run("Clashes broke out 3 miles south of Baiji on Sunday, leaving 6 militants dead.")
    assert ms[0].location_text == "Baiji"
    assert ms[0].location_relation == "3 miles south of"


def test_mentions_carry_report_fields(run):
    report, ms = run("An air strike hit a convoy near Raqqa.")
    assert ms[0].report_id == report.id and ms[0].source == "test"
    assert ms[0].published == report.published and ms[0].notes


def test_pipe_matches_extract(extractor):
    from sitrep.model import Report

    reports = [Report(text=LIST, published=date(2015, 3, 5)),
               Report(text="Oil prices rose on Tuesday."),
               Report(text="An air strike hit a convoy near Raqqa.")]
    piped = list(extractor.pipe(reports, batch_size=2))
    assert [r.id for r, _ in piped] == [r.id for r in reports]
    assert [len(ms) for _, ms in piped] == [3, 0, 1]


def test_place_names_ruler():
    pytest.importorskip("sitrep.extract.casualties")
    pytest.importorskip("sitrep.extract.dates")
    from sitrep.extract import Extractor
    from sitrep.model import Report

    ex = Extractor(place_names=["Jurf al-Sakhar", "Yusufiyah", "Dura"])
    ms = ex.extract(Report(text="A bomb exploded in Yusufiyah and another in Jurf al-Sakhar; "
                                "a third hit Dura.", published=date(2015, 1, 1)))
    assert "Yusufiyah" in {m.location_text for m in ms}
    doc = ex.nlp("Fighting continued near Jurf al-Sakhar.")
    assert any(e.text == "Jurf al-Sakhar" and e.label_ == "GPE" for e in doc.ents)


@pytest.mark.slow
def test_seed_vbied_list(run):
    if not SEED.exists():
        pytest.skip("../shared is not present")
    report, ms = run(SEED.read_text(encoding="utf-8"), published=date(2014, 11, 4))
    vbied = [m for m in ms if m.weapon == "car bomb" and m.killed_min is not None]
    got = {(m.location_text, m.killed_min, m.injured_min) for m in vbied}
    expected = {("Jurf al-Sakhar", 27, 60), ("Yusufiyah", 4, 15), ("Baghdad", 24, 52),
                ("Dura", 5, 14), ("Nassir Square", 2, 24)}
    assert expected <= got
    assert len(vbied) == 7
    assert all(m.sub_event_type == "Remote explosive/landmine/IED" for m in vbied)
    for m in vbied:
        ev = m.evidence["location"]
        assert report.text[ev.start:ev.end] == m.location_text


def test_a_headline_line_is_not_parsed_into_the_lead(run):
    _, ms = run("Nine shepherds killed near Rutba\n\nRUTBA - Fighters of the Islamic State group "
                "killed nine shepherds near Rutba on Tuesday, officials said.", country="Iraq")
    assert len(ms) == 1
    assert ms[0].actor1 == "Islamic State"


def test_a_placeless_event_keeps_the_country_its_actors_name(run):
    # No monitor country, no place in the event's words: "Iraqi" flags say where it was.
    _report, ms = run("About 70 men were detained by Islamic State fighters yesterday after youths "
                      "replaced the militants' flags with the Iraqi national flag.")
    assert len(ms) == 1 and not ms[0].location_text
    assert ms[0].location_context == ["Iraq"]


def test_a_monitor_country_is_not_repeated_as_context(run):
    _report, ms = run("About 70 men were detained by Islamic State fighters yesterday after youths "
                      "replaced the militants' flags with the Iraqi national flag.", country="Iraq")
    assert ms[0].location_context == []
