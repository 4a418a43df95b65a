"""Comparing processes: shared members, three-way splits and overlap matrices.

Everything here is pure: processes come in (as `Process` objects or keys that
`get` accepts), immutable answers go out. Nothing reads or writes files; the
renderers for HTML and export live in their own modules and are imported on use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast

from pydantic import (
    BaseModel,
    PlainSerializer,
    ValidatorFunctionWrapHandler,
    computed_field,
    model_validator,
)

from regional_migration._core.dates import Rule, as_optional_date, check_rule
from regional_migration._core.export import csv_text, frame, json_text
from regional_migration._core.html import listing, paragraph, table, title
from regional_migration._core.public import publish
from regional_migration._core.text import one_of
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.registry import ProcessKey, get, provenance, resolve_all
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError, NotInResultError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "Comparison",
    "Metric",
    "OverlapMatrix",
    "compare",
    "overlap",
    "overlap_matrix",
)


__all__ = [
    "Codes",
    "Comparison",
    "Metric",
    "OverlapMatrix",
    "compare",
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


def overlap(
    a: ProcessKey,
    b: ProcessKey,
    /,
    *more: ProcessKey,
    on: date | str | None = None,
    rule: Rule = "certain",
) -> frozenset[str]:
    """Countries that are full members of every process given, now or on *on*.

    Like `frozenset.intersection`, over the full members of each process.

    Args:
        a: a process, or its id, acronym, name or alias.
        b: another one.
        *more: any further processes.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).

    Raises:
        UnknownProcessError: a key names no process.
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


class Comparison(BaseModel, frozen=True, extra="forbid"):
    """How the full members of two processes compare, split three ways.

    ``only_a``, ``shared`` and ``only_b`` are disjoint and together make up every
    country that is a full member of either process.

    Attributes:
        a: the id of the first process.
        b: the id of the second process.
        on: the day compared, or ``None`` for the current memberships.
        rule: how the day was compared with loosely known dates.
        notes: a process that did not exist yet on that day, and when it was founded.
        shared: members of both.
        only_a: members of *a* only.
        only_b: members of *b* only.

    Examples:
        >>> c = compare("CRM", "MIRPS")
        >>> sorted(c.only_a), c.is_subset, c.jaccard
        (['CA', 'DO', 'NI', 'US'], False, 0.6363636363636364)
    """

    a: str
    b: str
    on: date | None = None
    rule: Rule = "certain"
    notes: tuple[str, ...] = ()
    shared: Codes
    only_a: Codes
    only_b: Codes

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
    def _sides_are_disjoint(self) -> Comparison:
        if self.shared & self.only_a or self.shared & self.only_b or self.only_a & self.only_b:
            raise ValueError("shared, only_a and only_b must be disjoint")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def jaccard(self) -> float:
        """Shared members over members of either: 1.0 for equal sets, 0.0 for disjoint.

        Two processes that both have no full member share nothing, so the index is
        ``0.0`` then too.
        """
        union = len(self.shared) + len(self.only_a) + len(self.only_b)
        return len(self.shared) / union if union else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_disjoint(self) -> bool:
        """Whether the two processes share no full member."""
        return not self.shared

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_subset(self) -> bool:
        """Whether every full member of *a* is a full member of *b*."""
        return not self.only_a

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_superset(self) -> bool:
        """Whether every full member of *b* is a full member of *a*."""
        return not self.only_b

    @property
    def union(self) -> frozenset[str]:
        """Full members of either process."""
        return self.shared | self.only_a | self.only_b

    def __repr__(self) -> str:
        """One line: the two processes and the size of each part."""
        day = "" if self.on is None else f" on {self.on.isoformat()}"
        return (
            f"<Comparison {self.a} with {self.b}{day}: {len(self.shared)} shared, "
            f"{len(self.only_a)} only {self.a}, {len(self.only_b)} only {self.b}>"
        )

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def _repr_html_(self) -> str:
        """The three parts as a table, and the Jaccard index."""
        day = "" if self.on is None else f" on {self.on.isoformat()}"
        rows = [
            (f"{self.a} and {self.b}", self.shared),
            (f"only {self.a}", self.only_a),
            (f"only {self.b}", self.only_b),
        ]
        cells = [(label, len(codes), _named(codes)) for label, codes in rows]
        return (
            title(f"{self.a} compared with {self.b}{day}")
            + table(("full members of", "countries", "who"), cells, html=2)
            + paragraph(f"Jaccard index: {self.jaccard:.2f}")
            + "".join(paragraph(note) for note in self.notes)
        )


def compare(
    a: ProcessKey, b: ProcessKey, *, on: date | str | None = None, rule: Rule = "certain"
) -> Comparison:
    """Split the full members of *a* and *b* into shared, *a* only and *b* only.

    Args:
        a: a process, or its id, acronym, name or alias.
        b: another one.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``.
        rule: ``"certain"`` (the default) or ``"possible"``.

    Examples:
        >>> c = compare("CSM", "Quito Process")
        >>> len(c.shared), sorted(c.only_b)
        (9, ['CR', 'DO', 'GT', 'MX', 'PA'])
        >>> compare("CRM", "CSM").is_disjoint
        True
    """
    first, second = get(a), get(b)
    day = as_optional_date(on)
    chosen = check_rule(rule)
    left = first.countries_with("member", on=day, rule=chosen)
    right = second.countries_with("member", on=day, rule=chosen)
    return Comparison(
        a=first.id,
        b=second.id,
        on=day,
        rule=chosen,
        notes=_notes((first, second), day, chosen),
        shared=left & right,
        only_a=left - right,
        only_b=right - left,
    )


class OverlapMatrix(BaseModel, frozen=True, extra="forbid"):
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
            columns hold zeros), and when they were founded.
        values: one row per process.

    Examples:
        >>> m = overlap_matrix(["CRM", "MIRPS", "CSM"])
        >>> m.values
        ((11, 7, 0), (7, 7, 0), (0, 0, 12))
        >>> m["MIRPS", "CRM"]
        7
    """

    processes: tuple[str, ...]
    metric: Metric = "count"
    on: date | None = None
    rule: Rule = "certain"
    notes: tuple[str, ...] = ()
    values: tuple[tuple[int | float, ...], ...]

    @model_validator(mode="after")
    def _is_square(self) -> OverlapMatrix:
        size = len(self.processes)
        if len(self.values) != size or any(len(row) != size for row in self.values):
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

    def _position(self, key: ProcessKey) -> int:
        process_id = get(key).id
        try:
            return self.processes.index(process_id)
        except ValueError:
            raise NotInResultError(f"{process_id} is not in this matrix") from None

    def rows(self) -> tuple[dict[str, Any], ...]:
        """One plain dict per row, ``{"process": id, <id>: value, ...}``, for export."""
        return tuple(
            {"process": name, **dict(zip(self.processes, row, strict=True))}
            for name, row in zip(self.processes, self.values, strict=True)
        )

    def to_pandas(self) -> pd.DataFrame:
        """A `pandas.DataFrame` indexed and headed by process id.

        Raises:
            MissingExtraError: pandas is not installed (``pip install
                'regional-migration[pandas]'``).
        """
        return frame(
            ("process", *self.processes), self.rows(), index="process", attrs=self.provenance()
        )

    def provenance(self) -> dict[str, str]:
        """The data version, the day compared and the rule, as text."""
        return provenance(
            "current" if self.on is None else self.on.isoformat(),
            rule=self.rule,
            metric=self.metric,
        )

    def to_csv(self) -> str:
        """The matrix as CSV: ``#`` lines of provenance, a header row, one row per process."""
        return csv_text(("process", *self.processes), self.rows(), provenance=self.provenance())

    def to_json(self) -> str:
        """The matrix as JSON text: processes, metric, day, rule, notes, values, data version."""
        return json_text({**self.model_dump(mode="json"), **self.provenance()})

    def __repr__(self) -> str:
        """One line: the metric, the day and the processes."""
        day = "current" if self.on is None else f"on {self.on.isoformat()}"
        return f"<OverlapMatrix {self.metric}, {day}: {', '.join(self.processes)}>"

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def _repr_html_(self) -> str:
        """The matrix as a table headed by process id."""
        cells = [
            [name, *(f"{v:.2f}" if self.metric == "jaccard" else v for v in row)]
            for name, row in zip(self.processes, self.values, strict=True)
        ]
        notes = "".join(paragraph(note) for note in self.notes)
        return table(("", *self.processes), cells) + notes


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
        >>> m.processes
        ('CRM', 'CSM', 'FEM', 'LAD', 'MIRPS', 'QUITO', 'RIAM')
        >>> round(m["CSM", "QUITO"], 2)
        0.53
    """
    if not one_of(metric, ("count", "jaccard")):
        raise InvalidArgumentError("metric", metric, "use 'count' or 'jaccard'")
    day = as_optional_date(on)
    how = check_rule(rule)
    chosen = resolve_all(processes)
    members = [p.countries_with("member", on=day, rule=how) for p in chosen]
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
        notes=_notes(chosen, day, how),
        values=tuple(values),
    )


publish(globals())
