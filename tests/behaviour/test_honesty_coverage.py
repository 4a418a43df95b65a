"""Coverage said: a question outside what the data covers answers "not covered", never "none"."""

from __future__ import annotations

import pytest

import regional_migration as rm
from regional_migration.cli import main
from regional_migration.errors import NotInResultError


def test_commission_outside_coverage_is_not_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the list of covered states on one line
    profile = rm.country_profile("France")
    assert not profile.commission_covered
    assert "refugee commission: not covered" in repr(profile)
    assert "not covered by the data, which covers AD, AG, AR" in profile._repr_html_()
    assert rm.country_profile("Mexico").commission_covered
    assert main(["country", "France"]) == 0
    assert "refugee commission: not covered by the data, which covers AD" in capsys.readouterr().out
    assert main(["commissions", "France"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("France (FR) is outside what the commission data covers: AD, AG")


def test_commission_coverage_is_a_set_of_the_answer() -> None:
    commissions = rm.refugee_commissions()
    assert commissions.coverage == frozenset(c.country for c in commissions)
    assert commissions.covers("Uruguay")
    assert commissions.covers("Mexico")
    assert not commissions.covers("France")


def test_names_not_verified_are_said(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per commission
    assert main(["commissions"]) == 0
    chile = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("CL"))
    assert "(name not verified)" in chile
    assert "(name not verified)" in rm.refugee_commissions()._repr_html_()
    assert main(["--lang", "es", "commissions"]) == 0
    assert "(nombre no verificado)" in capsys.readouterr().out


def test_a_vote_outside_the_scope_says_so_and_that_totals_are_global() -> None:
    vote = rm.vote("A/RES/73/195")
    with pytest.raises(NotInResultError, match="outside the recorded scope") as caught:
        vote["Hungary"]
    assert "37 states in scope" in str(caught.value)
    assert "count the whole General Assembly" in str(caught.value)


def test_an_instrument_says_a_state_outside_scope_is_not_known() -> None:
    convention = rm.get("1954 Convention")
    assert isinstance(convention, rm.Instrument)
    assert not convention.known("France")
    assert convention.known("Cuba")
    assert convention.known("Haiti")  # acceded in 2018
    compact = rm.get("GCM")
    assert isinstance(compact, rm.Instrument)
    assert not compact.known("Belize")
