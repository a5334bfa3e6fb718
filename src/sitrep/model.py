"""Typed records that pass between pipeline stages.

Stages (sources -> extract -> geo -> link -> store -> analyze/export) talk only
through these types, never through each other's internals. Field names follow
ACLED's codebook where ACLED has one, so flat records export without renaming.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

# --- reports -----------------------------------------------------------------

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Canonical form used for identity: NFC, collapsed whitespace, stripped."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def report_identity(text: str, source: str = "") -> str:
    """A report is the same report if its normalised text and source agree."""
    key = normalise_text(source).lower() + "\x1f" + normalise_text(text)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Report:
    """One news report as read from a file, feed or page."""

    text: str
    published: date | None = None
    source: str = ""
    url: str = ""
    title: str = ""
    language: str = "en"
    external_id: str = ""  # the `id` the input gave it, if any
    origin: str = ""  # "path:line" it was read from
    id: str = ""
    # the country the input says the report is about ("" unknown): read as the monitor's
    # country for this report when none is given for the run
    country: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = report_identity(self.text, self.source)

    def country_for(self, run_country: str | None) -> str | None:
        """The country this report is read for: the run's, else the one its input names."""
        return run_country or self.country or None


@dataclass(slots=True)
class Quarantined:
    """Input that could not be read as a report. Kept, never dropped."""

    origin: str  # "path" or "path:line"
    reason: str
    raw: str = ""  # the offending content, decoded with replacement, truncated

    @property
    def id(self) -> str:
        return hashlib.sha1((self.origin + "\x1f" + self.raw).encode("utf-8")).hexdigest()[:16]


# --- evidence ----------------------------------------------------------------


@dataclass(slots=True)
class Evidence:
    """Where a field's value came from: the span and its sentence in the report text."""

    text: str  # the span itself ("at least 42")
    start: int  # character offsets of the span in the report text
    end: int
    sentence: str = ""
    sentence_start: int = 0


# --- places ------------------------------------------------------------------


@dataclass(slots=True)
class Place:
    """A gazetteer entry an event was placed at, with how precise that is."""

    name: str  # canonical gazetteer name ("Baghdad", "Dura")
    country: str = ""  # canonical English country name
    iso2: str = ""
    admin1: str = ""  # canonical governorate/province name (see geo README section)
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3  # ACLED: 1 town, 2 near town / part of region, 3 region only
    where_prec: int = 6  # UCDP: 1 exact, 2 within 25 km, 3 district, 4 province, 6 country, 7 waters
    gazetteer_id: str = ""  # "geonames:98182", "sitrep:dura-baghdad", ...
    feature: str = ""  # populated place, district, admin1, admin2, country, site
    query: str = ""  # the text it was resolved from
    note: str = ""  # why precision was lowered, or why nothing was found


# --- event mentions ------------------------------------------------------------

CASUALTY_KINDS = ("killed", "injured", "abducted", "arrested")
# The min/max figure fields of an EventMention, the casualty reader's output and what a later
# clause of one event may fill in.
CASUALTY_FIELDS = tuple(f"{k}_{b}" for k in (*CASUALTY_KINDS, "civilians_killed",
                                             "combatants_killed") for b in ("min", "max"))


@dataclass(slots=True)
class EventMention:
    """One event as one report describes it. A report may hold several."""

    report_id: str
    index: int = 0  # position within the report; 0 is the report's main event
    source: str = ""  # the report's outlet (linking: an outlet's update replaces its figure)
    published: date | None = None  # the report's date
    event_date: date | None = None
    time_precision: int = 1  # ACLED: 1 day, 2 week, 3 month
    event_type: str = ""  # ACLED event type
    sub_event_type: str = ""  # ACLED sub-event type
    confidence: float = 0.0
    disorder_type: str = ""
    actor1: str = ""
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    civilian_targeting: bool = False
    type_of_violence: int | None = None  # UCDP: 1 state-based, 2 non-state, 3 one-sided
    weapon: str = ""  # IBC-style: car bomb, IED, suicide vest, gunfire, air strike...
    target: str = ""  # checkpoint, market, mosque, patrol, convoy, homes...
    location_text: str = ""  # the most specific place phrase as written
    location_context: list[str] = field(default_factory=list)  # other places nearby in text
    location_relation: str = ""  # "near", "south of", "outskirts of"... ("" = in)
    place: Place | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    abducted_min: int | None = None
    abducted_max: int | None = None
    arrested_min: int | None = None
    arrested_max: int | None = None
    civilians_killed_min: int | None = None
    civilians_killed_max: int | None = None
    combatants_killed_min: int | None = None  # soldiers, fighters, attackers, bombers
    combatants_killed_max: int | None = None
    fatalities: int = 0  # ACLED's conservative single figure
    is_aggregate: bool = False  # cumulative toll ("January toll tops 800"): not an incident
    notes: str = ""  # the sentence(s) describing the event
    evidence: dict[str, Evidence] = field(default_factory=dict)  # field name -> span

    @property
    def id(self) -> str:
        return f"{self.report_id}:{self.index}"

    def to_record(self) -> dict[str, Any]:
        """Flat record with ACLED column names: the `sitrep extract` output line format."""
        p = self.place
        return {
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "disorder_type": self.disorder_type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "confidence": round(self.confidence, 3),
            "actor1": self.actor1,
            "assoc_actor_1": self.assoc_actor_1,
            "inter1": self.inter1,
            "actor2": self.actor2,
            "assoc_actor_2": self.assoc_actor_2,
            "inter2": self.inter2,
            "civilian_targeting": self.civilian_targeting,
            "type_of_violence": self.type_of_violence,
            "weapon": self.weapon,
            "target": self.target,
            "country": p.country if p else "",
            "iso": p.iso2 if p else "",
            "admin1": p.admin1 if p else "",
            "admin2": p.admin2 if p else "",
            "location": p.name if p else self.location_text,
            "location_text": self.location_text,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "geo_precision": p.geo_precision if p else None,
            "where_prec": p.where_prec if p else None,
            "gazetteer_id": p.gazetteer_id if p else "",
            "geo_note": p.note if p else "",
            "fatalities": self.fatalities,
            "killed_min": self.killed_min,
            "killed_max": self.killed_max,
            "injured_min": self.injured_min,
            "injured_max": self.injured_max,
            "abducted_min": self.abducted_min,
            "abducted_max": self.abducted_max,
            "arrested_min": self.arrested_min,
            "arrested_max": self.arrested_max,
            "civilians_killed_min": self.civilians_killed_min,
            "civilians_killed_max": self.civilians_killed_max,
            "combatants_killed_min": self.combatants_killed_min,
            "combatants_killed_max": self.combatants_killed_max,
            "is_aggregate": self.is_aggregate,
            "notes": self.notes,
            "evidence": {k: asdict(v) for k, v in self.evidence.items()},
        }


# --- incidents -----------------------------------------------------------------


@dataclass(slots=True)
class Incident:
    """One real-world event, built from one or more mentions in one or more reports.

    Casualty ranges follow Iraq Body Count: min is the lowest and max the highest
    credible figure across the sources (an outlet's updated toll replaces its own
    earlier one). `killed_best` is the estimate between them (see link docs).
    """

    id: str
    mention_ids: list[str] = field(default_factory=list)
    report_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    event_date: date | None = None
    time_precision: int = 1
    event_type: str = ""
    sub_event_type: str = ""
    disorder_type: str = ""
    actor1: str = ""
    actor2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    type_of_violence: int | None = None
    weapon: str = ""
    target: str = ""
    place: Place | None = None
    killed_min: int | None = None
    killed_best: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    abducted_min: int | None = None
    abducted_max: int | None = None
    arrested_min: int | None = None
    arrested_max: int | None = None
    civilians_killed_min: int | None = None
    civilians_killed_max: int | None = None
    fatalities: int = 0
    notes: str = ""
    origin: str = "sitrep"  # "sitrep", or an imported dataset ("ucdp", "acled")
    match_weight: float | None = None  # weakest link that holds the incident together

    def to_record(self) -> dict[str, Any]:
        rec = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "place"}
        rec["event_date"] = self.event_date.isoformat() if self.event_date else None
        p = self.place
        for k in ("country", "iso2", "admin1", "admin2", "latitude", "longitude",
                  "geo_precision", "where_prec", "gazetteer_id"):
            rec[k] = getattr(p, k) if p else None
        rec["location"] = p.name if p else ""
        return rec


def parse_date(value: Any) -> date | None:
    """Accept a date, datetime or ISO-ish string; None when absent or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None


@dataclass(slots=True)
class Correction:
    """A person's fix to the machine's merging. Stored, audited, re-applied on every run.

    kind "merge": the mentions belong to one incident.
    kind "split": the mentions form an incident of their own, apart from the rest.
    """

    kind: str
    mention_ids: list[str]
    who: str = ""
    why: str = ""
    when: datetime | None = None
    id: int | None = None
