"""The Store: sitrep's embedded DuckDB database."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from sitrep.model import Correction, EventMention, Incident, Quarantined, Report, parse_date
from sitrep.store import schema
from sitrep.store.rows import TABLES, places_arrow

COUNTED = ("reports", "quarantine", "mentions", "places", "incidents", "incident_mentions",
           "corrections")

# incident id -> {mention id -> weight}, or (incident id, mention id, weight) triples
Links = Mapping[str, Mapping[str, float | None]] | Iterable[tuple[str, str, float | None]]

_names = itertools.count()


class StoreError(RuntimeError):
    pass


@dataclass
class LinkCandidates:
    """Stored incidents near new mentions, as `sitrep.link.link` takes them."""

    incidents: list[Incident]
    members: dict[str, list[str]]  # incident id -> its mention ids
    mentions: list[EventMention]  # those member mentions


def _report_of(mention_id: str) -> str:
    return mention_id.rsplit(":", 1)[0]


# Store.incidents(order_by=...): ties broken by id so pages are stable.
INCIDENT_ORDERS = {
    "date": "t.event_date NULLS LAST, t.id",
    "-date": "t.event_date DESC NULLS LAST, t.id",
    "-killed": "coalesce(t.killed_max, t.killed_best, t.killed_min, 0) DESC, "
               "t.event_date NULLS LAST, t.id",
}


def _incident_filter(date_from, date_to, country, admin1, event_type, sub_event_type, actor,
                     origin) -> tuple[str, list[Any]]:
    """The WHERE clause (on alias t) that Store.incidents and count_incidents share."""
    where, params = ["TRUE"], []
    if date_from is not None:
        where.append("t.event_date >= ?")
        params.append(parse_date(date_from))
    if date_to is not None:
        where.append("t.event_date <= ?")
        params.append(parse_date(date_to))
    if country:
        where.append("(lower(t.country) = lower(?) OR lower(t.iso2) = lower(?))")
        params += [country, country]
    if admin1:
        where.append("lower(t.admin1) = lower(?)")
        params.append(admin1)
    if event_type:
        where.append("lower(t.event_type) = lower(?)")
        params.append(event_type)
    if sub_event_type:
        where.append("lower(t.sub_event_type) = lower(?)")
        params.append(sub_event_type)
    if actor:
        where.append("(lower(t.actor1) LIKE ? OR lower(t.actor2) LIKE ?)")
        pattern = "%" + actor.lower().replace("%", r"\%").replace("_", r"\_") + "%"
        params += [pattern, pattern]
    if origin:
        where.append("t.origin = ?")
        params.append(origin)
    return "WHERE " + " AND ".join(where), params


class Store:
    """Reports, quarantined input, mentions, incidents and corrections in one DuckDB file.

    Opening migrates the schema. Every `add_*`/`replace_*` call is atomic; wrap a whole
    ingest batch in `with store.transaction():` to make the batch atomic.
    """

    def __init__(self, path: str | Path = "sitrep.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.read_only = read_only
        self._con = duckdb.connect(self.path, read_only=read_only)
        self._depth = 0
        current = schema.version(self._con)
        if read_only:
            if current != schema.LATEST:
                self._con.close()
                raise StoreError(f"{self.path} has schema version {current}, this sitrep needs "
                                 f"{schema.LATEST}; open it once without read_only to migrate")
        else:
            schema.migrate(self._con)
            schema.sync_columns(self._con)

    # --- lifecycle -------------------------------------------------------------------

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """For analytic SQL. Writes should go through the methods (they keep links consistent)."""
        return self._con

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing. Nested uses join the outermost transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._con.execute("ROLLBACK")
            raise
        self._depth = 0
        self._con.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return schema.version(self._con)

    # --- helpers ---------------------------------------------------------------------

    @contextmanager
    def _staged(self, table: pa.Table) -> Iterator[str]:
        """An Arrow table visible to SQL under a fresh name for the duration of the block."""
        name = f"_staged_{next(_names)}"
        self._con.register(name, table)
        try:
            yield name
        finally:
            self._con.unregister(name)

    def _ids(self, ids: Iterable[str]) -> pa.Table:
        return pa.table({"id": pa.array(sorted(set(ids)), type=pa.string())})

    def _insert(self, table: str, items: list[Any], on_conflict: str = "DO NOTHING") -> int:
        spec = TABLES[table]
        cols = ", ".join(c.name for c in spec.columns)
        with self._staged(spec.arrow(items)) as staged:
            return self._con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {staged} "
                                     f"ON CONFLICT {on_conflict}").fetchall()[0][0]

    def _select(self, table: str, where: str = "", params: list[Any] | None = None,
                order: str = "", join_ids: Iterable[str] | None = None,
                join_on: str = "id") -> list[Any]:
        spec = TABLES[table]
        sql = f"SELECT t.* FROM {table} t"
        if join_ids is not None:
            with self._staged(self._ids(join_ids)) as staged:
                return self._select_sql(spec, f"{sql} JOIN {staged} s ON t.{join_on} = s.id "
                                              f"{where} {order}", params)
        return self._select_sql(spec, f"{sql} {where} {order}", params)

    def _select_sql(self, spec: Any, sql: str, params: list[Any] | None) -> list[Any]:
        cur = self._con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [spec.build(dict(zip(names, row))) for row in cur.fetchall()]

    def _add_places(self, places: Iterable[Any]) -> None:
        tbl = places_arrow(places)
        if tbl.num_rows:
            cols = ", ".join(tbl.column_names)
            with self._staged(tbl) as staged:
                self._con.execute(f"INSERT INTO places ({cols}) SELECT {cols} FROM {staged} "
                                  "ON CONFLICT DO NOTHING")

    # --- reports and quarantine ---------------------------------------------------------

    def add_reports(self, reports: Iterable[Report]) -> int:
        """Store reports not seen before (by Report.id); returns how many were new."""
        unique = list({r.id: r for r in reversed(list(reports))}.values())[::-1]  # first wins
        if not unique:
            return 0
        with self.transaction():
            return self._insert("reports", unique)

    def add_quarantined(self, items: Iterable[Quarantined]) -> int:
        unique = list({q.id: q for q in reversed(list(items))}.values())[::-1]
        if not unique:
            return 0
        with self.transaction():
            return self._insert("quarantine", unique)

    def reports(self, ids: Iterable[str] | None = None) -> list[Report]:
        return self._select("reports", order="ORDER BY t.published NULLS LAST, t.id",
                            join_ids=ids)

    def report(self, id: str) -> Report | None:
        found = self.reports([id])
        return found[0] if found else None

    def quarantined(self) -> list[Quarantined]:
        return self._select("quarantine", order="ORDER BY t.origin, t.id")

    # --- mentions ------------------------------------------------------------------

    def add_mentions(self, mentions: Iterable[EventMention],
                     report_ids: Iterable[str] = ()) -> int:
        """Store a batch of extracted mentions; returns how many mention ids are new.

        Each report in the batch (and each of `report_ids`, which may have no mentions
        left) has its earlier mentions replaced: re-extraction never leaves stale rows.
        """
        items = list({m.id: m for m in mentions}.values())
        reports = {m.report_id for m in items} | set(report_ids)
        if not reports:
            return 0
        with (self.transaction(), self._staged(self._ids(reports)) as staged,
              self._staged(self._ids(m.id for m in items)) as batch):
            already = self._con.execute(
                f"SELECT count(*) FROM mentions WHERE id IN (SELECT id FROM {batch})"
            ).fetchall()[0][0]
            self._con.execute(f"DELETE FROM mentions WHERE report_id IN (SELECT id FROM {staged})")
            if items:
                self._insert("mentions", items)
                self._add_places(m.place for m in items)
            return len(items) - already

    def mentions(self, report_ids: Iterable[str] | None = None,
                 ids: Iterable[str] | None = None) -> list[EventMention]:
        order = "ORDER BY t.report_id, t.index"
        if ids is not None:
            return self._select("mentions", order=order, join_ids=ids)
        return self._select("mentions", order=order, join_ids=report_ids, join_on="report_id")

    # --- incidents -------------------------------------------------------------------

    def _link_rows(self, incidents: list[Incident], links: Links | None) -> pa.Table:
        given: dict[str, dict[str, float | None]] = {}
        if isinstance(links, Mapping):
            given = {k: dict(v) for k, v in links.items()}
        elif links is not None:
            for inc_id, m_id, w in links:
                given.setdefault(inc_id, {})[m_id] = w
        rows: list[tuple[str, str, float | None]] = []
        for inc in incidents:
            weights: dict[str, float | None] = dict.fromkeys(inc.mention_ids)
            weights.update(given.get(inc.id, {}))
            rows += [(inc.id, m, None if w is None else float(w)) for m, w in weights.items()]
        return pa.table({
            "incident_id": pa.array([r[0] for r in rows], type=pa.string()),
            "mention_id": pa.array([r[1] for r in rows], type=pa.string()),
            "report_id": pa.array([_report_of(r[1]) for r in rows], type=pa.string()),
            "weight": pa.array([r[2] for r in rows], type=pa.float64()),
        })

    def _write_incidents(self, incidents: list[Incident], links: Links | None) -> int:
        if not incidents:
            return 0
        self._delete_incident_ids(i.id for i in incidents)
        n = self._insert("incidents", incidents)
        link_rows = self._link_rows(incidents, links)
        if link_rows.num_rows:
            with self._staged(link_rows) as staged:
                self._con.execute("INSERT INTO incident_mentions "
                                  "(incident_id, mention_id, report_id, weight) "
                                  f"SELECT * FROM {staged} ON CONFLICT DO NOTHING")
        self._add_places(i.place for i in incidents)
        return n

    def _delete_incident_ids(self, ids: Iterable[str]) -> int:
        with self._staged(self._ids(ids)) as staged:
            self._con.execute(f"DELETE FROM incident_mentions "
                              f"WHERE incident_id IN (SELECT id FROM {staged})")
            return self._con.execute(f"DELETE FROM incidents WHERE id IN (SELECT id FROM {staged})"
                                     ).fetchall()[0][0]

    def replace_incidents(self, incidents: Iterable[Incident], mention_links: Links | None = None,
                          origin: str = "sitrep") -> int:
        """The linker's full result: all incidents of `origin` are replaced by these.

        `mention_links` gives mentions' match weights per incident; mentions in an
        incident's `mention_ids` without a weight are linked with weight NULL.
        Returns the number of incidents stored.
        """
        items = list({i.id: i for i in incidents}.values())
        if any(i.origin != origin for i in items):
            raise ValueError(f"replace_incidents(origin={origin!r}) got incidents of another "
                             "origin")
        with self.transaction():
            self.delete_incidents(origin=origin)
            return self._write_incidents(items, mention_links)

    def upsert_incidents(self, incidents: Iterable[Incident],
                         mention_links: Links | None = None) -> int:
        """Incremental linking: these incidents replace any incident with the same id or
        holding any of the same mentions. Returns the number of incidents stored."""
        items = list({i.id: i for i in incidents}.values())
        if not items:
            return 0
        link_rows = self._link_rows(items, mention_links)
        with self.transaction():
            with self._staged(link_rows) as staged:
                stale = [r[0] for r in self._con.execute(
                    f"SELECT DISTINCT incident_id FROM incident_mentions "
                    f"WHERE mention_id IN (SELECT mention_id FROM {staged})").fetchall()]
            self._delete_incident_ids(stale)
            return self._write_incidents(items, mention_links)

    def add_incidents(self, incidents: Iterable[Incident]) -> int:
        """Imported incidents (UCDP, ACLED...): same id replaces, so imports are re-runnable.
        Returns how many ids are new."""
        items = list({i.id: i for i in incidents}.values())
        if not items:
            return 0
        with self.transaction(), self._staged(self._ids(i.id for i in items)) as staged:
            existing = self._con.execute(
                f"SELECT count(*) FROM incidents WHERE id IN (SELECT id FROM {staged})"
            ).fetchall()[0][0]
            self._write_incidents(items, None)
            return len(items) - existing

    def delete_incidents(self, origin: str | None = None,
                         ids: Iterable[str] | None = None) -> int:
        """Remove incidents (and their mention links) by origin and/or id."""
        if origin is None and ids is None:
            raise ValueError("delete_incidents needs origin= or ids= (refusing to delete all)")
        with self.transaction():
            sql, params = "SELECT id FROM incidents WHERE TRUE", []
            if origin is not None:
                sql, params = sql + " AND origin = ?", [origin]
            chosen = {r[0] for r in self._con.execute(sql, params).fetchall()}
            if ids is not None:
                chosen &= set(ids)
            return self._delete_incident_ids(chosen) if chosen else 0

    def incidents(self, *, date_from: date | str | None = None, date_to: date | str | None = None,
                  country: str | None = None, admin1: str | None = None,
                  event_type: str | None = None, actor: str | None = None,
                  origin: str | None = None, limit: int | None = None,
                  sub_event_type: str | None = None, offset: int = 0,
                  order_by: str = "date") -> list[Incident]:
        """Incidents by event date (inclusive), place, type, actor (substring of actor1 or
        actor2), origin. Text filters ignore case; country matches the name or ISO2 code.
        `limit`/`offset` page through them in `order_by` order: "date" (oldest first),
        "-date" (newest first) or "-killed" (highest death toll first)."""
        where, params = _incident_filter(date_from, date_to, country, admin1, event_type,
                                         sub_event_type, actor, origin)
        if order_by not in INCIDENT_ORDERS:
            raise ValueError(f"order_by must be one of {', '.join(INCIDENT_ORDERS)}, "
                             f"not {order_by!r}")
        order = "ORDER BY " + INCIDENT_ORDERS[order_by]
        if limit is not None:
            order += f" LIMIT {int(limit)}"
        if offset:
            order += f" OFFSET {int(offset)}"
        return self._select("incidents", where=where, params=params, order=order)

    def count_incidents(self, *, date_from: date | str | None = None,
                        date_to: date | str | None = None, country: str | None = None,
                        admin1: str | None = None, event_type: str | None = None,
                        actor: str | None = None, origin: str | None = None,
                        sub_event_type: str | None = None) -> int:
        """How many incidents `incidents()` with the same filters would return unpaged."""
        where, params = _incident_filter(date_from, date_to, country, admin1, event_type,
                                         sub_event_type, actor, origin)
        return self._con.execute(f"SELECT count(*) FROM incidents t {where}", params).fetchall()[0][0]

    def incident(self, id: str) -> Incident | None:
        found = self._select("incidents", join_ids=[id])
        return found[0] if found else None

    def incident_links(self, incident_id: str) -> list[tuple[str, float | None]]:
        """(mention id, link weight) of an incident's mentions, strongest first."""
        return [(m, w) for m, w in self._con.execute(
            "SELECT mention_id, weight FROM incident_mentions WHERE incident_id = ? "
            "ORDER BY weight DESC NULLS LAST, mention_id", [incident_id]).fetchall()]

    def incident_mentions(self, incident_id: str) -> list[EventMention]:
        """The mentions an incident holds, strongest link first (weights: incident_links)."""
        links = self.incident_links(incident_id)
        found = {m.id: m for m in self.mentions(ids=[m for m, _ in links])}
        return [found[m] for m, _ in links if m in found]

    # --- what the linker needs ------------------------------------------------------------

    def known_report_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these report ids are already stored."""
        with self._staged(self._ids(ids)) as staged:
            return {r[0] for r in self._con.execute(
                f"SELECT r.id FROM reports r JOIN {staged} s ON r.id = s.id").fetchall()}

    def mentions_by_id(self, ids: Iterable[str]) -> list[EventMention]:
        return self.mentions(ids=ids)

    def link_candidates(self, mentions: Iterable[EventMention],
                        window_days: int = 7) -> LinkCandidates:
        """Stored sitrep incidents the linker should regroup with these mentions.

        Those dated within `window_days` of a mention's event date (else its report's
        date), and those already holding one of the mentions or a mention of the same
        reports (re-extraction, corrections). With their members and member mentions.
        """
        ms = list(mentions)
        days = sorted({d for m in ms if (d := m.event_date or m.published)})
        day_table = pa.table({"day": pa.array(days, type=pa.date32())})
        with (self._staged(day_table) as staged_days,
              self._staged(self._ids(m.report_id for m in ms)) as staged_reports):
            ids = [r[0] for r in self._con.execute(
                f"SELECT DISTINCT i.id FROM incidents i JOIN {staged_days} d "
                f"ON i.event_date BETWEEN d.day - {int(window_days)} AND d.day + "
                f"{int(window_days)} WHERE i.origin = 'sitrep' "
                f"UNION SELECT DISTINCT incident_id FROM incident_mentions "
                f"WHERE report_id IN (SELECT id FROM {staged_reports})").fetchall()]
        incidents = self._select("incidents", order="ORDER BY t.id", join_ids=ids)
        members: dict[str, list[str]] = {i.id: [] for i in incidents}
        with self._staged(self._ids(members)) as staged:
            for inc_id, m_id in self._con.execute(
                    f"SELECT incident_id, mention_id FROM incident_mentions "
                    f"WHERE incident_id IN (SELECT id FROM {staged}) "
                    f"ORDER BY incident_id, mention_id").fetchall():
                members[inc_id].append(m_id)
        held = self.mentions(ids=[m for ids_ in members.values() for m in ids_])
        return LinkCandidates(incidents, members, held)

    def save_link_result(self, result: Any) -> int:
        """Store a linker result: `.incidents`, `.members` (incident id -> [(mention id,
        weight)]) and `.retired` (stored incident ids that no longer exist)."""
        links = [(inc_id, m_id, w) for inc_id, ms in result.members.items() for m_id, w in ms]
        with self.transaction():
            retired = list(getattr(result, "retired", []) or [])
            if retired:
                self._delete_incident_ids(retired)
            return self.upsert_incidents(result.incidents, links)

    # --- corrections -----------------------------------------------------------------

    def add_correction(self, c: Correction) -> Correction:
        """Record a person's fix with its audit trail; returns it with id and time set.

        Times are stored as naive UTC.
        """
        if c.kind not in ("merge", "split"):
            raise ValueError(f"correction kind must be 'merge' or 'split', not {c.kind!r}")
        if not c.mention_ids:
            raise ValueError("a correction needs at least one mention id")
        if not c.who.strip():
            raise ValueError("a correction needs `who` for the audit trail")
        when = c.when or datetime.now(UTC)
        if when.tzinfo is not None:
            when = when.astimezone(UTC).replace(tzinfo=None)
        with self.transaction():
            new_id = self._con.execute(
                "INSERT INTO corrections (kind, mention_ids, who, why, made_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                [c.kind, list(c.mention_ids), c.who, c.why, when]).fetchall()[0][0]
        return Correction(kind=c.kind, mention_ids=list(c.mention_ids), who=c.who, why=c.why,
                          when=when, id=new_id)

    def corrections(self) -> list[Correction]:
        return self._select("corrections", order="ORDER BY t.id")

    # --- overview --------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self._con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in COUNTED}
