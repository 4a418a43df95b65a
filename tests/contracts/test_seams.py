"""Tests and benchmarks use the public API, or a seam that docs/architecture.md names.

An ``ast`` walk over tests/ and benchmarks/: every private module of the package that
they import, and every name they take from it, must be a named seam.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "regional_migration"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# The seams of docs/architecture.md: a module, and the names that may be used from it
# (``None``: all of them).
SEAMS: dict[str, frozenset[str] | None] = {
    "_core.resources": None,  # the data layer: point it at a damaged copy, clear its cache
    # The models of the processes file: build made-up records and files through them.
    "_dataset.records": None,  # the shared records (sources, membership periods...)
    "_dataset.processes": None,  # processes, their parts, refugee commissions, the file
    "_countries.index": None,  # the country files' data sets, their models and records
    "_core.text": None,  # folding and the suggester, tried on made-up keys
    "_core.messages": frozenset({"MESSAGES", "say"}),  # every word, checked in four languages
    "_dataset.registry": frozenset({"PROCESSES"}),  # the processes data set, to damage it
    "_dataset.instruments": frozenset({"INSTRUMENTS"}),  # the instruments, likewise
    # Codes no data set names (every ISO country, XK, ZZ) shown and coded; fold spied on
    # to see that no long input is folded; the readings replaced to see two refused.
    "_countries.lookup": frozenset({"display_name", "iso_codes", "fold", "_expansions"}),
    "_countries.schemes": frozenset({"CROSSWALK"}),  # the crosswalk data set, to damage it
    "_countries.batch": frozenset({"country_code"}),  # spied on: each value resolved once
    # The data package writer tried on made-up tables, cases the data does not hold.
    "_outputs.frictionless": frozenset({"Column", "ForeignKey", "Table", "descriptor"}),
    # Where each column's description comes from: its model's field, or the layout.
    "_outputs.datapackage": frozenset({"meanings"}),
    "_dataset.schema": frozenset({"schema_text"}),  # the shipped schema equals the models' own
    "_outputs.plot": frozenset({"STATUS_COLOURS"}),  # one colour per status of STATUSES
    "_outputs.map": frozenset({"COLOURS"}),  # the maps' colours, measured in grey
    # The release: its panel's labels, and its data package writer replaced to fail
    # half-way, to see that no half-written release is left.
    "_outputs.release": frozenset({"PANEL_LABELS", "write_datapackage"}),
}
SOURCE = ROOT / "src" / PACKAGE


def _files() -> list[Path]:
    return sorted([*(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").glob("*.py")])


def _modules() -> set[str]:
    """The dotted name, below the package, of every private module: ``_core.text``."""
    names = set()
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and parts[0].startswith("_") and not parts[0].startswith("__"):
            names.add(".".join(parts))
    return names


def _uses(tree: ast.AST) -> dict[str, set[str | None]]:
    """The private modules of the package used in *tree*, with the names used from each.

    ``None`` among the names stands for a module imported whole by its dotted name.
    """
    uses: dict[str, set[str | None]] = {}
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        for module, name, alias in _imported(node):
            uses.setdefault(module, set())
            if alias is None:
                uses[module].add(name)
            else:
                aliases[alias] = module
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            aliased = aliases.get(node.value.id)
            if aliased is not None:
                uses[aliased].add(node.attr)
    return uses


def _imported(node: ast.AST) -> list[tuple[str, str | None, str | None]]:
    """(private module, name taken from it, local alias of the module) per import."""
    prefix = f"{PACKAGE}."
    if isinstance(node, ast.Import):
        return [
            (alias.name.removeprefix(prefix), None, None)
            for alias in node.names
            if alias.name.startswith(f"{prefix}_")
        ]
    if not isinstance(node, ast.ImportFrom) or not node.module:
        return []
    found: list[tuple[str, str | None, str | None]] = []
    base = node.module.removeprefix(PACKAGE).removeprefix(".")
    for alias in node.names:
        whole = f"{base}.{alias.name}" if base else alias.name
        if whole in _modules():  # a module taken whole, used through its local name
            found.append((whole, None, alias.asname or alias.name))
        elif base in _modules():
            found.append((base, alias.name, None))
    return found


def _allowed(module: str, name: str | None) -> bool:
    if module not in SEAMS:
        return False
    names = SEAMS[module]
    return names is None or name in names


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_only_named_seams_are_used(path: Path) -> None:
    uses = _uses(ast.parse(path.read_text(encoding="utf-8")))
    problems = [
        f"{module}.{name}"
        for module, names in sorted(uses.items())
        for name in sorted(names, key=str)
        if not (_allowed(module, name))
    ]
    assert not problems, f"private names used, not a named seam: {problems}"


def test_every_seam_is_named_in_the_architecture_page() -> None:
    page = ARCHITECTURE.read_text(encoding="utf-8")
    section = page.split("## Seams for tests and benchmarks", 1)[1].split("\n## ", 1)[0]
    for module in SEAMS:
        assert f"`{module}" in section, module


def test_every_seam_is_still_used() -> None:
    used: set[str] = set()
    for path in _files():
        used.update(_uses(ast.parse(path.read_text(encoding="utf-8"))))
    assert set(SEAMS) <= used, "remove the seam: nothing uses it any more"


def test_the_walk_sees_every_form() -> None:
    tree = ast.parse(
        "from regional_migration import errors\n"
        "from regional_migration._core import resources as r\n"
        "from regional_migration._dataset import processes\n"
        "from regional_migration._core.text import fold\n"
        "import regional_migration._core.dates\n"
        "r._cache\n"
        "processes.DataFile\n"
    )
    assert _uses(tree) == {
        "_core.resources": {"_cache"},
        "_dataset.processes": {"DataFile"},
        "_core.text": {"fold"},
        "_core.dates": {None},
    }
    assert not _allowed("_core.dates", None)
    assert not _allowed("_dataset.registry", "resolve_all")
    assert _allowed("_dataset.registry", "PROCESSES")
