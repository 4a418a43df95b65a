"""Maps: what each territory is drawn as, in which colour, and that nobody is dropped."""

from __future__ import annotations

import sys
from itertools import combinations
from typing import Any, ClassVar

import matplotlib as mpl
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure

import regional_migration as rm
from regional_migration import (
    InvalidArgumentError,
    MissingExtraError,
    NotInResultError,
    map_table,
    plot_map,
)
from regional_migration._core import resources as _resources
from regional_migration._outputs.map import COLOURS

mpl.use("Agg")

PARTY, SIGNATORY, NONE, OUTSIDE = "#0072b2", "#e69f00", "#ffffff", "#bdbdbd"


def frames(figure: Figure) -> list[Any]:
    """The map and its insets."""
    return [frame for axes in figure.axes for frame in (axes, *axes.child_axes)]


def colours(figure: Figure) -> dict[str, str]:
    """Each territory's face colour, from the collections of every frame (they agree)."""
    found: dict[str, str] = {}
    for axes in frames(figure):
        for collection in axes.collections:
            if not isinstance(collection, PathCollection):
                continue
            if collection.get_gid() != "regional_migration.territories":
                continue
            faces: Any = collection.get_facecolor()
            for code, face in zip(collection.get_urls(), faces, strict=True):
                colour = to_hex(face.tolist())
                assert found.setdefault(str(code), colour) == colour, code
    return found


def hatched(figure: Figure) -> set[str]:
    """The territories drawn hatched, in any frame."""
    return {
        str(code)
        for axes in frames(figure)
        for c in axes.collections
        if isinstance(c, PathCollection) and c.get_hatch()
        for code in c.get_urls()
    }


def note(figure: Figure) -> str:
    texts = [t for t in figure.axes[0].texts if t.get_gid() == "regional_migration.note"]
    (text,) = texts
    return text.get_text()


def test_overlap_of_crm_and_mirps() -> None:
    figure = plot_map(["CRM", "MIRPS"], on="2024-12-31", mode="overlap")
    drawn = colours(figure)
    table = map_table(["CRM", "MIRPS"], on="2024-12-31", mode="overlap")
    legend = {key: colour.lower() for key, _, colour in table.legend}
    crm, mirps = rm.get("CRM"), rm.get("MIRPS")
    for code, colour in drawn.items():
        count = (code in crm.members_on("2024-12-31")) + (code in mirps.members_on("2024-12-31"))
        assert colour == legend[str(count)], code
    assert drawn["GT"] == legend["2"] != drawn["CA"] == legend["1"]
    for code in ("GF", "GP", "BB", "ES"):  # French Guiana is not France, nor in either
        assert drawn[code] == NONE
    assert "CRM, MIRPS" in figure.axes[0].get_title(loc="left")
    assert "2024-12-31" in figure.axes[0].get_title(loc="left")
    assert "Source: regional_migration data" in note(figure)
    figure.canvas.draw()


def test_the_1961_convention_in_spanish() -> None:
    figure = plot_map("1961 Convention", lang="es")
    drawn = colours(figure)
    convention = rm.get("1961 Convention")
    assert isinstance(convention, rm.Instrument)
    assert drawn["ES"] == PARTY  # in the Iberia inset
    assert convention.status_of("Spain") == "member"
    assert drawn["BR"] == PARTY
    assert drawn["US"] == NONE
    assert convention.known("US")
    assert convention.status_of("US") is None
    assert drawn["DO"] == SIGNATORY
    assert drawn["HT"] == PARTY  # acceded in September 2018
    assert convention.unknown == set()
    assert hatched(figure) == set()
    for code in ("GF", "GP"):  # France's departments: outside the states the data covers
        assert drawn[code] == OUTSIDE
    assert drawn["BB"] == NONE
    assert convention.known("BB")
    assert figure.axes[0].get_title(loc="left") == "Convención de 1961: condición"
    box = figure.axes[0].get_legend()
    assert box is not None
    legend = [t.get_text() for t in box.get_texts()]
    assert legend[0].startswith("Estado parte (")
    assert not any(t.startswith("no establecido por las fuentes") for t in legend)
    assert "Fuente: datos de regional_migration" in note(figure)
    figure.canvas.draw()


def test_positions_not_known_are_hatched_and_counted_in_the_legend() -> None:
    figure = plot_map("GCM")
    compact = rm.get("GCM")
    assert isinstance(compact, rm.Instrument)
    assert compact.unknown == {"AG", "BZ", "TT"}
    assert hatched(figure) == {"AG", "BZ", "TT"}
    assert colours(figure)["BZ"] == NONE  # white under the hatching
    box = figure.axes[0].get_legend()
    assert box is not None
    assert any(t.get_text().startswith("not known from the sources (3)") for t in box.get_texts())


def test_every_member_has_a_shape_a_circle_or_a_note() -> None:
    shapes = {f["id"]: f["properties"]["small"] for f in rm.geometry()["features"]}
    bodies = [*rm.processes(), *rm.instruments()]
    for body in bodies:
        table = map_table(body.id)
        for record in body.memberships:
            row = table[record.country]
            if row.place == "note":
                assert record.country not in shapes
                continue
            assert row.place == ("circle" if shapes[record.country] else "shape"), record


def test_a_member_without_a_shape_is_named_in_the_note(monkeypatch: pytest.MonkeyPatch) -> None:
    rm.geometry()  # read the shapes, then forget Antigua and Barbuda's
    shapes = _resources._cache["geometry"]
    monkeypatch.setitem(
        _resources._cache,
        "geometry",
        tuple(t for t in shapes if t.code != "AG"),  # type: ignore[attr-defined]
    )
    monkeypatch.delitem(_resources._cache, "projected geometry", raising=False)
    table = map_table("1951 Convention")
    assert table["AG"].place == "note"
    assert table.missing == ("AG",)
    figure = plot_map("1951 Convention")
    assert "AG" not in colours(figure)
    assert note(figure).startswith("Not on the map: Antigua & Barbuda (party)")
    assert "Not on the map" not in note(plot_map("CSM"))  # nobody in CSM lacks a shape


def test_the_classes_of_a_map_differ_in_grey() -> None:
    def grey(colour: str) -> float:
        r, g, b = to_rgb(colour)
        return 0.299 * r + 0.587 * g + 0.114 * b

    maps = (
        ("member", "associate", "observer", "suspended", "none"),
        ("member", "signatory", "none", "outside"),
        ("joined", "left", "kept", "changed", "none", "outside"),
    )
    for classes in maps:
        for a, b in combinations(classes, 2):
            assert abs(grey(COLOURS[a]) - grey(COLOURS[b])) >= 0.09, (a, b)


def test_a_change_map() -> None:
    table = map_table("QUITO", since="2017-12-31", on="2018-12-31", mode="change")
    joined = {row.country for row in table if row.shown == "joined"}
    assert joined == rm.get("QUITO").members_on("2018-12-31")
    assert table["CO"].detail == "no status -> member"
    assert table.title == "Quito Process: changes from 2017-12-31 to 2018-12-31"
    assert table.notes == ("QUITO was founded on 2018-09-04",)
    now = map_table("CRM", since="2000-01-01", mode="change", lang="fr")
    assert now.title.endswith("au aujourd'hui") or "aujourd'hui" in now.title
    figure = plot_map("QUITO", since="2017-12-31", on="2018-12-31", mode="change")
    assert colours(figure)["CO"] == PARTY
    assert "QUITO was founded on 2018-09-04" in figure.axes[0].get_title(loc="left")


def test_a_status_map_before_the_process_existed() -> None:
    table = map_table("MIRPS", on="2000-01-01")
    assert {row.shown for row in table} == {"none"}
    assert table.notes == ("MIRPS was founded on 2017-10-26",)
    treaty = map_table("1951 Convention", on="1900-01-01")
    assert "unknown" not in {row.shown for row in treaty}


def test_the_table_as_text() -> None:
    table = map_table(["CRM", "MIRPS"], on="2024-12-31", mode="overlap", lang="pt")
    assert table["GT"].label == "em 2 de 2"
    csv = table.to_csv()
    assert csv.splitlines()[0] == "country,name,shown,label,detail,place"
    assert table.to_csv(provenance=True).splitlines()[0].startswith("# data_version:")
    assert repr(table) == str(table) == f"<MapTable overlap of CRM, MIRPS: {len(table)} rows>"
    assert next(iter(table)) == table.rows[0]
    frame = table.to_pandas()
    assert list(frame.columns) == ["country", "name", "shown", "label", "detail", "place"]
    assert frame.attrs["mode"] == "overlap"
    with pytest.raises(NotInResultError):
        table["ZZ"]
    changed = map_table("FEM", since="2020-01-01", on="2025-01-01", mode="change")
    assert changed.provenance()["since"] == "2020-01-01"


def test_drawing_into_given_axes() -> None:
    figure = Figure()
    axes = figure.add_subplot()
    assert plot_map("MIRPS", ax=axes) is figure
    sub = Figure().subfigures(1, 2)[0]  # type: ignore[index]
    assert plot_map("MIRPS", ax=sub.add_subplot()) is sub.figure
    assert plot_map("MIRPS", figsize=(4, 5)).get_size_inches().tolist() == [4, 5]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("CRM",), {"mode": "grid"}),
        (("CRM",), {"since": "2020-01-01"}),
        (("CRM",), {"mode": "change"}),
        ((["CRM", "CSM"],), {}),
        (([],), {"mode": "overlap"}),
    ],
)
def test_bad_questions(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidArgumentError):
        map_table(*args, **kwargs)  # type: ignore[arg-type]


def test_bad_drawing_arguments() -> None:
    with pytest.raises(InvalidArgumentError, match="not both"):
        plot_map("CRM", ax=Figure().add_subplot(), figsize=(4, 4))
    with pytest.raises(rm.ArgumentTypeError, match="Axes"):
        plot_map("CRM", ax="axes")  # type: ignore[arg-type]


def test_a_process_object_is_accepted() -> None:
    assert map_table(rm.get("CSM")).processes == ("CSM",)


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"install the 'plot' extra"):
        plot_map("CRM")


def test_ipython_is_told_how_to_show_the_map(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: dict[type, object] = {}

    class Formatter:
        def lookup_by_type(self, kind: type) -> object:
            return registered[kind]

        def for_type(self, kind: type, function: object) -> None:
            registered[kind] = function

    class Shell:
        class display_formatter:  # noqa: N801 - IPython's attribute name
            formatters: ClassVar[dict[str, Formatter]] = {"image/png": Formatter()}

    class IPython:
        version_info = (9, 0)

        @staticmethod
        def get_ipython() -> Shell:
            return Shell()

    monkeypatch.setitem(sys.modules, "IPython", IPython)
    figure = plot_map("MIRPS")
    png = registered[Figure](figure)  # type: ignore[operator]
    assert png[:4] == b"\x89PNG"
    plot_map("MIRPS")  # already registered: left as it is
    assert len(registered) == 1
