"""Rich tables for incidents and mentions."""

from __future__ import annotations

from rich.table import Table

from sitrep.model import Incident


def _range(lo, hi) -> str:
    if lo is None and hi is None:
        return ""
    if lo == hi or hi is None:
        return f"{lo}" if hi is not None else f"{lo}+"
    return f"{lo or 0}–{hi}"


def incidents_table(rows: list[Incident], title: str = "Incidents") -> Table:
    t = Table(title=title, show_lines=False, expand=False)
    for col, kw in [("date", {}), ("type", {}), ("place", {}), ("admin1", {}),
                    ("actor", {}), ("killed", {"justify": "right"}),
                    ("injured", {"justify": "right"}), ("sources", {"justify": "right"}),
                    ("id", {"style": "dim"})]:
        t.add_column(col, **kw)
    for i in rows:
        p = i.place
        t.add_row(
            i.event_date.isoformat() if i.event_date else "",
            i.sub_event_type or i.event_type,
            p.name if p else "",
            p.admin1 if p else "",
            i.actor1,
            _range(i.killed_min, i.killed_max),
            _range(i.injured_min, i.injured_max),
            str(len(i.sources) or len(i.report_ids)),
            i.id,
        )
    return t
