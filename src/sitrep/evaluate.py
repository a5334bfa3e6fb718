"""Score the extractor against human-coded reference events (`sitrep evaluate`).

A reference event carries the text a coder read (a UCDP headline, ACLED notes or a dev-set
sentence) and the values they coded. Each text becomes one Report; the report's MAIN event
(mentions[0]) is compared with the reference field by field. A report with no event is a
miss for every field, except for dev-set non-events, where "no event" is the right answer.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.model import EventMention, Report, parse_date

ExtractFn = Callable[[list[Report], str | None], Iterable[tuple[Report, list[EventMention]]]]

NO_EVENT = "(none)"  # class label of a non-event in the per-class report

# UCDP codes no ACLED sub-types. Its type of violence still rules some ACLED event types out:
# one-sided violence is never a battle, state-based and non-state conflict never target
# civilians only. Remote violence fits any of them.
UCDP_COMPATIBLE = {
    1: {"Battles", "Explosions/Remote violence", "Strategic developments"},
    2: {"Battles", "Explosions/Remote violence", "Strategic developments"},
    3: {"Violence against civilians", "Explosions/Remote violence"},
}


@dataclass(slots=True)
class RefEvent:
    """One human-coded event and the text it was coded from."""

    id: str
    text: str
    origin: str  # "ucdp", "acled", "devset"
    source: str = ""
    published: date | None = None  # the report's date (UCDP source_date)
    country: str = ""
    event_type: str | None = None  # None: the reference does not code it
    sub_event_type: str | None = None
    type_of_violence: int | None = None
    fatalities: int | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured: int | None = None
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    event_date: date | None = None  # only when the reference knows the exact day
    style: str = ""
    split: str = ""  # dev-set JSONL: "dev" or "blind" where the set has both
    # FA-KES: the governorates the article is about (any counts); admin1 stays "".
    admin1_options: tuple[str, ...] = ()
    location: str = ""  # a coded note's place name, where the reference gives no point


# --- loading -------------------------------------------------------------------------


def detect_format(path: str | Path) -> str:
    path = Path(path)
    if path.suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as f:
            first = next((ln for ln in f if ln.strip()), "{}")
        try:
            item = json.loads(first)
        except json.JSONDecodeError:
            return "devset"
        if isinstance(item, dict) and "location" in item and "event_type" not in item:
            return "fakes"
        return "devset"
    with path.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f), [])
    if "source_headline" in header:
        return "ucdp"
    if "notes" in header and "sub_event_type" in header:
        return "acled"
    raise ValueError(f"{path}: not a UCDP GED or ACLED CSV, nor a dev-set JSONL")


def load_reference(path: str | Path, fmt: str | None = None,
                   headlines: str = "first") -> list[RefEvent]:
    """Read reference events. fmt: "ucdp", "acled", "devset", "fakes" or None to detect.

    UCDP: `headlines="first"` gives one reference per event, the first listed source's
    headline (aligned with its source_office/source_date); "all" gives one per distinct
    headline, each scored against the same coded values.
    """
    fmt = fmt or detect_format(path)
    if fmt == "ucdp":
        return list(_read_ucdp(Path(path), headlines))
    if fmt == "acled":
        return list(_read_acled(Path(path)))
    if fmt == "devset":
        return list(_read_devset(Path(path)))
    if fmt == "fakes":
        return list(_read_fakes(Path(path)))
    raise ValueError(f"unknown reference format {fmt!r}")


_ARTICLE = re.compile(r"^(?P<office>.*?),(?P<date>\d{4}-\d{2}-\d{2}),(?P<headline>.*)$",
                      re.DOTALL)


def ucdp_sources(row: dict[str, str]) -> list[tuple[str, str, str]]:
    """(office, date, headline) for each source of a GED row.

    `source_article` quotes each source as "office,date,headline", so a ';' inside a
    headline is safe there. Without it, split office/date/headline on ';' and zip them only
    when the counts agree; otherwise keep the whole headline with the first office and date.
    """
    out = []
    article = (row.get("source_article") or "").strip()
    if article:
        for item in next(csv.reader([article], delimiter=";", quotechar='"'), []):
            m = _ARTICLE.match(item.strip())
            if m and m["headline"].strip():
                out.append((m["office"].strip(), m["date"], m["headline"].strip()))
    if out:
        return out
    headline = (row.get("source_headline") or "").strip()
    if not headline:
        return []
    offices = (row.get("source_office") or "").split(";")
    dates = (row.get("source_date") or "").split(";")
    parts = headline.split(";")
    if len(parts) == len(offices) == len(dates):
        return [(o.strip(), d.strip(), h.strip()) for o, d, h in zip(offices, dates, parts)
                if h.strip()]
    return [(offices[0].strip(), dates[0].strip(), headline)]


def _int(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _read_ucdp(path: Path, headlines: str) -> Iterator[RefEvent]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if not (row.get("id") or "").strip():  # the HXL tag row
                continue
            exact = _int(row.get("date_prec")) == 1
            sources = ucdp_sources(row)
            if headlines == "first":
                sources = sources[:1]
            seen = set()
            for k, (office, day, headline) in enumerate(sources):
                if headline in seen:
                    continue
                seen.add(headline)
                yield RefEvent(
                    id=f"ucdp:{row['id']}" + (f"#{k}" if k else ""),
                    text=headline,
                    origin="ucdp",
                    source=office,
                    published=parse_date(day),
                    country=row.get("country", ""),
                    type_of_violence=_int(row.get("type_of_violence")),
                    fatalities=_int(row.get("best")),
                    admin1=row.get("adm_1", "") or "",
                    latitude=_float(row.get("latitude")),
                    longitude=_float(row.get("longitude")),
                    event_date=parse_date(row.get("date_start")) if exact else None,
                )


def _acled_date(value: str) -> date | None:
    d = parse_date(value)
    if d is None and value:
        for fmt_ in ("%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
            try:
                return datetime.strptime(value.strip(), fmt_).date()
            except ValueError:
                continue
    return d


def _read_acled(path: Path) -> Iterator[RefEvent]:
    # Old exports (before March 2023) have data_id/event_id_no_cnty and no
    # civilian_targeting/tags; only the columns both share are read.
    with path.open(encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=1):
            notes = (row.get("notes") or "").strip()
            if not notes:
                continue
            day = _acled_date(row.get("event_date", ""))
            rid = row.get("event_id_cnty") or row.get("data_id") or str(n)
            yield RefEvent(
                id=f"acled:{rid}",
                text=notes,
                origin="acled",
                source=row.get("source", "") or "",
                # ACLED keeps no report date; notes open with the event date, so it serves.
                published=day,
                country=row.get("country", "") or "",
                event_type=row.get("event_type", "") or "",
                sub_event_type=row.get("sub_event_type", "") or "",
                fatalities=_int(row.get("fatalities")),
                admin1=row.get("admin1", "") or "",
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                event_date=day if _int(row.get("time_precision")) in (1, None) else None,
            )


def _read_devset(path: Path) -> Iterator[RefEvent]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            yield RefEvent(
                id=str(item.get("id") or f"devset:{n}"),
                text=item["text"],
                origin="devset",
                source=item.get("source", ""),
                published=parse_date(item.get("published")),
                country=item.get("country", ""),
                event_type=item.get("event_type", ""),
                sub_event_type=item.get("sub_event_type", ""),
                fatalities=_int(item.get("fatalities")),
                killed_min=_int(item.get("killed_min")),
                killed_max=_int(item.get("killed_max")),
                injured=_int(item.get("injured")),
                admin1=item.get("admin1", ""),
                latitude=_float(item.get("latitude")),
                longitude=_float(item.get("longitude")),
                event_date=parse_date(item.get("event_date")),
                style=item.get("style", ""),
                split=item.get("split", ""),
                location=item.get("location", "") or "",
            )


@lru_cache(maxsize=1)
def fakes_locations() -> dict[str, tuple[str, ...]]:
    res = resources.files("sitrep.data").joinpath("evaluation/fakes_locations.yaml")
    with res.open(encoding="utf-8") as f:
        return {k.lower(): tuple(v) for k, v in (yaml.safe_load(f) or {}).items()}


def _read_fakes(path: Path) -> Iterator[RefEvent]:
    """FA-KES articles: full text, and the place the article is about (`location`)."""
    table = fakes_locations()
    seen: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text") or ""
            if not text.strip() or text in seen:  # the dataset repeats a few articles
                continue
            seen.add(text)
            loc = (item.get("location") or "").strip().lower()
            yield RefEvent(
                id=f"fakes:{item.get('id') or n}:{n}",
                text=text,
                origin="fakes",
                source=item.get("source", "") or "",
                published=parse_date(item.get("published")),
                country="Syria",
                admin1_options=table.get(loc, (loc,) if loc else ()),
            )


# --- admin1 names ----------------------------------------------------------------------

_ADMIN_WORDS = {"province", "governorate", "muhafazat", "muhafazah", "muhafaza", "wilayat",
                "wilayah", "region", "state", "of"}
_ARTICLES = {"al", "el", "ad", "ed", "as", "an", "ar", "at", "ash", "az", "ez", "ud", "ul"}


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’ʿʾ`´]", "", s)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    words = [w for w in words if w not in _ADMIN_WORDS and w not in _ARTICLES]
    s = "".join(words)
    s = re.sub(r"(.)\1+", r"\1", s)  # raqqa/raqa, hassakeh/hasakeh
    return re.sub(r"(?<=[aeiou])h$", "", s)  # basrah/basra


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    res = resources.files("sitrep.data").joinpath("evaluation/admin1_aliases.yaml")
    with res.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    table: dict[str, str] = {}
    for groups in data.values():
        for canon, variants in groups.items():
            for v in [canon, *variants]:
                table[_fold(v)] = _fold(canon)
    return table


def _geo_canonical(name: str, iso2: str = "") -> str:
    # The geo stage's canonical names, when it knows the spelling; our own folding otherwise.
    try:
        from sitrep.geo import canonical_admin1
    except ImportError:
        return ""
    try:
        return canonical_admin1(name, iso2) or (canonical_admin1(name) if iso2 else "")
    except Exception:  # a broken gazetteer must not stop an evaluation
        return ""


def normalise_admin1(name: str | None, iso2: str = "") -> str:
    """A comparison key: "Şalāḩ ad Dīn province" and "Salahuddin" give the same key. With the
    country (`iso2`), a name several countries use ("Southern District") is read as its."""
    if not name:
        return ""
    key = _fold(_geo_canonical(name, iso2) or name)
    return _aliases().get(key, key)


# --- scoring ---------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def select(refs: list[RefEvent], limit: int | None = None, country: str | None = None,
           sample: bool = True, seed: int = 0) -> list[RefEvent]:
    """Refs of `country` (refs with no country are kept), then `limit` of them: a seeded
    random sample kept in file order (reference files are sorted, so the first N would be
    one period or one place), or the first `limit` with sample=False."""
    if country:
        c = country.strip().lower()
        refs = [r for r in refs if not r.country or r.country.strip().lower() == c]
    if limit is not None and limit < len(refs):
        if sample:
            idx = sorted(random.Random(seed).sample(range(len(refs)), limit))
            refs = [refs[i] for i in idx]
        else:
            refs = refs[:limit]
    return refs


def _to_report(ref: RefEvent) -> Report:
    return Report(text=ref.text, published=ref.published, source=ref.source, country=ref.country,
                  external_id=ref.id, origin=ref.id)


def run_extraction(refs: list[RefEvent], extract_fn: ExtractFn, country: str | None = None,
                   batch_size: int = 64, progress: Callable[[int], None] | None = None
                   ) -> Iterator[tuple[RefEvent, EventMention | None, int]]:
    """(ref, main mention or None, number of mentions), streamed in batches.

    progress(n) is called after each batch with the number of references it held.
    """
    for ref, mentions in _run_all(refs, extract_fn, country, batch_size, progress):
        yield ref, (mentions[0] if mentions else None), len(mentions)


def _run_all(refs: list[RefEvent], extract_fn: ExtractFn, country: str | None,
             batch_size: int, progress: Callable[[int], None] | None
             ) -> Iterator[tuple[RefEvent, list[EventMention]]]:
    """(ref, every mention, main event first), streamed in batches."""
    for start in range(0, len(refs), batch_size):
        batch = refs[start:start + batch_size]
        reports = [_to_report(r) for r in batch]
        results = list(extract_fn(reports, country))
        if len(results) != len(batch):
            raise RuntimeError(f"extract_fn returned {len(results)} results for {len(batch)} reports")
        for ref, (_report, mentions) in zip(batch, results):
            # a cumulative toll is kept as an aggregate, never an incident: not an event here
            yield ref, sorted((m for m in mentions if not m.is_aggregate), key=lambda m: m.index)
        if progress:
            progress(len(batch))


class _NamedPlaces:
    """The gazetteer's point for a reference's place name ("Tal Rifaat" in Aleppo), for coded
    notes that name their place but give no coordinates. Only names the gazetteer knows as a
    place of their own count: this measures picking and placing the named place, not the
    gazetteer's coverage (a name it lacks is left out, not scored)."""

    def __init__(self) -> None:
        self._geo = None

    def point(self, ref: RefEvent) -> tuple[float, float] | None:
        if self._geo is None:
            from sitrep.geo import Geocoder

            self._geo = Geocoder()
        p = self._geo.locate(ref.location, context=[ref.admin1] if ref.admin1 else [],
                             country=ref.country or None)
        if p is None or p.latitude is None or p.longitude is None \
                or p.feature in ("admin1", "admin2", "country") \
                or "not in gazetteer" in p.note or "named alongside" in p.note:
            return None
        return p.latitude, p.longitude


class _Tally:
    def __init__(self) -> None:
        self.n = 0
        self.correct = 0
        self.baseline = 0

    def add(self, ok: bool, base: bool = False) -> None:
        self.n += 1
        self.correct += ok
        self.baseline += base

    def result(self, with_baseline: bool = False) -> dict[str, Any] | None:
        if not self.n:
            return None
        out: dict[str, Any] = {"n": self.n, "correct": self.correct,
                               "score": self.correct / self.n}
        if with_baseline:
            out["baseline"] = self.baseline / self.n
        return out


def evaluate(refs: list[RefEvent], extract_fn: ExtractFn, limit: int | None = None,
             country: str | None = None, progress: Callable[[int], None] | None = None,
             sample: bool = True, seed: int = 0, batch_size: int = 64) -> dict[str, Any]:
    """Per-field scores of extract_fn's main event against the references.

    Each score is a dict {n, correct, score[, baseline]} or None when no reference codes
    that field. `baseline` is what always answering zero fatalities would score.
    """
    from sklearn.metrics import classification_report, f1_score

    refs = select(refs, limit=limit, country=country, sample=sample, seed=seed)
    t = {k: _Tally() for k in ("detected", "event_type", "ucdp_compatible",
                               "type_of_violence", "fatalities", "fatalities_nonzero",
                               "killed_min", "killed_max", "injured", "admin1", "date",
                               "non_event_rejected", "main_in_admin1", "any_in_admin1",
                               "no_event", "named_place_10km")}
    named = _NamedPlaces()
    dists: list[float] = []
    coord_refs = within10 = within50 = 0
    et_true: list[str] = []
    et_pred: list[str] = []
    sub_true: list[str] = []
    sub_pred: list[str] = []
    origins: set[str] = set()

    for ref, mentions in _run_all(refs, extract_fn, country, batch_size, progress):
        m = mentions[0] if mentions else None
        origins.add(ref.origin)
        if ref.admin1_options:
            # FA-KES: does the main event (or any event) land in the article's governorate?
            want = {normalise_admin1(a) for a in ref.admin1_options}
            hits = [x.place is not None and normalise_admin1(x.place.admin1) in want
                    for x in mentions]
            t["main_in_admin1"].add(bool(hits) and hits[0])
            t["any_in_admin1"].add(any(hits))
            t["no_event"].add(not mentions)
        is_non_event = ref.event_type == ""
        if is_non_event:
            t["non_event_rejected"].add(m is None)
        else:
            t["detected"].add(m is not None)
        if ref.event_type is not None:
            got = m.event_type if m else ""
            t["event_type"].add(got == ref.event_type)
            et_true.append(ref.event_type or NO_EVENT)
            et_pred.append(got or NO_EVENT)
        if ref.sub_event_type is not None:
            sub_true.append(ref.sub_event_type or NO_EVENT)
            sub_pred.append((m.sub_event_type if m else "") or NO_EVENT)
        if ref.origin == "ucdp" and ref.type_of_violence in UCDP_COMPATIBLE:
            t["ucdp_compatible"].add(m is not None and
                                     m.event_type in UCDP_COMPATIBLE[ref.type_of_violence])
            t["type_of_violence"].add(m is not None and m.type_of_violence == ref.type_of_violence)
        if ref.fatalities is not None and not is_non_event:
            got_f = m.fatalities if m else None
            t["fatalities"].add(got_f == ref.fatalities, ref.fatalities == 0)
            if ref.fatalities:
                t["fatalities_nonzero"].add(got_f == ref.fatalities)
        if ref.killed_min is not None:
            t["killed_min"].add(m is not None and m.killed_min == ref.killed_min)
        if ref.killed_max is not None:
            t["killed_max"].add(m is not None and m.killed_max == ref.killed_max)
        if ref.injured is not None:
            t["injured"].add(m is not None and m.injured_min == ref.injured)
        place = m.place if m else None
        # (where and when are scored for events only: a non-event rightly rejected has none)
        if ref.admin1 and not is_non_event:
            t["admin1"].add(place is not None and normalise_admin1(place.admin1, place.iso2)
                            == normalise_admin1(ref.admin1, place.iso2))
        if ref.latitude is not None and ref.longitude is not None:
            coord_refs += 1
            if place is not None and place.latitude is not None and place.longitude is not None:
                d = haversine_km(ref.latitude, ref.longitude, place.latitude, place.longitude)
                dists.append(d)
                within10 += d <= 10
                within50 += d <= 50
        elif ref.location and not is_non_event:
            point = named.point(ref)
            if point is not None:
                t["named_place_10km"].add(
                    place is not None and place.latitude is not None and place.longitude is not None
                    and haversine_km(*point, place.latitude, place.longitude) <= 10)
        if ref.event_date is not None and not is_non_event:
            t["date"].add(m is not None and m.event_date == ref.event_date)

    scores: dict[str, Any] = {
        "n": len(refs),
        "origins": sorted(origins),
        "detection_rate": t["detected"].result(),
        "non_event_rejection": t["non_event_rejected"].result(),
        "event_type_accuracy": t["event_type"].result(),
        "ucdp_event_type_compatible": t["ucdp_compatible"].result(),
        "type_of_violence_accuracy": t["type_of_violence"].result(),
        "sub_event_f1_weighted": None,
        "fatalities_exact": t["fatalities"].result(with_baseline=True),
        "fatalities_exact_nonzero": t["fatalities_nonzero"].result(),
        "killed_min_exact": t["killed_min"].result(),
        "killed_max_exact": t["killed_max"].result(),
        "injured_exact": t["injured"].result(),
        "admin1_accuracy": t["admin1"].result(),
        "date_exact": t["date"].result(),
        "main_event_in_admin1": t["main_in_admin1"].result(),
        "any_event_in_admin1": t["any_in_admin1"].result(),
        "no_event": t["no_event"].result(),
        "named_place_within_10km": t["named_place_10km"].result(),
        "distance": None,
        "per_class": None,
    }
    if sub_true:
        scores["sub_event_f1_weighted"] = {
            "n": len(sub_true),
            "score": float(f1_score(sub_true, sub_pred, average="weighted", zero_division=0)),
        }
    if coord_refs:
        scores["distance"] = {
            "n": coord_refs,
            "placed": len(dists),
            "median_km": statistics.median(dists) if dists else None,
            "within_10km": within10 / coord_refs,
            "within_50km": within50 / coord_refs,
        }
    if "devset" in origins and sub_true:
        scores["per_class"] = {
            "sub_event_type": classification_report(sub_true, sub_pred, output_dict=True,
                                                    zero_division=0),
            "event_type": classification_report(et_true, et_pred, output_dict=True,
                                                zero_division=0),
        }
    return scores


# --- output ----------------------------------------------------------------------------

_ROWS = [
    ("detection_rate", "events detected (refs with >= 1 event)"),
    ("non_event_rejection", "non-events left without an event"),
    ("event_type_accuracy", "event type accuracy"),
    ("ucdp_event_type_compatible", "event type compatible with UCDP type_of_violence"),
    ("type_of_violence_accuracy", "UCDP type_of_violence accuracy"),
    ("sub_event_f1_weighted", "sub-event type F1 (weighted)"),
    ("fatalities_exact", "fatalities exact"),
    ("fatalities_exact_nonzero", "fatalities exact, reference > 0"),
    ("killed_min_exact", "killed_min exact"),
    ("killed_max_exact", "killed_max exact"),
    ("injured_exact", "injured exact"),
    ("admin1_accuracy", "admin1 accuracy"),
    ("date_exact", "event date exact"),
    ("named_place_within_10km", "within 10 km of the named place's gazetteer point"),
    ("main_event_in_admin1", "main event in the article's governorate"),
    ("any_event_in_admin1", "any event in the article's governorate"),
    ("no_event", "articles with no event"),
]


_FAKES_KEYS = {"main_event_in_admin1", "any_event_in_admin1", "no_event"}
_NOTES_KEYS = {"named_place_within_10km"}  # coded notes with a place name, no point


def score_rows(scores: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(measure, n, score, note) rows; a field no reference codes shows N/A."""
    rows = []
    for key, label in _ROWS:
        s = scores.get(key)
        if s is None and key in _FAKES_KEYS | _NOTES_KEYS:
            continue  # measures of one kind of reference: not shown for the others
        if s is None:
            rows.append((label, "-", "N/A", ""))
            continue
        note = f"all-zero baseline {s['baseline']:.1%}" if "baseline" in s else ""
        rows.append((label, str(s["n"]), f"{s['score']:.1%}", note))
    d = scores.get("distance")
    if d is None:
        rows.append(("distance to reference", "-", "N/A", ""))
    else:
        med = "N/A" if d["median_km"] is None else f"{d['median_km']:.1f} km"
        rows.append(("distance: median", str(d["placed"]), med,
                     f"placed {d['placed']} of {d['n']}"))
        rows.append(("distance: within 10 km", str(d["n"]), f"{d['within_10km']:.1%}", ""))
        rows.append(("distance: within 50 km", str(d["n"]), f"{d['within_50km']:.1%}", ""))
    return rows


def format_scores(scores: dict[str, Any], per_class: bool = True) -> str:
    """Plain-text table of the scores (and, for a dev set, the per-class report)."""
    rows = [("measure", "n", "score", "note"), *score_rows(scores)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [f"references: {scores['n']} ({', '.join(scores.get('origins') or []) or '-'})"]
    for k, r in enumerate(rows):
        lines.append("  ".join([r[0].ljust(widths[0]), r[1].rjust(widths[1]),
                                r[2].rjust(widths[2]), r[3]]).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    pc = scores.get("per_class")
    if per_class and pc:
        for name in ("event_type", "sub_event_type"):
            lines += ["", f"per class: {name}", _class_table(pc[name])]
    return "\n".join(lines)


def _class_table(report: dict[str, Any]) -> str:
    classes = [k for k in report if isinstance(report[k], dict) and k not in
               ("macro avg", "weighted avg", "micro avg")]
    w = max([len(c) for c in classes] + [12])
    out = [f"{'class'.ljust(w)}  precision  recall     f1  support"]
    for c in sorted(classes):
        r = report[c]
        out.append(f"{c.ljust(w)}  {r['precision']:9.2f}  {r['recall']:6.2f}  {r['f1-score']:5.2f}"
                   f"  {int(r['support']):7d}")
    return "\n".join(out)


def scores_table(scores: dict[str, Any]):
    """The same rows as a rich Table, for the CLI."""
    from rich.table import Table

    table = Table(title=f"sitrep evaluate: {scores['n']} references")
    for col in ("measure", "n", "score", "note"):
        table.add_column(col, justify="right" if col in ("n", "score") else "left")
    for row in score_rows(scores):
        table.add_row(*row)
    return table
