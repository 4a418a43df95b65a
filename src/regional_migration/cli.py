"""The ``regional-migration`` command: look up, compare and export from a terminal.

Each sub-command prints a plain-text table by default, or CSV or JSON with
``--format``. Bad input prints one line to standard error and exits with status 2;
the functions of the package do the work, this module only reads arguments and
formats answers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, NoReturn, get_args

import regional_migration as rm
from regional_migration._export import csv_text, json_text
from regional_migration.errors import (
    Hint,
    RegionalMigrationError,
    UnknownCountryError,
    UnknownProcessError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from regional_migration import MembershipRow, Process

__all__ = ["main", "render_table"]

PROG = "regional-migration"
FORMATS = ("table", "csv", "json")
STATUSES: tuple[rm.Status, ...] = get_args(rm.Status)
LANGUAGES: tuple[str, ...] = get_args(rm.Language)


class _Version(argparse.Action):
    """Print the versions, read only when asked (reading them costs a data load)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        sys.stdout.write(f"{PROG} {rm.__version__} (data {rm.DATA_VERSION})\n")
        parser.exit()


class _UsageError(Exception):
    """Raised instead of argparse's exit, so that every error is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message}; see '{self.prog} --help'")


def render_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Aligned plain-text columns under a ruled header, for a terminal.

    A missing value (``None``) shows as an empty cell.

    Examples:
        >>> print(render_table(("id", "members"), [("CRM", 11), ("MIRPS", 7)]), end="")
        id     members
        -----  -------
        CRM    11
        MIRPS  7
    """
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
        *("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells),
    ]
    return "".join(line.rstrip() + "\n" for line in lines)


def _acronym(process: Process, lang: str) -> str:
    return process.id if process.acronym is None else process.acronym.get(lang)


def _rows_text(fmt: str, headers: Sequence[str], rows: Sequence[dict[str, Any]]) -> str:
    if fmt == "json":
        return json_text(list(rows))
    if fmt == "csv":
        return csv_text(headers, rows)
    return render_table(headers, [[row[h] for h in headers] for row in rows])


def _list(args: argparse.Namespace) -> str:
    rows = [
        {
            "id": p.id,
            "acronym": _acronym(p, args.lang),
            "name": p.name.get(args.lang),
            "kind": p.kind,
            "founded": str(p.founded),
            "members": len(p.members),
        }
        for p in rm.processes()
    ]
    headers: tuple[str, ...] = ("id", "acronym", "name", "members")
    if args.format != "table":
        headers = ("id", "acronym", "name", "kind", "founded", "members")
    return _rows_text(args.format, headers, rows)


def _show(args: argparse.Namespace) -> str:
    process = rm.get(args.key)
    table = rm.membership_table(processes=[process], on=args.on, lang=args.lang)
    day = table.on
    if args.format == "csv":
        return table.to_csv()
    by_status = {s: [r for r in table.rows if r.status == s] for s in STATUSES}
    if args.format == "json":
        return json_text(
            {
                "id": process.id,
                "acronym": _acronym(process, args.lang),
                "name": process.name.get(args.lang),
                "kind": process.kind,
                "founded": str(process.founded),
                "website": process.website,
                "on": None if day is None else day.isoformat(),
                "countries": {s: [r.country for r in rows] for s, rows in by_status.items()},
            }
        )
    lines = [
        f"{process.id}  {process.name.get(args.lang)}",
        f"kind: {process.kind.replace('_', ' ')}",
        f"founded: {process.founded}",
    ]
    if process.website:
        lines.append(f"website: {process.website}")
    lines.append("" if day is None else f"on {day.isoformat()}:")
    for status, rows in by_status.items():
        if rows:
            names = ", ".join(f"{r.name} ({r.country})" for r in sorted(rows, key=_by_name))
            lines.append(f"{status} ({len(rows)}): {names}")
    return "".join(line + "\n" for line in lines if line or day is None)


def _by_name(row: MembershipRow) -> tuple[str, str]:
    return (row.name, row.country)


def _members(args: argparse.Namespace) -> str:
    statuses = tuple(args.status or ("member",))
    table = rm.membership_table(
        processes=[rm.get(args.key)], on=args.on, statuses=statuses, lang=args.lang
    )
    if args.format == "table":
        headers: tuple[str, ...] = ("country", "alpha3", "name", "status", "since", "until")
        return render_table(headers, [[r[h] for h in headers] for r in table.records()])
    headers = ("country", "alpha3", "numeric", "name", "status", "since", "until")
    return _rows_text(args.format, headers, [{h: r[h] for h in headers} for r in table.records()])


def _country(args: argparse.Namespace) -> str:
    code = rm.country_code(args.name)
    table = rm.membership_table(on=args.on, lang=args.lang)
    day = table.on
    rows = [
        {
            "id": r.process,
            "name": rm.get(r.process).name.get(args.lang),
            "status": r.status,
            "since": str(r.since),
            "until": None if r.until is None else str(r.until),
        }
        for r in table.rows
        if r.country == code
    ]
    headers = ("id", "name", "status", "since", "until")
    if args.format != "table":
        return _rows_text(args.format, headers, rows)
    alpha3, numeric = rm.country_code(code, to="alpha3"), rm.country_code(code, to="numeric")
    when = "" if day is None else f" on {day.isoformat()}"
    title = f"{rm.country_name(code, args.lang)} ({code}, {alpha3}, {numeric}){when}\n"
    if not rows:
        return title + "no status in any process\n"
    return title + "\n" + render_table(headers, [list(row.values()) for row in rows])


def _compare(args: argparse.Namespace) -> str:
    result = rm.compare(args.a, args.b, on=args.on)
    groups = (("shared", result.shared), ("only_a", result.only_a), ("only_b", result.only_b))
    if args.format == "json":
        return json_text(result.model_dump(mode="json"))
    if args.format == "csv":
        rows = [
            {"country": code, "name": rm.country_name(code, args.lang), "group": group}
            for group, codes in groups
            for code in sorted(codes)
        ]
        return csv_text(("country", "name", "group"), rows)
    first, second = rm.get(result.a), rm.get(result.b)
    when = "" if result.on is None else f" on {result.on.isoformat()}"
    lines = [f"Full members of {result.a} and {result.b}{when}", ""]
    titles = {
        "shared": f"In both ({len(result.shared)})",
        "only_a": f"Only in {result.a} ({len(result.only_a)})",
        "only_b": f"Only in {result.b} ({len(result.only_b)})",
    }
    for group, codes in groups:
        lines.append(titles[group])
        lines.extend(f"  {code}  {rm.country_name(code, args.lang)}" for code in sorted(codes))
        if not codes:
            lines.append("  (none)")
        lines.append("")
    either = len(result.union)
    lines.append(
        f"Jaccard index: {result.jaccard:.2f} ({len(result.shared)} shared of {either} in either)"
    )
    if result.is_disjoint:
        lines.append(f"{result.a} and {result.b} share no full member.")
    elif result.is_subset and result.is_superset:
        lines.append(f"{result.a} and {result.b} have the same full members.")
    elif result.is_subset:
        lines.append(f"Every full member of {first.id} is a full member of {second.id}.")
    elif result.is_superset:
        lines.append(f"Every full member of {second.id} is a full member of {first.id}.")
    return "".join(line + "\n" for line in lines)


def _matrix(args: argparse.Namespace) -> str:
    matrix = rm.overlap_matrix(args.processes or None, on=args.on, metric=args.metric)
    if args.format == "json":
        return matrix.to_json()
    if args.format == "csv":
        return matrix.to_csv()
    cells = [
        [name, *(f"{v:.2f}" if args.metric == "jaccard" else v for v in row)]
        for name, row in zip(matrix.processes, matrix.values, strict=True)
    ]
    return render_table(("", *matrix.processes), cells)


def _export(args: argparse.Namespace) -> str:
    table = rm.membership_table(on=args.on, statuses=tuple(args.status or STATUSES), lang=args.lang)
    if args.format == "json":
        return table.to_json()
    if args.format == "table":
        headers = ("country", "alpha3", "numeric", "name", "process", "status", "since", "until")
        return render_table(headers, [[r[h] for h in headers] for r in table.records()])
    return table.to_csv()


def _datapackage(args: argparse.Namespace) -> str:
    return f"wrote {rm.write_datapackage(args.directory)}\n"


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Look up, compare and export the migration processes of the Americas.",
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="show the versions of the program and of the data, and exit",
    )
    common = _Parser(add_help=False)
    common.add_argument(
        "--format", choices=FORMATS, help="output format (default: table; csv for export)"
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of names (default: en)"
    )
    dated = _Parser(add_help=False)
    dated.add_argument("--on", metavar="YYYY-MM-DD", help="a past day (default: today's data)")
    status = _Parser(add_help=False)
    status.add_argument(
        "--status", choices=STATUSES, action="append", help="status to include (repeatable)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, run: Callable[[argparse.Namespace], str], text: str, *parents: _Parser
    ) -> _Parser:
        sub = commands.add_parser(name, help=text, description=text, parents=[common, *parents])
        sub.set_defaults(run=run)
        return sub

    command("list", _list, "List every process.")
    command("show", _show, "Describe one process and its countries.", dated).add_argument(
        "key", metavar="KEY", help="a process id, acronym or name"
    )
    members = command("members", _members, "List the members of a process.", dated, status)
    members.add_argument("key", metavar="KEY", help="a process id, acronym or name")
    command("country", _country, "Show the processes of one country.", dated).add_argument(
        "name", metavar="NAME", help="the country, as an ISO code or a name"
    )
    pair = command("compare", _compare, "Compare the full members of two processes.", dated)
    pair.add_argument("a", metavar="A", help="the first process")
    pair.add_argument("b", metavar="B", help="the second process")
    matrix = command("matrix", _matrix, "Count shared full members, pair by pair.", dated)
    matrix.add_argument("processes", metavar="PROCESS", nargs="*", help="default: all")
    matrix.add_argument("--metric", choices=("count", "jaccard"), default="count")
    export = command("export", _export, "Write the country-by-process table.", dated, status)
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")
    text = "Write the whole data set as a Frictionless data package (CSV and datapackage.json)."
    package = commands.add_parser("datapackage", help=text, description=text)
    package.add_argument("directory", metavar="DIR", help="the folder to write to (made if needed)")
    package.set_defaults(run=_datapackage, format="table")
    return parser


def _message(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, UnknownProcessError) and not exc.suggestions:
        # The same error, pointing to the command rather than the Python call.
        hint = exc.hint or exc.every
        if hint.command:
            hint = Hint(hint.text, f"'{PROG} {hint.command}'")
        text = str(UnknownProcessError(exc.text, hint=hint))
    elif isinstance(exc, UnknownCountryError) and not exc.suggestions:
        text += "; for example 'MX'"
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    Examples:
        >>> main(["members", "MIRPS", "--format", "csv"])  # doctest: +ELLIPSIS
        country,alpha3,numeric,name,status,since,until
        BZ,BLZ,084,Belize,member,...
        0
    """
    try:
        args = _parser().parse_args(argv)
        if args.format is None:
            args.format = "csv" if args.command == "export" else "table"
        text: str = args.run(args)
        output: str | None = getattr(args, "output", None)
        if output is None:
            sys.stdout.write(text)
        else:
            with open(output, "w", encoding="utf-8", newline="") as file:  # noqa: PTH123
                file.write(text)
    except (_UsageError, RegionalMigrationError) as exc:
        sys.stderr.write(f"{PROG}: error: {_message(exc)}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"{PROG}: error: cannot write {exc.filename!r}: {exc.strerror}\n")
        return 2
    except SystemExit as exc:  # --help and --version
        return 0 if exc.code is None else int(exc.code)
    return 0
