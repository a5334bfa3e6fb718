"""Figures: tallies by period/place/actor/type, shares, period comparisons, annualised rates.

Every function takes a list of model.Incident (or their to_record() dicts, or a
DataFrame of those) and returns a DataFrame. Aggregate mentions ("the January toll
tops 800") never become incidents, so nothing here is counted twice.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from sitrep.analyze.frame import to_frame
from sitrep.model import Incident, parse_date

TIME_KEYS = ("day", "week", "month", "year")
CATEGORY_KEYS = ("admin1", "actor1", "actor2", "event_type", "sub_event_type", "country", "origin")
VICTIM = "victim"  # civilians vs combatants/others
KEYS = TIME_KEYS + CATEGORY_KEYS + (VICTIM,)
UNKNOWN = "(not known)"
KILLED = ("killed_min", "killed_best", "killed_max")
FIGURES = KILLED + ("injured_min", "injured_max")

Incidents = Iterable[Incident | dict] | pd.DataFrame


def _keys(by: str | Sequence[str]) -> list[str]:
    keys = [k.strip() for k in (by.split(",") if isinstance(by, str) else by) if k.strip()]
    bad = [k for k in keys if k not in KEYS]
    if bad or not keys:
        raise ValueError(f"cannot tally by {bad or by!r}: choose from {', '.join(KEYS)}")
    return keys


def _select(df: pd.DataFrame, date_from: date | str | None, date_to: date | str | None) -> pd.DataFrame:
    start, end = parse_date(date_from), parse_date(date_to)
    if start is None and end is None:
        return df
    keep = df["date"].notna()
    if start:
        keep &= df["date"].map(lambda d: d is not None and d >= start)
    if end:
        keep &= df["date"].map(lambda d: d is not None and d <= end)
    return df[keep]


def _prepare(incidents: Incidents, keys: list[str], date_from=None, date_to=None) -> pd.DataFrame:
    df = _select(to_frame(incidents), date_from, date_to)
    if any(k in TIME_KEYS for k in keys):
        undated = int(df["date"].isna().sum())
        df = df[df["date"].notna()].copy()
        df.attrs["undated"] = undated  # left out of time tallies, reported not hidden
        if "year" in keys:
            df["year"] = df["year"].astype("int64")
    for k in keys:
        if k in CATEGORY_KEYS:
            df[k] = df[k].replace("", UNKNOWN)
    if VICTIM in keys:
        # one row per incident and victim group, each with its own share of the deaths
        parts = []
        for group, prefix in (("civilians", "civilians"), ("combatants/other", "others")):
            part = df.copy()
            part[VICTIM] = group
            for fig in ("min", "best", "max"):
                part[f"killed_{fig}"] = df[f"{prefix}_{fig}"]
            parts.append(part[part["killed_max"] > 0])
        df = pd.concat(parts, ignore_index=True)
    return df


def _group(df: pd.DataFrame, keys: list[str], with_ids: bool) -> pd.DataFrame:
    figures = KILLED if VICTIM in keys else FIGURES
    cols = keys + ["incidents", *figures] + (["incident_ids"] if with_ids else [])
    if df.empty:
        return pd.DataFrame(columns=cols)
    g = df.groupby(keys, sort=True)
    out = g[list(figures)].sum()
    out.insert(0, "incidents", g.size())
    if with_ids:
        out["incident_ids"] = g["id"].agg(lambda ids: " ".join(sorted(ids)))
    out = out.reset_index()[cols]
    for c in ("incidents", *figures):
        out[c] = out[c].astype("int64")
    return out


def tally(incidents: Incidents, by: str | Sequence[str] = "year", date_from=None,
          date_to=None) -> pd.DataFrame:
    """Incidents, deaths (min/best/max) and injuries (min/max) per group.

    by: one key or several of day, week (labelled by its Monday), month, year,
    admin1, actor1 (perpetrator), actor2, event_type, sub_event_type, country,
    origin, victim (civilians vs combatants/other; deaths only). Undated
    incidents are left out of time tallies; their number is in `df.attrs["undated"]`.
    """
    keys = _keys(by)
    df = _prepare(incidents, keys, date_from, date_to)
    out = _group(df, keys, with_ids=False)
    out.attrs["undated"] = df.attrs.get("undated", 0)
    return out


def trace(incidents: Incidents, by: str | Sequence[str] = "year", date_from=None,
          date_to=None) -> pd.DataFrame:
    """tally() with the incident ids behind each row (space-separated)."""
    keys = _keys(by)
    return _group(_prepare(incidents, keys, date_from, date_to), keys, with_ids=True)


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _matches(name: str, actor: str) -> bool:
    return actor.casefold() in name.casefold()


def share(incidents: Incidents, actor: str, side: str = "actor1", date_from=None,
          date_to=None) -> pd.DataFrame:
    """Deaths attributed to an actor as a share (%) of all deaths, for min/best/max.

    The actor matches by case-insensitive substring of `actor1` (the perpetrator),
    or of either side with side="either".
    """
    df = _select(to_frame(incidents), date_from, date_to)
    if side == "either":
        mask = df["actor1"].map(lambda a: _matches(a, actor)) | df["actor2"].map(lambda a: _matches(a, actor))
    else:
        mask = df[side].map(lambda a: _matches(a, actor))
    mine, total = df[mask], df
    row: dict = {"actor": actor, "incidents": len(mine), "incidents_total": len(total)}
    for fig in ("min", "best", "max"):
        a, t = int(mine[f"killed_{fig}"].sum()), int(total[f"killed_{fig}"].sum())
        row[f"killed_{fig}"] = a
        row[f"total_killed_{fig}"] = t
        row[f"share_{fig}"] = _pct(a, t)
    return pd.DataFrame([row])


# --- periods -----------------------------------------------------------------


def parse_period(period: str | int | tuple) -> tuple[date, date]:
    """"2014", "2014-10", "2014-01..2014-10", "2014-10-28..2014-11-02" or (start, end)."""
    if isinstance(period, tuple):
        start, end = parse_date(period[0]), parse_date(period[1])
        if start is None or end is None:
            raise ValueError(f"bad period {period!r}")
        return start, end
    text = str(period).strip()
    if ".." in text:
        a, b = text.split("..", 1)
        return parse_period(a)[0], parse_period(b)[1]
    parts = text.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return date(y, 1, 1), date(y, 12, 31)
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        d = date.fromisoformat(text)
        return d, d
    except ValueError as e:
        raise ValueError(f"bad period {period!r}: use YYYY, YYYY-MM, YYYY-MM-DD or A..B") from e


def _totals(df: pd.DataFrame, start: date, end: date) -> dict:
    part = _select(df, start, end)
    row = {"date_from": start.isoformat(), "date_to": end.isoformat(), "incidents": len(part)}
    row.update({f: int(part[f].sum()) for f in FIGURES})
    return row


def compare_periods(incidents: Incidents, period_a, period_b) -> pd.DataFrame:
    """Two periods side by side: one row per measure, with difference and ratio a/b."""
    df = to_frame(incidents)
    a, b = _totals(df, *parse_period(period_a)), _totals(df, *parse_period(period_b))
    label_a, label_b = f"{a['date_from']}..{a['date_to']}", f"{b['date_from']}..{b['date_to']}"
    rows = []
    for m in ("incidents", *FIGURES):
        rows.append({"measure": m, label_a: a[m], label_b: b[m], "difference": a[m] - b[m],
                     "ratio": round(a[m] / b[m], 3) if b[m] else None})
    return pd.DataFrame(rows)


def annual_factor(year: int, as_of: date) -> float:
    """How much to scale a year-to-date figure to a full year.

    To the end of a month: 12 / months elapsed (end of October -> 12/10), the way
    monitors quote it; otherwise days in the year / days elapsed.
    """
    if as_of.year != year:
        raise ValueError(f"as_of {as_of} is not in {year}")
    if as_of.day == calendar.monthrange(year, as_of.month)[1]:
        return 12 / as_of.month
    return (366 if calendar.isleap(year) else 365) / as_of.timetuple().tm_yday


def annualise(incidents: Incidents, year: int, as_of: date | str | None = None,
              compare_with: Sequence[int] = ()) -> pd.DataFrame:
    """Year to date, annualised, as a share (%) of other full years.

    Rows: the year to `as_of` (default: its latest incident), the same scaled to a
    year, then each compared year with `share_*` = annualised figure / that year's.
    """
    df = to_frame(incidents)
    end = parse_date(as_of)
    if end is None:
        dates = [d for d in df["date"] if d is not None and d.year == year]
        if not dates:
            raise ValueError(f"no dated incidents in {year}")
        end = max(dates)
    factor = annual_factor(year, end)
    so_far = _totals(df, date(year, 1, 1), end)
    so_far.update(period=f"{year} to {end.isoformat()}", factor=1.0)
    scaled = dict(so_far, period=f"{year} annualised", date_to=date(year, 12, 31).isoformat(),
                  factor=round(factor, 4))
    for f in ("incidents", *FIGURES):
        scaled[f] = round(so_far[f] * factor)
    rows = [so_far, scaled]
    for other in compare_with:
        full = _totals(df, date(other, 1, 1), date(other, 12, 31))
        full.update(period=str(other), factor=1.0)
        for fig in ("min", "best", "max"):
            full[f"share_{fig}"] = _pct(scaled[f"killed_{fig}"], full[f"killed_{fig}"])
        rows.append(full)
    cols = ["period", "date_from", "date_to", "factor", "incidents", *FIGURES,
            "share_min", "share_best", "share_max"]
    return pd.DataFrame(rows).reindex(columns=cols)


# --- dataset against dataset -----------------------------------------------------


def _origin_name(incidents: Incidents, default: str) -> str:
    df = to_frame(incidents)
    names = sorted(set(df["origin"]) - {""})
    return names[0] if len(names) == 1 else default


def compare(a: Incidents, b: Incidents, by: Sequence[str] = ("month", "admin1"),
            names: tuple[str, str] | None = None) -> pd.DataFrame:
    """Where two datasets agree and differ: counts and deaths per cell, side by side.

    Columns: the keys, incidents_<a>, incidents_<b>, killed_best_<a>, killed_best_<b>,
    killed_min/max of each, killed_difference (a - b) and killed_ratio (a / b).
    Cells present in only one dataset show 0 for the other.
    """
    keys = _keys(list(by))
    if names is None:
        names = (_origin_name(a, "a"), _origin_name(b, "b"))
        if names[0] == names[1]:
            names = ("a", "b")
    na, nb = names
    ta, tb = tally(a, keys), tally(b, keys)
    merged = ta.merge(tb, on=keys, how="outer", suffixes=(f"_{na}", f"_{nb}")).sort_values(keys)
    cols = [f"{m}_{n}" for m in ("incidents", *KILLED) for n in names]
    for c in cols:
        merged[c] = merged[c].fillna(0).astype("int64")
    merged["killed_difference"] = merged[f"killed_best_{na}"] - merged[f"killed_best_{nb}"]
    merged["killed_ratio"] = [round(x / y, 3) if y else None
                              for x, y in zip(merged[f"killed_best_{na}"], merged[f"killed_best_{nb}"])]
    return merged[keys + cols + ["killed_difference", "killed_ratio"]].reset_index(drop=True)
