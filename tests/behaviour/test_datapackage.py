"""The data package: valid for the Frictionless validator, complete, and reproducible."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel

import regional_migration as rm
from regional_migration._dataset import processes as _processes
from regional_migration._dataset import records as _records
from regional_migration._outputs.datapackage import meanings
from regional_migration._outputs.frictionless import Column, ForeignKey, Table, descriptor
from regional_migration.cli import main

ROOT = Path(__file__).resolve().parents[2]
_PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package written once for the whole module; tests only read it."""
    return rm.write_datapackage(tmp_path_factory.mktemp("package") / "out")


def _written(package: Path) -> list[dict[str, Any]]:
    """The tables the package describes, as its ``datapackage.json`` lists them."""
    resources: list[dict[str, Any]] = json.loads(package.read_text(encoding="utf-8"))["resources"]
    return resources


def _rows(package: Path, table: str) -> list[dict[str, str]]:
    with (package.parent / f"{table}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def _descriptor(package: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(package.read_text(encoding="utf-8"))
    return found


def _report(path: Path) -> Any:  # frictionless ships no type hints
    frictionless = pytest.importorskip("frictionless")
    return frictionless.validate(str(path))


def test_package_passes_the_frictionless_validator(package: Path) -> None:
    report = _report(package)
    assert report.valid, report.flatten(["resource", "type", "note"])
    assert len(report.tasks) == len(_written(package)) == len(list(package.parent.glob("*.csv")))


def test_validator_checks_the_keys_that_join_the_tables(package: Path, tmp_path: Path) -> None:
    # A membership of an unknown process must be caught: the foreign keys are declared.
    broken = tmp_path / "broken"
    broken.mkdir()
    for file in package.parent.iterdir():
        (broken / file.name).write_bytes(file.read_bytes())
    memberships = broken / "memberships.csv"
    text = memberships.read_text(encoding="utf-8")
    memberships.write_text(text.replace("\nCRM,", "\nNOPE,", 1), encoding="utf-8")
    report = _report(broken / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {error[0] for error in report.flatten(["type"])}


def test_validator_checks_country_codes(package: Path, tmp_path: Path) -> None:
    for file in package.parent.iterdir():
        (tmp_path / file.name).write_bytes(file.read_bytes())
    commissions = tmp_path / "refugee_commissions.csv"
    text = commissions.read_text(encoding="utf-8")
    commissions.write_text(text.replace("\nAR,", "\nAQ,", 1), encoding="utf-8")
    report = _report(tmp_path / "datapackage.json")
    assert "foreign-key" in {error[0] for error in report.flatten(["type"])}


def test_countries_table_gives_every_code_form(package: Path) -> None:
    rows = {row["country"]: row for row in _rows(package, "countries")}
    assert rows["MX"] == {
        "country": "MX",
        "alpha3": "MEX",
        "numeric": "484",
        "name_en": "Mexico",
        "name_es": "México",
        "name_fr": "Mexique",
        "name_pt": "México",
    }
    assert rows["BO"]["numeric"] == "068"
    named = {m.country for p in rm.processes() for m in p.memberships}
    assert named <= set(rows)


def test_descriptor_names_licence_version_and_sources(package: Path) -> None:
    meta = _descriptor(package)
    assert meta["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 International",
        }
    ]
    assert meta["version"] == rm.DATA_VERSION
    assert meta["contributors"] == [{"role": "author", "title": "regional_migration maintainers"}]
    urls = [source["path"] for source in meta["sources"]]
    assert urls == [row["url"] for row in _rows(package, "sources")]
    assert all(url.startswith("http") for url in urls)
    paths = [r["path"] for r in meta["resources"]]
    assert paths == [f"{r['name']}.csv" for r in meta["resources"]]
    assert sorted(paths) == sorted(file.name for file in package.parent.glob("*.csv"))


def test_output_is_the_same_bytes_every_time(package: Path, tmp_path: Path) -> None:
    again = rm.write_datapackage(tmp_path)
    first = sorted(package.parent.iterdir())
    assert [f.name for f in first] == sorted(f.name for f in tmp_path.iterdir())
    for file in first:
        assert file.read_bytes() == (tmp_path / file.name).read_bytes(), file.name
    assert again == tmp_path / "datapackage.json"


def test_one_row_per_record(package: Path) -> None:
    processes = rm.processes()
    assert [r["id"] for r in _rows(package, "processes")] == [p.id for p in processes]
    assert len(_rows(package, "memberships")) == sum(len(p.memberships) for p in processes)
    assert len(_rows(package, "presidencies")) == sum(len(p.presidencies) for p in processes)
    assert len(_rows(package, "documents")) == sum(len(p.documents) for p in processes)
    signatories = sum(len(d.signatories) for p in processes for d in p.documents)
    assert len(_rows(package, "document_signatories")) == signatories
    commissions = [r["country"] for r in _rows(package, "refugee_commissions")]
    assert commissions == [c.country for c in rm.refugee_commissions()]


def test_partial_dates_are_written_with_their_bounds(package: Path) -> None:
    rows = _rows(package, "memberships")
    el_salvador = next(r for r in rows if r["process"] == "MIRPS" and r["country"] == "SV")
    assert el_salvador["since"] == "2019-07-01/2019-07-26"
    assert el_salvador["since_earliest"] == "2019-07-01"
    assert el_salvador["since_latest"] == "2019-07-26"
    assert el_salvador["until"] == el_salvador["until_earliest"] == ""
    assert el_salvador["sources"].split() == [s.id for s in _membership("MIRPS", "SV").sources]


def _membership(process: str, country: str) -> rm.Membership:
    return next(m for m in rm.get(process).memberships if m.country == country)


def test_every_cited_source_is_a_row_of_the_sources_table(package: Path) -> None:
    known = {row["id"] for row in _rows(package, "sources")}
    cited = {
        source
        for table in _written(package)
        if "sources" in {field["name"] for field in table["schema"]["fields"]}
        for row in _rows(package, table["name"])
        for source in row["sources"].split()
    }
    assert cited == known


# The models of the processes file, shared records included, by name.
_MODELS = {name: getattr(m, name) for m in (_records, _processes) for name in m.__all__}

# Fields written elsewhere than a column of the same name: nested records become
# tables of their own, and a record's process is the ``process`` column.
_NOT_COLUMNS = {
    "Process": {
        "name",
        "acronym",
        "aliases",
        "notes",
        "memberships",
        "observer_organizations",
        "secretariat",
        "presidencies",
        "meetings",
        "working_groups",
        "documents",
        "discrepancies",
        "pending_events",
    },
    "Document": {"signatories"},
    "RefugeeCommission": {"names"},  # written as name_en, name_es, name_fr, name_pt
}
_TABLE_OF = {
    "Process": "processes",
    "Membership": "memberships",
    "Presidency": "presidencies",
    "Meeting": "meetings",
    "Secretariat": "secretariats",
    "Organization": "observer_organizations",
    "WorkingGroup": "working_groups",
    "Document": "documents",
    "Discrepancy": "discrepancies",
    "PendingEvent": "pending_events",
    "RefugeeCommission": "refugee_commissions",
    "Source": "sources",
}


def test_every_kind_of_sourced_record_has_a_table() -> None:
    sourced = sorted(
        name
        for name, model in _MODELS.items()
        if "sources" in getattr(model, "model_fields", {})
        and name != "DataFile"  # the file itself: its sources are the sources table
    )
    assert "Membership" in sourced
    missing = [name for name in sourced if name not in _TABLE_OF]
    assert not missing, f"write a table for {missing} in regional_migration._outputs.datapackage"


@pytest.mark.parametrize("model", sorted(_TABLE_OF))
def test_every_field_of_every_record_is_written(model: str, package: Path) -> None:
    columns = {
        field["name"]
        for resource in _written(package)
        if resource["name"] == _TABLE_OF[model]
        for field in resource["schema"]["fields"]
    }
    fields = set(_MODELS[model].model_fields) - _NOT_COLUMNS.get(model, set())
    missing = sorted(fields - columns)
    assert not missing, f"add columns to the {_TABLE_OF[model]} table for {missing}"


def _field_descriptions() -> set[str]:
    """The description of every field of every model of the data files."""
    models = {rm.Instrument, rm.RecordedVote, *_MODELS.values()}
    found, seen = set(), set()
    while models:
        model = models.pop()
        seen.add(model)
        for info in getattr(model, "model_fields", {}).values():
            found.add(info.description)
            nested = [a for a in _parts(info.annotation) if isinstance(a, type)]
            models.update(a for a in nested if issubclass(a, BaseModel) and a not in seen)
    return found


def _parts(annotation: object) -> list[object]:
    """*annotation* and every type inside it."""
    return [annotation, *(part for arg in get_args(annotation) for part in _parts(arg))]


def test_every_column_is_described_once_by_its_field_or_by_the_layout(package: Path) -> None:
    where = meanings()
    fields = _field_descriptions()
    assert len(fields) > 60
    derived = 0
    for table in _written(package):
        for column in table["schema"]["fields"]:
            meaning = where[table["name"], column["name"]]
            if meaning is None:  # computed: its description is the layout's, and no copy
                assert column["description"], (table["name"], column["name"])
                assert column["description"] not in fields, (table["name"], column["name"])
            else:
                model, field = meaning
                assert column["description"] == model.model_fields[field].description
                derived += 1
    assert derived > 90
    assert len(where) == sum(len(table["schema"]["fields"]) for table in _written(package))


def test_the_layout_copies_no_field_description() -> None:
    layout = (ROOT / "src" / "regional_migration" / "_outputs" / "datapackage.py").read_text(
        encoding="utf-8"
    )
    copied = sorted(text for text in _field_descriptions() if f'"{text}"' in layout)
    assert not copied


def test_columns_take_types_values_and_requiredness_from_the_models(package: Path) -> None:
    columns = {
        (table["name"], column["name"]): column
        for table in _written(package)
        for column in table["schema"]["fields"]
    }
    assert columns["memberships", "status"]["constraints"] == {
        "required": True,
        "enum": list(get_args(rm.Status)),
    }
    assert columns["memberships", "until"]["constraints"] == {"pattern": _PARTIAL}
    assert columns["instrument_memberships", "status"]["constraints"]["enum"] == [
        "member",
        "signatory",
    ]
    assert columns["processes", "reviewed"] == {
        "name": "reviewed",
        "type": "date",
        "description": rm.Process.model_fields["reviewed"].description,
    }
    assert columns["instruments", "rule_days"]["type"] == "integer"
    assert "constraints" not in columns["instruments", "rule_days"]  # the rule is optional
    assert columns["sources", "id"]["constraints"]["pattern"] == "^[a-z0-9_]+$"
    assert columns["sources", "published_earliest"]["description"] == (
        "The first day published may denote."
    )


def test_column_schema_lists_only_the_constraints_it_has() -> None:
    plain = Column("note", "string", "A note.")
    assert plain.schema() == {"name": "note", "type": "string", "description": "A note."}
    strict = Column("x", "string", "X.", required=True, pattern="^a$", values=("a",))
    assert strict.schema()["constraints"] == {"required": True, "pattern": "^a$", "enum": ["a"]}


def test_descriptor_adds_foreign_keys_only_where_a_table_has_them() -> None:
    parent = Table("parents", "P.", (Column("id", "integer", "Id."),), ("id",), ({"id": 1},))
    child = Table(
        "children",
        "C.",
        (Column("parent", "integer", "Parent."),),
        ("parent",),
        ({"parent": 1}, {"parent": None}),
        (ForeignKey(("parent",), "parents", ("id",)),),
    )
    found = descriptor({"name": "x"}, [parent, child])
    assert found["profile"] == "tabular-data-package"
    assert found["name"] == "x"
    first, second = found["resources"]
    assert "foreignKeys" not in first["schema"]
    assert second["schema"]["foreignKeys"] == [
        {"fields": ["parent"], "reference": {"resource": "parents", "fields": ["id"]}}
    ]
    assert child.csv() == 'parent\n1\n""\n'  # the csv module quotes a lone empty cell


def test_command_writes_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datapackage", str(tmp_path / "pkg")]) == 0
    out = capsys.readouterr().out
    assert out == f"wrote {tmp_path / 'pkg' / 'datapackage.json'}\n"
    assert (tmp_path / "pkg" / "memberships.csv").is_file()


def test_command_reports_a_folder_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "a-file"
    taken.write_text("x", encoding="utf-8")
    assert main(["datapackage", str(taken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("regional-migration: error: cannot write")
    assert "a-file" in err


def test_states_without_an_act_are_written_as_non_parties_or_unknowns(package: Path) -> None:
    positions = {
        (row["instrument"], row["country"]): row["position"]
        for row in _rows(package, "instrument_positions")
    }
    convention = rm.get("1951 Convention")
    assert isinstance(convention, rm.Instrument)
    for country in convention.unknown:
        assert positions[convention.id, country] == "unknown"
    for record in convention.non_parties:
        assert positions[convention.id, record.country] == "non_party"
    assert len(positions) == sum(len(i.unknowns) + len(i.non_parties) for i in rm.instruments())
    unrecorded = {row["id"]: row["adopters_unknown"] for row in _rows(package, "instruments")}
    assert unrecorded["MEXICO-DECLARATION-2004"]
    assert not unrecorded["REFUGEE-CONVENTION-1951"]


def test_a_partial_roll_is_marked_and_writes_only_the_states_on_record(package: Path) -> None:
    votes = {row["resolution"]: row for row in _rows(package, "votes")}
    assert {r: row["roll"] for r, row in votes.items()} == {
        "A/RES/73/151": "complete",
        "A/RES/73/195": "complete",
        "A/RES/73/326": "partial",
    }
    forums = votes["A/RES/73/326"]
    assert (forums["yes"], forums["no"], forums["abstain"]) == ("118", "5", "13")
    assert "GA/12166" in forums["note"]
    assert not votes["A/RES/73/195"]["note"]
    state_votes = _rows(package, "state_votes")
    on_record = {
        row["country"]: row["vote"] for row in state_votes if row["resolution"] == "A/RES/73/326"
    }
    # The United States is recorded as no; Paraguay, not on record, has no row at all.
    assert on_record == {"US": "no"}
    per_vote = {r: sum(row["resolution"] == r for row in state_votes) for r in votes}
    assert per_vote == {"A/RES/73/151": 37, "A/RES/73/195": 37, "A/RES/73/326": 1}
    tables = {table["name"]: table for table in _written(package)}
    assert "partial" in tables["votes"]["description"]
    assert "not on record" in tables["state_votes"]["description"]
    roll = next(f for f in tables["votes"]["schema"]["fields"] if f["name"] == "roll")
    assert roll["constraints"]["enum"] == ["complete", "partial"]
    assert roll["description"] == rm.RecordedVote.model_fields["roll"].description
