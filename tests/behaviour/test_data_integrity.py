"""Checks over every record of the shipped data file."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest

import regional_migration as rm
from regional_migration import PartialDate, Process
from regional_migration._core.resources import validate
from regional_migration._core.text import fold
from regional_migration._dataset.processes import DataFile
from regional_migration._dataset.registry import PROCESSES as DATA_SET
from regional_migration._dataset.schema import schema_text

DATA = resources.files("regional_migration").joinpath("data")
RAW = DATA.joinpath("processes.json").read_bytes()
OBJ = json.loads(RAW)
FILE = validate(DATA_SET, RAW)
PROCESSES = FILE.processes
ROOT = Path(__file__).resolve().parents[2]
VERSION_DAY = FILE.data_version

# Member counts as the sources state them today.
STATED_COUNTS = {
    "CRM": 11,  # IOM Puebla Process profile: "Member States (11 States)"
    "CSM": 12,  # csmigraciones.org: "doce gobiernos"
    "FEM": 5,  # MERCOSUR: four founding States Parties and Bolivia since 2024
    "LAD": 22,  # EFE, February and May 2024: "22 países firmantes"
    "MIRPS": 7,  # UN News, July 2019: El Salvador "el séptimo país"
    "QUITO": 14,  # EFE, November 2024: "14 países", Guatemala included
    "RIAM": 21,  # the seed page: 21 member states
    "CMC": 24,  # IOM's 23 "states, territories and countries" and the British Virgin Islands
    "OCAM": 8,  # the January 2019 presentation's seven, and the Dominican Republic since 2022
    "FAM": 4,  # the Andean Community's four member countries (Chile is associate)
    "EU-CELAC-MD": 60,  # 27 EU member states and 33 CELAC states (Brazil back since 2023)
    "FIBEMYD": 22,  # IOM: "22 participating states"
}
SEED = frozenset(("CRM", "CSM", "FEM", "LAD", "MIRPS", "QUITO", "RIAM"))
"""The seven processes of the seed page; the others are not on it."""


def walk(value: Any) -> list[Any]:
    """Every object and value nested in a JSON document."""
    found = [value]
    if isinstance(value, dict):
        for item in value.values():
            found += walk(item)
    elif isinstance(value, list):
        for item in value:
            found += walk(item)
    return found


def test_file_is_canonical() -> None:
    assert RAW.decode("utf-8") == json.dumps(OBJ, indent=2, ensure_ascii=False) + "\n"
    assert [p["id"] for p in OBJ["processes"]] == sorted(p["id"] for p in OBJ["processes"])
    assert [s["id"] for s in OBJ["sources"]] == sorted(s["id"] for s in OBJ["sources"])
    countries = [c["country"] for c in OBJ["refugee_commissions"]]
    assert countries == sorted(set(countries))


def test_keys_follow_model_field_order() -> None:
    def check(obj: dict[str, Any], model: Any) -> None:
        fields = list(model.model_fields)
        keys = list(obj)
        assert keys == [f for f in fields if f in obj], (model.__name__, keys)

    check(OBJ, DataFile)
    for raw, model in zip(OBJ["processes"], PROCESSES, strict=True):
        check(raw, type(model))
        for raw_m, m in zip(raw["memberships"], model.memberships, strict=True):
            check(raw_m, type(m))


def test_schema_is_in_sync() -> None:
    shipped = DATA.joinpath("processes.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: python scripts/generate_schema.py"


def test_data_version_matches() -> None:
    assert OBJ["data_version"] == rm.DATA_VERSION
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert OBJ["data_version"] in changelog, "CHANGELOG.md must mention the data version"


def all_codes() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for p in PROCESSES:
        found += [(p.id, m.country) for m in p.memberships]
        found += [(p.id, code) for pr in p.presidencies for code in pr.holders]
        found += [(p.id, code) for d in p.documents for code in d.signatories]
    found += [("commissions", c.country) for c in FILE.refugee_commissions]
    return found


@pytest.mark.parametrize(("where", "code"), sorted(set(all_codes())))
def test_codes_are_current_iso_codes(where: str, code: str) -> None:
    assert pycountry.countries.get(alpha_2=code) is not None, f"{where}: {code}"


def every_date() -> list[tuple[str, PartialDate]]:
    found: list[tuple[str, PartialDate]] = []
    for p in PROCESSES:
        found.append((f"{p.id} founded", p.founded))
        for m in p.memberships:
            found += [(f"{p.id} {m.country} since", m.since)]
            if m.until is not None:
                found.append((f"{p.id} {m.country} until", m.until))
        for pr in p.presidencies:
            found.append((f"{p.id} presidency {pr.country} start", pr.start))
            if pr.end is not None:
                found.append((f"{p.id} presidency {pr.country} end", pr.end))
        found += [(f"{p.id} {d.title}", d.date) for d in p.documents if d.date]
        found += [(f"{p.id} {w.name}", w.since) for w in p.working_groups if w.since]
    for s in FILE.sources:
        found.append((f"source {s.id} seen", s.seen))
        if s.published is not None:
            found.append((f"source {s.id} published", s.published))
    found += [
        (f"{c.country} est.", c.established) for c in FILE.refugee_commissions if c.established
    ]
    return found


@pytest.mark.parametrize(("what", "when"), every_date(), ids=str)
def test_no_date_after_the_data_version(what: str, when: PartialDate) -> None:
    assert when.earliest <= VERSION_DAY, what


def test_membership_dates_are_within_data_version() -> None:
    for p in PROCESSES:
        for m in p.memberships:
            assert m.since.latest <= VERSION_DAY, (p.id, m.country)


@pytest.mark.parametrize("process", PROCESSES, ids=lambda p: p.id)
def test_membership_counts_match_the_sources(process: Process) -> None:
    assert len(process.members) == STATED_COUNTS[process.id]
    assert process.members == process.members_on(datetime.now(UTC).date())


@pytest.mark.parametrize("process", PROCESSES, ids=lambda p: p.id)
def test_every_record_is_sourced_and_complete(process: Process) -> None:
    assert process.sources
    assert all(m.sources for m in process.memberships)
    assert bool(process.discrepancies) == (process.id in SEED), "the seed page speaks of its seven"
    assert process.founding
    for lang in ("en", "es", "fr", "pt"):
        assert process.name.get(lang)


def test_members_and_observers_are_disjoint() -> None:
    for p in PROCESSES:
        assert not p.members & p.observers, p.id


def test_every_source_is_used_once_listed() -> None:
    listed = Counter(s["id"] for s in OBJ["sources"])
    assert all(n == 1 for n in listed.values())
    used = {
        value
        for process in OBJ["processes"] + OBJ["refugee_commissions"]
        for obj in walk(process)
        if isinstance(obj, dict) and "sources" in obj
        for value in obj["sources"]
    }
    assert used == set(listed), sorted(set(listed) ^ used)


def test_sources_are_unique_per_record() -> None:
    for obj in walk(OBJ):
        if isinstance(obj, dict) and isinstance(obj.get("sources"), list) and obj is not OBJ:
            assert len(obj["sources"]) == len(set(obj["sources"])), obj


def test_names_do_not_collide_across_processes() -> None:
    owner: dict[str, str] = {}
    for p in PROCESSES:
        names = {p.id, *p.aliases}
        for text in (p.name, p.acronym):
            if text is not None:
                names |= {text.en, text.es, text.fr, text.pt}
        for name in names:
            assert owner.setdefault(fold(name), p.id) == p.id, name


def test_seed_page_is_cited_by_every_discrepancy() -> None:
    for p in PROCESSES:
        for d in p.discrepancies:
            assert any(s.id.startswith("seed") for s in d.sources), (p.id, d.topic)


def test_no_text_mentions_how_it_was_compiled() -> None:
    text = RAW.decode("utf-8").casefold()
    for word in ("fact sheet", "fact-check", "factcheck", "facts.md", "facts.json"):
        assert word not in text


def test_source_addresses_are_whole() -> None:
    for source in FILE.sources:
        assert "..." not in source.url, source.id
        assert "…" not in source.url, source.id
        assert " " not in source.url, source.id
