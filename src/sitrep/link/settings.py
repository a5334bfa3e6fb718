"""The matching model: a Splink settings dict with explicit m/u probabilities.

spec.yaml says what is compared; model.json (written by scripts/train_linker.py)
adds the trained probabilities, the prior and the clustering threshold.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# Great-circle distance in km between the two mentions' coordinates (NULL if either lacks them).
KM_SQL = ("(6371 * 2 * asin(sqrt(pow(sin(radians(lat_r - lat_l) / 2), 2) + cos(radians(lat_l)) "
          "* cos(radians(lat_r)) * pow(sin(radians(lon_r - lon_l) / 2), 2))))")


@dataclass(frozen=True)
class Model:
    splink: dict[str, Any]  # complete Splink settings dict
    threshold_match_weight: float  # pairs at or above this weight may merge
    max_span_days: int  # a cluster never spans event dates further apart

    @property
    def comparison_names(self) -> list[str]:
        return [c["output_column_name"] for c in self.splink["comparisons"]]


def _data(name: str):
    return resources.files("sitrep.data").joinpath("link", name)


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(_data("spec.yaml").read_text(encoding="utf-8"))


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def related_types_sql(pairs: list[list[str]]) -> str:
    """SQL true when the two sub-event types are a listed related pair, in either order."""
    terms = [f"(sub_event_type_l = {_quote(a)} AND sub_event_type_r = {_quote(b)}) OR "
             f"(sub_event_type_l = {_quote(b)} AND sub_event_type_r = {_quote(a)})"
             for a, b in pairs]
    return " OR ".join(terms) or "FALSE"


def _expand_fields(comp: dict[str, Any]) -> dict[str, Any]:
    """A comparison over `fields` compares, in each level's SQL, X = the first field that
    both mentions have ("X_min_l" -> killed_min_l, else captives_min_l, ...)."""
    fields = comp.get("fields")
    if not fields:
        return comp

    def both(f: str) -> str:
        return f"{f}_min_l IS NOT NULL AND {f}_min_r IS NOT NULL"

    def pick(sql: str) -> str:
        out = f"({sql.replace('X_', fields[-1] + '_')})"
        for f in reversed(fields[:-1]):
            out = f"CASE WHEN {both(f)} THEN ({sql.replace('X_', f + '_')}) ELSE {out} END"
        return out

    missing = " AND ".join(f"NOT ({both(f)})" for f in fields)
    return {**comp, "missing": missing,
            "levels": [[label, pick(sql)] for label, sql in comp["levels"]]}


def build_settings(spec: dict[str, Any], params: dict[str, list[tuple[float, float]]],
                   prior: float) -> dict[str, Any]:
    """Splink settings from the spec and (m, u) per non-null level of each comparison."""
    common = ", ".join(_quote(t) for t in spec.get("common_types", [])) or "''"
    subs = {"{km}": KM_SQL, "{related_types}": related_types_sql(spec.get("related_types", [])),
            "{common_types}": f"(sub_event_type_l IN ({common}))"}
    comparisons = []
    for comp in map(_expand_fields, spec["comparisons"]):
        name = comp["name"]
        levels = [{"sql_condition": f"({comp['missing']})", "label_for_charts": "missing",
                   "is_null_level": True}]
        mu = params.get(name) or [(1.0 / len(comp["levels"]),) * 2] * len(comp["levels"])
        for (label, sql), (m, u) in zip(comp["levels"], mu, strict=True):
            for key, value in subs.items():
                sql = sql.replace(key, value)
            levels.append({"sql_condition": f"({sql})",
                           "label_for_charts": label, "m_probability": m, "u_probability": u})
        comparisons.append({"output_column_name": name, "comparison_levels": levels})
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": prior,
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": r, "sql_dialect": "duckdb"} for r in spec["blocking_rules"]],
        "comparisons": comparisons,
        "additional_columns_to_retain": ["report_id", "day"],
        "retain_matching_columns": False,
        "retain_intermediate_calculation_columns": False,
    }


def model_from_dict(d: dict[str, Any]) -> Model:
    return Model(splink=d["splink"], threshold_match_weight=float(d["threshold_match_weight"]),
                 max_span_days=int(d["max_span_days"]))


@lru_cache(maxsize=1)
def load_model() -> Model:
    return model_from_dict(json.loads(_data("model.json").read_text(encoding="utf-8")))


def weight_to_probability(w: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-w))


def probability_to_weight(p: float) -> float:
    return math.log2(p / (1.0 - p))
