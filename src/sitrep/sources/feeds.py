"""RSS and Atom feeds via feedparser: one report per entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import feedparser

from sitrep.model import Quarantined, Report
from sitrep.sources._common import html_to_text, parse_published, quarantine

_ENTRY_TAG = re.compile(r"<(?:[\w-]+:)?(?:item|entry)[\s>/]")


def _entry_lines(text: str) -> list[int]:
    """Line number of each <item>/<entry> start tag, in document order."""
    return [text.count("\n", 0, m.start()) + 1 for m in _ENTRY_TAG.finditer(text)]


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return date(t.tm_year, t.tm_mon, t.tm_mday)
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return parse_published(entry[key])
    return None


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    # content:encoded / atom:content usually holds the full story, summary a teaser.
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [html_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def read_feed(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """Text is the entry's title then its summary or content, HTML stripped."""
    # Bytes, not str: feedparser treats a str that looks like a URL or path as one to fetch.
    parsed = feedparser.parse(text.encode("utf-8"))
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed: {why}" if why else "feed has no entries"
        yield quarantine(path, reason, text)
        return
    lines = _entry_lines(text)
    if len(lines) != len(parsed.entries):
        lines = []
    feed_title = html_to_text(parsed.feed.get("title", ""))
    for i, entry in enumerate(parsed.entries):
        origin = f"{path}:{lines[i]}" if lines else f"{path}#entry{i + 1}"
        title = html_to_text(entry.get("title", ""))
        body = _entry_body(entry)
        parts = [title] if title and not body.startswith(title) else []
        parts += [body] if body else []
        report_text = "\n\n".join(parts)
        if not report_text.strip():
            yield quarantine(origin, "feed entry has no title, summary or content",
                             repr(dict(entry))[:2000])
            continue
        yield Report(
            text=report_text,
            published=_entry_date(entry),
            source=feed_title or default_source,
            url=entry.get("link", ""),
            title=title,
            language=(entry.get("language") or parsed.feed.get("language") or "en")[:2].lower()
            or "en",
            external_id=entry.get("id", ""),
            origin=origin,
        )
