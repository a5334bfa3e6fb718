"""Situation reports: the incidents of a span of days, grouped by category, sources cited.

Sections and their matching rules are data (data/export/report_categories.yaml);
layout is a Jinja2 template (data/export/templates/situation_report.{md,html}.j2).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
import yaml

from sitrep.analyze.frame import injured_range, killed_range, records
from sitrep.model import EventMention, Incident, Report, parse_date

SUMMARY_CHARS = 240


@lru_cache(maxsize=1)
def _rules() -> dict:
    path = resources.files("sitrep.data").joinpath("export/report_categories.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=2)
def _template(fmt: str) -> jinja2.Template:
    folder = resources.files("sitrep.data").joinpath("export/templates")
    env = jinja2.Environment(autoescape=fmt == "html", trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.from_string(folder.joinpath(f"situation_report.{fmt}.j2").read_text(encoding="utf-8"))


def section_of(rec: Mapping[str, Any]) -> str:
    """The report section an incident record belongs to (rules in the YAML file)."""
    rules = _rules()
    sub, etype = rec.get("sub_event_type") or "", rec.get("event_type") or ""
    weapon = (rec.get("weapon") or "").casefold()
    for s in rules["sections"]:
        if sub and sub in s.get("sub_event_types", []):
            return s["name"]
    for w in rules["weapon_rules"]:
        if weapon and w["keyword"] in weapon:
            return w["section"]
    for s in rules["sections"]:
        if etype and etype in s.get("event_types", []):
            return s["name"]
    return "Other"


def _range(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return ""
    lo = hi if lo is None else lo
    hi = lo if hi is None else hi
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _toll(rec: Mapping[str, Any]) -> str:
    killed = _range(rec.get("killed_min"), rec.get("killed_max"))
    injured = _range(rec.get("injured_min"), rec.get("injured_max"))
    parts = [f"{killed} killed" if killed else "", f"{injured} injured" if injured else ""]
    return ", ".join(p for p in parts if p) or "no casualty figures reported"


def _place(rec: Mapping[str, Any]) -> str:
    loc, admin1 = rec.get("location") or "", rec.get("admin1") or ""
    if loc and admin1 and loc != admin1:
        return f"{loc} ({admin1})"
    return loc or admin1 or "place unknown"


def _actors(rec: Mapping[str, Any]) -> str:
    a1, a2 = rec.get("actor1") or "", rec.get("actor2") or ""
    return f"{a1} against {a2}" if a1 and a2 else a1 or a2


def _summary(notes: str) -> str:
    notes = " ".join((notes or "").split())
    if len(notes) <= SUMMARY_CHARS:
        return notes
    return notes[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def _places(recs: Iterable[Mapping[str, Any]]) -> list[str]:
    """"Baghdad (Dura, Ilam)": governorates, most incidents first, with their towns."""
    counts: Counter = Counter()
    towns: dict[str, list[str]] = {}
    for r in recs:
        admin1, loc = r.get("admin1") or "", r.get("location") or ""
        key = admin1 or loc
        if not key:
            continue
        counts[key] += 1
        named = towns.setdefault(key, [])
        if loc and loc != key and loc not in named:
            named.append(loc)
    order = sorted(counts, key=lambda k: (-counts[k], k))
    return [f"{k} ({', '.join(towns[k])})" if towns[k] else k for k in order]


def _reports_by_id(reports: Iterable[Report] | Mapping[str, Report] | None) -> dict[str, Report]:
    if reports is None:
        return {}
    if isinstance(reports, Mapping):
        return dict(reports)
    return {r.id: r for r in reports}


def _sources(rec: Mapping[str, Any], mentions: list[EventMention] | None,
             reports: dict[str, Report]) -> list[dict[str, str]]:
    """One citation per outlet and report: outlet, date, and the report's title/URL if known."""
    cited: dict[tuple, dict[str, str]] = {}
    if mentions:
        pairs = [(m.source, m.published, m.report_id) for m in mentions]
    else:
        ids = rec.get("report_ids") or []
        pairs = [(reports[i].source, reports[i].published, i) for i in ids if i in reports]
        seen = {p[0] for p in pairs}
        pairs += [(s, None, "") for s in rec.get("sources") or [] if s not in seen]
    for outlet, published, report_id in sorted(pairs, key=lambda p: (p[0] or "", str(p[1]), p[2])):
        rep = reports.get(report_id)
        label = outlet or (rep.source if rep else "") or "unnamed source"
        if published:
            label += f", {published.isoformat()}"
        if rep and rep.title:
            label += f": “{rep.title}”"
        cited.setdefault((label, rep.url if rep else ""), {"label": label, "url": rep.url if rep else ""})
    return list(cited.values())


def build(incidents: Iterable[Incident | dict], date_from: date | str, date_to: date | str,
          mentions_by_incident: Mapping[str, list[EventMention]] | None = None,
          reports: Iterable[Report] | Mapping[str, Report] | None = None) -> dict[str, Any]:
    """The report as plain data (what the templates render)."""
    start, end = parse_date(date_from), parse_date(date_to)
    recs = []
    for rec in records(incidents):
        d = parse_date(rec.get("event_date"))
        if d is None or (start and d < start) or (end and d > end):
            continue
        recs.append((d, rec))
    recs.sort(key=lambda x: (x[0], -killed_range(x[1])[2], x[1].get("id", "")))
    reps = _reports_by_id(reports)
    mentions_by_incident = mentions_by_incident or {}

    names = [s["name"] for s in _rules()["sections"]]
    grouped: dict[str, list] = {n: [] for n in names}
    for d, rec in recs:
        grouped[section_of(rec)].append((d, rec))

    def total(rs: list) -> dict[str, Any]:
        k = [killed_range(r) for _, r in rs]
        inj = [injured_range(r) for _, r in rs]
        kmin, kbest, kmax = sum(x[0] for x in k), sum(x[1] for x in k), sum(x[2] for x in k)
        imin, imax = sum(x[0] for x in inj), sum(x[1] for x in inj)
        return {"incidents": len(rs), "killed": _range(kmin, kmax), "killed_best": kbest,
                "killed_min": kmin, "killed_max": kmax, "injured": _range(imin, imax)}

    sections = []
    for name in names:
        rs = grouped[name]
        if not rs:
            continue
        places = _places(r for _, r in rs)
        items = [{
            "id": r.get("id", ""),
            "date": d.isoformat(),
            "place": _place(r),
            "actors": _actors(r),
            "toll": _toll(r),
            "summary": _summary(r.get("notes", "")),
            "sources": _sources(r, mentions_by_incident.get(r.get("id", "")), reps),
        } for d, r in rs]
        sections.append({"name": name, "count": len(rs), "killed": total(rs)["killed"] or "0",
                         "places": places,
                         "entries": items})
    places = Counter(r.get("admin1") for _, r in recs if r.get("admin1"))
    span = f"{start.isoformat()} to {end.isoformat()}" if start and end else "all dates"
    totals = total(recs)
    totals["killed"] = totals["killed"] or "0"
    totals["injured"] = totals["injured"] or "0"
    return {
        "span": span,
        "totals": totals,
        "places": [{"name": n, "count": c} for n, c in sorted(places.items(), key=lambda x: (-x[1], x[0]))],
        "sections": sections,
        "empty_sections": [n for n in names if not grouped[n] and n != "Other"],
    }


def situation_report(incidents: Iterable[Incident | dict], date_from: date | str, date_to: date | str,
                     fmt: str = "md", mentions_by_incident: Mapping[str, list[EventMention]] | None = None,
                     reports: Iterable[Report] | Mapping[str, Report] | None = None) -> str:
    """A daily-brief style report for the span, as Markdown ("md") or HTML ("html")."""
    if fmt not in ("md", "html"):
        raise ValueError(f"unknown report format {fmt!r}: use md or html")
    data = build(incidents, date_from, date_to, mentions_by_incident, reports)
    return _template(fmt).render(r=data)
