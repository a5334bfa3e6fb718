"""Canonical admin1 names: one spelling per country, every other spelling mapped to it."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitrep.geo.text import FEATURE_WORDS, keys, norm

DATA = resources.files("sitrep") / "data" / "geo"


def user_dir() -> Path | None:
    d = os.environ.get("SITREP_GAZETTEER_DIR", "")
    return Path(d) if d and Path(d).is_dir() else None


@lru_cache(maxsize=4)
def admin1_table(extra_dir: str | None = None) -> dict[str, list[dict]]:
    """{iso2: [{code, name, capital, aliases}]} from the packaged file plus the user's."""
    table: dict[str, list[dict]] = {}
    texts = [(DATA / "admin1_names.yaml").read_text(encoding="utf-8")]
    if extra_dir and (Path(extra_dir) / "admin1_names.yaml").is_file():
        texts.append((Path(extra_dir) / "admin1_names.yaml").read_text(encoding="utf-8"))
    for text in texts:
        for iso2, rows in (yaml.safe_load(text) or {}).items():
            by_code = {r["code"]: r for r in table.get(iso2, [])}
            for r in rows:
                by_code[r["code"]] = {**by_code.get(r["code"], {}), **r}
            table[iso2] = list(by_code.values())
    return table


def _strip_feature(text: str) -> str:
    words = norm(text).split()
    while len(words) > 1 and words[-1] in FEATURE_WORDS:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=4)
def _alias_index(extra_dir: str | None = None) -> dict[tuple[str, str], str]:
    idx: dict[tuple[str, str], str] = {}
    for iso2, rows in admin1_table(extra_dir).items():
        for r in rows:
            for n in [r["name"], *r.get("aliases", [])]:
                for k in keys(_strip_feature(n))[:2]:
                    idx.setdefault((iso2, k), r["name"])
    return idx


def canonical_admin1(text: str, iso2: str = "", extra_dir: str | None = None) -> str:
    """'Şalāḩ ad Dīn province' -> 'Salah al-Din'; '' when the name is not a known admin1.

    Without iso2, a name is accepted only when it is unambiguous across countries.
    """
    idx = _alias_index(extra_dir)
    for k in keys(_strip_feature(text))[:2]:
        if iso2:
            if (iso2, k) in idx:
                return idx[(iso2, k)]
        else:
            hits = {v for (c, kk), v in idx.items() if kk == k}
            if len(hits) == 1:
                return hits.pop()
    return ""
