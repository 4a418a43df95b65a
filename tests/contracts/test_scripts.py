"""Every generator script has one shape: ``main(argv)``, and ``--check`` to compare."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from project_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
GENERATORS = sorted(
    path.stem
    for path in (ROOT / "scripts").glob("*.py")
    if path.stem.startswith(("generate_", "update_"))
)


def test_the_generators_are_found() -> None:
    assert {"generate_face", "generate_schema", "update_cli_docs"} <= set(GENERATORS)


@pytest.mark.parametrize("name", GENERATORS)
def test_each_generator_takes_argv_and_its_files_are_current(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script(name)
    assert list(inspect.signature(script.main).parameters) == ["argv"]
    assert script.main(["--check"]) == 0, capsys.readouterr().out


def test_a_stale_file_is_named_with_the_command_that_refreshes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_or_check = load_script("_generated").write_or_check
    target = tmp_path / "file.txt"
    target.write_text("old", encoding="utf-8")
    assert write_or_check({target: "new"}, ["--check"], "python refresh.py") == 1
    assert capsys.readouterr().out == f"{target} is stale; run: python refresh.py\n"
    assert target.read_text(encoding="utf-8") == "old"
    assert write_or_check({target: "new"}, [], "python refresh.py") == 0
    assert target.read_text(encoding="utf-8") == "new"
    assert write_or_check({target: b"new"}, ["--check"], "python refresh.py") == 0
    assert write_or_check({target: "new"}, ["--force"], "python refresh.py") == 2
