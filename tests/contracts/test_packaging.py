"""Side effects, resources and packaging of the installed package."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import zipfile
from importlib import metadata, resources
from pathlib import Path

import regional_migration as rm
from regional_migration._core import resources as _resources


def run(code: str, *path: str) -> str:
    env_path = {"PYTHONPATH": ":".join(path)} if path else {}
    result = subprocess.run(  # noqa: S603 - runs this interpreter on our own code
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**env_path, "PATH": ""},
    )
    return result.stdout.strip()


def _as_built(tmp_path: Path) -> str:
    """A copy of the package with the digests a wheel records; returns its folder."""
    package = Path(rm.__file__).parent
    copy = tmp_path / "site" / "regional_migration"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    digests = {file.name: _resources.digest(file.read_bytes()) for file in copy.glob("data/*.json")}
    (copy / "data" / _resources.DIGESTS_FILE).write_text(json.dumps(digests), "utf-8")
    return str(copy.parent)


def test_import_reads_nothing_and_skips_pycountry(tmp_path: Path) -> None:
    site = [p for p in sys.path[1:] if Path(p).resolve() != Path(rm.__file__).parents[1]]
    out = run(
        "import sys, regional_migration as rm\n"
        "from regional_migration._core import resources as _resources\n"
        "countries = 'regional_migration._countries.index'\n"
        "print(_resources.cache_keys() == (), 'pycountry' in sys.modules,\n"
        "      'regional_migration._answers.compare' in sys.modules, countries in sys.modules)\n"
        "rm.get('MIRPS').members\n"
        "keys = list(_resources.cache_keys())\n"
        "print(keys, 'pycountry' in sys.modules, countries in sys.modules)\n"
        "rm.country_code('Mexique')\n"
        "print(countries in sys.modules)",
        _as_built(tmp_path),
        *site,
    )
    assert out.splitlines() == [
        "True False False False",
        # One file read, its keys indexed, and only the process asked about built.
        (
            "['digests', 'file:processes.json', 'processes index', "
            "'record:processes.json:processes:8'] False False"
        ),
        "True",
    ]


def test_import_leaves_the_garbage_collector_as_it_was() -> None:
    out = run(
        "import gc\nimport regional_migration\nprint(gc.isenabled())",
        *sys.path[1:],
    )
    assert out == "True"
    out = run(
        "import gc\ngc.disable()\nimport regional_migration\nprint(gc.isenabled())",
        *sys.path[1:],
    )
    assert out == "False"


def test_first_use_works_without_network() -> None:
    out = run(
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network disabled')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "import regional_migration as rm\n"
        "print(sorted(rm.get('MIRPS').members), rm.processes_of('MX')[0].id)",
        *sys.path[1:],
    )
    assert out == "['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV'] CRM"


def test_works_from_a_zip(tmp_path: Path) -> None:
    package = Path(rm.__file__).parent
    archive = tmp_path / "regional_migration.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(package.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                zf.write(file, Path("regional_migration") / file.relative_to(package))
    site = [p for p in sys.path[1:] if Path(p).resolve() != package.parent.resolve()]
    out = run(
        "import regional_migration as rm\n"
        "print(rm.__file__.split('.zip')[0].endswith('regional_migration'), rm.DATA_VERSION)",
        str(archive),
        *site,
    )
    assert out == f"True {rm.DATA_VERSION}"


def test_concurrent_first_use_builds_one_registry() -> None:
    _resources.clear()
    barrier = threading.Barrier(16)
    seen: list[object] = []

    def first_call() -> None:
        barrier.wait()
        seen.append(rm.get("CRM"))

    threads = [threading.Thread(target=first_call) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 16
    assert all(p is seen[0] for p in seen)


def test_installed_package_ships_data_schema_and_marker() -> None:
    # The wheel's own file list is checked by scripts/check_wheel.py in CI; here the
    # installed package, wheel or editable, must carry the same resources.
    package = resources.files("regional_migration")
    for needed in (
        "data/processes.json",
        "data/processes.schema.json",
        "data/country_names.json",
        "py.typed",
    ):
        assert package.joinpath(needed).is_file(), needed


def test_console_script_is_declared() -> None:
    scripts = metadata.entry_points(group="console_scripts")
    assert any(ep.name == "regional-migration" for ep in scripts)
