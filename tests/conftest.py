"""The bundled sample corpus ingested once per session, and an API client and a read-only
store on it (tests/api and tests/web)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep import pipeline
from sitrep.api import create_app
from sitrep.store import Store


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.getbasetemp() / "sitrep-sample.duckdb"
    if not path.exists():
        sample = resources.files("sitrep.data") / "sample"
        with resources.as_file(sample) as folder, Store(path) as store:
            pipeline.ingest([folder], store, country="Iraq")
    return path


@pytest.fixture(scope="module")
def client(demo_db) -> TestClient:
    return TestClient(create_app(demo_db))


@pytest.fixture(scope="module")
def store(demo_db):
    with Store(demo_db, read_only=True) as s:
        yield s
