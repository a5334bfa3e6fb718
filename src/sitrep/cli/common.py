"""Shared bits of the command line: console, progress bars, store opening."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console()
err = Console(stderr=True)
if not console.is_terminal:
    # Piped or logged output: rich would wrap at 80 columns and cut ids people must copy.
    console.width = 180

DB_OPTION = typer.Option(Path("sitrep.duckdb"), "--db", help="DuckDB database file.")
COUNTRY_OPTION = typer.Option(
    None, "--country", help="Theatre the monitor works on; places reports do not name a country in."
)


def progress() -> Progress:
    """A progress bar that stays quiet when output is not a terminal (CI, pipes)."""
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )


@contextlib.contextmanager
def open_store(db: Path, read_only: bool = False) -> Iterator:
    from sitrep.store import Store

    if read_only and not Path(db).exists():
        err.print(f"[red]no database at {db}[/red] (run `sitrep ingest` first)")
        raise typer.Exit(2)
    with Store(db, read_only=read_only) as store:
        yield store


def report_quarantine(items) -> None:
    for q in items:
        err.print(f"[yellow]quarantined[/yellow] {q.origin}: {q.reason}")


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]not a date (YYYY-MM-DD): {value}[/red]")
        raise typer.Exit(2) from None
