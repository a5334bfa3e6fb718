"""sitrep.sources: read news reports from files, feeds and saved pages.

    for item in read(["reports/", "feed.xml"]):
        if isinstance(item, Quarantined): print(describe(item))

Formats (by extension, else sniffed): JSON Lines (.jsonl/.ndjson), JSON arrays (.json),
CSV (.csv), plain text (.txt, one report per file), saved HTML pages (.html/.htm, main
text via trafilatura) and RSS/Atom feeds (.xml/.rss/.atom, one report per entry).
Nothing bad stops the batch and nothing is dropped: it comes out as Quarantined.
"""

from __future__ import annotations

from sitrep.model import Quarantined, Report
from sitrep.sources.feeds import read_feed
from sitrep.sources.files import MAX_BYTES, read, read_file
from sitrep.sources.plaintext import read_text
from sitrep.sources.records import read_csv, read_json, read_jsonl
from sitrep.sources.webpage import read_html


def describe(q: Quarantined) -> str:
    """One line for people: "path:line: reason"."""
    return f"{q.origin}: {q.reason}"


__all__ = ["MAX_BYTES", "Quarantined", "Report", "describe", "read", "read_csv", "read_feed",
           "read_file", "read_html", "read_json", "read_jsonl", "read_text"]
