"""The package's layers (docs/architecture.md): imports go down, never up or sideways.

The folders of ``src/regional_migration`` are the layers: ``errors``, then ``_core``,
``_countries``, ``_dataset``, ``_answers`` and ``_outputs``, then ``types`` (the
record parts for annotations), the face (``__init__``), the command line and
``__main__``. Inside a folder, its ``__init__`` docstring lists the modules line by
line, bottom first. An ``ast`` walk over every
module checks that each imports only modules of a lower folder or of a lower line of
its own folder. An import inside a function is allowed only to defer a real cost: its
line says ``cost:`` and names it, and a fresh interpreter shows that importing the
package does not load that module, so the cost is really deferred.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "regional_migration"
PACKAGE = "regional_migration"

# Bottom first: a module may import only modules of a strictly lower entry, or of a
# lower line inside its own folder (read from the folder's docstring).
FOLDERS: tuple[str, ...] = (
    "errors",
    "_core",
    "_countries",
    "_dataset",
    "_answers",
    "_outputs",
    "types",
    "__init__",
    "cli",
    "__main__",
)

# What the command line may use besides the package's face: the output helpers (text,
# and the words of its four languages) and the errors.
CLI_SEAMS = {"__init__", "errors", "_core.export", "_core.files", "_core.messages"}


def _order(folder: str) -> dict[str, int]:
    """The line of each module in *folder*'s docstring, bottom first."""
    doc = importlib.import_module(f"{PACKAGE}.{folder}").__doc__ or ""
    lines = doc.split("bottom first", 1)[1].split("\n")[1:]
    modules = [line.split() for line in lines if line.startswith("    ")]
    return {name: level for level, names in enumerate(modules, 1) for name in names}


def _rank(module: str) -> tuple[int, int]:
    """Where *module* (``errors``, ``_core.text``...) stands: folder, then line."""
    folder, _, name = module.partition(".")
    return FOLDERS.index(folder), _order(folder)[name] if name else 0


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def _name(path: Path) -> str:
    """The module name of *path* relative to the package: ``_core.text``, ``cli``."""
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1]) if parts[-1] == "__init__" and len(parts) > 1 else ".".join(parts)


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
    if base == PACKAGE or base.startswith(f"{PACKAGE}."):
        # "from regional_migration._core import text" names a module; other names are
        # taken from the module *base* itself.
        return [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in _dotted() else base
            for alias in node.names
        ]
    return [base]


def _dotted() -> set[str]:
    """The full dotted name of every module and folder of the package."""
    return {f"{PACKAGE}.{_name(path)}" for path in _modules()}


def _own(target: str) -> str | None:
    """The module of this package that *target* names, or ``None``."""
    if target == PACKAGE:
        return "__init__"
    if target.startswith(f"{PACKAGE}."):
        return target.removeprefix(f"{PACKAGE}.")
    return None


def test_every_module_has_a_layer() -> None:
    for path in _modules():
        _rank(_name(path))  # raises for a folder or module no layer names
    named = {
        f"{folder}.{name}"
        for folder in FOLDERS
        if folder.startswith("_") and folder not in {"__init__", "__main__"}
        for name in _order(folder)
    }
    files = {_name(path) for path in _modules() if "." in _name(path)}
    assert named == files, "a folder's docstring must list exactly its modules"


def test_every_folder_is_a_layer() -> None:
    folders = sorted(path.name for path in SOURCE.iterdir() if (path / "__init__.py").exists())
    assert folders == sorted(f for f in FOLDERS if f.startswith("_") and not f.endswith("__"))


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_imports_only_go_down(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    here = _name(path)
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
            if _rank(own) >= _rank(here) and not (here == "__init__" and own == here):
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
    assert "regional_migration._dataset.instruments" in deferred  # the walk finds them
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
        "from regional_migration._outputs import plot\n"
        "def f():\n"
        "    from regional_migration._dataset.processes import Process\n"
        "    import json\n"
    )
    found = [(_targets(node), inside) for node, inside in _imports(tree)]
    assert found == [
        (["difflib"], False),
        (["regional_migration._outputs.plot"], False),
        (["regional_migration._dataset.processes"], True),
        (["json"], True),
    ]


def test_a_deferred_import_must_name_its_cost() -> None:
    assert _names_a_cost("    import difflib  # noqa: PLC0415 - cost: difflib's import")
    assert not _names_a_cost("    import difflib  # noqa: PLC0415")
    assert not _names_a_cost("    import difflib  # noqa: PLC0415 - cost:")
    assert not _names_a_cost("    import difflib")
