"""Saved HTML pages: main text via trafilatura (offline; it is given the file's content)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import trafilatura

from sitrep.model import Quarantined, Report
from sitrep.sources._common import parse_published, quarantine, tidy

MIN_WORDS = 3  # below this trafilatura found boilerplate, not an article


def read_html(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """One report per page. Title, date, URL and site name come from the page's metadata."""
    try:
        out = trafilatura.extract(text, output_format="json", with_metadata=True,
                                  include_comments=False, include_tables=False)
    except Exception as e:  # noqa: BLE001 -- trafilatura/lxml raise many kinds
        yield quarantine(path, f"HTML could not be parsed: {type(e).__name__}: {e}", text)
        return
    meta = json.loads(out) if out else {}
    body = tidy(meta.get("text") or "")
    if len(body.split()) < MIN_WORDS:
        yield quarantine(path, "no article text found in the HTML page", text)
        return
    source = meta.get("source-hostname") or default_source or meta.get("hostname") or ""
    yield Report(
        text=body,
        published=parse_published(meta.get("date")),
        source=source.strip(),
        url=(meta.get("source") or "").strip(),
        title=(meta.get("title") or "").strip(),
        language=meta.get("language") or "en",
        origin=path,
    )
