"""Comparing processes: shared members, splits into parts and overlap matrices.

Everything here is pure: processes come in (as `Process` objects or keys that
`get` accepts), immutable answers go out. Nothing reads or writes files; the
renderers for HTML and export live in their own modules and are imported on use.
"""

from __future__ import annotations

import warnings
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, cast

from pydantic import (
    BaseModel,
    PlainSerializer,
    ValidatorFunctionWrapHandler,
    computed_field,
    model_validator,
)

from regional_migration._core.dates import Rule, as_optional_date, check_rule
from regional_migration._core.export import Answer, FrameShape, View
from regional_migration._core.html import listing
from regional_migration._core.messages import format_value
from regional_migration._core.public import publish
from regional_migration._core.text import Language, check_language, one_of
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.registry import ProcessKey, get, provenance, resolve_all
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError, NotInResultError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from regional_migration._dataset.registry import Arrangement

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "Comparison",
    "OverlapMatrix",
    "compare",
    "overlap",
    "overlap_matrix",
)
TYPES: tuple[str, ...] = ("Metric",)


__all__ = [
    "COMPARISON_COLUMNS",
    "Codes",
    "Comparison",
    "Metric",
    "OverlapMatrix",
    "compare",
    "may_be_members",
    "overlap",
    "overlap_matrix",
]

Metric = Literal["count", "jaccard"]
"""What a cell of an overlap matrix holds: shared members, or the Jaccard index."""


def _sorted_list(codes: frozenset[str]) -> list[str]:
    return sorted(codes)


Codes = Annotated[frozenset[str], PlainSerializer(_sorted_list, return_type=list[str])]
"""A set of country codes; serialised as a sorted list so output is deterministic."""


def _named(codes: frozenset[str]) -> str:
    """The countries as "Name (CODE)", sorted by code, for an HTML cell."""
    return listing(f"{display_name(code)} ({code})" for code in sorted(codes))


def _notes(processes: Iterable[ProcessKey], day: date | None, rule: Rule) -> tuple[str, ...]:
    """Why a process has nobody on *day*: it did not exist yet."""
    if day is None:
        return ()
    found = (get(p).founding_note(day, rule=rule) for p in processes)
    return tuple(note for note in found if note is not None)


def may_be_members(body: Arrangement, day: date | None) -> frozenset[str]:
    """The states that may be full members of *body* on *day* (now, if ``None``).

    The full members under the ``"possible"`` rule, and the states whose position on an
    instrument is not known (none before it was adopted).
    """
    unknown = body.unknown if day is None or body.existed_on(day, rule="possible") else frozenset()
    return body.countries_with("member", on=day, rule="possible") | unknown


def _bound_note(uncertain: int, rule: Rule, what: str) -> str:
    """What a count of shared members that *uncertain* more states may join says."""
    why = "their position is not known"
    if rule == "certain":
        why += ", or their dates are known only to an interval (see rule='possible')"
    states = "state may be a full member" if uncertain == 1 else "states may be full members"
    return f"a lower bound: {uncertain} more {states} of {what} ({why})"


def overlap(
    a: ProcessKey,
    b: ProcessKey,
    /,
    *more: ProcessKey,
    on: date | str | None = None,
    rule: Rule = "certain",
) -> frozenset[str]:
    """Countries that are full members of every process given, now or on *on*.

    Like `frozenset.intersection`, over the full members of each process. It is the
    set of states certainly shared: where an instrument's positions are not known, or
    (under ``rule="certain"``) a membership is dated only to an interval, more states
    may be shared, and `compare` names them (`Comparison.uncertain`) and says that its
    count is a lower bound.

    Args:
        a: a process, or its id, acronym, name or alias.
        b: another one.
        *more: any further processes.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).

    Raises:
        UnknownKeyError: a key names no process or instrument.
        InvalidDateError: *on* is not a date.

    Examples:
        >>> sorted(overlap("CRM", "MIRPS"))
        ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
        >>> sorted(overlap("CRM", "MIRPS", "QUITO"))
        ['CR', 'GT', 'MX', 'PA']
        >>> overlap("CRM", "CSM")
        frozenset()
    """
    day = as_optional_date(on)
    shared = get(a).countries_with("member", on=day, rule=rule)
    for process in (b, *more):
        shared &= get(process).countries_with("member", on=day, rule=rule)
    return shared


_COMPUTED = ("jaccard", "is_disjoint", "is_subset", "is_superset")
"""The computed fields of `Comparison`, which its JSON holds and a read-back checks."""

COMPARISON_COLUMNS = ("country", "name", "part", "processes")
"""The columns of an exported `Comparison`, in order."""


class Comparison(Answer, BaseModel, frozen=True, extra="forbid"):
    """How the full members of two or more processes compare, split into parts.

    For two processes, ``only_a``, ``shared`` and ``only_b`` are disjoint and
    together make up every country that is a full member of either. For more,
    `only` gives the countries in each process alone and `some` those in more than
    one but not all; `shared` (in all), the parts of `only` and `some` are disjoint
    and together make up `union`.

    Attributes:
        a: the id of the first process.
        b: the id of the second process.
        more: the ids of any further processes, in the order given.
        on: the day compared, or ``None`` for the current memberships.
        rule: how the day was compared with loosely known dates.
        lang: the language of the country names in `records`.
        notes: a process that did not exist yet on that day, and when it was founded;
            and, when ``uncertain`` is not empty, that ``shared`` is a lower bound.
        shared: members of every process compared.
        only_a: members of *a* only.
        only_b: members of *b* only.
        members: the full members of each process, in the order of `processes`; given
            only when more than two are compared, since for two the parts say it all.
        uncertain: the states outside ``shared`` that may be full members of every
            process compared: their position on an instrument is not known, or (under
            the ``"certain"`` rule) a membership's dates are known only to an interval
            that includes the day. ``shared`` is a lower bound by this many states.

    Examples:
        >>> c = compare("CRM", "MIRPS")
        >>> sorted(c.only_a), c.is_subset, c.jaccard
        (['CA', 'DO', 'NI', 'US'], False, 0.6363636363636364)
        >>> three = compare("CRM", "MIRPS", "QUITO")
        >>> sorted(three.shared), sorted(three.only["QUITO"]), round(three.jaccard, 2)
        (['CR', 'GT', 'MX', 'PA'], ['AR', 'BR', 'CL', 'CO', 'EC', 'GY', 'PE', 'PY', 'UY'], 0.2)
    """

    frame_shape: ClassVar[FrameShape] = FrameShape(text=True)

    a: str
    b: str
    more: tuple[str, ...] = ()
    on: date | None = None
    rule: Rule = "certain"
    lang: Language = "en"
    notes: tuple[str, ...] = ()
    shared: Codes
    only_a: Codes
    only_b: Codes
    members: tuple[Codes, ...] = ()
    uncertain: Codes = frozenset()

    @model_validator(mode="wrap")
    @classmethod
    def _read_back(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Comparison:  # noqa: ANN401 - any input
        # Its own JSON holds the computed fields too: accept them when they agree.
        given: dict[str, object] = {}
        if isinstance(data, dict):
            given = {name: data[name] for name in _COMPUTED if name in data}
            data = {name: value for name, value in data.items() if name not in _COMPUTED}
        result = cast("Comparison", handler(data))
        for name, value in given.items():
            if getattr(result, name) != value:
                raise ValueError(
                    f"{name} is {value!r} but the sides give {getattr(result, name)!r}"
                )
        return result

    @model_validator(mode="after")
    def _parts_are_consistent(self) -> Comparison:
        if self.shared & self.only_a or self.shared & self.only_b or self.only_a & self.only_b:
            raise ValueError("shared, only_a and only_b must be disjoint")
        if not self.more and not self.members:
            return self
        if len(self.members) != len(self.processes):
            raise ValueError("members must hold the full members of each process compared")
        if len(set(self.processes)) != len(self.processes):
            raise ValueError("each of more than two processes may appear once")
        sets = self.members
        if (self.shared, self.only_a, self.only_b) != (
            frozenset.intersection(*sets),
            self.only[self.a],
            self.only[self.b],
        ):
            raise ValueError("shared, only_a and only_b must agree with members")
        return self

    def _sets(self) -> tuple[frozenset[str], ...]:
        """The full members of each process, in the order of `processes`."""
        if self.members:
            return self.members
        return (self.shared | self.only_a, self.shared | self.only_b)

    @property
    def processes(self) -> tuple[str, ...]:
        """The ids of the processes compared: *a*, *b*, then `more`."""
        return (self.a, self.b, *self.more)

    @property
    def only(self) -> Mapping[str, frozenset[str]]:
        """The members of each process and of no other, by process id."""
        if not self.more:
            return MappingProxyType({self.a: self.only_a, self.b: self.only_b})
        sets = self._sets()
        return MappingProxyType(
            {
                process: sets[at].difference(*sets[:at], *sets[at + 1 :])
                for at, process in enumerate(self.processes)
            }
        )

    @property
    def some(self) -> frozenset[str]:
        """Members of more than one process but not of all; always empty for two."""
        if not self.more:
            return frozenset()
        return self.union - self.shared - frozenset().union(*self.only.values())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def jaccard(self) -> float:
        """Members of all over members of any: 1.0 for equal sets, 0.0 for disjoint.

        Processes that have no full member at all share nothing, so the index is
        ``0.0`` then too. A further process never raises it.
        """
        union = len(self.union)
        return len(self.shared) / union if union else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_disjoint(self) -> bool:
        """Whether no country is a full member of every process compared."""
        return not self.shared

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_subset(self) -> bool:
        """Whether every full member of *a* is a full member of *b*."""
        first, second = self._sets()[:2]
        return first <= second

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_superset(self) -> bool:
        """Whether every full member of *b* is a full member of *a*."""
        first, second = self._sets()[:2]
        return second <= first

    @property
    def union(self) -> frozenset[str]:
        """Full members of any of the processes."""
        return frozenset().union(*self._sets())

    def __repr__(self) -> str:
        """One line: the processes and the size of each part."""
        day = "" if self.on is None else f" on {self.on.isoformat()}"
        bound = f" (+{len(self.uncertain)} may be)" if self.uncertain else ""
        if not self.more:
            return (
                f"<Comparison {self.a} with {self.b}{day}: {len(self.shared)} shared{bound}, "
                f"{len(self.only_a)} only {self.a}, {len(self.only_b)} only {self.b}>"
            )
        only = ", ".join(f"{len(codes)} only {key}" for key, codes in self.only.items())
        return (
            f"<Comparison of {', '.join(self.processes)}{day}: {len(self.shared)} shared{bound}, "
            f"{only}, {len(self.some)} in some>"
        )

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of `records`: `COMPARISON_COLUMNS`."""
        return COMPARISON_COLUMNS

    def records(self) -> tuple[dict[str, str], ...]:
        """One row per country in `union`, sorted by code.

        ``part`` is ``"shared"``, ``"only"`` or ``"some"``; ``processes`` names the
        processes the country is a full member of, separated by spaces.
        """
        sets = self._sets()
        rows = []
        for code in sorted(self.union):
            found = dict.fromkeys(
                p for p, codes in zip(self.processes, sets, strict=True) if code in codes
            )
            part = "shared" if code in self.shared else "only" if len(found) == 1 else "some"
            rows.append(
                {
                    "country": code,
                    "name": display_name(code, self.lang),
                    "part": part,
                    "processes": " ".join(found),
                }
            )
        return tuple(rows)

    def provenance(self) -> dict[str, str]:
        """The data version, the day compared and the rule, as text."""
        return provenance("current" if self.on is None else self.on.isoformat(), rule=self.rule)

    def _summary(self) -> dict[str, object]:
        return {
            "processes": list(self.processes),
            "shared": sorted(self.shared),
            "only": {key: sorted(codes) for key, codes in self.only.items()},
            "some": sorted(self.some),
            "uncertain": sorted(self.uncertain),
            "jaccard": self.jaccard,
        }

    def _title(self) -> str:
        if not self.more:
            return f"{self.a} compared with {self.b}"
        return f"{', '.join(self.processes)} compared"

    def _view(self) -> View:
        both = f"{self.a} and {self.b}" if not self.more else "all"
        parts = [
            (both, self.shared),
            *((f"only {key}", codes) for key, codes in self.only.items()),
            *([("some, not all", self.some)] if self.more else []),
            *(
                [(f"may be in {both if self.more else 'both ' + both}", self.uncertain)]
                if self.uncertain
                else []
            ),
        ]
        cells = [(label, len(codes), _named(codes)) for label, codes in parts]
        return View(("full members of", "countries", "who"), cells, markup=2)

    def _lines(self) -> tuple[str, ...]:
        return (f"Jaccard index: {format_value(self.jaccard, 'jaccard')}", *self.notes)


def compare(
    a: ProcessKey,
    b: ProcessKey,
    *more: ProcessKey,
    on: date | str | None = None,
    rule: Rule = "certain",
    lang: str = "en",
) -> Comparison:
    """Split the full members of *a*, *b* and any *more* into what all share and what only each has.

    Args:
        a: a process, or its id, acronym, name or alias.
        b: another one.
        *more: any further processes, each different from the others.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        rule: ``"certain"`` (the default) or ``"possible"``.
        lang: the language of the country names in the exports.

    Raises:
        UnknownProcessError: a key names no process.
        InvalidArgumentError: among more than two processes, one is given twice.

    Examples:
        >>> c = compare("CSM", "Quito Process")
        >>> len(c.shared), sorted(c.only_b)
        (9, ['CR', 'DO', 'GT', 'MX', 'PA'])
        >>> compare("CRM", "CSM").is_disjoint
        True
        >>> compare("CRM", "MIRPS", "QUITO")
        <Comparison of CRM, MIRPS, QUITO: 4 shared, 3 only CRM, 0 only MIRPS, 9 only QUITO, ...>
    """
    chosen = tuple(get(key) for key in (a, b, *more))
    day = as_optional_date(on)
    how = check_rule(rule)
    language = check_language(lang)
    ids = tuple(p.id for p in chosen)
    if more:
        for found in ids:
            if ids.count(found) > 1:
                raise InvalidArgumentError("processes", found, "compare different processes")
    sets = tuple(p.countries_with("member", on=day, rule=how) for p in chosen)
    left, right, *rest = sets
    others = frozenset().union(*rest)
    shared = frozenset.intersection(*sets)
    uncertain = frozenset.intersection(*(may_be_members(p, day) for p in chosen)) - shared
    what = "both" if not more else "all"
    bound = (_bound_note(len(uncertain), how, what),) if uncertain else ()
    return Comparison(
        a=ids[0],
        b=ids[1],
        more=ids[2:],
        on=day,
        rule=how,
        lang=language,
        notes=_notes(chosen, day, how) + bound,
        shared=shared,
        only_a=left - right - others,
        only_b=right - left - others,
        members=sets if more else (),
        uncertain=uncertain,
    )


class OverlapMatrix(Answer, BaseModel, frozen=True, extra="forbid"):
    """Pairwise overlaps of processes, in a fixed order.

    Cell ``values[i][j]`` compares ``processes[i]`` with ``processes[j]``: with the
    ``"count"`` metric it is the number of shared full members (the diagonal holds
    each process's size), with ``"jaccard"`` the Jaccard index (see
    `Comparison.jaccard`). The matrix is symmetric.

    Attributes:
        processes: process ids, in the order of rows and columns.
        metric: ``"count"`` or ``"jaccard"``.
        on: the day compared, or ``None`` for the current memberships.
        rule: how the day was compared with loosely known dates.
        notes: the processes that did not exist yet on that day (their rows and
            columns hold zeros), and when they were founded; and, when a cell of
            ``uncertain`` is above zero, that the counts are lower bounds.
        values: one row per process.
        uncertain: for each cell, how many more states may be full members of both
            (their position on an instrument is not known, or under the
            ``"certain"`` rule their dates are known only to an interval): the
            count of ``values`` is a lower bound by that many states. Empty when
            built without it.

    Examples:
        >>> m = overlap_matrix(["CRM", "MIRPS", "CSM"])
        >>> m.values
        ((11, 7, 0), (7, 7, 0), (0, 0, 12))
        >>> m["MIRPS", "CRM"]
        7
        >>> print(m.to_csv(), end="")
        process,CRM,MIRPS,CSM
        CRM,11,7,0
        MIRPS,7,7,0
        CSM,0,0,12
    """

    frame_shape: ClassVar[FrameShape] = FrameShape(index_by="process")

    processes: tuple[str, ...]
    metric: Metric = "count"
    on: date | None = None
    rule: Rule = "certain"
    notes: tuple[str, ...] = ()
    values: tuple[tuple[int | float, ...], ...]
    uncertain: tuple[tuple[int, ...], ...] = ()

    @model_validator(mode="after")
    def _is_square(self) -> OverlapMatrix:
        size = len(self.processes)
        for cells in (self.values, self.uncertain or self.values):
            if len(cells) != size or any(len(row) != size for row in cells):
                raise ValueError(f"values must be a {size} by {size} matrix, one row per process")
        if len(set(self.processes)) != size:
            raise ValueError("each process may appear once")
        return self

    def __getitem__(self, pair: tuple[ProcessKey, ProcessKey]) -> int | float:
        """The cell for a pair of processes, given as processes or keys.

        Raises:
            ArgumentTypeError: the index is not a pair, as in ``matrix["CRM", "MIRPS"]``.
        """
        if not isinstance(cast("object", pair), tuple) or len(pair) != 2:  # noqa: PLR2004 - a pair
            raise ArgumentTypeError(
                "index a matrix by a pair of processes, such as matrix['CRM', 'MIRPS']"
            )
        row, column = (self._position(key) for key in pair)
        return self.values[row][column]

    def cell(self, a: ProcessKey, b: ProcessKey, *, lang: str = "en") -> str:
        """The cell for *a* and *b* as text, with ``(+n)`` when n more states may be shared.

        A Jaccard index is written with the decimal mark of *lang*.

        Examples:
            >>> m = overlap_matrix(["CRM", "GLOBAL-COMPACT-MIGRATION"])
            >>> m.cell("CRM", "GLOBAL-COMPACT-MIGRATION")
            '8 (+1)'
        """
        return self._text(self._position(a), self._position(b), check_language(lang))

    def _text(self, row: int, column: int, lang: Language = "en") -> str:
        text = format_value(self.values[row][column], self.metric, lang)
        more = self.uncertain[row][column] if self.uncertain else 0
        return f"{text} (+{more})" if more else text

    def _position(self, key: ProcessKey) -> int:
        process_id = get(key).id
        try:
            return self.processes.index(process_id)
        except ValueError:
            raise NotInResultError(f"{process_id} is not in this matrix") from None

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of `records`: ``process``, then each process id."""
        return ("process", *self.processes)

    def records(self) -> tuple[dict[str, Any], ...]:
        """One plain dict per row, ``{"process": id, <id>: value, ...}``, for export."""
        return tuple(
            {"process": name, **dict(zip(self.processes, row, strict=True))}
            for name, row in zip(self.processes, self.values, strict=True)
        )

    def rows(self) -> tuple[dict[str, Any], ...]:
        """The same as `records`, under its former name.

        .. deprecated:: 0.3
            Use `records`, the name every answer uses.
        """
        warnings.warn(
            "OverlapMatrix.rows() is deprecated; use records()", DeprecationWarning, stacklevel=2
        )
        return self.records()

    def provenance(self) -> dict[str, str]:
        """The data version, the day compared, the rule and the metric, as text."""
        return provenance(
            "current" if self.on is None else self.on.isoformat(),
            rule=self.rule,
            metric=self.metric,
        )

    def _summary(self) -> dict[str, object]:
        return {
            "processes": list(self.processes),
            "values": [list(row) for row in self.values],
            "uncertain": [list(row) for row in self.uncertain],
        }

    def __repr__(self) -> str:
        """One line: the metric, the day and the processes."""
        day = "current" if self.on is None else f"on {self.on.isoformat()}"
        return f"<OverlapMatrix {self.metric}, {day}: {', '.join(self.processes)}>"

    def _title(self) -> str:
        return "Shared full members" if self.metric == "count" else "Jaccard index of full members"

    def _view(self) -> View:
        size = range(len(self.processes))
        cells = [[name, *(self._text(i, j) for j in size)] for i, name in enumerate(self.processes)]
        return View(("", *self.processes), cells)


def overlap_matrix(
    processes: Iterable[ProcessKey] | None = None,
    *,
    on: date | str | None = None,
    metric: Metric = "count",
    rule: Rule = "certain",
) -> OverlapMatrix:
    """Compare every pair among *processes* (all of them by default, sorted by id).

    Args:
        processes: the processes for the rows and columns, in that order.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        metric: ``"count"`` of shared full members, or ``"jaccard"`` index.
        rule: ``"certain"`` (the default) or ``"possible"``.

    Examples:
        >>> m = overlap_matrix(metric="jaccard")
        >>> m.processes[:3], len(m.processes)
        (('CMC', 'CRM', 'CSM'), 12)
        >>> round(m["CSM", "QUITO"], 2)
        0.53
    """
    if not one_of(metric, ("count", "jaccard")):
        raise InvalidArgumentError("metric", metric, "use 'count' or 'jaccard'")
    day = as_optional_date(on)
    how = check_rule(rule)
    chosen = resolve_all(processes)
    members = [p.countries_with("member", on=day, rule=how) for p in chosen]
    may = [may_be_members(p, day) for p in chosen]
    uncertain = tuple(
        tuple(len((lm & rm) - (left & right)) for right, rm in zip(members, may, strict=True))
        for left, lm in zip(members, may, strict=True)
    )
    most = max((n for row in uncertain for n in row), default=0)
    bound = (
        (
            f"counts are lower bounds: up to {most} more states per cell may be full members "
            "of both (see uncertain; their position is not known, or their dates are known "
            "only to an interval)"
        ),
    )
    values: list[tuple[int | float, ...]] = []
    for left in members:
        row: list[int | float] = []
        for right in members:
            shared = len(left & right)
            if metric == "count":
                row.append(shared)
            else:
                union = len(left | right)
                row.append(shared / union if union else 0.0)
        values.append(tuple(row))
    return OverlapMatrix(
        processes=tuple(p.id for p in chosen),
        metric=metric,
        on=day,
        rule=how,
        notes=_notes(chosen, day, how) + (bound if most else ()),
        values=tuple(values),
        uncertain=uncertain,
    )


publish(globals())
