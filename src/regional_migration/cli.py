"""The ``regional-migration`` command: look up, compare and export from a terminal.

Each sub-command prints a plain-text table by default, or CSV or JSON with
``--format``; ``--format`` and ``--lang`` go before or after the sub-command. Bad input
prints one line to standard error and exits with status 2; a reader that stops early
(``| head``) ends the command quietly with status 1. The functions of the package do
the work, this module only reads arguments and formats answers.

With ``--lang``, everything a person reads is in that language (the words come from
`regional_migration._core.messages`); CSV and JSON keep English column names and coded
values (``status``, ``member``) so that scripts read them in any language. A process
is labelled by its id (``CRM``) everywhere; its acronym in each language is shown
only as such, in the ``acronym`` column of ``list``.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, get_args

import regional_migration as rm
from regional_migration._core.export import csv_text, json_text
from regional_migration._core.files import FileWriteError, write_file
from regional_migration._core.messages import alphabetical, say
from regional_migration.errors import (
    Hint,
    RegionalMigrationError,
    UnknownCountryError,
    UnknownProcessError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import date

    from _typeshed import SupportsWrite

    from regional_migration import Instrument, Language, MembershipRow, Process

__all__ = ["main", "render_table"]

PROG = "regional-migration"
FORMATS = ("table", "csv", "json")
STATUSES: tuple[rm.Status, ...] = get_args(rm.Status)
LANGUAGES: tuple[str, ...] = get_args(rm.Language)

# Columns whose values are codes: a table shows each as a word of its language, CSV
# and JSON keep the code.
_CODED = {
    "status": "status",
    "previous": "status",
    "kind": "kind",
    "event": "event",
    "confidence": "confidence",
    "began_by": "action",
    "vote": "vote",
}
# Two processes get the two-way summary: the Jaccard index and which holds the other.
_PAIR = 2


class _Version(argparse.Action):
    """Print the versions, read only when asked (reading them costs a data load)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        _print(f"{PROG} {rm.__version__} (data {rm.DATA_VERSION})\n")
        parser.exit()


class _UsageError(Exception):
    """Raised instead of argparse's exit, so that every error is one line."""


class _Help(argparse.HelpFormatter):
    """Help at a fixed width, so that it reads the same in any terminal and in the docs."""

    def __init__(self, prog: str, lang: Language = "en") -> None:
        super().__init__(prog, width=88, max_help_position=30)
        self._lang = lang

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # The parser of a command asks for its usage with the prefix "" to name itself.
        said = say("help.usage", self._lang) if prefix is None else prefix
        super().add_usage(usage, actions, groups, said)


class _OutputError(Exception):
    """The answer could not be delivered; the message names where it was going."""


class _ReaderGone(Exception):  # noqa: N818 - an event, not a failure of ours
    """Standard output is a pipe whose reader has stopped reading (as ``| head`` does)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message}; see '{self.prog} --help'")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # The help goes through _print, as every answer does: escaped for an output
        # that cannot show every character, and a failed write is an error, not exit 0.
        if file is None or file is sys.stdout:
            _print(message)
        else:  # pragma: no cover - argparse writes only the help and the version here
            super()._print_message(message, file)


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


def _lines(lines: Iterable[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _shown(column: str, value: object, lang: Language) -> object:
    """A cell as a table shows it: a code of `_CODED` as a word of *lang*."""
    prefix = _CODED.get(column)
    if prefix is None or value is None:
        return value
    return say(f"{prefix}.{value}", lang)


def _localized_table(headers: Sequence[str], rows: Iterable[dict[str, Any]], lang: Language) -> str:
    return render_table(
        [say(f"column.{h}", lang) for h in headers],
        [[_shown(h, row[h], lang) for h in headers] for row in rows],
    )


def _rows_text(
    args: argparse.Namespace, headers: Sequence[str], rows: Sequence[dict[str, Any]]
) -> str:
    if args.format == "json":
        return json_text(list(rows))
    if args.format == "csv":
        return csv_text(headers, rows)
    return _localized_table(headers, rows, args.lang)


def _when(day: object, lang: Language) -> str:
    return "" if day is None else say("line.when", lang, day=day)


def _not_yet(chosen: Iterable[Process | Instrument], day: date | None, lang: Language) -> list[str]:
    """A line for each of *chosen* that did not exist yet on *day*: its empty answer is no "no"."""
    if day is None:
        return []
    notes = (item.founding_note(day, lang=lang) for item in chosen)
    return [note for note in notes if note is not None]


def _fact(label: str, value: object, lang: Language) -> str:
    return say("line.fact", lang, label=say(f"column.{label}", lang), value=value)


def _list(args: argparse.Namespace) -> str:
    rows = [
        {
            "id": p.id,
            "acronym": None if p.acronym is None else p.acronym.get(args.lang),
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
    return _rows_text(args, headers, rows)


def _instruments(args: argparse.Namespace) -> str:
    rows = [
        {
            "id": i.id,
            "name": i.short_name.get(args.lang),
            "kind": i.kind,
            "adopted": str(i.adopted),
            "entry_into_force": None if i.entry_into_force is None else str(i.entry_into_force),
            "members": len(i.members),
        }
        for i in rm.instruments()
    ]
    headers: tuple[str, ...] = ("id", "name", "kind", "members")
    if args.format != "table":
        headers = ("id", "name", "kind", "adopted", "entry_into_force", "members")
    return _rows_text(args, headers, rows)


def _vote(args: argparse.Namespace) -> str:
    vote = rm.vote(args.resolution)
    rows = [
        {
            "resolution": vote.resolution,
            "country": code,
            "name": rm.country_name(code, args.lang),
            "vote": choice,
        }
        for code, choice in sorted(vote.votes.items())
    ]
    if args.format != "table":
        return _rows_text(args, ("resolution", "country", "name", "vote"), rows)
    totals = vote.totals
    lines = [
        f"{vote.resolution}  {vote.title.get(args.lang)}",
        say(
            "line.vote_totals",
            args.lang,
            date=vote.date.isoformat(),
            yes=totals.yes,
            no=totals.no,
            abstain=totals.abstain,
            non_voting=totals.non_voting,
        ),
        "",
    ]
    return _lines(lines) + _localized_table(("country", "name", "vote"), rows, args.lang)


def _body_facts(body: Process | Instrument) -> dict[str, str | None]:
    """What `show` says of a process (its founding) or an instrument (its dates)."""
    if isinstance(body, rm.Process):
        return {"kind": body.kind, "founded": str(body.founded), "website": body.website}
    in_force = body.entry_into_force
    return {
        "kind": body.kind,
        "adopted": str(body.adopted),
        "entry_into_force": None if in_force is None else str(in_force),
        "depositary": body.depositary,
    }


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
                "acronym": None if process.acronym is None else process.acronym.get(args.lang),
                "name": process.name.get(args.lang),
                **_body_facts(process),
                "on": None if day is None else day.isoformat(),
                "countries": {s: [r.country for r in rows] for s, rows in by_status.items()},
            }
        )
    lang = args.lang
    lines = [f"{process.id}  {process.name.get(lang)}"]
    for label, value in _body_facts(process).items():
        if value:
            shown = say(f"kind.{value}", lang) if label == "kind" else value
            lines.append(_fact(label, shown, lang))
    lines.append("" if day is None else say("line.on", lang, day=day.isoformat()))
    lines.extend(_not_yet([process], day, lang))
    for status, rows in by_status.items():
        if rows:
            names = ", ".join(f"{r.name} ({r.country})" for r in sorted(rows, key=_by_name))
            label = say("line.count", lang, label=say(f"status.{status}", lang), count=len(rows))
            lines.append(say("line.fact", lang, label=label, value=names))
    return _lines(line for line in lines if line or day is None)


def _by_name(row: MembershipRow) -> tuple[tuple[str, str], str]:
    return (alphabetical(row.name), row.country)


def _members(args: argparse.Namespace) -> str:
    statuses = tuple(args.status or ("member",))
    chosen = rm.get(args.key)
    table = rm.membership_table(processes=[chosen], on=args.on, statuses=statuses, lang=args.lang)
    if args.format == "json":
        return table.to_json()
    if args.format == "csv":
        return table.to_csv()
    headers = ("country", "alpha3", "name", "status", "since", "until")
    text = _localized_table(headers, table.records(), args.lang)
    return text + _lines(_not_yet([chosen], table.on, args.lang))


def _country(args: argparse.Namespace) -> str:
    profile = rm.country_profile(args.name, on=args.on, lang=args.lang)
    headers = ("id", "name", "status", "since", "until")
    if args.format != "table":
        rows = [{"country": profile.country, **row} for row in profile.records()]
        columns = ("country", *headers, "kind", "began_by")
        return _rows_text(args, columns, rows)
    lang = args.lang
    day = None if profile.on is None else profile.on.isoformat()
    codes = f"{profile.country}, {profile.alpha3}, {profile.numeric}"
    lines = [f"{profile.name} ({codes}){_when(day, lang)}\n"]
    processes = [row.record() for row in profile.processes]
    if processes:
        lines.append("\n" + _localized_table(headers, processes, lang))
    else:
        lines.append(say("line.no_status", lang) + "\n")
    instruments = [row.record() for row in profile.instruments]
    if instruments:
        table = _localized_table((*headers, "began_by"), instruments, lang)
        lines.append("\n" + say("line.instruments", lang) + "\n" + table)
    if profile.unknown:
        said = say("line.unknown_instruments", lang, ids=", ".join(profile.unknown))
        lines.append(f"\n{said}\n")
    commission = profile.refugee_commission
    if commission is not None:
        name = " - ".join(part for part in (commission.acronym, commission.name) if part)
        said = say("line.commission", lang, name=name or commission.legal_basis)
        lines.append(f"\n{said}\n")
    return "".join(lines)


def _distinct(keys: Sequence[str]) -> tuple[Process | Instrument, ...]:
    chosen = tuple(rm.get(key) for key in keys)
    ids = [p.id for p in chosen]
    for found in ids:
        if ids.count(found) > 1:
            raise _UsageError(f"{found} is given twice; compare different processes")
    return chosen


def _compare(args: argparse.Namespace) -> str:
    chosen = _distinct(args.processes)
    ids = [p.id for p in chosen]
    table = rm.membership_table(processes=chosen, on=args.on, statuses="member")
    where: dict[str, list[str]] = {}
    for row in table.rows:
        where.setdefault(row.country, []).append(row.process)
    countries = {code: [i for i in ids if i in found] for code, found in where.items()}
    shared = sorted(code for code, found in countries.items() if len(found) == len(ids))
    only = {i: sorted(code for code, found in countries.items() if found == [i]) for i in ids}
    jaccard = len(shared) / len(countries) if countries else 0.0
    day = None if table.on is None else table.on.isoformat()
    if args.format == "json":
        return json_text(
            {
                "processes": ids,
                "on": day,
                "shared": shared,
                "only": only,
                "countries": dict(sorted(countries.items())),
                "jaccard": jaccard,
            }
        )
    if args.format == "csv":
        rows = [
            {"country": c, "name": rm.country_name(c, args.lang), "processes": " ".join(found)}
            for c, found in sorted(countries.items(), key=lambda item: (-len(item[1]), item))
        ]
        return csv_text(("country", "name", "processes"), rows)
    text = _comparison_text(args.lang, ids, countries, day, jaccard)
    return text + _lines(_not_yet(chosen, table.on, args.lang))


def _comparison_text(
    lang: Language, ids: list[str], countries: dict[str, list[str]], day: str | None, jaccard: float
) -> str:
    named = ", ".join(ids[:-1]) + say("compare.and", lang) + ids[-1]
    groups = [
        (say("compare.both" if len(ids) == _PAIR else "compare.all", lang), len(ids), None),
        *((say("compare.only", lang, process=i), 1, i) for i in ids),
    ]
    lines = [say("compare.title", lang, processes=named, when=_when(day, lang)), ""]
    for title, size, process in groups:
        codes = sorted(
            c for c, found in countries.items() if len(found) == size and process in (None, *found)
        )
        lines.append(say("line.count", lang, label=title, count=len(codes)))
        lines.extend(f"  {code}  {rm.country_name(code, lang)}" for code in codes)
        if not codes:
            lines.append("  " + say("line.none", lang))
        lines.append("")
    some = sorted(c for c, found in countries.items() if 1 < len(found) < len(ids))
    if len(ids) > _PAIR:
        lines.append(say("line.count", lang, label=say("compare.some", lang), count=len(some)))
        lines.extend(f"  {c}  {rm.country_name(c, lang)} ({', '.join(countries[c])})" for c in some)
        if not some:
            lines.append("  " + say("line.none", lang))
        return _lines(lines)
    a, b = ids
    shared = sum(len(found) == _PAIR for found in countries.values())
    lines.append(
        say(
            "compare.jaccard",
            lang,
            value=f"{jaccard:.2f}",
            shared=shared,
            either=len(countries),
        )
    )
    only_a = any(found == [a] for found in countries.values())
    only_b = any(found == [b] for found in countries.values())
    if not shared:
        lines.append(say("compare.disjoint", lang, a=a, b=b))
    elif not only_a and not only_b:
        lines.append(say("compare.same", lang, a=a, b=b))
    elif not only_a:
        lines.append(say("compare.subset", lang, a=a, b=b))
    elif not only_b:
        lines.append(say("compare.subset", lang, a=b, b=a))
    return _lines(lines)


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
    text = render_table(("", *matrix.processes), cells)
    chosen = [rm.get(key) for key in matrix.processes]
    return text + _lines(_not_yet(chosen, matrix.on, args.lang))


def _timeline(args: argparse.Namespace) -> str:
    rows = [
        {
            "process": event.process,
            "date": str(event.date),
            "event": event.kind,
            "country": event.country,
            "name": None if event.country is None else rm.country_name(event.country, args.lang),
            "status": event.status,
            "previous": event.previous,
        }
        for event in rm.timeline(args.key)
    ]
    if args.format == "table":
        return _localized_table(
            ("date", "event", "country", "name", "status", "previous"), rows, args.lang
        )
    return _rows_text(
        args, ("process", "date", "event", "country", "name", "status", "previous"), rows
    )


def _export(args: argparse.Namespace) -> str:
    table = rm.membership_table(on=args.on, statuses=tuple(args.status or STATUSES), lang=args.lang)
    if args.format == "json":
        return table.to_json()
    if args.format == "table":
        headers = ("country", "alpha3", "numeric", "name", "process", "status", "since", "until")
        return _localized_table(headers, table.records(), args.lang)
    return table.to_csv()


_COMMISSION_COLUMNS = (
    "country",
    "acronym",
    "name",
    "established",
    "legal_basis",
    "placement",
    "confidence",
    "note",
    "sources",
)
_SOURCE_COLUMNS = ("id", "title", "publisher", "url", "published", "seen", "note")


def _facts(row: dict[str, Any], lang: Language) -> list[str]:
    """One "label: value" line per filled column of *row*."""
    return [
        _fact(label, _shown(label, value, lang), lang)
        for label, value in row.items()
        if value is not None
    ]


def _commissions(args: argparse.Namespace) -> str:
    found: tuple[rm.RefugeeCommission, ...] = rm.refugee_commissions()
    lang = args.lang
    if args.country is not None:
        code = rm.country_code(args.country)
        found = tuple(c for c in found if c.country == code)
    rows = [
        {
            "country": c.country,
            "acronym": c.acronym,
            "name": c.name,
            "established": None if c.established is None else str(c.established),
            "legal_basis": c.legal_basis,
            "placement": c.placement,
            "confidence": c.confidence,
            "note": c.note,
            "sources": " ".join(s.id for s in c.sources),
        }
        for c in found
    ]
    if args.format != "table":
        return _rows_text(args, _COMMISSION_COLUMNS, rows)
    if args.country is None:
        return _localized_table(("country", "acronym", "name", "established"), rows, lang)
    country = f"{rm.country_name(code, lang)} ({code})"
    if not rows:
        return say("line.no_commission", lang, country=country) + "\n"
    return _lines([country, *_facts({k: v for k, v in rows[0].items() if k != "country"}, lang)])


def _sources(args: argparse.Namespace) -> str:
    found = rm.sources()
    if args.id is not None:
        found = tuple(s for s in found if s.id == args.id)
        if not found:
            raise _UsageError(f"no source has the id {args.id[:60]!r}; see '{PROG} sources'")
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "url": s.url,
            "published": None if s.published is None else str(s.published),
            "seen": str(s.seen),
            "note": s.note,
        }
        for s in found
    ]
    if args.format != "table":
        return _rows_text(args, _SOURCE_COLUMNS, rows)
    if args.id is None:
        return _localized_table(("id", "seen", "publisher", "title"), rows, args.lang)
    return _lines(_facts(rows[0], args.lang))


def _datapackage(args: argparse.Namespace) -> str:
    return say("line.wrote", args.lang, path=rm.write_datapackage(args.directory)) + "\n"


def _language(argv: Sequence[str]) -> Language:
    """The language *argv* asks for, read before parsing so that ``--help`` speaks it."""
    lang: Language = "en"
    for at, arg in enumerate(argv):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and at + 1 < len(argv):
            value = argv[at + 1]
        for known in get_args(rm.Language):
            if value == known:
                lang = known
    return lang


def _parser(lang: Language = "en") -> _Parser:
    def text(message: str, default: str | None = None) -> str:
        said = say(message, lang)
        if default is None:
            return said
        return say("help.default", lang, text=said, default=say(default, lang))

    def parser_of(new: Callable[..., _Parser], **options: object) -> _Parser:
        """A parser whose help, usage and section titles are in *lang*."""
        made = new(formatter_class=partial(_Help, lang=lang), add_help=False, **options)
        made.add_argument("-h", "--help", action="help", help=text("help.help"))
        made._positionals.title = text("help.positionals")  # noqa: SLF001 - argparse's only way
        made._optionals.title = text("help.options")  # noqa: SLF001
        return made

    parser = parser_of(
        _Parser, prog=PROG, description=text("help.description"), epilog=text("help.epilog")
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help=text("help.version"),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=text("help.format", "help.format_default"),
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=text("help.lang", "value.en")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str,
        run: Callable[[argparse.Namespace], str],
        *,
        dated: bool = False,
        default_format: str = "table",
    ) -> _Parser:
        said = text(f"command.{name}")
        sub = parser_of(commands.add_parser, name=name, help=said, description=said)
        if dated:
            sub.add_argument("--on", metavar="YYYY-MM-DD", help=text("help.on", "help.on_default"))
        # Given here, the options override those given before the command; left out,
        # they leave those untouched (argparse.SUPPRESS adds no default).
        sub.add_argument(
            "--format",
            choices=FORMATS,
            default=argparse.SUPPRESS,
            help=text("help.format", f"value.{default_format}"),
        )
        sub.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=text("help.lang", "value.en"),
        )
        sub.set_defaults(run=run, default_format=default_format)
        return sub

    def statuses(sub: _Parser, default: str) -> None:
        sub.add_argument(
            "--status", choices=STATUSES, action="append", help=text("help.status", default)
        )

    key = text("help.process")
    command("list", _list)
    command("instruments", _instruments)
    command("show", _show, dated=True).add_argument("key", metavar="KEY", help=key)
    members = command("members", _members, dated=True)
    members.add_argument("key", metavar="KEY", help=key)
    statuses(members, "value.member")
    command("country", _country, dated=True).add_argument(
        "name", metavar="NAME", help=text("help.country")
    )
    command("compare", _compare, dated=True).add_argument(
        "processes", metavar="PROCESS", nargs="+", help=key
    )
    matrix = command("matrix", _matrix, dated=True)
    matrix.add_argument(
        "processes", metavar="PROCESS", nargs="*", help=text("help.process", "help.every_process")
    )
    matrix.add_argument(
        "--metric",
        choices=("count", "jaccard"),
        default="count",
        help=text("help.metric", "value.count"),
    )
    command("timeline", _timeline).add_argument("key", metavar="PROCESS", help=key)
    command("vote", _vote).add_argument(
        "resolution", metavar="RESOLUTION", help=text("help.resolution")
    )
    export = command("export", _export, dated=True, default_format="csv")
    statuses(export, "help.every_status")
    export.add_argument("--output", "-o", metavar="FILE", help=text("help.output", "help.stdout"))
    export.add_argument("--force", action="store_true", help=text("help.force", "help.no_force"))
    command("commissions", _commissions).add_argument(
        "country",
        metavar="COUNTRY",
        nargs="?",
        help=text("help.one_country", "help.every_country"),
    )
    command("sources", _sources).add_argument(
        "id", metavar="ID", nargs="?", help=text("help.source", "help.every_source")
    )
    command("datapackage", _datapackage).add_argument(
        "directory", metavar="DIR", help=text("help.directory")
    )
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


def _print(text: str) -> None:
    """Write *text* to standard output, escaping what its encoding cannot show."""
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise _OutputError("cannot write to standard output: it is closed")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
        stream.flush()
    except BrokenPipeError:
        # Point the descriptor at devnull so that the flush at exit fails no more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
        raise _ReaderGone from None
    except OSError as exc:
        raise _OutputError(f"cannot write to standard output: {exc.strerror}") from None


def _save(name: str, text: str, *, force: bool) -> None:
    """Write *text* to the file *name* whole or not at all.

    A regular file is replaced in one step, and only with *force*; a device or a
    named pipe is written into; a symbolic link is replaced itself, never the file it
    points to (see `regional_migration._core.files`).
    """
    try:
        write_file(Path(name), text, force=force)
    except FileWriteError as exc:
        raise _OutputError(str(exc)) from None


def _fail(message: str) -> int:
    if sys.stderr is not None:  # with standard error closed too, the status says it all
        sys.stderr.write(f"{PROG}: error: {message}\n")
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    Examples:
        >>> main(["members", "MIRPS", "--format", "csv"])  # doctest: +ELLIPSIS
        # data_version: ...
        # on: current
        # rule: certain
        country,alpha3,numeric,name,process,status,since,until,...
        BZ,BLZ,084,Belize,MIRPS,member,...
        0
    """
    try:
        arguments = sys.argv[1:] if argv is None else argv
        args = _parser(_language(arguments)).parse_args(arguments)
        if args.format is None:
            args.format = args.default_format
        text: str = args.run(args)
        output: str | None = getattr(args, "output", None)
        if output is None or output == "-":
            _print(text)
        else:
            _save(output, text, force=args.force)
    except (_UsageError, RegionalMigrationError) as exc:
        return _fail(_message(exc))
    except _OutputError as exc:
        return _fail(str(exc))
    except FileWriteError as exc:  # from the files the datapackage command writes
        return _fail(str(exc))
    except _ReaderGone:
        return 1
    except SystemExit as exc:  # --help and --version
        return 0 if exc.code is None else int(exc.code)
    return 0
