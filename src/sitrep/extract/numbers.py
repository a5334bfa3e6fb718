"""Numbers and quantity phrases as news reports write them.

"42", "1,200", "twenty-seven", "a dozen", "two hundred" are numbers; "at least 42", "between 10 and
15", "dozens of" are quantities with a range. Vague words and bound modifiers come from
data/quantities.yaml. The regex fragments here are reused by casualties.py so both agree on what a
quantity looks like.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORDS = {**_UNITS, **_TENS, "dozen": 12, **_SCALES}


@lru_cache(maxsize=1)
def quantities() -> dict[str, Any]:
    """The vague-quantity data file, parsed once."""
    text = resources.files("sitrep.data").joinpath("quantities.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _alt(words) -> str:
    # Longest first so "a few" wins over "few" and "just over" over "over".
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_WORD_ALT = _alt(_WORDS)
# One number: digits (with thousands commas, optional "million"), or a run of number words.
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?![\d.,]\d)(?:\s+(?:hundred|thousand|million)\b)?"
    r"|half\s+a\s+dozen"
    rf"|(?:an?\s+(?=(?:dozen|hundred|thousand)\b))?(?:{_WORD_ALT})\b"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_ALT})\b)*)"
)
VAGUE = rf"(?:{_alt(k for k in quantities()['vague'] if k != 'plural')})\b(?:\s+of\b)?"
MODIFIER = rf"(?:{_alt(quantities()['modifiers'])})"
_RANGE = (
    rf"(?:between\s+{NUMBER}\s+and\s+(?:(?:more\s+than|over)\s+)?{NUMBER}"
    # "from 74 to more than 90": the lower source's figure and an open upper one
    rf"|from\s+{NUMBER}\s+to\s+(?:(?:more\s+than|over)\s+)?{NUMBER}"
    rf"|{NUMBER}\s*(?:-|–|to|or)\s*{NUMBER}(?!\s*-?\s*year))"
)
# A full quantity phrase: optional modifier, then a range, a number (+ "or more") or a vague word.
QUANTITY = (
    rf"(?:(?:{MODIFIER})\s+)?(?:{_RANGE}|{NUMBER}(?:\s+or\s+more\b|\s*-?\s*plus\b|\+)?"
    rf"|{VAGUE})"
)

_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_QUANTITY_FULL = re.compile(rf"\s*(?P<q>{QUANTITY})\s*", re.IGNORECASE)
_MODIFIER_RE = re.compile(rf"(?P<m>{MODIFIER})\s+", re.IGNORECASE)
_VAGUE_RE = re.compile(rf"(?P<v>{VAGUE})", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """An integer from digits or English number words; None if `text` is not just a number."""
    s = text.strip().lower().replace(",", "")
    if not s:
        return None
    if re.fullmatch(r"half\s+a\s+dozen", s):
        return 6
    if re.fullmatch(r"\d+", s):
        return int(s)
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(s):
        if tok in ("and", "a", "an"):
            continue
        if tok[0].isdigit():
            current += float(tok)
        elif tok in _UNITS or tok in _TENS:
            current += _UNITS.get(tok, _TENS.get(tok, 0))
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in ("thousand", "million"):
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    if not seen or re.sub(r"[\s,.-]|\band\b|\ban?\b|\d|" + _WORD_ALT, "", s):
        return None
    return round(total + current)


@dataclass(slots=True, frozen=True)
class Quantity:
    """A quantity phrase read as a range plus ACLED's single figure."""

    min: int | None
    max: int | None
    vague: bool
    acled: int  # ACLED's conservative figure
    acled_large: int  # ACLED's figure when the attack is large-scale


def vague_quantity(word: str = "plural") -> Quantity:
    """The range for a vague word ("dozens", "several"), or for an unnumbered plural."""
    key = re.sub(r"\s+", " ", word.strip().lower())
    key = re.sub(r"\s+of$", "", key) if key not in quantities()["vague"] else key
    if key not in quantities()["vague"] and key + " of" in quantities()["vague"]:
        key = key + " of"
    v = quantities()["vague"].get(key)
    if v is None:
        raise KeyError(word)
    return Quantity(v["min"], v["max"], True, v["acled"], v["acled_large"])


def read_quantity(text: str) -> Quantity | None:
    """Read a whole quantity phrase ("at least 42", "dozens of", "10 to 15"); None if it is not one."""
    m = _QUANTITY_FULL.fullmatch(text)
    if not m:
        return None
    s = m.group("q")
    kind, floor = "exact", 1.0
    mm = _MODIFIER_RE.match(s)
    if mm and _QUANTITY_FULL.fullmatch(s[mm.end():]) is not None:
        mod = quantities()["modifiers"][re.sub(r"\s+", " ", mm.group("m").lower())]
        kind, floor = mod["kind"], float(mod.get("floor", 1.0))
        s = s[mm.end():]
    vm = _VAGUE_RE.fullmatch(s.strip())
    if vm:
        return vague_quantity(vm.group("v"))
    nums = [n for n in (parse_number(x.group(0)) for x in _NUMBER_RE.finditer(s)) if n is not None]
    if not nums:
        return None
    lo, hi = min(nums), max(nums)
    if len(nums) == 2 and re.search(r"\b(?:to|and)\s+(?:more\s+than|over)\s", s, re.IGNORECASE):
        hi += 1
    if len(nums) == 1 and re.search(r"or\s+more|plus|\+", s, re.IGNORECASE):
        kind = "lower"
    # ACLED codes the figure the report states: "more than 150" and "up to 30" are 150 and 30,
    # "between 10 and 15" the lower 10; only "nearly 50" (which rules 50 out) is 49.
    acled = lo
    if kind == "above":
        acled = hi
        lo = hi = hi + 1
    elif kind == "upper":
        acled = hi
        lo = max(1, math.ceil(hi * floor)) if hi else 0
    elif kind == "below":
        lo, hi = max(0, math.ceil(lo * floor)), max(0, hi - 1)
        lo = min(lo, hi)
        acled = hi
    return Quantity(lo, hi, False, acled, acled)


def quantity_range(text: str) -> tuple[int | None, int | None, bool] | None:
    """(min, max, vague) for a quantity phrase, or None when `text` is not a quantity."""
    q = read_quantity(text)
    return None if q is None else (q.min, q.max, q.vague)
