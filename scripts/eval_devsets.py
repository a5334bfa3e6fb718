"""Every self-written and fresh evaluation set in one run, one row per set.

    .venv/bin/python scripts/eval_devsets.py                # the dev parts (read while fixing)
    .venv/bin/python scripts/eval_devsets.py --split blind  # the blind parts: score, never read

The same scores as `sitrep evaluate SET --split ...`, one model load for all sets, so a change
can be checked on every writer at once. Sets without a split (the older self-written ones) are
scored whole with --split dev and skipped with --split blind, except blind_snippets, which is
blind as a whole.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate import evaluate, load_reference
from sitrep.pipeline import extract_reports

SETS = {  # name -> (path, has dev/blind split, blind as a whole)
    "subevents": ("eval/devset/subevents.jsonl", False, False),
    "casualties": ("eval/devset/casualties.jsonl", False, False),
    # session 16's writers, read while fixing (first figures in eval/README.md)
    "confusable": ("eval/devset/snippets_confusable.jsonl", False, False),
    "coded_fatal": ("eval/devset/coded_fatalities.jsonl", False, False),
    "events_or_not": ("eval/devset/events_or_not.jsonl", False, False),
    "unrest_global": ("eval/devset/unrest_global.jsonl", False, False),
    "blind_snippets": ("eval/devset/blind_snippets.jsonl", False, True),
    "snippets_1": ("eval/devset/snippets_iq_sy.jsonl", True, False),
    "snippets_3": ("eval/devset/snippets_iq_sy_3.jsonl", True, False),
    "coded_1": ("eval/coded/notes_iq_sy.jsonl", True, False),
    "coded_2": ("eval/coded/notes_iq_sy_2.jsonl", True, False),
    "coded_3": ("eval/coded/notes_iq_sy_3.jsonl", True, False),
    # session 17's writers: odd ids dev, even ids blind (first figures in eval/README.md)
    "coded_4": ("eval/coded/notes_iq_sy_4.jsonl", True, False),
    "snippets_glob": ("eval/devset/snippets_global.jsonl", True, False),
    "coded_glob": ("eval/coded/notes_global.jsonl", True, False),
    # session 19's writers: odd ids dev, even ids blind (first figures in eval/README.md)
    "coded_5": ("eval/coded/notes_iq_sy_5.jsonl", True, False),
    "snippets_5": ("eval/devset/snippets_5.jsonl", True, False),
    # session 20's writers: odd ids dev, even ids blind (first figures in eval/README.md)
    "coded_6": ("eval/coded/notes_iq_sy_6.jsonl", True, False),
    "coded_glob2": ("eval/coded/notes_global_2.jsonl", True, False),
}
COLUMNS = [("type", "event_type_accuracy"), ("subF1", "sub_event_f1_weighted"),
           ("fatal", "fatalities_exact"), ("fatal>0", "fatalities_exact_nonzero"),
           ("admin1", "admin1_accuracy"), ("date", "date_exact"),
           ("nonev", "non_event_rejection"), ("place10", "named_place_within_10km")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "blind"), default="dev")
    ap.add_argument("--only", nargs="*", help="set names (default: all)")
    args = ap.parse_args()
    print(f"{'set':16}{'n':>5}" + "".join(f"{c:>9}" for c, _ in COLUMNS))
    for name, (path, has_split, blind_whole) in SETS.items():
        if args.only and name not in args.only:
            continue
        refs = load_reference(ROOT / path)
        if has_split:
            refs = [r for r in refs if r.split == args.split]
        elif blind_whole != (args.split == "blind"):
            continue
        s = evaluate(refs, lambda reports, c: extract_reports(reports, country=c))
        cells = []
        for _, key in COLUMNS:
            v = s.get(key)
            cells.append(f"{v['score']:9.3f}" if v else f"{'-':>9}")
        print(f"{name:16}{len(refs):5}" + "".join(cells), flush=True)


if __name__ == "__main__":
    main()
