"""Record formats: JSON Lines, CSV and JSON arrays. One report per record."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator

from sitrep.model import Quarantined, Report
from sitrep.sources._common import quarantine, record_to_report

# Articles can be long; the csv module's default 128 KB field limit would reject them.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_jsonl(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """One JSON object per line; blank lines are allowed, anything else bad is quarantined."""
    seen_any = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        origin = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield quarantine(origin, f"malformed JSON at column {e.colno}: {e.msg}", line)
            continue
        if not isinstance(rec, dict):
            yield quarantine(origin, f"expected a JSON object, got {type(rec).__name__}", line)
            continue
        yield record_to_report(rec, origin, default_source, line)
    if not seen_any:
        yield quarantine(path, "file has only blank lines", text)


def read_json(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """A JSON array of objects (or one object); JSON Lines saved as .json also works."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several top-level values: JSON Lines
            yield from read_jsonl(text, path, default_source)
        else:
            yield quarantine(f"{path}:{e.lineno}", f"malformed JSON at column {e.colno}: {e.msg}",
                             text)
        return
    items = doc if isinstance(doc, list) else [doc]
    if not items:
        yield quarantine(path, "JSON array is empty", text)
    for i, rec in enumerate(items):
        origin = f"{path}[{i}]" if isinstance(doc, list) else path
        raw = json.dumps(rec, ensure_ascii=False)
        if not isinstance(rec, dict):
            yield quarantine(origin, f"expected a JSON object, got {type(rec).__name__}", raw)
            continue
        yield record_to_report(rec, origin, default_source, raw)


def read_csv(text: str, path: str, default_source: str = "") -> Iterator[Report | Quarantined]:
    """A header row naming the fields (case-insensitive), then one report per row.

    A row's origin is the line it starts on (quoted fields may span lines).
    """
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except csv.Error as e:
        yield quarantine(f"{path}:1", f"unreadable CSV header: {e}", lines[0] if lines else "")
        return
    names = [h.strip().lower() for h in header]
    if "text" not in names:
        yield quarantine(f"{path}:1", f"CSV header has no 'text' column (columns: {header})",
                         "".join(lines[:1]))
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            # The csv module cannot resynchronise after a broken row: keep the rest as-is.
            yield quarantine(f"{path}:{start}", f"unreadable CSV from here on: {e}",
                             "".join(lines[start - 1:]))
            return
        origin, raw = f"{path}:{start}", "".join(lines[start - 1 : reader.line_num])
        start = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) > len(names):
            yield quarantine(origin, f"row has {len(row)} fields but the header has "
                                     f"{len(names)} (unquoted comma?)", raw)
            continue
        rec = {k: (v if v != "" else None) for k, v in zip(names, row)}
        yield record_to_report(rec, origin, default_source, raw)
