"""A damaged data file fails loudly, with a DataError that says what is wrong.

The shipped files are valid (see test_data_integrity.py); these tests feed the
loaders damaged copies to check that the errors a user would see are ours.
"""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

import pytest

import regional_migration as rm
from regional_migration import _country_index, _registry

RAW = (
    importlib.resources.files("regional_migration").joinpath("data", "processes.json").read_bytes()
)


def _edited(change: Any) -> bytes:
    document = json.loads(RAW)
    change(document)
    return json.dumps(document).encode()


def test_invalid_json_is_a_data_error() -> None:
    with pytest.raises(rm.DataError, match=r"^data file processes\.json: not valid JSON"):
        _registry.read_data_file(b"{not json")


def test_a_file_that_breaks_the_models_is_a_data_error() -> None:
    raw = _edited(lambda d: d["processes"][0].pop("founded"))
    where = r"(?s)data file processes\.json: failed validation: .*processes\.0\.founded"
    with pytest.raises(rm.DataError, match=where):
        _registry.read_data_file(raw)


def test_a_source_listed_twice_is_a_data_error() -> None:
    raw = _edited(lambda d: d["sources"].append(d["sources"][0]))
    with pytest.raises(rm.DataError, match=r"at sources: a source id is listed twice"):
        _registry.read_data_file(raw)


def test_a_name_shared_by_two_processes_is_a_data_error() -> None:
    def clash(document: dict[str, Any]) -> None:
        document["processes"][1]["aliases"] = ["Puebla Process"]

    data = _registry.read_data_file(_edited(clash))
    with pytest.raises(rm.DataError, match="'Puebla Process' names both CRM and CSM"):
        _registry._index(data)


class _FakeFile:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def joinpath(self, *_parts: str) -> _FakeFile:
        return self

    def read_bytes(self) -> bytes:
        return self.raw


def test_unreadable_country_file_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.resources, "files", lambda _package: _FakeFile(b"{"))
    with pytest.raises(rm.DataError, match=r"country_names\.json: not valid JSON"):
        _country_index.cldr_names()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({}, "at ambiguities: is not a list"),
        ({"ambiguities": [{"name": "Congo"}]}, "at ambiguities: entry .* is malformed"),
        (
            {
                "ambiguities": [
                    {"name": "Congo", "codes": ["CD", "CG"], "decision": "FR", "reason": "x"}
                ]
            },
            "at Congo: decides for FR, not a candidate",
        ),
        (
            {
                "ambiguities": [
                    {"name": "Congo", "codes": ["CD", "CG"], "decision": "refuse", "reason": "x"},
                    {"name": "congo", "codes": ["CD", "CG"], "decision": "CG", "reason": "y"},
                ]
            },
            "at congo: is decided twice",
        ),
    ],
)
def test_damaged_ambiguity_file_is_a_data_error(
    monkeypatch: pytest.MonkeyPatch, document: dict[str, Any], message: str
) -> None:
    monkeypatch.setattr(_country_index, "_read", lambda _name: document)
    with pytest.raises(rm.DataError, match=message):
        _country_index.decisions()


def test_country_names_without_the_four_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_country_index, "_read", lambda _name: {"names": {"en": {}}})
    with pytest.raises(rm.DataError, match="has no names for en, es, fr, pt"):
        _country_index.cldr_names()
