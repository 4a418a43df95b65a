"""Pictures of memberships: a country-by-process grid and an overlap heatmap.

matplotlib is an optional extra, imported inside each function; its absence raises
`MissingExtraError`. Figures are built as `matplotlib.figure.Figure`
objects directly, never through ``pyplot``, so no global state is touched. IPython
shows only the figures pyplot knows, unless told how to draw a `Figure`: when running
under IPython, the first plot tells it, as ``%matplotlib inline`` would, so that a
figure returned in a notebook cell is drawn there.
"""

from __future__ import annotations

import textwrap
from types import MappingProxyType
from typing import TYPE_CHECKING

from regional_migration._answers.compare import Metric, overlap_matrix
from regional_migration._core.dates import Rule, as_optional_date, check_rule
from regional_migration._core.export import optional_module, show_in_ipython
from regional_migration._core.locking import lock
from regional_migration._core.messages import alphabetical, say
from regional_migration._core.public import publish
from regional_migration._core.text import check_language
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.instruments import Instrument
from regional_migration._dataset.records import STATUSES, status_by_country
from regional_migration._dataset.registry import ProcessKey, data_version, resolve_all
from regional_migration.errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import date

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from regional_migration._core.text import Language
    from regional_migration._dataset.records import Status
    from regional_migration._dataset.registry import Arrangement

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "plot_membership_grid",
    "plot_overlap_heatmap",
)
TYPES: tuple[str, ...] = ()

__all__ = ["STATUS_COLOURS", "plot_membership_grid", "plot_overlap_heatmap"]

_COLOURS: dict[Status, str] = {
    "member": "#08306b",
    "associate": "#7fb3d5",
    "observer": "#f6d55c",
    "suspended": "#a6201a",
    "signatory": "#2a9d8f",
}

# Keyed by STATUSES, in its order: a status without a colour fails at import.
STATUS_COLOURS: Mapping[Status, str] = MappingProxyType({s: _COLOURS[s] for s in STATUSES})
"""The colour of each status in the membership grid, of distinct lightness so that they
stay apart in greyscale; a cell with no status is near white."""

_EMPTY = "#f4f4f4"
_UNKNOWN = "#ffffff"  # hatched in grey: the position is not known
_NOT_YET = "#ffffff"  # dotted: the process or instrument did not exist yet
_HATCH = "#6e6e6e"
_LABEL_WIDTH = 12  # characters of a column label before it wraps


def _when(day: date | None, lang: Language) -> str:
    return "" if day is None else say("line.when", lang, day=day.isoformat())


def _with_notes(title: str, notes: Iterable[str | None]) -> str:
    """*title*, then a line per process that did not exist yet on the day shown."""
    return "\n".join([title, *(note for note in notes if note is not None)])


def _label(body: Arrangement, lang: Language) -> str:
    """A column's short label: a process's id; an instrument's acronym or short name, wrapped."""
    if isinstance(body, Instrument):
        name = body.short_name.get(lang) if body.acronym is None else body.acronym.get(lang)
        return textwrap.fill(name, _LABEL_WIDTH)
    return body.id


def _canvas(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    """The figure and axes to draw on: *ax* and its figure, or a new figure of *figsize*."""
    from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra

    if ax is not None:
        return ax.get_figure(), ax  # type: ignore[return-value]
    figure = Figure(figsize=figsize, layout="constrained")
    return figure, figure.add_subplot()


def _source_line(figure: Figure, lang: Language) -> None:
    """The figure's source, at its foot: the data, its version and its licence."""
    figure.text(
        0.005,
        0.002,
        say(
            "plot.source",
            lang,
            name="regional_migration",
            version=data_version(),
            licence="CC BY 4.0",
        ),
        fontsize=6.5,
        color="#555555",
        ha="left",
        va="bottom",
    )


def _cases(
    chosen: tuple[Arrangement, ...], countries: list[str], day: date | None, rule: Rule
) -> tuple[dict[tuple[str, str], Status], set[tuple[str, str]], set[tuple[str, str]], set[str]]:
    """What each cell shows: its status, the only-possible and unknown cells, the absent.

    The absent are the bodies that did not exist yet on *day*.
    """
    status: dict[tuple[str, str], Status] = {}
    possible: set[tuple[str, str]] = set()
    unknown: set[tuple[str, str]] = set()
    absent: set[str] = set()
    for body in chosen:
        if day is not None and not body.existed_on(day, rule=rule):
            absent.add(body.id)
            continue
        in_force = body.memberships_on(day, rule=rule)
        # One rule for a day two periods may cover: the first status in STATUSES order.
        for country, held in status_by_country(in_force).items():
            status[country, body.id] = held
        possible.update(
            (record.country, body.id)
            for record in in_force
            if day is not None and not record.active_on(day)
        )
        for record in body.left_out_on(day, rule=rule):
            key = (record.country, body.id)
            if key not in status:
                status[key] = record.status
                possible.add(key)
        unknown.update((country, body.id) for country in body.unknown if country in countries)
    return status, possible, unknown, absent


def _cell(
    key: tuple[str, str],
    absent: bool,  # noqa: FBT001 - a private helper, called once
    status: dict[tuple[str, str], Status],
    possible: set[tuple[str, str]],
    unknown: set[tuple[str, str]],
) -> tuple[str, tuple[str, str] | None]:
    """A cell's colour, and its hatch and hatch colour if any: one of the four cases."""
    if absent:
        return _NOT_YET, ("..", _HATCH)
    if key in status:
        return STATUS_COLOURS[status[key]], ("///", "white") if key in possible else None
    if key in unknown:
        return _UNKNOWN, ("xxx", _HATCH)
    return _EMPTY, None


def _legends(figure: Figure, shown: Sequence[Status], lang: Language, *, instruments: bool) -> None:
    """Two legends: the statuses drawn at the foot, the other cases on the right."""
    from matplotlib.patches import Patch  # noqa: PLC0415 - cost: matplotlib, an optional extra

    figure.legend(
        handles=[
            Patch(
                color=STATUS_COLOURS[s],
                label=say("plot.party" if instruments and s == "member" else f"status.{s}", lang),
            )
            for s in shown
        ],
        loc="outside lower center",
        ncols=max(1, min(len(shown), 3)),
        frameon=False,
    )
    cases = [
        Patch(facecolor=_EMPTY, edgecolor="#bbbbbb", label=say("plot.no_status", lang)),
        Patch(facecolor=_UNKNOWN, edgecolor=_HATCH, hatch="xxx", label=say("status.unknown", lang)),
        Patch(facecolor=_NOT_YET, edgecolor=_HATCH, hatch="..", label=say("plot.not_yet", lang)),
        Patch(
            facecolor=STATUS_COLOURS["member"],
            edgecolor="white",
            hatch="///",
            label=say("plot.possible", lang),
        ),
    ]
    figure.legend(handles=cases, loc="outside right center", frameon=False, fontsize="small")


def plot_membership_grid(  # noqa: PLR0913 - one keyword per choice of the picture
    processes: Iterable[ProcessKey] | None = None,
    *,
    on: date | str | None = None,
    lang: str = "en",
    rule: Rule = "certain",
    ax: Axes | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Draw a grid of countries (rows) by processes or instruments (columns), by status.

    Each cell shows one of four cases: a status (its colour; "party" for an instrument,
    and "signatory"); no status (near white); a state whose position is not known
    (hatched grey); and a process or instrument that did not exist yet (dotted). A
    status that may have held but is not certain on the day (its dates are known only
    to an interval) is hatched over its colour. Countries are those with any status or
    an unknown position in the columns shown, sorted by their name in *lang*; columns
    carry a process's id or an instrument's acronym or short name. The title, the
    legends and the source line at the foot are in *lang* too.

    Args:
        processes: the processes or instruments to show; all processes by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        lang: the language of the labels: ``"en"``, ``"es"``, ``"fr"`` or ``"pt"``.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`); under either, a status that is only possible
            is hatched.
        ax: a `matplotlib.axes.Axes` to draw into; by default a new figure.
        figsize: the size of a new figure, in inches; by default one that fits.

    Returns:
        The `matplotlib.figure.Figure` drawn on (that of *ax*, if given).

    Raises:
        MissingExtraError: matplotlib is not installed (the ``plot``
            extra).
    """
    language = check_language(lang)
    day = as_optional_date(on)
    how = check_rule(rule)
    chosen = resolve_all(processes)
    optional_module("matplotlib", "plot")
    with lock():  # a first import runs under the lock a fork waits for
        from matplotlib.colors import to_rgb  # noqa: PLC0415 - cost: matplotlib, an optional extra
        from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra
        from matplotlib.patches import Rectangle  # noqa: PLC0415 - cost: matplotlib, an optional extra

    everyone = {m.country for body in chosen for m in body.memberships} | {
        c for body in chosen for c in body.unknown
    }
    status, possible, unknown, absent = _cases(chosen, sorted(everyone), day, how)
    countries = sorted(
        {country for country, _ in status} | {country for country, _ in unknown},
        key=lambda c: (alphabetical(display_name(c, language)), c),
    )
    size = (1.1 * len(chosen) + 3.2, max(3.0, 0.28 * len(countries) + 2.2))
    figure, axes = _canvas(ax, figsize or size)
    hatched: list[tuple[int, int, str, str]] = []
    image = []
    for y, country in enumerate(countries):
        row = []
        for x, body in enumerate(chosen):
            colour, hatch = _cell((country, body.id), body.id in absent, status, possible, unknown)
            row.append(to_rgb(colour))
            if hatch is not None:
                hatched.append((x, y, *hatch))
        image.append(row)
    if countries:
        axes.imshow(image, aspect="auto", interpolation="nearest")
    for x, y, pattern, ink in hatched:
        axes.add_patch(
            Rectangle(
                (x - 0.5, y - 0.5), 1, 1, fill=False, hatch=pattern, edgecolor=ink, linewidth=0
            )
        )
    instruments = bool(chosen) and all(isinstance(body, Instrument) for body in chosen)
    axes.set_xticks(range(len(chosen)), [_label(body, language) for body in chosen])
    axes.set_yticks(range(len(countries)), [display_name(c, language) for c in countries])
    axes.xaxis.tick_top()
    if any(isinstance(body, Instrument) for body in chosen):
        axes.tick_params(axis="x", labelrotation=90)
    axes.set_xticks([x - 0.5 for x in range(1, len(chosen))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(countries))], minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="both", length=0)
    title = say(
        "plot.grid_instruments" if instruments else "plot.grid", language, when=_when(day, language)
    )
    notes = () if day is None else (p.founding_note(day, rule=how, lang=language) for p in chosen)
    axes.set_title(_with_notes(title, notes), loc="left", pad=8)
    # The legend names the statuses drawn, in the order of STATUSES; an empty grid names
    # them all. An instrument's members are its parties.
    shown = [s for s in STATUSES if s in status.values()] or list(STATUSES)
    _legends(figure, shown, language, instruments=instruments)
    _source_line(figure, language)
    show_in_ipython(Figure)
    return figure


def plot_overlap_heatmap(  # noqa: PLR0913 - one keyword per choice of the picture
    processes: Iterable[ProcessKey] | None = None,
    *,
    on: date | str | None = None,
    metric: Metric = "count",
    lang: str = "en",
    rule: Rule = "certain",
    ax: Axes | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Draw the overlap matrix of *processes* as a heatmap with the value in each cell.

    A cell whose count is a lower bound (states whose position is not known, or whose
    dates are known only to an interval, may be shared too) shows ``+n`` after the
    value and is hatched; a process or instrument that did not exist yet shows a dash.

    Args:
        processes: the processes or instruments to compare; all processes by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        metric: ``"count"`` of shared full members, or ``"jaccard"`` index.
        lang: the language of the title.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).
        ax: a `matplotlib.axes.Axes` to draw into; by default a new figure.
        figsize: the size of a new figure, in inches; by default one that fits.

    Returns:
        The `matplotlib.figure.Figure` drawn on (that of *ax*, if given).

    Raises:
        InvalidArgumentError: *processes* is empty (a `ValueError`).
        MissingExtraError: matplotlib is not installed (the ``plot``
            extra).
    """
    language = check_language(lang)
    matrix = overlap_matrix(processes, on=on, metric=metric, rule=rule)
    if not matrix.processes:  # matplotlib cannot draw an image of no cells
        raise InvalidArgumentError(
            "processes", processes, "give at least one process, or None for all of them"
        )
    chosen = resolve_all(matrix.processes)
    labels = [_label(body, language) for body in chosen]
    optional_module("matplotlib", "plot")
    with lock():  # a first import runs under the lock a fork waits for
        from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra
        from matplotlib.patches import Rectangle  # noqa: PLC0415 - cost: matplotlib, an optional extra

    size = len(labels)
    figure, axes = _canvas(ax, figsize or (0.75 * size + 2.6, 0.7 * size + 2.0))
    values = [list(row) for row in matrix.values]
    top = max((v for row in values for v in row), default=0) or 1
    image = axes.imshow(values, cmap="Blues", vmin=0, vmax=top)
    axes.set_xticks(range(size), labels, rotation=90)
    axes.set_yticks(range(size), labels)
    day = matrix.on
    absent = {i for i, p in enumerate(chosen) if day and p.founding_note(day, rule=matrix.rule)}
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            text = f"{value:.2f}" if metric == "jaccard" else str(value)
            more = matrix.uncertain[i][j] if matrix.uncertain else 0
            if more:
                text += f"\n+{more}"
                axes.add_patch(
                    Rectangle(
                        (j - 0.5, i - 0.5),
                        1,
                        1,
                        fill=False,
                        hatch="//",
                        edgecolor=_HATCH,
                        linewidth=0,
                    )
                )
            if i in absent or j in absent:
                text = "-"  # not yet founded: no answer, rather than a zero overlap
            dark = value > top * 0.6
            axes.text(
                j,
                i,
                text,
                ha="center",
                va="center",
                color="white" if dark else "black",
                fontsize="small",
            )
    title = say(f"plot.{metric}", language, when=_when(matrix.on, language))
    notes = (
        ()
        if day is None
        else (p.founding_note(day, rule=matrix.rule, lang=language) for p in chosen)
    )
    if any(n for row in matrix.uncertain for n in row):
        notes = (*notes, say("plot.lower_bound", language))
    axes.set_title(_with_notes(title, notes), loc="left")
    figure.colorbar(image, ax=axes, shrink=0.8)
    _source_line(figure, language)
    show_in_ipython(Figure)
    return figure


publish(globals())
