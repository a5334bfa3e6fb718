"""HTML pages of the dashboard, mounted on the API app: the same filters, store calls and
sitrep.analyze figures as the JSON endpoints, rendered server-side (no JS, no CDN)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from importlib import resources
from typing import Annotated
from urllib.parse import urlencode, urlparse

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from sitrep import taxonomy
from sitrep.analyze import killed_range, tally, to_frame
from sitrep.api.app import (
    MAX_PAGE,
    Filters,
    FiltersDep,
    Page,
    Sort,
    StoreDep,
    incident_detail,
    paging,
)
from sitrep.model import Evidence
from sitrep.web import svg

TABLE_PAGE = 50


def _env() -> Environment:
    folder = resources.files("sitrep.web") / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=select_autoescape())
    env.filters["span"] = _span
    return env


def _span(lo, hi) -> str:
    """A casualty range as people read it: '', '5', '3–5'."""
    if lo is None and hi is None:
        return ""
    if lo is None or hi is None or lo == hi:
        return str(lo if lo is not None else hi)
    return f"{lo}–{hi}"


def _records(df) -> list[dict]:
    return df.astype(object).where(df.notna(), None).to_dict(orient="records")


def grain_for(first: date, last: date) -> str:
    """Days for a month or two, weeks up to about a year, months beyond."""
    days = (last - first).days
    return "day" if days <= 62 else "week" if days <= 400 else "month"


def _periods(first: date, last: date, grain: str) -> list[str]:
    """Every period label from first to last, so quiet periods show as gaps."""
    out = []
    if grain == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    step = 7 if grain == "week" else 1
    d = first - timedelta(days=first.weekday()) if grain == "week" else first
    while d <= last:
        out.append(d.isoformat())
        d += timedelta(days=step)
    return out


def timeline_rows(incidents) -> tuple[list[tuple[str, int, int, int]], str]:
    dated = [i.event_date for i in incidents if i.event_date]
    if not dated:
        return [], "day"
    grain = grain_for(min(dated), max(dated))
    got = {r[grain]: r for r in _records(tally(incidents, by=grain))}
    rows = []
    for label in _periods(min(dated), max(dated), grain):
        r = got.get(label, {})
        rows.append((label, r.get("killed_min", 0), r.get("killed_best", 0),
                     r.get("killed_max", 0)))
    return rows, grain


def highlight(sentence: str, spans: list[tuple[str, Evidence]]) -> Markup:
    """The sentence with each evidence span marked (title: the field it supports)."""
    marks = []
    for name, ev in spans:
        a = ev.start - ev.sentence_start
        if not (0 <= a and sentence[a:a + len(ev.text)] == ev.text):
            a = sentence.find(ev.text)  # offsets from an older extraction: find the text
        if a >= 0 and ev.text:
            marks.append((a, a + len(ev.text), name))
    out, at = [], 0
    for a, b, name in sorted(marks):
        if a < at:
            continue  # overlapping spans: keep the first
        out.append(escape(sentence[at:a]))
        out.append(f'<mark title="{escape(name)}">{escape(sentence[a:b])}</mark>')
        at = b
    out.append(escape(sentence[at:]))
    return Markup("".join(out))


def evidence_sentences(evidence: dict[str, dict]) -> list[Markup]:
    """Each distinct sentence behind a mention's fields, in text order, spans marked."""
    by_sentence: dict[tuple[int, str], list[tuple[str, Evidence]]] = {}
    for name, raw in evidence.items():
        ev = Evidence(**raw)
        if ev.sentence:
            by_sentence.setdefault((ev.sentence_start, ev.sentence), []).append((name, ev))
    return [highlight(s, spans) for (_, s), spans in sorted(by_sentence.items())]


def table_paging(limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = TABLE_PAGE,
                 offset: Annotated[int, Query(ge=0)] = 0,
                 sort: Annotated[Sort, Query()] = "date") -> Page:
    return paging(limit, offset, sort)


def _body_fields(spec: dict, op: dict) -> list[dict]:
    """A JSON body's fields, shown like query parameters."""
    ref = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
           .get("schema", {}).get("$ref", ""))
    if not ref:
        return []
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return [{"name": k, "in": "JSON body" + (", required" if k in schema.get("required", [])
                                             else ""),
             "description": v.get("description", ""), "schema": v}
            for k, v in schema["properties"].items()]


def _back(referer: str, netloc: str) -> str:
    """Back to the table or dashboard the person came from, filters kept; else the table."""
    u = urlparse(referer)
    if u.netloc == netloc and u.path in ("/", "/incidents"):
        return u.path + ("?" + u.query if u.query else "")
    return "/incidents"


def mount(app: FastAPI) -> None:
    env = _env()

    def choices(s, f: Filters) -> dict:
        admin1 = [r["admin1"] for r in _records(tally(s.incidents(origin=f.origin), by="admin1"))
                  if r["admin1"] != "(not known)"]
        return {"event_types": taxonomy.event_types(),
                "sub_event_types": sorted(taxonomy.sub_event_types()), "admin1": admin1}

    def page(name: str, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context))

    @app.get("/", response_class=HTMLResponse)
    def dashboard(f: FiltersDep, s: StoreDep) -> HTMLResponse:
        rows = s.incidents(**f.store_args())
        frame = to_frame(rows)
        totals = {c: int(frame[c].sum()) for c in ("killed_min", "killed_best", "killed_max",
                                                     "injured_min", "injured_max")}
        periods, grain = timeline_rows(rows)
        by_type = sorted(_records(tally(rows, by="sub_event_type")) if rows else [],
                         key=lambda r: (-r["incidents"], r["sub_event_type"]))
        by_admin1 = sorted(_records(tally(rows, by="admin1")) if rows else [],
                           key=lambda r: (-r["killed_best"], r["admin1"]))
        deadliest = sorted(rows, key=lambda i: -killed_range(i.to_record())[2])[:10]
        base = f.query()
        return page("dashboard.html", filters=f, qs=urlencode(base), choices=choices(s, f),
                    narrow=lambda k, v: urlencode(base | {k: v}),
                    action="/", count=len(rows), placed=len(svg.placed(rows)), totals=totals,
                    map_svg=Markup(svg.point_map(rows)),
                    timeline_svg=Markup(svg.timeline(periods, grain)), grain=grain,
                    by_type=by_type, by_admin1=by_admin1, deadliest=deadliest)

    @app.get("/incidents", response_class=HTMLResponse)
    def table(f: FiltersDep, p: Annotated[Page, Depends(table_paging)],
              s: StoreDep) -> HTMLResponse:
        total = s.count_incidents(**f.store_args())
        rows = s.incidents(**f.store_args(), limit=p.limit, offset=p.offset, order_by=p.sort)
        base = f.query()

        def link(offset: int, sort: str = p.sort) -> str:
            return "/incidents?" + urlencode(base | {"offset": offset, "limit": p.limit,
                                                     "sort": sort})

        prev = link(max(0, p.offset - p.limit)) if p.offset > 0 else None
        nxt = link(p.offset + p.limit) if p.offset + p.limit < total else None
        return page("table.html", filters=f, qs=urlencode(base), choices=choices(s, f),
                    action="/incidents", rows=rows, total=total, offset=p.offset,
                    prev=prev, next=nxt, max_page=MAX_PAGE, sort=p.sort,
                    sort_links={k: link(0, k) for k in ("date", "-date", "-killed")})

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page() -> HTMLResponse:
        # FastAPI's own /docs pulls scripts from a CDN; this page works offline.
        spec = app.openapi()
        endpoints = [{"method": method.upper(), "path": path,
                      "params": op.get("parameters", []) + _body_fields(spec, op),
                      "doc": op.get("description") or op.get("summary", "")}
                     for path, ops in spec["paths"].items() for method, op in ops.items()
                     if path.startswith("/api")]
        return page("api.html", endpoints=endpoints, action="/api")

    @app.get("/incident/{incident_id}", response_class=HTMLResponse)
    def incident_page(incident_id: str, request: Request, s: StoreDep) -> HTMLResponse:
        try:
            detail = incident_detail(s, incident_id)
        except HTTPException:
            return HTMLResponse(env.get_template("missing.html").render(incident_id=incident_id),
                                status_code=404)
        inc = s.incident(incident_id)
        reports = {r["id"]: r for r in detail["reports"]}
        sources = []
        for m in detail["mentions"]:
            sources.append({"mention": m, "report": reports.get(m["report_id"], {}),
                            "sentences": evidence_sentences(m["evidence"])})
        back = _back(request.headers.get("referer", ""), request.url.netloc)
        return page("incident.html", inc=inc, sources=sources, back=back,
                    unmentioned=[r for r in detail["reports"]
                                 if r["id"] not in {m["report_id"] for m in detail["mentions"]}])
