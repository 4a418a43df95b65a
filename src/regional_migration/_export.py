"""CSV and JSON text with the standard library, and pandas frames on request.

pandas is an optional extra: it is imported inside the functions that need it, and
its absence raises `MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
from typing import TYPE_CHECKING, Any

from regional_migration.errors import MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from types import ModuleType

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._compare import OverlapMatrix
    from regional_migration._table import MembershipTable

__all__ = [
    "csv_text",
    "json_text",
    "matrix_frame",
    "optional_module",
    "records_frame",
    "table_frame",
]


def optional_module(module: str, extra: str) -> ModuleType:
    """Import *module*, or raise `MissingExtraError` naming *extra*."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(module, extra) from None


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    r"""Rows as CSV text, with a header and ``\n`` line endings.

    Examples:
        >>> csv_text(("a", "b"), [{"a": 1, "b": "x, y"}])
        'a,b\n1,"x, y"\n'
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def json_text(value: object) -> str:
    r"""*value* as JSON text: keys sorted, non-ASCII kept, two-space indent, final newline.

    Examples:
        >>> print(json_text({"b": "Perú", "a": [1, 2]}), end="")
        {
          "a": [
            1,
            2
          ],
          "b": "Perú"
        }
    """
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def matrix_frame(matrix: OverlapMatrix) -> pd.DataFrame:
    """The overlap matrix as a square frame indexed and headed by process id."""
    pandas = optional_module("pandas", "pandas")
    frame: pd.DataFrame = pandas.DataFrame(
        [list(row) for row in matrix.values],  # noqa: PD011 - our field
        index=pandas.Index(matrix.processes, name="process"),
        columns=list(matrix.processes),
    )
    return frame


def table_frame(table: MembershipTable) -> pd.DataFrame:
    """The membership table as a frame; the bound columns become datetimes."""
    from regional_migration._table import COLUMNS  # noqa: PLC0415

    pandas = optional_module("pandas", "pandas")
    records = table.records()
    frame: pd.DataFrame = pandas.DataFrame(
        {column: [r[column] for r in records] for column in COLUMNS}, dtype="string"
    )
    for column in ("since_earliest", "since_latest", "until_earliest", "until_latest"):
        frame[column] = pandas.to_datetime(frame[column].replace("", None))
    return frame


def records_frame(columns: Sequence[str], records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Flat records as a frame of text columns, in the order of *columns*."""
    pandas = optional_module("pandas", "pandas")
    rows = list(records)
    frame: pd.DataFrame = pandas.DataFrame(
        {column: [r[column] for r in rows] for column in columns}, dtype="string"
    )
    return frame
