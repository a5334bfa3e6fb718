"""Helpers every reader shares: decoding, dates, HTML stripping, building records."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from sitrep.model import Quarantined, Report, parse_date

RAW_LIMIT = 2000  # characters of offending content kept with a quarantined item


def truncate(text: str, limit: int = RAW_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def quarantine(origin: str, reason: str, raw: str | bytes = "") -> Quarantined:
    if isinstance(raw, bytes):
        raw = raw[: RAW_LIMIT * 4].decode("utf-8", errors="replace")
    return Quarantined(origin=origin, reason=reason, raw=truncate(raw))


class DecodeError(ValueError):
    pass


def decode(data: bytes) -> str:
    """UTF-8 (a leading BOM is dropped). Raises DecodeError naming the bad byte's offset."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as e:
        at = e.start + bom  # offsets count from the file's first byte, BOM included
        line = data.count(b"\n", 0, at) + 1
        raise DecodeError(
            f"not UTF-8: byte 0x{data[at:at + 1].hex()} at offset {at} (line {line}); "
            "re-save the file as UTF-8"
        ) from None


# --- dates -----------------------------------------------------------------------

_DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
    "%a %d %b %Y", "%A %d %B %Y", "%A, %B %d, %Y", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y",
)


def parse_published(value: Any) -> date | None:
    """ISO dates/datetimes, RFC 2822 (feeds, mail) and spelled-out dates; None if unreadable."""
    d = parse_date(value)
    if d is not None or value in (None, ""):
        return d
    if isinstance(value, (int, float)):
        return None
    s = " ".join(str(value).replace(",", ", ").split()).replace(" ,", ",")
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


# --- HTML fragments -> text ----------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "tr", "table", "blockquote", "section", "article", "header", "footer", "pre"}
_SKIP = {"script", "style", "noscript"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment; block elements become paragraph breaks."""
    if "<" not in fragment and "&" not in fragment:
        return tidy(fragment)
    p = _Stripper()
    p.feed(fragment)
    p.close()
    return tidy("".join(p.parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces, keep paragraph breaks as one blank line."""
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.replace("\r\n", "\n").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


# --- records -> reports ----------------------------------------------------------------

FIELDS = ("id", "text", "published", "source", "url", "title", "language", "country")


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id written as 123.0 by a spreadsheet
    return str(value).strip()


def record_to_report(rec: dict[str, Any], origin: str, default_source: str,
                     raw: str) -> Report | Quarantined:
    """One JSON object / CSV row as a Report, or the reason it cannot be one."""
    text = rec.get("text")
    if text is None:
        return quarantine(origin, "record has no 'text' value", raw)
    if not isinstance(text, str):
        return quarantine(origin, f"'text' is a {type(text).__name__}, not a string", raw)
    if not text.strip():
        return quarantine(origin, "'text' is empty", raw)
    if "\x00" in text:
        return quarantine(origin, "'text' contains NUL characters (binary data?)", raw)
    published = rec.get("published")
    day = parse_published(published)
    if day is None and published not in (None, ""):
        return quarantine(origin, f"unreadable 'published' date {published!r}", raw)
    return Report(
        text=text.strip(),
        published=day,
        source=_str(rec.get("source")) or default_source,
        url=_str(rec.get("url")),
        title=_str(rec.get("title")),
        language=_str(rec.get("language")) or "en",
        external_id=_str(rec.get("id")),
        origin=origin,
        country=_str(rec.get("country")),
    )
