"""The margin route of Refiner's switch (classify.decide), and the training set's provenance:
no training sentence is a dev-set or blind-set sentence."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extract.classify import Policy, decide

ROOT = Path(__file__).resolve().parents[2]


def probs(**kw) -> dict[str, float]:
    names = {"none": "", "clash": "Armed clash", "attack": "Attack", "arrests": "Arrests"}
    out = {names[k]: v for k, v in kw.items()}
    rest = 1.0 - sum(out.values())
    for i in range(10):
        out[f"filler {i}"] = rest / 10
    return out


def test_margin_switches_when_another_reading_is_much_likelier():
    p = Policy(fill=0.6, veto=1.01, switch=0.5, keep=0.1, margin=0.3)
    # The rule's own reading is not negligible (0.2 >= keep), but clash leads it by 0.5.
    assert decide("Attack", True, probs(clash=0.7, attack=0.2), p) == "Armed clash"
    # Lead 0.2 < margin and the rule's reading above keep: the rule stands.
    assert decide("Attack", True, probs(clash=0.45, attack=0.25), p) is None
    # The rule's reading on top: never switched.
    assert decide("Attack", True, probs(attack=0.6, clash=0.3), p) is None
    # A lead over a negligible rule reading is not enough below `switch`.
    assert decide("Attack", True, probs(clash=0.35, attack=0.01), p) is None
    # "No event" on top is the veto's business, not the margin's.
    assert decide("Attack", False, probs(none=0.9, attack=0.05), p) is None


def test_margin_off_by_setting_above_one():
    p = Policy(switch=0.5, keep=0.1, margin=1.01)
    assert decide("Attack", True, probs(clash=0.7, attack=0.2), p) is None


def _texts(path: Path) -> set[str]:
    return {json.loads(x)["text"].strip().lower()
            for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def test_training_set_shares_no_sentence_with_the_evaluation_sets():
    train = _texts(ROOT / "eval" / "training" / "subevents_train.jsonl")
    for name in ("subevents.jsonl", "blind_snippets.jsonl"):
        path = ROOT / "eval" / "devset" / name
        if path.exists():
            assert not train & _texts(path), name


def test_classifier_cues():
    from sitrep.extract.classify import cues

    required, forbidden = cues()
    need = required["Disrupted weapons use"]
    assert need.search("Police defused a bomb near the market.")
    assert need.search("Air defences intercepted two drones.")
    assert not need.search("The vehicle was destroyed in the attack.")
    bar = forbidden["Non-violent transfer of territory"]
    assert bar.search("The militants took control of the town after clashes with the army.")
    assert not bar.search("The army left and the fighters moved in, with no fighting reported.")
    assert not bar.search("Rebels entered the town without a fight.")
