"""Incidents as the tables of other datasets: ACLED's export and UCDP's GED.

Column lists are data (data/export/acled_columns.txt, ucdp_columns.txt). Fields
sitrep does not know are written blank, never guessed.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterable
from functools import cache
from importlib import resources

import pandas as pd

from sitrep.analyze import civilian_range, killed_range
from sitrep.export.countries import country
from sitrep.model import Incident
from sitrep.taxonomy import disorder_type

# ACLED time_precision (1 day, 2 week, 3 month) -> UCDP date_prec (1 day, 3 week, 4 month)
UCDP_DATE_PREC = {1: 1, 2: 3, 3: 4}
STATE_FORCES, CIVILIANS = 1, 7


@cache
def columns(name: str) -> list[str]:
    """The column list of a format ("acled" or "ucdp"), from its data file."""
    text = resources.files("sitrep.data").joinpath(f"export/{name}_columns.txt").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def stable_numbers(ids: list[str], modulo: int = 10**9) -> dict[str, int]:
    """A number per incident id that survives re-runs (derived from the id, not the row
    order); the rare collision in one file moves to the next free number."""
    taken: set[int] = set()
    out: dict[str, int] = {}
    for i in sorted(ids):
        n = int(hashlib.sha1(i.encode("utf-8")).hexdigest()[:12], 16) % modulo or 1
        while n in taken:
            n = n % (modulo - 1) + 1
        taken.add(n)
        out[i] = n
    return out


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """PRIO-GRID cell (0.5 degree) of a point, numbered row by row from (-90, -180)."""
    if lat is None or lon is None:
        return None
    row = min(math.floor((lat + 90) / 0.5), 359)
    col = min(math.floor((lon + 180) / 0.5), 719)
    return row * 720 + col + 1


def _sources(inc: Incident) -> list[str]:
    return [s for s in inc.sources if s]


def conservative_fatalities(inc: Incident) -> int:
    """ACLED's figure: the lowest credible toll; the linker's `fatalities` when set,
    else the low end of the range (0 with no information)."""
    return inc.fatalities or (inc.killed_min or 0)


def civilian_targeting(inc: Incident) -> bool:
    return inc.event_type == "Violence against civilians" or inc.inter2 == CIVILIANS \
        or inc.type_of_violence == 3


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: the two actor types, lower first ("13"); one actor: "10"."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return f"{codes[0]}0" if len(codes) == 1 else f"{codes[0]}{codes[1]}"


def _external_id(inc: Incident, origin: str) -> str | None:
    prefix = f"{origin}:"
    return inc.id[len(prefix):] if inc.origin == origin and inc.id.startswith(prefix) else None


def acled_frame(incidents: Iterable[Incident], timestamp: int | None = None) -> pd.DataFrame:
    """One row per incident with ACLED's current columns, in ACLED's order."""
    incidents = list(incidents)
    stamp = int(time.time()) if timestamp is None else timestamp
    numbers = stable_numbers([i.id for i in incidents])
    rows = []
    for inc in sorted(incidents, key=lambda i: (i.event_date or pd.Timestamp.min.date(), i.id)):
        p = inc.place
        c = country(p.country or p.iso2) if p else None
        iso3 = c.iso3 if c else "XXX"
        rows.append({
            "event_id_cnty": _external_id(inc, "acled") or f"{iso3}{numbers[inc.id]}",
            "event_date": inc.event_date.isoformat() if inc.event_date else "",
            "year": inc.event_date.year if inc.event_date else None,
            "time_precision": inc.time_precision,
            "disorder_type": inc.disorder_type or disorder_type(inc.event_type),
            "event_type": inc.event_type,
            "sub_event_type": inc.sub_event_type,
            "actor1": inc.actor1,
            "assoc_actor_1": "",
            "inter1": inc.inter1,
            "actor2": inc.actor2,
            "assoc_actor_2": "",
            "inter2": inc.inter2,
            "interaction": interaction(inc.inter1, inc.inter2),
            "civilian_targeting": "Civilian targeting" if civilian_targeting(inc) else "",
            "iso": c.numeric if c else None,
            "region": c.acled_region if c else "",
            "country": (c.name if c else p.country) if p else "",
            "admin1": p.admin1 if p else "",
            "admin2": p.admin2 if p else "",
            "admin3": "",
            "location": p.name if p else "",
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "geo_precision": p.geo_precision if p else None,
            "source": "; ".join(_sources(inc)),
            "source_scale": "",
            "notes": inc.notes,
            "fatalities": conservative_fatalities(inc),
            "tags": f"sitrep_id={inc.id}",
            "timestamp": stamp,
        })
    df = pd.DataFrame(rows, columns=columns("acled"))
    for c in ("year", "inter1", "inter2", "iso", "geo_precision"):
        df[c] = df[c].astype("Int64")
    return df


def ucdp_frame(incidents: Iterable[Incident]) -> pd.DataFrame:
    """One row per incident with the full UCDP GED column set, then `sitrep_id`."""
    incidents = list(incidents)
    numbers = stable_numbers([i.id for i in incidents])
    rows = []
    for inc in sorted(incidents, key=lambda i: (i.event_date or pd.Timestamp.min.date(), i.id)):
        p = inc.place
        c = country(p.country or p.iso2) if p else None
        rec = inc.to_record()
        low, best, high = killed_range(rec)
        civ = civilian_range(rec)[1]
        ext = _external_id(inc, "ucdp")
        d = inc.event_date
        lat, lon = (p.latitude, p.longitude) if p else (None, None)
        side_b = inc.actor2 or ("Civilians" if inc.type_of_violence == 3 else "")
        rows.append({
            "id": int(ext) if ext and ext.isdigit() else numbers[inc.id],
            "year": d.year if d else None,
            "active_year": None,
            "start_year": d.year if d else None,
            "end_year": d.year if d else None,
            "type_of_violence": inc.type_of_violence,
            "conflict_new_id": None, "conflict_name": "",
            "dyad_new_id": None,
            "dyad_name": f"{inc.actor1} - {side_b}" if inc.actor1 and side_b else "",
            "side_a_new_id": None,
            "gwnoa": c.gwno if c and inc.inter1 == STATE_FORCES else None,
            "side_a": inc.actor1,
            "side_b_new_id": None,
            "gwnob": c.gwno if c and inc.inter2 == STATE_FORCES else None,
            "side_b": side_b,
            "number_of_sources": len(_sources(inc)),
            "source_article": "", "source_office": ";".join(_sources(inc)), "source_date": "",
            "source_headline": "", "source_original": "",
            "where_prec": p.where_prec if p else None,
            "where_coordinates": p.name if p else "",
            "adm_1": p.admin1 if p else "",
            "adm_2": p.admin2 if p else "",
            "latitude": lat, "longitude": lon,
            "geom_wkt": f"POINT ({lon:.6f} {lat:.6f})" if lat is not None and lon is not None else "",
            "priogrid_gid": priogrid_gid(lat, lon),
            "country": (c.name if c else p.country) if p else "",
            "country_id": c.gwno if c else None,
            "iso3": c.iso3 if c else "",
            "region": c.ucdp_region if c else "",
            "event_clarity": 1,  # one incident, not a UCDP aggregate of several
            "date_prec": UCDP_DATE_PREC.get(inc.time_precision, 5) if d else None,
            "date_start": d.isoformat() if d else "",
            "date_end": d.isoformat() if d else "",
            # sides unknown: deaths not attributed to civilians go to deaths_unknown, as UCDP does
            "deaths_a": 0, "deaths_b": 0, "deaths_civilians": civ, "deaths_unknown": best - civ,
            "low": low, "best": best, "high": high,
            "sitrep_id": inc.id,
        })
    return pd.DataFrame(rows, columns=columns("ucdp") + ["sitrep_id"])
