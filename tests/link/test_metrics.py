import pytest

from sitrep.link.metrics import bcubed, pairwise


def test_perfect_clustering_scores_one():
    gold = {"a": 1, "b": 1, "c": 2}
    assert pairwise(gold, gold).f1 == 1.0
    assert bcubed(gold, gold).f1 == 1.0


def test_hand_checked_example():
    # gold {a,b,c} {d}; predicted {a,b} {c,d}
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y"}
    pred = {"a": 1, "b": 1, "c": 2, "d": 2}
    pw = pairwise(pred, gold)
    # predicted pairs ab, cd; gold pairs ab, ac, bc; only ab is right
    assert pw.precision == pytest.approx(1 / 2)
    assert pw.recall == pytest.approx(1 / 3)
    b3 = bcubed(pred, gold)
    # precision per item: a 2/2, b 2/2, c 1/2, d 1/2 -> 3/4
    assert b3.precision == pytest.approx(0.75)
    # recall per item: a 2/3, b 2/3, c 1/3, d 1/1 -> (2/3+2/3+1/3+1)/4 = 2/3
    assert b3.recall == pytest.approx(2 / 3)
    assert b3.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_all_singletons_against_one_cluster():
    gold = {"a": 1, "b": 1}
    pred = {"a": 1, "b": 2}
    assert pairwise(pred, gold).recall == 0.0
    assert pairwise(pred, gold).precision == 1.0  # no predicted pairs to get wrong
    assert bcubed(pred, gold).precision == 1.0
    assert bcubed(pred, gold).recall == pytest.approx(0.5)


def test_mismatched_items_rejected():
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": 1})
