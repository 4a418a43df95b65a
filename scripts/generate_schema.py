"""Write the JSON Schemas of the data files next to them.

Run after changing the models: ``python scripts/generate_schema.py``. A test fails
when a shipped schema no longer matches the models.
"""

from __future__ import annotations

from pathlib import Path

from regional_migration._dataset.schema import SCHEMAS, schema_text

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src/regional_migration/data"


if __name__ == "__main__":
    for file, data_set in SCHEMAS.items():
        target = SCHEMA_PATH / file
        target.write_text(schema_text(data_set), encoding="utf-8")
        print(f"wrote {target}")
