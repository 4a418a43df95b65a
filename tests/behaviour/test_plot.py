from __future__ import annotations

import sys

import matplotlib as mpl
import pytest
from matplotlib.figure import Figure

from regional_migration import (
    STATUSES,
    MissingExtraError,
    overlap_matrix,
    plot_membership_grid,
    plot_overlap_heatmap,
)
from regional_migration._outputs.plot import STATUS_COLOURS

mpl.use("Agg")


def labels(figure: Figure) -> tuple[list[str], list[str]]:
    axes = figure.axes[0]
    return (
        [t.get_text() for t in axes.get_xticklabels()],
        [t.get_text() for t in axes.get_yticklabels()],
    )


def test_membership_grid_draws_names_in_the_language() -> None:
    figure = plot_membership_grid(["FEM", "MIRPS"], lang="es")
    assert isinstance(figure, Figure)
    columns, rows = labels(figure)
    assert columns == ["FEM", "MIRPS"]  # process ids, in every language
    assert "Belice" in rows
    assert "Bolivia" in rows
    assert rows == sorted(rows)
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["miembro", "asociado", "suspendido"]  # the statuses drawn
    assert figure.axes[0].get_title(loc="left") == "Condición en cada proceso"
    figure.canvas.draw()


def test_every_status_has_one_colour() -> None:
    assert tuple(STATUS_COLOURS) == STATUSES
    assert len(set(STATUS_COLOURS.values())) == len(STATUSES)


def test_membership_grid_draws_an_instrument_with_its_signatories() -> None:
    figure = plot_membership_grid(["MERCOSUR-RESIDENCE-2002"], on="2003-01-01")
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["signatory"]  # signed in 2002, in force for none yet
    figure = plot_membership_grid(["MERCOSUR-RESIDENCE-2002", "CSM"])
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend[0] == "member"
    figure.canvas.draw()


def test_membership_grid_on_a_past_day() -> None:
    figure = plot_membership_grid(["QUITO"], on="2018-09-04")
    assert "2018-09-04" in figure.axes[0].get_title(loc="left")
    assert len(labels(figure)[1]) == 11
    figure.canvas.draw()


def test_empty_grid_still_draws() -> None:
    figure = plot_membership_grid(["MIRPS"], on="1990-01-01")
    assert labels(figure)[1] == []
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert len(legend) == len(STATUSES)  # nothing drawn: every status named
    figure.canvas.draw()


def test_overlap_heatmap() -> None:
    figure = plot_overlap_heatmap()
    cells = [t.get_text() for t in figure.axes[0].texts]
    assert len(cells) == 144
    assert "Shared full members" in figure.axes[0].get_title(loc="left")
    jaccard = plot_overlap_heatmap(["CSM", "QUITO"], metric="jaccard", on="2020-01-01")
    expected = overlap_matrix(["CSM", "QUITO"], metric="jaccard", on="2020-01-01")
    cell = [t.get_text() for t in jaccard.axes[0].texts][1]
    assert cell.split("\n")[0] == f"{expected.values[0][1]:.2f}"
    assert "on 2020-01-01" in jaccard.axes[0].get_title(loc="left")
    jaccard.canvas.draw()
    portuguese = plot_overlap_heatmap(["CRM", "CSM"], metric="jaccard", lang="pt", on="2020-01-01")
    assert (
        portuguese.axes[0].get_title(loc="left")
        == "Índice de Jaccard dos membros plenos em 2020-01-01"
    )
    assert [t.get_text() for t in portuguese.axes[0].get_xticklabels()] == ["CRM", "CSM"]


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match="the 'plot' extra"):
        plot_membership_grid()
    with pytest.raises(MissingExtraError, match="'matplotlib'"):
        plot_overlap_heatmap()


def test_bad_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        plot_overlap_heatmap(lang="xx")
