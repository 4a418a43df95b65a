"""The shipped CLDR names file is what the generator writes with the pinned Babel."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import TYPE_CHECKING

import babel
import pycountry
from project_scripts import load_script

if TYPE_CHECKING:
    from types import ModuleType


def _generator() -> ModuleType:
    return load_script("generate_country_names")


def _shipped() -> str:
    return files("regional_migration").joinpath("data", "country_names.json").read_text("utf-8")


def test_shipped_file_is_up_to_date() -> None:
    assert babel.__version__ == "2.17.0", "the test extra pins the Babel that made the file"
    assert _generator().generate() == _shipped(), (
        "data/country_names.json is stale: run python scripts/generate_country_names.py"
    )


def test_file_names_every_iso_country_in_four_languages() -> None:
    document = json.loads(_shipped())
    assert document["cldr"] == "46"
    codes = sorted(c.alpha_2 for c in pycountry.countries)
    for lang in ("en", "es", "fr", "pt"):
        assert sorted(document["names"][lang]) == codes
        for forms in document["names"][lang].values():
            assert forms
            assert len(set(forms)) == len(forms)
