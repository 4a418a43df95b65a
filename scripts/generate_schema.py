"""Write the JSON Schema of the data file next to it.

Run after changing the models: ``python scripts/generate_schema.py``. A test fails
when the shipped schema no longer matches the models.
"""

from __future__ import annotations

from pathlib import Path

from regional_migration._schema import schema_text

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src/regional_migration/data"


if __name__ == "__main__":
    target = SCHEMA_PATH / "processes.schema.json"
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
