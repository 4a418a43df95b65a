"""The JSON Schemas of the data files, generated from the models.

The shipped ``data/processes.schema.json`` and ``data/instruments.schema.json`` are
these texts; a test keeps them equal, and ``python scripts/generate_schema.py``
rewrites the files after a model change.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from regional_migration._dataset.instruments import InstrumentsFile
from regional_migration._dataset.processes import DataFile

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["SCHEMAS", "schema_text"]

SCHEMAS = {
    "processes.schema.json": "processes",
    "instruments.schema.json": "instruments",
}
"""Each shipped schema file, by the data set it describes."""


def _model(data_set: str) -> type[BaseModel]:
    return InstrumentsFile if data_set == "instruments" else DataFile


def schema_text(data_set: str = "processes") -> str:
    """Return the JSON Schema of a data file (``"processes"`` or ``"instruments"``)."""
    schema = _model(data_set).model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"regional_migration {data_set} data file"
    if data_set == "processes":
        schema["title"] = "regional_migration data file"  # the title it has always had
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
