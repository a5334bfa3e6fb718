"""Opening an old database migrates it; the schema and the model agree."""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from sitrep.store import MIGRATIONS, SCHEMA_VERSION, SchemaError, Store, StoreError, schema
from sitrep.store.rows import TABLES

from .conftest import make_mention, make_report

STORE_ONLY = {"reports": {"ingested_at"}, "quarantine": {"seen_at"}}


def test_migrations_are_ordered_and_complete():
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1)) and versions[-1] == SCHEMA_VERSION


def test_fresh_schema_matches_the_model_exactly(tmp_path):
    with Store(tmp_path / "db.duckdb") as s:
        assert schema.missing_columns(s.connection) == []  # migrations cover every field
        for table, spec in TABLES.items():
            have = schema.columns(s.connection, table)
            assert have - STORE_ONLY.get(table, set()) == {c.name for c in spec.columns}, table


def test_empty_v0_file_is_migrated(tmp_path):
    path = tmp_path / "v0.duckdb"
    duckdb.connect(str(path)).close()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        rows = s.connection.execute("SELECT version, name FROM schema_version ORDER BY 1")
        assert [v for v, _ in rows.fetchall()] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("old", [1, 2])
def test_old_database_keeps_its_data_when_migrated(tmp_path, old):
    path = tmp_path / f"v{old}.duckdb"
    r = replace(make_report(1), country="")  # a report stored before reports had a country
    con = duckdb.connect(str(path))
    assert schema.migrate(con, target=old) == list(range(1, old + 1))
    con.execute("INSERT INTO reports (id, text, published, source, url, title, language, "
                "external_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [r.id, r.text, r.published, r.source, r.url, r.title, r.language,
                 r.external_id, r.origin])
    assert {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables")
            .fetchall()} >= {"reports", "quarantine"}
    con.close()

    with pytest.raises(StoreError, match="migrate"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.reports() == [r]
        m = make_mention(r.id)
        s.add_mentions([m])
        assert s.mentions() == [m]
    with Store(path, read_only=True) as s:  # migrated: read-only now works
        assert s.counts()["mentions"] == 1


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store(path) as s:
        s.connection.execute("INSERT INTO schema_version (version, name) VALUES (999, 'x')")
    with pytest.raises(SchemaError, match="newer"):
        Store(path)


def test_model_field_without_a_column_gets_one(tmp_path):
    """Simulates a database from before a model field existed (model changes are additive)."""
    path = tmp_path / "db.duckdb"
    r = make_report(1)
    m = make_mention(r.id)
    with Store(path) as s:
        s.add_mentions([m])
        s.connection.execute("ALTER TABLE mentions DROP COLUMN weapon")
    with Store(path) as s:
        assert "weapon" in schema.columns(s.connection, "mentions")
        (back,) = s.mentions()
        assert back.weapon == "" and back.target == m.target  # old rows take the default


def test_failed_migration_leaves_database_unchanged(tmp_path, monkeypatch):
    path = tmp_path / "db.duckdb"
    con = duckdb.connect(str(path))
    schema.migrate(con, target=1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS",
                        [MIGRATIONS[0], schema.Migration(2, "broken", broken)])
    with pytest.raises(RuntimeError):
        schema.migrate(con)
    assert schema.version(con) == 1
    assert con.execute("SELECT count(*) FROM information_schema.tables "
                       "WHERE table_name = 'half_done'").fetchall()[0][0] == 0
    con.close()
