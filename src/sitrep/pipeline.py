"""Wires the stages together. The only module that imports more than one stage.

    sources.read -> Extractor.pipe -> Geocoder.geocode -> link -> Store

The CLI, the API server and notebooks all go through these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitrep.model import EventMention, Quarantined, Report


@lru_cache(maxsize=1)
def geocoder():
    from sitrep.geo import Geocoder

    return Geocoder()


@lru_cache(maxsize=1)
def extractor():
    from sitrep.extract import Extractor

    # The gazetteer's names feed an EntityRuler: the small spaCy model misses
    # many Middle-East place names or tags them PERSON.
    g = geocoder()
    return Extractor(place_names=g.place_names(), country_places=g.country_place_names)


def extract(text: str, published: date | str | None = None, country: str | None = None,
            source: str = "", title: str = "") -> list[EventMention]:
    """Events in one text, typed, dated against `published` and geocoded."""
    from sitrep.model import parse_date

    report = Report(text=text, published=parse_date(published), source=source, title=title)
    return extract_report(report, country=country)


def extract_report(report: Report, country: str | None = None) -> list[EventMention]:
    return next(iter(extract_reports([report], country=country)))[1]


def extract_reports(reports: Iterable[Report], country: str | None = None,
                    batch_size: int = 32) -> Iterator[tuple[Report, list[EventMention]]]:
    """Stream (report, events) pairs; spaCy batches the parsing."""
    geo, ex = geocoder(), extractor()
    for report, mentions in ex.pipe(reports, country=country, batch_size=batch_size):
        geo.geocode(mentions, report, country=report.country_for(country))
        for m in mentions:  # "Army" in a report that never names Iraq, placed in Samarra
            if m.place is not None:
                ex.actors.localise(m, m.place.country)
        yield report, mentions


# --- ingestion -------------------------------------------------------------------


@dataclass
class IngestSummary:
    reports_read: int = 0
    reports_new: int = 0
    reports_skipped: int = 0  # already stored: ingestion is idempotent
    mentions: int = 0
    incidents: int = 0  # incidents touched by this run
    quarantined: list[Quarantined] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.quarantined)


def ingest(paths: Iterable[str | Path], store, country: str | None = None,
           batch_size: int = 200, on_progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Read, extract, geocode, store and link. Each batch is one transaction.

    Reports already in the store are skipped, so re-running on the same input
    changes nothing. Unreadable input is quarantined, never dropped.
    """
    from sitrep.sources import read

    summary = IngestSummary()
    batch: list[Report] = []
    for item in read(paths):
        if isinstance(item, Quarantined):
            summary.quarantined.append(item)
            with store.transaction():
                store.add_quarantined([item])
            continue
        summary.reports_read += 1
        batch.append(item)
        if len(batch) >= batch_size:
            _ingest_batch(batch, store, country, summary)
            if on_progress:
                on_progress(len(batch))
            batch = []
    if batch:
        _ingest_batch(batch, store, country, summary)
        if on_progress:
            on_progress(len(batch))
    return summary


def _ingest_batch(batch: list[Report], store, country: str | None, summary: IngestSummary) -> None:
    known = store.known_report_ids([r.id for r in batch])
    fresh: dict[str, Report] = {}
    for r in batch:
        if r.id in known or r.id in fresh:
            summary.reports_skipped += 1
        else:
            fresh[r.id] = r
    if not fresh:
        return
    mentions: list[EventMention] = []
    for _report, found in extract_reports(fresh.values(), country=country):
        mentions.extend(found)
    with store.transaction():
        store.add_reports(list(fresh.values()))
        store.add_mentions(mentions)
        result = relink(store, mentions)
    summary.reports_new += len(fresh)
    summary.mentions += len(mentions)
    summary.incidents += len(result.incidents)


def relink(store, mentions: list[EventMention]):
    """Match new mentions against stored incidents and save what changed.

    Runs inside the caller's transaction.
    """
    from sitrep.link import link

    candidates = store.link_candidates(mentions)
    result = link(
        mentions,
        incidents=candidates.incidents,
        existing_members=candidates.members,
        existing_mentions=candidates.mentions,
        corrections=store.corrections(),
    )
    store.save_link_result(result)
    return result
