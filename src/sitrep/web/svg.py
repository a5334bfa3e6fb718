"""Small inline SVG charts for the dashboard, so it works with no network and no JS."""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from sitrep.model import Incident


def point_map(incidents: list[Incident], width: int = 640, height: int = 420) -> str:
    """Incidents as circles sized by deaths, on an equirectangular frame of their extent."""
    pts = [(i, i.place.longitude, i.place.latitude) for i in incidents
           if i.place and i.place.latitude is not None and i.place.longitude is not None]
    if not pts:
        return '<p class="muted">No geocoded incidents to map.</p>'
    lons, lats = [p[1] for p in pts], [p[2] for p in pts]
    pad = 0.3
    x0, x1 = min(lons) - pad, max(lons) + pad
    y0, y1 = min(lats) - pad, max(lats) + pad
    sx = (width - 20) / max(x1 - x0, 1e-6)
    sy = (height - 20) / max(y1 - y0, 1e-6)
    s = min(sx, sy)  # keep the aspect so distances look right

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return 10 + (lon - x0) * s, height - 10 - (lat - y0) * s

    out = [f'<svg viewBox="0 0 {width} {height}" class="map" role="img" '
           f'aria-label="map of incidents">',
           f'<rect width="{width}" height="{height}" fill="#f4f1ea"/>']
    labels: dict[str, tuple[float, float]] = {}
    for inc, lon, lat in sorted(pts, key=lambda p: -(p[0].killed_max or 0)):
        x, y = xy(lon, lat)
        r = 3 + min(14, (inc.killed_max or 0) ** 0.5 * 1.5)
        title = escape(f"{inc.event_date} {inc.sub_event_type} — {inc.place.name}: "
                       f"{inc.killed_min}–{inc.killed_max} killed")
        out.append(f'<a href="/incident/{escape(inc.id)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
                   f'r="{r:.1f}" fill="#b22" fill-opacity="0.55" stroke="#700">'
                   f'<title>{title}</title></circle></a>')
        labels.setdefault(inc.place.admin1 or inc.place.name, (x, y))
    for name, (x, y) in labels.items():
        out.append(f'<text x="{x + 6:.1f}" y="{y - 6:.1f}" font-size="11" fill="#333">'
                   f'{escape(name)}</text>')
    out.append(f'<text x="{width - 8}" y="{height - 6}" font-size="10" text-anchor="end" '
               f'fill="#777">lon {x0:.1f}–{x1:.1f}, lat {y0:.1f}–{y1:.1f}</text></svg>')
    return "".join(out)


def timeline(incidents: list[Incident], width: int = 640, height: int = 160) -> str:
    """Deaths per day (min as solid bar, up to max as a light bar)."""
    lo: dict = defaultdict(int)
    hi: dict = defaultdict(int)
    for i in incidents:
        if i.event_date:
            lo[i.event_date] += i.killed_min or 0
            hi[i.event_date] += i.killed_max or i.killed_min or 0
    if not hi:
        return '<p class="muted">No dated incidents.</p>'
    days = sorted(hi)
    span = (days[-1] - days[0]).days + 1
    bw = max(1.0, (width - 40) / span)
    top = max(hi.values()) or 1
    out = [f'<svg viewBox="0 0 {width} {height}" class="timeline" role="img" '
           f'aria-label="deaths per day">']
    for d in days:
        x = 30 + (d - days[0]).days * bw
        for value, colour in ((hi[d], "#e9b"), (lo[d], "#b22")):
            h = (height - 30) * value / top
            out.append(f'<rect x="{x:.1f}" y="{height - 20 - h:.1f}" width="{max(bw - 1, 1):.1f}" '
                       f'height="{h:.1f}" fill="{colour}"><title>{d}: {lo[d]}–{hi[d]} killed'
                       f'</title></rect>')
    out.append(f'<text x="30" y="{height - 5}" font-size="10">{days[0]}</text>'
               f'<text x="{width - 10}" y="{height - 5}" font-size="10" text-anchor="end">'
               f'{days[-1]}</text><text x="2" y="12" font-size="10">{top}</text></svg>')
    return "".join(out)


def type_counts(incidents: list[Incident]) -> list[tuple[str, int]]:
    return Counter(i.sub_event_type or i.event_type or "?" for i in incidents).most_common()
