"""Run the examples in the docstrings of the installed package."""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import regional_migration

MODULES = [regional_migration] + [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(regional_migration.__path__, "regional_migration.")
    if info.name != "regional_migration.__main__"
]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
EXAMPLES = sorted(
    (test for module in MODULES for test in doctest.DocTestFinder().find(module) if test.examples),
    key=lambda test: test.name,
)


def test_docstrings_have_examples() -> None:
    assert sum(len(t.examples) for t in EXAMPLES) >= 20


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda t: t.name)
def test_docstring_example(example: doctest.DocTest) -> None:
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(example, out=report.write)
    assert runner.failures == 0, report.getvalue()
