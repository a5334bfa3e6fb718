"""Rebuild the sub-event classifier head from eval/training/subevents_train.jsonl.

    .venv/bin/python scripts/train_classifier.py            # CV figures + write the head
    .venv/bin/python scripts/train_classifier.py --tune     # also pick the Refiner policy

Deterministic: fixed embeddings (CPU), lbfgs logistic regression, fixed folds. Folds are
grouped by template (the generator's `template` field), so a sentence is never scored by a
head that saw a sibling of the same template: the CV figures are not inflated by near-copies.

--tune runs the extractor over the training reports with out-of-fold classifier
probabilities and prints main-event sub-event weighted F1 for each policy threshold
(rules alone, each rule of Refiner.decide alone, then combined). The dev set is not read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.extract import classify

TRAIN = ROOT / "eval" / "training" / "subevents_train.jsonl"
OUT = ROOT / "src" / "sitrep" / "data" / "extract" / classify.HEAD_FILE
FOLDS = 5
C_GRID = (1.0, 4.0, 16.0, 64.0)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def load() -> list[dict]:
    return [json.loads(x) for x in TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]


def samples(rows: list[dict]) -> tuple[list[str], list[str], list[str]]:
    """Each report, plus its first sentence when it has more: the extractor embeds the
    sentence that holds the event, not the whole snippet."""
    texts, labels, groups = [], [], []
    for r in rows:
        parts = [r["text"]]
        first = _SENT.split(r["text"])[0]
        if first != r["text"]:
            parts.append(first)
        for t in parts:
            texts.append(t)
            labels.append(r["sub_event_type"])
            groups.append(r.get("template") or r["sub_event_type"])
    return texts, labels, groups


def fit(x: np.ndarray, y: list[str], c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000).fit(x, y)


def cross_val(x, y, groups, c) -> np.ndarray:
    pred = np.empty(len(y), dtype=object)
    for tr, te in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        pred[te] = fit(x[tr], [y[i] for i in tr], c).predict(x[te])
    return pred


def save(model: LogisticRegression) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, classes=np.array([str(c) for c in model.classes_]),
                        coef=model.coef_.astype(np.float16).astype(np.float32),
                        intercept=model.intercept_.astype(np.float32))


def tune(rows, clf_embed, c) -> None:
    """Policy thresholds from out-of-fold probabilities on the training reports."""
    from datetime import date

    from sitrep.extract import Extractor
    from sitrep.extract.classify import Policy, Refiner
    from sitrep.model import Report

    ex = Extractor(classifier=False)
    reports = [Report(id=r["id"], text=r["text"], published=date(2024, 1, 1), source="train")
               for r in rows]
    docs = list(ex.nlp.pipe([r.text for r in reports], batch_size=64))
    # Out-of-fold probabilities for every sentence the refiner may ask about.
    groups = np.array([r.get("template") or r["sub_event_type"] for r in rows])
    texts, labels, sgroups = samples(rows)
    x = clf_embed(texts)
    sgroups = np.array(sgroups)
    oof: dict[str, np.ndarray] = {}
    classes = None
    for _tr, te in GroupKFold(n_splits=FOLDS).split(np.zeros(len(rows)), groups=groups):
        held = set(groups[te])
        keep = [i for i, g in enumerate(sgroups) if g not in held]
        model = fit(x[keep], [labels[i] for i in keep], c)
        classes = [str(k) for k in model.classes_]
        sents = [s.text for i in te for s in docs[i].sents]
        p = model.predict_proba(clf_embed(sents))
        oof.update(zip(sents, p))

    class OOF:
        def __init__(self):
            self.classes = classes

        def embed(self, texts):
            return None

        def proba(self, texts):
            return np.stack([oof[t] for t in texts])

    gold = [r["sub_event_type"] or "(none)" for r in rows]

    def score(policy: Policy | None) -> float:
        ex.classifier = Refiner(enabled=policy is not None, classifier=OOF(), policy=policy)
        pred = []
        for doc, rep in zip(docs, reports):
            ms = ex._from_doc(doc, rep, None)
            pred.append(ms[0].sub_event_type if ms else "(none)")
        return f1_score(gold, pred, average="weighted", zero_division=0)

    off = 1.01
    print(f"\nrules alone: main-event sub-event weighted F1 {score(None):.3f}")
    for v in (0.5, 0.6, 0.7, 0.8, 0.9):
        print(f"  fill  >= {v:.2f}: {score(Policy(fill=v, veto=off, switch=off)):.3f}")
    for v in (0.5, 0.6, 0.7, 0.8, 0.9):
        print(f"  veto  >= {v:.2f}: {score(Policy(fill=off, veto=v, switch=off)):.3f}")
    for v, k in itertools.product((0.5, 0.6, 0.7, 0.8), (0.05, 0.1, 0.2)):
        print(f"  switch >= {v:.2f} keep < {k:.2f}: "
              f"{score(Policy(fill=off, veto=off, switch=v, keep=k)):.3f}")
    print(f"  default policy {Policy()}: {score(Policy()):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", action="store_true")
    args = ap.parse_args()
    rows = load()
    texts, labels, groups = samples(rows)
    clf = classify.SubEventClassifier.__new__(classify.SubEventClassifier)
    clf._cache = {}
    clf.coef = np.zeros((1, 384), np.float32)
    x = clf.embed(texts)
    print(f"training samples {len(texts)} from {len(rows)} reports, "
          f"{len(set(labels))} classes, {len(set(groups))} templates")
    best_c, best_f1, best_pred = None, -1.0, None
    for c in C_GRID:
        pred = cross_val(x, labels, groups, c)
        f1 = f1_score(labels, list(pred), average="weighted")
        print(f"C={c:<5} grouped {FOLDS}-fold CV weighted F1 {f1:.3f}")
        if f1 > best_f1:
            best_c, best_f1, best_pred = c, f1, pred
    print(f"\nchosen C={best_c}; per class (out of fold):")
    print(classification_report([lab or "(none)" for lab in labels],
                                [p or "(none)" for p in best_pred], digits=2, zero_division=0))
    model = fit(x, labels, best_c)
    save(model)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    if args.tune:
        tune(rows, clf.embed, best_c)


if __name__ == "__main__":
    main()
