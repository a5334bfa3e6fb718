"""FastAPI application: JSON endpoints plus the HTML dashboard routes from sitrep.web.

Every endpoint is a thin layer: filters go to Store.incidents, figures to
sitrep.analyze, GeoJSON to sitrep.export, text to sitrep.pipeline.extract.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator

from sitrep.model import Incident
from sitrep.store import Store

MAX_PAGE = 5000
MAX_TEXT = 200_000  # characters; a long article is ~20k


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The report's text.")
    published: date | None = Field(None, description="Publication date (ISO): relative dates "
                                                      "('on Tuesday') are resolved against it.")
    country: str | None = Field(None, description="Country the report is about (name or ISO2).")
    source: str = Field("", description="The outlet, copied onto each event.")
    title: str = Field("", description="The headline, read with the text.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v


@dataclass
class Filters:
    """The incident filters every list, map, chart and export endpoint shares."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    origin: str | None = "sitrep"

    def store_args(self) -> dict[str, Any]:
        return asdict(self)

    def query(self) -> dict[str, str]:
        """The filters as URL query parameters (for links that keep them)."""
        out = {"from": self.date_from, "to": self.date_to}
        out |= {k: v for k, v in asdict(self).items() if k not in ("date_from", "date_to")}
        return {k: str(v) for k, v in out.items() if v not in (None, "")}


def _invalid(param: str, msg: str, value: Any) -> HTTPException:
    # Same shape as FastAPI's own validation errors, so clients handle one format.
    return HTTPException(422, [{"type": "value_error", "loc": ["query", param], "msg": msg,
                                "input": value}])


def _date(param: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None  # an empty field of the dashboard's form means "no filter"
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise _invalid(param, "not a date: use YYYY-MM-DD", value) from None


def _choice(param: str, value: str | None, allowed: list[str]) -> str | None:
    if value is None or not value.strip():
        return None
    for a in allowed:
        if a.casefold() == value.strip().casefold():
            return a
    raise _invalid(param, f"unknown {param}: choose from {', '.join(allowed)}", value)


def filters(
    date_from: Annotated[str | None, Query(alias="from", description="Earliest event date, "
                                           "YYYY-MM-DD (inclusive).")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest event date, "
                                         "YYYY-MM-DD (inclusive).")] = None,
    country: Annotated[str | None, Query(description="Country name or ISO2 code.")] = None,
    admin1: Annotated[str | None, Query(description="Governorate/province, exact (any "
                                        "case).")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type.")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Part of either actor's name (any "
                                       "case).")] = None,
    origin: Annotated[str, Query(description="'sitrep' (extracted), an import such as "
                                 "'ucdp', or empty for all.")] = "sitrep",
) -> Filters:
    from sitrep import taxonomy

    f = Filters(date_from=_date("from", date_from), date_to=_date("to", date_to),
                country=(country or "").strip() or None, admin1=(admin1 or "").strip() or None,
                event_type=_choice("event_type", event_type, taxonomy.event_types()),
                sub_event_type=_choice("sub_event_type", sub_event_type,
                                       list(taxonomy.sub_event_types())),
                actor=(actor or "").strip() or None, origin=origin.strip() or None)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise _invalid("to", f"'to' ({f.date_to}) is before 'from' ({f.date_from})", date_to)
    return f


Sort = Literal["date", "-date", "-killed"]
FiltersDep = Annotated[Filters, Depends(filters)]


@dataclass
class Page:
    limit: int
    offset: int
    sort: str = "date"


def paging(limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page.")] = 100,
           offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
           sort: Annotated[Sort, Query(description="'date' (oldest first), '-date' (newest "
                                       "first) or '-killed' (highest death toll first).")
                           ] = "date") -> Page:
    return Page(limit, offset, sort)


def open_store(request: Request) -> Iterator[Store]:
    """One read-only connection per request: DuckDB allows many readers."""
    db = request.app.state.db
    if not Path(db).exists():
        raise HTTPException(503, f"no database at {db}: run `sitrep ingest` first")
    try:
        s = Store(db, read_only=True)
    except duckdb.IOException as e:
        # DuckDB lets one process write; readers elsewhere wait for it to finish.
        raise HTTPException(503, f"database {db} is busy (an ingest is writing to it?); "
                                 f"try again when it finishes: {e}") from None
    with s:
        yield s


StoreDep = Annotated[Store, Depends(open_store)]


def create_app(db: str | Path = "sitrep.duckdb") -> FastAPI:
    # No /docs or /redoc: they load scripts from a CDN. /api (sitrep.web) lists the
    # endpoints offline; /openapi.json stays.
    app = FastAPI(title="sitrep", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Incidents extracted and merged from news reports.")
    app.state.db = db

    @app.get("/api/incidents")
    def incidents(f: FiltersDep, p: Annotated[Page, Depends(paging)], s: StoreDep) -> dict:
        """Incidents matching the filters, in event-date order, one page at a time."""
        rows = s.incidents(**f.store_args(), limit=p.limit, offset=p.offset,
                            order_by=p.sort)
        return {"total": s.count_incidents(**f.store_args()), "offset": p.offset,
                "limit": p.limit, "sort": p.sort, "items": [i.to_record() for i in rows]}

    @app.get("/api/incidents/{incident_id}")
    def incident(incident_id: str, s: StoreDep) -> dict:
        """One incident with each report that described it and the sentences behind it."""
        return incident_detail(s, incident_id)

    @app.get("/api/stats")
    def stats(f: FiltersDep, s: StoreDep,
              by: Annotated[str, Query(description="Comma-separated keys: day, week, month, "
                                       "year, admin1, actor1, actor2, event_type, "
                                       "sub_event_type, country, origin, victim.")] = "month") -> dict:
        """Incidents, deaths (min/best/max) and injuries per group: sitrep.analyze.tally."""
        from sitrep.analyze import tally

        keys = [k.strip() for k in by.split(",") if k.strip()]
        try:
            df = tally(s.incidents(**f.store_args()), by=keys)
        except ValueError as e:
            raise _invalid("by", str(e), by) from None
        rows = df.astype(object).where(df.notna(), None).to_dict(orient="records")
        return {"by": keys, "undated": int(df.attrs.get("undated", 0)), "rows": rows}

    @app.get("/api/geojson")
    def geojson(f: FiltersDep, s: StoreDep) -> dict:
        """All matching incidents with coordinates as a GeoJSON FeatureCollection."""
        from sitrep.export import to_geojson

        return to_geojson(s.incidents(**f.store_args()))

    @app.post("/api/extract")
    def extract(req: ExtractRequest) -> list[dict]:
        """Typed, dated, geocoded events in one text (nothing is stored)."""
        from sitrep import pipeline

        if req.country and not pipeline.geocoder().country_code(req.country):
            raise HTTPException(422, [{"type": "value_error", "loc": ["body", "country"],
                                       "msg": f"unknown country {req.country!r}",
                                       "input": req.country}])
        return [e.to_record() | {"id": e.id} for e in pipeline.extract(
            req.text, published=req.published, country=req.country, source=req.source,
            title=req.title)]

    from sitrep.web import routes

    routes.mount(app)
    return app


def incident_detail(s, incident_id: str) -> dict:
    """The incident, its mentions (with link weight and evidence) and their reports."""
    inc: Incident | None = s.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    weights = dict(s.incident_links(incident_id))
    mentions = [m.to_record() | {"id": m.id, "report_id": m.report_id, "source": m.source,
                                 "published": m.published.isoformat() if m.published else None,
                                 "link_weight": weights.get(m.id)}
                for m in s.incident_mentions(incident_id)]
    reports = [{"id": r.id, "source": r.source, "url": r.url, "title": r.title,
                "published": r.published.isoformat() if r.published else None,
                "external_id": r.external_id}
               for r in s.reports(ids=list(inc.report_ids))]
    return {"incident": inc.to_record(), "mentions": mentions, "reports": reports}
