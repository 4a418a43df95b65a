from __future__ import annotations

import inspect

import regional_migration as rm
from regional_migration import errors


def test_all_names_exist_once() -> None:
    assert len(set(rm.__all__)) == len(rm.__all__)
    for name in rm.__all__:
        assert getattr(rm, name) is not None


def test_dir_shows_public_names_only() -> None:
    assert sorted(dir(rm)) == sorted(rm.__all__)


def test_every_export_has_a_docstring() -> None:
    for name in rm.__all__:
        obj = getattr(rm, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), name


def test_exceptions_live_in_the_public_errors_module() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert cls.__module__ == "regional_migration.errors"
        assert getattr(rm, name) is cls
        if name != "Hint":
            assert issubclass(cls, errors.RegionalMigrationError)
