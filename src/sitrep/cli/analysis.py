"""Commands that answer questions: figures, charts, situation reports, comparisons."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.cli.common import (COUNTRY_OPTION, DB_OPTION, console, err, open_store, parse_date,
                               progress)


class OutFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _print_frame(df, fmt: OutFormat, title: str = "") -> None:
    import sys

    if fmt is OutFormat.csv:
        sys.stdout.write(df.to_csv(index=False))
    elif fmt is OutFormat.json:
        sys.stdout.write(df.to_json(orient="records", date_format="iso", indent=1) + "\n")
    else:
        from rich.table import Table

        t = Table(title=title or None)
        for c in df.columns:
            t.add_column(str(c), justify="right" if df[c].dtype.kind in "iuf" else "left")
        for row in df.itertuples(index=False):
            t.add_row(*["" if v is None or v != v else str(v) for v in row])
        console.print(t)


def stats(
    by: Annotated[str, typer.Option("--by", help="day|week|month|year|admin1|actor1|event_type|"
                                    "sub_event_type|country|victim (comma-separate to combine)")] = "year",
    db: Path = DB_OPTION,
    date_from: Annotated[Optional[str], typer.Option("--from")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to")] = None,
    country: Optional[str] = typer.Option(None),
    origin: str = typer.Option("sitrep", help="sitrep, or an imported dataset: ucdp, acled"),
    share_of: Optional[str] = typer.Option(None, "--share-of", help="Share of deaths by this actor."),
    annualise: Optional[int] = typer.Option(None, "--annualise",
                                            help="Year to date, annualised, compared with --vs."),
    vs: Optional[list[int]] = typer.Option(None, "--vs", help="Years to compare with."),
    list_incidents: bool = typer.Option(False, "--incidents", help="List the incidents behind each row."),
    fmt: Annotated[OutFormat, typer.Option("--format")] = OutFormat.table,
) -> None:
    """Deaths and injuries (min/best/max) by period, place, actor or type."""
    from sitrep import analyze

    with open_store(db, read_only=True) as store:
        rows = store.incidents(date_from=parse_date(date_from), date_to=parse_date(date_to), country=country,
                               origin=origin)
    if share_of:
        _print_frame(analyze.share(rows, actor=share_of), fmt, f"share of deaths: {share_of}")
        return
    if annualise:
        _print_frame(analyze.annualise(rows, year=annualise, compare_with=vs or [],
                                       as_of=parse_date(date_to)), fmt, f"{annualise} annualised")
        return
    keys = [k.strip() for k in by.split(",") if k.strip()]
    df = analyze.tally(rows, by=keys if len(keys) > 1 else keys[0])
    if list_incidents:
        df = analyze.trace(rows, by=keys if len(keys) > 1 else keys[0])
    _print_frame(df, fmt, f"by {by}")


def situation_report(
    date_from: Annotated[str, typer.Option("--from")],
    date_to: Annotated[str, typer.Option("--to")],
    db: Path = DB_OPTION,
    fmt: Annotated[str, typer.Option("--format", help="md|html")] = "md",
    out: Optional[Path] = typer.Option(None, "--out", "-o"),
) -> None:
    """A situation report for a span of days, grouped by category, sources cited."""
    from sitrep.analyze import situation_report as make

    start, end = parse_date(date_from), parse_date(date_to)
    with open_store(db, read_only=True) as store:
        rows = store.incidents(date_from=start, date_to=end)
        mentions = {i.id: store.incident_mentions(i.id) for i in rows}
    text = make(rows, start, end, fmt=fmt, mentions_by_incident=mentions)
    if out:
        out.write_text(text, encoding="utf-8")
        console.print(f"situation report -> {out}")
    else:
        console.print(text, markup=False, highlight=False)


def chart(
    kind: Annotated[str, typer.Argument(help="timeline|admin1")] = "timeline",
    out: Annotated[Path, typer.Option("--out", "-o", help=".png or .svg")] = Path("timeline.png"),
    db: Path = DB_OPTION,
    by: str = typer.Option("month", help="day|week|month (timeline)"),
    origin: str = typer.Option("sitrep"),
) -> None:
    """Draw a chart of deaths over time or by governorate."""
    from sitrep.analyze import charts

    with open_store(db, read_only=True) as store:
        rows = store.incidents(origin=origin)
    if kind == "admin1":
        charts.admin1_chart(rows, out)
    else:
        charts.timeline_chart(rows, out, by=by)
    console.print(f"chart -> {out}")


def import_dataset(
    kind: Annotated[str, typer.Argument(help="ucdp|acled")],
    path: Annotated[Path, typer.Argument(help="CSV file of the published dataset.")],
    db: Path = DB_OPTION,
) -> None:
    """Load a published dataset beside sitrep's own incidents (replacing an earlier import)."""
    from sitrep.export import imports

    loaders = {"ucdp": imports.import_ucdp, "acled": imports.import_acled}
    if kind not in loaders:
        err.print(f"[red]unknown dataset {kind}: choose ucdp or acled[/red]")
        raise typer.Exit(2)
    rows = loaders[kind](path)
    with open_store(db) as store, store.transaction():
        store.delete_incidents(origin=kind)
        store.add_incidents(rows)
    console.print(f"imported {len(rows)} {kind} events from {path}")


def compare(
    other: Annotated[str, typer.Argument(help="Imported dataset to compare with: ucdp|acled")],
    db: Path = DB_OPTION,
    by: str = typer.Option("month,admin1"),
    fmt: Annotated[OutFormat, typer.Option("--format")] = OutFormat.table,
) -> None:
    """Where sitrep's incidents and a reference dataset agree and differ."""
    from sitrep.analyze import compare as cmp

    with open_store(db, read_only=True) as store:
        ours, theirs = store.incidents(origin="sitrep"), store.incidents(origin=other)
    df = cmp(ours, theirs, by=tuple(k.strip() for k in by.split(",")))
    _print_frame(df, fmt, f"sitrep vs {other}")


def evaluate(
    reference: Annotated[Path, typer.Argument(help="UCDP GED CSV, ACLED CSV or dev-set JSONL.")],
    fmt: Optional[str] = typer.Option(None, "--format", help="ucdp|acled|devset|fakes (default: sniff)"),
    limit: Optional[int] = typer.Option(None, help="Evaluate a deterministic sample of this size."),
    country: Optional[str] = COUNTRY_OPTION,
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write scores as JSON."),
    split: Optional[str] = typer.Option(None, help="Dev-set JSONL: only items of this split "
                                                   "(dev, blind)."),
) -> None:
    """Score sitrep's extraction against a human-coded reference dataset."""
    import json

    from sitrep.evaluate import evaluate as run, format_scores, load_reference
    from sitrep.pipeline import extract_reports

    refs = load_reference(reference, fmt)
    if split:
        refs = [r for r in refs if r.split == split]
        if not refs:
            raise typer.BadParameter(f"no reference item has split {split!r}", param_hint="--split")
    with progress() as bar:
        task = bar.add_task("evaluating", total=min(len(refs), limit or len(refs)))
        scores = run(refs, lambda reports, c: extract_reports(reports, country=c), limit=limit,
                     country=country, progress=lambda n: bar.advance(task, n))
    console.print(format_scores(scores))
    if json_out:
        json_out.write_text(json.dumps(scores, indent=1, default=str), encoding="utf-8")
