"""Tables of rows written as a Frictionless tabular data package.

A data package is a folder of CSV files and a ``datapackage.json`` file describing
them: each column's type, each table's keys, where the data comes from and under
which licence. R, spreadsheets and SQL tools read it without Python. This module
knows nothing of the data set: it takes tables of plain rows and writes them, always
byte for byte the same for the same input.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import TYPE_CHECKING, Any, Literal

from regional_migration._core.export import csv_text, json_text
from regional_migration._core.files import write_folder

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

__all__ = ["Column", "ForeignKey", "Table", "descriptor", "write_package"]

ColumnType = Literal["string", "integer", "date"]
"""The Table Schema types the package uses."""


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, Table Schema type and meaning."""

    name: str
    type: ColumnType
    description: str
    _: KW_ONLY
    required: bool = False
    pattern: str | None = None
    values: tuple[str, ...] = ()
    """The only values allowed, if the column takes a closed set."""

    def schema(self) -> dict[str, Any]:
        """The column as a Table Schema field."""
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.pattern is not None:
            constraints["pattern"] = self.pattern
        if self.values:
            constraints["enum"] = list(self.values)
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        if constraints:
            field["constraints"] = constraints
        return field


@dataclass(frozen=True)
class ForeignKey:
    """Columns of a table that must match the primary key of another table."""

    columns: tuple[str, ...]
    table: str
    table_columns: tuple[str, ...]

    def schema(self) -> dict[str, Any]:
        """The key as a Table Schema foreign key."""
        return {
            "fields": list(self.columns),
            "reference": {"resource": self.table, "fields": list(self.table_columns)},
        }


@dataclass(frozen=True)
class Table:
    """A named table: its columns, keys and rows (mappings from column name to value).

    A missing value (``None``) is written as an empty cell.
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: tuple[Mapping[str, object], ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def path(self) -> str:
        """The file name of the table inside the package."""
        return f"{self.name}.csv"

    def csv(self) -> str:
        """The rows as CSV text with a header line."""
        return csv_text([c.name for c in self.columns], self.rows)

    def resource(self) -> dict[str, Any]:
        """The table as a tabular data resource of the descriptor."""
        schema: dict[str, Any] = {
            "fields": [column.schema() for column in self.columns],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [key.schema() for key in self.foreign_keys]
        return {
            "name": self.name,
            "path": self.path,
            "profile": "tabular-data-resource",
            "description": self.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }


def descriptor(metadata: Mapping[str, Any], tables: Sequence[Table]) -> dict[str, Any]:
    """The ``datapackage.json`` content: *metadata* plus one resource per table."""
    return {
        "profile": "tabular-data-package",
        **metadata,
        "resources": [table.resource() for table in tables],
    }


def write_package(directory: Path, metadata: Mapping[str, Any], tables: Sequence[Table]) -> Path:
    """Write each table as CSV and the descriptor into *directory*; return the descriptor's path.

    The directory is created if needed; files of the same names are replaced, all
    of them or none (see `regional_migration._core.files.write_folder`), the
    descriptor last.

    Raises:
        FileWriteError: the package cannot be written; the message names the real path.
    """
    files = {table.path: table.csv() for table in tables}
    files["datapackage.json"] = json_text(descriptor(metadata, tables))
    write_folder(directory, files)
    return directory / "datapackage.json"
