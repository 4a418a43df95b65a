"""The constraints file that CI installs pins exactly the floors pyproject.toml declares.

`.ci/run` runs the suite once more with `.ci/floors.txt`; this keeps that run honest
when a floor moves in pyproject.toml and not in the constraints file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / ".ci" / "floors.txt"

# Tools of the extras that the suite does not run (CI runs them in their own steps
# at their current versions), and babel, which the extra pins exactly.
NOT_RUN_BY_THE_SUITE = frozenset(
    {
        "mypy",
        "ruff",
        "mkdocs",
        "mkdocs-material",
        "mkdocstrings",
        "griffe-pydantic",
        "mkdocs-jupyter",
        "babel",
    }
)


def declared_floors() -> dict[str, Version]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        texts.extend(extra)
    floors: dict[str, Version] = {}
    for text in texts:
        requirement = Requirement(text)
        if requirement.name in NOT_RUN_BY_THE_SUITE or requirement.name == project["name"]:
            continue
        lows = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
        assert len(lows) == 1, f"{text}: give one lower bound, so that it can be tested"
        floors[requirement.name] = lows[0]
    return floors


def pinned() -> dict[str, Version]:
    if not FLOORS.exists():  # the constraints file ships with the repository, not the sdist
        pytest.skip(f"{FLOORS} is not here")
    pins: dict[str, Version] = {}
    for line in FLOORS.read_text(encoding="utf-8").splitlines():
        found = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line.strip())
        if found:
            pins[found[1].lower()] = Version(found[2])
    return pins


def test_every_declared_floor_is_pinned_to_itself() -> None:
    floors = declared_floors()
    assert {"pydantic", "pycountry", "pandas", "matplotlib", "pytest"} <= set(floors)
    pins = pinned()
    assert {name: pins.get(name) for name in floors} == floors
