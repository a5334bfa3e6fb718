"""The database schema, built and upgraded by an ordered list of migrations.

Each migration runs once, in its own transaction, and is recorded in `schema_version`.
Never edit a migration that has shipped: append a new one. Model fields added later
(model.py changes are additive, with defaults) also get their column from
`sync_columns`, so a new field never breaks an existing database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from sitrep.store.rows import TABLES

Connection = duckdb.DuckDBPyConnection

PLACE_COLUMNS_SQL = """
    has_place BOOLEAN NOT NULL DEFAULT FALSE,
    location VARCHAR, country VARCHAR, iso2 VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, where_prec INTEGER,
    gazetteer_id VARCHAR, feature VARCHAR, geo_query VARCHAR, geo_note VARCHAR"""

M1_REPORTS = """
CREATE TABLE reports (
    id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL,
    published DATE,
    source VARCHAR, url VARCHAR, title VARCHAR, language VARCHAR,
    external_id VARCHAR, origin VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE quarantine (
    id VARCHAR PRIMARY KEY,
    origin VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    raw VARCHAR,
    seen_at TIMESTAMP DEFAULT current_timestamp
);
"""

M2_MENTIONS = f"""
CREATE TABLE mentions (
    id VARCHAR PRIMARY KEY,  -- report_id:index
    report_id VARCHAR NOT NULL,
    index INTEGER NOT NULL,
    source VARCHAR, published DATE, event_date DATE, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, confidence DOUBLE, disorder_type VARCHAR,
    actor1 VARCHAR, actor2 VARCHAR, assoc_actor_1 VARCHAR, assoc_actor_2 VARCHAR,
    inter1 INTEGER, inter2 INTEGER, civilian_targeting BOOLEAN, type_of_violence INTEGER,
    weapon VARCHAR, target VARCHAR,
    location_text VARCHAR, location_context VARCHAR[], location_relation VARCHAR,
    {PLACE_COLUMNS_SQL},
    killed_min INTEGER, killed_max INTEGER, injured_min INTEGER, injured_max INTEGER,
    abducted_min INTEGER, abducted_max INTEGER, arrested_min INTEGER, arrested_max INTEGER,
    civilians_killed_min INTEGER, civilians_killed_max INTEGER,
    combatants_killed_min INTEGER, combatants_killed_max INTEGER,
    fatalities INTEGER, is_aggregate BOOLEAN, notes VARCHAR,
    evidence VARCHAR  -- JSON: field -> {{text, start, end, sentence, sentence_start}}
);
CREATE TABLE places (  -- gazetteer entries mentions and incidents were placed at
    gazetteer_id VARCHAR PRIMARY KEY,
    name VARCHAR, country VARCHAR, iso2 VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    latitude DOUBLE, longitude DOUBLE, feature VARCHAR
);
"""

M3_INCIDENTS = f"""
CREATE TABLE incidents (
    id VARCHAR PRIMARY KEY,
    mention_ids VARCHAR[], report_ids VARCHAR[], sources VARCHAR[],
    event_date DATE, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, disorder_type VARCHAR,
    actor1 VARCHAR, actor2 VARCHAR, inter1 INTEGER, inter2 INTEGER, type_of_violence INTEGER,
    weapon VARCHAR, target VARCHAR,
    {PLACE_COLUMNS_SQL},
    killed_min INTEGER, killed_best INTEGER, killed_max INTEGER,
    injured_min INTEGER, injured_max INTEGER, abducted_min INTEGER, abducted_max INTEGER,
    arrested_min INTEGER, arrested_max INTEGER,
    civilians_killed_min INTEGER, civilians_killed_max INTEGER,
    fatalities INTEGER, notes VARCHAR,
    origin VARCHAR NOT NULL DEFAULT 'sitrep',  -- 'sitrep' or an imported dataset
    match_weight DOUBLE
);
CREATE TABLE incident_mentions (
    incident_id VARCHAR NOT NULL,
    mention_id VARCHAR NOT NULL,
    report_id VARCHAR NOT NULL,
    weight DOUBLE,  -- the link's match weight (NULL: single-mention incident)
    PRIMARY KEY (incident_id, mention_id)
);
"""

M4_CORRECTIONS = """
CREATE SEQUENCE corrections_id_seq START 1;
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY DEFAULT nextval('corrections_id_seq'),
    kind VARCHAR NOT NULL CHECK (kind IN ('merge', 'split')),
    mention_ids VARCHAR[] NOT NULL,
    who VARCHAR NOT NULL,
    why VARCHAR,
    made_at TIMESTAMP NOT NULL
);
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _sql(script: str) -> Callable[[Connection], None]:
    def run(con: Connection) -> None:
        # One statement at a time; comments in these scripts must not contain semicolons.
        for stmt in script.split(";"):
            if stmt.strip():
                con.execute(stmt)
    return run


MIGRATIONS: list[Migration] = [
    Migration(1, "reports and quarantine", _sql(M1_REPORTS)),
    Migration(2, "mentions and places", _sql(M2_MENTIONS)),
    Migration(3, "incidents and their mentions", _sql(M3_INCIDENTS)),
    Migration(4, "corrections", _sql(M4_CORRECTIONS)),
    Migration(5, "the country a report's input names", _sql("ALTER TABLE reports ADD COLUMN country VARCHAR")),
]
LATEST = MIGRATIONS[-1].version


class SchemaError(RuntimeError):
    pass


def version(con: Connection) -> int:
    """0 for a database sitrep has never written to."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: Connection, target: int = LATEST) -> list[int]:
    """Bring the schema up to `target`; returns the versions applied."""
    current = version(con)
    if current > LATEST:
        raise SchemaError(f"database schema is version {current}, newer than this sitrep "
                          f"understands ({LATEST}); upgrade sitrep")
    if current == 0:
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    applied = []
    for m in MIGRATIONS:
        if current < m.version <= target:
            con.execute("BEGIN TRANSACTION")
            try:
                m.apply(con)
                con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                            [m.version, m.name])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            applied.append(m.version)
    return applied


def columns(con: Connection, table: str) -> set[str]:
    rows = con.execute("SELECT column_name FROM information_schema.columns "
                       "WHERE table_name = ?", [table]).fetchall()
    return {r[0] for r in rows}


def missing_columns(con: Connection) -> list[tuple[str, str, str]]:
    """(table, column, SQL type) the model has but the database lacks."""
    out = []
    for table, spec in TABLES.items():
        have = columns(con, table)
        out += [(table, c.name, c.sql) for c in spec.columns if c.name not in have]
    return out


def sync_columns(con: Connection) -> list[str]:
    """Add columns for model fields newer than the migrations (additive model changes)."""
    added = []
    for table, col, sql in missing_columns(con):
        con.execute(f"ALTER TABLE {table} ADD COLUMN {col} {sql}")
        added.append(f"{table}.{col}")
    return added
