"""Country names as UN, UNHCR and World Bank tables write them.

``tests/data/country_tables.csv`` holds names taken from published lists, each with
the code it stands for, or ``refuse`` where no single country is meant:

- ``worldbank``: the country names of the World Bank's API (v2, English), as printed
  in full in a stored copy of a public report that lists them with their alpha-3
  codes (read 2026-11-28);
- ``unhcr``: names of UNHCR's Refugee Data Finder downloads, as quoted by public
  code that reads them (stored copies, read 2026-11-28);
- ``undesa``: names of UN DESA's World Population Prospects and International
  Migrant Stock tables, which follow the M49 list;
- ``usage``: forms that tables and the press still write: old names, translations,
  Spanish abbreviations, and the ambiguous names that must stay refused.

Zero wrong answers is the rule: a name resolves to its code or is refused.
"""

from __future__ import annotations

import csv
import json
from importlib.resources import files
from pathlib import Path

import pytest
from project_scripts import load_script

import regional_migration as rm
from regional_migration._countries import lookup as _countries
from regional_migration.errors import AmbiguousCountryError, UnknownCountryError

TABLE = Path(__file__).resolve().parents[1] / "data" / "country_tables.csv"


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _shipped() -> str:
    return (
        files("regional_migration").joinpath("data", "country_table_names.json").read_text("utf-8")
    )


@pytest.mark.parametrize("row", _rows(), ids=lambda row: f"{row['source']}:{row['name']}")
def test_table_names_resolve_or_are_refused(row: dict[str, str]) -> None:
    if row["code"] == "refuse":
        with pytest.raises((UnknownCountryError, AmbiguousCountryError)):
            rm.country_code(row["name"])
    else:
        assert rm.country_code(row["name"]) == row["code"]


def test_table_covers_the_sources() -> None:
    sources = {row["source"] for row in _rows()}
    assert sources == {"worldbank", "unhcr", "undesa", "usage"}
    assert len(_rows()) > 250  # the whole World Bank list is in it


def test_every_shipped_un_name_gives_its_country_or_is_refused() -> None:
    names = json.loads(_shipped())["names"]
    for by_code in names.values():
        for code, forms in by_code.items():
            for form in forms:
                assert _answer(form) in {code, "refused"}, form


def _answer(text: str) -> str:
    try:
        return rm.country_code(text)
    except AmbiguousCountryError:
        return "refused"


def test_shipped_file_is_up_to_date() -> None:
    generated = load_script("generate_table_names").generate()
    assert generated == _shipped(), (
        "data/country_table_names.json is stale: run python scripts/generate_table_names.py"
    )


def test_shipped_file_names_its_source() -> None:
    source = json.loads(_shipped())["source"]
    assert source["licence"] == "MIT"
    assert "OCHA" in source["publisher"]
    assert source["package"].startswith("hdx-python-country ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Korea, Rep.", "KR"),  # comma inversion with "of"
        ("Sudan, South", "SS"),  # comma inversion
        ("Congo (Dem. Rep.)", "CD"),  # a qualifier in parentheses, abbreviated
        ("Netherlands (Kingdom of the)", "NL"),
        ("China, Hong Kong SAR", "HK"),
        ("China, Taiwan Province of China", "TW"),  # the part after the comma
        ("Rep. Dominicana", "DO"),  # a Spanish abbreviation
        ("Lao PDR", "LA"),
        ("Cook Is.", "CK"),
        ("Fed. Rep. of Germany", "DE"),
        ("U.S.", "US"),  # an alias, not a rule
        ("u. s. a.", "US"),
        ("U.K.", "GB"),
    ],
)
def test_rules_that_generalise(text: str, code: str) -> None:
    assert rm.country_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Mexico, Guatemala",  # a list of two countries is not a name
        "Virgin Islands",
        "Korea",
        "Congo (the)",
        "Rep.",
        "Dem. Rep.",
        "Rep. Rep. Rep. Rep. Rep.",  # too many readings: not a name
        "R.U.",  # Reino Unido in Spanish: dotted initials are not codes
        "A.B.Ş.",  # the United States in Turkish; not "the Bahamas" once "a" is dropped
    ],
)
def test_rules_never_guess(text: str) -> None:
    with pytest.raises((UnknownCountryError, AmbiguousCountryError)):
        rm.country_code(text)


def test_readings_that_disagree_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # No name of today's index reads as two countries; a future source could add one.
    monkeypatch.setattr(_countries, "_expansions", lambda _: ["north korea", "south korea"])
    with pytest.raises(AmbiguousCountryError, match="can be read as several countries"):
        rm.country_code("Korea, Something")
