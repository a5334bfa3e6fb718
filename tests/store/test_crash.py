"""A batch killed with SIGKILL half-way leaves the database as it was before the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sitrep.store import Store

from .conftest import make_mention, make_report

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from store.conftest import make_mention, make_report
    from sitrep.store import Store
    s = Store({path!r})
    with s.transaction():
        for chunk in range(1000):
            rs = [make_report(1000 + chunk * 50 + i) for i in range(50)]
            s.add_reports(rs)
            s.add_mentions([make_mention(r.id, 0) for r in rs])
            print("chunk", chunk, flush=True)
            {pause}
    print("committed", flush=True)
    time.sleep(60)
""")


def run_child(path: Path, kill_after: str, pause: str = "") -> None:
    code = CHILD.format(tests=str(Path(__file__).parents[1]), path=str(path), pause=pause)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=env)
    try:
        for line in child.stdout:
            if line.startswith(kill_after):
                break
        else:
            pytest.fail(f"child exited before {kill_after!r} (rc={child.wait()})")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()


def test_sigkill_mid_batch_rolls_back(tmp_path):
    path = tmp_path / "crash.duckdb"
    with Store(path) as s:
        rs = [make_report(n) for n in range(10)]
        s.add_reports(rs)
        s.add_mentions([make_mention(r.id) for r in rs])
        before = s.counts()
    run_child(path, kill_after="chunk 5")  # six chunks written, inside the transaction
    with Store(path) as s:
        assert s.counts() == before
        assert len(s.reports()) == 10


def test_committed_batch_survives_sigkill(tmp_path):
    path = tmp_path / "durable.duckdb"
    Store(path).close()
    run_child(path, kill_after="committed", pause="if chunk == 2: break")
    with Store(path) as s:
        assert s.counts()["reports"] == 150 and s.counts()["mentions"] == 150
