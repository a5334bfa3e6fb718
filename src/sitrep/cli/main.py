"""`sitrep` command line. Each command is a thin layer over the Python API."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.cli import analysis, linking
from sitrep.cli.common import (COUNTRY_OPTION, DB_OPTION, console, err, open_store, parse_date,
                               progress, report_quarantine)

app = typer.Typer(help="News reports about armed conflict -> a deduplicated, geocoded incident "
                       "database.", no_args_is_help=True, add_completion=False)
app.command("incident")(linking.show_incident)
app.command("merge")(linking.merge)
app.command("split")(linking.split)
app.command("stats")(analysis.stats)
app.command("report")(analysis.situation_report)
app.command("chart")(analysis.chart)
app.command("import")(analysis.import_dataset)
app.command("compare")(analysis.compare)
app.command("evaluate")(analysis.evaluate)


def _count_inputs(paths: list[Path]) -> int:
    from sitrep.sources import read

    return sum(1 for _ in read(paths))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL file to write.")],
    country: Optional[str] = COUNTRY_OPTION,
) -> None:
    """Extract events from reports into JSONL (no database): one line per report."""
    from sitrep.pipeline import extract_reports
    from sitrep.sources import read

    reports, failed = [], []
    for item in read(paths):
        (failed if not hasattr(item, "text") else reports).append(item)
    with out.open("w", encoding="utf-8") as f, progress() as bar:
        task = bar.add_task("extracting", total=len(reports))
        for report, events in extract_reports(reports, country=country):
            f.write(json.dumps({
                "report_id": report.id, "external_id": report.external_id,
                "origin": report.origin, "source": report.source, "title": report.title,
                "published": report.published.isoformat() if report.published else None,
                "events": [e.to_record() for e in events],
            }, ensure_ascii=False) + "\n")
            bar.advance(task)
        for q in failed:
            f.write(json.dumps({"report_id": q.id, "origin": q.origin, "error": q.reason,
                                "events": []}, ensure_ascii=False) + "\n")
    report_quarantine(failed)
    err.print(f"{len(reports)} reports -> {out}" + (f", {len(failed)} quarantined" if failed else ""))
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
    db: Path = DB_OPTION,
    country: Optional[str] = COUNTRY_OPTION,
) -> None:
    """Read, extract, geocode, store and merge reports into the database."""
    from sitrep.pipeline import ingest as run_ingest

    with open_store(db) as store, progress() as bar:
        task = bar.add_task("ingesting", total=_count_inputs(paths))
        summary = run_ingest(paths, store, country=country,
                             on_progress=lambda n: bar.advance(task, n))
        counts = store.counts()
    report_quarantine(summary.quarantined)
    console.print(
        f"read {summary.reports_read} reports: {summary.reports_new} new, "
        f"{summary.reports_skipped} already stored; {summary.mentions} event mentions; "
        f"{counts.get('incidents', 0)} incidents in {db}"
        + (f"; [yellow]{len(summary.quarantined)} quarantined[/yellow]" if summary.failed else ""))
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def incidents(
    db: Path = DB_OPTION,
    date_from: Annotated[Optional[str], typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="YYYY-MM-DD")] = None,
    country: Optional[str] = typer.Option(None, help="Country name."),
    admin1: Optional[str] = typer.Option(None, help="Governorate / province."),
    event_type: Optional[str] = typer.Option(None, "--type", help="ACLED event type."),
    actor: Optional[str] = typer.Option(None, help="Actor name (either side)."),
    limit: int = typer.Option(100, help="Rows at most."),
) -> None:
    """List incidents, newest first."""
    from sitrep.cli.tables import incidents_table

    with open_store(db, read_only=True) as store:
        rows = store.incidents(date_from=parse_date(date_from), date_to=parse_date(date_to),
                               country=country, admin1=admin1, event_type=event_type,
                               actor=actor, limit=limit)
    console.print(incidents_table(rows))


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    acled = "acled"
    ucdp = "ucdp"
    geojson = "geojson"
    parquet = "parquet"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("incidents.jsonl"),
    db: Path = DB_OPTION,
    origin: str = typer.Option("sitrep", help="Which incidents: sitrep's own, or an import."),
) -> None:
    """Write incidents in a format the field already uses."""
    from sitrep.export import write

    with open_store(db, read_only=True) as store:
        rows = store.incidents(origin=origin)
    write(rows, out, format.value)
    console.print(f"{len(rows)} incidents -> {out} ({format.value})")


@app.command()
def demo(db: Path = DB_OPTION) -> None:
    """Ingest the bundled sample corpus and print its incidents."""
    from importlib import resources

    from sitrep.cli.tables import incidents_table
    from sitrep.pipeline import ingest as run_ingest

    sample = resources.files("sitrep.data") / "sample"
    with resources.as_file(sample) as folder, open_store(db) as store:
        files = sorted(p for p in folder.iterdir() if p.suffix != ".md")  # not its README
        with progress() as bar:
            task = bar.add_task("ingesting sample corpus", total=_count_inputs(files))
            summary = run_ingest(files, store, country="Iraq",
                                 on_progress=lambda n: bar.advance(task, n))
        rows = store.incidents(limit=1000)
    report_quarantine(summary.quarantined)
    console.print(incidents_table(rows, title=f"Incidents from the bundled sample corpus ({db})"))
    console.print(f"{summary.reports_read} reports ({summary.reports_new} new), "
                  f"{summary.mentions} event mentions, {len(rows)} incidents")


@app.command()
def quarantine(db: Path = DB_OPTION) -> None:
    """List input that could not be read, with the reason."""
    with open_store(db, read_only=True) as store:
        items = store.quarantined()
    for q in items:
        console.print(f"{q.origin}: {q.reason}")
    console.print(f"{len(items)} quarantined")


@app.command()
def serve(db: Path = DB_OPTION, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the dashboard."""
    import uvicorn

    from sitrep.api import create_app

    uvicorn.run(create_app(db), host=host, port=port)


if __name__ == "__main__":
    app()
