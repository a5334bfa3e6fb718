"""Incidents as a pandas DataFrame with the derived columns every figure uses.

Rules (docs/answers.md):
- killed_min missing counts as 0; killed_max missing counts as killed_min (or 0).
- killed_best: the incident's own estimate when it has one; otherwise the midpoint
  of min and max rounded down; with only one of them, that one; with none, 0.
- injured_* follow the same min/max rule.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import pandas as pd

from sitrep.model import Incident, parse_date

# civilians vs combatants ("victim" key): these count every death as civilian
# when the incident gives no separate civilian toll.
CIVILIAN_EVENT_TYPES = {"Violence against civilians"}
ONE_SIDED = 3  # UCDP type_of_violence
CIVILIAN_ACTOR = 7  # ACLED inter code


def _int(v: Any) -> int | None:
    """None for missing values, including the NaN/NA a DataFrame holds."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return int(v)


def killed_range(rec: dict[str, Any]) -> tuple[int, int, int]:
    """(min, best, max) deaths of one incident record, with the None rules above."""
    lo, best, hi = _int(rec.get("killed_min")), _int(rec.get("killed_best")), _int(rec.get("killed_max"))
    if best is None:
        if lo is not None and hi is not None:
            best = (lo + hi) // 2
        else:
            best = lo if lo is not None else (hi if hi is not None else 0)
    lo = lo if lo is not None else 0
    hi = hi if hi is not None else max(lo, best)
    return lo, best, hi


def injured_range(rec: dict[str, Any]) -> tuple[int, int]:
    lo, hi = _int(rec.get("injured_min")), _int(rec.get("injured_max"))
    lo = lo if lo is not None else 0
    return lo, hi if hi is not None else lo


def civilian_range(rec: dict[str, Any]) -> tuple[int, int, int]:
    """(min, best, max) civilian deaths, never more than the incident's deaths."""
    kmin, kbest, kmax = killed_range(rec)
    lo, hi = _int(rec.get("civilians_killed_min")), _int(rec.get("civilians_killed_max"))
    if lo is None and hi is None:
        if (rec.get("event_type") in CIVILIAN_EVENT_TYPES or _int(rec.get("type_of_violence")) == ONE_SIDED
                or _int(rec.get("inter2")) == CIVILIAN_ACTOR):
            return kmin, kbest, kmax
        return 0, 0, 0
    lo = lo if lo is not None else 0
    hi = hi if hi is not None else lo
    return min(lo, kmin), min((lo + hi) // 2, kbest), min(hi, kmax)


def week_start(d: date) -> date:
    """Monday of d's ISO week: weeks are labelled by their first day."""
    return d - timedelta(days=d.weekday())


def records(incidents: Iterable[Incident | dict] | pd.DataFrame) -> list[dict[str, Any]]:
    if isinstance(incidents, pd.DataFrame):
        return incidents.to_dict(orient="records")
    return [i.to_record() if isinstance(i, Incident) else dict(i) for i in incidents]


def to_frame(incidents: Iterable[Incident | dict] | pd.DataFrame) -> pd.DataFrame:
    """One row per incident: the record plus day/week/month/year and resolved figures."""
    if isinstance(incidents, pd.DataFrame) and set(FRAME_COLUMNS) <= set(incidents.columns):
        return incidents.copy()  # already framed
    rows = []
    for rec in records(incidents):
        d = parse_date(rec.get("event_date"))
        kmin, kbest, kmax = killed_range(rec)
        imin, imax = injured_range(rec)
        cmin, cbest, cmax = civilian_range(rec)
        rows.append({
            "id": rec.get("id", ""),
            "date": d,
            "day": d.isoformat() if d else None,
            "week": week_start(d).isoformat() if d else None,
            "month": f"{d.year:04d}-{d.month:02d}" if d else None,
            "year": d.year if d else None,
            "admin1": rec.get("admin1") or "",
            "country": rec.get("country") or "",
            "actor1": rec.get("actor1") or "",
            "actor2": rec.get("actor2") or "",
            "event_type": rec.get("event_type") or "",
            "sub_event_type": rec.get("sub_event_type") or "",
            "origin": rec.get("origin") or "",
            "killed_min": kmin, "killed_best": kbest, "killed_max": kmax,
            "injured_min": imin, "injured_max": imax,
            "civilians_min": cmin, "civilians_best": cbest, "civilians_max": cmax,
            # the rest of the deaths: combatants, or victims the reports did not describe
            "others_min": max(0, kmin - cmax), "others_best": max(0, kbest - cbest),
            "others_max": max(0, kmax - cmin),
        })
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


FRAME_COLUMNS = ["id", "date", "day", "week", "month", "year", "admin1", "country", "actor1", "actor2",
            "event_type", "sub_event_type", "origin", "killed_min", "killed_best", "killed_max",
            "injured_min", "injured_max", "civilians_min", "civilians_best", "civilians_max",
            "others_min", "others_best", "others_max"]
