"""Walks paths, reads files safely, and hands each one to the reader for its format."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sitrep.model import Quarantined, Report
from sitrep.sources._common import DecodeError, decode, quarantine
from sitrep.sources.feeds import read_feed
from sitrep.sources.plaintext import read_text
from sitrep.sources.records import read_csv, read_json, read_jsonl
from sitrep.sources.webpage import read_html

MAX_BYTES = 50 * 1024 * 1024

Reader = Callable[[str, str, str], Iterator[Report | Quarantined]]

READERS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
}

EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}


def sniff(text: str) -> str | None:
    """Format of content whose extension says nothing (or says .xml)."""
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf:rdf")):
        return "html" if "<html" in head and "<rss" not in head and "<feed" not in head else "feed"
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    return None


def format_of(path: Path, text: str) -> str | None:
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt in (None, "feed"):
        # Unknown extensions are sniffed; a .xml file may be XHTML rather than a feed.
        fmt = sniff(text) or fmt
    return fmt


def read_file(path: Path, default_source: str = "",
              max_bytes: int = MAX_BYTES) -> Iterator[Report | Quarantined]:
    """Every report in one file; everything that is not one comes out Quarantined."""
    p = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            with path.open("rb") as f:
                head = f.read(500)
            yield quarantine(p, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", head)
            return
        data = path.read_bytes()
    except OSError as e:
        yield quarantine(p, f"cannot read: {e.strerror or e}")
        return
    if not data:
        yield quarantine(p, "empty file")
        return
    nul = data.find(b"\x00")
    if nul >= 0:
        yield quarantine(p, f"binary file (NUL byte at offset {nul}); UTF-16 text is not "
                            "supported either", data[:500])
        return
    try:
        text = decode(data)
    except DecodeError as e:
        yield quarantine(p, str(e), data)
        return
    if not text.strip():
        yield quarantine(p, "file has only whitespace", text)
        return
    fmt = format_of(path, text)
    if fmt is None:
        yield quarantine(p, f"unknown file type {path.suffix or '(no extension)'!r} and the "
                            "content is not JSON, HTML or a feed", text)
        return
    count = 0
    try:
        for item in READERS[fmt](text, p, default_source):
            count += 1
            yield item
    except Exception as e:  # noqa: BLE001 -- a reader bug must not stop the batch
        yield quarantine(p, f"{fmt} reader failed after {count} items: "
                            f"{type(e).__name__}: {e}", text)


def walk(path: Path) -> Iterator[Path | Quarantined]:
    """Files under a directory, recursively, in sorted order; hidden entries skipped."""
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as e:
        yield quarantine(str(path), f"cannot list directory: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # .git, .DS_Store, editor swap files: never reports
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from walk(child)
        else:
            yield child


def read(paths: str | Path | Iterable[str | Path], default_source: str = "",
         max_bytes: int = MAX_BYTES) -> Iterator[Report | Quarantined]:
    """Reports from files and directories, in order; bad input comes out as Quarantined."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for item in walk(path):
                if isinstance(item, Quarantined):
                    yield item
                else:
                    yield from read_file(item, default_source, max_bytes)
        else:
            yield from read_file(path, default_source, max_bytes)
