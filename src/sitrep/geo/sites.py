"""UCDP conflict-site layer: which file the gazetteer reads, and building one for a held-out test.

The packaged `ucdp_sites.tsv` was built from every UCDP GED row we have, so measuring sitrep on
those same UCDP events with the layer on is in-sample. `SITREP_GEO_SITES` switches the layer:

    SITREP_GEO_SITES=off            no UCDP sites (GeoNames + admin units + curated aliases)
    SITREP_GEO_SITES=/path/x.tsv    another sites file, e.g. one built from early years only:

    python -m sitrep.geo.sites ../shared/data/ucdp-ged --until 2012 -o /tmp/sites_2012.tsv
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.geo.admin import DATA, canonical_admin1
from sitrep.geo.text import ascii_form, norm

COLUMNS = ["name", "alt_names", "feature", "iso2", "admin1", "admin2", "latitude", "longitude",
           "where_prec", "events"]
_FEATURES = {"town", "city", "village", "neighbourhood", "neighborhood", "suburb", "district",
             "locality", "area"}
_SKIP = re.compile(r"\b(between|road|highway|route)\b|\s-\s", re.IGNORECASE)
_ISO2 = {"Iraq": "IQ", "Syria": "SY", "Turkey": "TR", "Iran": "IR", "Jordan": "JO",
         "Lebanon": "LB", "Israel": "IL", "Saudi Arabia": "SA", "Kuwait": "KW", "Yemen": "YE",
         "Libya": "LY", "Egypt": "EG"}


def sites_path() -> Path | None:
    """The sites TSV the gazetteer reads; None when the layer is switched off."""
    v = os.environ.get("SITREP_GEO_SITES", "").strip()
    if v.lower() in ("off", "none", "0", "no", "false"):
        return None
    return Path(v) if v else Path(str(DATA / "ucdp_sites.tsv"))


def parse_where(text: str) -> tuple[list[str], str]:
    """'Tadmur/Palmyra town' -> (['Tadmur', 'Palmyra'], 'town')."""
    text = re.sub(r"\s+", " ", text).strip()
    alts = re.findall(r"\(([^)]*)\)", text)
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    words, feature = text.split(), ""
    if len(words) > 1 and norm(words[-1]) in _FEATURES:
        feature = norm(words.pop()).replace("neighborhood", "neighbourhood")
    names = [n.strip() for n in " ".join(words).split("/") if n.strip()]
    # "(Deir Ezzor)" names the province, not another name for the site
    return names + [a.strip() for a in alts if a.strip() and not canonical_admin1(a)], feature


def build_sites(paths: list[Path], until_year: int | None = None) -> list[list]:
    """Sites from UCDP GED CSVs (rows coded to a place, where_prec <= 3), optionally only
    from events up to `until_year`."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                if not (r.get("id") or "").strip() or not r["where_prec"].isdigit():
                    continue
                if int(r["where_prec"]) > 3 or _SKIP.search(r["where_coordinates"] or ""):
                    continue
                if until_year is not None and int(r["year"]) > until_year:
                    continue
                iso2 = _ISO2.get(r["country"], "")
                adm1 = canonical_admin1(r["adm_1"], iso2)
                groups[(r["where_coordinates"].strip(), iso2, adm1)].append(r)
    rows = []
    for (where, iso2, adm1), rs in sorted(groups.items()):
        names, feature = parse_where(where)
        if not names or not iso2 or not adm1:  # "Northern Iraq", "Syria": not sites
            continue
        point = Counter((round(float(r["latitude"]), 5), round(float(r["longitude"]), 5))
                        for r in rs).most_common(1)[0][0]
        adm2 = Counter(ascii_form(r["adm_2"]).replace("‘", "'") for r in rs if r["adm_2"]).most_common(1)
        rows.append([names[0], "|".join(names[1:]), feature, iso2, adm1,
                     adm2[0][0] if adm2 else "", f"{point[0]:.5f}", f"{point[1]:.5f}",
                     min(int(r["where_prec"]) for r in rs), len(rs)])
    return rows


def write_sites(rows: list[list], out: Path, note: str) -> None:
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(f"# Conflict sites from UCDP GED (CC BY 4.0). {note}\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Build a UCDP sites TSV (e.g. a held-out split).")
    ap.add_argument("folder", type=Path, help="folder of UCDP GED ged_*.csv files")
    ap.add_argument("--until", type=int, default=None, help="only events of this year or before")
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = build_sites(sorted(args.folder.glob("ged_*.csv")), args.until)
    write_sites(rows, args.out, f"Events up to {args.until}." if args.until else "All years.")
    print(f"{args.out}: {len(rows)} sites")


if __name__ == "__main__":
    main()
