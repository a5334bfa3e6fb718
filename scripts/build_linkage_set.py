"""Build the UCDP-derived linkage test set: every source headline is a report.

For each UCDP GED event, its sources (`source_office`, `source_date`,
`source_headline`, separated by ';') are split into reports; the gold cluster of
a mention is the UCDP event id. A headline that is the source of several events
is one report with several mentions (index 0, 1, ...), as in real extraction.

Two flavours of "what each headline tells":
- coded:     date, place, type, sides and deaths from the UCDP coding
             ("perfect extraction" of the article behind the headline);
- headline:  as coded, but the toll is only what the headline itself states
             (a number before/after kill/dead/...), else unknown.
Events of both countries are kept, so the many events on the same day in the
same province act as distractors for each other.

    .venv/bin/python scripts/build_linkage_set.py [--ged ../shared/data/ucdp-ged] \
        [--out eval/linkage/ucdp_linkage.jsonl.gz]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

FILES = ("ged_iraq_1989_2018.csv", "ged_syria_2016_2019.csv")
FIRST_YEAR = 2011  # UCDP's sourcing of older Iraqi events is thin
NUM = r"(\d{1,4})"
TOLL = [re.compile(NUM + r"\s+(?:\w+\s+){0,3}?(?:killed|dead|die|died|deaths|casualties)", re.IGNORECASE),
        re.compile(r"(?:kill|kills|killing|killed)\s+(?:at least\s+|more than\s+|over\s+)?" + NUM,
                   re.IGNORECASE)]
TIME_PREC = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
GEO_PREC = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
EVENT_TYPE = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"),
              3: ("Violence against civilians", "Attack")}


def split_sources(row: dict[str, str]) -> list[tuple[str, str, str]]:
    """(office, date, headline) per source; headlines may contain ';' themselves."""
    offices = [s.strip() for s in row["source_office"].split(";")]
    dates = [s.strip() for s in row["source_date"].split(";")]
    n = len(offices)
    parts = [s.strip() for s in row["source_headline"].split(";")]
    if len(parts) != n:  # rejoin: keep n-1 splits, give the extra pieces to neighbours greedily
        parts = row["source_headline"].split(";")
        while len(parts) > n:
            # join the shortest adjacent piece onto its predecessor ('; ' inside a headline)
            k = min(range(1, len(parts)), key=lambda i: len(parts[i]))
            parts[k - 1:k + 1] = [parts[k - 1] + ";" + parts[k]]
        parts = [p.strip() for p in parts] + [""] * (n - len(parts))
    if len(dates) != n:
        dates = (dates + [dates[-1]] * n)[:n]
    return [(o, d, h) for o, d, h in zip(offices, dates, parts) if h]


def headline_toll(headline: str) -> int | None:
    for rx in TOLL:
        m = rx.search(headline)
        if m:
            return int(m.group(1))
    return None


def build(ged_dir: Path) -> list[dict]:
    rows = []
    for name in FILES:
        with open(ged_dir / name, newline="", encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f) if r["id"] and not r["id"].startswith("#")
                     and r["year"].isdigit() and int(r["year"]) >= FIRST_YEAR]
    per_report: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: int(r["id"])):
        for office, sdate, headline in split_sources(r):
            rid = hashlib.sha1(f"{office}\x1f{sdate}\x1f{headline}".encode()).hexdigest()[:16]
            tv = int(r["type_of_violence"])
            et, st = EVENT_TYPE[tv]
            per_report[rid].append({
                "gold": r["id"], "report_id": rid, "source": office, "published": sdate[:10],
                "headline": headline, "event_date": r["date_start"][:10],
                "time_precision": TIME_PREC.get(int(float(r["date_prec"] or 1)), 3),
                "event_type": et, "sub_event_type": st, "type_of_violence": tv,
                "actor1": r["side_a"], "actor2": r["side_b"],
                "place": {"name": r["where_coordinates"], "country": r["country"],
                          "admin1": r["adm_1"], "admin2": r["adm_2"],
                          "latitude": float(r["latitude"]), "longitude": float(r["longitude"]),
                          "geo_precision": GEO_PREC.get(int(float(r["where_prec"])), 3),
                          "where_prec": int(float(r["where_prec"]))},
                "low": int(float(r["low"])), "high": int(float(r["high"])),
                "headline_killed": headline_toll(headline),
            })
    out = []
    for rid in sorted(per_report):
        for i, m in enumerate(per_report[rid]):
            out.append({**m, "index": i})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ged", type=Path, default=Path(__file__).resolve().parents[2]
                    / "shared/data/ucdp-ged")
    ap.add_argument("--out", type=Path, default=Path("eval/linkage/ucdp_linkage.jsonl.gz"))
    a = ap.parse_args(argv)
    items = build(a.ged)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(a.out, "wt", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    events = len({it["gold"] for it in items})
    print(f"{len(items)} mentions of {events} events from {len({i['report_id'] for i in items})} "
          f"reports -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
