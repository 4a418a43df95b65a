"""Write ``src/regional_migration/data/americas.topo.json``, the shapes of the Americas.

The shapes come from Natural Earth's Admin 0 countries at 1:50m (version 4.1.0, in the
public domain) as the npm package ``world-atlas`` redistributes them in TopoJSON
(``countries-50m.json``, ISC licence). The package is not part of this repository: the
script reads its tarball, pinned by version and SHA-256, from a path given with
``--tarball`` or fetches it with ``npm pack`` (saving it at that path when one is
given), and refuses any other bytes. It then

* keeps the UN M49 Americas (region 019, read from OCHA's taxonomy in
  ``scripts/sources/``) and Spain, Portugal, Andorra, France and the Netherlands for
  an inset of Europe; Bouvet Island has no shape at 1:50m;
* turns the ISO 3166-1 numeric ids into alpha-2 codes;
* splits France into FR, GF, GP and MQ (dropping Réunion and Mayotte, outside the
  map) and the Netherlands into NL and BQ, which Natural Earth merges by design,
  each part going to the territory whose bounding box holds it;
* simplifies the shared arcs with Visvalingam's algorithm, so that neighbours keep
  one common border and no slivers, to :data:`KEEP` of the points, and quantizes them
  to a grid of :data:`QUANTIZATION` steps; an island too small for that grid is left
  out, except the largest part of each territory, which keeps enough points;
* gives each territory a ``label`` point, inside its largest part, and a ``small``
  flag: its largest part covers less than :data:`SMALL_KM2` square kilometres.

Names are not copied: the library names territories from its own country data.
``tests/behaviour/test_geometry.py`` runs ``--check`` and fails if the shipped file differs.

Usage: ``python scripts/generate_geometry.py [--check] [--tarball PATH]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import heapq
import io
import json
import math
import shutil
import subprocess
import sys
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, TypeVar

import pycountry

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

PACKAGE = "world-atlas"
VERSION = "2.0.2"
SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
"""The digest of ``npm pack world-atlas@2.0.2``."""
MEMBER = "package/countries-50m.json"
NATURAL_EARTH = "4.1.0"

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src/regional_migration/data/americas.topo.json"
TAXONOMY = ROOT / "scripts/sources/ocha-countries-territories-taxonomy.csv"
COMMAND = "python scripts/generate_geometry.py"

AMERICAS_M49 = "19"
"""The UN M49 code of the Americas, as the taxonomy's ``Region Code`` column writes it."""
EUROPE = ("AD", "ES", "FR", "NL", "PT")
"""Kept for the inset of Europe: Spain and Andorra take part in the processes."""
ABSENT = {"BV": "Bouvet Island, uninhabited, has no shape in Natural Earth at 1:50m"}

KEEP = 0.2
"""The share of the points (of the arcs kept) that the simplification keeps."""
QUANTIZATION = 10_000
SMALL_KM2 = 1_000.0
EARTH_RADIUS_KM = 6371.0088
LABEL_DIGITS = 3


class Box(NamedTuple):
    """The bounding box, in degrees, of the parts of a merged country that go to *code*."""

    code: str
    west: float
    south: float
    east: float
    north: float

    def holds(self, points: Sequence[Point]) -> bool:
        """Whether every point lies inside the box."""
        return all(self.west <= x <= self.east and self.south <= y <= self.north for x, y in points)


SPLITS: dict[str, tuple[Box, ...]] = {
    "FR": (
        Box("FR", -6.0, 41.0, 10.0, 51.5),  # metropolitan France and Corsica
        Box("GF", -55.0, 2.0, -51.0, 6.0),
        Box("GP", -62.0, 15.8, -61.0, 16.6),  # Basse-Terre, Grande-Terre, Marie-Galante
        Box("MQ", -61.3, 14.3, -60.7, 15.0),
        Box("RE", 55.0, -21.5, 56.0, -20.5),
        Box("YT", 44.8, -13.2, 45.4, -12.5),
    ),
    "NL": (
        Box("NL", 3.0, 50.5, 7.5, 54.0),
        Box("BQ", -68.5, 11.9, -68.1, 12.4),  # Bonaire
        Box("BQ", -63.3, 17.4, -62.9, 17.7),  # Saba and Sint Eustatius
    ),
}
"""How the parts of the countries that Natural Earth merges are shared out."""

Point: TypeAlias = tuple[float, float]
Grid: TypeAlias = tuple[int, int]
Polygon: TypeAlias = list[list[int]]
"""Rings of arc indexes, as TopoJSON writes them: ``~i`` is arc ``i`` reversed."""
T = TypeVar("T")


def obtain(tarball: Path | None) -> bytes:
    """The pinned tarball's bytes, from *tarball* or ``npm pack``; check its digest."""
    data = tarball.read_bytes() if tarball is not None and tarball.is_file() else npm_pack()
    found = hashlib.sha256(data).hexdigest()
    if found != SHA256:
        raise SystemExit(f"{PACKAGE} {VERSION}: SHA-256 {found}, expected {SHA256}")
    if tarball is not None and not tarball.is_file():
        tarball.parent.mkdir(parents=True, exist_ok=True)
        tarball.write_bytes(data)
    return data


def npm_pack() -> bytes:
    """Fetch the pinned tarball with ``npm pack`` into a temporary folder; its bytes."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(f"npm is needed to fetch {PACKAGE}@{VERSION}; or pass --tarball")
    with tempfile.TemporaryDirectory(prefix="regional-migration-geometry-") as folder:
        done = subprocess.run(  # noqa: S603 - a fixed command, no shell
            [npm, "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", folder],
            capture_output=True,
            text=True,
            check=False,
        )
        packed = Path(folder, f"{PACKAGE}-{VERSION}.tgz")
        if done.returncode != 0 or not packed.is_file():
            raise SystemExit(f"npm pack {PACKAGE}@{VERSION} failed: {done.stderr.strip()}")
        return packed.read_bytes()


def read_topology(data: bytes) -> dict[str, Any]:
    """The ``countries-50m.json`` topology inside the tarball *data*."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{PACKAGE} {VERSION} has no {MEMBER}")
        topology: dict[str, Any] = json.load(member)
    return topology


def americas() -> set[str]:
    """The alpha-2 codes of the UN M49 Americas, from OCHA's taxonomy."""
    with TAXONOMY.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    codes = set()
    for row in rows:
        code = row["ISO 3166-1 Alpha 2-Codes"].strip()
        if row["Region Code"].strip() != AMERICAS_M49 or not code or row["Deprecated"] == "Y":
            continue
        country = pycountry.countries.get(alpha_2=code)
        if country is None or int(country.numeric) != int(row["m49 numerical code"]):
            raise SystemExit(f"{code}: the taxonomy's M49 code does not match ISO 3166-1")
        codes.add(code)
    return codes


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The arcs of a quantized, delta-encoded topology, in degrees."""
    (kx, ky), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def ring_points(
    ring: Iterable[int], arcs: Mapping[int, Sequence[T]] | Sequence[Sequence[T]]
) -> list[T]:
    """The points of a ring of arc indexes, each junction once."""
    points: list[T] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons_of(geometry: dict[str, Any]) -> list[Polygon]:
    """The polygons of a TopoJSON geometry object."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    raise SystemExit(f"unexpected geometry type {geometry['type']}")


def territories(topology: dict[str, Any], arcs: list[list[Point]]) -> dict[str, list[Polygon]]:
    """The polygons of each alpha-2 code, the merged countries split."""
    result: dict[str, list[Polygon]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=geometry.get("id", ""))
        if country is None:  # Kosovo, Somaliland and other shapes without an ISO code
            continue
        for polygon in polygons_of(geometry):
            code = country.alpha_2
            if code in SPLITS:
                outer = ring_points(polygon[0], arcs)
                holders = {box.code for box in SPLITS[code] if box.holds(outer)}
                if len(holders) != 1:
                    raise SystemExit(f"a part of {code} falls in {sorted(holders) or 'no box'}")
                code = holders.pop()
            result.setdefault(code, []).append(polygon)
    return result


def visvalingam(points: Sequence[Point]) -> list[float]:
    """Each point's effective area (degrees², longitude scaled by cos latitude).

    The ends are kept at any threshold. A point's area never falls below that of a
    point removed before it, so that a threshold removes points in a consistent order.
    """
    count = len(points)
    areas = [math.inf] * count
    if count < 3:  # noqa: PLR2004 - an arc of two points has nothing to remove
        return areas
    before = list(range(-1, count - 1))
    after = list(range(1, count + 1))

    def area(i: int) -> float:
        (ax, ay), (bx, by), (cx, cy) = points[before[i]], points[i], points[after[i]]
        scale = math.cos(math.radians(by))
        return abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) * scale / 2

    version = [0] * count
    heap = [(area(i), i, 0) for i in range(1, count - 1)]
    heapq.heapify(heap)
    floor = 0.0
    while heap:
        value, i, seen = heapq.heappop(heap)
        if seen != version[i]:
            continue
        floor = max(floor, value)
        areas[i] = floor
        left, right = before[i], after[i]
        after[left], before[right] = right, left
        for j in (left, right):
            if 0 < j < count - 1:
                version[j] += 1
                heapq.heappush(heap, (area(j), j, version[j]))
    return areas


def threshold(areas: Iterable[list[float]]) -> float:
    """The least area that keeps :data:`KEEP` of all the points."""
    ranked = sorted((a for arc in areas for a in arc), reverse=True)
    return ranked[max(0, round(len(ranked) * KEEP) - 1)]


class Frame(NamedTuple):
    """The quantization grid: the corner and the size of a step, in degrees."""

    x0: float
    y0: float
    kx: float
    ky: float

    @classmethod
    def around(cls, points: Iterable[Point]) -> Frame:
        """The grid of :data:`QUANTIZATION` steps over the bounding box of *points*."""
        xs, ys = zip(*points, strict=True)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        steps = QUANTIZATION - 1
        return cls(x0, y0, (x1 - x0) / steps, (y1 - y0) / steps)

    def grid(self, point: Point) -> Grid:
        """The grid cell of *point*."""
        return (round((point[0] - self.x0) / self.kx), round((point[1] - self.y0) / self.ky))

    def degrees(self, cell: Grid) -> Point:
        """The position, in degrees, of a grid cell."""
        return (cell[0] * self.kx + self.x0, cell[1] * self.ky + self.y0)


def quantize(points: Sequence[Point], keep: Iterable[int], frame: Frame) -> list[Grid]:
    """The kept points of an arc on the grid, without repeats (at least two)."""
    cells: list[Grid] = []
    for i in sorted(keep):
        cell = frame.grid(points[i])
        if not cells or cells[-1] != cell:
            cells.append(cell)
    return cells if len(cells) > 1 else cells * 2


def planar_area(ring: Sequence[Point] | Sequence[Grid]) -> float:
    """The signed area of a closed ring by the shoelace formula."""
    return sum(float(x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairwise(ring)) / 2


def spherical_km2(ring: Sequence[Point]) -> float:
    """The area, in km², that a closed ring of degrees encloses on the sphere."""
    total = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        total += math.radians(x1 - x0) * (
            2 + math.sin(math.radians(y0)) + math.sin(math.radians(y1))
        )
    return abs(total) * EARTH_RADIUS_KM**2 / 2


def inside(point: Point, rings: Sequence[Sequence[Point]]) -> bool:
    """Whether *point* is inside the polygon of *rings* (outer ring, then holes)."""
    x, y = point
    crossings = 0
    for ring in rings:
        for (x0, y0), (x1, y1) in pairwise(ring):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


def label(rings: Sequence[Sequence[Point]]) -> Point:
    """A point inside a polygon: its centroid if inside, else a midpoint across it.

    The midpoint is that of the widest span of the polygon along the parallel of the
    centroid (nudged off any vertex), which is always inside.
    """
    edges = list(pairwise(rings[0]))
    twice = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in edges)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in edges) / (3 * twice)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in edges) / (3 * twice)
    centroid = (round(cx, LABEL_DIGITS), round(cy, LABEL_DIGITS))
    if inside(centroid, rings):
        return centroid
    y = cy
    while any(py == y for ring in rings for _, py in ring):  # pragma: no cover - rare
        y += 1e-7
    xs = sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for ring in rings
        for (x0, y0), (x1, y1) in pairwise(ring)
        if (y0 > y) != (y1 > y)
    )
    spans = list(zip(xs[::2], xs[1::2], strict=True))
    west, east = max(spans, key=lambda span: span[1] - span[0])
    return (round((west + east) / 2, LABEL_DIGITS), round(y, LABEL_DIGITS))


def arc_indexes(rings: Iterable[Iterable[int]]) -> list[int]:
    """The arcs that *rings* use, each once, in order."""
    return sorted({~i if i < 0 else i for ring in rings for i in ring})


class Simplified(NamedTuple):
    """The arcs kept, as grid cells, and the polygons of each territory that survive."""

    frame: Frame
    cells: dict[int, list[Grid]]
    shapes: dict[str, list[Polygon]]
    largest_km2: dict[str, float]


def simplify(arcs: list[list[Point]], shapes: dict[str, list[Polygon]]) -> Simplified:
    """Simplify and quantize the arcs of *shapes*; drop the rings the grid flattens.

    A ring that the threshold flattens or turns over (a small island, often one closed
    arc of which only the ends are kept) keeps more points, the most significant first,
    until it encloses an area on the grid; one that has none even at full resolution is
    left out, unless it bounds the largest part of its territory. Segments that cross
    get points back too.
    """
    used = arc_indexes(ring for polygons in shapes.values() for p in polygons for ring in p)
    areas = {i: visvalingam(arcs[i]) for i in used}
    least = threshold(areas.values())
    keep = {i: {j for j, a in enumerate(areas[i]) if a >= least} for i in used}
    frame = Frame.around(point for i in used for point in arcs[i])
    km2 = {
        code: [spherical_km2(ring_points(p[0], arcs)) for p in polygons]
        for code, polygons in shapes.items()
    }
    for code, polygons in sorted(shapes.items()):
        largest = km2[code].index(max(km2[code]))
        for n, polygon in enumerate(polygons):
            for ring in polygon:
                if not _widen(ring, arcs, areas, keep, frame) and (n, ring) == (
                    largest,
                    polygon[0],
                ):
                    raise SystemExit(f"{code}: its largest part has no area on the grid")
    _untangle(arcs, areas, keep, frame)
    cells = {i: quantize(arcs[i], keep[i], frame) for i in used}
    survivors: dict[str, list[Polygon]] = {}
    for code, polygons in shapes.items():
        for polygon in polygons:
            rings = [
                ring
                for ring in polygon
                if planar_area(ring_points(ring, cells)) * planar_area(ring_points(ring, arcs)) > 0
            ]
            if rings and rings[0] is polygon[0]:
                survivors.setdefault(code, []).append(rings)
    return Simplified(frame, cells, survivors, {c: max(s) for c, s in km2.items()})


def _widen(
    ring: list[int],
    arcs: list[list[Point]],
    areas: dict[int, list[float]],
    keep: dict[int, set[int]],
    frame: Frame,
) -> bool:
    """Keep more points of *ring* until it encloses an area on the grid; whether it does.

    The area must keep its sign: a thin island simplified to a triangle may turn over.
    """
    indexes = arc_indexes([ring])
    more = sorted(
        ((areas[k][j], k, j) for k in indexes for j in range(len(arcs[k])) if j not in keep[k]),
        reverse=True,
    )
    sign = planar_area(ring_points(ring, arcs))

    def area() -> float:
        return planar_area(
            ring_points(ring, {k: quantize(arcs[k], keep[k], frame) for k in indexes})
        )

    while area() * sign <= 0:
        if not more:
            return False
        _, k, j = more.pop(0)
        keep[k].add(j)
    return True


def _untangle(
    arcs: list[list[Point]],
    areas: dict[int, list[float]],
    keep: dict[int, set[int]],
    frame: Frame,
) -> None:
    """Keep more points where two simplified segments cross, until none do.

    Each round gives each crossing segment back its most significant removed point.
    A crossing of two segments that have no point to give back is one that the grid
    makes at full resolution too (across a narrow estuary, say): the simplification
    has removed those, so finding one is an error.
    """
    while True:
        crossing = _crossings([s for i in keep for s in _segments(i, arcs[i], keep[i], frame)])
        restored = False
        for arc, start, end in sorted(crossing):
            removed = [j for j in range(start + 1, end) if j not in keep[arc]]
            if removed:
                keep[arc].add(max(removed, key=lambda j: (areas[arc][j], -j)))
                restored = True
        if not restored:
            if crossing:
                raise SystemExit(f"arcs {sorted({c[0] for c in crossing})} cross on the grid")
            return


Segment: TypeAlias = tuple[Grid, Grid, int, int, int]
"""A segment on the grid: its ends, then its arc and the indexes of its ends there."""


def _segments(
    arc: int, points: Sequence[Point], keep: Iterable[int], frame: Frame
) -> list[Segment]:
    """The segments between the kept points of an arc on the grid, skipping repeated cells."""
    cells: list[tuple[Grid, int]] = []
    for j in sorted(keep):
        cell = frame.grid(points[j])
        if not cells or cells[-1][0] != cell:
            cells.append((cell, j))
    return [(a, b, arc, i, j) for (a, i), (b, j) in pairwise(cells)]


def _crossings(segments: Iterable[Segment]) -> set[tuple[int, int, int]]:
    """The segments, as ``(arc, start, end)``, that properly cross another one.

    Segments are put in buckets of the grid so that only neighbours are compared.
    """
    size = 64
    buckets: dict[Grid, list[Segment]] = {}
    for segment in segments:
        (ax, ay), (bx, by) = segment[:2]
        for x in range(min(ax, bx) // size, max(ax, bx) // size + 1):
            for y in range(min(ay, by) // size, max(ay, by) // size + 1):
                buckets.setdefault((x, y), []).append(segment)
    crossing: set[tuple[int, int, int]] = set()
    for bucket in buckets.values():
        for n, (a, b, arc, start, end) in enumerate(bucket):
            for c, d, other, first, last in bucket[n + 1 :]:
                if _cross(a, b, c, d):
                    crossing |= {(arc, start, end), (other, first, last)}
    return crossing


def _cross(a: Grid, b: Grid, c: Grid, d: Grid) -> bool:
    """Whether segments *ab* and *cd* cross at a point inside both."""

    def side(p: Grid, q: Grid, r: Grid) -> int:
        turn = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (turn > 0) - (turn < 0)

    return side(c, d, a) * side(c, d, b) < 0 and side(a, b, c) * side(a, b, d) < 0


def encode(cells: Sequence[Grid]) -> list[list[int]]:
    """An arc's cells, delta-encoded as TopoJSON writes them."""
    encoded = [list(cells[0])]
    encoded += [[x1 - x0, y1 - y0] for (x0, y0), (x1, y1) in pairwise(cells)]
    return encoded


def topology_text(simplified: Simplified) -> str:
    """The TopoJSON text: one territory, then one arc, to a line; arcs in order of use."""
    frame, cells = simplified.frame, simplified.cells
    numbering: dict[int, int] = {}
    geometries = []
    for code, polygons in sorted(simplified.shapes.items()):
        for arc in (~i if i < 0 else i for polygon in polygons for ring in polygon for i in ring):
            numbering.setdefault(arc, len(numbering))
        renumbered = [
            [[numbering[i] if i >= 0 else ~numbering[~i] for i in ring] for ring in polygon]
            for polygon in polygons
        ]
        sizes = [abs(planar_area(ring_points(polygon[0], cells))) for polygon in polygons]
        biggest = polygons[sizes.index(max(sizes))]
        rings = [[frame.degrees(c) for c in ring_points(ring, cells)] for ring in biggest]
        lon, lat = label(rings)
        geometry: dict[str, Any] = {"type": "MultiPolygon", "arcs": renumbered}
        if len(renumbered) == 1:
            geometry = {"type": "Polygon", "arcs": renumbered[0]}
        geometry["id"] = code
        geometry["properties"] = {
            "label": [lon, lat],
            "small": simplified.largest_km2[code] < SMALL_KM2,
        }
        geometries.append(geometry)
    arcs = [encode(cells[i]) for i in sorted(numbering, key=numbering.__getitem__)]
    positions = [frame.degrees(c) for arc in cells.values() for c in arc]
    bbox = [min(x for x, _ in positions), min(y for _, y in positions)]
    bbox += [max(x for x, _ in positions), max(y for _, y in positions)]
    head = {
        "type": "Topology",
        "about": (
            "Shapes of the UN M49 Americas and of AD, ES, FR (metropolitan), NL (European) "
            "and PT, generated by scripts/generate_geometry.py; do not edit by hand. Each "
            "geometry's id is an ISO 3166-1 alpha-2 code; 'label' is a point inside its "
            "largest part and 'small' says that part covers less than 'small_km2'."
        ),
        "source": {
            "title": "Admin 0 - Countries, 1:50m",
            "publisher": "Natural Earth",
            "natural_earth": NATURAL_EARTH,
            "url": "https://www.naturalearthdata.com/",
            "package": f"{PACKAGE} {VERSION}",
            "file": MEMBER.removeprefix("package/"),
            "sha256": SHA256,
            "licence": "Natural Earth: public domain; world-atlas: ISC (see LICENSE-GEOMETRY)",
        },
        "absent": ABSENT,
        "keep": KEEP,
        "small_km2": SMALL_KM2,
        "bbox": [round(v, 6) for v in bbox],
        "transform": {"scale": [frame.kx, frame.ky], "translate": [frame.x0, frame.y0]},
    }
    lines = [_dump(head)[:-1] + ","]
    lines.append('"objects":{"countries":{"type":"GeometryCollection","geometries":[')
    lines += [_dump(g) + "," for g in geometries]
    lines[-1] = lines[-1][:-1]
    lines.append("]}},")
    lines.append('"arcs":[')
    lines += [_dump(a) + "," for a in arcs]
    lines[-1] = lines[-1][:-1]
    lines.append("]}")
    return "\n".join(lines) + "\n"


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def generate(data: bytes) -> str:
    """The text of ``americas.topo.json`` from the tarball *data*."""
    topology = read_topology(data)
    arcs = decode_arcs(topology)
    wanted = americas() | set(EUROPE)
    shapes = {c: p for c, p in territories(topology, arcs).items() if c in wanted}
    missing = sorted(wanted - set(shapes) - set(ABSENT))
    if missing:
        raise SystemExit(f"no shape for {', '.join(missing)}")
    return topology_text(simplify(arcs, shapes))


def main(argv: Sequence[str]) -> int:
    """Rewrite the shipped file, or with ``--check`` only say whether it is current."""
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument(
        "--tarball",
        type=Path,
        help=f"{PACKAGE}-{VERSION}.tgz: read if present, else fetched with npm pack and kept",
    )
    options = parser.parse_args(argv)
    text = generate(obtain(options.tarball))
    if options.check:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale; run: {COMMAND}")
            return 1
        print(f"{TARGET} is current")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.name}: {len(text.encode())} bytes from {PACKAGE} {VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
