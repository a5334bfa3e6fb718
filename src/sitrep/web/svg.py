"""Inline SVG charts for the dashboard, so it works with no network and no JS.

The figures come from sitrep.analyze (the same rules as the CLI); this module only draws.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from html import escape

from sitrep.analyze import killed_range
from sitrep.model import Incident
from sitrep.web import basemap

LAND, BORDER, PRECISE, APPROX = "#ece6d8", "#b9b0a0", "#b22222", "#1f5fa8"


def placed(incidents: Sequence[Incident]) -> list[Incident]:
    """Incidents with coordinates: the ones a map (and the GeoJSON export) can show."""
    return [i for i in incidents if i.place and i.place.latitude is not None
            and i.place.longitude is not None]


def _focus(pts: list[Incident]) -> list[Incident]:
    """The incidents to frame: those of the country most of them are in (the theatre a
    monitor follows), else all. The rest are still drawn if they fall in the frame."""
    counts = Counter(i.place.iso2 or i.place.country for i in pts)
    top, n = counts.most_common(1)[0]
    if top and n >= 0.6 * len(pts):
        return [i for i in pts if (i.place.iso2 or i.place.country) == top]
    return pts


def _quantile(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))]


def _frame(lons: list[float], lats: list[float], aspect: float) -> tuple[float, float, float, float]:
    """A lon/lat box shaped like the canvas around where most incidents are.

    The box covers the middle 80% of points (all of them when few), widened by a
    margin; a few far-off incidents must not shrink the theatre to a dot.
    """
    q = 0.1 if len(lons) >= 10 else 0.0
    lo_x, hi_x = _quantile(lons, q), _quantile(lons, 1 - q)
    lo_y, hi_y = _quantile(lats, q), _quantile(lats, 1 - q)
    cx, cy = (lo_x + hi_x) / 2, (lo_y + hi_y) / 2
    k = math.cos(math.radians(cy))  # a degree of longitude is shorter away from the equator
    half_w = max((hi_x - lo_x) * k * 0.6 + 1.0, 2.5)
    half_h = max((hi_y - lo_y) * 0.6 + 1.0, 2.5)
    if half_w / half_h < aspect:
        half_w = half_h * aspect
    else:
        half_h = half_w / aspect
    return cx - half_w / k, cy - half_h, cx + half_w / k, cy + half_h


def point_map(incidents: Sequence[Incident], width: int = 720, height: int = 480) -> str:
    """One marker per placed incident over country outlines, sized by deaths (best)."""
    pts = placed(incidents)
    if not pts:
        return '<p class="muted">No incident has coordinates: nothing to map.</p>'
    focus = _focus(pts)
    x0, y0, x1, y1 = _frame([i.place.longitude for i in focus],
                            [i.place.latitude for i in focus], width / height)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - x0) / (x1 - x0) * width, (y1 - lat) / (y1 - y0) * height

    out = [(f'<svg viewBox="0 0 {width} {height}" class="map" role="img" '
            f'aria-label="map of {len(pts)} incidents" xmlns="http://www.w3.org/2000/svg">'),
           f'<rect width="{width}" height="{height}" fill="#cfe0ea"/>']
    labels = []
    for name, rings in basemap.in_frame(x0, y0, x1, y1).items():
        d = " ".join("M" + " L".join(f"{a:.1f},{b:.1f}" for a, b in (xy(*p) for p in r)) + "Z"
                     for r in rings)
        out.append(f'<path d="{d}" fill="{LAND}" stroke="{BORDER}" stroke-width="1">'
                   f'<title>{escape(name)}</title></path>')
        seen = [p for p in max(rings, key=len) if x0 <= p[0] <= x1 and y0 <= p[1] <= y1]
        if len(seen) < 3:
            continue
        lx, ly = xy(sum(p[0] for p in seen) / len(seen), sum(p[1] for p in seen) / len(seen))
        wide = (max(p[0] for p in seen) - min(p[0] for p in seen)) / (x1 - x0) * width
        if 40 < lx < width - 40 and 20 < ly < height - 20 and wide > 8 * len(name):
            labels.append(f'<text x="{lx:.0f}" y="{ly:.0f}" class="country">'
                          f'{escape(name.upper())}</text>')
    out += _graticule(x0, y0, x1, y1, xy, width, height)
    out += labels
    named = {i.place.name for i in pts}
    for name, lon, lat in basemap.cities(x0, y0, x1, y1):
        if name in named:
            continue  # the incident's own label says it
        cx, cy = xy(lon, lat)
        out.append(f'<g class="city"><rect x="{cx - 2.5:.1f}" y="{cy - 2.5:.1f}" width="5" '
                   f'height="5"/><text x="{cx + 5:.1f}" y="{cy + 12:.1f}">{escape(name)}</text>'
                   f'</g>')
    by_size = sorted(pts, key=lambda i: -killed_range(i.to_record())[1])
    for inc in by_size:
        x, y = xy(inc.place.longitude, inc.place.latitude)
        lo, best, hi = killed_range(inc.to_record())
        r = 4 + min(16, math.sqrt(best) * 1.6)
        exact = inc.place.geo_precision < 3
        style = (f'fill="{PRECISE}" fill-opacity="0.6" stroke="#700"' if exact else
                 f'fill="none" stroke="{APPROX}" stroke-width="2" stroke-dasharray="3 2"')
        killed = f"{lo}" if lo == hi else f"{lo}–{hi}"
        title = escape(f"{inc.event_date or 'undated'} · {inc.sub_event_type or inc.event_type}"
                       f" · {inc.place.name}: {killed} killed")
        out.append(f'<a href="/incident/{escape(inc.id)}"><circle class="marker" '
                   f'data-id="{escape(inc.id)}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}>'
                   f'<title>{title}</title></circle></a>')
    out += _place_labels(by_size, xy)
    outside = [i for i in pts
               if not (x0 <= i.place.longitude <= x1 and y0 <= i.place.latitude <= y1)]
    if outside:
        where = ", ".join(sorted({i.place.country or i.place.name for i in outside}))
        out.append(f'<text x="{width - 6}" y="16" class="axis" text-anchor="end">'
                   f'{len(outside)} more outside this view ({escape(where)}): see the table'
                   f'</text>')
    out.append("</svg>")
    return "".join(out)


def _graticule(x0, y0, x1, y1, xy, width, height) -> list[str]:
    step = 1 if x1 - x0 <= 12 else 5 if x1 - x0 <= 60 else 20
    out = []
    for lon in range(math.ceil(x0 / step) * step, math.floor(x1) + 1, step):
        x, _ = xy(lon, y0)
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" class="grid"/>'
                   f'<text x="{x + 2:.1f}" y="{height - 4}" class="axis">{lon}°E</text>')
    for lat in range(math.ceil(y0 / step) * step, math.floor(y1) + 1, step):
        _, y = xy(x0, lat)
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="3" y="{y - 2:.1f}" class="axis">{lat}°N</text>')
    return out


def _place_labels(incidents: list[Incident], xy, most: int = 10) -> list[str]:
    """Names of the deadliest places, skipping any that would overlap one already drawn."""
    out, taken, seen = [], [], set()
    for inc in incidents:
        name = inc.place.name
        if name in seen or inc.place.geo_precision >= 3:
            continue
        seen.add(name)
        x, y = xy(inc.place.longitude, inc.place.latitude)
        if any(abs(x - a) < 70 and abs(y - b) < 14 for a, b in taken):
            continue
        taken.append((x, y))
        out.append(f'<text x="{x + 7:.1f}" y="{y - 7:.1f}" class="place">{escape(name)}</text>')
        if len(taken) >= most:
            break
    return out


def timeline(periods: list[tuple[str, int, int, int]], grain: str, width: int = 720,
             height: int = 220) -> str:
    """Deaths per period: (label, min, best, max) rows, solid up to min, light up to max."""
    if not periods:
        return '<p class="muted">No dated incidents.</p>'
    left, right, top_pad, bottom = 48, 10, 12, 38
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = _nice(max(p[3] for p in periods))
    bw = plot_w / len(periods)
    out = [(f'<svg viewBox="0 0 {width} {height}" class="timeline" role="img" '
            f'aria-label="deaths per {grain}" xmlns="http://www.w3.org/2000/svg">')]
    for k in range(5):
        v = top * k / 4
        y = top_pad + plot_h - plot_h * v / top
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                   f'class="grid"/><text x="{left - 4}" y="{y + 4:.1f}" class="axis" '
                   f'text-anchor="end">{v:g}</text>')
    out.append(f'<text transform="translate(12,{top_pad + plot_h / 2:.0f}) rotate(-90)" '
               f'class="axis" text-anchor="middle">killed</text>')
    every = max(1, math.ceil(len(periods) / 8))
    for n, (label, lo, best, hi) in enumerate(periods):
        x = left + n * bw
        for value, cls in ((hi, "hi"), (lo, "lo")):
            h = plot_h * value / top
            out.append(f'<rect class="bar {cls}" x="{x + 0.5:.1f}" y="{top_pad + plot_h - h:.1f}" '
                       f'width="{max(bw - 1, 1):.1f}" height="{h:.1f}"><title>{escape(label)}: '
                       f'{lo}–{hi} killed (best {best})</title></rect>')
        if n % every == 0 and n + every <= len(periods):
            out.append(f'<text x="{x + 1:.1f}" y="{height - bottom + 14}" class="axis">'
                       f'{escape(label)}</text>')
        elif n == len(periods) - 1:
            out.append(f'<text x="{x + bw:.1f}" y="{height - bottom + 14}" class="axis" '
                       f'text-anchor="end">{escape(label)}</text>')
    out.append(f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" '
               f'y2="{top_pad + plot_h}" stroke="#666"/>'
               f'<text x="{left + plot_w / 2:.0f}" y="{height - 4}" class="axis" '
               f'text-anchor="middle">{grain} of the event (dark: lowest reported toll, '
               f'light: up to highest)</text></svg>')
    return "".join(out)


def _nice(v: float) -> float:
    """A round axis maximum at or above v (1, 2, 2.5, 5 x 10^n)."""
    if v <= 0:
        return 1
    mag = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * mag:
            return m * mag
    return 10 * mag
