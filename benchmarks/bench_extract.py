"""Extraction speed against the bare spaCy pipeline on the same texts.

    .venv/bin/python benchmarks/bench_extract.py [--n 200] [--gazetteer]

Prints words/s for nlp.pipe (all components, no extraction) and for Extractor.pipe, the
ratio, and peak memory. The two are timed in alternation over `--rounds` rounds and the
median ratio is the figure: on shared cores one run of either drifts by up to 30%, and a
ratio of neighbouring runs cancels most of that drift. Texts: ../shared/data/fa-kes/fakes_dev.jsonl when present,
otherwise generated wire-style reports.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT / ".." / "shared" / "data" / "fa-kes" / "fakes_dev.jsonl"


def texts(n: int) -> list[str]:
    if FAKES.exists():
        rows = [json.loads(line) for line in FAKES.read_text(encoding="utf-8").splitlines() if line]
        return [r["text"] for r in rows][:n]
    rng = random.Random(0)
    places = ["Baiji", "Mosul", "Ramadi", "Dura", "Aleppo", "Idlib", "Kirkuk", "Samarra"]
    verbs = ["A car bomb exploded at a checkpoint in {p}, killing {k} people and wounding {w}.",
             "Islamic State militants clashed with Iraqi troops near {p}; {k} fighters died.",
             "Coalition air strikes hit positions south of {p} on Monday, killing {k}.",
             "Protesters rallied in {p} demanding jobs and services."]
    return [" ".join(rng.choice(verbs).format(p=rng.choice(places), k=rng.randint(1, 40),
                                              w=rng.randint(0, 80)) for _ in range(12))
            for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--gazetteer", action="store_true", help="load the geo gazetteer's names")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timings of each")
    args = ap.parse_args()

    import spacy

    from sitrep.extract import Extractor, classify
    from sitrep.extract.extractor import MODEL
    from sitrep.model import Report

    docs = texts(args.n)
    words = sum(len(t.split()) for t in docs)
    nlp = spacy.load(MODEL)
    list(nlp.pipe(docs[:5]))  # warm up

    names: list[str] = []
    if args.gazetteer:
        from sitrep.geo import Geocoder

        names = list(Geocoder().place_names())
    t = time.perf_counter()
    ex = Extractor(place_names=names)
    init = time.perf_counter() - t
    reports = [Report(text=x, published=date(2017, 1, 1)) for x in docs]
    list(ex.pipe(reports[:5]))

    rows = []
    for r in range(max(1, args.rounds)):
        t = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=32):
            pass
        bare = words / (time.perf_counter() - t)
        if classify._SHARED is not None:  # each round encodes its sentences afresh
            classify._SHARED._cache.clear()
        t = time.perf_counter()
        n_events = sum(len(ms) for _, ms in ex.pipe(reports, batch_size=32))
        full = words / (time.perf_counter() - t)
        rows.append((full / bare, bare, full))
        print(f"round {r + 1}: bare {bare:6.0f}  extractor {full:6.0f} words/s  ratio {full / bare:.2f}",
              flush=True)
    ratio, bare, full = sorted(rows)[len(rows) // 2]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts {len(docs)}  words {words}  place names {len(names)}  extractor init {init:.1f}s")
    print(f"bare spaCy nlp.pipe   {bare:10.0f} words/s")
    print(f"Extractor.pipe        {full:10.0f} words/s  ({n_events} events)")
    print(f"ratio (median round)  {ratio:10.2f}")
    print(f"peak RSS              {peak:10.0f} MiB")


if __name__ == "__main__":
    main()
