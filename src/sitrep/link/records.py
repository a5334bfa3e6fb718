"""Flatten mentions into the rows Splink compares.

Coordinates are kept only for places more precise than a whole region: two
events placed at a province's centroid are not known to be near each other.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from sitrep.model import EventMention
from sitrep.names import place_key

# Zipf frequency (log10 per billion words, wordfreq): under 3 is rarer than one in a
# million words of English at large -- "Jubur", "Brimstone", "Rawa", not "militants".
RARE_ZIPF = 3.0
_TOKEN = re.compile(r"[a-z0-9]+")
# Words that every conflict report uses; they say nothing about which event.
_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "said", "says", "say", "after", "near", "killed", "kill", "kills", "dead", "death", "deaths", "wounded", "injured", "people", "least", "at", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)


def event_day(m: EventMention) -> int | None:
    d: date | None = m.event_date or m.published
    return d.toordinal() if d else None


def tokens(text: str) -> list[str]:
    return sorted({t for t in _TOKEN.findall(text.lower()) if len(t) > 2 and t not in _STOP})


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def rare(words: list[str] | None) -> list[str] | None:
    """The words rare in English at large (a tribe, a missile, a village): two reports
    sharing one are likelier to tell one event than two sharing "militants"."""
    out = [w for w in words or () if not w.isdigit() and _zipf(w) < RARE_ZIPF]
    return out or None


def _norm(s: str) -> str | None:
    s = " ".join(s.lower().split())
    return s or None


def _max(lo: int | None, hi: int | None) -> int | None:
    return hi if hi is not None else lo


def _place_names(m: EventMention) -> tuple[str | None, list[str] | None]:
    """The mention's own place as a name key, and every place its text names around it."""
    p = m.place
    named = p.name if p and p.name not in (p.admin1, p.country) else ""
    own = place_key(m.location_text) or place_key(named) or None
    around = {k for k in map(place_key, [m.location_text, named, *m.location_context]) if k}
    return own, sorted(around) or None


def to_record(m: EventMention) -> dict[str, Any]:
    p = m.place
    precise = p is not None and p.latitude is not None and p.geo_precision <= 2
    day = event_day(m)
    actors = sorted({a for a in map(_norm, (m.actor1, m.actor2, m.assoc_actor_1, m.assoc_actor_2))
                     if a})
    # abducted or, failing that, arrested: one outlet's "detained by gunmen" is another's abduction
    captives = ((m.abducted_min, m.abducted_max) if m.abducted_min is not None
                else (m.arrested_min, m.arrested_max))
    own_place, places = _place_names(m)
    words = tokens(f"{m.notes} {m.location_text} {m.weapon} {m.target}") or None
    return {
        "unique_id": m.id,
        "report_id": m.report_id,
        "source": _norm(m.source or ""),  # no outlet given: the outlet comparison is missing
        "day": day,
        # 2 or 3: the day is a speech or publication date, the event on or before it
        "day_unsure": m.time_precision is not None and m.time_precision >= 2,
        # Two offset 4-day tilings: any two days <= 2 apart share a tile in one
        # of them, so blocking can use equality joins instead of range joins.
        "day_tile_a": day // 4 if day is not None else None,
        "day_tile_b": (day + 2) // 4 if day is not None else None,
        "country": _norm(p.country) if p else None,
        "admin1": _norm(p.admin1) if p else None,
        "place_key": (_norm(p.gazetteer_id or p.name) if p and p.geo_precision <= 2 else None)
        or own_place,
        "place_name": own_place,
        "places": places,
        "lat": p.latitude if precise else None,
        "lon": p.longitude if precise else None,
        "event_type": m.event_type or None,
        "sub_event_type": m.sub_event_type or None,
        "actors": actors or None,
        # an unnamed perpetrator ("gunmen") is not evidence of a different one
        "unnamed": not m.actor1 or m.actor1.lower().startswith("unidentified"),
        "killed_min": m.killed_min,
        "killed_max": _max(m.killed_min, m.killed_max),
        "injured_min": m.injured_min,
        "injured_max": _max(m.injured_min, m.injured_max),
        "captives_min": captives[0],
        "captives_max": _max(*captives),
        "tokens": words,
        "rare": rare(words),
    }


def schema():
    """Explicit Arrow schema: a batch whose column is all null still has a type."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    ls = pa.list_(s)
    return pa.schema([
        ("unique_id", s), ("report_id", s), ("source", s), ("day", i), ("day_unsure", b),
        ("day_tile_a", i), ("day_tile_b", i), ("country", s), ("admin1", s), ("place_key", s),
        ("place_name", s), ("places", ls), ("lat", f), ("lon", f), ("event_type", s), ("sub_event_type", s),
        ("actors", ls), ("unnamed", b), ("killed_min", i),
        ("killed_max", i), ("injured_min", i), ("injured_max", i), ("captives_min", i),
        ("captives_max", i), ("tokens", ls), ("rare", ls),
    ])


def to_table(records: list[dict[str, Any]]):
    import pyarrow as pa

    return pa.Table.from_pylist(records, schema=schema())
