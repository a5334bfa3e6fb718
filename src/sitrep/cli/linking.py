"""Commands that show and correct the merging of reports into incidents."""

from __future__ import annotations

import getpass
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sitrep.cli.common import DB_OPTION, console, err, open_store
from sitrep.cli.tables import _range


def show_incident(incident_id: str, db: Path = DB_OPTION) -> None:
    """Show an incident: its sources, evidence sentences and why they were merged."""
    from sitrep.link import explain

    with open_store(db, read_only=True) as store:
        inc = store.incident(incident_id)
        if inc is None:
            err.print(f"[red]no incident {incident_id}[/red]")
            raise typer.Exit(2)
        mentions = store.incident_mentions(incident_id)
        reports = {r.id: r for r in store.reports(ids=list(inc.report_ids))}
    p = inc.place
    console.print(f"[bold]{inc.id}[/bold]  {inc.event_date}  {inc.event_type} / {inc.sub_event_type}")
    if p:
        console.print(f"place: {p.name}, {p.admin1}, {p.country} ({p.latitude}, {p.longitude}); "
                      f"geo_precision {p.geo_precision}" + (f"; {p.note}" if p.note else ""))
    console.print(f"actors: {inc.actor1 or '?'} vs {inc.actor2 or '?'}; weapon: {inc.weapon}; "
                  f"target: {inc.target}")
    console.print(f"killed {_range(inc.killed_min, inc.killed_max)} (best {inc.killed_best}, "
                  f"ACLED fatalities {inc.fatalities}); injured "
                  f"{_range(inc.injured_min, inc.injured_max)}")
    t = Table(title=f"{len(mentions)} mentions from {len(inc.report_ids)} reports")
    for col in ("mention", "source", "published", "killed", "injured", "evidence"):
        t.add_column(col)
    for m in mentions:
        r = reports.get(m.report_id)
        ev = m.evidence.get("killed") or m.evidence.get("event_type")
        t.add_row(m.id, m.source or (r.source if r else ""),
                  str(m.published or (r.published if r else "")),
                  _range(m.killed_min, m.killed_max), _range(m.injured_min, m.injured_max),
                  (ev.sentence if ev else m.notes)[:160])
    console.print(t)
    pairs = explain(inc, mentions)
    if pairs:
        w = Table(title="why merged (match weights)")
        for col in ("a", "b", "weight", "probability", "contributions"):
            w.add_column(col)
        for pe in pairs:
            w.add_row(pe.a, pe.b, f"{pe.weight:.2f}", f"{pe.probability:.3f}",
                      ", ".join(f"{k} {v:+.1f}" for k, v in pe.contributions.items()))
        console.print(w)


def _correct(kind: str, mention_ids: list[str], why: str, who: str | None, db: Path) -> None:
    from sitrep.model import Correction
    from sitrep.pipeline import relink

    c = Correction(kind=kind, mention_ids=mention_ids, who=who or getpass.getuser(), why=why,
                   when=datetime.now(timezone.utc).replace(tzinfo=None))
    with open_store(db) as store, store.transaction():
        store.add_correction(c)
        result = relink(store, store.mentions_by_id(mention_ids))
    console.print(f"{kind} recorded by {c.who}; {len(result.incidents)} incidents updated")


def merge(
    mention_ids: Annotated[list[str], typer.Argument(help="Mention ids (report_id:index).")],
    why: str = typer.Option(..., "--why", help="Reason, kept in the audit log."),
    who: str = typer.Option(None, "--who", help="Your name (default: login)."),
    db: Path = DB_OPTION,
) -> None:
    """Put mentions into one incident (a correction that survives re-runs)."""
    _correct("merge", mention_ids, why, who, db)


def split(
    mention_ids: Annotated[list[str], typer.Argument(help="Mention ids to take out as one incident.")],
    why: str = typer.Option(..., "--why", help="Reason, kept in the audit log."),
    who: str = typer.Option(None, "--who", help="Your name (default: login)."),
    db: Path = DB_OPTION,
) -> None:
    """Take mentions out of their incident into one of their own."""
    _correct("split", mention_ids, why, who, db)
