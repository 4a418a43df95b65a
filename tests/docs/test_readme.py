"""The README's promises: its commands are the ones CI runs, and its sections are whole."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _try_it_commands() -> list[str]:
    section = README.split("\n## Try it\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```console\n(.*?)\n```", section)


def test_newcomer_commands_are_the_ones_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = _try_it_commands()
    assert len(commands) == 2
    main, tests = commands
    assert tests in ci, "the README's test command must be a line of .ci/run"
    assert tests.endswith(".venv/bin/python -m pytest")
    # CI runs the first command quietly (-q); otherwise it is the same command.
    assert main.replace("pip install .", "pip install -q .") in ci


def test_one_section_per_title() -> None:
    titles = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert len(titles) == len(set(titles)), titles
    assert "Documentation" in titles


def test_install_section_names_every_way_and_both_extras() -> None:
    install = README.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    assert "python3 -m pip install .\n" in install
    assert f"dist/regional_migration-{VERSION}-py3-none-any.whl" in install
    assert "git+" in install
    assert "[pandas,plot]" in install
    assert "takes a few minutes" in README.split("\n## Try it\n", 1)[1]


def test_versions_are_explained() -> None:
    versions = README.split("\n## Versions\n", 1)[1].split("\n## ", 1)[0]
    assert "`__version__`" in versions
    assert "`DATA_VERSION`" in versions
