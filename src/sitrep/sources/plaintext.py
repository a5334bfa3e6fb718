"""Plain text: one report per file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.model import Quarantined, Report
from sitrep.sources._common import parse_published, quarantine

_DATE_LINE = re.compile(r"^(?:(?:date|published|dateline)\s*:\s*)?(?P<d>.{6,40})$", re.IGNORECASE)
# "Anbar Observer - 2 November 2014", "Gulf Monitor | 31 Oct 2014": an outlet and a date
_SOURCE_DATE_LINE = re.compile(r"^(?P<src>[^-–—|,\d][^-–—|]{1,58}?)\s*[-–—|,]\s*(?P<d>[^-–—|]{6,40})$")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def _looks_like_headline(line: str, rest: str) -> bool:
    # Short, not a sentence that runs on, and followed by more text.
    return bool(rest) and 3 <= len(line) <= 160 and not line.endswith((".", ":", ";", ","))


def _line_date(line: str) -> date | None:
    m = _DATE_LINE.match(line)
    return parse_published(m["d"]) if m else None


def _source_date(line: str) -> tuple[str, date] | None:
    m = _SOURCE_DATE_LINE.match(line)
    if not m:
        return None
    d = parse_published(m["d"].strip())
    return (m["src"].strip(), d) if d else None


def _date_from_name(name: str) -> date | None:
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_text(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """The whole file is the report text.

    Title: the first line when it reads like a headline. Published: a date on its own
    line among the first three lines ("12 June 2014", "Date: 2014-06-12"), or after the
    outlet's name on one of the first two ("Anbar Observer - 2 November 2014", which also
    names the source), else a date in the file name (2014-06-12-mosul.txt), else None.
    """
    body = text.strip()
    if not body:
        yield quarantine(path, "file has only whitespace", text)
        return
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    dates = {i: _line_date(ln) for i, ln in enumerate(lines[:3])}
    source = default_source
    for i, ln in enumerate(lines[:2]):
        sd = None if dates[i] else _source_date(ln)
        if sd:
            dates[i] = sd[1]
            source = source or sd[0]
    published = next((d for d in dates.values() if d), None)
    # The headline is the first line that is not a date line.
    first = next((i for i in range(min(2, len(lines))) if not dates[i]), None)
    title = ""
    if first is not None and _looks_like_headline(lines[first], "".join(lines[first + 1:])):
        title = lines[first]
    published = published or _date_from_name(Path(path).name)
    yield Report(text=body, published=published, source=source, title=title,
                 origin=path)
