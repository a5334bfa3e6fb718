"""Bulk inserts go through Arrow, not executemany: 100k mentions store in seconds."""

from __future__ import annotations

import time

from .conftest import make_mention


def test_100k_mentions_store_and_restore_in_seconds(db):
    ms = [make_mention(f"r{i // 2:06d}", i % 2, n=i % 50) for i in range(100_000)]
    t = time.perf_counter()
    assert db.add_mentions(ms) == 100_000
    first = time.perf_counter() - t
    t = time.perf_counter()
    assert db.add_mentions(ms) == 0
    again = time.perf_counter() - t
    assert db.counts()["mentions"] == 100_000
    assert first < 20 and again < 20, (first, again)  # ~2-3 s on a laptop core
    assert db.mentions(report_ids=["r000123"]) == ms[246:248]
