"""Check that a built wheel carries the data, the schema, the typing marker and the licences.

Beyond the files named below, every file of the package's source tree must be in the
wheel, so that a new data file cannot be left out of a release unnoticed.

Usage: ``python scripts/check_wheel.py dist/regional_migration-*.whl``
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "regional_migration"

REQUIRED = (
    "regional_migration/__init__.py",
    "regional_migration/py.typed",
    "regional_migration/data/LICENSE-GEOMETRY",
    "regional_migration/data/americas.topo.json",
    "regional_migration/data/country_aliases.json",
    "regional_migration/data/country_ambiguities.json",
    "regional_migration/data/country_names.json",
    "regional_migration/data/country_table_names.json",
    "regional_migration/data/instruments.json",
    "regional_migration/data/instruments.schema.json",
    "regional_migration/data/processes.json",
    "regional_migration/data/processes.schema.json",
    "regional_migration/data/digests.json",
)

LICENSES = ("LICENSE", "DATA-LICENSE", "LICENSE-UNICODE", "LICENSE-GEOMETRY")
"""The licence files, for the code, the data set, the CLDR names and the map shapes.

They are in ``*.dist-info/licenses``, the last under the path it has in the source tree.
"""


def main(path: str) -> int:
    """Print what is missing from the wheel at *path*; return the exit status.

    A wheel that cannot be read (missing, not a zip file, a digest file that is not
    JSON) is said in one line on standard error, with status 2.
    """
    try:
        return _check(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, AttributeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"check_wheel: cannot read {path}: {reason}", file=sys.stderr)
        return 2


def _check(path: str) -> int:
    with zipfile.ZipFile(path) as wheel:
        names = set(wheel.namelist())
    in_tree = sorted(
        f"regional_migration/{file.relative_to(SOURCE).as_posix()}"
        for file in SOURCE.rglob("*")
        if file.is_file() and "__pycache__" not in file.parts
    )
    missing = [name for name in dict.fromkeys((*REQUIRED, *in_tree)) if name not in names]
    licences = {name.rsplit("/", 1)[-1] for name in names if ".dist-info/licenses/" in name}
    missing += [f"*.dist-info/licenses/{name}" for name in LICENSES if name not in licences]
    unexpected = sorted(n for n in names if "__pycache__" in n or n.startswith("tests/"))
    stale = _stale_digests(path) if "regional_migration/data/digests.json" in names else []
    for name in missing:
        print(f"missing from wheel: {name}")
    for name in stale:
        print(f"digest does not match the shipped file: {name}")
    for name in unexpected:
        print(f"should not be in wheel: {name}")
    if not missing and not unexpected and not stale:
        print(f"{path}: {len(names)} files, data, schema, py.typed and licences present")
    return 1 if missing or unexpected or stale else 0


def _stale_digests(path: str) -> list[str]:
    """The data files whose recorded digest differs from the bytes in the wheel."""
    with zipfile.ZipFile(path) as wheel:
        recorded = json.loads(wheel.read("regional_migration/data/digests.json"))
        if not isinstance(recorded, dict):
            raise ValueError("data/digests.json is not a JSON object")  # noqa: TRY004 - bad input
        return sorted(
            name
            for name, value in recorded.items()
            if hashlib.sha256(wheel.read(f"regional_migration/data/{name}")).hexdigest() != value
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:  # noqa: PLR2004 - the script and one wheel
        print("usage: python scripts/check_wheel.py WHEEL", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
