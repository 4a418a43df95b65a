"""Run the examples in the docstrings of the installed package."""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import regional_migration

MODULES = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(regional_migration.__path__, "regional_migration.")
    if info.name != "regional_migration.__main__"
]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _examples() -> list[doctest.DocTest]:
    """Every docstring example, run with the globals of the module that defines it.

    Public objects name the package's face as their module, so a finder given the
    private module skips them; they are found through the module's ``PUBLIC`` list.
    """
    finder = doctest.DocTestFinder()
    found = [test for test in finder.find(regional_migration) if test.name == "regional_migration"]
    for module in MODULES:
        found += finder.find(module)
        for name in getattr(module, "PUBLIC", ()):
            found += finder.find(
                getattr(module, name), f"{module.__name__}.{name}", module=False, globs=vars(module)
            )
    return sorted((test for test in found if test.examples), key=lambda test: test.name)


EXAMPLES = _examples()


def test_docstrings_have_examples() -> None:
    assert sum(len(t.examples) for t in EXAMPLES) >= 20


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda t: t.name)
def test_docstring_example(example: doctest.DocTest) -> None:
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(example, out=report.write)
    assert runner.failures == 0, report.getvalue()
