"""Group scored pairs into incidents: a guarded, deterministic union-find.

Edges are taken strongest first (ties by mention id), and two clusters join only
if they share no report (one report listing seven car bombs is seven incidents)
and their event dates stay within the model's span. Because the order depends
only on the pairs, the grouping does not depend on the order reports arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.model import Correction


@dataclass
class _Cluster:
    members: list[str]
    reports: set[str]
    day_min: int | None
    day_max: int | None
    weakest: float | None = None  # weakest edge that holds the cluster together


@dataclass
class Grouping:
    groups: list[list[str]]  # each sorted; list sorted by first member
    weakest: dict[str, float | None] = field(default_factory=dict)  # first member -> weight
    best_link: dict[str, float] = field(default_factory=dict)  # mention -> strongest edge inside


def _span_ok(a: _Cluster, b: _Cluster, max_span: int) -> bool:
    days = [d for d in (a.day_min, a.day_max, b.day_min, b.day_max) if d is not None]
    return not days or max(days) - min(days) <= max_span


def cluster(ids: Iterable[str], report_of: dict[str, str], day_of: dict[str, int | None],
            pairs: Iterable[tuple[str, str, float]], max_span: int,
            corrections: Iterable[Correction] = ()) -> Grouping:
    ids = sorted(set(ids))
    parent = {i: i for i in ids}
    clusters = {i: _Cluster([i], {report_of[i]}, day_of.get(i), day_of.get(i)) for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(ra: str, rb: str, weight: float | None) -> None:
        root, other = min(ra, rb), max(ra, rb)
        a, b = clusters[root], clusters.pop(other)
        parent[other] = root
        a.members += b.members
        a.reports |= b.reports
        days = [d for d in (a.day_min, a.day_max, b.day_min, b.day_max) if d is not None]
        a.day_min, a.day_max = (min(days), max(days)) if days else (None, None)
        ws = [w for w in (a.weakest, b.weakest, weight) if w is not None]
        a.weakest = min(ws) if ws else None

    best: dict[str, float] = {}
    edges = sorted((p for p in pairs if p[0] in parent and p[1] in parent),
                   key=lambda p: (-p[2], min(p[0], p[1]), max(p[0], p[1])))
    for a, b, w in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ca, cb = clusters[ra], clusters[rb]
        if ca.reports & cb.reports or not _span_ok(ca, cb, max_span):
            continue
        join(ra, rb, w)
        best[a] = max(best.get(a, w), w)
        best[b] = max(best.get(b, w), w)

    groups = [sorted(c.members) for c in clusters.values()]
    weakest = {min(c.members): c.weakest for c in clusters.values()}
    groups = apply_corrections(groups, corrections)
    return Grouping(sorted(groups), {g[0]: weakest.get(g[0]) for g in groups}, best)


def apply_corrections(groups: list[list[str]], corrections: Iterable[Correction]) -> list[list[str]]:
    """Apply people's merges and splits, oldest first, after the machine has clustered.

    Ids not among the groups are ignored (they belong to incidents not being relinked).
    """
    where: dict[str, int] = {m: k for k, g in enumerate(groups) for m in g}
    sets = [set(g) for g in groups]
    ordered = sorted(corrections, key=lambda c: (c.when is None, c.when.isoformat() if c.when else "", c.id or 0))
    for c in ordered:
        ids = [m for m in c.mention_ids if m in where]
        if not ids:
            continue
        if c.kind == "merge":
            target = where[ids[0]]
            for k in {where[m] for m in ids} - {target}:
                for m in sets[k]:
                    where[m] = target
                sets[target] |= sets[k]
                sets[k] = set()
        elif c.kind == "split":
            for m in ids:
                sets[where[m]].discard(m)
            sets.append(set(ids))
            for m in ids:
                where[m] = len(sets) - 1
        else:
            raise ValueError(f"unknown correction kind {c.kind!r}")
    return [sorted(s) for s in sets if s]
