"""Clustering quality against a gold standard: pairwise and B-cubed.

Both take {item: cluster label} for the predicted and the gold grouping over the
same items. Pairwise counts pairs of items placed together; B-cubed (Bagga &
Baldwin 1998) averages, per item, the share of its predicted cluster that is in
its gold cluster (precision) and vice versa (recall), so big clusters do not
dominate the way they do in pair counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _check(pred: Mapping, gold: Mapping) -> None:
    if set(pred) != set(gold):
        raise ValueError("predicted and gold clusterings must cover the same items")


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> Scores:
    """Precision/recall over pairs of items; 1.0 when there are no pairs to get wrong."""
    _check(pred, gold)
    both = Counter((pred[i], gold[i]) for i in pred)
    tp = sum(_pairs(n) for n in both.values())
    pp = sum(_pairs(n) for n in Counter(pred.values()).values())
    gp = sum(_pairs(n) for n in Counter(gold.values()).values())
    return Scores(tp / pp if pp else 1.0, tp / gp if gp else 1.0)


def bcubed(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> Scores:
    _check(pred, gold)
    if not pred:
        return Scores(1.0, 1.0)
    both = Counter((pred[i], gold[i]) for i in pred)
    psize = Counter(pred.values())
    gsize = Counter(gold.values())
    # every item in the cell (p, g) has the same per-item precision and recall
    p = sum(n * n / psize[pc] for (pc, _), n in both.items()) / len(pred)
    r = sum(n * n / gsize[gc] for (_, gc), n in both.items()) / len(pred)
    return Scores(p, r)
