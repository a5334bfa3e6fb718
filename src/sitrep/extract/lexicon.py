"""Trigger, weapon and target vocabularies, read from data/extract/*.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


def _load(name: str) -> dict:
    path = resources.files("sitrep.data").joinpath("extract", name)
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _words(patterns: list[str] | str) -> re.Pattern:
    if isinstance(patterns, str):
        patterns = [patterns]
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    sub: str
    priority: int
    strong: bool
    regex: re.Pattern
    firm: bool = False  # the classifier may not switch this reading (see triggers.yaml)
    requires: re.Pattern | None = None
    before_place: re.Pattern | None = None
    by_actor: dict | None = None


@dataclass(frozen=True)
class Vocab:
    label: str
    regex: re.Pattern


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    any_trigger: re.Pattern
    non_event: re.Pattern
    not_conflict: re.Pattern
    crime: re.Pattern
    accident: re.Pattern
    not_news: re.Pattern
    control_change: re.Pattern
    statement_verbs: frozenset[str]
    weapons: tuple[Vocab, ...]
    targets: tuple[Vocab, ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    t = _load("triggers.yaml")
    rules = []
    for r in t["rules"]:
        before = r.get("before_place")
        rules.append(Rule(
            sub=r["sub"], priority=int(r["priority"]),
            strong=r.get("strength", "strong") in ("strong", "firm"),
            firm=r.get("strength") == "firm",
            regex=_words(r["patterns"]),
            requires=_words(r["requires"]) if r.get("requires") else None,
            before_place=re.compile(r"(?:" + before + r")\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
            if before else None,
            by_actor=r.get("by_actor"),
        ))
    rules.sort(key=lambda r: -r.priority)
    all_patterns = [p for r in t["rules"] for p in r["patterns"]]
    all_patterns += [r["before_place"] for r in t["rules"] if r.get("before_place")]
    w = _load("weapons.yaml")["weapons"]
    g = _load("targets.yaml")["targets"]
    return Lexicon(
        rules=tuple(rules),
        any_trigger=_words(all_patterns),
        non_event=_words(t["non_event"]),
        not_conflict=_words(t["not_conflict"]),
        crime=_words(t["crime"]),
        accident=_words(t["accident"]),
        not_news=re.compile(t["not_news"]),
        control_change=re.compile(r"\b(?:" + "|".join(t["control_change"]) + r")\b", re.IGNORECASE),
        statement_verbs=frozenset(t["statement_verbs"]),
        weapons=tuple(Vocab(x["label"], _words(x["patterns"])) for x in w),
        targets=tuple(Vocab(x["label"], _words(x["patterns"])) for x in g),
    )
