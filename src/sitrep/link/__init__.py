"""sitrep.link: merge event mentions from many reports into incidents.

Pairs of mentions are scored with Splink (DuckDB backend) using the shipped
model (data/link/model.json: explicit m/u probabilities, prior and threshold),
grouped by a guarded deterministic clustering (cluster.py), corrected by
people's merges and splits, and summarised into incidents (incident.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.link.cluster import cluster
from sitrep.link.incident import build_incident, incident_id
from sitrep.link.records import to_record
from sitrep.link.score import explain_pairs, score_pairs
from sitrep.link.settings import Model, load_model, weight_to_probability
from sitrep.model import Correction, EventMention, Incident

__all__ = ["LinkResult", "PairExplanation", "explain", "incident_id", "link"]

log = logging.getLogger(__name__)


@dataclass
class LinkResult:
    incidents: list[Incident]
    # incident_id -> [(mention_id, its strongest link inside the incident; None if alone/forced)]
    members: dict[str, list[tuple[str, float | None]]]
    # ids of stored incidents passed in that no longer exist (absorbed, renamed or split up)
    retired: list[str] = field(default_factory=list)


@dataclass
class PairExplanation:
    a: str
    b: str
    weight: float  # Splink match weight (log2 odds)
    probability: float
    contributions: dict[str, float]  # comparison (date, distance, type, ...) -> log2 Bayes factor


def link(mentions: list[EventMention], incidents: Iterable[Incident] = (),
         existing_members: dict[str, list[str]] | None = None,
         existing_mentions: Iterable[EventMention] = (),
         corrections: Iterable[Correction] = (), model: Model | None = None) -> LinkResult:
    """Link new mentions with each other and with the stored incidents given.

    The stored incidents (the store's candidates near the new mentions) are
    regrouped together with the new mentions from their member mentions, so the
    result is the same as linking everything at once, whatever the arrival order.
    Aggregate mentions (cumulative tolls) never become or join incidents.
    Returns every incident of the regrouped set; `retired` lists stored ids gone.
    """
    model = model or load_model()
    incidents = list(incidents)
    members = existing_members if existing_members is not None else {
        i.id: list(i.mention_ids) for i in incidents}
    pool: dict[str, EventMention] = {m.id: m for m in existing_mentions}
    kept: list[str] = []  # stored incidents whose mentions were not supplied: left as they are
    for inc_id, ids in members.items():
        if any(i not in pool for i in ids):
            log.warning("incident %s: member mentions not supplied; left unchanged", inc_id)
            kept.append(inc_id)
            for i in ids:
                pool.pop(i, None)
    for m in mentions:
        pool[m.id] = m
    pool = {k: m for k, m in pool.items() if not m.is_aggregate}

    records = [to_record(m) for m in pool.values()]
    pairs = score_pairs(records, model, threshold=model.threshold_match_weight)
    grouping = cluster(pool.keys(), {k: r["report_id"] for k, r in zip(pool, records)},
                       {k: r["day"] for k, r in zip(pool, records)},
                       ((p.a, p.b, p.weight) for p in pairs), model.max_span_days, corrections)

    out: list[Incident] = []
    out_members: dict[str, list[tuple[str, float | None]]] = {}
    for group in grouping.groups:
        inc = build_incident([pool[i] for i in group], grouping.weakest.get(group[0]))
        out.append(inc)
        out_members[inc.id] = [(i, grouping.best_link.get(i)) for i in group]
    new_ids = set(out_members)
    retired = sorted(i for i in members if i not in new_ids and i not in kept)
    return LinkResult(out, out_members, retired)


def explain(incident: Incident, mentions: list[EventMention],
            model: Model | None = None) -> list[PairExplanation]:
    """Why an incident's mentions were merged: each pair's weight and what each comparison added.

    Mentions from one report are never compared (they are never merged).
    """
    model = model or load_model()
    wanted = set(incident.mention_ids) or {m.id for m in mentions}
    ms = [m for m in mentions if m.id in wanted and not m.is_aggregate]
    pairs = explain_pairs([to_record(m) for m in ms], model)
    report = {m.id: m.report_id for m in ms}
    return [PairExplanation(p.a, p.b, p.weight, weight_to_probability(p.weight), p.contributions)
            for p in pairs if report[p.a] != report[p.b]]
