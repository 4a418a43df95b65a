"""Dates known to a day, a month, a year, or only between two bounds.

Sources rarely give every date to the day: a country "joined in 2013", "took part by
May 2006", "joined between January 1999 and March 2000". `PartialDate` keeps
exactly what is known and nothing more, written as ISO 8601 text:

``2013-07-11``
    a day.
``2013-07``
    a month.
``2013``
    a year.
``1999-01-29/2000-03-23``
    an interval: the event happened on one day between the two bounds, inclusive.
    Each bound may itself be a year or a month (``2000-05/2007``).

Every partial date covers a span of days, from `PartialDate.earliest` to
`PartialDate.latest`. Queries on membership use those bounds; see
``Membership.active_on``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Self

from pydantic_core import core_schema

from regional_migration._core.html import paragraph
from regional_migration._core.public import publish
from regional_migration.errors import (
    ArgumentTypeError,
    InvalidArgumentError,
    InvalidDateError,
    shorten,
)

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ("PartialDate",)
TYPES: tuple[str, ...] = ("Rule",)

__all__ = [
    "RULES",
    "PartialDate",
    "Precision",
    "Rule",
    "as_date",
    "as_optional_date",
    "check_rule",
    "year_note",
]

Precision = Literal["day", "month", "year", "interval"]

Rule = Literal["certain", "possible"]
"""How a day is compared with dates known only as bounds.

``"certain"`` (the default) counts an event from the last day its date may denote,
and counts it undone from the first day an end may denote: a country is a member only
when it certainly was. ``"possible"`` counts from the first day and until the last: a
country is a member whenever it may have been.
"""

RULES: tuple[Rule, ...] = ("certain", "possible")
"""Both rules, the default first."""


def check_rule(rule: object) -> Rule:
    """Return *rule* if it is ``"certain"`` or ``"possible"``.

    Raises:
        InvalidArgumentError: anything else.
    """
    for known in RULES:
        if isinstance(rule, str) and rule == known:
            return known
    raise InvalidArgumentError("rule", rule, "use 'certain' or 'possible'")


# [0-9], not \d: \d also matches other scripts' digits, which would make a second,
# unequal object for the same date.
_POINT = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"
_PATTERN = rf"^{_POINT}(?:/{_POINT})?$"
_REGEX = re.compile(_PATTERN)


def _span(text: str) -> tuple[date, date, Precision]:
    """Return the first day, last day and precision of one ISO point (no interval)."""
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:  # noqa: PLR2004 - year, month and day
        day = date(parts[0], parts[1], parts[2])
        return day, day, "day"
    if len(parts) == 2:  # noqa: PLR2004 - year and month
        first = date(parts[0], parts[1], 1)
        # The day before the next month starts (calendar.monthrange would cost its
        # import, and locale's, on every start); December ends as every year does.
        if first.month == 12:  # noqa: PLR2004 - December
            return first, first.replace(day=31), "month"
        return first, first.replace(month=first.month + 1) - timedelta(days=1), "month"
    return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"


class PartialDate:
    """A date known to a day, a month, a year, or only within an interval.

    Instances are immutable, hashable and ordered by their bounds. They are built from
    ISO 8601 text and print back as the same text.

    Examples:
        >>> PartialDate("2013-07").earliest, PartialDate("2013-07").latest
        (datetime.date(2013, 7, 1), datetime.date(2013, 7, 31))
        >>> PartialDate("1999-01-29/2000-03-23").precision
        'interval'
        >>> str(PartialDate("2000"))
        '2000'
        >>> PartialDate("2000-02-30")
        Traceback (most recent call last):
            ...
        regional_migration.errors.InvalidDateError: invalid partial date '2000-02-30': day is ...
    """

    __slots__ = ("_earliest", "_latest", "_precision", "_text")

    _text: str
    _earliest: date
    _latest: date
    _precision: Precision

    def __init__(self, text: str) -> None:
        """Parse *text*, an ISO 8601 date, month, year or interval of those."""
        if not isinstance(text, str):
            raise ArgumentTypeError(f"a partial date is ISO 8601 text, got {type(text).__name__}")
        if len(text) > 21 or not _REGEX.fullmatch(text):  # noqa: PLR2004 - two full dates
            raise InvalidDateError(
                f"invalid partial date {shorten(text, 40)}: use YYYY, YYYY-MM, YYYY-MM-DD "
                "or two of those joined by '/'"
            )
        try:
            if "/" in text:
                start, end = text.split("/")
                earliest = _span(start)[0]
                latest = _span(end)[1]
                precision: Precision = "interval"
                if latest <= earliest:
                    raise ValueError("the interval must end after it starts")  # noqa: TRY301
            else:
                earliest, latest, precision = _span(text)
        except ValueError as exc:
            raise InvalidDateError(f"invalid partial date {text!r}: {exc}") from None
        object.__setattr__(self, "_text", text)
        object.__setattr__(self, "_earliest", earliest)
        object.__setattr__(self, "_latest", latest)
        object.__setattr__(self, "_precision", precision)

    @classmethod
    def of(cls, day: date) -> Self:
        """Return the partial date that is exactly *day* (anything `as_date` accepts).

        Examples:
            >>> PartialDate.of(date(2019, 7, 26))
            PartialDate('2019-07-26')
        """
        return cls(as_date(day).isoformat())

    @property
    def earliest(self) -> date:
        """The first day the date may denote."""
        return self._earliest

    @property
    def latest(self) -> date:
        """The last day the date may denote."""
        return self._latest

    @property
    def precision(self) -> Precision:
        """How the date is known: ``"day"``, ``"month"``, ``"year"`` or ``"interval"``."""
        return self._precision

    @property
    def is_exact(self) -> bool:
        """Whether the date is known to the day."""
        return self._precision == "day"

    def __setattr__(self, name: str, value: object) -> None:
        """Refuse every assignment: partial dates are immutable."""
        raise AttributeError(f"PartialDate is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        """Refuse every deletion: partial dates are immutable."""
        raise AttributeError(f"PartialDate is immutable; cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[PartialDate], tuple[str]]:
        """Pickle as the ISO text."""
        return (PartialDate, (self._text,))

    def __str__(self) -> str:
        """Return the ISO 8601 text."""
        return self._text

    def __repr__(self) -> str:
        """Return ``PartialDate('...')``."""
        return f"PartialDate({self._text!r})"

    def describe(self) -> str:
        """The date in words, with the span of days it may denote.

        Examples:
            >>> PartialDate("2022-06-10").describe()
            'on 2022-06-10'
            >>> PartialDate("2003").describe()
            'in 2003 (between 2003-01-01 and 2003-12-31)'
        """
        if self.is_exact:
            return f"on {self._text}"
        span = f"between {self._earliest.isoformat()} and {self._latest.isoformat()}"
        if self._precision == "interval":
            return span
        return f"in {self._text} ({span})"

    def _repr_html_(self) -> str:
        """The ISO text and the span of days it may denote, for Jupyter."""
        return paragraph(f"{self._text}: {self._precision}, {self.describe()}")

    def __eq__(self, other: object) -> bool:
        """Compare by text: ``2013`` and ``2013-01-01/2013-12-31`` differ in what they say."""
        if isinstance(other, PartialDate):
            return self._text == other._text
        return NotImplemented

    def __hash__(self) -> int:
        """Hash the ISO text."""
        return hash(self._text)

    def _key(self) -> tuple[date, date, str]:
        return (self._earliest, self._latest, self._text)

    def __lt__(self, other: PartialDate) -> bool:
        """Order by earliest day, then latest day, then text."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        """Order by earliest day, then latest day, then text."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        """Order by earliest day, then latest day, then text."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        """Order by earliest day, then latest day, then text."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Validate from ISO text (or an instance) and serialise back to the text."""
        from_text = core_schema.no_info_after_validator_function(
            cls, core_schema.str_schema(pattern=_PATTERN, max_length=21)
        )
        return core_schema.json_or_python_schema(
            json_schema=from_text,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_text]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Describe the ISO text form in JSON Schema."""
        return {
            "type": "string",
            "pattern": _PATTERN,
            "maxLength": 21,
            "description": (
                "ISO 8601 day, month or year, or an interval 'start/end' of those "
                "when only bounds are known"
            ),
        }


def as_date(value: date | str) -> date:
    """Return *value* as a `datetime.date`; accepts ``"YYYY-MM-DD"`` text, and more.

    A `datetime.datetime` (or a pandas ``Timestamp``), a NumPy ``datetime64`` and ISO
    datetime text (``"2019-05-01T12:00:00Z"``) are reduced to their date. A year alone
    (``"2019"`` or ``2019``) stands for its last day, 31 December, the day to which
    end-of-year statistics refer and the day `regional_migration.panel` asks about for
    a year: whoever was a member at the end of the year (see `year_note`). A missing
    date (pandas' ``NaT``) is refused, as it says nothing about a day.

    Examples:
        >>> as_date("2018-09-04")
        datetime.date(2018, 9, 4)
        >>> as_date("2019"), as_date("2019-05-01T23:30:00+02:00")
        (datetime.date(2019, 12, 31), datetime.date(2019, 5, 1))
        >>> as_date("4 Sept 2018")
        Traceback (most recent call last):
            ...
        regional_migration.errors.InvalidDateError: invalid date '4 Sept 2018'; use YYYY-MM-DD...
    """
    if type(value).__name__ == "datetime64":  # NumPy's, read without importing NumPy
        value = str(value)
        if value == "NaT":
            raise InvalidDateError(
                "missing date (NaT); give a day, or None for the current standings"
            )
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if value != value:  # noqa: PLR0124 - pandas' NaT, a missing date, equals nothing
            raise InvalidDateError(
                "missing date (NaT); give a day, or None for the current standings"
            )
        return value
    if isinstance(value, str):
        return _date_from_text(value)
    raise InvalidDateError(f"expected a date or 'YYYY-MM-DD' text, got {type(value).__name__}")


def _date_from_text(value: str) -> date:
    """A day from ISO text: a year (its last day), a day, or a datetime (its day)."""
    if _YEAR.fullmatch(value):
        return date(int(value), 12, 31)
    if len(value) == 10:  # noqa: PLR2004 - the length of YYYY-MM-DD
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    elif 10 < len(value) <= 35 and value[10] in "T ":  # noqa: PLR2004 - ISO datetime text
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise InvalidDateError(
        f"invalid date {shorten(value)}; use YYYY-MM-DD, for example '2018-09-04', or a year, YYYY"
    )


_YEAR = re.compile(r"[0-9]{4}")


def year_note(value: object) -> str | None:
    """What an answer says when *value* gave a year alone, or ``None``.

    Examples:
        >>> year_note("2019")
        "'2019' is read as 2019-12-31, the end of the year: members at the year's end"
        >>> year_note("2019-05-01") is None
        True
    """
    if not isinstance(value, str) or _YEAR.fullmatch(value) is None:
        return None
    return f"{value!r} is read as {as_date(value)}, the end of the year: members at the year's end"


def as_optional_date(value: date | str | None) -> date | None:
    """Like `as_date`, but ``None`` (meaning "now") passes through.

    Examples:
        >>> as_optional_date(None) is None, as_optional_date("2018-09-04")
        (True, datetime.date(2018, 9, 4))
    """
    return None if value is None else as_date(value)


publish(globals())
