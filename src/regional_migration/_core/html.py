"""Escape-safe HTML primitives for the ``_repr_html_`` views that Jupyter shows.

Each result builds its own view from these; this module knows no type of the package.
Every piece of text goes through `html.escape`; only the standard library is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regional_migration._core.locking import lock

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["MAX_ROWS", "escape", "link", "listing", "paragraph", "table", "title"]

MAX_ROWS = 200
"""Rows shown before a table is cut, so a notebook stays responsive."""


def escape(text: str) -> str:
    """*text* with ``&``, ``<``, ``>`` and quotes escaped, by `html.escape`.

    Examples:
        >>> escape('"A" & <B>')
        '&quot;A&quot; &amp; &lt;B&gt;'
    """
    # The html package reads its table of named entities when imported: a cost that
    # every start would pay for a view only a notebook asks for.
    with lock():  # a first import runs under the lock a fork waits for
        from html import escape as html_escape  # noqa: PLC0415 - cost: html.entities' table

    return html_escape(text)


def title(text: str) -> str:
    """*text* as a bold heading.

    Examples:
        >>> title("CRM & MIRPS")
        '<strong>CRM &amp; MIRPS</strong>'
    """
    return f"<strong>{escape(text)}</strong>"


def paragraph(text: str) -> str:
    """*text* as a paragraph.

    Examples:
        >>> paragraph("founded <1996>")
        '<p>founded &lt;1996&gt;</p>'
    """
    return f"<p>{escape(text)}</p>"


def link(url: str, text: str) -> str:
    """A link to *url* that opens in a new tab, both escaped.

    Examples:
        >>> link("https://example.org/?a=1&b=2", "A & B")
        '<a href="https://example.org/?a=1&amp;b=2" target="_blank" rel="noopener">A &amp; B</a>'
    """
    return f'<a href="{escape(url)}" target="_blank" rel="noopener">{escape(text)}</a>'


def listing(items: Iterable[str]) -> str:
    """*items* joined by commas, or *none* in italics when there are none.

    Examples:
        >>> listing(["Belize (BZ)", "Mexico (MX)"]), listing([])
        ('Belize (BZ), Mexico (MX)', '<em>none</em>')
    """
    return ", ".join(escape(item) for item in items) or "<em>none</em>"


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    html: int = -1,
    caption: str | None = None,
) -> str:
    """A table of *rows* under *headers*, cut after `MAX_ROWS` rows with a note.

    Cells are escaped text; a missing value (``None``) is an empty cell. The column at
    position *html*, if any, holds markup already made safe (by `listing`). A
    *caption* says what the table shows.

    Examples:
        >>> table(("id", "size"), [("A&B", 2), ("C", None)])
        '<table><thead><tr><th>id</th><th>size</th></tr></thead><tbody><tr><td>A&amp;B</td><td>2</td></tr><tr><td>C</td><td></td></tr></tbody></table>'
    """
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{cell if column == html else _cell(cell)}</td>" for column, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows[:MAX_ROWS]
    )
    note = ""
    if len(rows) > MAX_ROWS:
        note = f"<p>{MAX_ROWS} of {len(rows)} rows shown; use to_pandas() for all.</p>"
    said = "" if caption is None else f"<caption>{escape(caption)}</caption>"
    return f"<table>{said}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))
