"""Published datasets (UCDP GED, ACLED) read as Incidents, to sit beside sitrep's own.

The imported figures are kept as published: UCDP low/best/high become
killed_min/killed_best/killed_max; ACLED's single `fatalities` is all three.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from sitrep.export.countries import country
from sitrep.model import Incident, Place, parse_date

# UCDP date_prec (1 day, 2 two-six days, 3 week, 4 month, 5 longer) -> ACLED time_precision
TIME_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
# UCDP where_prec (1 exact ... 7 international waters) -> ACLED geo_precision
GEO_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# ACLED geo_precision -> UCDP where_prec
WHERE_PREC = {1: 1, 2: 2, 3: 4}
_ADMIN_SUFFIX = re.compile(r"\s+(province|governorate|muhafazat|region|state)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def admin1_name(raw: str, iso2: str = "") -> str:
    """"Al Anbār province" -> the geo stage's canonical spelling ("Al-Anbar"); a name it
    does not know keeps its own spelling without the " province"/" governorate" suffix."""
    name = _ADMIN_SUFFIX.sub("", " ".join((raw or "").split()))
    if not name:
        return ""
    try:  # the geo stage owns canonical governorate spellings
        from sitrep.geo import canonical_admin1
    except ImportError:
        return name
    return canonical_admin1(name, iso2) or name


def _int(v: str | None) -> int | None:
    v = (v or "").strip()
    if not v:
        return None
    try:
        return int(float(v))
    except ValueError:
        return None


def _float(v: str | None) -> float | None:
    v = (v or "").strip()
    try:
        return float(v) if v else None
    except ValueError:
        return None


def _rows(path: str | Path) -> Iterator[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        yield from csv.DictReader(f)


def _split(value: str, sep: str = ";") -> list[str]:
    seen: list[str] = []
    for s in (value or "").split(sep):
        s = s.strip().strip('"').strip()
        if s and s not in seen:
            seen.append(s)
    return seen


def import_ucdp(path: str | Path) -> list[Incident]:
    """UCDP GED CSV (full or HDX flavour; the HXL tag row is skipped) -> Incidents."""
    out = []
    for row in _rows(path):
        if not (row.get("id") or "").strip() or (row.get("id") or "").startswith("#"):
            continue  # HDX's HXL tag row has no id
        c = country(row.get("country")) or country(row.get("iso3"))
        country_name = c.name if c else row.get("country", "")
        where_prec = _int(row.get("where_prec"))
        place = Place(
            name=(row.get("where_coordinates") or "").strip(),
            country=country_name, iso2=c.iso2 if c else "",
            admin1=admin1_name(row.get("adm_1", ""), c.iso2 if c else ""),
            admin2=(row.get("adm_2") or "").strip(),
            latitude=_float(row.get("latitude")), longitude=_float(row.get("longitude")),
            geo_precision=GEO_PRECISION.get(where_prec or 6, 3), where_prec=where_prec or 6,
            gazetteer_id="", feature="", query="")
        low, best, high = _int(row.get("low")), _int(row.get("best")), _int(row.get("high"))
        civ = _int(row.get("deaths_civilians"))
        tov = _int(row.get("type_of_violence"))
        out.append(Incident(
            id=f"ucdp:{row['id'].strip()}",
            sources=_split(row.get("source_office", "")),
            event_date=parse_date(row.get("date_start")),
            time_precision=TIME_PRECISION.get(_int(row.get("date_prec")) or 1, 3),
            actor1=(row.get("side_a") or "").strip(),
            actor2=(row.get("side_b") or "").strip(),
            inter1=1 if _int(row.get("gwnoa")) else None,
            inter2=1 if _int(row.get("gwnob")) else (7 if tov == 3 else None),
            type_of_violence=tov,
            place=place,
            killed_min=low, killed_best=best, killed_max=high,
            civilians_killed_min=civ, civilians_killed_max=civ,
            fatalities=low or 0,  # ACLED's conservative rule: the low estimate
            notes=(row.get("source_headline") or "").strip(),
            origin="ucdp",
        ))
    return out


def _acled_date(value: str) -> date | None:
    """ACLED dates: ISO (current exports) or "28 October 2014" / "28-October-2014" (older)."""
    d = parse_date(value)
    if d:
        return d
    for f in ("%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d %b %Y"):
        try:
            return datetime.strptime((value or "").strip(), f).date()
        except ValueError:
            continue
    return None


def _inter(v: str | None) -> int | None:
    """inter1/inter2: numeric codes, or the type names recent exports print."""
    n = _int(v)
    if n is not None:
        return n
    from sitrep.taxonomy import inter_codes

    names = {name.casefold(): code for code, name in inter_codes().items()}
    return names.get((v or "").strip().casefold())


def import_acled(path: str | Path) -> list[Incident]:
    """ACLED CSV export, current or pre-2023 column set -> Incidents."""
    out = []
    for row in _rows(path):
        event_id = (row.get("event_id_cnty") or "").strip()
        if not event_id or event_id.startswith("#"):
            continue
        c = country(row.get("country")) or country(row.get("iso3")) or country(row.get("iso"))
        country_name = c.name if c else row.get("country", "")
        geo_precision = _int(row.get("geo_precision")) or 3
        place = Place(
            name=(row.get("location") or "").strip(), country=country_name, iso2=c.iso2 if c else "",
            admin1=admin1_name(row.get("admin1", ""), c.iso2 if c else ""),
            admin2=(row.get("admin2") or "").strip(),
            latitude=_float(row.get("latitude")), longitude=_float(row.get("longitude")),
            geo_precision=geo_precision, where_prec=WHERE_PREC.get(geo_precision, 4))
        fat = _int(row.get("fatalities")) or 0
        event_type = (row.get("event_type") or "").strip()
        sub = (row.get("sub_event_type") or "").strip()
        civilian = (row.get("civilian_targeting") or "").strip()
        out.append(Incident(
            id=f"acled:{event_id}",
            sources=_split(row.get("source", "")),
            event_date=_acled_date(row.get("event_date", "")),
            time_precision=_int(row.get("time_precision")) or 1,
            event_type=event_type, sub_event_type=sub,
            disorder_type=(row.get("disorder_type") or "").strip(),
            actor1=(row.get("actor1") or "").strip(), actor2=(row.get("actor2") or "").strip(),
            inter1=_inter(row.get("inter1")), inter2=_inter(row.get("inter2")),
            place=place,
            killed_min=fat, killed_best=fat, killed_max=fat,
            civilians_killed_min=fat if civilian else None,
            civilians_killed_max=fat if civilian else None,
            fatalities=fat,
            notes=(row.get("notes") or "").strip(),
            origin="acled",
        ))
    return out
