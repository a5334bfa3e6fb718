"""The hand-labelled FA-KES linkage set (eval/linkage/fakes_events.jsonl) and its scorer's helpers.

No extraction here: scripts/eval_fulltext_linkage.py runs the pipeline (about a minute).
"""

import importlib.util
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from sitrep.model import EventMention, Place

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "eval" / "linkage" / "fakes_events.jsonl"
ARTICLES = ROOT.parent / "shared" / "data" / "fa-kes" / "fakes_dev.jsonl"
MAX_SPREAD_DAYS = 3  # one event's articles, by their labelled event date


def _labels() -> list[dict]:
    with open(LABELS, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "eval_fulltext_linkage", ROOT / "scripts" / "eval_fulltext_linkage.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_label_rows_well_formed():
    rows = _labels()
    assert [r["line"] for r in rows] == list(range(len(rows)))
    for r in rows:
        assert set(r) == {"line", "id", "published", "source", "event", "what", "date"}
        assert r["event"] is None or re.fullmatch(r"F\d{3}", r["event"]), r
        assert r["date"] == "" or date.fromisoformat(r["date"]), r
        assert r["what"] and len(r["what"].split()) <= 12, r
    # events are numbered without gaps
    ids = sorted({r["event"] for r in rows if r["event"]})
    assert ids == [f"F{i:03d}" for i in range(1, len(ids) + 1)]


def test_each_event_is_labelled_within_a_few_days():
    by_event = defaultdict(list)
    for r in _labels():
        if r["event"] and r["date"]:
            by_event[r["event"]].append(date.fromisoformat(r["date"]))
    assert any(len(d) > 1 for d in by_event.values())
    for event, days in by_event.items():
        assert (max(days) - min(days)).days <= MAX_SPREAD_DAYS, event


def test_labels_match_the_articles():
    if not ARTICLES.exists():
        pytest.skip("../shared/data/fa-kes not available")
    with open(ARTICLES, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    rows = _labels()
    assert len(rows) == len(articles)
    by_text = defaultdict(set)
    for r, a in zip(rows, articles):
        assert (r["id"], r["published"], r["source"]) == (a["id"], a["published"], a["source"])
        by_text[(a["source"], a["text"])].add(r["event"])
    # an article repeated in the dataset carries one label
    assert all(len(events) == 1 for events in by_text.values())


def _m(report, index=0, day=date(2017, 4, 4), published=None, place="geonames:1", aggregate=False):
    return EventMention(report_id=report, index=index, event_date=day, published=published or day,
                        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                        place=Place(name="X", admin1="Idleb", gazetteer_id=place),
                        is_aggregate=aggregate)


def test_main_mention_skips_cumulative_tolls():
    s = _scorer()
    first, second = _m("r", 0, aggregate=True), _m("r", 1)
    assert s.main_mention([second, first]) is second
    assert s.main_mention([first]) is None


def test_cause_puts_extraction_dates_before_the_linker():
    from sitrep.link.settings import load_model

    s = _scorer()
    model = load_model()
    a, b = _m("a"), _m("b", day=date(2017, 4, 11), published=date(2017, 4, 15))
    assert s.cause(a, b, ("2017-04-04", "2017-04-04"), model.threshold_match_weight - 5.0,
                   {"date": -4.0}, model, True,
                   False).startswith("extracted event date off")
    b = _m("b", place="geonames:2")
    below = model.threshold_match_weight - 1.0
    assert s.cause(a, b, ("2017-04-04", "2017-04-04"), below, {"date": 0.8, "distance": -4.4},
                   model, True, False) == "below threshold: place counted most against"
    assert s.tags(a, b) == ["same day", "same governorate, different place",
                            "same sub-event type"]
