"""Write the JSON Schemas of the data files next to them.

Run after changing the models: ``python scripts/generate_schema.py [--check]``. A test
fails when a shipped schema no longer matches the models.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from _generated import write_or_check

from regional_migration._dataset.schema import SCHEMAS, schema_text

if TYPE_CHECKING:
    from collections.abc import Sequence

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src/regional_migration/data"


def main(argv: Sequence[str]) -> int:
    """Rewrite the schemas, or with ``--check`` say whether they are current."""
    files = {SCHEMA_PATH / file: schema_text(data_set) for file, data_set in SCHEMAS.items()}
    return write_or_check(files, argv, "python scripts/generate_schema.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
