"""Run every benchmark in this folder: `make bench` (or `python benchmarks/run.py [--quick]`).

Each bench_*.py prints its own throughput and peak memory; this runner just
runs them one after another in fresh processes, so peak memory is per benchmark.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    failed = 0
    for bench in sorted(here.glob("bench_*.py")):
        print(f"\n=== {bench.name}", flush=True)
        rc = subprocess.call([sys.executable, str(bench), *argv])
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
