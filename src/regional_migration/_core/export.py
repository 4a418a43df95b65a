"""CSV and JSON text with the standard library, and pandas frames on request.

Every function takes plain columns and rows; this module knows no type of the
package. pandas is an optional extra: it is imported inside the function that needs
it, and its absence raises `MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
from typing import TYPE_CHECKING

from regional_migration._core.locking import lock
from regional_migration.errors import MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from types import ModuleType

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

__all__ = ["csv_text", "frame", "json_text", "optional_module"]


def optional_module(module: str, extra: str) -> ModuleType:
    """Import *module*, or raise `MissingExtraError` naming *extra*."""
    try:
        with lock():  # a first import runs under the lock a fork waits for
            return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(module, extra) from None


def csv_text(
    columns: Sequence[str],
    rows: Iterable[Mapping[str, object]],
    *,
    provenance: Mapping[str, str] | None = None,
) -> str:
    r"""Rows as CSV text, with a header and ``\n`` line endings.

    *provenance*, if given, comes first as ``# key: value`` lines, which
    ``pandas.read_csv(..., comment="#")`` and most CSV readers can skip.

    Examples:
        >>> csv_text(("a", "b"), [{"a": 1, "b": "x, y"}])
        'a,b\n1,"x, y"\n'
        >>> csv_text(("a",), [{"a": 1}], provenance={"data_version": "2026-11-27"})
        '# data_version: 2026-11-27\na\n1\n'
    """
    out = io.StringIO()
    for key, value in (provenance or {}).items():
        out.write(f"# {key}: {value}\n")
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


def frame(  # noqa: PLR0913 - one keyword per way of shaping the frame
    columns: Sequence[str],
    rows: Sequence[Mapping[str, object]],
    *,
    index: str | None = None,
    text: bool = False,
    dates: Sequence[str] = (),
    attrs: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """A `pandas.DataFrame` of *rows*, one column per entry of *columns*.

    Args:
        columns: the columns, in order.
        rows: one mapping per row.
        index: the column that becomes the index, if any.
        text: give every column pandas' string type.
        dates: columns of ISO dates (or ``None``) that become datetimes.
        attrs: what the frame carries in `pandas.DataFrame.attrs`, such as its
            provenance.

    Raises:
        MissingExtraError: pandas is not installed.
    """
    pandas = optional_module("pandas", "pandas")
    result: pd.DataFrame = pandas.DataFrame(
        {column: [row[column] for row in rows] for column in columns},
        dtype="string" if text else None,
    )
    for column in dates:
        result[column] = pandas.to_datetime(result[column].replace("", None))
    if index is not None:
        result = result.set_index(index)
    result.attrs.update(attrs or {})
    return result
