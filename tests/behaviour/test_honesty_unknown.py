"""Unknown is a value, not a gap: states whose position is not known are listed and counted."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    import pytest


def call(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_instruments_command_counts_the_unknown_and_never_zero_for_no_record(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per instrument
    out = call(capsys, "instruments")
    cartagena = next(line for line in out.splitlines() if line.startswith("CARTAGENA"))
    assert "not on record" in cartagena
    assert cartagena.split()[-1] == "37"
    convention = next(line for line in out.splitlines() if line.startswith("STATELESS-CONV"))
    assert convention.split()[-2:] == ["23", "0"]
    compact = next(line for line in out.splitlines() if line.startswith("GLOBAL-COMPACT-M"))
    assert compact.split()[-2:] == ["31", "3"]
    assert "37 states in scope" in out


def test_instruments_csv_and_json_carry_unknown_and_scope(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = {
        r["id"]: r
        for r in csv.DictReader(io.StringIO(call(capsys, "instruments", "--format", "csv")))
    }
    assert rows["STATELESS-CONVENTION-1954"]["unknown"] == "0"
    assert rows["GLOBAL-COMPACT-MIGRATION"]["unknown"] == "3"
    assert rows["STATELESS-CONVENTION-1954"]["scope"] == "37"
    assert rows["MEXICO-DECLARATION-2004"]["members"] == ""
    found = json.loads(call(capsys, "instruments", "--format", "json"))["rows"]
    declaration = next(r for r in found if r["id"] == "MEXICO-DECLARATION-2004")
    assert declaration["members"] is None
    assert declaration["unknown"] == 37


def test_show_prints_the_unknown_states_with_the_scope(capsys: pytest.CaptureFixture[str]) -> None:
    out = call(capsys, "show", "GCM")
    assert "member (31 of 37 states in scope)" in out
    assert "not known (3 of 37 states in scope): Antigua & Barbuda (AG), Belize (BZ)," in out
    data = json.loads(call(capsys, "show", "GCM", "--format", "json"))
    assert data["unknown"] == ["AG", "BZ", "TT"]
    assert data["scope"] == 37
    rows = list(csv.DictReader(io.StringIO(call(capsys, "show", "GCM", "--format", "csv"))))
    assert {r["country"] for r in rows if r["status"] == "unknown"} == {"AG", "BZ", "TT"}


def test_show_in_spanish_names_the_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    out = call(capsys, "show", "GCM", "--lang", "es")
    assert "no se sabe (3 de 37 Estados del ámbito)" in out


def test_membership_table_lists_unknown_positions_in_every_export() -> None:
    table = rm.membership_table(processes=["GCM"])
    assert ("BZ", "GLOBAL-COMPACT-MIGRATION") in table.unknown
    assert any("3 states in scope" in note for note in table.notes)
    records = [r for r in table.records() if r["status"] == "unknown"]
    assert [r["country"] for r in records] == ["AG", "BZ", "TT"]
    assert '"status": "unknown"' in table.to_json()
    assert "BZ,BLZ,084,Belize,GLOBAL-COMPACT-MIGRATION,unknown" in table.to_csv()
    assert "Belize" in table._repr_html_()
    # the rows themselves stay statuses on record
    assert len(table) == len(table.records()) - 3


def test_history_lists_unknown_positions() -> None:
    table = rm.history(processes=["GCM"])
    assert len(table.unknown) == 3
    assert rm.history(processes=["1954 Convention"]).unknown == ()


def test_unknown_before_adoption_is_no_answer() -> None:
    table = rm.membership_table(processes=["1951 Convention"], on="1950-01-01")
    assert table.unknown == ()


def test_instrument_repr_and_html_count_the_unknown_against_the_scope() -> None:
    compact = rm.get("GCM")
    assert "3 not known; of 37 states in scope" in repr(compact)
    assert "0 not known; of 37 states in scope" in repr(rm.get("1954 Convention"))
    assert "not on record" in repr(rm.get("Cartagena Declaration"))
    html = compact._repr_html_()
    assert "not known" in html
    assert "Belize (BZ)" in html
    assert "31 of 37 states in scope" in html
    assert "<td>member</td>" in html
    assert "party" in rm.get("1954 Convention")._repr_html_()


def test_comparison_says_it_is_a_lower_bound() -> None:
    comparison = rm.compare("CRM", "GLOBAL-COMPACT-MIGRATION")
    assert comparison.uncertain == frozenset({"BZ"})
    assert any("lower bound: 1 more state may" in note for note in comparison.notes)
    assert "(+1 may be)" in repr(comparison)
    assert "may be in both" in comparison._repr_html_()
    assert rm.compare("CRM", "MIRPS").uncertain == frozenset()


def test_matrix_says_its_counts_are_lower_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    matrix = rm.overlap_matrix(["CRM", "CHILE-DECLARATION-2024"])
    # Mexico, a CRM member, is the one state known to have adopted the Chile Declaration
    # among the CRM's; ten more may have, and 34 states' positions on it are unknown.
    assert matrix.uncertain == ((0, 10), (10, 34))
    assert matrix.cell("CRM", "CHILE-DECLARATION-2024") == "1 (+10)"
    assert any("lower bounds" in note for note in matrix.notes)
    assert "1 (+10)" in matrix._repr_html_()
    assert json.loads(matrix.to_json())["uncertain"] == [[0, 10], [10, 34]]
    out = call(capsys, "matrix", "CRM", "CHILE-DECLARATION-2024")
    assert "1 (+10)" in out
    assert "lower bounds, by up to 34" in " ".join(out.split())


def test_compare_command_says_it_is_a_lower_bound(capsys: pytest.CaptureFixture[str]) -> None:
    out = call(capsys, "compare", "CRM", "GLOBAL-COMPACT-MIGRATION")
    assert "a lower bound: 1 more state may be in both" in " ".join(out.split())
    assert "lower bound" not in call(capsys, "compare", "CRM", "MIRPS")
