"""The country-by-process membership table, ready to join to other country data.

One row per country and process, with the ISO 3166-1 alpha-2, alpha-3 and numeric
codes, the country's name in a chosen language, the status and its dates. Pure: the
export and HTML renderers are imported on use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from regional_migration._core.dates import (
    PartialDate,
    Rule,
    as_date,
    as_optional_date,
    check_rule,
    year_note,
)
from regional_migration._core.export import Answer, FrameShape, View, frame
from regional_migration._core.public import publish
from regional_migration._core.resources import LockedBuild
from regional_migration._core.text import Language, check_language, one_of
from regional_migration._countries.lookup import display_name, iso_codes
from regional_migration._dataset.records import (
    STATUSES,
    Confidence,
    Membership,
    Status,
    check_status,
)
from regional_migration._dataset.registry import ProcessKey, data_version, provenance, resolve_all
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._dataset.registry import Arrangement

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "MembershipTable",
    "Panel",
    "history",
    "membership_table",
    "panel",
)
TYPES: tuple[str, ...] = (
    "MembershipRow",
    "PanelRow",
)

__all__ = [
    "COLUMNS",
    "DETAIL_COLUMNS",
    "PANEL_COLUMNS",
    "MembershipRow",
    "MembershipTable",
    "Panel",
    "PanelRow",
    "day_notes",
    "history",
    "membership_table",
    "panel",
    "unknown_note",
    "unknown_on",
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
    "certainty",
)
"""The columns of the exported table, in order."""

DETAIL_COLUMNS = ("confidence", "note", "sources")
"""The columns that ``details=True`` adds to a table or a panel: how well the sources
support the period, what else to know, and the ids of its sources (space-separated; see
`regional_migration.sources`)."""

Certainty = Literal["certain", "possible", "unknown"]
"""How surely a row's answer holds on the day asked about.

``"certain"``: the status (or its absence) holds certainly; ``"possible"``: it may
hold, because a date is known only to a month, a year or an interval that includes the
day; ``"unknown"``: the sources did not settle the state's position on an instrument.
"""

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
        status: one of `STATUSES`: ``"member"``, ``"associate"``, ``"observer"``,
            ``"suspended"`` or ``"signatory"``.
        since: when this status began, as precisely as known.
        until: when it ended; ``None`` while it lasts.
        certainty: on the day asked about, ``"certain"`` when the period certainly
            covers it, ``"possible"`` when it only may (a table asked for with
            ``rule="possible"``); ``None`` in a `history`, which asks about no day.
        confidence: how well the sources support the period.
        note: what else to know about it.
        sources: the ids of its sources.
    """

    country: str
    alpha3: str
    numeric: str
    name: str
    process: str
    status: Status
    since: PartialDate
    until: PartialDate | None = None
    certainty: Certainty | None = None
    confidence: Confidence | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()

    def record(self, *, details: bool = False) -> dict[str, str | None]:
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
            "certainty": self.certainty,
            **(_details(self.confidence, self.note, self.sources) if details else {}),
        }


class MembershipTable(Answer, LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """Membership periods as rows, sorted by country, process and start.

    Iterating a table yields its rows. It follows the export protocol of every answer
    (`to_csv`, `to_json`, `to_pandas`): the exports carry its provenance, the data
    version and the day asked about (``"current"``, a day, or ``"every period"`` for a
    `history`), in `to_pandas`'s ``attrs``, in `to_json`'s object, and in `to_csv`'s
    ``#`` lines when asked for.

    Attributes:
        on: the day described, or ``None`` for the current membership periods.
        lang: the language of the names.
        statuses: the statuses included.
        rule: how the day was compared with loosely known dates.
        history: whether the table holds every period, ended ones included.
        details: whether the exports carry `DETAIL_COLUMNS` (confidence, note, sources).
        notes: what an empty part of the answer means, such as ``"LAD was founded on
            2022-06-10"`` for a day before a process existed, and the states whose
            position on an instrument is not known.
        rows: the rows.
        left_out: for each process, how many membership periods (of the statuses
            asked for) may have been in force on the day but are left out under the
            ``"certain"`` rule, as ``(process, count)`` pairs; a note says each, and
            ``rule="possible"`` shows them.
        unknown: the ``(country, process)`` pairs of the states in scope whose
            position on an instrument of the table the sources did not settle (see
            `regional_migration.Instrument.unknown`), sorted. The exports give each
            as a row with the status ``"unknown"`` and no dates, so that a count
            of the rows never reads "not known" as "no".

    Examples:
        >>> table = membership_table(statuses=("suspended",))
        >>> [(r.country, r.alpha3, r.process, r.status) for r in table]
        [('VE', 'VEN', 'FEM', 'suspended')]
        >>> table
        <MembershipTable: 1 row, current, data of ...>
        >>> print(table.to_csv(), end="")
        country,alpha3,numeric,name,process,status,since,until,...
        VE,VEN,862,Venezuela,FEM,suspended,...
    """

    frame_shape: ClassVar[FrameShape] = FrameShape(text=True, dates=_BOUNDS)
    """Codes and names are strings, the ``*_earliest`` and ``*_latest`` columns are
    dates (missing where a period lasts), ``since`` and ``until`` keep the ISO text of
    partial dates."""

    on: date | None = None
    lang: Language = "en"
    statuses: tuple[Status, ...] = STATUSES
    rule: Rule = "certain"
    history: bool = False
    details: bool = False
    notes: tuple[str, ...] = ()
    rows: tuple[MembershipRow, ...]
    left_out: tuple[tuple[str, int], ...] = ()
    unknown: tuple[tuple[str, str], ...] = ()

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __iter__(self) -> Iterator[MembershipRow]:  # type: ignore[override]
        """The rows, in order."""
        return iter(self.rows)

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

    def records(self) -> tuple[dict[str, str | None], ...]:
        """Every row as flat text (see `MembershipRow.record`), and every unknown position.

        A state whose position on an instrument is not known (see `unknown`) gives a
        record with the status ``"unknown"`` and no dates, in its place by country
        and process.
        """
        found = [row.record(details=self.details) for row in self.rows]
        found.extend(
            _unknown_record(country, process, self.lang, details=self.details)
            for country, process in self.unknown
        )
        # stable: the rows of one country and process keep their order by start
        found.sort(key=lambda r: (r["country"] or "", r["process"] or ""))
        return tuple(found)

    def _title(self) -> str:
        return "Membership periods" if self.history else "Membership"

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the exports: `COLUMNS`, and `DETAIL_COLUMNS` with ``details``."""
        return (*COLUMNS, *DETAIL_COLUMNS) if self.details else COLUMNS

    def _view(self) -> View:
        shown = COLUMNS[:8]  # the bounds of partial dates are for joins, not for reading
        return View(shown, [[record[c] for c in shown] for record in self.records()])


def _row(
    process: Arrangement, record: Membership, language: Language, certainty: Certainty | None = None
) -> MembershipRow:
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
        certainty=certainty,
        confidence=record.confidence,
        note=record.note,
        sources=tuple(source.id for source in record.sources),
    )


def day_notes(asked: object, day: date | None) -> tuple[str, ...]:
    """What an answer says of the day asked about: a year read as its end, a day past the data.

    Examples:
        >>> day_notes("2019", date(2019, 12, 31))
        ("'2019' is read as 2019-12-31, the end of the year: members at the year's end",)
        >>> day_notes(None, date(2099, 1, 1))[0][:30]
        'the data stops at its version,'
    """
    notes = [note] if (note := year_note(asked)) is not None else []
    version = data_version()
    if day is not None and day.isoformat() > version:
        notes.append(
            f"the data stops at its version, {version}: {day.isoformat()} is answered with "
            "the memberships on record then"
        )
    return tuple(notes)


def _certainty(record: Membership, day: date | None) -> Certainty:
    """Whether *record* certainly covers *day* (a current period always does)."""
    return "certain" if day is None or record.active_on(day) else "possible"


def left_out_note(process: str, count: int, day: date) -> str:
    """What a past-day answer says of the memberships the "certain" rule leaves out.

    Examples:
        >>> left_out_note("RIAM", 18, date(2020, 1, 1))
        "18 further RIAM memberships may have been in force on 2020-01-01; their dates \
are known only to an interval; use rule='possible'"
    """
    memberships = "membership" if count == 1 else "memberships"
    dates = "its dates are" if count == 1 else "their dates are"
    return (
        f"{count} further {process} {memberships} may have been in force on "
        f"{day.isoformat()}; {dates} known only to an interval; use rule='possible'"
    )


def _details(
    confidence: str | None, note: str | None, sources: tuple[str, ...]
) -> dict[str, str | None]:
    """The detail columns of a row: confidence, note and space-separated source ids."""
    return {"confidence": confidence, "note": note, "sources": " ".join(sources) or None}


def _unknown_record(
    country: str, process: str, language: Language, *, details: bool = False
) -> dict[str, str | None]:
    """The record of a state whose position on *process* is not known."""
    alpha3, numeric = iso_codes(country)
    record: dict[str, str | None] = dict.fromkeys(
        (*COLUMNS, *DETAIL_COLUMNS) if details else COLUMNS
    )
    record.update(
        country=country,
        alpha3=alpha3,
        numeric=numeric,
        name=display_name(country, language),
        process=process,
        status="unknown",
        certainty="unknown",
    )
    return record


def unknown_on(body: Arrangement, day: date | None, rule: Rule) -> frozenset[str]:
    """The states whose position on *body* is not known, on *day* (empty before it existed)."""
    if day is not None and not body.existed_on(day, rule=rule):
        return frozenset()
    return body.unknown


def unknown_note(body: Arrangement, codes: Iterable[str]) -> str:
    """What a table says of the states whose position on *body* is not known."""
    found = sorted(codes)
    count = len(found)
    states = "state" if count == 1 else "states"
    position = "position" if count == 1 else "positions"
    return (
        f"{body.id}: {count} {states} in scope with {position} not known, "
        f"listed as 'unknown': {', '.join(found)}"
    )


def _statuses(statuses: Status | Iterable[Status]) -> tuple[Status, ...]:
    # One status given alone is that status, not its letters.
    given = (statuses,) if isinstance(statuses, str) else statuses
    if isinstance(cast("object", given), bytes | bytearray) or not hasattr(given, "__iter__"):
        raise ArgumentTypeError("give statuses as a status or a list, such as ['member']")
    return tuple(check_status(status) for status in given)


def membership_table(  # noqa: PLR0913 - one keyword per question a table answers
    *,
    processes: Iterable[ProcessKey] | None = None,
    on: date | str | None = None,
    statuses: Status | Iterable[Status] = STATUSES,
    lang: str = "en",
    rule: Rule = "certain",
    details: bool = False,
) -> MembershipTable:
    """One row per country and process: who stands where, now or on a past day.

    A day before a process existed gives no row for it, and a note saying when it
    was founded (`MembershipTable.notes`). On a past day, the memberships whose dates
    are known only to an interval that includes the day are left out by the default
    ``rule="certain"``; a note counts them for each process
    (`MembershipTable.left_out`), and the ``certainty`` column of a table asked for
    with ``rule="possible"`` tells the certain rows from the possible ones. For an
    instrument, the states in scope whose position is not known are listed in
    `MembershipTable.unknown` (and in every export, with the status ``"unknown"``),
    whatever *statuses* asks for.

    Args:
        processes: the processes to include; all of them by default.
        on: a past day, as a `datetime.date` or ``"YYYY-MM-DD"``; by default
            the current membership periods.
        statuses: the statuses to include; every status by default (`STATUSES`:
            ``"member"``, ``"associate"``, ``"observer"``, ``"suspended"``,
            ``"signatory"``). Pass ``"member"``
            for full members only, the set that `overlap` and
            `processes_of` use.
        lang: the language of the ``name`` column: ``"en"``, ``"es"``, ``"fr"`` or
            ``"pt"``.
        rule: ``"certain"`` (the default) or ``"possible"``: how *on* is compared with
            dates known only as bounds (see `regional_migration.Rule`).
        details: add `DETAIL_COLUMNS` to the exports: each period's confidence,
            note and source ids.

    Raises:
        UnknownKeyError: a key names no process or instrument.
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
    notes: list[str] = list(day_notes(on, day))
    unknown: list[tuple[str, str]] = []
    left_out: list[tuple[str, int]] = []
    for process in resolve_all(processes):
        note = None if day is None else process.founding_note(day, rule=chosen)
        if note is not None:
            notes.append(note)
        rows.extend(
            _row(process, record, language, _certainty(record, day))
            for record in process.memberships_on(day, rule=chosen)
            if record.status in wanted
        )
        missed = [m for m in process.left_out_on(day, rule=chosen) if m.status in wanted]
        if missed and day is not None:
            notes.append(left_out_note(process.id, len(missed), day))
            left_out.append((process.id, len(missed)))
        if codes := unknown_on(process, day, chosen):
            notes.append(unknown_note(process, codes))
            unknown.extend((country, process.id) for country in codes)
    rows.sort(key=lambda r: (r.country, r.process, r.since))
    return MembershipTable.model_construct(  # every field checked above, as in _row
        on=day,
        lang=language,
        statuses=wanted,
        rule=chosen,
        details=bool(details),
        notes=tuple(notes),
        rows=tuple(rows),
        left_out=tuple(left_out),
        unknown=tuple(sorted(unknown)),
    )


def history(
    *,
    processes: Iterable[ProcessKey] | None = None,
    statuses: Status | Iterable[Status] = STATUSES,
    lang: str = "en",
    details: bool = False,
) -> MembershipTable:
    """Every membership period on record, ended ones included, one row each.

    The same columns as `membership_table`; rows sorted by country, process and start.

    Args:
        processes: the processes to include; all of them by default.
        statuses: the statuses to include; every status (`STATUSES`) by default.
        lang: the language of the ``name`` column.
        details: add `DETAIL_COLUMNS` to the exports: each period's confidence,
            note and source ids.

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
    bodies = resolve_all(processes)
    rows = [
        _row(process, record, language)
        for process in bodies
        for record in process.memberships
        if record.status in wanted
    ]
    rows.sort(key=lambda r: (r.country, r.process, r.since))
    notes = tuple(unknown_note(p, p.unknown) for p in bodies if p.unknown)
    unknown = sorted((country, p.id) for p in bodies for country in p.unknown)
    return MembershipTable.model_construct(  # every field checked above, as in _row
        lang=language,
        statuses=wanted,
        history=True,
        details=bool(details),
        notes=notes,
        rows=tuple(rows),
        unknown=tuple(unknown),
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
    "certainty",
    "possible",
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
        certainty: ``"certain"`` when ``status`` (or its absence) holds certainly;
            ``"possible"`` when the status under the ``"possible"`` rule differs, as
            a membership dated only to an interval may have been in force;
            ``"unknown"`` when the sources did not settle the state's position on an
            instrument (then ``status`` is ``None`` and says nothing).
        possible: the status under the ``"possible"`` rule: what the country may
            have held that day.
        confidence: how well the sources support the period behind ``status``.
        note: what else to know about that period.
        sources: the ids of its sources.
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
    certainty: Certainty = "certain"
    possible: Status | None = None
    confidence: Confidence | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()

    def record(self, *, details: bool = False) -> dict[str, str | int | bool | None]:
        """The row as flat values, one entry per column of `PANEL_COLUMNS` (and details)."""
        found: dict[str, str | int | bool | None] = {
            column: getattr(self, column) for column in PANEL_COLUMNS
        }
        found["day"] = self.day.isoformat()
        if details:
            found.update(_details(self.confidence, self.note, self.sources))
        return found


class Panel(Answer, LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """Country by day by process, with the status: a panel ready to merge.

    Every country with a status in any of the processes at any time appears on every
    day for every process, so that the panel is balanced; a missing status is
    ``None``. Iterating a panel yields its rows. It exports itself in long form, like
    every answer.

    Attributes:
        days: the days asked about, in order.
        processes: the process ids.
        rule: how each day was compared with loosely known dates.
        lang: the language of the names.
        details: whether the exports carry `DETAIL_COLUMNS` (confidence, note, sources).
        notes: the processes that did not exist yet on the first day, and when they
            were founded; and, under the ``"certain"`` rule, the processes whose
            count on some day leaves out memberships dated only to an interval (a rise
            of such a count is partly those dates becoming certain, not growth).
        rows: the rows, sorted by country, day and process.
    """

    days: tuple[date, ...]
    processes: tuple[str, ...]
    rule: Rule = "certain"
    lang: Language = "en"
    details: bool = False
    notes: tuple[str, ...] = ()
    rows: tuple[PanelRow, ...]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __iter__(self) -> Iterator[PanelRow]:  # type: ignore[override]
        """The rows, in order."""
        return iter(self.rows)

    def provenance(self) -> dict[str, str]:
        """The data version, the days asked about and the rule, as text."""
        if self.days:
            on = f"{len(self.days)} days from {self.days[0]} to {self.days[-1]}"
        else:
            on = "no day"
        return provenance(on, rule=self.rule)

    def records(self) -> tuple[dict[str, str | int | bool | None], ...]:
        """Every row as flat values (see `PanelRow.record`)."""
        return tuple(row.record(details=self.details) for row in self.rows)

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the long form: `PANEL_COLUMNS`, and `DETAIL_COLUMNS` with ``details``."""
        return (*PANEL_COLUMNS, *DETAIL_COLUMNS) if self.details else PANEL_COLUMNS

    def counts(self, status: Status = "member") -> tuple[dict[str, str | int], ...]:
        """For each process and day, how many countries certainly and possibly had *status*.

        ``certain`` counts the rows whose status is *status* and certain, ``possible``
        those that may have held it (under the ``"possible"`` rule), ``unknown`` the
        states whose position is not known: the true count lies between ``certain``
        and ``possible + unknown``.

        Examples:
            >>> p = panel([2020], processes=["RIAM"])
            >>> p.counts()[0]
            {'process': 'RIAM', 'day': '2020-12-31', 'certain': 2, 'possible': 20, 'unknown': 0}
        """
        wanted = check_status(status)
        found: dict[tuple[str, date], dict[str, str | int]] = {}
        for row in self.rows:
            entry = found.setdefault(
                (row.process, row.day),
                {
                    "process": row.process,
                    "day": row.day.isoformat(),
                    "certain": 0,
                    "possible": 0,
                    "unknown": 0,
                },
            )
            entry["certain"] = int(entry["certain"]) + (
                row.status == wanted and row.certainty == "certain"
            )
            entry["possible"] = int(entry["possible"]) + (row.possible == wanted)
            entry["unknown"] = int(entry["unknown"]) + (row.certainty == "unknown")
        return tuple(
            found[key] for key in sorted(found, key=lambda k: (self.processes.index(k[0]), k[1]))
        )

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
        long = frame(self.columns, self.records(), dates=("day",), attrs=self.provenance())
        for column in ("country", "alpha3", "numeric", "name", "process", "status"):
            long[column] = long[column].astype("string")
        long["existed"] = long["existed"].astype(bool)
        for column in ("certainty", "possible"):
            long[column] = long[column].astype("string")
        if form == "long":
            return long
        # pivot, not pivot_table: one status per cell, and a missing one stays missing
        wide = long.pivot(index=list(_KEYS), columns="process", values="status")  # noqa: PD010
        columns = list(self.processes)
        # A process whose status is only possible somewhere gets a second column, the
        # status under the "possible" rule: its flag that the first is a lower bound.
        flagged = [
            p
            for p in self.processes
            if any(r.process == p and r.certainty != "certain" for r in self.rows)
        ]
        if flagged:
            possible = long.pivot(index=list(_KEYS), columns="process", values="possible")  # noqa: PD010
            for process in flagged:
                wide[f"{process} possible"] = possible[process]
                columns.append(f"{process} possible")
        wide = wide.reindex(columns=columns).reset_index()
        wide.columns.name = None
        wide.attrs.update(self.provenance())
        wide.attrs["notes"] = list(self.notes)
        return wide

    def __repr__(self) -> str:
        """One line: the size and the provenance."""
        countries = len({row.country for row in self.rows})
        facts = self.provenance()
        return (
            f"<Panel: {countries} countries x {len(self.days)} days x "
            f"{len(self.processes)} processes, data of {facts['data_version']}>"
        )

    def _title(self) -> str:
        return f"Status in {', '.join(self.processes)}"


def _standing(
    bodies: Iterable[Arrangement], day: date, rule: Rule
) -> dict[tuple[str, str], Membership]:
    """Each (country, process) period on *day* under *rule*; the first status on a tie."""
    found: dict[tuple[str, str], Membership] = {}
    for process in bodies:
        for m in process.memberships_on(day, rule=rule):
            key = (m.country, process.id)
            if key not in found or STATUSES.index(m.status) < STATUSES.index(found[key].status):
                found[key] = m
    return found


def _status(period: Membership | None) -> Status | None:
    return None if period is None else period.status


def _panel_rows(
    bodies: Iterable[Arrangement], named: dict[str, tuple[str, str, str]], day: date, rule: Rule
) -> list[PanelRow]:
    """The rows of one day: each country of *named* (its codes and name) in each body."""
    standing = _standing(bodies, day, rule)
    certain = standing if rule == "certain" else _standing(bodies, day, "certain")
    possible = standing if rule == "possible" else _standing(bodies, day, "possible")
    unknown = {(c, p.id) for p in bodies for c in unknown_on(p, day, rule)}
    existed = {process.id: process.existed_on(day, rule=rule) for process in bodies}
    rows: list[PanelRow] = []
    for country, (alpha3, numeric, name) in named.items():
        for process in bodies:
            key = (country, process.id)
            certainty: Certainty = "certain"
            if key in unknown:
                certainty = "unknown"
            elif _status(possible.get(key)) != _status(certain.get(key)):
                certainty = "possible"
            period = standing.get(key)
            rows.append(
                PanelRow.model_construct(  # checked by the caller, as in _row
                    country=country,
                    alpha3=alpha3,
                    numeric=numeric,
                    name=name,
                    process=process.id,
                    year=day.year,
                    day=day,
                    status=_status(period),
                    existed=existed[process.id],
                    certainty=certainty,
                    possible=_status(possible.get(key)),
                    confidence=None if period is None else period.confidence,
                    note=None if period is None else period.note,
                    sources=() if period is None else tuple(s.id for s in period.sources),
                )
            )
    return rows


def _panel_note(process: Arrangement, days: Iterable[date], rule: Rule) -> str | None:
    """Under the "certain" rule, say on which days memberships of *process* are left out."""
    if rule != "certain":
        return None
    missed = {day: len(process.left_out_on(day)) for day in days}
    missed = {day: count for day, count in missed.items() if count}
    if not missed:
        return None
    most = max(missed, key=lambda day: (missed[day], day))
    return (
        f"{process.id}: on {len(missed)} of the days, memberships that may have been in force "
        f"are left out (up to {missed[most]}, on {most.isoformat()}): their dates are known "
        "only to an interval, so a rise of the count is partly those dates becoming "
        "certain, not growth; see the certainty and possible columns, counts(), or "
        "rule='possible'"
    )


def panel(  # noqa: PLR0913 - one keyword per question a panel answers
    years: Iterable[int] | None = None,
    *,
    days: Iterable[date | str] | None = None,
    processes: Iterable[ProcessKey] | None = None,
    rule: Rule = "certain",
    lang: str = "en",
    details: bool = False,
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
        details: add `DETAIL_COLUMNS` to the exports: the confidence, note and source
            ids of the period behind each status.

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
    countries = sorted(
        {m.country for process in bodies for m in process.memberships}
        | {country for process in bodies for country in process.unknown}
    )
    named = {
        country: (*iso_codes(country), display_name(country, language)) for country in countries
    }
    rows = [row for day in ordered for row in _panel_rows(bodies, named, day, chosen)]
    rows.sort(key=lambda r: (r.country, r.day, r.process))
    notes = tuple(
        note
        for process in bodies
        if ordered and (note := process.founding_note(ordered[0], rule=chosen)) is not None
    ) + tuple(
        note for process in bodies if (note := _panel_note(process, ordered, chosen)) is not None
    )
    return Panel.model_construct(  # every field checked above
        days=ordered,
        processes=tuple(p.id for p in bodies),
        rule=chosen,
        lang=language,
        details=bool(details),
        notes=notes,
        rows=tuple(rows),
    )


publish(globals())
