"""The map shapes shipped in ``data/americas.topo.json``, as GeoJSON.

The file is TopoJSON, written by ``scripts/generate_geometry.py`` from Natural Earth
through ``world-atlas`` (``docs/data.md`` says how). It is read once, on first use,
into tuples; `geometry` builds a fresh GeoJSON mapping from them on each call, so that
a caller may change what it gets without changing what the next caller gets.

The shapes carry no names: a territory's name comes from the library's country data.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from regional_migration._core import resources as _resources
from regional_migration._core.public import publish
from regional_migration.errors import DataError

__all__ = ["FILE", "Territory", "geometry", "territories"]

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC: tuple[str, ...] = ("geometry",)
TYPES: tuple[str, ...] = ()

FILE = "americas.topo.json"
DIGITS = 6
"""Decimal places of the coordinates written: a tenth of a metre, finer than the grid."""

Ring = tuple[tuple[float, float], ...]


class Territory(NamedTuple):
    """One territory of the file: its code, its polygons, its label and its size flag."""

    code: str
    polygons: tuple[tuple[Ring, ...], ...]
    label: tuple[float, float]
    small: bool


def geometry() -> dict[str, Any]:
    """The shapes of the Americas as a GeoJSON ``FeatureCollection`` (RFC 7946).

    One feature per territory: the UN M49 Americas but Bouvet Island, which has no
    shape at this scale, and Spain, Portugal, Andorra, metropolitan France and the
    European Netherlands. French Guiana, Guadeloupe, Martinique and the Caribbean
    Netherlands are features of their own. Each feature's ``id`` and ``code`` property
    are the ISO 3166-1 alpha-2 code; ``label`` is a ``[longitude, latitude]`` point
    inside its largest part and ``small`` says that part covers less than 1,000 km².
    Outer rings run counterclockwise, as RFC 7946 asks.

    Returns:
        A new mapping on each call, with lists, that ``json.dumps``, geopandas
        (``GeoDataFrame.from_features``), folium or plotly take as it is.

    Raises:
        DataError: the shipped file is missing or is not the TopoJSON expected.

    Examples:
        >>> from regional_migration import geometry
        >>> shapes = geometry()
        >>> shapes["type"], len(shapes["features"])
        ('FeatureCollection', 61)
        >>> guiana = next(f for f in shapes["features"] if f["id"] == "GF")
        >>> guiana["properties"]["code"], guiana["geometry"]["type"]
        ('GF', 'Polygon')
    """
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": t.code,
                "properties": {"code": t.code, "label": list(t.label), "small": t.small},
                "geometry": _geojson(t.polygons),
            }
            for t in territories()
        ],
    }


def territories() -> tuple[Territory, ...]:
    """The territories of the shipped file, sorted by code, read once and then cached.

    Raises:
        DataError: the shipped file is missing or is not the TopoJSON expected.
    """
    return _resources.cached("geometry", _read)


def _geojson(polygons: tuple[tuple[Ring, ...], ...]) -> dict[str, Any]:
    coordinates = [[[list(point) for point in ring] for ring in polygon] for polygon in polygons]
    if len(coordinates) == 1:
        return {"type": "Polygon", "coordinates": coordinates[0]}
    return {"type": "MultiPolygon", "coordinates": coordinates}


def _read() -> tuple[Territory, ...]:
    """The territories of the file, decoded; a `DataError` if the file is not as written."""
    raw = _resources.read_bytes(FILE)
    try:
        return _decode(json.loads(raw))
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        problem = f"is not the TopoJSON that scripts/generate_geometry.py writes ({exc!r})"
        raise DataError(FILE, "", problem) from None


def _decode(topology: dict[str, Any]) -> tuple[Territory, ...]:
    if topology["type"] != "Topology":
        raise ValueError(f"type {topology['type']!r}")
    (kx, ky), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + int(dx), y + int(dy)
            points.append((round(x * kx + tx, DIGITS), round(y * ky + ty, DIGITS)))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return tuple(reversed(points))  # clockwise in the file, as d3-geo wants

    territories = []
    for item in topology["objects"]["countries"]["geometries"]:
        kind = item["type"]
        if kind not in {"Polygon", "MultiPolygon"}:
            raise ValueError(f"geometry type {kind!r}")
        polygons = [item["arcs"]] if kind == "Polygon" else item["arcs"]
        lon, lat = item["properties"]["label"]
        territories.append(
            Territory(
                code=str(item["id"]),
                polygons=tuple(tuple(ring(r) for r in polygon) for polygon in polygons),
                label=(float(lon), float(lat)),
                small=bool(item["properties"]["small"]),
            )
        )
    return tuple(sorted(territories))


publish(globals())
