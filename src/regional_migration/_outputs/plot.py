"""Pictures of memberships: a country-by-process grid and an overlap heatmap.

matplotlib is an optional extra, imported inside each function; its absence raises
`MissingExtraError`. Figures are built as `matplotlib.figure.Figure`
objects directly, never through ``pyplot``, so no global state is touched. IPython
shows only the figures pyplot knows, unless told how to draw a `Figure`: when running
under IPython, the first plot tells it, as ``%matplotlib inline`` would, so that a
figure returned in a notebook cell is drawn there.
"""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING

from regional_migration._answers.compare import Metric, overlap_matrix
from regional_migration._core.dates import Rule, as_optional_date, check_rule
from regional_migration._core.export import optional_module
from regional_migration._core.locking import lock
from regional_migration._core.messages import alphabetical, say
from regional_migration._core.public import publish
from regional_migration._core.text import check_language
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.models import status_by_country
from regional_migration._dataset.registry import ProcessKey, resolve_all
from regional_migration.errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from matplotlib.figure import Figure

    from regional_migration._core.text import Language

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "plot_membership_grid",
    "plot_overlap_heatmap",
)

__all__ = ["STATUS_COLOURS", "plot_membership_grid", "plot_overlap_heatmap"]

STATUS_COLOURS = {
    "member": "#1b6ca8",
    "associate": "#7fb3d5",
    "observer": "#f0b429",
    "suspended": "#c0392b",
}
"""The colour of each status in the membership grid; blank cells are no status."""

_EMPTY = "#f4f4f4"


def _png(figure: Figure) -> bytes:
    """The figure as PNG bytes, cropped to what it draws."""
    out = io.BytesIO()
    figure.savefig(out, format="png", bbox_inches="tight")
    return out.getvalue()


def _show_in_ipython(figure_type: type[Figure]) -> None:
    """Tell a running IPython to draw figures as PNG, unless it already knows how."""
    ipython = sys.modules.get("IPython")  # already imported when running under IPython
    shell = None if ipython is None else ipython.get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    try:
        formatter.lookup_by_type(figure_type)
    except KeyError:
        formatter.for_type(figure_type, _png)


def _when(day: date | None, lang: Language) -> str:
    return "" if day is None else say("line.when", lang, day=day.isoformat())


def _with_notes(title: str, notes: Iterable[str | None]) -> str:
    """*title*, then a line per process that did not exist yet on the day shown."""
    return "\n".join([title, *(note for note in notes if note is not None)])


def plot_membership_grid(
    processes: Iterable[ProcessKey] | None = None,
    *,
    on: date | str | None = None,
    lang: str = "en",
    rule: Rule = "certain",
) -> Figure:
    """Draw a grid of countries (rows) by processes (columns), coloured by status.

    Countries are those with any status in the processes shown, sorted by their
    name in *lang*; columns carry the process ids. The title and the legend are in
    *lang* too.

    Args:
        processes: the processes to show; all of them by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        lang: the language of the labels: ``"en"``, ``"es"``, ``"fr"`` or ``"pt"``.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).

    Returns:
        A new `matplotlib.figure.Figure`.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install
            'regional-migration[plot]'``).
    """
    language = check_language(lang)
    day = as_optional_date(on)
    how = check_rule(rule)
    chosen = resolve_all(processes)
    optional_module("matplotlib", "plot")
    with lock():  # a first import runs under the lock a fork waits for
        from matplotlib.colors import ListedColormap  # noqa: PLC0415 - cost: matplotlib, an optional extra
        from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra
        from matplotlib.patches import Patch  # noqa: PLC0415 - cost: matplotlib, an optional extra

    status: dict[tuple[str, str], str] = {}
    for process in chosen:
        for country, held in status_by_country(process.memberships_on(day, rule=how)).items():
            status[country, process.id] = held
    countries = sorted(
        {country for country, _ in status},
        key=lambda c: (alphabetical(display_name(c, language)), c),
    )
    statuses = list(STATUS_COLOURS)
    grid = [
        [statuses.index(status[c, p.id]) + 1 if (c, p.id) in status else 0 for p in chosen]
        for c in countries
    ]
    height = max(3.0, 0.28 * len(countries) + 1.6)
    figure = Figure(figsize=(1.1 * len(chosen) + 3.2, height), layout="constrained")
    axes = figure.add_subplot()
    colours = ListedColormap([_EMPTY, *STATUS_COLOURS.values()])
    if countries:
        axes.imshow(grid, cmap=colours, vmin=0, vmax=len(statuses), aspect="auto")
    axes.set_xticks(range(len(chosen)), [p.id for p in chosen])
    axes.set_yticks(range(len(countries)), [display_name(c, language) for c in countries])
    axes.xaxis.tick_top()
    axes.set_xticks([x - 0.5 for x in range(1, len(chosen))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(countries))], minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="both", length=0)
    title = say("plot.grid", language, when=_when(day, language))
    notes = () if day is None else (p.founding_note(day, rule=how, lang=language) for p in chosen)
    axes.set_title(_with_notes(title, notes), loc="left", pad=8)
    figure.legend(
        handles=[
            Patch(color=c, label=say(f"status.{s}", language)) for s, c in STATUS_COLOURS.items()
        ],
        loc="outside lower center",
        ncols=len(STATUS_COLOURS),
        frameon=False,
    )
    _show_in_ipython(Figure)
    return figure


def plot_overlap_heatmap(
    processes: Iterable[ProcessKey] | None = None,
    *,
    on: date | str | None = None,
    metric: Metric = "count",
    lang: str = "en",
    rule: Rule = "certain",
) -> Figure:
    """Draw the overlap matrix of *processes* as a heatmap with the value in each cell.

    Args:
        processes: the processes to compare; all of them by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        metric: ``"count"`` of shared full members, or ``"jaccard"`` index.
        lang: the language of the title.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).

    Returns:
        A new `matplotlib.figure.Figure`.

    Raises:
        InvalidArgumentError: *processes* is empty (a `ValueError`).
        MissingExtraError: matplotlib is not installed (``pip install
            'regional-migration[plot]'``).
    """
    language = check_language(lang)
    matrix = overlap_matrix(processes, on=on, metric=metric, rule=rule)
    if not matrix.processes:  # matplotlib cannot draw an image of no cells
        raise InvalidArgumentError(
            "processes", processes, "give at least one process, or None for all of them"
        )
    chosen = resolve_all(matrix.processes)
    labels = list(matrix.processes)
    optional_module("matplotlib", "plot")
    with lock():
        from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra

    size = len(labels)
    figure = Figure(figsize=(0.75 * size + 2.6, 0.7 * size + 1.6), layout="constrained")
    axes = figure.add_subplot()
    values = [list(row) for row in matrix.values]
    top = max((v for row in values for v in row), default=0) or 1
    image = axes.imshow(values, cmap="Blues", vmin=0, vmax=top)
    axes.set_xticks(range(size), labels, rotation=45, ha="right")
    axes.set_yticks(range(size), labels)
    day = matrix.on
    absent = {i for i, p in enumerate(chosen) if day and p.founding_note(day, rule=matrix.rule)}
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            text = f"{value:.2f}" if metric == "jaccard" else str(value)
            if i in absent or j in absent:
                text = "-"  # not yet founded: no answer, rather than a zero overlap
            dark = value > top * 0.6
            axes.text(j, i, text, ha="center", va="center", color="white" if dark else "black")
    title = say(f"plot.{metric}", language, when=_when(matrix.on, language))
    # Zeros for a process that did not exist yet are not "no overlap": say so.
    notes = (
        ()
        if day is None
        else (p.founding_note(day, rule=matrix.rule, lang=language) for p in chosen)
    )
    axes.set_title(_with_notes(title, notes), loc="left")
    figure.colorbar(image, ax=axes, shrink=0.8)
    _show_in_ipython(Figure)
    return figure


publish(globals())
