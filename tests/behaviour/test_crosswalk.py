"""The shipped country-code crosswalk: current, and right where codes collide."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import TYPE_CHECKING

import pycountry
import pytest
from code_tables import FIPS_COLLISIONS, UNHCR_CODES
from project_scripts import load_script

if TYPE_CHECKING:
    from types import ModuleType

# Every FIPS 10-4 code of an entity of the Americas that is the ISO alpha-2 code of
# another entity: {ISO code of the entity: (its FIPS code, the entity ISO gives it to)}.
AMERICAS = frozenset(
    {
        *("AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BV", "BZ", "CA"),
        *("CL", "CO", "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GS"),
        *("GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA"),
        *("PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG"),
        "VI",
    }
)


def _generator() -> ModuleType:
    return load_script("generate_crosswalk")


def _shipped_text() -> str:
    return files("regional_migration").joinpath("data", "crosswalk.json").read_text("utf-8")


@pytest.fixture(scope="module")
def entities() -> dict[str, dict[str, object]]:
    document = json.loads(_shipped_text())
    return {entity["iso2c"]: entity for entity in document["entities"]}


def test_shipped_file_is_up_to_date() -> None:
    assert _generator().generate() == _shipped_text(), (
        "data/crosswalk.json is stale: run python scripts/generate_crosswalk.py"
    )


def test_check_mode_reports_current_file() -> None:
    assert _generator().main(["--check"]) == 0


def test_one_row_per_iso_entity_and_kosovo(entities: dict[str, dict[str, object]]) -> None:

    assert set(entities) == {c.alpha_2 for c in pycountry.countries} | {"XK"}
    assert entities["XK"]["wb"] == "XKX"
    assert entities["XK"]["iso3c"] is None


@pytest.mark.parametrize("iso", sorted(FIPS_COLLISIONS))
def test_fips_collisions_of_the_americas(iso: str, entities: dict[str, dict[str, object]]) -> None:
    fips, other = FIPS_COLLISIONS[iso]
    assert entities[iso]["fips"] == fips
    assert other in entities
    assert other != iso


def test_the_list_of_fips_collisions_is_complete(entities: dict[str, dict[str, object]]) -> None:
    found = {
        code
        for code, entity in entities.items()
        if code in AMERICAS and entity["fips"] not in (None, code) and entity["fips"] in entities
    }
    assert found == set(FIPS_COLLISIONS)


def test_unhcr_codes_of_the_americas(entities: dict[str, dict[str, object]]) -> None:
    found = {
        code: entity["unhcr"]
        for code, entity in entities.items()
        if code in AMERICAS and entity["unhcr"] not in (None, entity["iso3c"])
    }
    assert found == UNHCR_CODES
    assert entities["AT"]["unhcr"] == "AUS"
    assert entities["AU"]["unhcr"] == "AUL"


def test_unhcr_values_that_are_not_countries() -> None:
    values = {v["unhcr"]: v for v in json.loads(_shipped_text())["unhcr_values"]}
    assert {v["label"] for v in values.values()} >= {
        "Stateless",
        "Unknown",
        "Palestinian",
        "Tibetan",
    }
    assert values["GAZ"]["iso2c"] == "PS"
    assert values["STA"]["iso2c"] is None


def test_codes_are_unique_within_each_scheme(entities: dict[str, dict[str, object]]) -> None:
    for column in ("iso3c", "iso3n", "m49", "unhcr", "fips", "cown", "gwn", "wb", "wikidata"):
        values = [e[column] for e in entities.values() if e[column] is not None]
        assert len(values) == len(set(values)), column
