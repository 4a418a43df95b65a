"""A country-year panel to merge: a declared universe, and no empty cell that means "no"."""

from __future__ import annotations

import json
from typing import Any, get_args

import duckdb
import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest

import regional_migration as rm
from regional_migration.cli import main

YEARS = range(1990, 2027)
VALUES = {*get_args(rm.Status), "none", "unknown", "not founded"}


@pytest.fixture(scope="module")
def long() -> pd.DataFrame:
    return rm.merge_panel(YEARS)


def test_every_cell_is_said(long: pd.DataFrame) -> None:
    assert not long.isna().any().any()
    assert set(long["status"].astype(str)) <= VALUES
    assert {"member", "none", "unknown", "not founded"} <= set(long["status"].astype(str))
    states = long["iso2c"].nunique()
    processes = long["process"].nunique()
    assert len(long) == states * processes * len(YEARS)  # balanced


def test_the_default_universe_is_the_scope_and_every_territory_named(long: pd.DataFrame) -> None:
    universe = set(long["iso2c"])
    assert {c.country for c in rm.refugee_commissions()} <= universe
    assert {m.country for p in rm.processes() for m in p.memberships} <= universe
    assert {"ES", "AD", "CA", "US"} <= universe


def test_values_agree_with_the_rules(long: pd.DataFrame) -> None:
    sample = long[long["year"].isin([1995, 2005, 2017, 2023])]
    for row in sample.itertuples():
        process = rm.get(row.process)
        day = f"{row.year}-12-31"
        certain = process.status_of(row.iso2c, on=day)
        possible = process.status_of(row.iso2c, on=day, rule="possible")
        status = str(row.status)
        if certain is not None:
            assert status == certain
        elif status == "none":
            assert possible is None
            assert process.existed_on(day)
        elif status == "not founded":
            assert not process.existed_on(day, rule="possible")
        else:
            assert status == "unknown"
            assert possible is not None or process.existed_on(day, rule="possible")


def test_wide_has_a_column_per_process_and_no_empty_cell() -> None:
    wide = rm.merge_panel(YEARS, form="wide")
    assert list(wide.columns[:4]) == ["iso2c", "iso3c", "iso3n", "year"]
    assert set(wide.columns[4:]) == {p.id for p in rm.processes()}
    assert not wide.isna().any().any()
    mx = wide[(wide["iso2c"] == "MX") & (wide["year"] == 2018)].iloc[0]
    assert mx["MIRPS"] == "member"
    assert mx["LAD"] == "not founded"


def test_a_country_year_table_joins_in_pandas_and_duckdb() -> None:
    wide = rm.merge_panel(range(2015, 2021), form="wide")
    flows = pd.DataFrame(
        {
            "iso3c": ["MEX", "MEX", "COL", "ZZZ", "CRI", "JPN"],
            "year": [2016, 2019, 2019, 2019, 2020, 2020],
            "refugees": [10, 20, 30, 40, 50, 60],
        }
    )
    merged = flows.merge(wide, on=["iso3c", "year"], how="left")
    assert len(merged) == len(flows)
    assert merged["MIRPS"].notna().sum() == 4  # Mexico twice, Colombia, Costa Rica
    assert merged.loc[merged["iso3c"] == "COL", "MIRPS"].item() == "none"
    relation = duckdb.sql(
        "SELECT f.iso3c, f.year, w.MIRPS FROM flows AS f JOIN wide AS w"
        " ON w.iso3c = f.iso3c AND w.year = f.year ORDER BY f.iso3c, f.year"
    )
    assert relation is not None
    joined = relation.fetchall()
    assert len(joined) == 4
    assert ("MEX", 2019, "member") in joined


def test_states_and_code_columns() -> None:
    frame = rm.merge_panel(
        [2020], states=["Mexico", "PR", "mx"], processes=["CRM"], codes=["iso3c", "cown", "unhcr"]
    )
    assert list(frame.columns) == ["iso3c", "cown", "unhcr", "year", "process", "status"]
    assert list(frame["iso3c"]) == ["MEX", "PRI"]
    assert frame["cown"].isna().tolist() == [False, True]  # COW does not code Puerto Rico
    assert list(frame["unhcr"]) == ["MEX", "PUE"]
    assert str(frame["cown"].dtype) == "Int64"


def test_instruments_too() -> None:
    frame = rm.merge_panel([2020], states=["MX"], processes=["1951 Convention"])
    assert frame["status"].astype(str).tolist() == ["member"]


def test_spells() -> None:
    spells = rm.merge_panel([2020], form="spells", codes=["iso3c"])
    assert len(spells) == sum(len(p.memberships) for p in rm.processes())
    assert {"iso3c", "process", "status", "since_earliest", "until_latest"} <= set(spells.columns)
    assert not spells["iso3c"].isna().any()
    only_mx = rm.merge_panel([2020], form="spells", states=["MX"])
    assert set(only_mx["iso2c"]) == {"MX"}


MERGE: Any = rm.merge_panel  # called with what its annotations refuse


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: MERGE("2020"), rm.ArgumentTypeError),
        (lambda: MERGE(2020), rm.ArgumentTypeError),
        (lambda: MERGE([2020.0]), rm.InvalidArgumentError),
        (lambda: MERGE([True]), rm.InvalidArgumentError),
        (lambda: MERGE([2020], form="tall"), rm.InvalidArgumentError),
        (lambda: MERGE([2020], codes=["iso4"]), rm.InvalidArgumentError),
        (lambda: MERGE([2020], codes="iso3c"), rm.ArgumentTypeError),
        (lambda: MERGE([2020], states="MX"), rm.ArgumentTypeError),
        (lambda: MERGE([2020], states=["Atlantis"]), rm.UnknownCountryError),
    ],
)
def test_bad_arguments(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_the_command_line_panel(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per row of the table
    assert main(["panel", "2018", "--process", "MIRPS", "--codes", "iso3c", "cown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "iso3c,cown,year,process,status"
    assert "MEX,70,2018,MIRPS,member" in lines
    assert (
        main(["panel", "2018", "--form", "spells", "--process", "MIRPS", "--format", "json"]) == 0
    )
    spells = json.loads(capsys.readouterr().out)["rows"]
    assert {"iso2c": "BZ", "iso3n": 84, "since_earliest": "2017-10-26"}.items() <= spells[0].items()
    assert main(["panel", "2017", "2018", "--form", "wide", "--format", "table"]) == 0
    assert "not founded" in capsys.readouterr().out
    assert main(["panel", "2016", "2017", "2018"]) == 2
    assert "give one year, or the first and the last year" in capsys.readouterr().err
