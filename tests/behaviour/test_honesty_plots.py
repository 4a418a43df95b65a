"""Plots show the four cases, for every process and every instrument, checked in the pixels."""

from __future__ import annotations

import io
import itertools

import matplotlib as mpl
import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

import regional_migration as rm

mpl.use("Agg")

KEYS = [p.id for p in rm.processes()] + [i.id for i in rm.instruments()]


def cell_colours(figure: Figure, column: int, row: int) -> set[tuple[int, int, int]]:
    """The distinct colours drawn inside one cell of the grid, from the rendered image."""
    import numpy as np  # noqa: PLC0415 - numpy comes with matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415

    FigureCanvasAgg(figure)
    figure.canvas.draw()
    rgba = np.asarray(figure.canvas.buffer_rgba())  # type: ignore[attr-defined]
    axes = figure.axes[0]
    height = rgba.shape[0]
    (x0, y0), (x1, y1) = axes.transData.transform(
        [(column - 0.35, row - 0.35), (column + 0.35, row + 0.35)]
    )
    left, right = sorted((int(x0), int(x1)))
    top, bottom = sorted((height - int(y0), height - int(y1)))
    block = rgba[top:bottom, left:right, :3].reshape(-1, 3)
    return {(int(p[0]), int(p[1]), int(p[2])) for p in block}


def rgb(colour: str) -> tuple[int, int, int]:
    red, green, blue = to_rgb(colour)
    return (round(red * 255), round(green * 255), round(blue * 255))


@pytest.mark.parametrize("key", KEYS)
def test_every_key_draws_in_the_grid_and_the_heatmap(key: str) -> None:
    rm.plot_membership_grid([key]).canvas.draw()
    rm.plot_overlap_heatmap([key]).canvas.draw()


def test_every_instrument_together() -> None:
    figure = rm.plot_membership_grid([i.id for i in rm.instruments()])
    assert figure.axes[0].get_title(loc="left").startswith("Status under each instrument")
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["party", "signatory"]
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert all(len(line) <= 15 for label in labels for line in label.split("\n"))
    figure.canvas.draw()


def test_the_four_cases_look_distinct_in_the_pixels() -> None:
    figure = rm.plot_membership_grid(["GCM", "RIAM"], on="2020-01-01", figsize=(6, 14))
    countries = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    argentina, belize, mexico = (countries.index(n) for n in ("Argentina", "Belize", "Mexico"))
    party = cell_colours(figure, 0, argentina)
    assert party == {rgb(rm.plot_membership_grid.__globals__["STATUS_COLOURS"]["member"])}
    unknown = cell_colours(figure, 0, belize)  # hatched: white and grey
    assert rgb("#ffffff") in unknown
    assert len(unknown) > 1
    possible = cell_colours(figure, 1, mexico)  # RIAM member, dated only to an interval
    assert rgb(rm.plot_membership_grid.__globals__["STATUS_COLOURS"]["member"]) in possible
    assert len(possible) > 1
    nothing = cell_colours(figure, 1, countries.index("Barbados"))  # adopting, not in RIAM
    assert nothing == {rgb("#f4f4f4")}
    before = rm.plot_membership_grid(["LAD", "CRM"], on="2020-01-01")
    dotted = cell_colours(before, 0, 0)  # LAD did not exist yet
    assert rgb("#ffffff") in dotted
    assert len(dotted) > 1
    assert dotted != unknown


def test_statuses_stay_apart_in_greyscale() -> None:
    colours = rm.plot_membership_grid.__globals__["STATUS_COLOURS"]
    greys = sorted(
        sum(w * c for w, c in zip((0.299, 0.587, 0.114), to_rgb(v), strict=False))
        for v in colours.values()
    )
    greys.append(sum(w * c for w, c in zip((0.299, 0.587, 0.114), to_rgb("#f4f4f4"), strict=False)))
    assert all(b - a > 0.1 for a, b in itertools.pairwise(greys))


def test_source_line_ax_and_figsize() -> None:
    figure = rm.plot_membership_grid(["MIRPS"], figsize=(5, 4))
    assert tuple(figure.get_size_inches()) == (5, 4)
    texts = [t.get_text() for t in figure.texts]
    assert f"Source: regional_migration data {rm.DATA_VERSION}, CC BY 4.0" in texts
    host = Figure()
    left, right = host.subplots(1, 2)
    assert rm.plot_membership_grid(["MIRPS"], ax=left) is host
    assert rm.plot_overlap_heatmap(["CRM", "MIRPS"], ax=right) is host
    spanish = rm.plot_overlap_heatmap(["CRM"], lang="es")
    assert any(
        t.get_text().startswith("Fuente: datos de regional_migration") for t in spanish.texts
    )
    out = io.BytesIO()
    host.savefig(out, format="png")
    assert out.getvalue().startswith(b"\x89PNG")


def test_heatmap_marks_lower_bounds() -> None:
    figure = rm.plot_overlap_heatmap(["CRM", "GLOBAL-COMPACT-MIGRATION"])
    cells = [t.get_text() for t in figure.axes[0].texts]
    assert "8\n+1" in cells
    assert "a number after +" in figure.axes[0].get_title(loc="left")
