"""Score candidate pairs of mentions with Splink (DuckDB backend)."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from typing import Any

from sitrep.link.records import to_table
from sitrep.link.settings import Model


@dataclass(slots=True)
class Pair:
    a: str  # the smaller mention id
    b: str
    weight: float
    contributions: dict[str, float] = field(default_factory=dict)  # comparison -> log2 BF


def _linker(records: list[dict[str, Any]], settings: dict[str, Any], connection=None):
    from splink import DuckDBAPI, Linker

    db = DuckDBAPI(connection) if connection is not None else DuckDBAPI()
    df = db.register(to_table(records))
    return Linker(df, settings, log_level=logging.WARNING)


def score_pairs(records: list[dict[str, Any]], model: Model,
                threshold: float | None = None, connection=None) -> list[Pair]:
    """Pairs within the model's blocking rules, at or above `threshold` weight."""
    if len(records) < 2:
        return []
    linker = _linker(records, model.splink, connection)
    result = linker.inference.predict(threshold_match_weight=threshold)
    rel = result.as_duckdbpyrelation()
    rows = rel.select("unique_id_l, unique_id_r, match_weight").fetchall()
    pairs = [Pair(*sorted((a, b)), float(w)) for a, b, w in rows]
    result.drop_table_from_database_and_remove_from_cache()
    return pairs


def explain_pairs(records: list[dict[str, Any]], model: Model) -> list[Pair]:
    """Every pair among `records` (no blocking), with each comparison's contribution."""
    if len(records) < 2:
        return []
    settings = copy.deepcopy(model.splink)
    settings["blocking_rules_to_generate_predictions"] = [
        {"blocking_rule": "l.unique_id <> r.unique_id", "sql_dialect": "duckdb"}]
    settings["retain_intermediate_calculation_columns"] = True
    linker = _linker(records, settings)
    rows = linker.inference.predict().as_record_list()
    names = model.comparison_names
    out = []
    for row in rows:
        a, b = sorted((row["unique_id_l"], row["unique_id_r"]))
        # mw_<name>: log2 Bayes factor, what this comparison added to the weight
        contrib = {n: float(row[f"mw_{n}"]) for n in names if row.get(f"mw_{n}") is not None}
        out.append(Pair(a, b, float(row["match_weight"]), contrib))
    return sorted(out, key=lambda p: (-p.weight, p.a, p.b))
