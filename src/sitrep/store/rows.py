"""How model records map to table columns and back.

Columns are derived from the dataclass fields, so the mapping follows model.py; the
tables themselves are created by the migrations in schema.py (a test checks they agree).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import MISSING, Field, asdict, dataclass, fields
from typing import Any

import pyarrow as pa

from sitrep.model import Correction, Evidence, EventMention, Incident, Place, Quarantined, Report

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


def _evidence_json(ev: dict[str, Evidence]) -> str:
    return json.dumps({k: asdict(v) for k, v in ev.items()}, ensure_ascii=False)


def _evidence_from_json(s: str | None) -> dict[str, Evidence]:
    if not s:
        return {}
    names = {f.name for f in fields(Evidence)}
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


def build(cls: type, row: dict[str, Any]) -> Any:
    """A model record from a row (column -> value); absent or NULL columns take defaults."""
    kwargs = {}
    for f in fields(cls):
        base = _base(f.type)
        if base == "Place":
            kwargs[f.name] = _place(row) if row.get("has_place") else None
            continue
        value = row.get(RENAMES.get(f.name, f.name))
        if base == "dict[str, Evidence]":
            value = _evidence_from_json(value)
        elif base not in _TYPES and isinstance(value, str):
            value = json.loads(value)
        elif base == "list[str]" and value is not None:
            value = list(value)
        if value is None:
            value = _default(f)
        kwargs[f.name] = value
    return cls(**kwargs)


def _place(row: dict[str, Any]) -> Place:
    kwargs = {}
    for f in fields(Place):
        value = row.get(PLACE_RENAMES.get(f.name, f.name))
        kwargs[f.name] = _default(f) if value is None and _default(f) is not None else value
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
