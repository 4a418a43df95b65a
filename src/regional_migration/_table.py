"""The country-by-process membership table, ready to join to other country data.

One row per country and process, with the ISO 3166-1 alpha-2, alpha-3 and numeric
codes, the country's name in a chosen language, the status and its dates. Pure: the
export and HTML renderers are imported on use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pydantic import BaseModel

from regional_migration._countries import display_name, iso_codes
from regional_migration._dates import PartialDate, as_optional_date
from regional_migration._export import csv_text, frame, json_text
from regional_migration._html import table
from regional_migration._models import STATUSES, Status, check_status
from regional_migration._registry import ProcessKey, resolve_all
from regional_migration._text import Language, check_language

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

__all__ = ["COLUMNS", "MembershipRow", "MembershipTable", "membership_table"]

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


class MembershipRow(BaseModel, frozen=True, extra="forbid"):
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


class MembershipTable(BaseModel, frozen=True, extra="forbid"):
    """Membership periods as rows, sorted by country, process and start.

    Attributes:
        on: the day described, or ``None`` for the current membership periods.
        lang: the language of the names.
        statuses: the statuses included.
        rows: the rows.

    Examples:
        >>> table = membership_table(statuses=("suspended",))
        >>> [(r.country, r.alpha3, r.process, r.status) for r in table.rows]
        [('VE', 'VEN', 'FEM', 'suspended')]
    """

    on: date | None = None
    lang: Language = "en"
    statuses: tuple[Status, ...] = STATUSES
    rows: tuple[MembershipRow, ...]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

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
        return frame(COLUMNS, self.records(), text=True, dates=_BOUNDS)

    def to_csv(self) -> str:
        """The table as CSV text with a header row, in the order of `COLUMNS`."""
        return csv_text(COLUMNS, self.records())

    def to_json(self) -> str:
        """The table as a JSON array of objects, one per row, keys as in `COLUMNS`."""
        return json_text(list(self.records()))

    def _repr_html_(self) -> str:
        """The table, cut after `regional_migration._html.MAX_ROWS` rows with a note."""
        shown = COLUMNS[:8]  # the bounds of partial dates are for joins, not for reading
        return table(shown, [[record[c] for c in shown] for record in self.records()])


def membership_table(
    *,
    processes: Iterable[ProcessKey] | None = None,
    on: date | str | None = None,
    statuses: Status | Iterable[Status] = STATUSES,
    lang: str = "en",
) -> MembershipTable:
    """One row per country and process: who stands where, now or on a past day.

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

    Raises:
        UnknownProcessError: a key names no process.
        InvalidDateError: *on* is not a date.
        InvalidArgumentError: an unknown status (a `ValueError`).
        UnsupportedLanguageError: an unknown language (a `ValueError`).

    Examples:
        >>> table = membership_table(processes=["FEM"], lang="es")
        >>> [(r.name, r.status, str(r.since)) for r in table.rows if r.country == "BO"]
        [('Bolivia', 'member', '2024-08-07')]
    """
    language = check_language(lang)
    # One status given alone is that status, not its letters.
    given = (statuses,) if isinstance(statuses, str) else statuses
    wanted = tuple(check_status(status) for status in given)
    day = as_optional_date(on)
    rows: list[MembershipRow] = []
    for process in resolve_all(processes):
        for record in process.memberships_on(day):
            if record.status not in wanted:
                continue
            alpha3, numeric = iso_codes(record.country)
            rows.append(
                MembershipRow(
                    country=record.country,
                    alpha3=alpha3,
                    numeric=numeric,
                    name=display_name(record.country, language),
                    process=process.id,
                    status=record.status,
                    since=record.since,
                    until=record.until,
                )
            )
    rows.sort(key=lambda r: (r.country, r.process, r.since))
    return MembershipTable(on=day, lang=language, statuses=wanted, rows=tuple(rows))
