from __future__ import annotations

import calendar
import pickle
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regional_migration as rm
from regional_migration import InvalidDateError, PartialDate


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2013-07-11", date(2013, 7, 11), date(2013, 7, 11), "day"),
        ("2013-07", date(2013, 7, 1), date(2013, 7, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2013", date(2013, 1, 1), date(2013, 12, 31), "year"),
        ("1999-01-30/2000-03-23", date(1999, 1, 30), date(2000, 3, 23), "interval"),
        ("2000-05/2007", date(2000, 5, 1), date(2007, 12, 31), "interval"),
    ],
)
def test_bounds_and_precision(text: str, earliest: date, latest: date, precision: str) -> None:
    value = PartialDate(text)
    assert (value.earliest, value.latest, value.precision) == (earliest, latest, precision)
    assert str(value) == text
    assert value.is_exact == (precision == "day")


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12))
def test_a_month_spans_its_calendar_days(year: int, month: int) -> None:
    value = PartialDate(f"{year:04d}-{month:02d}")
    last = calendar.monthrange(year, month)[1]
    assert (value.earliest, value.latest) == (date(year, month, 1), date(year, month, last))


def test_the_last_month_of_the_calendar_has_its_days() -> None:
    assert PartialDate("9999-12").latest == date(9999, 12, 31)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2013-7", "use YYYY, YYYY-MM, YYYY-MM-DD"),
        ("", "use YYYY"),
        ("2013-13", "month must be in 1..12"),
        ("2000-02-30", "day is out of range for month"),
        ("2007/2000", "the interval must end after it starts"),
        ("2000-05/2000-04", "the interval must end after it starts"),
        ("9" * 5000, r"'99999.*…' \(5000 characters\)"),
    ],
)
def test_invalid_text(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate(text)


def test_not_text() -> None:
    with pytest.raises(TypeError, match="got int"):
        PartialDate(2013)  # type: ignore[arg-type]


def test_immutable_hashable_picklable() -> None:
    value = PartialDate("2013")
    with pytest.raises(AttributeError, match="immutable"):
        value._text = "2014"
    with pytest.raises(AttributeError, match="immutable"):
        del value._text
    assert {value, PartialDate("2013")} == {value}
    assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 - our own object
    assert repr(value) == "PartialDate('2013')"
    assert PartialDate.of(date(2019, 7, 26)) == PartialDate("2019-07-26")


def test_order() -> None:
    values = [PartialDate("2013-07"), PartialDate("2012"), PartialDate("2013-07-11")]
    assert sorted(values) == [
        PartialDate("2012"),
        PartialDate("2013-07"),
        PartialDate("2013-07-11"),
    ]
    assert PartialDate("2012") < PartialDate("2013") <= PartialDate("2013")
    assert PartialDate("2014") > PartialDate("2013") >= PartialDate("2013")
    assert PartialDate("2013") != "2013"
    with pytest.raises(TypeError):
        _ = PartialDate("2013") < "2014"  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = PartialDate("2013") <= "2014"  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = PartialDate("2013") > "2014"  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = PartialDate("2013") >= "2014"  # type: ignore[operator]


@given(st.dates(min_value=date(1000, 1, 1)), st.dates(min_value=date(1000, 1, 1)))
def test_interval_bounds_contain_both_ends(a: date, b: date) -> None:
    lo, hi = sorted((a, b))
    if lo == hi:
        return
    value = PartialDate(f"{lo.isoformat()}/{hi.isoformat()}")
    assert (value.earliest, value.latest) == (lo, hi)
    assert PartialDate(str(value)) == value


def test_a_day_is_a_date_a_datetime_or_iso_text() -> None:
    day = rm.processes_of("SV", on=date(2018, 1, 2))
    assert rm.processes_of("SV", on=datetime(2018, 1, 2, 3, 4)) == day  # noqa: DTZ001
    assert rm.processes_of("SV", on="2018-01-02") == day
    with pytest.raises(InvalidDateError, match=r"invalid date '2020-02-30'; use YYYY-MM-DD"):
        rm.processes_of("SV", on="2020-02-30")
    with pytest.raises(InvalidDateError, match="got int"):
        rm.processes_of("SV", on=2020)  # type: ignore[arg-type]
