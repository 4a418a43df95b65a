"""The ``regional-migration`` command: look up, compare and export from a terminal.

Each sub-command prints a plain-text table by default, or CSV or JSON with
``--format``; ``--format``, ``--lang`` and ``--provenance`` go before or after the
sub-command. Every command has one output contract: CSV is plain RFC 4180 that any
reader takes with no options (``--provenance`` puts ``#`` lines of provenance first),
and JSON is one object with the data version (``data_version``), its notes and its
``rows``. Tables fit the width of the terminal, wrapping long cells between words. Bad input
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
import textwrap
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, get_args

import regional_migration as rm
from regional_migration._core.export import Answer, json_text
from regional_migration._core.files import FileWriteError, write_file
from regional_migration._core.messages import alphabetical, format_value, say
from regional_migration.errors import (
    Hint,
    RegionalMigrationError,
    UnknownCountryError,
    UnknownKeyError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from datetime import date

    from _typeshed import SupportsWrite

    from regional_migration import Comparison, Instrument, Language, MembershipRow, Process

    # A function that adds a command's own arguments to its parser.
    Arguments = Callable[["_Parser"], object]

__all__ = ["main", "render_table"]

PROG = "regional-migration"
FORMATS = ("table", "csv", "json")
STATUSES: tuple[rm.Status, ...] = rm.STATUSES
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
    "source_kind": "source_kind",
    "certainty": "certainty",
    "vote": "vote",
}
# Two processes get the two-way summary: the Jaccard index and which holds the other.
_PAIR = 2
# The narrowest a column of text is made to fit the terminal: its header, and its
# longest word up to this length. Only longer "words" (web addresses, joined codes) are
# broken; the longest words of names, such as "Intergubernamentales", have 20 letters.
_LONGEST_WORD = 20
# The width of a table when standard output is no terminal and ``COLUMNS`` is not set.
_FALLBACK_COLUMNS = 80


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


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, width: int | None = None
) -> str:
    """Aligned plain-text columns under a ruled header, fitted to *width* characters.

    A missing value (``None``) shows as an empty cell. *width* is by default the width
    of the terminal (``COLUMNS`` first, as ``shutil.get_terminal_size`` reads it).
    When the table is wider, the columns of text with the most room to give are
    narrowed, and their cells wrap between words onto further lines; only a "word"
    longer than 20 characters, such as a web address, may be broken. A column of single
    words (ids, codes, dates) is never narrowed, and a table that cannot fit is left to
    the terminal.

    Examples:
        >>> print(render_table(("id", "members"), [("CRM", 11), ("MIRPS", 7)]), end="")
        id     members
        -----  -------
        CRM    11
        MIRPS  7
        >>> print(
        ...     render_table(
        ...         ("id", "name"), [("CRM", "Regional Conference on Migration")], width=24
        ...     ),
        ...     end="",
        ... )
        id   name
        ---  -------------------
        CRM  Regional Conference
             on Migration
    """
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    floors = [
        max([len(h), *(min(len(w), _LONGEST_WORD) for row in cells for w in row[i].split())])
        if any(" " in row[i] for row in cells)
        else widths[i]
        for i, h in enumerate(headers)
    ]
    _fit(widths, floors, width)
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        parts = [_wrapped(cell, w) for cell, w in zip(row, widths, strict=True)]
        lines.extend(
            "  ".join(
                (part[at] if at < len(part) else "").ljust(w)
                for part, w in zip(parts, widths, strict=True)
            )
            for at in range(max(len(part) for part in parts))
        )
    return "".join(line.rstrip() + "\n" for line in lines)


def _fit(widths: list[int], narrowest: Sequence[int], width: int | None) -> None:
    """Narrow *widths*, never below *narrowest*, until the columns and gaps fit *width*."""
    room = _columns() if width is None else width
    floors = [min(w, floor) for w, floor in zip(widths, narrowest, strict=True)]
    while sum(widths) + 2 * (len(widths) - 1) > room:
        wide = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
        if widths[wide] <= floors[wide]:
            return  # as narrow as it goes: the terminal wraps the rest
        widths[wide] -= 1


def _columns() -> int:
    """The width of the terminal, as `shutil.get_terminal_size` reads it.

    ``COLUMNS`` first, then the terminal of standard output, then 80. Read here rather
    than through shutil, whose import loads the compression modules: a few milliseconds
    of every command.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stream = sys.__stdout__
    try:
        columns = 0 if stream is None else os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or _FALLBACK_COLUMNS


def _wrapped(cell: str, width: int) -> list[str]:
    """*cell* in lines of at most *width*, broken between words."""
    if len(cell) <= width:
        return [cell]
    return textwrap.wrap(cell, width, break_on_hyphens=False)


def _provenance(on: str) -> dict[str, str]:
    """What a listing says of itself, as every answer does: the data version, the day."""
    return {"data_version": rm.DATA_VERSION, "on": on}


def _filled(text: str) -> str:
    """A long line of *text* broken between words to the width of the terminal."""
    return textwrap.fill(text, _columns(), break_long_words=False, subsequent_indent="  ")


@dataclass(frozen=True)
class _Rows(Answer):
    """A listing as an answer, so that it prints, and exports, as every answer does."""

    names: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    facts: dict[str, str] = field(default_factory=lambda: _provenance("current"))
    summary: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.names

    def records(self) -> tuple[dict[str, Any], ...]:
        return self.rows

    def provenance(self) -> dict[str, str]:
        return self.facts

    def _summary(self) -> dict[str, object]:
        return self.summary


def _lines(lines: Iterable[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _shown(column: str, value: object, lang: Language) -> object:
    """A cell as a table shows it: a code of `_CODED` as a word of *lang*."""
    prefix = _CODED.get(column)
    if prefix is None or value is None:
        return value
    return say(f"{prefix}.{value}", lang)


def _localized_table(
    headers: Sequence[str], rows: Iterable[Mapping[str, Any]], lang: Language
) -> str:
    return render_table(
        [say(f"column.{h}", lang) for h in headers],
        [[_shown(h, row[h], lang) for h in headers] for row in rows],
    )


def _output(
    args: argparse.Namespace,
    answer: Answer,
    shown: Sequence[str] | None = None,
    *,
    text: str | None = None,
) -> str:
    """*answer* as ``--format`` asks: its own JSON or CSV, or a table in ``--lang``.

    A table shows the columns *shown* (all by default), or *text* when the command
    writes its own; with ``--provenance``, the provenance follows it.
    """
    if args.format == "json":
        return answer.to_json()
    if args.format == "csv":
        return answer.to_csv(provenance=args.provenance)
    if text is None:
        text = _localized_table(shown or answer.columns, answer.records(), args.lang)
    said = [f"# {key}: {value}" for key, value in answer.provenance().items()]
    return text + (_lines(said) if args.provenance else "")


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
    columns = ("id", "acronym", "name", "kind", "founded", "members")
    return _output(args, _Rows(columns, tuple(rows)), ("id", "acronym", "name", "members"))


def _instruments(args: argparse.Namespace) -> str:
    # A declaration whose adopting states are not on record has no count of members:
    # its "members" is empty (null in JSON), "not on record" in a table, never 0.
    rows = [
        {
            "id": i.id,
            "name": i.short_name.get(args.lang),
            "kind": i.kind,
            "adopted": str(i.adopted),
            "entry_into_force": None if i.entry_into_force is None else str(i.entry_into_force),
            "members": None if i.adopters_unknown is not None and not i.members else len(i.members),
            "unknown": len(i.unknown),
            "scope": len(rm.Instrument.SCOPE),
        }
        for i in rm.instruments()
    ]
    columns = ("id", "name", "kind", "adopted", "entry_into_force", "members", "unknown", "scope")
    answer = _Rows(columns, tuple(rows))
    if args.format != "table":
        return _output(args, answer)
    missing = say("line.not_on_record", args.lang)
    shown = [
        {**row, "members": missing if row["members"] is None else row["members"]} for row in rows
    ]
    text = _localized_table(("id", "name", "kind", "members", "unknown"), shown, args.lang)
    scope = say("line.scope", args.lang, scope=len(rm.Instrument.SCOPE))
    return _output(args, answer, text=f"{text}{scope}\n")


def _vote(args: argparse.Namespace) -> str:
    # Every state in scope has a row. A state a partial roll does not name has no
    # vote: empty in CSV, null in JSON, "not on record" in a table, never a choice.
    vote = rm.vote(args.resolution)
    rows = [
        {
            "resolution": vote.resolution,
            "country": code,
            "name": rm.country_name(code, args.lang),
            "vote": vote.votes.get(code),
        }
        for code in sorted({*vote.votes, *vote.unrecorded})
    ]
    totals = vote.totals
    summary = {
        "resolution": vote.resolution,
        "title": vote.title.get(args.lang),
        "date": vote.date.isoformat(),
        "totals": totals.model_dump(mode="json"),
        "roll": vote.roll,
        "unrecorded": sorted(vote.unrecorded),
    }
    partial = (
        []
        if vote.roll == "complete"
        else [
            say(
                "line.vote_partial",
                args.lang,
                named=len(vote.votes),
                scope=len(rm.Instrument.SCOPE),
            )
        ]
    )
    answer = _Rows(
        ("resolution", "country", "name", "vote"),
        tuple(rows),
        summary=summary,
        notes=tuple(partial) + (() if vote.note is None else (vote.note,)),
    )
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
        *partial,
        "",
    ]
    missing = say("line.not_on_record", args.lang)
    cells = [
        [
            row["country"],
            row["name"],
            missing if row["vote"] is None else _shown("vote", row["vote"], args.lang),
        ]
        for row in rows
    ]
    headers = [say(f"column.{h}", args.lang) for h in ("country", "name", "vote")]
    text = _lines(lines) + render_table(headers, cells)
    return _output(args, answer, text=text)


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


def _term(process: Process | Instrument, day: date | None) -> rm.Presidency | None:
    """The presidency term of *process* on *day* (now, if None), if it has one."""
    if not isinstance(process, rm.Process) or not process.presidencies:
        return None
    if day is None:
        return process.presidencies[-1]
    found = process.presidency_on(day)
    return found[0] if found else None


def _term_text(term: rm.Presidency, lang: Language) -> str:
    """A term in words: who held it, from when, until when."""
    if term.country is None:
        holder = say("line.holder_unknown", lang)
    else:
        holder = ", ".join(f"{rm.country_name(c, lang)} ({c})" for c in term.holders)
    if term.end is None:
        return say("line.term_open", lang, holder=holder, start=term.start)
    if term.end == term.start:
        return say("line.term_window", lang, holder=holder, start=term.start)
    return say("line.term", lang, holder=holder, start=term.start, end=term.end)


def _show(args: argparse.Namespace) -> str:
    process = rm.get(args.key)
    table = rm.membership_table(processes=[process], on=args.on, lang=args.lang, rule=args.rule)
    day = table.on
    term = _term(process, day)
    if args.format == "csv":
        return table.to_csv(provenance=args.provenance)
    by_status = {s: [r for r in table.rows if r.status == s] for s in STATUSES}
    unknown = sorted(country for country, _ in table.unknown)
    scope = len(rm.Instrument.SCOPE) if isinstance(process, rm.Instrument) else None
    if args.format == "json":
        return json_text(
            {
                **table.provenance(),
                "notes": list(table.notes),
                "id": process.id,
                "acronym": None if process.acronym is None else process.acronym.get(args.lang),
                "name": process.name.get(args.lang),
                **_body_facts(process),
                "countries": {s: [r.country for r in rows] for s, rows in by_status.items()},
                "rows": list(table.records()),
                "unknown": unknown,
                **({} if scope is None else {"scope": scope}),
                "presidency": None
                if term is None
                else {
                    "country": term.country,
                    "shared_with": list(term.shared_with),
                    "start": str(term.start),
                    "end": None if term.end is None else str(term.end),
                    "note": term.note,
                },
            }
        )
    lang = args.lang
    lines = [f"{process.id}  {process.name.get(lang)}"]
    for label, value in _body_facts(process).items():
        if value:
            shown = say(f"kind.{value}", lang) if label == "kind" else value
            lines.append(_fact(label, shown, lang))
    if term is not None:
        lines.append(_fact("presidency", _term_text(term, lang), lang))
    lines.append("" if day is None else say("line.on", lang, day=day.isoformat()))
    lines.extend(_not_yet([process], day, lang))
    lines.extend(_left_out(table, lang))
    for status, rows in by_status.items():
        if rows:
            names = ", ".join(f"{r.name} ({r.country})" for r in sorted(rows, key=_by_name))
            lines.append(_filled(_count_line(status, len(rows), names, scope, lang)))
    if unknown:
        names = ", ".join(f"{rm.country_name(c, lang)} ({c})" for c in unknown)
        lines.append(_filled(_count_line("unknown", len(unknown), names, scope, lang)))
    return _output(args, table, text=_lines(line for line in lines if line or day is None))


def _count_line(status: str, count: int, names: str, scope: int | None, lang: Language) -> str:
    """A count line: with the states in scope for an instrument, such as "(26 of 37 ...)"."""
    label = say(f"status.{status}", lang)
    if scope is None:
        counted = say("line.count", lang, label=label, count=count)
    else:
        counted = say("line.count_scope", lang, label=label, count=count, scope=scope)
    return say("line.fact", lang, label=counted, value=names)


def _by_name(row: MembershipRow) -> tuple[tuple[str, str], str]:
    return (alphabetical(row.name), row.country)


def _members(args: argparse.Namespace) -> str:
    statuses = tuple(args.status or ("member",))
    chosen = rm.get(args.key)
    table = rm.membership_table(
        processes=[chosen], on=args.on, statuses=statuses, lang=args.lang, rule=args.rule
    )
    headers: tuple[str, ...] = ("country", "alpha3", "name", "status", "since", "until")
    if table.rule == "possible" and table.on is not None:
        headers = (*headers, "certainty")
    text = _localized_table(headers, table.records(), args.lang)
    notes = [*_not_yet([chosen], table.on, args.lang), *_left_out(table, args.lang)]
    return _output(args, table, text=text + _lines(notes))


def _left_out(table: rm.MembershipTable, lang: Language) -> list[str]:
    """A line for each process whose loosely dated memberships the "certain" rule leaves out.

    Before them, what the day asked about means: a year read as its last day, a day
    after the data's version.
    """
    day = "" if table.on is None else table.on.isoformat()
    lines = []
    if any("end of the year" in note for note in table.notes):
        lines.append(say("line.year", lang, day=day))
    if table.on is not None and day > rm.DATA_VERSION:
        lines.append(say("line.after_data", lang, version=rm.DATA_VERSION, day=day))
    return lines + [
        say("line.left_out", lang, count=count, process=process, day=day)
        for process, count in table.left_out
    ]


def _country(args: argparse.Namespace) -> str:
    profile = rm.country_profile(args.name, on=args.on, lang=args.lang, rule=args.rule)
    headers = ("id", "name", "status", "since", "until")
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
        lines.append(f"\n{_filled(said)}\n")
    if profile.possible:
        said = say("line.possible_in", lang, ids=", ".join(profile.possible))
        lines.append(f"\n{_filled(said)}\n")
    commission = profile.refugee_commission
    if not profile.commission_covered:
        covered = ", ".join(sorted(rm.refugee_commissions().coverage))
        said = say("line.commission_not_covered", lang, countries=covered)
        lines.append(f"\n{_filled(said)}\n")
    if commission is not None and commission.kind in ("unhcr", "none"):
        lines.append("\n" + say(f"line.commission_{commission.kind}", lang) + "\n")
    elif commission is not None:
        name = " - ".join(part for part in (commission.acronym, commission.name) if part)
        said = say("line.commission", lang, name=name or commission.legal_basis)
        lines.append(f"\n{said}\n")
    return _output(args, profile, text="".join(lines))


def _compare(args: argparse.Namespace) -> str:
    if len(args.processes) < _PAIR:
        raise _UsageError(
            f"compare needs two processes or more, got {len(args.processes)}; "
            f"see '{PROG} compare --help'"
        )
    chosen = tuple(rm.get(key) for key in args.processes)
    ids = [p.id for p in chosen]
    for found in ids:
        if ids.count(found) > 1:
            raise _UsageError(f"{found} is given twice; compare different processes")
    comparison = rm.compare(*chosen, on=args.on, lang=args.lang, rule=args.rule)
    text = _comparison_text(args.lang, comparison)
    uncertain = len(comparison.uncertain)
    bound = [say("line.lower_bound", args.lang, count=uncertain)] if uncertain else []
    notes = [*_not_yet(chosen, comparison.on, args.lang), *bound]
    return _output(args, comparison, text=text + _lines(notes))


def _comparison_text(lang: Language, comparison: Comparison) -> str:
    """The parts of *comparison* as a person reads them: what all share, what each has."""
    ids = comparison.processes
    day = None if comparison.on is None else comparison.on.isoformat()
    named = ", ".join(ids[:-1]) + say("compare.and", lang) + ids[-1]
    groups = [
        (say("compare.both" if len(ids) == _PAIR else "compare.all", lang), comparison.shared),
        *((say("compare.only", lang, process=i), codes) for i, codes in comparison.only.items()),
    ]
    lines = [say("compare.title", lang, processes=named, when=_when(day, lang)), ""]
    for title, codes in groups:
        lines.append(say("line.count", lang, label=title, count=len(codes)))
        lines.extend(f"  {code}  {rm.country_name(code, lang)}" for code in sorted(codes))
        if not codes:
            lines.append("  " + say("line.none", lang))
        lines.append("")
    jaccard = format_value(comparison.jaccard, "jaccard", lang)
    if len(ids) > _PAIR:
        where = {r["country"]: r["processes"].split() for r in comparison.records()}
        some = sorted(comparison.some)
        lines.append(say("line.count", lang, label=say("compare.some", lang), count=len(some)))
        lines.extend(f"  {c}  {rm.country_name(c, lang)} ({', '.join(where[c])})" for c in some)
        if not some:
            lines.append("  " + say("line.none", lang))
        lines.append("")
        counts = {"shared": len(comparison.shared), "any": len(comparison.union)}
        lines.append(say("compare.jaccard_all", lang, value=jaccard, **counts))
        return _lines(lines)
    a, b = comparison.a, comparison.b
    lines.append(
        say(
            "compare.jaccard",
            lang,
            value=jaccard,
            shared=len(comparison.shared),
            either=len(comparison.union),
        )
    )
    if comparison.is_disjoint:
        lines.append(say("compare.disjoint", lang, a=a, b=b))
    elif comparison.is_subset and comparison.is_superset:
        lines.append(say("compare.same", lang, a=a, b=b))
    elif comparison.is_subset:
        lines.append(say("compare.subset", lang, a=a, b=b))
    elif comparison.is_superset:
        lines.append(say("compare.subset", lang, a=b, b=a))
    return _lines(lines)


def _matrix(args: argparse.Namespace) -> str:
    matrix = rm.overlap_matrix(
        args.processes or None, on=args.on, metric=args.metric, rule=args.rule
    )
    cells = [
        [name, *(matrix.cell(name, other, lang=args.lang) for other in matrix.processes)]
        for name in matrix.processes
    ]
    text = render_table(("", *matrix.processes), cells)
    chosen = [rm.get(key) for key in matrix.processes]
    most = max((n for row in matrix.uncertain for n in row), default=0)
    bound = [say("line.matrix_bound", args.lang, count=most)] if most else []
    return _output(
        args, matrix, text=text + _lines([*_not_yet(chosen, matrix.on, args.lang), *bound])
    )


def _timeline(args: argparse.Namespace) -> str:
    found = rm.get(args.key)
    events = rm.timeline(found)
    rows = [
        {
            "date": str(event.date),
            "event": event.kind,
            "country": event.country,
            "name": None if event.country is None else rm.country_name(event.country, args.lang),
            "status": event.status,
            "previous": event.previous,
        }
        for event in events
    ]
    title = f"{found.id}  {found.name.get(args.lang)}\n\n"
    text = _localized_table(
        ("date", "event", "country", "name", "status", "previous"), rows, args.lang
    )
    return _output(args, events, text=title + text)


_MEETING_COLUMNS = ("process", "date", "name", "city", "country", "host", "documents")


def _meetings(args: argparse.Namespace) -> str:
    found = rm.meetings(
        args.key,
        country=args.country,
        between=None if args.between is None else tuple(args.between),
    )
    return _output(args, found, _MEETING_COLUMNS)


def _export(args: argparse.Namespace) -> str:
    table = rm.membership_table(
        on=args.on, statuses=tuple(args.status or STATUSES), lang=args.lang, rule=args.rule
    )
    headers = ("country", "alpha3", "numeric", "name", "process", "status", "since", "until")
    text = _localized_table(headers, table.records(), args.lang)
    return _output(args, table, text=text + _lines(_left_out(table, args.lang)))


_COMMISSION_COLUMNS = (
    "country",
    "kind",
    "acronym",
    "name",
    "established",
    "legal_basis",
    "placement",
    "confidence",
    "note",
    "sources",
)
_SOURCE_COLUMNS = ("id", "title", "publisher", "kind", "url", "published", "seen", "note")


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
            "kind": c.kind,
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
    answer = _Rows(_COMMISSION_COLUMNS, tuple(rows))
    if args.country is None:
        shown = [
            {**row, "name": row["name"] or say("line.name_not_verified", lang)} for row in rows
        ]
        text = _localized_table(("country", "kind", "acronym", "name", "established"), shown, lang)
        return _output(args, answer, text=text)
    country = f"{rm.country_name(code, lang)} ({code})"
    if not rows:
        covered = ", ".join(sorted(rm.refugee_commissions().coverage))
        said = say("line.not_covered", lang, country=country, countries=covered)
        return _output(args, answer, text=said + "\n")
    facts = _facts({k: v for k, v in rows[0].items() if k != "country"}, lang)
    return _output(args, answer, text=_lines([country, *facts]))


def _sources(args: argparse.Namespace) -> str:
    found: tuple[rm.Source, ...] = rm.sources()
    if args.id is not None:
        found = tuple(s for s in found if s.id == args.id)
        if not found:
            raise _UsageError(f"no source has the id {args.id[:60]!r}; see '{PROG} sources'")
    if args.kind:
        found = tuple(s for s in found if s.kind in args.kind)
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "source_kind": s.kind,
            "url": s.url,
            "published": None if s.published is None else str(s.published),
            "seen": str(s.seen),
            "note": s.note,
        }
        for s in found
    ]
    answer = _Rows(_SOURCE_COLUMNS, tuple(_renamed(row) for row in rows))
    if args.id is None:
        # Who speaks, and what: the publisher and the day read are in `sources ID`.
        headers = ("id", "source_kind", "title")
        return _output(args, answer, text=_localized_table(headers, rows, args.lang))
    return _output(args, answer, text=_lines(_facts(rows[0], args.lang)))


def _renamed(row: dict[str, Any]) -> dict[str, Any]:
    """A source's row with ``source_kind`` named ``kind``, as the data names it."""
    return {("kind" if key == "source_kind" else key): value for key, value in row.items()}


def _panel(args: argparse.Namespace) -> str:
    if len(args.years) > 2:  # noqa: PLR2004 - a first and a last year
        raise _UsageError("give one year, or the first and the last year, such as 2000 2026")
    first, last = args.years[0], args.years[-1]
    panel = rm.merge_panel(
        range(first, last + 1),
        processes=args.process,
        codes=args.codes or ("iso2c", "iso3c", "iso3n"),
        form=args.form,
    )
    headers = [str(column) for column in panel.columns]
    rows = [
        {h: _plain(v) for h, v in zip(headers, row, strict=True)}
        for row in panel.itertuples(index=False)
    ]
    answer = _Rows(tuple(headers), tuple(rows))
    shown = [["" if row[h] is None else row[h] for h in headers] for row in rows]
    return _output(args, answer, text=render_table(headers, shown))


def _plain(value: object) -> object:
    """A cell of a DataFrame as plain Python: ``None``, a number, a day or text."""
    if value is None or str(value) in {"<NA>", "NaT", "nan"}:
        return None
    if hasattr(value, "strftime"):  # a pandas Timestamp: the day
        return str(value.strftime("%Y-%m-%d"))
    if hasattr(value, "item"):  # a NumPy number
        return value.item()
    return value if isinstance(value, int) else str(value)


def _codes_arguments(codes: _Parser, text: Callable[[str, str | None], str]) -> None:
    codes.add_argument("values", metavar="VALUE", nargs="+", help=text("help.values", None))
    codes.add_argument(
        "--from",
        dest="from_",
        choices=get_args(rm.Scheme),
        help=text("help.from", "help.from_default"),
    )
    codes.add_argument(
        "--to",
        choices=(*get_args(rm.CodeForm), *get_args(rm.Column)),
        default="alpha2",
        help=text("help.to", "value.alpha2"),
    )


def _panel_arguments(panel: _Parser, text: Callable[[str, str | None], str]) -> None:
    panel.add_argument("years", metavar="YEAR", type=int, nargs="+", help=text("help.years", None))
    panel.add_argument(
        "--form",
        choices=("long", "wide", "spells"),
        default="long",
        help=text("help.form", "value.long"),
    )
    panel.add_argument(
        "--codes",
        nargs="+",
        choices=get_args(rm.Column),
        metavar="COLUMN",
        help=text("help.codes", "help.default_codes"),
    )
    panel.add_argument(
        "--process",
        action="append",
        metavar="PROCESS",
        help=text("help.process", "help.every_process"),
    )


def _release(args: argparse.Namespace) -> str:
    path = rm.write_release(args.directory)
    answer = _Rows(("path",), ({"path": str(path)},))
    return _output(args, answer, text=say("line.wrote", args.lang, path=path) + "\n")


def _codes(args: argparse.Namespace) -> str:
    result = rm.country_codes(args.values, from_=args.from_, to=args.to, not_found=None)
    rows = [
        {
            "value": value,
            "code": code,
            "note": result.not_found.get(value) or result.clashes.get(value),
        }
        for value, code in zip(args.values, result, strict=True)
    ]
    return _output(args, _Rows(("value", "code", "note"), tuple(rows)))


def _datapackage(args: argparse.Namespace) -> str:
    path = rm.write_datapackage(args.directory)
    answer = _Rows(("path",), ({"path": str(path)},))
    return _output(args, answer, text=say("line.wrote", args.lang, path=path) + "\n")


def _site(args: argparse.Namespace) -> str:
    path = rm.write_site(args.folder)
    answer = _Rows(("path",), ({"path": str(path)},))
    return _output(args, answer, text=say("line.wrote", args.lang, path=path) + "\n")


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


def _meeting_arguments(meetings: _Parser, text: Callable[..., str]) -> None:
    """The arguments of ``meetings``: which process, which country, which days."""
    meetings.add_argument(
        "key", metavar="PROCESS", nargs="?", help=text("help.process", "help.every_process")
    )
    meetings.add_argument(
        "--country", metavar="NAME", help=text("help.one_country", "help.every_country")
    )
    meetings.add_argument(
        "--between", metavar="DAY", nargs=2, help=text("help.between", "help.any_time")
    )


def _add_commands(command: Callable[..., None], text: Callable[..., str]) -> None:
    """Add every command through *command*, with a function that adds its own arguments."""

    def statuses(sub: _Parser, default: str) -> None:
        sub.add_argument(
            "--status", choices=STATUSES, action="append", help=text("help.status", default)
        )

    def one(name: str, metavar: str, *helps: str, nargs: str | None = None) -> Arguments:
        """The arguments of a command that takes one positional argument."""
        return lambda sub: sub.add_argument(name, metavar=metavar, nargs=nargs, help=text(*helps))

    def members(sub: _Parser) -> None:
        sub.add_argument("key", metavar="KEY", help=text("help.process"))
        statuses(sub, "value.member")

    def matrix(sub: _Parser) -> None:
        sub.add_argument(
            "processes",
            metavar="PROCESS",
            nargs="*",
            help=text("help.process", "help.every_process"),
        )
        sub.add_argument(
            "--metric",
            choices=("count", "jaccard"),
            default="count",
            help=text("help.metric", "value.count"),
        )

    def export(sub: _Parser) -> None:
        statuses(sub, "help.every_status")
        sub.add_argument("--output", "-o", metavar="FILE", help=text("help.output", "help.stdout"))
        sub.add_argument("--force", action="store_true", help=text("help.force", "help.no_force"))

    def sources(sub: _Parser) -> None:
        sub.add_argument(
            "id", metavar="ID", nargs="?", help=text("help.source", "help.every_source")
        )
        sub.add_argument(
            "--kind",
            choices=get_args(rm.SourceKind),
            action="append",
            help=text("help.source_kind", "help.every_kind"),
        )

    command("list", _list)
    command("instruments", _instruments)
    command("show", _show, one("key", "KEY", "help.process"), dated=True)
    command("members", _members, members, dated=True)
    command("country", _country, one("name", "NAME", "help.country"), dated=True)
    command(
        "compare", _compare, one("processes", "PROCESS", "help.processes", nargs="+"), dated=True
    )
    command("matrix", _matrix, matrix, dated=True)
    command("timeline", _timeline, one("key", "PROCESS", "help.process"))
    command("meetings", _meetings, lambda sub: _meeting_arguments(sub, text))
    command("vote", _vote, one("resolution", "RESOLUTION", "help.resolution"))
    command("export", _export, export, dated=True, default_format="csv")
    command(
        "commissions",
        _commissions,
        one("country", "COUNTRY", "help.one_country", "help.every_country", nargs="?"),
    )
    command("sources", _sources, sources)
    command("codes", _codes, lambda sub: _codes_arguments(sub, text))
    command("datapackage", _datapackage, one("directory", "DIR", "help.directory"))
    command("panel", _panel, lambda sub: _panel_arguments(sub, text), default_format="csv")
    command("release", _release, one("directory", "DIR", "help.directory"))
    command("site", _site, one("folder", "FOLDER", "help.directory"))


def _parser(lang: Language = "en", only: str | None = None) -> _Parser:
    """The parser of the command line, its help in *lang*.

    With *only*, the name of a command, the parser knows that command alone: enough
    to read a command line that plainly names it (see `_named_command`), at a fraction
    of the cost of building every command. A name that is no command gives the whole
    parser, whose message lists the commands.
    """

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
    parser.add_argument(
        "--provenance",
        action="store_true",
        help=text("help.provenance", "help.no_provenance"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    built: list[str] = []

    def command(
        name: str,
        run: Callable[[argparse.Namespace], str],
        arguments: Arguments | None = None,
        *,
        dated: bool = False,
        default_format: str = "table",
    ) -> None:
        if only is not None and name != only:
            return
        built.append(name)
        said = text(f"command.{name}")
        sub = parser_of(commands.add_parser, name=name, help=said, description=said)
        if dated:
            sub.add_argument("--on", metavar="YYYY-MM-DD", help=text("help.on", "help.on_default"))
            sub.add_argument(
                "--rule",
                choices=("certain", "possible"),
                default="certain",
                help=text("help.rule", "value.certain"),
            )
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
        sub.add_argument(
            "--provenance",
            action="store_true",
            default=argparse.SUPPRESS,
            help=text("help.provenance", "help.no_provenance"),
        )
        sub.set_defaults(run=run, default_format=default_format)
        if arguments is not None:
            arguments(sub)

    _add_commands(command, text)
    if only is not None and not built:
        return _parser(lang)
    return parser


def _named_command(argv: Sequence[str]) -> str | None:
    """The word that *argv* names its command with, when nothing unusual comes before it.

    Before it may come only the options ``--format``, ``--lang`` (with their values)
    and ``--provenance``, spelled out. Anything else (``--help``, ``--version``, an
    abbreviated option) gives None: every command is then built, and argparse reads
    *argv* as it always does.

    Examples:
        >>> _named_command(["--lang", "es", "members", "CRM"])
        'members'
        >>> _named_command(["--lan", "es", "members", "CRM"]) is None
        True
    """
    at = 0
    while at < len(argv):
        arg = argv[at]
        if arg in {"--format", "--lang"}:
            at += 2
        elif arg == "--provenance" or arg.startswith(("--format=", "--lang=")):
            at += 1
        else:
            return None if arg.startswith("-") else arg
    return None


def _message(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, UnknownKeyError) and not exc.suggestions:
        # The same error, pointing to the commands rather than the Python calls.
        hint = exc.hint or Hint(
            f"every process is listed by '{PROG} list', every instrument by",
            f"'{PROG} instruments'",
        )
        if hint.command:
            hint = Hint(hint.text, f"'{PROG} {hint.command}'")
        text = str(UnknownKeyError(exc.text, hint=hint))
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
        country,alpha3,numeric,name,process,status,since,until,...
        BZ,BLZ,084,Belize,MIRPS,member,...
        0
    """
    try:
        arguments = sys.argv[1:] if argv is None else argv
        args = _parser(_language(arguments), _named_command(arguments)).parse_args(arguments)
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
