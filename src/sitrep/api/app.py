"""FastAPI application: JSON endpoints plus the HTML dashboard routes from sitrep.web."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel

from sitrep.model import Incident


class ExtractRequest(BaseModel):
    text: str
    published: date | None = None
    country: str | None = None
    source: str = ""
    title: str = ""


def create_app(db: str | Path = "sitrep.duckdb") -> FastAPI:
    from sitrep.store import Store

    app = FastAPI(title="sitrep", version="0.1.0",
                  description="Incidents extracted and merged from news reports.")

    def store() -> Iterator[Store]:
        # One read-only connection per request: DuckDB allows many readers.
        if not Path(db).exists():
            raise HTTPException(503, f"no database at {db}: run `sitrep ingest` first")
        with Store(db, read_only=True) as s:
            yield s

    def filters(date_from: date | None = Query(None, alias="from"),
                date_to: date | None = Query(None, alias="to"), country: str | None = None,
                admin1: str | None = None, event_type: str | None = None,
                actor: str | None = None, origin: str = "sitrep", limit: int = 500) -> dict:
        return dict(date_from=date_from, date_to=date_to, country=country, admin1=admin1,
                    event_type=event_type, actor=actor, origin=origin, limit=limit)

    @app.get("/api/incidents")
    def incidents(f: dict = Depends(filters), s: Store = Depends(store)) -> list[dict]:
        return [i.to_record() for i in s.incidents(**f)]

    @app.get("/api/incidents/{incident_id}")
    def incident(incident_id: str, s: Store = Depends(store)) -> dict:
        inc = _get(s, incident_id)
        return {"incident": inc.to_record(),
                "mentions": [m.to_record() | {"id": m.id, "report_id": m.report_id,
                                              "source": m.source}
                             for m in s.incident_mentions(incident_id)]}

    @app.get("/api/stats")
    def stats(by: str = "month", f: dict = Depends(filters), s: Store = Depends(store)) -> list[dict]:
        from sitrep.analyze import tally

        f["limit"] = None
        df = tally(s.incidents(**f), by=[k for k in by.split(",") if k])
        return df.astype(object).where(df.notna(), None).to_dict(orient="records")

    @app.get("/api/geojson")
    def geojson(f: dict = Depends(filters), s: Store = Depends(store)) -> dict:
        from sitrep.export import to_geojson

        return to_geojson(s.incidents(**f))

    @app.post("/api/extract")
    def extract(req: ExtractRequest) -> list[dict]:
        from sitrep.pipeline import extract as run

        return [e.to_record() for e in run(req.text, published=req.published,
                                           country=req.country, source=req.source,
                                           title=req.title)]

    from sitrep.web import routes

    routes.mount(app, store, filters)
    return app


def _get(s, incident_id: str) -> Incident:
    inc = s.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id}")
    return inc
