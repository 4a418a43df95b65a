"""The package's layers (docs/architecture.md): imports go down, never up or sideways.

An ``ast`` walk over every module of ``src/regional_migration``. A module imports only
modules of lower layers. An import inside a function is allowed only to defer a real
cost: its line says ``cost:`` and names it, and a fresh interpreter shows that
importing the package does not load that module, so the cost is really deferred.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "regional_migration"
PACKAGE = "regional_migration"

# Bottom first. A module may import only modules of a strictly lower layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("_text", "_html"),
    ("_dates", "_export", "_messages", "_iso3166"),
    ("_resources", "_frictionless"),
    ("_country_index", "_geometry"),
    ("_countries",),
    ("_models",),
    ("_instruments",),
    ("_instrument_registry",),
    ("_schema", "_registry"),
    ("_compare", "_table", "_timeline", "_datapackage", "_country_batch", "_profile"),
    ("_plot",),
    ("__init__",),
    ("cli",),
    ("__main__",),
)
LAYER = {module: level for level, modules in enumerate(LAYERS) for module in modules}

# What the command line may use besides the package's face: the output helpers (text,
# and the words of its four languages) and the errors.
CLI_SEAMS = {"__init__", "errors", "_export", "_messages"}


def _modules() -> list[Path]:
    return sorted(SOURCE.glob("*.py"))


def _imports(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import, type checkers' included, with whether it sits inside a function."""
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, in_function))
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            visit(child, inside)

    visit(tree, in_function=False)
    return found


def _targets(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The full names of the modules *node* imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative imports are not used; name them so the test reports them
        base = f"{PACKAGE}.{base}" if base else PACKAGE
    if base == PACKAGE:  # "from regional_migration import errors" names a module or a name
        return [
            f"{PACKAGE}.{alias.name}" if f"{alias.name}.py" in _names() else PACKAGE
            for alias in node.names
        ]
    return [base]


def _names() -> set[str]:
    return {path.name for path in _modules()}


def _own(target: str) -> str | None:
    """The module of this package that *target* names, or ``None``."""
    if target == PACKAGE:
        return "__init__"
    if target.startswith(f"{PACKAGE}."):
        return target.split(".")[1]
    return None


def test_every_module_has_a_layer() -> None:
    assert sorted(path.stem for path in _modules()) == sorted(LAYER)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.stem)
def test_imports_only_go_down(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    here = path.stem
    problems: list[str] = []
    for node, in_function in _imports(tree):
        line = lines[node.lineno - 1]
        for target in _targets(node):
            own = _own(target)
            if in_function and not _names_a_cost(line):
                problems.append(
                    f"line {node.lineno}: {target} imported inside a function "
                    "without a comment naming the cost it defers ('cost: ...')"
                )
            if own is None:
                continue
            if LAYER[own] >= LAYER[here] and not (here == "__init__" and own == here):
                problems.append(f"line {node.lineno}: {here} imports {target}, not below")
            elif here == "cli" and own not in CLI_SEAMS:
                problems.append(f"line {node.lineno}: the command line imports {target}")
    assert not problems, "\n".join(problems)


def _names_a_cost(line: str) -> bool:
    """Whether *line* carries a comment that names, after ``cost:``, what it defers."""
    comment = line.partition("#")[2]
    return bool(comment.partition("cost:")[2].strip())


def _deferred() -> list[str]:
    """Every module that some module of the package imports inside a function."""
    found = {
        target
        for path in _modules()
        for node, in_function in _imports(ast.parse(path.read_text(encoding="utf-8")))
        if in_function
        for target in _targets(node)
    }
    return sorted(found)


def test_every_deferred_import_keeps_its_module_off_the_import_path() -> None:
    deferred = _deferred()
    assert "regional_migration._instrument_registry" in deferred  # the walk finds them
    code = f"import sys, regional_migration\nprint([m for m in {deferred!r} if m in sys.modules])"
    loaded = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert loaded == "[]", f"deferred, yet loaded by importing the package: {loaded}"


def test_the_walk_sees_upward_and_deferred_imports() -> None:
    tree = ast.parse(
        "import difflib\n"
        "from regional_migration import _plot\n"
        "def f():\n"
        "    from regional_migration._models import Process\n"
        "    import json\n"
    )
    found = [(_targets(node), inside) for node, inside in _imports(tree)]
    assert found == [
        (["difflib"], False),
        (["regional_migration._plot"], False),
        (["regional_migration._models"], True),
        (["json"], True),
    ]


def test_a_deferred_import_must_name_its_cost() -> None:
    assert _names_a_cost("    import difflib  # noqa: PLC0415 - cost: difflib's import")
    assert not _names_a_cost("    import difflib  # noqa: PLC0415")
    assert not _names_a_cost("    import difflib  # noqa: PLC0415 - cost:")
    assert not _names_a_cost("    import difflib")
