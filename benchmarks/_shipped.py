"""A copy of the package as a wheel ships it, for the benchmarks that measure start-up.

A built wheel carries ``data/digests.json`` (see ``hatch_build.py``); a source checkout
does not, and so validates its data on every start. The start-up benchmarks measure
both, each on its own copy, against the same baseline. Each copy is byte-compiled, as
pip compiles a wheel when it installs it and as the dependencies it is measured
against are: without that, an environment that sets ``PYTHONDONTWRITEBYTECODE``
compiles the package from source on every start, and the package alone pays for it.
"""

from __future__ import annotations

import compileall
import json
import shutil
import site
from pathlib import Path

import regional_migration as rm
from regional_migration._core import resources as _resources

PACKAGE = Path(rm.__file__).resolve().parent


def copy_package(folder: Path, *, digests: bool) -> Path:
    """Copy the package into *folder*, with the wheel's digests if *digests*; return it."""
    target = folder / "regional_migration"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    # An installed wheel already holds its digests: a checkout must not.
    (target / "data" / _resources.DIGESTS_FILE).unlink(missing_ok=True)
    if digests:
        recorded = {
            file.name: _resources.digest(file.read_bytes())
            for file in sorted((target / "data").glob("*.json"))
            if not file.name.endswith(".schema.json")
        }
        (target / "data" / _resources.DIGESTS_FILE).write_text(json.dumps(recorded), "utf-8")
    compileall.compile_dir(target, quiet=1)
    return folder


def python_path(folder: Path) -> str:
    """A ``PYTHONPATH`` that finds the copy in *folder* first, then the dependencies."""
    return ":".join([str(folder), *site.getsitepackages()])
