"""Citation and licences: CITATION.cff, the data licence apart from the code's, and the metadata."""

from __future__ import annotations

import json
import re
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from project_scripts import load_script

import regional_migration as rm

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
MAINTAINERS = "regional_migration maintainers"

# Citation File Format 1.2.0: the keys a file may hold, and the reference types used here.
_CFF_KEYS = frozenset(
    {
        *("abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi"),
        *("identifiers", "keywords", "license", "license-url", "message"),
        *("preferred-citation", "references", "repository", "repository-artifact"),
        *("repository-code", "title", "type", "url", "version"),
    }
)
_SPDX = {"MIT", "CC-BY-4.0"}


def _citation() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    found: dict[str, Any] = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    return found


def test_citation_file_follows_cff_1_2_0() -> None:
    cff = _citation()
    assert cff["cff-version"] == "1.2.0"
    assert {"cff-version", "message", "title", "authors"} <= set(cff)
    assert set(cff) <= _CFF_KEYS, sorted(set(cff) - _CFF_KEYS)
    assert cff["type"] in {"software", "dataset"}
    assert cff["license"] in _SPDX
    reference = cff["preferred-citation"]
    assert {"type", "title", "authors"} <= set(reference)
    assert reference["type"] == "data"
    assert reference["license"] in _SPDX


def _data_licence(folder: Path) -> dict[str, str]:
    """The data licence that the written data package declares."""
    written = json.loads(rm.write_datapackage(folder).read_text(encoding="utf-8"))
    licences: list[dict[str, str]] = written["licenses"]
    assert len(licences) == 1
    return licences[0]


def test_citation_names_no_person_and_the_right_licences(tmp_path: Path) -> None:
    cff = _citation()
    licence = _data_licence(tmp_path)
    assert cff["authors"] == [{"name": MAINTAINERS}]
    assert cff["preferred-citation"]["authors"] == [{"name": MAINTAINERS}]
    assert cff["license"] == "MIT"
    assert cff["preferred-citation"]["license"] == licence["name"] == "CC-BY-4.0"
    assert "DATA_VERSION" in cff["message"]


def test_citation_version_is_the_package_version() -> None:
    assert _citation()["version"] == PROJECT["version"]


def test_metadata_states_the_code_and_data_licences() -> None:
    assert PROJECT["license"] == "MIT AND CC-BY-4.0 AND Unicode-3.0 AND ISC"
    assert PROJECT["license-files"] == [
        "LICENSE",
        "DATA-LICENSE",
        "LICENSE-UNICODE",
        "src/regional_migration/data/LICENSE-GEOMETRY",
    ]
    for name in PROJECT["license-files"]:
        assert (ROOT / name).is_file(), name
    installed = metadata.metadata("regional-migration")
    assert installed["License-Expression"] == PROJECT["license"]
    assert sorted(installed.get_all("License-File") or []) == sorted(PROJECT["license-files"])


def test_data_licence_is_stated_apart_from_the_code_licence(tmp_path: Path) -> None:
    data_licence = _data_licence(tmp_path)
    data = (ROOT / "DATA-LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in data
    assert data_licence["path"] in data
    assert "processes.json" in data
    assert "MIT" in data
    assert "Unicode License v3" in data
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "SPDX-License-Identifier: Unicode-3.0" in (ROOT / "LICENSE-UNICODE").read_text(
        encoding="utf-8"
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    licence = readme.split("\n## Licence", 1)[1]
    assert "MIT" in licence
    assert "CC BY 4.0" in licence
    assert "CITATION.cff" in licence


def test_wheel_check_requires_every_licence_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check = load_script("check_wheel")
    source = check.SOURCE
    wheel = tmp_path / "regional_migration-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for file in sorted(source.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                zf.writestr(f"regional_migration/{file.relative_to(source).as_posix()}", "")
        zf.writestr("regional_migration/data/digests.json", "{}")  # written by the build hook
        for name in ("LICENSE", "LICENSE-UNICODE", "src/regional_migration/data/LICENSE-GEOMETRY"):
            zf.writestr(f"regional_migration-0.dist-info/licenses/{name}", "")
    assert check.main(str(wheel)) == 1
    assert capsys.readouterr().out == "missing from wheel: *.dist-info/licenses/DATA-LICENSE\n"
    with zipfile.ZipFile(wheel, "a") as zf:
        zf.writestr("regional_migration-0.dist-info/licenses/DATA-LICENSE", "")
    assert check.main(str(wheel)) == 0
    assert re.search(r"py.typed and licences present\n$", capsys.readouterr().out)
