"""Load the UCDP-derived linkage set (scripts/build_linkage_set.py) and score linking on it."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sitrep.link.metrics import Scores, bcubed, pairwise
from sitrep.model import EventMention, Place

FLAVOURS = ("coded", "headline", "extracted")


def mention_from_item(it: dict, flavour: str = "coded") -> EventMention:
    if flavour not in ("coded", "headline"):
        raise ValueError(f"flavour must be one of {FLAVOURS}")
    if flavour == "coded":
        kmin, kmax = it["low"], it["high"]
    else:
        kmin = kmax = it["headline_killed"]
    return EventMention(
        report_id=it["report_id"], index=it["index"], source=it["source"],
        published=date.fromisoformat(it["published"]) if it["published"] else None,
        event_date=date.fromisoformat(it["event_date"]), time_precision=it["time_precision"],
        event_type=it["event_type"], sub_event_type=it["sub_event_type"],
        type_of_violence=it["type_of_violence"], actor1=it["actor1"], actor2=it["actor2"],
        place=Place(**it["place"]), location_text=it["place"]["name"],
        killed_min=kmin, killed_max=kmax, fatalities=kmin or 0, notes=it["headline"])


def extracted(items: list[dict]) -> tuple[list[EventMention], dict[str, str], int]:
    """sitrep's own extraction of each headline (reports that source one event only).

    Returns mentions, gold, and how many reports yielded no event at all.
    """
    from collections import Counter

    from sitrep.model import Report
    from sitrep.pipeline import extract_reports

    per_report = Counter(it["report_id"] for it in items)
    single = [it for it in items if per_report[it["report_id"]] == 1]
    reports, gold_of = [], {}
    for it in single:
        r = Report(text=it["headline"], published=date.fromisoformat(it["published"]),
                   source=it["source"], title=it["headline"])
        reports.append((r, it["place"]["country"]))
        gold_of[r.id] = it["gold"]
    mentions, gold, empty = [], {}, 0
    for country in sorted({c for _, c in reports}):
        batch = [r for r, c in reports if c == country]
        for report, found in extract_reports(batch, country=country):
            empty += not found
            for m in found:
                m.source = m.source or report.source
                mentions.append(m)
                gold[m.id] = gold_of[report.id]
    return mentions, gold, empty


def load_items(path: str | Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def load_set(path: str | Path, flavour: str = "coded",
             years: Iterable[int] | None = None) -> tuple[list[EventMention], dict[str, str]]:
    """Mentions and their gold cluster (UCDP event id), optionally only some event years."""
    keep = set(years) if years is not None else None
    items = [it for it in load_items(path)
             if keep is None or int(it["event_date"][:4]) in keep]
    if flavour == "extracted":
        mentions, gold, _ = extracted(items)
        return mentions, gold
    mentions, gold = [], {}
    for it in items:
        m = mention_from_item(it, flavour)
        mentions.append(m)
        gold[m.id] = it["gold"]
    return mentions, gold


def score(groups: Iterable[Iterable[str]], gold: dict[str, str]) -> dict[str, Scores]:
    pred = {m: k for k, g in enumerate(groups) for m in g}
    pred.update({m: f"alone:{m}" for m in gold if m not in pred})
    gold = {m: gold[m] for m in pred}
    return {"pairwise": pairwise(pred, gold), "bcubed": bcubed(pred, gold)}


def evaluate(mentions: list[EventMention], gold: dict[str, str], model=None) -> dict:
    """Link the mentions in one batch and score the incidents against the gold events."""
    import time

    from sitrep.link import link

    t0 = time.perf_counter()
    res = link(mentions, model=model)
    groups = [[m for m, _ in ms] for ms in res.members.values()]
    out = score(groups, gold)
    # the baseline beside it: every mention its own incident (where most events have one
    # report, B-cubed F1 is high without any merging at all)
    alone = score([[m.id] for m in mentions], gold)["bcubed"].f1
    return {"mentions": len(mentions), "events": len(set(gold.values())),
            "incidents": len(groups), "seconds": round(time.perf_counter() - t0, 1),
            **{f"{k}_{x}": round(getattr(v, x), 4) for k, v in out.items()
               for x in ("precision", "recall", "f1")},
            "bcubed_f1_no_merging": round(alone, 4)}


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Score sitrep's linking on the UCDP linkage set")
    ap.add_argument("--set", default="eval/linkage/ucdp_linkage.jsonl.gz")
    ap.add_argument("--flavour", choices=FLAVOURS, default="coded")
    ap.add_argument("--years", default="2017-2019", help="event years, e.g. 2017-2019 (held out)")
    ap.add_argument("--model", help="a model.json to score instead of the shipped one")
    a = ap.parse_args(argv)
    model = None
    if a.model:
        from sitrep.link.settings import model_from_dict

        model = model_from_dict(json.loads(Path(a.model).read_text(encoding="utf-8")))
    lo, _, hi = a.years.partition("-")
    mentions, gold = load_set(a.set, a.flavour, range(int(lo), int(hi or lo) + 1))
    print(json.dumps({"flavour": a.flavour, "years": a.years, **evaluate(mentions, gold, model)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
