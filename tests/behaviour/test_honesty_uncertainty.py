"""Uncertainty counted and said: past-day answers say what the "certain" rule leaves out."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from collections.abc import Sequence

DATED = ("show", "members", "country", "compare", "matrix", "export")


def call(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_members_on_a_past_day_counts_what_is_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    out = call(capsys, "members", "RIAM", "--on", "2020-01-01")
    assert (
        "18 further RIAM memberships may have been in force on 2020-01-01; their dates are "
        "known only to an interval; use --rule possible"
    ) in out
    possible = call(capsys, "members", "RIAM", "--on", "2020-01-01", "--rule", "possible")
    assert "further" not in possible
    assert possible.count("possible") == 18
    assert "certain" in possible  # Panama and Peru certainly


@pytest.mark.parametrize(
    "command",
    [
        ("show", "RIAM"),
        ("members", "RIAM"),
        ("country", "Mexico"),
        ("compare", "RIAM", "CSM"),
        ("matrix", "RIAM", "CSM"),
        ("export", "--format", "table"),
    ],
)
def test_every_dated_command_takes_rule(
    command: Sequence[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(DATED) == {command[0] for command in [command, *[(c,) for c in DATED]]}
    certain = call(capsys, *command, "--on", "2020-01-01")
    possible = call(capsys, *command, "--on", "2020-01-01", "--rule", "possible")
    assert certain != possible
    assert "possible" in certain  # each says how to see what it leaves out


def test_rule_is_refused_when_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["members", "RIAM", "--on", "2020-01-01", "--rule", "maybe"]) == 2
    assert "--rule" in capsys.readouterr().err


def test_membership_table_counts_left_out_and_marks_certainty() -> None:
    table = rm.membership_table(processes=["RIAM"], on="2020-01-01")
    assert table.left_out == (("RIAM", 18),)
    assert table.notes == (
        (
            "18 further RIAM memberships may have been in force on 2020-01-01; their dates are "
            "known only to an interval; use rule='possible'"
        ),
    )
    assert {r.certainty for r in table} == {"certain"}
    wide = rm.membership_table(processes=["RIAM"], on="2020-01-01", rule="possible")
    assert wide.left_out == ()
    assert {r.certainty for r in wide} == {"certain", "possible"}
    assert ",certainty" in wide.to_csv()
    assert json.loads(wide.to_json())["rows"][0]["certainty"] in {"certain", "possible"}
    assert rm.membership_table(processes=["RIAM"]).left_out == ()


def test_status_filter_applies_to_what_is_left_out() -> None:
    table = rm.membership_table(processes=["RIAM"], on="2020-01-01", statuses="observer")
    assert table.left_out == ()


def test_panel_flags_the_riam_column_and_gives_both_counts() -> None:
    found = rm.panel(range(2016, 2022), processes=["RIAM"])
    assert any(
        note.startswith("RIAM: on 6 of the days") and "not growth" in note for note in found.notes
    )
    counts = {c["day"]: (c["certain"], c["possible"]) for c in found.counts()}
    assert counts["2020-12-31"] == (2, 20)
    row = next(r for r in found if r.country == "MX" and r.year == 2020)
    assert (row.status, row.certainty, row.possible) == (None, "possible", "member")
    pytest.importorskip("pandas")
    wide = found.to_pandas("wide")
    assert "RIAM possible" in wide.columns
    assert any("not growth" in note for note in wide.attrs["notes"])
    long = found.to_pandas()
    assert set(long["certainty"].dropna()) == {"certain", "possible"}


def test_panel_under_possible_marks_the_possible_rows() -> None:
    found = rm.panel([2020], processes=["RIAM"], rule="possible")
    assert not any("not growth" in note for note in found.notes)
    row = next(r for r in found if r.country == "MX")
    assert (row.status, row.certainty) == ("member", "possible")


def test_panel_lists_unknown_positions() -> None:
    found = rm.panel([2020], processes=["GCM"])
    row = next(r for r in found if r.country == "BZ")
    assert (row.status, row.certainty) == (None, "unknown")
    assert found.counts()[0]["unknown"] == 3


def test_left_out_on_is_empty_now_and_under_possible() -> None:
    riam = rm.get("RIAM")
    assert len(riam.left_out_on("2020-01-01")) == 18
    assert riam.left_out_on(None) == ()
    assert rm.get("CRM").unknown == frozenset()


def test_country_profile_says_where_a_status_may_be_left_out() -> None:
    profile = rm.country_profile("Mexico", on="2020-01-01")
    assert profile.possible == ("RIAM",)
    assert "RIAM" not in [r.id for r in profile.processes]
    possible = rm.country_profile("Mexico", on="2020-01-01", rule="possible")
    assert "RIAM" in [r.id for r in possible.processes]
    assert possible.possible == ()
