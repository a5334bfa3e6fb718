"""Charts as PNG or SVG with matplotlib's Agg backend.

Agg renders without a display, browser or node, so charts draw offline and in CI,
and the same data gives the same file (SVG ids are salted with a fixed string and
no creation date is written).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker
import pandas as pd

from sitrep.analyze.figures import tally
from sitrep.model import Incident

BAND = "#e8a39b"
LINE = "#8b1a1a"
BAR = "#b04a3c"
PERIODS = ("day", "week", "month")
LEGEND_TIMELINE = "Shaded band: lowest to highest credible death toll; line: best estimate."
LEGEND_BARS = "Bars: best estimate of deaths; whiskers: lowest to highest credible toll."


def _source_note(df_in: pd.DataFrame, legend: str, extra: str = "") -> str:
    origins = sorted(set(df_in["origin"]) - {""})
    who = ", ".join(origins) if origins else "sitrep"
    note = f"Source: {who} incidents (n = {len(df_in):,}). {legend}"
    return note + (" " + extra if extra else "")


def _save(fig, out: str | Path) -> Path:
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"chart must be .png or .svg, not {out.name}")
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"Date": None} if fmt == "svg" else {"Software": None}
    with plt.rc_context({"svg.hashsalt": "sitrep", "svg.fonttype": "path"}):
        fig.savefig(out, format=fmt, dpi=150, bbox_inches="tight", metadata=meta)
    plt.close(fig)
    return out


def _frame(incidents) -> pd.DataFrame:
    from sitrep.analyze.frame import to_frame

    return to_frame(incidents)


def timeline_chart(incidents: Iterable[Incident | dict] | pd.DataFrame, out: str | Path,
                   by: str = "month", title: str | None = None) -> Path:
    """Deaths per day/week/month: best estimate as a line over the min-max band."""
    if by not in PERIODS:
        raise ValueError(f"timeline by {by!r}: choose day, week or month")
    df_in = _frame(incidents)
    t = tally(df_in, by=by)
    undated = t.attrs.get("undated", 0)
    fig, ax = plt.subplots(figsize=(10, 5))
    if t.empty:
        ax.text(0.5, 0.5, "No dated incidents", ha="center", va="center", transform=ax.transAxes)
        x = []
    else:
        x = [date.fromisoformat(v + "-01") if by == "month" else date.fromisoformat(v) for v in t[by]]
        # fill empty periods with zero so gaps read as "none recorded", not as a ramp
        freq = {"day": "D", "week": "W-MON", "month": "MS"}[by]
        idx = pd.date_range(min(x), max(x), freq=freq)
        t = t.drop(columns=[by]).set_index(pd.to_datetime(x)).reindex(idx, fill_value=0)
        ax.fill_between(t.index, t["killed_min"], t["killed_max"], color=BAND, alpha=0.6,
                        step="mid", linewidth=0, label="min–max")
        ax.step(t.index, t["killed_best"], where="mid", color=LINE, linewidth=1.8, label="best estimate")
        ax.set_ylim(bottom=0)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.legend(loc="upper left", frameon=False)
    ax.set_title(title or f"Deaths per {by}", fontsize=14, loc="left", fontweight="bold")
    ax.set_ylabel("People killed")
    ax.set_xlabel(by.capitalize() + (" (weeks start on Monday)" if by == "week" else ""))
    ax.grid(axis="y", color="#dddddd")
    ax.set_axisbelow(True)
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.spines[["top", "right"]].set_visible(False)
    extra = f"{undated} undated incidents left out." if undated else ""
    fig.text(0.01, -0.02, _source_note(df_in, LEGEND_TIMELINE, extra), fontsize=8, color="#555555",
             ha="left", va="top", wrap=True)
    return _save(fig, out)


def admin1_chart(incidents: Iterable[Incident | dict] | pd.DataFrame, out: str | Path,
                 top: int = 20, title: str | None = None) -> Path:
    """Deaths per governorate as horizontal bars (best estimate) with min-max whiskers."""
    df_in = _frame(incidents)
    t = tally(df_in, by="admin1").sort_values(["killed_best", "admin1"], ascending=[False, True])
    rest = t.iloc[top:]
    t = t.iloc[:top].iloc[::-1]  # largest at the top
    fig, ax = plt.subplots(figsize=(9, max(3.0, 0.38 * len(t) + 1.5)))
    if t.empty:
        ax.text(0.5, 0.5, "No incidents", ha="center", va="center", transform=ax.transAxes)
    else:
        y = range(len(t))
        ax.barh(y, t["killed_best"], color=BAR, height=0.65, label="best estimate")
        err = [(t["killed_best"] - t["killed_min"]).clip(lower=0), (t["killed_max"] - t["killed_best"]).clip(lower=0)]
        ax.errorbar(t["killed_best"], list(y), xerr=err, fmt="none", ecolor="#333333", capsize=3,
                    linewidth=1, label="min–max")
        ax.set_yticks(list(y), [f"{a} ({n})" for a, n in zip(t["admin1"], t["incidents"])])
        for yi, (best, hi) in enumerate(zip(t["killed_best"], t["killed_max"])):
            ax.text(max(best, hi) * 1.01 + 0.5, yi, f"{best:,}", va="center", fontsize=8)
        ax.set_xlim(left=0, right=max(1, t["killed_max"].max()) * 1.12)
        ax.legend(loc="lower right", frameon=False)
    ax.set_title(title or "Deaths by governorate", fontsize=14, loc="left", fontweight="bold")
    ax.set_xlabel("People killed")
    ax.set_ylabel("Governorate (incidents)")
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.xaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.spines[["top", "right"]].set_visible(False)
    extra = f"{len(rest)} more governorates not shown." if len(rest) else ""
    fig.text(0.01, -0.01, _source_note(df_in, LEGEND_BARS, extra), fontsize=8, color="#555555",
             ha="left", va="top", wrap=True)
    return _save(fig, out)
