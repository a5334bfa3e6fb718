"""Wires the stages together. The only module that imports more than one stage.

    sources.read -> Extractor.pipe -> Geocoder.geocode -> link -> Store

The CLI, the API server and notebooks all go through these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from sitrep.model import EventMention, Report


@lru_cache(maxsize=1)
def geocoder():
    from sitrep.geo import Geocoder

    return Geocoder()


@lru_cache(maxsize=1)
def extractor():
    from sitrep.extract import Extractor

    # The gazetteer's names feed an EntityRuler: the small spaCy model misses
    # many Middle-East place names or tags them PERSON.
    return Extractor(place_names=geocoder().place_names())


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
    geo = geocoder()
    for report, mentions in extractor().pipe(reports, country=country, batch_size=batch_size):
        geo.geocode(mentions, report, country=country)
        yield report, mentions
