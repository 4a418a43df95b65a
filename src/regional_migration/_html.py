"""Small HTML renderers behind the ``_repr_html_`` methods shown by Jupyter.

Every piece of text goes through `html.escape`. Only the standard library is
used, and only when a notebook asks for a rendering.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, get_args

from regional_migration._countries import display_name
from regional_migration._models import Status

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from regional_migration._compare import Comparison, OverlapMatrix
    from regional_migration._models import Process
    from regional_migration._table import MembershipTable

__all__ = ["comparison_html", "matrix_html", "process_html", "table_html"]

MAX_ROWS = 200
"""Rows shown before a table is cut, so a notebook stays responsive."""


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    """A table cell's HTML: empty for a missing value."""
    return "" if value is None else escape(str(value))


def _codes(codes: Iterable[str]) -> str:
    listed = ", ".join(f"{escape(display_name(c))} ({escape(c)})" for c in sorted(codes))
    return listed or "<em>none</em>"


def process_html(process: Process) -> str:
    """A process: its name, founding, and its countries by standing."""
    parts = [
        f"<strong>{escape(process.name.en)}</strong> ({escape(process.id)})",
        f"<br>founded {escape(str(process.founded))}",
    ]
    rows = [
        (status, len(codes), _codes(codes))
        for status in get_args(Status)
        if (codes := process.countries_with(status))
    ]
    head = "".join(f"<th>{h}</th>" for h in ("standing", "countries", "who"))
    body = "".join(f"<tr><td>{s}</td><td>{n}</td><td>{who}</td></tr>" for s, n, who in rows)
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "".join(parts)


def comparison_html(comparison: Comparison) -> str:
    """A comparison: the three parts, and the Jaccard index."""
    a, b = escape(comparison.a), escape(comparison.b)
    day = "" if comparison.on is None else f" on {comparison.on.isoformat()}"
    rows = [
        (f"{a} and {b}", len(comparison.shared), _codes(comparison.shared)),
        (f"only {a}", len(comparison.only_a), _codes(comparison.only_a)),
        (f"only {b}", len(comparison.only_b), _codes(comparison.only_b)),
    ]
    head = "".join(f"<th>{h}</th>" for h in ("full members of", "countries", "who"))
    body = "".join(f"<tr><td>{s}</td><td>{n}</td><td>{who}</td></tr>" for s, n, who in rows)
    return (
        f"<strong>{a} compared with {b}{day}</strong>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"Jaccard index: {comparison.jaccard:.2f}"
    )


def matrix_html(matrix: OverlapMatrix) -> str:
    """An overlap matrix, headed by process id."""
    cells = [
        [name, *(f"{v:.2f}" if matrix.metric == "jaccard" else v for v in row)]
        for name, row in zip(matrix.processes, matrix.values, strict=True)
    ]
    return _table(("", *matrix.processes), cells)


def table_html(table: MembershipTable) -> str:
    """A membership table, cut after `MAX_ROWS` rows with a note saying so."""
    columns = ("country", "alpha3", "numeric", "name", "process", "status", "since", "until")
    rows = [[r[c] for c in columns] for r in table.records()[:MAX_ROWS]]
    note = ""
    if len(table) > MAX_ROWS:
        note = f"<p>{MAX_ROWS} of {len(table)} rows shown; use to_pandas() for all.</p>"
    return _table(columns, rows) + note
