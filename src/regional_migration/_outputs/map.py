"""Maps of who stands where on a day: the shapes projected, each state's class, the picture.

`map_table` answers, for one or more processes or instruments on a day, what the map
shows for each territory: its status (``"status"`` mode), in how many of them it is a
full member (``"overlap"``), or how its status moved between two days (``"change"``).
`plot_map` draws that answer with matplotlib (the ``plot`` extra, imported inside the
function), and the explorer of `regional_migration._outputs.site` draws it in a browser.
Both project the shapes of `regional_migration.geometry` with the same Equal Earth code
(`equal_earth`), centred on the Americas.

Every territory with a class but without a shape is listed in the table's ``missing``
and in the map's note: nothing is dropped silently.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, ClassVar, Literal, NamedTuple

from pydantic import BaseModel

from regional_migration._core.dates import Rule, as_optional_date, check_rule
from regional_migration._core.export import Answer, FrameShape, optional_module, show_in_ipython
from regional_migration._core.messages import alphabetical, say
from regional_migration._core.public import publish
from regional_migration._core.resources import cached
from regional_migration._core.text import Language, check_language
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.geometry import territories
from regional_migration._dataset.instruments import SCOPE, Instrument
from regional_migration._dataset.records import STATUSES, MembershipQueries, Status
from regional_migration._dataset.registry import (
    Arrangement,
    ProcessKey,
    data_version,
    get,
    resolve_all,
)
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError, NotInResultError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.path import Path

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "MapTable",
    "map_table",
    "plot_map",
)
TYPES: tuple[str, ...] = (
    "MapMode",
    "MapRow",
)

__all__ = [
    "CENTRAL_MERIDIAN",
    "COLOURS",
    "COLUMNS",
    "FRAMES",
    "MapMode",
    "MapRow",
    "MapTable",
    "Projected",
    "equal_earth",
    "map_table",
    "overlap_colour",
    "plot_map",
    "projected",
    "statuses_on",
]

MapMode = Literal["status", "overlap", "change"]
"""What a map shows: each state's status in one process or instrument, in how many of
several it is a full member, or how its status moved between two days."""

Place = Literal["shape", "circle", "note"]

CENTRAL_MERIDIAN = -80.0
"""The longitude at the centre of the maps: the Americas sit upright."""

COLOURS: Mapping[str, str] = {
    # Okabe and Ito's colour-blind-safe set, chosen so that the classes one map shows
    # also differ in lightness when printed in grey (a test measures it).
    "member": "#0072B2",
    "suspended": "#D55E00",
    "associate": "#56B4E9",
    "signatory": "#E69F00",
    "observer": "#F0E442",
    "none": "#FFFFFF",
    "unknown": "#FFFFFF",  # drawn hatched
    "outside": "#BDBDBD",
    "joined": "#0072B2",
    "left": "#D55E00",
    "kept": "#56B4E9",
    "changed": "#F0E442",
}
"""The colour of each class a map draws, but the counts of the overlap mode."""

HATCH = "////"
"""The hatching of a state whose position the sources did not settle."""

COLUMNS = ("country", "name", "shown", "label", "detail", "place")
"""The columns of `MapTable.to_csv`, as `MapRow` names them."""

# The frames, each a longitude-latitude box: the Americas, then the two insets.
FRAMES: Mapping[str, tuple[float, float, float, float]] = {
    "americas": (-170.0, -57.0, -12.0, 84.0),
    "antilles": (-65.2, 10.0, -59.2, 18.8),
    "iberia": (-9.8, 35.8, 3.6, 44.0),
}
_EUROPE = frozenset(("AD", "ES", "FR", "NL", "PT"))
_UNDRAWN = frozenset(("NL",))  # in the shapes, outside every frame
_EDGE = "#4d4d4d"
_ZERO = "#FFFFFF"

# Equal Earth (Šavrič, Patterson and Jenny, 2018): its polynomial's coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(longitude: float, latitude: float) -> tuple[float, float]:
    """Project a point with Equal Earth on a sphere of radius 1, centred on `CENTRAL_MERIDIAN`.

    Examples:
        >>> equal_earth(-80.0, 0.0)
        (0.0, 0.0)
        >>> [round(v, 4) for v in equal_earth(-80.0, 90.0) + equal_earth(100.0, 0.0)]
        [0.0, 1.3174, -2.7066, 0.0]
    """
    lam = math.radians((longitude - CENTRAL_MERIDIAN + 180.0) % 360.0 - 180.0)
    theta = math.asin(_M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return (x + 0.0, y + 0.0)  # no negative zero


class Projected(NamedTuple):
    """A territory projected: its code, its rings, its label point, its size flag."""

    code: str
    rings: tuple[tuple[tuple[float, float], ...], ...]
    label: tuple[float, float]
    small: bool


def projected() -> tuple[Projected, ...]:
    """Every territory of `regional_migration.geometry`, projected once and cached."""

    def build() -> tuple[Projected, ...]:
        return tuple(
            Projected(
                code=t.code,
                rings=tuple(
                    tuple(equal_earth(*point) for point in ring)
                    for polygon in t.polygons
                    for ring in polygon
                ),
                label=equal_earth(*t.label),
                small=t.small,
            )
            for t in territories()
        )

    return cached("projected geometry", build)


def frame_box(name: str) -> tuple[float, float, float, float]:
    """The projected limits (x0, y0, x1, y1) of a frame of `FRAMES`."""
    west, south, east, north = FRAMES[name]
    corners = [
        equal_earth(lon, lat)
        for lon in (west, east, (west + east) / 2)
        for lat in (south, north, (south + north) / 2)
    ]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def frame_of(territory: Projected) -> str:
    """The frame that draws *territory* and its circle: an inset, or the Americas."""
    lon_lat = _label_degrees(territory.code)
    for name in ("antilles", "iberia"):
        west, south, east, north = FRAMES[name]
        if west <= lon_lat[0] <= east and south <= lon_lat[1] <= north:
            return name
    return "americas"


def _label_degrees(code: str) -> tuple[float, float]:
    return next(t.label for t in territories() if t.code == code)


def overlap_colour(count: int, total: int) -> str:
    """The colour of a state in *count* of *total* processes: white, then darker blues."""
    if count <= 0:
        return _ZERO
    light, dark = (0.78, 0.86, 0.94), (0.03, 0.19, 0.42)
    share = 1.0 if total <= 1 else (count - 1) / (total - 1)
    mixed = [a + (b - a) * share for a, b in zip(light, dark, strict=True)]
    return "#" + "".join(f"{round(c * 255):02X}" for c in mixed)


class MapRow(BaseModel, frozen=True, extra="forbid", defer_build=True):
    """One territory of a `MapTable`: what the map shows for it, and why.

    Attributes:
        country: ISO 3166-1 alpha-2 code.
        name: its short name in the table's language.
        shown: its class: a status (``"member"``, ``"signatory"``...), ``"none"``,
            ``"unknown"`` (the sources did not settle it), ``"outside"`` (outside
            what the data covers); in overlap mode a count (``"2"``); in change mode
            ``"joined"``, ``"left"``, ``"changed"``, ``"kept"`` or ``"none"``.
        label: the class as the legend names it, in the table's language.
        detail: each process's status in overlap mode, ``before -> after`` in change
            mode, else the status code or the empty string.
        place: ``"shape"``, ``"circle"`` (a small territory drawn with a circle
            around it), or ``"note"`` (no shape: listed in the map's note).
    """

    country: str
    name: str
    shown: str
    label: str
    detail: str
    place: Place

    def record(self) -> dict[str, str]:
        """The row as flat text, one entry per column of `COLUMNS`."""
        return self.model_dump()


class MapTable(Answer, BaseModel, frozen=True, extra="forbid", defer_build=True):
    """What a map shows: one row per territory, the title, the legend, the notes.

    Iterating a table yields its rows.

    Attributes:
        mode: ``"status"``, ``"overlap"`` or ``"change"``.
        processes: the ids of the processes or instruments shown.
        on: the day shown; ``None`` for the current memberships.
        since: the first day of a change map.
        rule: how the days were compared with loosely known dates.
        lang: the language of the names, labels and notes.
        title: the map's title.
        legend: each class shown, in order, with its label and its colour.
        notes: the processes that did not exist yet on a day shown.
        missing: the codes with a class but no shape, which the map lists in a note.
        rows: the rows, sorted by name in *lang*.
    """

    mode: MapMode
    processes: tuple[str, ...]
    on: date | None
    since: date | None = None
    rule: Rule = "certain"
    lang: Language = "en"
    title: str
    legend: tuple[tuple[str, str, str], ...]
    notes: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    rows: tuple[MapRow, ...]

    def __iter__(self) -> Iterator[MapRow]:  # type: ignore[override]
        """The rows, in order."""
        return iter(self.rows)

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __getitem__(self, country: str) -> MapRow:
        """The row of *country*, by its ISO alpha-2 code.

        Raises:
            NotInResultError: no row has that code.
        """
        for row in self.rows:
            if row.country == country:
                return row
        raise NotInResultError(f"{country!r} is not a row of this map")

    def provenance(self) -> dict[str, str]:
        """The data version, the mode, the day or days, and the rule, as text."""
        on = "current" if self.on is None else self.on.isoformat()
        facts = {"data_version": data_version(), "mode": self.mode, "on": on}
        if self.since is not None:
            facts["since"] = self.since.isoformat()
        return {**facts, "rule": self.rule, "processes": " ".join(self.processes)}

    def records(self) -> tuple[dict[str, str], ...]:
        """Every row as flat text (see `MapRow.record`)."""
        return tuple(row.record() for row in self.rows)

    frame_shape: ClassVar[FrameShape] = FrameShape(text=True)

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of `records`: `COLUMNS`."""
        return COLUMNS

    def _title(self) -> str:
        return self.title

    def __repr__(self) -> str:
        """One line: the mode, the processes and the size."""
        return f"<MapTable {self.mode} of {', '.join(self.processes)}: {len(self)} rows>"


def statuses_on(body: Arrangement, day: date | None, rule: Rule) -> dict[str, Status]:
    """Each country's status in *body* on *day* (now if ``None``), as `status_of` gives it."""
    found: dict[str, set[Status]] = {}
    for record in body.memberships_on(day, rule=rule):
        found.setdefault(record.country, set()).add(record.status)
    return {c: next(s for s in STATUSES if s in given) for c, given in found.items()}


def _bodies(processes: ProcessKey | Iterable[ProcessKey]) -> tuple[Arrangement, ...]:
    if isinstance(processes, str | MembershipQueries):
        return (get(processes),)
    chosen = resolve_all(processes)
    if not chosen:
        raise InvalidArgumentError("processes", processes, "give at least one process")
    return chosen


def _body_name(body: Arrangement, language: Language) -> str:
    name = body.short_name if isinstance(body, Instrument) else body.name
    return str(name.get(language))


def _status_label(status: str, body: Arrangement, language: Language) -> str:
    """The legend's word for *status* (or ``"none"``) in *body*."""
    if isinstance(body, Instrument) and status in {"member", "none"}:
        words = ("map.party", "map.not_party") if body.binds else ("map.adopted", "map.not_adopted")
        return say(words[status == "none"], language)
    if status in {"none", "unknown", "outside"}:
        return say(f"map.{status}", language)
    return say(f"status.{status}", language)


def _classes(  # noqa: PLR0913 - the question of map_table, checked
    bodies: Sequence[Arrangement],
    *,
    mode: MapMode,
    day: date | None,
    since: date | None,
    rule: Rule,
    language: Language,
    codes: Iterable[str],
) -> dict[str, tuple[str, str, str]]:
    """Each code's class, the class's label, and the detail of a `MapRow`."""
    found: dict[str, tuple[str, str, str]] = {}
    if mode == "overlap":
        standing = [statuses_on(body, day, rule) for body in bodies]
        total = len(bodies)
        for code in codes:
            count = sum(s.get(code) == "member" for s in standing)
            parts = [
                f"{body.id}: {_status_label(s[code], body, language)}"
                for body, s in zip(bodies, standing, strict=True)
                if code in s
            ]
            label = say("map.in_count", language, count=count, total=total)
            found[code] = (str(count), label, "; ".join(parts))
        return found
    (body,) = bodies
    instrument = body if isinstance(body, Instrument) else None
    after = statuses_on(body, day, rule)
    before = statuses_on(body, since, rule) if mode == "change" else {}
    for code in codes:
        if instrument is not None and code not in after and code not in before:
            if code in instrument.unknown and (
                day is None or instrument.existed_on(day, rule=rule)
            ):
                found[code] = ("unknown", say("map.unknown", language), "")
                continue
            if code not in SCOPE:
                found[code] = ("outside", say("map.outside", language), "")
                continue
        if mode == "status":
            shown = after.get(code, "none")
            found[code] = (shown, _status_label(shown, body, language), after.get(code, ""))
            continue
        old, new = before.get(code), after.get(code)
        shown = (
            "none"
            if old is None and new is None
            else "joined"
            if old is None
            else "left"
            if new is None
            else "kept"
            if old == new
            else "changed"
        )
        words = [_status_label(s or "none", body, language) for s in (old, new)]
        label = say(f"map.{shown}", language)
        found[code] = (shown, label, "" if shown == "none" else " -> ".join(words))
    return found


_ORDER = (*STATUSES, "joined", "changed", "kept", "left", "none", "unknown", "outside")


def map_table(  # noqa: PLR0913 - one keyword per question a map answers
    processes: ProcessKey | Iterable[ProcessKey],
    *,
    on: date | str | None = None,
    mode: MapMode = "status",
    since: date | str | None = None,
    rule: Rule = "certain",
    lang: str = "en",
) -> MapTable:
    """What `plot_map` draws, as a table: one row per territory, with its class.

    Args:
        processes: one process or instrument (any key `get` accepts), or several
            for the overlap mode.
        on: the day shown, as a `datetime.date` or ``"YYYY-MM-DD"``; the current
            memberships by default.
        mode: ``"status"`` (one process or instrument: each state's status),
            ``"overlap"`` (in how many of *processes* each state is a full member) or
            ``"change"`` (one process or instrument: who joined, left or changed
            status between *since* and *on*).
        since: the first day of a change map; required then, refused otherwise.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).
        lang: the language of the names, labels, title and notes.

    Raises:
        InvalidArgumentError: an unknown mode, several processes in status or change
            mode, no process, or *since* missing or misplaced.
        UnknownProcessError: a key names no process or instrument.

    Examples:
        >>> table = map_table("QUITO", on="2018-12-31")
        >>> table["GT"].shown, table["CO"].shown, table["CO"].place
        ('none', 'member', 'shape')
        >>> table = map_table(["CRM", "MIRPS"], on="2024-12-31", mode="overlap")
        >>> table["GT"].shown, table["GT"].detail
        ('2', 'CRM: member; MIRPS: member')
        >>> map_table("1961 Convention", lang="es").title
        'Convención de 1961: condición'
    """
    if mode not in ("status", "overlap", "change"):
        raise InvalidArgumentError("mode", mode, "give 'status', 'overlap' or 'change'")
    language = check_language(lang)
    how = check_rule(rule)
    day = as_optional_date(on)
    first = as_optional_date(since)
    if (mode == "change") != (first is not None):
        raise InvalidArgumentError(
            "since", since, "give since= for a change map, and only for a change map"
        )
    bodies = _bodies(processes)
    if mode != "overlap" and len(bodies) != 1:
        raise InvalidArgumentError(
            "processes",
            [b.id for b in bodies],
            f"a {mode} map shows one process or instrument; use mode='overlap' for several",
        )
    shapes = {t.code: t for t in projected()}
    recorded = {
        code
        for body in bodies
        for code in (
            *(m.country for m in body.memberships),
            *(body.unknown if isinstance(body, Instrument) else ()),
        )
    }
    drawn = set(shapes) - _UNDRAWN
    codes = sorted(drawn | recorded)
    classes = _classes(
        bodies, mode=mode, day=day, since=first, rule=how, language=language, codes=codes
    )
    rows = []
    for code in codes:
        shown, label, detail = classes[code]
        shape = shapes.get(code)
        place: Place = "note" if shape is None else "circle" if shape.small else "shape"
        rows.append(
            MapRow(
                country=code,
                name=display_name(code, language),
                shown=shown,
                label=label,
                detail=detail,
                place=place,
            )
        )
    rows.sort(key=lambda r: (alphabetical(r.name), r.country))
    quiet = {"none", "outside", "0"}
    missing = tuple(sorted(r.country for r in rows if r.place == "note" and r.shown not in quiet))
    return MapTable(
        mode=mode,
        processes=tuple(b.id for b in bodies),
        on=day,
        since=first,
        rule=how,
        lang=language,
        title=_title(bodies, mode, day, first, language),
        legend=_legend(rows, mode, len(bodies)),
        notes=_notes(bodies, (d for d in (first, day) if d is not None), how, language),
        missing=missing,
        rows=tuple(rows),
    )


def _title(
    bodies: Sequence[Arrangement],
    mode: MapMode,
    day: date | None,
    since: date | None,
    lang: Language,
) -> str:
    when = "" if day is None else say("line.when", lang, day=day.isoformat())
    if mode == "overlap":
        return say("map.overlap", lang, bodies=", ".join(b.id for b in bodies), when=when)
    name = _body_name(bodies[0], lang)
    if mode == "status":
        return say("map.status", lang, body=name, when=when)
    last = say("map.now", lang) if day is None else day.isoformat()
    return say("map.change", lang, body=name, since=str(since), day=last)


def _legend(rows: Sequence[MapRow], mode: MapMode, total: int) -> tuple[tuple[str, str, str], ...]:
    labels = {row.shown: row.label for row in rows}
    if mode == "overlap":
        return tuple(
            (str(n), labels[str(n)], overlap_colour(n, total))
            for n in range(total + 1)
            if str(n) in labels
        )
    return tuple((key, labels[key], COLOURS[key]) for key in _ORDER if key in labels)


def _notes(
    bodies: Sequence[Arrangement], days: Iterable[date], rule: Rule, lang: Language
) -> tuple[str, ...]:
    notes: list[str] = []
    for day in days:
        for body in bodies:
            note = body.founding_note(day, rule=rule, lang=lang)
            if note is not None and note not in notes:
                notes.append(note)
    return tuple(notes)


def _path(territory: Projected, radius: float) -> Path:
    """One path for *territory*: its rings, and a circle around its label if it is small."""
    from matplotlib.path import Path  # noqa: PLC0415 - cost: matplotlib, an optional extra

    vertices: list[tuple[float, float]] = []
    codes: list[int] = []
    move, line, close = int(Path.MOVETO), int(Path.LINETO), int(Path.CLOSEPOLY)
    for ring in territory.rings:
        vertices.extend((*ring, ring[0]))
        codes.extend((move, *[line] * (len(ring) - 1), close))
    if territory.small:
        x, y = territory.label
        steps = 24
        circle = [
            (
                x + radius * math.cos(2 * math.pi * i / steps),
                y + radius * math.sin(2 * math.pi * i / steps),
            )
            for i in range(steps)
        ]
        vertices.extend((*circle, circle[0]))
        codes.extend((move, *[line] * (steps - 1), close))
    return Path(vertices, codes)


def _draw_frame(
    axes: Axes, name: str, table: MapTable, colours: Mapping[str, str], hatched: frozenset[str]
) -> None:
    """Draw the territories of frame *name* into *axes*, one path each in one collection."""
    from matplotlib.collections import PathCollection  # noqa: PLC0415 - cost: matplotlib, an optional extra

    x0, y0, x1, y1 = frame_box(name)
    radius = (0.006 if name == "americas" else 0.025) * (x1 - x0)
    shown = {row.country for row in table.rows}
    chosen = [
        t
        for t in sorted(projected(), key=lambda t: t.small)  # circles on top
        if t.code in shown
        and (name == "iberia") == (t.code in _EUROPE)
        and (not t.small or frame_of(t) == name)
    ]
    paths = [_path(t, radius) for t in chosen]
    collection = PathCollection(
        paths,
        facecolors=[colours[t.code] for t in chosen],
        edgecolors=_EDGE,
        linewidths=0.3,
        gid="regional_migration.territories",
    )
    collection.set_urls([t.code for t in chosen])
    axes.add_collection(collection)
    marked = [p for p, t in zip(paths, chosen, strict=True) if t.code in hatched]
    if marked:
        overlay = PathCollection(
            marked, facecolors="none", edgecolors=_EDGE, linewidths=0.3, hatch=HATCH
        )
        overlay.set_urls([t.code for t in chosen if t.code in hatched])
        axes.add_collection(overlay)
    axes.set_xlim(x0, x1)
    axes.set_ylim(y0, y1)
    axes.set_aspect("equal")
    axes.set_xticks([])
    axes.set_yticks([])


def plot_map(  # noqa: PLR0913 - the map's question, then how to draw it
    processes: ProcessKey | Iterable[ProcessKey],
    *,
    on: date | str | None = None,
    mode: MapMode = "status",
    since: date | str | None = None,
    rule: Rule = "certain",
    lang: str = "en",
    ax: Axes | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Draw a map of the Americas: who stands where in one or more processes or instruments.

    The states are drawn with an equal-area projection (Equal Earth), small islands
    with a circle around them, the Lesser Antilles and the Iberian Peninsula (for
    Spain and Andorra) in insets. Each class has its colour from a colour-blind-safe
    set, a state whose position the sources did not settle is hatched, a title says
    when a process did not exist yet, a legend counts the states of each class, a
    line names the source, and a note lists every state with a class but no shape.
    `map_table` gives the same answer as a table.

    Args:
        processes: one process or instrument, or several for the overlap mode.
        on: the day shown; the current memberships by default.
        mode: ``"status"``, ``"overlap"`` or ``"change"`` (see `map_table`).
        since: the first day of a change map.
        rule: ``"certain"`` (the default) or ``"possible"``.
        lang: the language of the title, legend and notes.
        ax: the `matplotlib.axes.Axes` to draw in; a new figure by default.
        figsize: the size of the new figure, in inches (not with *ax*).

    Returns:
        The `matplotlib.figure.Figure` drawn on (the one holding *ax*, if given).

    Raises:
        InvalidArgumentError: see `map_table`; or both *ax* and *figsize*.
        MissingExtraError: matplotlib is not installed (``pip install
            'regional-migration[plot]'``).
    """
    table = map_table(processes, on=on, mode=mode, since=since, rule=rule, lang=lang)
    if ax is not None and figsize is not None:
        raise InvalidArgumentError("figsize", figsize, "give ax= or figsize=, not both")
    optional_module("matplotlib", "plot")
    from matplotlib.figure import Figure  # noqa: PLC0415 - cost: matplotlib, an optional extra
    from matplotlib.patches import Patch, Rectangle  # noqa: PLC0415 - cost: matplotlib, an optional extra

    language = table.lang
    if ax is None:
        figure = Figure(figsize=figsize or (8.0, 9.0), layout="constrained")
        axes = figure.add_subplot()
    else:
        if not hasattr(ax, "inset_axes"):
            raise ArgumentTypeError(f"ax is a matplotlib Axes, got {type(ax).__name__}")
        axes = ax
        owner = ax.figure
        figure = owner if isinstance(owner, Figure) else owner.figure
    colour_of = {key: colour for key, _, colour in table.legend}
    colours = {row.country: colour_of[row.shown] for row in table.rows}
    hatched = frozenset(row.country for row in table.rows if row.shown == "unknown")
    _draw_frame(axes, "americas", table, colours, hatched)
    for name, place, title in (
        ("antilles", (0.70, 0.40, 0.29, 0.29), "map.antilles"),
        ("iberia", (0.75, 0.14, 0.25, 0.19), "map.iberia"),
    ):
        inset = axes.inset_axes(place)
        _draw_frame(inset, name, table, colours, hatched)
        inset.set_title(say(title, language), fontsize=7, pad=2)
        if name == "antilles":
            x0, y0, x1, y1 = frame_box(name)
            box = Rectangle((x0, y0), x1 - x0, y1 - y0, fill=False, edgecolor=_EDGE, linewidth=0.5)
            axes.add_patch(box)
    axes.set_title("\n".join((table.title, *table.notes)), loc="left", fontsize=10)
    counts: dict[str, int] = {}
    for row in table.rows:
        counts[row.shown] = counts.get(row.shown, 0) + 1
    axes.legend(
        handles=[
            Patch(
                facecolor=colour,
                edgecolor=_EDGE,
                hatch=HATCH if key == "unknown" else None,
                label=say("line.count", language, label=label, count=counts[key]),
            )
            for key, label, colour in table.legend
        ],
        loc="lower left",
        fontsize=7,
        frameon=False,
    )
    lines = [say("map.source", language, version=data_version())]
    if table.missing:
        absent = ", ".join(f"{table[c].name} ({table[c].label})" for c in table.missing)
        lines.insert(0, say("map.not_shown", language, countries=absent))
    note = axes.text(
        0.0, -0.01, "\n".join(lines), transform=axes.transAxes, fontsize=6.5, va="top", wrap=True
    )
    note.set_gid("regional_migration.note")
    for spine in axes.spines.values():
        spine.set_visible(False)
    show_in_ipython(Figure)
    return figure


publish(globals())
