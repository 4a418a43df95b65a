"""The country-by-process membership table, ready to join to other country data.

One row per country and process, with the ISO 3166-1 alpha-2, alpha-3 and numeric
codes, the country's name in a chosen language, the status and its dates. Pure: the
export and HTML renderers are imported on use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from regional_migration._core.dates import PartialDate, Rule, as_date, as_optional_date, check_rule
from regional_migration._core.export import csv_text, frame, json_text
from regional_migration._core.html import paragraph, table
from regional_migration._core.public import publish
from regional_migration._core.resources import LockedBuild
from regional_migration._core.text import Language, check_language, one_of
from regional_migration._countries.lookup import display_name, iso_codes
from regional_migration._dataset.models import (
    STATUSES,
    Membership,
    Status,
    check_status,
    status_by_country,
)
from regional_migration._dataset.registry import ProcessKey, provenance, resolve_all
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._dataset.registry import Body

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "MembershipRow",
    "MembershipTable",
    "Panel",
    "PanelRow",
    "history",
    "membership_table",
    "panel",
)

__all__ = [
    "COLUMNS",
    "PANEL_COLUMNS",
    "MembershipRow",
    "MembershipTable",
    "Panel",
    "PanelRow",
    "history",
    "membership_table",
    "panel",
]

COLUMNS = (
    "country",
    "alpha3",
    "numeric",
    "name",
    "process",
    "status",
    "since",
    "until",
    "since_earliest",
    "since_latest",
    "until_earliest",
    "until_latest",
)
"""The columns of the exported table, in order."""

_BOUNDS = ("since_earliest", "since_latest", "until_earliest", "until_latest")


class MembershipRow(LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """One membership period: a country's status in a process, and its dates.

    Attributes:
        country: ISO 3166-1 alpha-2 code, such as ``"BO"``.
        alpha3: ISO 3166-1 alpha-3 code, such as ``"BOL"``: the key of most UN data.
        numeric: ISO 3166-1 numeric code as three digits, such as ``"068"`` (the UN
            M49 code of the country).
        name: the country's short name in the table's language.
        process: the process id.
        status: ``"member"``, ``"associate"``, ``"observer"`` or ``"suspended"``.
        since: when this status began, as precisely as known.
        until: when it ended; ``None`` while it lasts.
    """

    country: str
    alpha3: str
    numeric: str
    name: str
    process: str
    status: Status
    since: PartialDate
    until: PartialDate | None = None

    def record(self) -> dict[str, str | None]:
        """The row as flat text, one entry per column of `COLUMNS`.

        Partial dates are given as their ISO text and as the first and last day they
        may denote, so that the table joins on dates without parsing; an open end is
        ``None`` (null in JSON, empty in CSV, missing in pandas).
        """
        until = self.until
        return {
            "country": self.country,
            "alpha3": self.alpha3,
            "numeric": self.numeric,
            "name": self.name,
            "process": self.process,
            "status": self.status,
            "since": str(self.since),
            "until": None if until is None else str(until),
            "since_earliest": self.since.earliest.isoformat(),
            "since_latest": self.since.latest.isoformat(),
            "until_earliest": None if until is None else until.earliest.isoformat(),
            "until_latest": None if until is None else until.latest.isoformat(),
        }


class MembershipTable(LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """Membership periods as rows, sorted by country, process and start.

    Iterating a table yields its rows. Every export carries its provenance: the data
    version and the day asked about (``"current"``, a day, or ``"every period"`` for
    a `history`), in `to_pandas`'s ``attrs``, in `to_csv`'s ``#`` lines and in
    `to_json`'s object.

    Attributes:
        on: the day described, or ``None`` for the current membership periods.
        lang: the language of the names.
        statuses: the statuses included.
        rule: how the day was compared with loosely known dates.
        history: whether the table holds every period, ended ones included.
        notes: what an empty part of the answer means, such as ``"LAD was founded on
            2022-06-10"`` for a day before a process existed.
        rows: the rows.

    Examples:
        >>> table = membership_table(statuses=("suspended",))
        >>> [(r.country, r.alpha3, r.process, r.status) for r in table]
        [('VE', 'VEN', 'FEM', 'suspended')]
        >>> table
        <MembershipTable: 1 row, current, data of ...>
    """

    on: date | None = None
    lang: Language = "en"
    statuses: tuple[Status, ...] = STATUSES
    rule: Rule = "certain"
    history: bool = False
    notes: tuple[str, ...] = ()
    rows: tuple[MembershipRow, ...]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __iter__(self) -> Iterator[MembershipRow]:  # type: ignore[override]
        """The rows, in order."""
        return iter(self.rows)

    def __array__(self, *args: object, **kwargs: object) -> object:
        """Refuse to become an array, which ``pandas.DataFrame(table)`` would ask for."""
        raise ArgumentTypeError(
            "a MembershipTable is not an array; use table.to_pandas() for a DataFrame"
        )

    def provenance(self) -> dict[str, str]:
        """The data version, the day asked about and the rule, as text."""
        if self.history:
            return provenance("every period")
        on = "current" if self.on is None else self.on.isoformat()
        return provenance(on, rule=self.rule)

    def __repr__(self) -> str:
        """One line: the size, the day and the data version."""
        facts = self.provenance()
        size = f"{len(self)} row" + ("" if len(self) == 1 else "s")
        return f"<MembershipTable: {size}, {facts['on']}, data of {facts['data_version']}>"

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def records(self) -> tuple[dict[str, str | None], ...]:
        """Every row as flat text (see `MembershipRow.record`)."""
        return tuple(row.record() for row in self.rows)

    def to_pandas(self) -> pd.DataFrame:
        """A `pandas.DataFrame` with one column per entry of `COLUMNS`.

        Codes and names are strings, the ``*_earliest`` and ``*_latest`` columns are
        dates (missing where a period lasts), ``since`` and ``until`` keep the ISO
        text of partial dates.

        Raises:
            MissingExtraError: pandas is not installed (``pip install
                'regional-migration[pandas]'``).
        """
        return frame(COLUMNS, self.records(), text=True, dates=_BOUNDS, attrs=self.provenance())

    def to_csv(self) -> str:
        """The table as CSV text: ``#`` lines of provenance, a header row, the rows."""
        return csv_text(COLUMNS, self.records(), provenance=self.provenance())

    def to_json(self) -> str:
        """The table as a JSON object: the provenance, the notes, and ``rows``.

        ``rows`` is an array of objects, one per row, keys as in `COLUMNS`.
        """
        return json_text({**self.provenance(), "notes": list(self.notes), "rows": self.records()})

    def _repr_html_(self) -> str:
        """The table, cut after `regional_migration._html.MAX_ROWS` rows with a note."""
        shown = COLUMNS[:8]  # the bounds of partial dates are for joins, not for reading
        notes = "".join(paragraph(note) for note in self.notes)
        return notes + table(shown, [[record[c] for c in shown] for record in self.records()])


def _row(process: Body, record: Membership, language: Language) -> MembershipRow:
    # Built from checked data, without validation: validating the first row would
    # build the model's validator and load pydantic's plugins at a first answer.
    alpha3, numeric = iso_codes(record.country)
    return MembershipRow.model_construct(
        country=record.country,
        alpha3=alpha3,
        numeric=numeric,
        name=display_name(record.country, language),
        process=process.id,
        status=record.status,
        since=record.since,
        until=record.until,
    )


def _statuses(statuses: Status | Iterable[Status]) -> tuple[Status, ...]:
    # One status given alone is that status, not its letters.
    given = (statuses,) if isinstance(statuses, str) else statuses
    if isinstance(cast("object", given), bytes | bytearray) or not hasattr(given, "__iter__"):
        raise ArgumentTypeError("give statuses as a status or a list, such as ['member']")
    return tuple(check_status(status) for status in given)


def membership_table(
    *,
    processes: Iterable[ProcessKey] | None = None,
    on: date | str | None = None,
    statuses: Status | Iterable[Status] = STATUSES,
    lang: str = "en",
    rule: Rule = "certain",
) -> MembershipTable:
    """One row per country and process: who stands where, now or on a past day.

    A day before a process existed gives no row for it, and a note saying when it
    was founded (`MembershipTable.notes`).

    Args:
        processes: the processes to include; all of them by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``; by default
            the current membership periods.
        statuses: the statuses to include; all four by default (``"member"``,
            ``"associate"``, ``"observer"``, ``"suspended"``). Pass ``"member"``
            for full members only, the set that `overlap` and
            `processes_of` use.
        lang: the language of the ``name`` column: ``"en"``, ``"es"``, ``"fr"`` or
            ``"pt"``.
        rule: ``"certain"`` (the default) or ``"possible"``: how *on* is compared with
            dates known only as bounds (see `regional_migration.Rule`).

    Raises:
        UnknownProcessError: a key names no process.
        InvalidDateError: *on* is not a date.
        InvalidArgumentError: an unknown status or rule (a `ValueError`).
        UnsupportedLanguageError: an unknown language (a `ValueError`).

    Examples:
        >>> table = membership_table(processes=["FEM"], lang="es")
        >>> [(r.name, r.status, str(r.since)) for r in table if r.country == "BO"]
        [('Bolivia', 'member', '2024-08-07')]
        >>> membership_table(processes=["LAD"], on="2020-01-01").notes
        ('LAD was founded on 2022-06-10',)
    """
    language = check_language(lang)
    wanted = _statuses(statuses)
    chosen = check_rule(rule)
    day = as_optional_date(on)
    rows: list[MembershipRow] = []
    notes: list[str] = []
    for process in resolve_all(processes):
        note = None if day is None else process.founding_note(day, rule=chosen)
        if note is not None:
            notes.append(note)
        rows.extend(
            _row(process, record, language)
            for record in process.memberships_on(day, rule=chosen)
            if record.status in wanted
        )
    rows.sort(key=lambda r: (r.country, r.process, r.since))
    return MembershipTable.model_construct(  # every field checked above, as in _row
        on=day, lang=language, statuses=wanted, rule=chosen, notes=tuple(notes), rows=tuple(rows)
    )


def history(
    *,
    processes: Iterable[ProcessKey] | None = None,
    statuses: Status | Iterable[Status] = STATUSES,
    lang: str = "en",
) -> MembershipTable:
    """Every membership period on record, ended ones included, one row each.

    The same columns as `membership_table`; rows sorted by country, process and start.

    Args:
        processes: the processes to include; all of them by default.
        statuses: the statuses to include; all four by default.
        lang: the language of the ``name`` column.

    Examples:
        >>> [
        ...     (r.status, str(r.since), str(r.until))
        ...     for r in history(processes=["FEM"])
        ...     if r.country == "BO"
        ... ]
        [('associate', '1996', '2024-08-07'), ('member', '2024-08-07', 'None')]
    """
    language = check_language(lang)
    wanted = _statuses(statuses)
    rows = [
        _row(process, record, language)
        for process in resolve_all(processes)
        for record in process.memberships
        if record.status in wanted
    ]
    rows.sort(key=lambda r: (r.country, r.process, r.since))
    return MembershipTable.model_construct(  # every field checked above, as in _row
        lang=language, statuses=wanted, history=True, rows=tuple(rows)
    )


PANEL_COLUMNS = (
    "country",
    "alpha3",
    "numeric",
    "name",
    "process",
    "year",
    "day",
    "status",
    "existed",
)
"""The columns of a `Panel` in long form, in order."""

_KEYS = ("country", "alpha3", "numeric", "name", "year", "day")


class PanelRow(LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """One country's status in one process on one day of a `Panel`.

    Attributes:
        country: ISO 3166-1 alpha-2 code.
        alpha3: ISO 3166-1 alpha-3 code.
        numeric: ISO 3166-1 numeric code as three digits.
        name: the country's short name in the panel's language.
        process: the process id.
        year: the year of ``day``, the key of yearly statistics.
        day: the day asked about.
        status: the country's status that day, or ``None`` when it had none.
        existed: whether the process existed that day; ``False`` means an empty
            ``status`` says nothing about the country.
    """

    country: str
    alpha3: str
    numeric: str
    name: str
    process: str
    year: int
    day: date
    status: Status | None
    existed: bool

    def record(self) -> dict[str, str | int | bool | None]:
        """The row as flat values, one entry per column of `PANEL_COLUMNS`."""
        return {**self.model_dump(), "day": self.day.isoformat()}


class Panel(LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """Country by day by process, with the status: a panel ready to merge.

    Every country with a status in any of the processes at any time appears on every
    day for every process, so that the panel is balanced; a missing status is
    ``None``. Iterating a panel yields its rows.

    Attributes:
        days: the days asked about, in order.
        processes: the process ids.
        rule: how each day was compared with loosely known dates.
        lang: the language of the names.
        notes: the processes that did not exist yet on the first day, and when they
            were founded.
        rows: the rows, sorted by country, day and process.
    """

    days: tuple[date, ...]
    processes: tuple[str, ...]
    rule: Rule = "certain"
    lang: Language = "en"
    notes: tuple[str, ...] = ()
    rows: tuple[PanelRow, ...]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __iter__(self) -> Iterator[PanelRow]:  # type: ignore[override]
        """The rows, in order."""
        return iter(self.rows)

    def __array__(self, *args: object, **kwargs: object) -> object:
        """Refuse to become an array, which ``pandas.DataFrame(panel)`` would ask for."""
        raise ArgumentTypeError("a Panel is not an array; use panel.to_pandas() for a DataFrame")

    def provenance(self) -> dict[str, str]:
        """The data version, the days asked about and the rule, as text."""
        if self.days:
            on = f"{len(self.days)} days from {self.days[0]} to {self.days[-1]}"
        else:
            on = "no day"
        return provenance(on, rule=self.rule)

    def records(self) -> tuple[dict[str, str | int | bool | None], ...]:
        """Every row as flat values (see `PanelRow.record`)."""
        return tuple(row.record() for row in self.rows)

    def to_pandas(self, form: str = "long") -> pd.DataFrame:
        """The panel as a `pandas.DataFrame`, long or wide, with its provenance in ``attrs``.

        Args:
            form: ``"long"``, one row per country, day and process (the columns of
                `PANEL_COLUMNS`); or ``"wide"``, one row per country and day with a
                column per process holding the status.

        Raises:
            InvalidArgumentError: *form* is neither.
            MissingExtraError: pandas is not installed.
        """
        if not one_of(form, ("long", "wide")):
            raise InvalidArgumentError("form", form, "use 'long' or 'wide'")
        long = frame(PANEL_COLUMNS, self.records(), dates=("day",), attrs=self.provenance())
        for column in ("country", "alpha3", "numeric", "name", "process", "status"):
            long[column] = long[column].astype("string")
        long["existed"] = long["existed"].astype(bool)
        if form == "long":
            return long
        # pivot, not pivot_table: one status per cell, and a missing one stays missing
        wide = long.pivot(index=list(_KEYS), columns="process", values="status")  # noqa: PD010
        wide = wide.reindex(columns=list(self.processes)).reset_index()
        wide.columns.name = None
        wide.attrs.update(self.provenance())
        return wide

    def to_csv(self) -> str:
        """The long form as CSV: ``#`` lines of provenance, a header row, the rows."""
        return csv_text(PANEL_COLUMNS, self.records(), provenance=self.provenance())

    def to_json(self) -> str:
        """The long form as a JSON object: the provenance, the notes, and ``rows``."""
        return json_text({**self.provenance(), "notes": list(self.notes), "rows": self.records()})

    def __repr__(self) -> str:
        """One line: the size and the provenance."""
        countries = len({row.country for row in self.rows})
        facts = self.provenance()
        return (
            f"<Panel: {countries} countries x {len(self.days)} days x "
            f"{len(self.processes)} processes, data of {facts['data_version']}>"
        )

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def _repr_html_(self) -> str:
        """The first rows, with the notes; the full panel is in `to_pandas`."""
        notes = "".join(paragraph(note) for note in (repr(self), *self.notes))
        return notes + table(PANEL_COLUMNS, [list(r.values()) for r in self.records()])


def panel(
    years: Iterable[int] | None = None,
    *,
    days: Iterable[date | str] | None = None,
    processes: Iterable[ProcessKey] | None = None,
    rule: Rule = "certain",
    lang: str = "en",
) -> Panel:
    """Each country's status in each process on each day, ready to merge with yearly data.

    Give *years* (each stands for its 31 December, the day to which end-of-year
    statistics such as UNHCR's refer) or *days*, not both.

    Args:
        years: whole years, such as ``range(2000, 2027)``.
        days: days, as `datetime.date` or ``"YYYY-MM-DD"``.
        processes: the processes to include; all of them by default.
        rule: ``"certain"`` (the default) or ``"possible"`` (see
            `regional_migration.Rule`).
        lang: the language of the ``name`` column.

    Raises:
        InvalidArgumentError: neither or both of *years* and *days*, or a year that is
            not a whole number.
        InvalidDateError: a day is not a date.

    Examples:
        >>> p = panel(range(2016, 2019), processes=["MIRPS", "QUITO"])
        >>> [(r.year, r.process, r.status, r.existed) for r in p if r.country == "MX"]
        [(2016, 'MIRPS', None, False), (2016, 'QUITO', None, False), \
(2017, 'MIRPS', 'member', True), (2017, 'QUITO', None, False), \
(2018, 'MIRPS', 'member', True), (2018, 'QUITO', 'member', True)]
    """
    if (years is None) == (days is None):
        raise InvalidArgumentError("years", years, "give either years= or days=, not both")
    if years is not None:
        if isinstance(years, str | bytes | bytearray) or not hasattr(years, "__iter__"):
            raise ArgumentTypeError("give years as an iterable, such as range(2000, 2027)")
        given: list[object] = list(years)
        asked = []
        for year in given:
            if not isinstance(year, int) or isinstance(year, bool) or not 1 <= year <= 9999:  # noqa: PLR2004
                raise InvalidArgumentError("years", year, "give whole years, such as 2018")
            asked.append(date(year, 12, 31))
    else:
        if isinstance(days, str | bytes | bytearray | date) or not hasattr(days, "__iter__"):
            raise ArgumentTypeError("give days as an iterable, such as ['2018-09-04']")
        asked = [as_date(day) for day in days or ()]
    ordered = tuple(sorted(set(asked)))
    language = check_language(lang)
    chosen = check_rule(rule)
    bodies = resolve_all(processes)
    countries = sorted({m.country for process in bodies for m in process.memberships})
    codes = {country: iso_codes(country) for country in countries}
    names = {country: display_name(country, language) for country in countries}
    rows: list[PanelRow] = []
    for day in ordered:
        standing = {
            (country, process.id): status
            for process in bodies
            for country, status in status_by_country(
                process.memberships_on(day, rule=chosen)
            ).items()
        }
        existed = {process.id: process.existed_on(day, rule=chosen) for process in bodies}
        rows.extend(
            PanelRow(
                country=country,
                alpha3=codes[country][0],
                numeric=codes[country][1],
                name=names[country],
                process=process.id,
                year=day.year,
                day=day,
                status=standing.get((country, process.id)),
                existed=existed[process.id],
            )
            for country in countries
            for process in bodies
        )
    rows.sort(key=lambda r: (r.country, r.day, r.process))
    notes = tuple(
        note
        for process in bodies
        if ordered and (note := process.founding_note(ordered[0], rule=chosen)) is not None
    )
    return Panel(
        days=ordered,
        processes=tuple(p.id for p in bodies),
        rule=chosen,
        lang=language,
        notes=notes,
        rows=tuple(rows),
    )


publish(globals())
