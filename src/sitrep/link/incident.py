"""Build an incident from the mentions linked together.

Rules (docs/linking.md):
- Each outlet counts once, with its latest report: an updated toll from the same
  source replaces its earlier figure instead of widening the range.
- killed/injured/... min and max: the lowest minimum and highest maximum across
  those outlets (Iraq Body Count's range).
- killed_best: the median of the outlets' figures (an outlet's figure is the
  midpoint of its own range), the lower middle value when the count is even,
  so the estimate stays conservative.
- fatalities: ACLED's rule, the most conservative (lowest) figure among outlets
  that gave one; 0 when none did.
- date: the most common date among the most time-precise mentions (earliest on
  a tie); place: the most precise place, the most common among equals; type,
  actors, weapon, target: the most common non-empty value (ties: most confident,
  then alphabetical).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from sitrep.model import EventMention, Incident, Place

RANGES = ("killed", "injured", "abducted", "arrested", "civilians_killed")


def incident_id(mention_ids: Iterable[str]) -> str:
    """Stable id: derived from the smallest member, so it survives re-runs."""
    return "inc_" + hashlib.sha1(min(mention_ids).encode("utf-8")).hexdigest()[:16]


def latest_per_source(mentions: list[EventMention]) -> list[EventMention]:
    latest: dict[str, EventMention] = {}
    for m in mentions:
        key = m.source or m.report_id
        cur = latest.get(key)
        if cur is None or _recency(m) > _recency(cur):
            latest[key] = m
    return [latest[k] for k in sorted(latest)]


def _recency(m: EventMention) -> tuple:
    return (m.published.toordinal() if m.published else 0, m.report_id, m.index)


def _most_common(mentions: list[EventMention], get: Callable[[EventMention], Any]) -> Any:
    votes: Counter = Counter()
    conf: Counter = Counter()
    for m in mentions:
        v = get(m)
        if v not in (None, ""):
            votes[v] += 1
            conf[v] += m.confidence
    if not votes:
        return None
    return min(votes, key=lambda v: (-votes[v], -conf[v], str(v)))


def _figure(m: EventMention, kind: str) -> tuple[int, int] | None:
    lo, hi = getattr(m, f"{kind}_min"), getattr(m, f"{kind}_max")
    if lo is None and hi is None:
        return None
    lo = hi if lo is None else lo
    hi = lo if hi is None else hi
    return lo, hi


def _lower_median(values: list[float]) -> int:
    values = sorted(values)
    return round(values[(len(values) - 1) // 2])


def _place(mentions: list[EventMention]) -> Place | None:
    places = [m.place for m in mentions if m.place is not None]
    if not places:
        return None
    located = [p for p in places if p.latitude is not None] or places
    best = min(p.geo_precision for p in located)
    finest = [p for p in located if p.geo_precision == best]
    counts = Counter(p.gazetteer_id or p.name for p in finest)
    return min(finest, key=lambda p: (-counts[p.gazetteer_id or p.name], p.name, p.gazetteer_id))


def build_incident(mentions: list[EventMention], match_weight: float | None = None) -> Incident:
    ms = sorted(mentions, key=lambda m: m.id)
    sources = latest_per_source(ms)
    inc = Incident(id=incident_id(m.id for m in ms), match_weight=match_weight)
    inc.mention_ids = [m.id for m in ms]
    inc.report_ids = sorted({m.report_id for m in ms})
    inc.sources = sorted({m.source or m.report_id for m in ms})

    best_prec = min(m.time_precision for m in ms)
    dated = [m for m in ms if m.event_date and m.time_precision == best_prec]
    if dated:
        counts = Counter(m.event_date for m in dated)
        inc.event_date = min(counts, key=lambda d: (-counts[d], d))
        inc.time_precision = best_prec
    for name in ("event_type", "sub_event_type", "disorder_type", "actor1", "actor2", "inter1",
                 "inter2", "type_of_violence", "weapon", "target"):
        v = _most_common(ms, lambda m, n=name: getattr(m, n))
        if v is not None:
            setattr(inc, name, v)
    # Voted field by field, type and sub-type could disagree ("Explosions" / "Attack"):
    # the sub-type decides and brings its own event type.
    typed = [m for m in ms if m.sub_event_type == inc.sub_event_type and m.event_type]
    if typed:
        inc.event_type, inc.disorder_type = typed[0].event_type, typed[0].disorder_type
    inc.place = _place(ms)

    for kind in RANGES:
        figs = [f for f in (_figure(m, kind) for m in sources) if f is not None]
        if figs:
            setattr(inc, f"{kind}_min", min(lo for lo, _ in figs))
            setattr(inc, f"{kind}_max", max(hi for _, hi in figs))
            if kind == "killed":
                inc.killed_best = _lower_median([(lo + hi) / 2 for lo, hi in figs])
    given = [m.fatalities for m in sources if m.fatalities or m.killed_min is not None]
    inc.fatalities = min(given) if given else 0
    first = min(ms, key=lambda m: (_recency(m)[0] or 10**9, m.id))
    inc.notes = first.notes
    return inc
