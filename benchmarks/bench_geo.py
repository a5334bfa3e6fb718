"""Geocoding cost per article: Geocoder.geocode over many mentions.

    .venv/bin/python benchmarks/bench_geo.py

Budget: spaCy extraction runs at ~3,700 words/s/core, ~135 ms for a 500-word article;
geocoding its ~5 mentions must stay under 20% of that (27 ms).
"""

from __future__ import annotations

import random
import statistics
import time

from sitrep.geo import Geocoder
from sitrep.model import EventMention, Report

PLACES = [("Dura", ["southern Baghdad"], ""), ("Baiji", [], "3 miles south of"),
          ("Falluja", ["Anbar province"], ""), ("Tikrit", [], ""), ("Heet", [], "near"),
          ("Jurf al-Sakhar", ["Babil"], ""), ("Mosul", [], ""), ("Sadr City", [], ""),
          ("Hay al-Zuhoor", ["Baghdad"], ""), ("Aleppo", [], ""), ("Douma", ["Eastern Ghouta"], ""),
          ("Deir Ezzor", [], ""), ("Tikreet", [], ""), ("Zzyzx Flats", [], ""),
          ("Yusufiyah", [], "outskirts of"), ("Kirkuk province", [], ""), ("Sinjar", ["Idlib"], ""),
          ("Tarmiyah (Baghdad)", [], ""), ("Zzyzxabad village (Hawija, Kirkuk)", [], "near"),
          ("Syria", [], ""), ("US", ["Iraq"], "")]
# ~500 words: a country-only mention makes the geocoder scan the text for a governorate.
TEXT = ("Syria air strikes kill 42 Monitor AFP Monday. " + "Officials said the toll could rise "
        "as rescue workers searched the rubble and the Observatory counted the dead. " * 40
        + "Warplanes hit the market in Ariha in Idlib province on Monday.")


def main(n_reports: int = 2000, per_report: int = 5) -> None:
    t0 = time.perf_counter()
    geo = Geocoder()
    geo.g  # noqa: B018 - load (or build) the index
    geo.place_names()  # the pipeline builds these once for the extractor's EntityRuler
    load = time.perf_counter() - t0
    rng = random.Random(7)
    batches = []
    for r in range(n_reports):
        report = Report(text=f"report {r} " + TEXT)
        ms = []
        for k in range(per_report):
            text, ctx, rel = rng.choice(PLACES)
            ms.append(EventMention(report_id=report.id, index=k, location_text=text,
                                   location_context=list(ctx), location_relation=rel))
        batches.append((report, ms))
    geo.locate("Tikreet", country="Iraq")  # fuzzy tables are built once per country
    times = []
    for report, ms in batches:
        t = time.perf_counter()
        geo.geocode(ms, report, country=rng.choice(["Iraq", "Syria", None]))
        times.append(time.perf_counter() - t)
    geo._resolve.cache_clear()
    cold = []
    for report, ms in batches[:200]:  # without the phrase cache
        geo._resolve.cache_clear()
        t = time.perf_counter()
        geo.geocode(ms, report, country="Iraq")
        cold.append(time.perf_counter() - t)
    print(f"index load: {load:.2f} s")
    print(f"geocode, {per_report} mentions/report, {n_reports} reports: "
          f"mean {statistics.mean(times) * 1000:.2f} ms, p95 "
          f"{sorted(times)[int(0.95 * len(times))] * 1000:.2f} ms per report")
    print(f"without phrase cache: mean {statistics.mean(cold) * 1000:.2f} ms, max "
          f"{max(cold) * 1000:.2f} ms per report (budget 27 ms)")


if __name__ == "__main__":
    main()
