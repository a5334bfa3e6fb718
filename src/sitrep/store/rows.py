"""How model records map to table columns and back.

Columns are derived from the dataclass fields, so the mapping follows model.py; the
tables themselves are created by the migrations in schema.py (a test checks they agree).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import MISSING, Field, dataclass, fields
from functools import cache
from typing import Any

import pyarrow as pa

from sitrep.model import Correction, EventMention, Evidence, Incident, Place, Quarantined, Report

# Python annotation (as written in model.py) -> (SQL type, Arrow type)
_TYPES: dict[str, tuple[str, pa.DataType]] = {
    "str": ("VARCHAR", pa.string()),
    "int": ("INTEGER", pa.int64()),
    "float": ("DOUBLE", pa.float64()),
    "bool": ("BOOLEAN", pa.bool_()),
    "date": ("DATE", pa.date32()),
    "datetime": ("TIMESTAMP", pa.timestamp("us")),
    "list[str]": ("VARCHAR[]", pa.list_(pa.string())),
}
_JSON = ("VARCHAR", pa.string())

# Place fields get ACLED-like column names where a bare name would be unclear.
PLACE_RENAMES = {"name": "location", "query": "geo_query", "note": "geo_note"}
# Field names that are SQL reserved words.
RENAMES = {"when": "made_at"}


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    arrow: pa.DataType
    get: Callable[[Any], Any]


def _base(annotation: str) -> str:
    return annotation.replace(" | None", "").replace("None | ", "").strip()


def _default(f: Field) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return None


_EVIDENCE_FIELDS = [f.name for f in fields(Evidence)]


def _evidence_json(ev: dict[str, Evidence]) -> str:
    # Not dataclasses.asdict: it deep-copies and is the slowest part of a bulk insert.
    return json.dumps({k: {a: getattr(v, a) for a in _EVIDENCE_FIELDS} for k, v in ev.items()},
                      ensure_ascii=False) if ev else "{}"


def _evidence_from_json(s: str | None) -> dict[str, Evidence]:
    if not s or s == "{}":
        return {}
    names = set(_EVIDENCE_FIELDS)
    return {k: Evidence(**{a: b for a, b in v.items() if a in names})
            for k, v in json.loads(s).items()}


def _place_columns() -> list[Column]:
    cols = [Column("has_place", "BOOLEAN", pa.bool_(), lambda o: o.place is not None)]
    for f in fields(Place):
        sql, arrow = _TYPES.get(_base(f.type), _JSON)
        cols.append(Column(PLACE_RENAMES.get(f.name, f.name), sql, arrow,
                           lambda o, n=f.name: getattr(o.place, n) if o.place else None))
    return cols


def _columns(cls: type, extra: Iterable[Column] = ()) -> list[Column]:
    cols = list(extra)
    for f in fields(cls):
        base = _base(f.type)
        if base == "Place":
            cols += _place_columns()
        elif base == "dict[str, Evidence]":
            cols.append(Column(f.name, *_JSON, lambda o, n=f.name: _evidence_json(getattr(o, n))))
        elif base in _TYPES:
            cols.append(Column(RENAMES.get(f.name, f.name), *_TYPES[base],
                               lambda o, n=f.name: getattr(o, n)))
        else:  # a future field of another type: kept as JSON text
            cols.append(Column(f.name, *_JSON,
                               lambda o, n=f.name: json.dumps(getattr(o, n), default=str)))
    return cols


# How to rebuild each field from a row: (field, column, kind, default factory)
_Plan = list[tuple[str, str, str, Callable[[], Any]]]


@cache
def _plan(cls: type) -> _Plan:
    plan = []
    for f in fields(cls):
        base = _base(f.type)
        kind = ("place" if base == "Place" else "evidence" if base == "dict[str, Evidence]"
                else "list" if base == "list[str]" else "plain" if base in _TYPES else "json")
        plan.append((f.name, RENAMES.get(f.name, f.name), kind, lambda f=f: _default(f)))
    return plan


@cache
def _place_plan() -> list[tuple[str, str, Any]]:
    return [(f.name, PLACE_RENAMES.get(f.name, f.name), _default(f)) for f in fields(Place)]


def build(cls: type, row: dict[str, Any]) -> Any:
    """A model record from a row (column -> value); absent or NULL columns take defaults."""
    kwargs = {}
    for name, col, kind, default in _plan(cls):
        if kind == "place":
            kwargs[name] = _place(row) if row.get("has_place") else None
            continue
        value = row.get(col)
        if kind == "evidence":
            value = _evidence_from_json(value)
        elif kind == "json" and isinstance(value, str):
            value = json.loads(value)
        kwargs[name] = default() if value is None else value
    return cls(**kwargs)


def _place(row: dict[str, Any]) -> Place:
    kwargs = {}
    for name, col, default in _place_plan():
        value = row.get(col)
        kwargs[name] = default if value is None else value
    return Place(**kwargs)


@dataclass(frozen=True)
class TableSpec:
    name: str
    cls: type
    columns: list[Column]

    def arrow(self, items: list[Any]) -> pa.Table:
        """Column-wise Arrow table: DuckDB inserts it in one vectorised statement."""
        return pa.table({c.name: pa.array([c.get(o) for o in items], type=c.arrow)
                         for c in self.columns})

    def build(self, row: dict[str, Any]) -> Any:
        return build(self.cls, row)


def _id_column() -> Column:
    return Column("id", "VARCHAR", pa.string(), lambda o: o.id)


TABLES: dict[str, TableSpec] = {
    "reports": TableSpec("reports", Report, _columns(Report)),
    "quarantine": TableSpec("quarantine", Quarantined, _columns(Quarantined, [_id_column()])),
    "mentions": TableSpec("mentions", EventMention, _columns(EventMention, [_id_column()])),
    "incidents": TableSpec("incidents", Incident, _columns(Incident)),
    "corrections": TableSpec("corrections", Correction, _columns(Correction)),
}

PLACES_COLUMNS = ["gazetteer_id", "name", "country", "iso2", "admin1", "admin2",
                  "latitude", "longitude", "feature"]


def places_arrow(places: Iterable[Place]) -> pa.Table:
    """Distinct gazetteer entries (first seen wins) for the places table."""
    seen: dict[str, Place] = {}
    for p in places:
        if p is not None and p.gazetteer_id and p.gazetteer_id not in seen:
            seen[p.gazetteer_id] = p
    ps = list(seen.values())
    types = {"latitude": pa.float64(), "longitude": pa.float64()}
    return pa.table({c: pa.array([getattr(p, c) for p in ps], type=types.get(c, pa.string()))
                     for c in PLACES_COLUMNS})
