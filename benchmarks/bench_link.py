"""Link N synthetic mentions in one batch; print throughput and peak memory.

Mentions come from synthetic incidents (1-4 outlets each, tolls that disagree a
little) spread over a number of years and 60 provinces in 3 countries, so the
blocks are about as dense as a busy war's daily reporting.

    .venv/bin/python benchmarks/bench_link.py [--n 100000] [--years 5]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta

from sitrep.link import link
from sitrep.model import EventMention, Place

TYPES = [("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack")]
OUTLETS = ["Reuters", "AFP", "AP", "Al Jazeera", "SOHR", "BBC", "Rudaw", "Xinhua"]


def synthetic(n: int, years: int, seed: int = 7) -> list[EventMention]:
    rnd = random.Random(seed)
    provinces = [(c, f"{c}-province-{k}", 30 + rnd.random() * 8, 36 + rnd.random() * 10)
                 for c in ("Iraq", "Syria", "Yemen") for k in range(20)]
    start, days = date(2014, 1, 1), 365 * years
    out: list[EventMention] = []
    e = 0
    while len(out) < n:
        e += 1
        country, admin1, lat, lon = rnd.choice(provinces)
        town = rnd.randrange(40)
        place = Place(name=f"{admin1}-town-{town}", country=country, admin1=admin1,
                      latitude=lat + town * 0.05, longitude=lon + town * 0.03, geo_precision=1,
                      gazetteer_id=f"syn:{admin1}:{town}")
        day = start + timedelta(days=rnd.randrange(days))
        et, st = rnd.choice(TYPES)
        killed = rnd.choice([0, 1, 2, 3, 5, 8, 12, 20, 35])
        for k, src in enumerate(rnd.sample(OUTLETS, rnd.randint(1, 4))):
            if len(out) >= n:
                break
            kk = killed + rnd.choice([0, 0, 1, 2])
            out.append(EventMention(
                report_id=f"e{e}-{k}", source=src, published=day + timedelta(days=rnd.randint(0, 1)),
                event_date=day, event_type=et, sub_event_type=st, place=place,
                location_text=place.name, killed_min=kk, killed_max=kk, fatalities=kk,
                notes=f"{st} in {place.name} kills {kk}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--years", type=int, default=5)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    mentions = synthetic(a.n, a.years)
    t1 = time.perf_counter()
    res = link(mentions)
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mentions {len(mentions):,}  incidents {len(res.incidents):,}  "
          f"generate {t1 - t0:.1f}s  link {t2 - t1:.1f}s  "
          f"throughput {len(mentions) / (t2 - t1):,.0f} mentions/s  peak RSS {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
