from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from builders import COLUMNS, membership, process
from pydantic import ValidationError

import regional_migration as rm
from regional_migration import MembershipTable, Process, membership_table
from regional_migration._core.text import check_language
from regional_migration._countries.lookup import display_name, iso_codes


def build() -> Process:
    def period(country: str, status: str, since: str, until: str | None = None) -> dict[str, Any]:
        if until is None:
            return membership(country, since, status=status)
        return membership(country, since, status=status, until=until)

    periods = [
        period("BO", "associate", "1996", "2024-08-07"),
        period("BO", "member", "2024-08-07"),
        period("UY", "member", "2000-05/2001"),
        period("VE", "member", "2012-08-12", "2016-12-02"),
        period("VE", "suspended", "2016-12-02"),
    ]
    return process(
        *periods,
        id="FORUM",
        name={"en": "Forum", "es": "Foro", "fr": "Forum", "pt": "Fórum"},
        kind="subregional_integration_forum",
        founded="1995",
    )


FORUM = build()


def test_rows_now() -> None:
    table = membership_table(processes=[FORUM])
    assert [(r.country, r.status, str(r.since)) for r in table.rows] == [
        ("BO", "member", "2024-08-07"),
        ("UY", "member", "2000-05/2001"),
        ("VE", "suspended", "2016-12-02"),
    ]
    assert table.on is None
    assert table.statuses == ("member", "associate", "observer", "suspended", "signatory")
    assert len(table) == 3


def test_rows_on_a_past_day_keep_their_end() -> None:
    table = membership_table(processes=[FORUM], on="2015-01-01", lang="fr")
    assert [(r.name, r.status, str(r.until)) for r in table.rows] == [
        ("Bolivie", "associate", "2024-08-07"),
        ("Uruguay", "member", "None"),
        ("Venezuela", "member", "2016-12-02"),
    ]
    assert table.on == date(2015, 1, 1)
    assert table.lang == "fr"


def test_records_are_flat_text() -> None:
    table = membership_table(processes=[FORUM], on=date(2015, 1, 1), statuses=["associate"])
    (record,) = table.records()
    assert list(record) == list(COLUMNS)
    assert record == {
        "country": "BO",
        "alpha3": "BOL",
        "numeric": "068",
        "name": "Bolivia",
        "process": "FORUM",
        "status": "associate",
        "since": "1996",
        "until": "2024-08-07",
        "since_earliest": "1996-01-01",
        "since_latest": "1996-12-31",
        "until_earliest": "2024-08-07",
        "until_latest": "2024-08-07",
        "certainty": "certain",
    }


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="invalid status 'members'"):
        membership_table(statuses=["members"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unsupported language 'de'"):
        membership_table(lang="de")
    with pytest.raises(rm.InvalidDateError):
        membership_table(on="2018/09/04")


def test_table_is_frozen() -> None:
    table = membership_table(processes=[FORUM])
    with pytest.raises(ValidationError, match="frozen"):
        table.rows[0].status = "member"  # type: ignore[misc]
    assert isinstance(table.rows, tuple)
    assert MembershipTable.model_validate_json(table.model_dump_json()) == table


def test_real_table_is_sorted_and_matches_processes_of() -> None:
    table = membership_table()
    keys = [(r.country, r.process, r.since) for r in table.rows]
    assert keys == sorted(keys)
    members = membership_table(statuses=("member",))
    for code in {r.country for r in members.rows}:
        listed = [r.process for r in members.rows if r.country == code]
        assert listed == [p.id for p in rm.processes_of(code)]
    assert {r.alpha3 for r in table.rows} >= {"MEX", "BRA", "USA"}


def test_real_table_fem_statuses() -> None:
    fem = membership_table(processes=["FEM"])
    status = {r.country: r.status for r in fem.rows}
    assert status["VE"] == "suspended"
    assert status["BO"] == "member"
    assert "associate" in status.values()
    before = membership_table(processes=["FEM"], on="2024-01-01")
    assert {r.country: r.status for r in before.rows}["BO"] == "associate"


def test_quito_on_its_first_day() -> None:
    table = membership_table(processes=["QUITO"], on="2018-09-04", statuses=["member"])
    assert len(table) == 11
    assert len(membership_table(processes=["QUITO"], statuses=["member"])) == 14


def test_names_and_codes() -> None:
    assert [display_name("US", lang) for lang in ("en", "es", "fr", "pt")] == [
        "United States",
        "Estados Unidos",
        "États-Unis",
        "Estados Unidos",
    ]
    assert display_name("XK") == "XK"  # not in ISO 3166-1: shown as given
    assert iso_codes("XK") == ("", "")
    assert iso_codes("MX") == ("MEX", "484")
    with pytest.raises(ValueError, match="unsupported language 'EN'"):
        check_language("EN")


def test_html_is_cut_and_escaped() -> None:
    html = membership_table(processes=[FORUM])._repr_html_()
    assert html.startswith("<table><caption>Membership (data version: ")
    assert "; on: current; rule: certain)</caption><thead><tr><th>country</th>" in html
    assert "<td>2000-05/2001</td>" in html
    big = membership_table()
    many = MembershipTable(rows=big.rows * 50)
    cut = many._repr_html_()
    found = re.search(r"(\d+) of (\d+) rows shown", cut)
    assert found is not None
    shown = int(found[1])
    assert 0 < shown < int(found[2]) == len(many)
    assert cut.count("<tr>") == shown + 1  # and the header
    if len(big) <= shown:
        assert "rows shown" not in big._repr_html_()
