import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GED = ROOT.parent / "shared" / "data" / "ucdp-ged"


def _builder():
    spec = importlib.util.spec_from_file_location("build_linkage_set",
                                                  ROOT / "scripts" / "build_linkage_set.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_sources_aligned_when_a_headline_contains_a_semicolon():
    row = {"source_office": "Reuters News;AFP", "source_date": "2014-02-22;2014-02-23",
           "source_headline": "Militants occupy town; attacks kill 21;Iraq blasts kill 9"}
    assert _builder().split_sources(row) == [
        ("Reuters News", "2014-02-22", "Militants occupy town; attacks kill 21"),
        ("AFP", "2014-02-23", "Iraq blasts kill 9")]


def test_headline_toll():
    b = _builder()
    assert b.headline_toll("Iraq violence kills 14 as January toll tops 800") == 14
    assert b.headline_toll("14 dead as holdout Iraq tribe repels jihadists") == 14
    assert b.headline_toll("Iraq PM declares offensive") is None


@pytest.mark.slow
def test_held_out_year_scores_above_target(tmp_path):
    if not GED.exists():
        pytest.skip("../shared/data/ucdp-ged not available")
    from sitrep.link.evaluation import evaluate, mention_from_item

    items = [it for it in _builder().build(GED) if it["event_date"].startswith("2018")]
    mentions = [mention_from_item(it, "coded") for it in items]
    gold = {m.id: it["gold"] for m, it in zip(mentions, items)}
    scores = evaluate(mentions, gold)
    assert scores["bcubed_f1"] >= 0.90
    # and the merging is worth something: above leaving every report on its own
    assert scores["bcubed_f1"] > scores["bcubed_f1_no_merging"] + 0.03
