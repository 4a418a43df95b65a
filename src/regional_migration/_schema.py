"""The JSON Schema of the data file, generated from the models.

The shipped ``data/processes.schema.json`` is this text; a test keeps them equal, and
``python scripts/generate_schema.py`` rewrites the file after a model change.
"""

from __future__ import annotations

import json

from regional_migration._models import DataFile

__all__ = ["schema_text"]


def schema_text() -> str:
    """Return the data file's JSON Schema as canonical JSON text."""
    schema = DataFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "regional_migration data file"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
