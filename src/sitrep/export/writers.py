"""write(incidents, path, fmt): one function for every export format."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.export.formats import acled_frame, ucdp_frame
from sitrep.model import Incident, parse_date

FORMATS = ("acled", "ucdp", "geojson", "parquet", "jsonl", "csv")
LIST_SEP = ";"

# Parquet types of Incident.to_record(): fixed, so an empty or all-null column
# keeps its type from one export to the next.
_ARROW = {"str": pa.string(), "int": pa.int64(), "int | None": pa.int64(),
          "float | None": pa.float64(), "date | None": pa.date32(), "list[str]": pa.list_(pa.string())}
_PLACE_TYPES = {"country": pa.string(), "iso2": pa.string(), "admin1": pa.string(),
                "admin2": pa.string(), "latitude": pa.float64(), "longitude": pa.float64(),
                "geo_precision": pa.int64(), "where_prec": pa.int64(), "gazetteer_id": pa.string(),
                "location": pa.string()}


def arrow_schema() -> pa.Schema:
    cols = [(f.name, _ARROW[str(f.type)]) for f in fields(Incident) if f.name != "place"]
    return pa.schema(cols + list(_PLACE_TYPES.items()))


def _records(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    return [i.to_record() for i in sorted(incidents, key=lambda i: (str(i.event_date or ""), i.id))]


def flat_frame(incidents: Iterable[Incident]) -> pd.DataFrame:
    """Incident.to_record() as flat columns; lists joined with ';'."""
    recs = _records(incidents)
    df = pd.DataFrame(recs, columns=arrow_schema().names)
    for name in ("mention_ids", "report_ids", "sources"):
        df[name] = df[name].map(lambda v: LIST_SEP.join(v) if isinstance(v, list) else "")
    return df


def to_geojson(incidents: Iterable[Incident]) -> dict[str, Any]:
    """FeatureCollection of points. Incidents without coordinates are left out (many
    GIS tools reject null geometries); their number and ids are in `skipped`."""
    features, skipped = [], []
    for rec in _records(incidents):
        lat, lon = rec.get("latitude"), rec.get("longitude")
        if lat is None or lon is None:
            skipped.append(rec["id"])
            continue
        props = {k: v for k, v in rec.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "id": rec["id"],
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features,
            "skipped": {"reason": "no coordinates", "count": len(skipped), "ids": skipped}}


def _parquet(incidents: Iterable[Incident], path: Path) -> None:
    recs = _records(incidents)
    for r in recs:
        r["event_date"] = parse_date(r["event_date"])
    schema = arrow_schema()
    table = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in recs], schema=schema)
    pq.write_table(table, path)


def write(incidents: Iterable[Incident], path: str | Path, fmt: str, **options: Any) -> int:
    """Write incidents to `path` in `fmt` (see FORMATS). Returns the rows written.

    options: timestamp=<unix seconds> for ACLED's `timestamp` column (default: now).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose from {', '.join(FORMATS)}")
    incidents = list(incidents)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "acled":
        acled_frame(incidents, timestamp=options.get("timestamp")).to_csv(path, index=False)
    elif fmt == "ucdp":
        ucdp_frame(incidents).to_csv(path, index=False)
    elif fmt == "csv":
        flat_frame(incidents).to_csv(path, index=False)
    elif fmt == "parquet":
        _parquet(incidents, path)
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for rec in _records(incidents):
                f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    else:
        gj = to_geojson(incidents)
        path.write_text(json.dumps(gj, ensure_ascii=False, default=str), encoding="utf-8")
        return len(gj["features"])
    return len(incidents)
