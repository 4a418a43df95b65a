"""scripts/data_diff.py names every change, and both scripts fail in one line on bad input."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from project_scripts import load_script

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parents[2] / "src" / "regional_migration" / "data"
PROCESSES = json.loads((DATA / "processes.json").read_text(encoding="utf-8"))
INSTRUMENTS = json.loads((DATA / "instruments.json").read_text(encoding="utf-8"))


def _process(data: dict[str, Any], pid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in data["processes"] if p["id"] == pid)
    return found


def _rename(data: dict[str, Any]) -> None:
    _process(data, "CRM")["name"]["en"] = "Renamed Conference"


def _confidence(data: dict[str, Any]) -> None:
    _process(data, "CRM")["memberships"][0]["confidence"] = "low"


def _sources(data: dict[str, Any]) -> None:
    _process(data, "CRM")["memberships"][0]["sources"] = ["crm_iom"]


def _duplicate_presidency(data: dict[str, Any]) -> None:
    presidencies = _process(data, "CRM")["presidencies"]
    presidencies.append(presidencies[0])


def _acronym(data: dict[str, Any]) -> None:
    _process(data, "CRM")["acronym"]["es"] = "CRMX"


def _founded(data: dict[str, Any]) -> None:
    _process(data, "CRM")["founded"] = "1995"


def _act_date(data: dict[str, Any]) -> None:
    brazil = next(i for i in data["instruments"] if i["id"] == "BRAZIL-DECLARATION-2014")
    brazil["actions"][0]["date"] = "1990-01-01"


def _instrument_note(data: dict[str, Any]) -> None:
    data["instruments"][0]["notes"] = [*data["instruments"][0].get("notes", []), "A new note."]


def _vote(data: dict[str, Any]) -> None:
    data["votes"][0]["votes"]["MX"] = "abstain"


def _schema_version(data: dict[str, Any]) -> None:
    data["schema_version"] = 2


EDITS: list[tuple[str, dict[str, Any], Callable[[dict[str, Any]], None], str]] = [
    ("renamed process", PROCESSES, _rename, 'CRM: name.en: "Regional Conference on Migration"'),
    ("confidence", PROCESSES, _confidence, '.confidence: "high" -> "low"'),
    ("sources", PROCESSES, _sources, ".sources: removed"),
    ("duplicated presidency", PROCESSES, _duplicate_presidency, "CRM: presidencies: added"),
    ("acronym", PROCESSES, _acronym, 'CRM: acronym.es: "CRM" -> "CRMX"'),
    ("founding date", PROCESSES, _founded, 'CRM: founded: "1996-03-13" -> "1995"'),
    ("act date", INSTRUMENTS, _act_date, "actions[AG adoption 1990-01-01]: added"),
    ("instrument note", INSTRUMENTS, _instrument_note, 'notes: added "A new note."'),
    ("vote", INSTRUMENTS, _vote, 'votes.MX: "yes" -> "abstain"'),
    ("schema version", INSTRUMENTS, _schema_version, "schema_version: 1 -> 2"),
]


@pytest.mark.parametrize(("label", "data", "edit", "said"), EDITS, ids=[e[0] for e in EDITS])
def test_every_kind_of_edit_is_named(  # noqa: PLR0913, PLR0917 - fixtures and one case
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    label: str,
    data: dict[str, Any],
    edit: Callable[[dict[str, Any]], None],
    said: str,
) -> None:
    script = load_script("data_diff")
    new = copy.deepcopy(data)
    edit(new)
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    assert script.main([str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 0
    out = capsys.readouterr().out
    assert out != "no change\n", label
    assert said in out, out
    assert script.main([str(tmp_path / "new.json"), str(tmp_path / "new.json")]) == 0
    assert capsys.readouterr().out == "no change\n"


BAD: list[tuple[str, str | None, str]] = [
    ("missing file", None, "cannot read"),
    ("invalid JSON", '{"processes": [', "is not valid JSON"),
    ("not an object", "[1, 2]", "is not a JSON object"),
    ("process without id", '{"processes": [{"name": "x"}]}', "processes.0 has no 'id'"),
    ("process not an object", '{"processes": [5]}', "processes.0 has no 'id'"),
    ("processes not a list", '{"processes": 5}', "processes is not a list"),
    ("id listed twice", '{"sources": [{"id": "a"}, {"id": "a"}]}', "a is listed twice"),
    ("not text", b"\xff\xfe\x00".decode("latin-1"), "is not valid JSON"),
]


@pytest.mark.parametrize(("label", "text", "said"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, text: str | None, said: str
) -> None:
    script = load_script("data_diff")
    bad = tmp_path / "bad.json"
    if text is not None:
        bad.write_text(text, encoding="utf-8")
    assert script.main([str(DATA / "processes.json"), str(bad)]) == 2, label
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("data_diff: ")
    assert err.count("\n") == 1
    assert said in err


@pytest.mark.parametrize(
    ("label", "content", "said"),
    [
        ("missing", None, "No such file or directory"),
        ("not a zip file", b"not a wheel", "File is not a zip file"),
        ("digests not JSON", "digests", "Expecting property name"),
        ("digests not an object", "list", "is not a JSON object"),
    ],
)
def test_check_wheel_fails_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    label: str,
    content: bytes | str | None,
    said: str,
) -> None:
    check = load_script("check_wheel")
    wheel = tmp_path / "regional_migration-0-py3-none-any.whl"
    if isinstance(content, bytes):
        wheel.write_bytes(content)
    elif content is not None:
        with zipfile.ZipFile(wheel, "w") as zf:
            digests = "[1]" if content == "list" else "{not json"
            zf.writestr("regional_migration/data/digests.json", digests)
    assert check.main(str(wheel)) == 2, label
    err = capsys.readouterr().err
    assert err.startswith(f"check_wheel: cannot read {wheel}: ")
    assert err.count("\n") == 1
    assert said in err
