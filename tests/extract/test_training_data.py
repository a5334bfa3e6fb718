"""The hand-written training sets: exact ACLED names, one writer a file, and no sentence that
also stands in an evaluation set (training on an eval item would inflate its figures)."""

import json
from pathlib import Path

from sitrep import taxonomy

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = sorted((ROOT / "eval" / "training" / "written").glob("*.jsonl"))


def rows(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_every_writer_covers_all_sub_event_types_with_exact_names():
    subs = taxonomy.sub_event_types()  # sub-event type -> event type
    assert len(WRITTEN) >= 8
    for path in WRITTEN:
        items = rows(path)
        assert {r["id"].split("-")[0] for r in items} == {path.stem}
        assert len({r["id"] for r in items}) == len(items)
        for r in items:
            assert r["text"].strip()
            if r["sub_event_type"]:
                assert subs[r["sub_event_type"]] == r["event_type"], r["id"]
            else:
                assert r["event_type"] == "", r["id"]
        assert {r["sub_event_type"] for r in items} == set(subs) | {""}, path.name


def test_no_training_sentence_stands_in_an_evaluation_set():
    def norm(t):
        return " ".join(t.lower().split())

    evaluated = {norm(r["text"]) for p in (ROOT / "eval").glob("*/*.jsonl")
                 if p.parent.name in ("devset", "coded") for r in rows(p)}
    assert len(evaluated) > 1500
    trained = {norm(r["text"]) for p in WRITTEN for r in rows(p)}
    assert not trained & evaluated
