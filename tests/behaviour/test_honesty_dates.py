"""Dates as researchers write them: a year, numpy and ISO datetimes, a day past the data."""

from __future__ import annotations

import datetime as dt

import pytest

import regional_migration as rm
from regional_migration.cli import main


def test_a_year_is_read_as_its_last_day_and_said() -> None:
    table = rm.membership_table(processes=["CRM"], on="2019")
    assert table.on == dt.date(2019, 12, 31)
    assert table.notes[0] == (
        "'2019' is read as 2019-12-31, the end of the year: members at the year's end"
    )
    assert rm.get("CRM").members_on("2019") == rm.get("CRM").members_on("2019-12-31")


def test_a_year_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["members", "CRM", "--on", "2019"]) == 0
    assert "a year alone is read as its last day, 2019-12-31" in capsys.readouterr().out
    assert main(["--lang", "es", "members", "CRM", "--on", "2019"]) == 0
    assert "un año solo se lee como su último día" in capsys.readouterr().out


def test_numpy_datetime64_and_iso_datetime_text_are_days() -> None:
    numpy = pytest.importorskip("numpy")
    crm = rm.get("CRM")
    expected = crm.members_on("2019-05-01")
    assert crm.members_on(numpy.datetime64("2019-05-01")) == expected
    assert crm.members_on(numpy.datetime64("2019-05-01T10:30")) == expected
    assert crm.members_on("2019-05-01T10:30:00Z") == expected
    assert crm.members_on("2019-05-01 10:30") == expected
    with pytest.raises(rm.InvalidDateError, match="NaT"):
        crm.members_on(numpy.datetime64("NaT"))


def test_a_day_after_the_data_version_says_the_data_stops(
    capsys: pytest.CaptureFixture[str],
) -> None:
    table = rm.membership_table(processes=["CRM"], on="2030-01-01")
    assert any(
        note.startswith(f"the data stops at its version, {rm.DATA_VERSION}") for note in table.notes
    )
    assert not any("data stops" in n for n in rm.membership_table(on="2020-01-01").notes)
    assert main(["members", "CRM", "--on", "2030-01-01"]) == 0
    assert f"the data stops at its version, {rm.DATA_VERSION}" in capsys.readouterr().out


def test_bad_text_still_names_the_forms() -> None:
    with pytest.raises(rm.InvalidDateError, match="or a year, YYYY"):
        rm.get("CRM").members_on("May 2019")
