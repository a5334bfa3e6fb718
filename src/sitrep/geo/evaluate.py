"""Measure the geocoder against coded places: admin1 accuracy and distance.

    python -m sitrep.geo.evaluate ../shared/data/ucdp-ged [--without-ucdp-layer]

Rows are (place text, expected admin1 in any spelling, latitude, longitude[, country]).
For UCDP GED, the text is `where_coordinates` with its feature word dropped
("Al Fallūjah town" -> "Al Fallūjah"); rows coded only to a province, country or
road (where_prec >= 4, "Road between ...") are left out: they name no place.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import statistics
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sitrep.geo.admin import canonical_admin1
from sitrep.geo.geocoder import Geocoder

_FEATURE = re.compile(r"\s+(town|city|village|neighbou?rhood|suburb|district|locality|area)$", re.IGNORECASE)
_SKIP = re.compile(r"\b(between|road|highway|route)\b|\s-\s", re.IGNORECASE)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def place_text(where: str) -> str:
    """'Al Fallūjah town' -> 'Al Fallūjah'; 'Tadmur/Palmyra town' -> 'Tadmur'."""
    text = re.sub(r"\s*\([^)]*\)", "", re.sub(r"\s+", " ", where)).strip()
    return _FEATURE.sub("", text).split("/")[0].strip()


def ucdp_rows(folder: Path) -> list[tuple[str, str, float, float, str]]:
    rows = []
    for f in sorted(Path(folder).glob("ged_*.csv")):
        with f.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if not r["id"] or not r["where_prec"].isdigit() or int(r["where_prec"]) > 3:
                    continue  # HXL tag row; province/country-level rows
                if _SKIP.search(r["where_coordinates"]):
                    continue
                rows.append((place_text(r["where_coordinates"]), r["adm_1"],
                             float(r["latitude"]), float(r["longitude"]), r["country"]))
    return rows


def evaluate(rows: Iterable[tuple], geocoder: Geocoder | None = None,
             country: str | None = None) -> dict:
    """Admin1 accuracy and distance statistics of geocoder.locate over the rows."""
    g = geocoder or Geocoder()
    n = found = a1_ok = 0
    dists: list[float] = []
    misses: dict[str, int] = {}
    for row in rows:
        text, adm1, lat, lon = row[:4]
        theatre = row[4] if len(row) > 4 and row[4] else country
        n += 1
        place = g.locate(text, country=theatre)
        if place is None or place.latitude is None:
            misses[text] = misses.get(text, 0) + 1
            continue
        found += 1
        if place.admin1 and place.admin1 == canonical_admin1(adm1, place.iso2):
            a1_ok += 1
        dists.append(haversine_km(lat, lon, place.latitude, place.longitude))
    return {
        "rows": n,
        "resolved": found / n if n else 0.0,
        "admin1_accuracy": a1_ok / n if n else 0.0,
        "median_km": statistics.median(dists) if dists else None,
        "within_10km": sum(d <= 10 for d in dists) / n if n else 0.0,
        "within_50km": sum(d <= 50 for d in dists) / n if n else 0.0,
        "top_misses": sorted(misses.items(), key=lambda kv: -kv[1])[:15],
    }


# ACLED-style notes for UCDP events: how coded event descriptions name a place,
# "in Tarmiya (Baghdad)". Only the place comes from UCDP; the wording is ours.
_ACTORS = {1: ("Iraqi security forces clashed with IS militants", "SAA forces clashed with rebels"),
           2: ("IS militants clashed with Peshmerga forces", "IS militants clashed with SDF fighters"),
           3: ("IS militants attacked civilians", "unidentified gunmen attacked civilians")}


def acled_style_rows(path: Path, since_year: int | None = None) -> list[dict[str, str]]:
    """ACLED-format rows (notes, admin1, coordinates) built from UCDP GED events coded to a
    named place (where_prec <= 2). The note names the place with UCDP's spelling (diacritics
    dropped) and the governorate in parentheses, as ACLED notes do."""
    from sitrep.geo.text import ascii_form

    out = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if not (r.get("id") or "").strip() or not r["where_prec"].isdigit():
                continue
            if int(r["where_prec"]) > 2 or _SKIP.search(r["where_coordinates"]):
                continue
            if since_year is not None and int(r["year"]) < since_year:
                continue
            iso2 = "IQ" if r["country"] == "Iraq" else "SY" if r["country"] == "Syria" else ""
            adm1 = canonical_admin1(r["adm_1"], iso2)
            if not adm1:
                continue
            words = place_text(r["where_coordinates"])
            name = ascii_form(words).replace("'", "")
            if not name:
                continue
            day = r["date_start"][:10]
            actors = _ACTORS.get(int(r["type_of_violence"]), _ACTORS[1])[iso2 == "SY"]
            d = date.fromisoformat(day)
            best = int(float(r["best"] or 0))
            note = (f"On {d.day} {d:%B %Y}, {actors} in {name} ({adm1}). "
                    f"{best} fatalities.")
            out.append({"event_id_cnty": f"UCDP{r['id']}", "event_date": day,
                        "time_precision": "1", "event_type": "Battles",
                        "sub_event_type": "Armed clash", "country": r["country"],
                        "admin1": adm1, "location": name, "latitude": r["latitude"],
                        "longitude": r["longitude"], "fatalities": str(best), "notes": note,
                        "source": r["source_office"].split(";")[0]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="Evaluate the gazetteer on UCDP GED places.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--without-ucdp-layer", action="store_true",
                    help="leave out the UCDP-derived site layer (GeoNames + aliases only)")
    ap.add_argument("--acled-style", type=Path, metavar="OUT.csv",
                    help="write ACLED-style notes for the folder's events instead (see "
                         "acled_style_rows), then score them with `sitrep evaluate OUT.csv`")
    ap.add_argument("--since", type=int, help="with --acled-style: events of this year or later")
    args = ap.parse_args()
    if args.acled_style:
        rows = [r for f in sorted(args.folder.glob("ged_*.csv"))
                for r in acled_style_rows(f, args.since)]
        with args.acled_style.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        print(f"{args.acled_style}: {len(rows)} ACLED-style notes")
        return
    layers = tuple(k for k in ("country", "admin1", "admin2", "city", "site", "alias")
                   if not (args.without_ucdp_layer and k == "site"))
    g = Geocoder(layers=layers)
    rows = ucdp_rows(args.folder)
    for label in sorted({r[4] for r in rows}):
        sub = [r for r in rows if r[4] == label]
        for unique in (False, True):
            use = list({r[0] + "|" + r[1]: r for r in sub}.values()) if unique else sub
            res = evaluate(use, g)
            kind = "unique names" if unique else "events"
            print(f"{label} ({kind}, n={res['rows']}): resolved {res['resolved']:.3f}, "
                  f"admin1 {res['admin1_accuracy']:.3f}, median {res['median_km']:.1f} km, "
                  f"<=10 km {res['within_10km']:.3f}, <=50 km {res['within_50km']:.3f}")
            if unique:
                print("   top misses:", ", ".join(f"{t} ({c})" for t, c in res["top_misses"][:10]))


if __name__ == "__main__":
    main()
