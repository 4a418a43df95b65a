"""The shipped map shapes: what the generator writes, and sound as they stand.

The staleness test rebuilds the file from the pinned ``world-atlas`` tarball, which it
fetches with ``npm pack`` (about three seconds); it is skipped, saying why, where npm
or the registry cannot be reached. The other tests read the shipped file alone.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import pycountry
import pytest
from project_scripts import ROOT, load_script

from regional_migration import geometry
from regional_migration._core import resources as _resources
from regional_migration.errors import DataError

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

Point = tuple[float, float]

# The M49 Americas with a shape, Bouvet Island excepted, and the five states of Europe.
# fmt: off
AMERICAS = [
    "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO",
    "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GS", "GT", "GY", "HN",
    "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY",
    "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG", "VI",
]
# fmt: on
EUROPE = ["AD", "ES", "FR", "NL", "PT"]
OAS_SMALL_STATES = ["AG", "BB", "DM", "GD", "KN", "LC", "VC"]


def _generator() -> ModuleType:
    return load_script("generate_geometry")


def _shipped_text() -> str:
    return files("regional_migration").joinpath("data", "americas.topo.json").read_text("utf-8")


@cache
def _topology() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(_shipped_text())
    return found


def _geometries() -> dict[str, dict[str, Any]]:
    return {g["id"]: g for g in _topology()["objects"]["countries"]["geometries"]}


@cache
def _cells() -> list[list[tuple[int, int]]]:
    """The arcs on the quantization grid, delta-decoded."""
    arcs = []
    for arc in _topology()["arcs"]:
        x = y = 0
        cells = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            cells.append((x, y))
        arcs.append(cells)
    return arcs


def _degrees(cell: tuple[int, int]) -> Point:
    (kx, ky), (tx, ty) = _topology()["transform"]["scale"], _topology()["transform"]["translate"]
    return (cell[0] * kx + tx, cell[1] * ky + ty)


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    return [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]


def _ring(ring: list[int]) -> list[Point]:
    points: list[tuple[int, int]] = []
    for index in ring:
        arc = _cells()[index] if index >= 0 else _cells()[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return [_degrees(cell) for cell in points]


def _rings(code: str) -> list[list[list[Point]]]:
    return [[_ring(ring) for ring in polygon] for polygon in _polygons(_geometries()[code])]


def _arcs_of(code: str) -> set[int]:
    return {~i if i < 0 else i for p in _polygons(_geometries()[code]) for r in p for i in r}


def _signed_area(ring: list[Point]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2


def _inside(point: Point, rings: list[list[Point]]) -> bool:
    x, y = point
    crossings = 0
    for ring in rings:
        for (x0, y0), (x1, y1) in pairwise(ring):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


def test_shipped_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    generator = _generator()
    if shutil.which("npm") is None:
        pytest.skip(f"npm is not installed: cannot fetch {generator.PACKAGE} {generator.VERSION}")
    try:
        tarball = generator.npm_pack()
    except SystemExit as error:  # no registry at hand
        pytest.skip(f"cannot rebuild the geometry: {error}")
    saved = tmp_path / "world-atlas.tgz"
    saved.write_bytes(tarball)
    assert generator.main(["--check", "--tarball", str(saved)]) == 0, (
        "data/americas.topo.json is stale: run python scripts/generate_geometry.py"
    )


def test_generator_refuses_other_bytes(tmp_path: Path) -> None:
    generator = _generator()
    other = tmp_path / "world-atlas-2.0.2.tgz"
    other.write_bytes(b"not the pinned tarball")
    with pytest.raises(SystemExit, match=r"SHA-256 \w+, expected 032e7765"):
        generator.main(["--check", "--tarball", str(other)])


def test_generator_reads_the_m49_americas_from_the_taxonomy() -> None:
    americas = _generator().americas()
    assert len(americas) == 57
    assert sorted(americas - {"BV"}) == AMERICAS


def test_every_territory_is_there_by_its_alpha_2_code() -> None:
    topology = _topology()
    assert topology["type"] == "Topology"
    ids = [g["id"] for g in topology["objects"]["countries"]["geometries"]]
    assert ids == sorted(AMERICAS + EUROPE)
    assert all(pycountry.countries.get(alpha_2=code) is not None for code in ids)
    assert list(topology["absent"]) == ["BV"]


def test_merged_countries_are_split_into_their_territories() -> None:
    # Natural Earth puts French Guiana, Guadeloupe and Martinique in France and
    # Bonaire, Sint Eustatius and Saba in the Netherlands; each must stand alone.
    for code in ("FR", "NL"):
        for rings in _rings(code):
            assert all(-6 <= x <= 10 and 41 <= y <= 54 for x, y in rings[0]), code
    boxes = {
        "GF": (-55, 2, -51, 6),
        "GP": (-62, 15.8, -61, 16.6),
        "MQ": (-61.3, 14.3, -60.7, 15),
        "BQ": (-68.5, 11.9, -62.9, 17.7),
        "MF": (-63.2, 18.0, -62.9, 18.2),
        "SX": (-63.2, 18.0, -62.9, 18.1),
        "CW": (-69.2, 12.0, -68.7, 12.4),
        "AW": (-70.1, 12.4, -69.8, 12.7),
        "BL": (-63.0, 17.8, -62.7, 18.0),
    }
    for code, (west, south, east, north) in boxes.items():
        points = [p for rings in _rings(code) for p in rings[0]]
        assert all(west <= x <= east and south <= y <= north for x, y in points), code
    assert len(_rings("BQ")) == 3  # Bonaire, Sint Eustatius, Saba
    assert len(_rings("GP")) >= 2  # Basse-Terre and Grande-Terre at least


def test_neighbours_share_their_border() -> None:
    # One arc per border, simplified once, so that no sliver opens between neighbours.
    for one, other in [
        ("MF", "SX"),
        ("HT", "DO"),
        ("GF", "BR"),
        ("GF", "SR"),
        ("US", "CA"),
        ("US", "MX"),
        ("ES", "PT"),
        ("ES", "AD"),
        ("FR", "AD"),
        ("FR", "ES"),
    ]:
        assert _arcs_of(one) & _arcs_of(other), (one, other)


def test_arcs_are_all_used_and_rings_closed() -> None:
    used = {i for code in _geometries() for i in _arcs_of(code)}
    assert used == set(range(len(_cells())))
    assert all(len(arc) >= 2 for arc in _cells())
    for code in _geometries():
        for rings in _rings(code):
            for ring in rings:
                assert ring[0] == ring[-1], code
                assert len(set(ring)) >= 3, code


def test_coordinates_are_within_bounds_and_the_bbox() -> None:
    topology = _topology()
    west, south, east, north = topology["bbox"]
    assert -180 <= west < east <= 180
    assert -90 <= south < north <= 90
    assert all(0 <= x <= 9999 and 0 <= y <= 9999 for arc in _cells() for x, y in arc)
    points = [_degrees(cell) for arc in _cells() for cell in arc]
    assert min(x for x, _ in points) == pytest.approx(west, abs=1e-6)
    assert max(x for x, _ in points) == pytest.approx(east, abs=1e-6)
    assert min(y for _, y in points) == pytest.approx(south, abs=1e-6)
    assert max(y for _, y in points) == pytest.approx(north, abs=1e-6)


def test_rings_wind_as_d3_expects_and_never_cross() -> None:
    # Outer rings run clockwise (negative area in longitude and latitude), as in the
    # source; a ring turned over by the simplification would paint the whole globe.
    segments: dict[tuple[int, int], list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for code in _geometries():
        for rings in _rings(code):
            assert _signed_area(rings[0]) < 0, code
    for arc in _cells():
        for a, b in pairwise(arc):
            for x in range(min(a[0], b[0]) // 128, max(a[0], b[0]) // 128 + 1):
                for y in range(min(a[1], b[1]) // 128, max(a[1], b[1]) // 128 + 1):
                    segments.setdefault((x, y), []).append((a, b))

    def side(p: tuple[int, int], q: tuple[int, int], r: tuple[int, int]) -> int:
        turn = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (turn > 0) - (turn < 0)

    crossing = [
        (a, b)
        for near in segments.values()
        for n, (a, b) in enumerate(near)
        for c, d in near[n + 1 :]
        if side(c, d, a) * side(c, d, b) < 0 and side(a, b, c) * side(a, b, d) < 0
    ]
    assert crossing == []


def test_each_territory_has_a_label_inside_and_a_small_flag() -> None:
    for code, shape in _geometries().items():
        assert set(shape["properties"]) == {"label", "small"}, code  # no names
        label = tuple(shape["properties"]["label"])
        assert any(_inside(label, rings) for rings in _rings(code)), code
    small = sorted(code for code, g in _geometries().items() if g["properties"]["small"])
    assert set(OAS_SMALL_STATES) <= set(small)
    assert {"AD", "AW", "BQ", "CW", "GP", "MF", "SX", "VG"} <= set(small)
    assert not {"MQ", "TT", "JM", "PR", "GF", "FK", "BS", "US"} & set(small)
    assert _topology()["small_km2"] == 1000


def test_file_names_nothing_and_stays_small() -> None:
    text = _shipped_text()
    assert '"name"' not in text
    assert len(text.encode()) < 80_000


def test_licence_notice_ships_beside_the_shapes() -> None:
    notice = files("regional_migration").joinpath("data", "LICENSE-GEOMETRY").read_text("utf-8")
    assert "SPDX-License-Identifier: ISC" in notice
    assert "Natural Earth" in notice
    assert "public domain" in notice
    assert "americas.topo.json" in notice
    assert "LICENSE-GEOMETRY" in (ROOT / "DATA-LICENSE").read_text(encoding="utf-8")
    source = _topology()["source"]
    assert source["package"] == "world-atlas 2.0.2"
    assert source["sha256"] == _generator().SHA256


def _features() -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in geometry()["features"]}


def test_geometry_gives_every_territory_as_geojson() -> None:
    shapes = geometry()
    assert shapes["type"] == "FeatureCollection"
    features = _features()
    assert list(features) == sorted(AMERICAS + EUROPE)
    for code, feature in features.items():
        assert feature["type"] == "Feature"
        assert feature["properties"] == {"code": code, **_geometries()[code]["properties"]}
        kind = feature["geometry"]["type"]
        polygons = feature["geometry"]["coordinates"]
        polygons = [polygons] if kind == "Polygon" else polygons
        assert len(polygons) == len(_rings(code))
        for polygon, expected in zip(polygons, _rings(code), strict=True):
            outer = [tuple(point) for point in polygon[0]]
            # RFC 7946: the outer ring runs counterclockwise, the reverse of the file.
            assert outer == [pytest.approx(p, abs=1e-6) for p in reversed(expected[0])]
            assert _signed_area(outer) > 0
    assert json.loads(json.dumps(shapes)) == shapes


def test_geometry_is_a_new_mapping_each_time() -> None:
    first = geometry()
    first["features"][0]["properties"]["code"] = "XX"
    first["features"][0]["geometry"]["coordinates"].clear()
    first["features"].clear()
    again = _features()
    assert again["AD"]["properties"]["code"] == "AD"
    assert again["AD"]["geometry"]["coordinates"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[]", "TypeError"),
        ('{"type": "FeatureCollection"}', "type 'FeatureCollection'"),
        ("not json", "JSONDecodeError"),
    ],
)
def test_geometry_refuses_a_file_it_did_not_write(
    monkeypatch: pytest.MonkeyPatch, text: str, problem: str
) -> None:
    monkeypatch.setattr(_resources, "_cache", {})
    monkeypatch.setattr(_resources, "read_bytes", lambda _file: text.encode())
    with pytest.raises(DataError, match=f"americas.topo.json.*{re.escape(problem)}"):
        geometry()


def test_geometry_refuses_a_shape_that_is_not_a_polygon(monkeypatch: pytest.MonkeyPatch) -> None:
    topology = json.loads(_shipped_text())
    topology["objects"]["countries"]["geometries"][0]["type"] = "LineString"
    monkeypatch.setattr(_resources, "_cache", {})
    monkeypatch.setattr(_resources, "read_bytes", lambda _file: json.dumps(topology).encode())
    with pytest.raises(DataError, match="geometry type 'LineString'"):
        geometry()
