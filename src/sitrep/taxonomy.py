"""ACLED's event taxonomy, loaded from the data file (not hard-coded)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _load() -> dict:
    with resources.files("sitrep.data").joinpath("acled_taxonomy.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def event_types() -> list[str]:
    return list(_load()["event_types"])


def sub_event_types() -> dict[str, str]:
    """sub-event type -> event type."""
    return {s: et for et, v in _load()["event_types"].items() for s in v["sub_event_types"]}


def disorder_type(event_type: str) -> str:
    v = _load()["event_types"].get(event_type)
    return v["disorder_type"] if v else ""


def without_fatalities() -> frozenset[str]:
    """Sub-event types whose definition excludes deaths."""
    return frozenset(_load().get("without_fatalities", ()))


def inter_codes() -> dict[int, str]:
    return {int(k): v for k, v in _load()["inter_codes"].items()}
