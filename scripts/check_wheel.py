"""Check that a built wheel carries the data, the schema and the typing marker.

Beyond the files named below, every file of the package's source tree must be in the
wheel, so that a new data file cannot be left out of a release unnoticed.

Usage: ``python scripts/check_wheel.py dist/regional_migration-*.whl``
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "regional_migration"

REQUIRED = (
    "regional_migration/__init__.py",
    "regional_migration/py.typed",
    "regional_migration/data/country_aliases.json",
    "regional_migration/data/country_ambiguities.json",
    "regional_migration/data/country_names.json",
    "regional_migration/data/country_table_names.json",
    "regional_migration/data/processes.json",
    "regional_migration/data/processes.schema.json",
)


def main(path: str) -> int:
    """Print what is missing from the wheel at *path*; return the exit status."""
    names = set(zipfile.ZipFile(path).namelist())
    in_tree = sorted(
        f"regional_migration/{file.relative_to(SOURCE).as_posix()}"
        for file in SOURCE.rglob("*")
        if file.is_file() and "__pycache__" not in file.parts
    )
    missing = [name for name in dict.fromkeys((*REQUIRED, *in_tree)) if name not in names]
    unexpected = sorted(n for n in names if "__pycache__" in n or n.startswith("tests/"))
    for name in missing:
        print(f"missing from wheel: {name}")
    for name in unexpected:
        print(f"should not be in wheel: {name}")
    if not missing and not unexpected:
        print(f"{path}: {len(names)} files, data, schema and py.typed present")
    return 1 if missing or unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
