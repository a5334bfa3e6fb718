"""sitrep.store: the embedded DuckDB database every stage's output lands in.

    with Store("sitrep.duckdb") as db, db.transaction():
        db.add_reports(reports); db.add_mentions(mentions)
        db.replace_incidents(incidents, links)

Tables: reports, quarantine, mentions, places, incidents, incident_mentions,
corrections, schema_version. Opening a database migrates it (see schema.py).
"""

from sitrep.store.db import LinkCandidates, Links, Store, StoreError
from sitrep.store.schema import LATEST as SCHEMA_VERSION
from sitrep.store.schema import MIGRATIONS, SchemaError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "LinkCandidates", "Links", "SchemaError", "Store", "StoreError"]
