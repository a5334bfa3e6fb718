"""Country codes the exports need: ISO 3166 numeric (ACLED `iso`), ISO3, ACLED and
UCDP regions, and Gleditsch-Ward numbers (UCDP `country_id`). Data file:
data/export/countries.csv."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso2: str
    iso3: str
    numeric: int
    acled_region: str
    ucdp_region: str
    gwno: int


@lru_cache(maxsize=1)
def _index() -> dict[str, Country]:
    text = resources.files("sitrep.data").joinpath("export/countries.csv").read_text(encoding="utf-8")
    index: dict[str, Country] = {}
    for row in csv.DictReader(io.StringIO(text)):
        c = Country(row["name"], row["iso2"], row["iso3"], int(row["numeric"]), row["acled_region"],
                    row["ucdp_region"], int(row["gwno"]))
        keys = [c.name, c.iso2, c.iso3, str(c.numeric)] + [a for a in row["aliases"].split(";") if a]
        for k in keys:
            index.setdefault(k.strip().casefold(), c)
    return index


def country(key: str | int | None) -> Country | None:
    """Look a country up by name, alias, ISO2, ISO3 or ISO numeric code."""
    if key is None or key == "":
        return None
    return _index().get(str(key).strip().casefold())
