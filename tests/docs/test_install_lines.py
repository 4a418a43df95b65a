"""Install lines and docs that work: no line names an index the package is not on.

The package is on no package index, so every install line names a clone (``.``), a
built wheel or a git address; a line such as ``pip install regional-migration``
would fail on a fresh machine. The site opens from disk, and the command line page
lists every table of the data package.
"""

from __future__ import annotations

import json
import re
import tempfile
import tomllib
from pathlib import Path

import pytest

import regional_migration as rm

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

# What may follow "pip install" (after options): a folder, a wheel or a git address,
# each with extras in brackets, quoted or not.
_TARGET = re.compile(
    r"""^(?P<q>["']?)(\.|dist/regional_migration-[^\s"']+\.whl|regional-migration @ git\+\S+?)"""
    r"""(\[[a-z,]+\])?(?P=q)$"""
)
_LINE = re.compile(r"pip install((?:\s+-\S+)*)\s+(?P<target>.+?)(?=`|$|\s+&&|\s+from\b)")


def _texts() -> list[tuple[str, str]]:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    paths += sorted((ROOT / "src").rglob("*.py"))
    found = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in paths]
    for notebook in sorted((ROOT / "docs").rglob("*.ipynb")):  # the tour's text cells
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        found.append((notebook.relative_to(ROOT).as_posix(), text))
    return found


def _install_lines() -> list[tuple[str, str]]:
    # A template, such as the message of a missing extra, is checked by what it says.
    return [
        (name, match["target"].strip())
        for name, text in _texts()
        for line in text.splitlines()
        if "{" not in line
        for match in _LINE.finditer(line)
    ]


def test_install_lines_are_found() -> None:
    assert len(_install_lines()) >= 8  # the README's and the docs' lines


@pytest.mark.parametrize(("where", "target"), _install_lines())
def test_every_install_line_names_a_clone_a_wheel_or_a_git_address(where: str, target: str) -> None:
    if not re.search(r"regional[-_]migration|^['\"]?\.", target):
        return  # another package, such as duckdb for a recipe: on the index it names
    assert _TARGET.match(target), f"{where}: 'pip install {target}' needs a package index"


def test_the_error_for_a_missing_extra_gives_a_line_that_works() -> None:
    message = str(rm.MissingExtraError("pandas", "pandas"))
    target = message.split("pip install ", 1)[1].split(" from", 1)[0]
    assert _TARGET.match(target), message


def test_the_wheel_named_in_the_readme_is_the_one_a_build_makes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wheels = set(re.findall(r"dist/(regional_migration-[^\s\"'\[]+\.whl)", readme))
    assert wheels == {f"regional_migration-{PROJECT['version']}-py3-none-any.whl"}


def test_every_extra_named_in_an_install_line_is_declared() -> None:
    declared = set(PROJECT["optional-dependencies"])
    for where, target in _install_lines():
        for extras in re.findall(r"\[([a-z,]+)\]", target):
            assert set(extras.split(",")) <= declared, where


def test_the_site_opens_from_disk() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^use_directory_urls: false$", config, re.MULTILINE)


def test_the_docs_tools_are_an_extra() -> None:
    docs = {
        re.split(r"[\[<>=]", r, maxsplit=1)[0] for r in PROJECT["optional-dependencies"]["docs"]
    }
    assert {"mkdocs", "mkdocs-material", "mkdocstrings"} <= docs


def test_the_command_line_page_lists_every_table_of_the_data_package() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = page.split("## `datapackage DIR`", 1)[1].split("\n## ", 1)[0]
    names = [r["name"] for r in _descriptor()["resources"]]  # type: ignore[attr-defined]
    missing = [name for name in names if f"`{name}`" not in section]
    assert not missing, f"docs/cli.md does not list {missing}"


def _descriptor() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        found: dict[str, object] = json.loads(rm.write_datapackage(folder).read_text("utf-8"))
    return found
