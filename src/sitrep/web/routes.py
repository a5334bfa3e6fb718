"""HTML pages of the dashboard, mounted on the API app."""

from __future__ import annotations

from importlib import resources

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from sitrep.web import svg


def _env() -> Environment:
    folder = resources.files("sitrep.web") / "templates"
    return Environment(loader=FileSystemLoader(str(folder)), autoescape=select_autoescape())


def mount(app: FastAPI, store, filters) -> None:
    env = _env()

    @app.get("/", response_class=HTMLResponse)
    def dashboard(f: dict = Depends(filters), s=Depends(store)) -> str:
        rows = s.incidents(**f)
        return env.get_template("dashboard.html").render(
            incidents=rows, filters=f, map_svg=svg.point_map(rows),
            timeline_svg=svg.timeline(rows), types=svg.type_counts(rows),
            killed=(sum(i.killed_min or 0 for i in rows), sum(i.killed_max or 0 for i in rows)))

    @app.get("/incident/{incident_id}", response_class=HTMLResponse)
    def incident_page(incident_id: str, s=Depends(store)) -> str:
        inc = s.incident(incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id}")
        mentions = s.incident_mentions(incident_id)
        reports = {r.id: r for r in s.reports(ids=list(inc.report_ids))}
        return env.get_template("incident.html").render(inc=inc, mentions=mentions, reports=reports)
