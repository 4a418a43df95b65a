"""The one export protocol of every answer: CSV and JSON text, pandas frames, views.

`Answer` is the protocol: an answer gives its `Answer.columns`, its
`Answer.records` and its `Answer.provenance`, and gets from them ``to_csv``,
``to_json``, ``to_pandas``, ``_repr_html_``, ``__str__`` and the refusal to become an
array. The functions below it take plain columns and rows; this module knows no type
of the package. pandas is an optional extra: it is imported inside the function that
needs it, and its absence raises `MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import importlib
import io
import sys
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from regional_migration._core.html import listing, paragraph, table
from regional_migration._core.locking import lock
from regional_migration.errors import ArgumentTypeError, MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from types import ModuleType

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    from matplotlib.figure import Figure

__all__ = [
    "Answer",
    "FrameShape",
    "View",
    "csv_text",
    "frame",
    "json_text",
    "optional_module",
    "show_in_ipython",
]


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
    notes: Iterable[str] = (),
) -> str:
    r"""Rows as plain RFC 4180 CSV text, with a header and ``\n`` line endings.

    *provenance* and *notes*, if given, come first as ``# key: value`` and
    ``# note: ...`` lines: an opt-in, since a reader then needs
    ``pandas.read_csv(..., comment="#")`` to skip them.

    Examples:
        >>> csv_text(("a", "b"), [{"a": 1, "b": "x, y"}])
        'a,b\n1,"x, y"\n'
        >>> csv_text(("a",), [{"a": 1}], provenance={"data_version": "2026-11-27"})
        '# data_version: 2026-11-27\na\n1\n'
    """
    with lock():  # a first import runs under the lock a fork waits for
        import csv  # noqa: PLC0415 - cost: csv's import, paid by CSV output only

    out = io.StringIO()
    for key, value in (provenance or {}).items():
        out.write(f"# {key}: {_one_line(value)}\n")
    for note in notes:
        out.write(f"# note: {_one_line(note)}\n")
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _one_line(text: str) -> str:
    """*text* with its line breaks made spaces, so that a ``#`` line stays one line."""
    return " ".join(text.splitlines())


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
    with lock():  # a first import runs under the lock a fork waits for
        import json  # noqa: PLC0415 - cost: json's import, paid by JSON output only

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


class FrameShape(NamedTuple):
    """How `Answer.to_pandas` shapes its frame: the arguments of `frame` it passes."""

    index_by: str | None = None
    """The column that becomes the index, if any."""
    text: bool = False
    """Whether every column gets pandas' string type."""
    dates: tuple[str, ...] = ()
    """The columns of ISO dates that become datetimes."""


class View(NamedTuple):
    """What an answer's HTML view shows as its table."""

    headers: tuple[str, ...]
    """The column headers."""
    rows: Sequence[Sequence[object]]
    """The cells, row by row."""
    markup: int = -1
    """The position of a column that holds markup already made safe, if any."""


class Answer(ABC):
    """The export protocol that every answer of the package follows.

    An answer supplies three things, and gets every export and view from them:

    - `columns`: the names of its columns, in order (extra columns only need adding
      here and to the records);
    - `records`: one flat mapping per row, a value for each column;
    - `provenance`: what the answer says of itself as text (the data version, the day
      asked about, the rule...), written with every export.

    An answer may also carry ``notes``: sentences that say what an empty or partial
    part of it means. They go to the JSON object, to the HTML view under the table and,
    on request, to the CSV's ``#`` lines. An answer refines the rest through hooks:
    `frame_shape` (how `to_pandas` shapes the frame), ``_summary`` (further keys of the
    JSON object), ``_title`` (the caption of its HTML table), ``_view`` (the table the
    HTML shows) and ``_lines`` (the sentences shown under it).

    Examples:
        >>> class Sizes(Answer):
        ...     columns = ("id", "size")
        ...
        ...     def records(self):
        ...         return [{"id": "A", "size": 2}, {"id": "B", "size": None}]
        ...
        ...     def provenance(self):
        ...         return {"data_version": "2026-11-28", "on": "current"}
        >>> print(Sizes().to_csv(), end="")
        id,size
        A,2
        B,
        >>> print(Sizes().to_csv(provenance=True), end="")
        # data_version: 2026-11-28
        # on: current
        id,size
        A,2
        B,
        >>> Sizes()._repr_html_()[:71]
        '<table><caption>Sizes (data version: 2026-11-28; on: current)</caption>'
    """

    __slots__ = ()

    frame_shape: ClassVar[FrameShape] = FrameShape()
    """How `to_pandas` shapes the frame."""

    @property
    @abstractmethod
    def columns(self) -> tuple[str, ...]:
        """The names of the columns of `records`, in order."""

    @abstractmethod
    def records(self) -> Sequence[Mapping[str, object]]:
        """One flat mapping per row, with a value for each of `columns`."""

    @abstractmethod
    def provenance(self) -> dict[str, str]:
        """What the answer says of itself: the data version, the day asked about..."""

    def _notes(self) -> tuple[str, ...]:
        """The answer's ``notes``, if it has any."""
        notes: Iterable[str] = getattr(self, "notes", ())
        return tuple(notes)

    def _summary(self) -> dict[str, object]:
        """Keys of the JSON object beside the provenance, the notes and the rows."""
        return {}

    def _title(self) -> str:
        """What the answer is, for the caption of its HTML table."""
        return type(self).__name__

    def _view(self) -> View:
        """The table the HTML view shows: every column and every row by default."""
        columns = self.columns
        return View(columns, [[record[c] for c in columns] for record in self.records()])

    def _lines(self) -> tuple[str, ...]:
        """The sentences shown under the HTML table: the notes by default."""
        return self._notes()

    def to_csv(self, *, provenance: bool = False) -> str:
        """The rows as plain CSV text: a header row, then one line per row.

        Any reader takes it as it is: ``pandas.read_csv`` with no options, a
        spreadsheet. With *provenance*, ``#`` lines first give the provenance and the
        notes (read them back with ``pandas.read_csv(..., comment="#")``).
        """
        if not provenance:
            return csv_text(self.columns, self.records())
        return csv_text(
            self.columns, self.records(), provenance=self.provenance(), notes=self._notes()
        )

    def to_json(self) -> str:
        """The answer as one JSON object: its provenance, ``notes``, and ``rows``.

        ``rows`` holds one object per row, keyed by `columns`; some answers add keys
        that summarise the rows.
        """
        return json_text(
            {
                **self.provenance(),
                "notes": list(self._notes()),
                **self._summary(),
                "rows": list(self.records()),
            }
        )

    def to_pandas(self) -> pd.DataFrame:
        """A `pandas.DataFrame` with one column per entry of `columns`.

        The frame's ``attrs`` hold the provenance.

        Raises:
            MissingExtraError: pandas is not installed (``pip install
                'regional-migration[pandas]'``).
        """
        shape = self.frame_shape
        return frame(
            self.columns,
            self.records(),
            index=shape.index_by,
            text=shape.text,
            dates=shape.dates,
            attrs=self.provenance(),
        )

    def _caption(self) -> str:
        """What the HTML table shows: the title and the provenance."""
        facts = "; ".join(
            f"{key.replace('_', ' ')}: {value}" for key, value in self.provenance().items()
        )
        return f"{self._title()} ({facts})"

    def _repr_html_(self) -> str:
        """The answer as an HTML table under a caption, then its notes."""
        view = self._view()
        lines = "".join(paragraph(line) for line in self._lines())
        if not view.rows:
            return paragraph(self._caption()) + listing(()) + lines
        return table(view.headers, view.rows, html=view.markup, caption=self._caption()) + lines

    def __str__(self) -> str:
        """The same line as `repr`."""
        return repr(self)

    def __array__(self, *args: object, **kwargs: object) -> object:
        """Refuse to become an array, which ``pandas.DataFrame(answer)`` would ask for."""
        name = type(self).__name__
        raise ArgumentTypeError(f"a {name} is not an array; use .to_pandas() for a DataFrame")


def _png(figure: Figure) -> bytes:
    """The figure as PNG bytes, cropped to what it draws."""
    out = io.BytesIO()
    figure.savefig(out, format="png", bbox_inches="tight")
    return out.getvalue()


def show_in_ipython(figure_type: type[Figure]) -> None:
    """Tell a running IPython to draw figures as PNG, unless it already knows how.

    The pictures are built as `matplotlib.figure.Figure`, which pyplot does not manage,
    so that a notebook shows them only when told how to draw one.
    """
    ipython = sys.modules.get("IPython")  # already imported when running under IPython
    shell = None if ipython is None else ipython.get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    try:
        formatter.lookup_by_type(figure_type)
    except KeyError:
        formatter.for_type(figure_type, _png)
