"""Rewrite the generated parts of ``docs/data.md`` from the shipped data.

The page is written by hand except for the regions between marker comments such as
``<!-- begin: coverage -->`` and ``<!-- end: coverage -->``; this script replaces the
text inside each region and leaves everything else alone. ``tests/docs/test_docs.py``
fails when the page differs from what the script would write.

Usage: ``python scripts/generate_data_page.py [--check]``
"""

from __future__ import annotations

import json
import re
import sys
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _generated import write_or_check

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from pydantic import BaseModel

    from regional_migration import PartialDate

PAGE = Path(__file__).resolve().parents[1] / "docs" / "data.md"
COMMAND = "python scripts/generate_data_page.py"
_REGION = re.compile(
    r"(?P<begin><!-- begin: (?P<name>[a-z-]+) -->\n)(?P<body>.*?)(?P<end><!-- end: (?P=name) -->)",
    re.DOTALL,
)


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def _codes(codes: Iterable[str]) -> str:
    listed = sorted(codes)
    return ", ".join(listed) if listed else "none"


_OTHER_STATUSES: tuple[tuple[rm.Status, str], ...] = (
    ("associate", "associates"),
    ("observer", "observers"),
    ("suspended", "suspended"),
)


def _counted(process: rm.Process) -> str:
    """The current statuses other than full membership, counted."""
    parts = []
    for status, plural in _OTHER_STATUSES:
        count = len(process.countries_with(status))
        if count:
            parts.append(f"{count} {status if count == 1 else plural}")
    return ", ".join(parts) if parts else "none"


def _dates(process: rm.Process) -> tuple[PartialDate, PartialDate]:
    """The earliest and the latest date found in the process's membership records."""
    found = [m.since for m in process.memberships]
    found += [m.until for m in process.memberships if m.until is not None]
    return min(found), max(found, key=lambda d: (d.latest, d.earliest, str(d)))


def summary() -> str:
    """A sentence with the data version and the size of the data set."""
    everything = rm.processes()
    records = sum(len(p.memberships) for p in everything)
    countries = {m.country for p in everything for m in p.memberships}
    discrepancies = sum(len(p.discrepancies) for p in everything)
    sources = set().union(*map(cited, [*everything, *rm.refugee_commissions()]))
    texts = rm.instruments()
    by_texts = set().union(*map(cited, [*texts, *rm.votes()]))
    return (
        f"Data version **{rm.DATA_VERSION}**: {len(everything)} processes, "
        f"{records} membership records covering {len(countries)} countries and "
        f"territories, {len(rm.refugee_commissions())} asylum-authority records (one per "
        "state in scope), "
        f"{discrepancies} recorded discrepancies with the seed page, and "
        f"{len(sources)} distinct sources cited; {len(texts)} instruments with "
        f"{sum(len(i.actions) for i in texts)} acts, "
        f"{sum(len(i.unknown) for i in texts)} unknown positions of states in scope and "
        f"{len(rm.votes())} recorded votes, citing {len(by_texts)} distinct sources.\n"
    )


def cited(record: BaseModel) -> set[str]:
    """The ids of every source *record* cites, in any of its parts.

    It walks the record's fields as data (every list under a key ending in "sources"),
    so a part added to a model later is counted without a change here.
    """
    return _source_ids(record.model_dump(mode="json"))


def _source_ids(value: object) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            if key.endswith("sources") and isinstance(inner, list):
                found |= {s if isinstance(s, str) else s["id"] for s in inner}
            else:
                found |= _source_ids(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= _source_ids(inner)
    return found


def coverage() -> str:
    """One row per process: founding, sizes now and at founding, dates covered."""
    rows = []
    for p in rm.processes():
        earliest, latest = _dates(p)
        rows.append(
            (
                f"{p.id}",
                p.name.en,
                str(p.founded),
                len(p.members),
                len(p.members_on(p.founded.latest)),
                _counted(p),
                len(p.memberships),
                str(earliest),
                str(latest),
            )
        )
    return _table(
        (
            "Id",
            "Name",
            "Founded",
            "Members now",
            "Members at founding",
            "Other statuses now",
            "Records",
            "Earliest date",
            "Latest date",
        ),
        rows,
    )


def members() -> str:
    """One row per process: the codes of its full members now and at founding."""
    rows = [
        (p.id, _codes(p.members), _codes(p.members_on(p.founded.latest)), _codes(p.observers))
        for p in rm.processes()
    ]
    return _table(("Id", "Full members now", "Full members at founding", "Observer states"), rows)


def _source_link(source: rm.Source) -> str:
    return f"[{source.title}]({source.url}) ({source.publisher})"


def _discrepancy(d: rm.Discrepancy | rm.InstrumentDiscrepancy, label: str, said: str) -> str:
    """One discrepancy: what the other side says under *label*, what the data holds, why."""
    links = "; ".join(_source_link(s) for s in d.sources)
    return (
        f"**{d.topic}.**\n\n"
        f"- *{label}:* {said}\n"
        f"- *Data:* {d.data}\n"
        f"- *Why:* {d.reason}\n"
        f"- *Sources:* {links}\n"
    )


def discrepancies() -> str:
    """Every discrepancy between the seed page and the data, process by process."""
    parts = []
    for p in rm.processes():
        if not p.discrepancies:
            continue
        parts.append(f"### {p.id}: {p.name.en}\n")
        parts.extend(_discrepancy(d, "Seed page", d.seed) for d in p.discrepancies)
    return "\n".join(parts)


def commissions() -> str:
    """One row per state in scope: who decides on asylum there."""
    nobody = {"unhcr": "none: UNHCR decides", "none": "none: no procedure"}
    rows = [
        (
            f"{c.country} ({rm.country_name(c.country)})",
            c.kind,
            nobody.get(c.kind) or c.name or "not verified",
            c.acronym or "none",
            "unknown" if c.established is None else str(c.established),
            c.legal_basis,
            c.confidence,
        )
        for c in rm.refugee_commissions()
    ]
    headers = ("Country", "Kind", "Name", "Acronym", "Established", "Legal basis", "Confidence")
    return _table(headers, rows)


def _rule(instrument: rm.Instrument) -> str:
    """How the instrument binds a state that joins after its own entry into force."""
    rule = instrument.in_force_rule
    if not instrument.binds:
        return "binds nobody; a state counts from its adoption, endorsement or return"
    if rule is None:
        return "no rule recorded: from the in-force date recorded for the state, else its act"
    if rule.months:
        when = f"the first day of the month after {rule.months} months from the deposit"
    elif rule.days:
        when = f"the {rule.days}th day after the deposit"
    else:
        when = "the day of deposit"
    return f"{when} ({rule.article})"


def _instrument_counts() -> str:
    """One row per instrument: how many states in scope stand where, and sources cited."""
    rows = [
        (
            f"`{i.id}`",
            i.kind,
            len(i.members & i.SCOPE),
            len(i.countries_with("signatory") & i.SCOPE),
            len(i.non_parties),
            "all (adopters not on record)" if i.adopters_unknown is not None else len(i.unknown),
            len(i.actions),
            len(cited(i)),
        )
        for i in rm.instruments()
    ]
    headers = (
        "Id",
        "Kind",
        "Members now",
        "Signatories only",
        "Known non-parties",
        "Unknown",
        "Acts",
        "Sources cited",
    )
    return _table(headers, rows)


def instruments() -> str:
    """Per instrument: its dates, who is bound, what the sources do not give, discrepancies."""
    unknown = sum(len(i.unknown) for i in rm.instruments())
    scope = len(rm.Instrument.SCOPE)
    opening = f"Counts are of the {scope} states in scope; {unknown} positions are unknown.\n"
    parts = [opening, _instrument_counts()]
    for i in rm.instruments():
        acted = {a.country for a in i.actions}
        in_force = "none (not binding)" if i.entry_into_force is None else str(i.entry_into_force)
        lines = [
            f"### {i.short_name.en} (`{i.id}`)\n",
            f"{i.name.en}. A {i.kind}, adopted {i.adopted}"
            + (f" at {i.adopted_at}" if i.adopted_at else "")
            + f"; entry into force: {in_force}; depositary: {i.depositary or 'none'}.\n",
            f"- *Binds a state from:* {_rule(i)}.",
            (
                f"- *Coverage:* {len(i.actions)} acts of {len(acted)} states in scope; "
                f"members now (parties, or states that adopted it): {_codes(i.members)}; "
                f"signatory only: {_codes(i.countries_with('signatory'))}; "
                f"loosely dated acts: {sum(not a.date.is_exact for a in i.actions)}."
            ),
            f"- *Known non-parties:* {_codes(frozenset(n.country for n in i.non_parties))}.",
            f"- *Unknown ({i.in_scope(i.unknown)}):* {_codes(i.unknown)}.",
            f"- *Sources cited:* {len(cited(i))}.",
        ]
        if i.adopters_unknown is not None:
            lines.append(f"- *Adopters not on record:* {i.adopters_unknown}")
        lines.extend(f"- *{u.country} unknown:* {u.reason}" for u in i.unknowns)
        lines.extend(f"- {note}" for note in i.notes)
        parts.append("\n".join(lines) + "\n")
        parts.extend(_discrepancy(d, "Sources say", d.sources_say) for d in i.discrepancies)
    return "\n".join(parts)


def _recorded(vote: rm.RecordedVote, choice: rm.VoteChoice) -> str:
    """The states in scope on record as voting *choice*; "none on record" for a partial roll."""
    codes = _codes(vote.countries(choice))
    return "none on record" if codes == "none" and vote.roll == "partial" else codes


def votes() -> str:
    """One row per recorded vote, with the states in scope that voted each way.

    A partial roll names only some states in scope: the others are not on record, and
    their count is given rather than a list of 36 codes.
    """
    rows = [
        (
            v.resolution,
            v.date.isoformat(),
            v.instrument,
            v.roll,
            f"{v.totals.yes}-{v.totals.no}-{v.totals.abstain}",
            *(_recorded(v, choice) for choice in ("no", "abstain", "non_voting")),
            f"{len(v.unrecorded)} of {len(rm.Instrument.SCOPE)}" if v.unrecorded else "none",
        )
        for v in rm.votes()
    ]
    headers = (
        *("Resolution", "Date", "Instrument", "Roll", "Yes-no-abstain", "No", "Abstain"),
        *("Not voting", "Not on record"),
    )
    text = _table(headers, rows)
    partial = [v for v in rm.votes() if v.roll == "partial"]
    if not partial:
        return text
    said = "\n".join(
        f"- *{v.resolution}, a partial roll:* only the states named above are on record, "
        f"and the vote of the other {len(v.unrecorded)} states in scope is not known. {v.note}"
        for v in partial
    )
    return f"{text}\n{said}\n"


# What each shipped data file is; its counts are read from the file itself.
_FILES: dict[str, str] = {
    "processes.json": "The processes, their memberships, presidencies, secretariats, "
    "documents and discrepancies, the asylum authorities, and the sources they cite.",
    "processes.schema.json": "The JSON Schema of processes.json, generated from the models.",
    "instruments.json": "The treaties, compacts and declarations, each state's acts on "
    "them, known non-parties and unknowns, the recorded votes, and their sources.",
    "instruments.schema.json": "The JSON Schema of instruments.json, generated from the models.",
    "country_names.json": "The Unicode CLDR names of every territory in English, Spanish, "
    "French and Portuguese (generated).",
    "country_table_names.json": "The names UN tables use, from OCHA's Countries & "
    "Territories Taxonomy (generated).",
    "country_aliases.json": "Names and codes no other source gives, each with its reason.",
    "country_ambiguities.json": "The decision on each name the sources give to several countries.",
    "crosswalk.json": "Country codes across schemes (ISO, M49, UNHCR, FIPS 10-4, COW, "
    "Gleditsch-Ward, World Bank, Wikidata), M49 regions and UNHCR's non-country values "
    "(generated).",
    "americas.topo.json": "The map shapes of the Americas and of Spain, Portugal and "
    "Andorra, as TopoJSON keyed by ISO alpha-2 code, from Natural Earth (generated).",
}


def _json(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(
        files("regional_migration").joinpath("data", name).read_bytes()
    )
    return found


def _processes_counts(data: dict[str, Any]) -> str:
    memberships = sum(len(p["memberships"]) for p in data["processes"])
    return (
        f"{len(data['processes'])} processes, {memberships} membership records, "
        f"{len(data['refugee_commissions'])} asylum authorities, "
        f"{len(data['sources'])} sources"
    )


def _instruments_counts(data: dict[str, Any]) -> str:
    acts = sum(len(i["actions"]) for i in data["instruments"])
    return (
        f"{len(data['instruments'])} instruments, {acts} acts, {len(data['votes'])} "
        f"recorded votes, {len(data['sources'])} sources"
    )


_COUNTS: dict[str, Callable[[dict[str, Any]], str]] = {
    "processes.json": _processes_counts,
    "instruments.json": _instruments_counts,
    "country_names.json": lambda d: f"{len(d['names']['en'])} territories",
    "country_table_names.json": lambda d: f"{len(d['names']['en'])} territories",
    "country_aliases.json": lambda d: (
        f"{len(d['aliases'])} names, {len(d['non_iso_codes'])} non-ISO codes, "
        f"{len(d['withdrawn_successors'])} withdrawn codes"
    ),
    "country_ambiguities.json": lambda d: f"{len(d['ambiguities'])} decisions",
    "americas.topo.json": lambda d: (
        f"{len(d['objects']['countries']['geometries'])} territories, {len(d['arcs'])} arcs"
    ),
    "crosswalk.json": lambda d: (
        f"{len(d['entities'])} entities, {len(d['m49_regions'])} M49 regions, "
        f"{len(d['unhcr_values'])} UNHCR values"
    ),
}


def _counts(name: str) -> str:
    """What the data file *name* holds, counted from it (a schema: its definitions)."""
    data = _json(name)
    count = _COUNTS.get(name)
    return count(data) if count else f"{len(data.get('$defs', {}))} definitions"


def data_files() -> str:
    """A table of every data file the package ships, with what it holds.

    Raises:
        ValueError: a shipped file has no description here.
    """
    folder = files("regional_migration").joinpath("data")
    shipped = sorted(f.name for f in folder.iterdir() if f.name.endswith(".json"))
    shipped = [name for name in shipped if name != "digests.json"]  # a wheel's own record
    missing = [name for name in shipped if name not in _FILES]
    if missing:
        raise ValueError(f"describe the data files {', '.join(missing)} in {COMMAND}")
    rows = [(f"`{name}`", _FILES[name], _counts(name)) for name in shipped]
    return _table(("File", "What it is", "Holds"), rows)


REGIONS: dict[str, Callable[[], str]] = {
    "summary": summary,
    "coverage": coverage,
    "members": members,
    "discrepancies": discrepancies,
    "commissions": commissions,
    "instruments": instruments,
    "votes": votes,
    "files": data_files,
}


def render(page: str) -> str:
    """Return *page* with every marked region rewritten from the data.

    Raises:
        ValueError: a region is unknown, or a known region is missing from the page.
    """
    seen: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in REGIONS:
            raise ValueError(f"unknown region {name!r} in {PAGE.name}")
        seen.append(name)
        return f"{match.group('begin')}\n{REGIONS[name]()}\n{match.group('end')}"

    text = _REGION.sub(replace, page)
    missing = sorted(set(REGIONS) - set(seen))
    if missing:
        raise ValueError(f"{PAGE.name} has no region for {', '.join(missing)}")
    return text


def main(argv: Sequence[str]) -> int:
    """Rewrite the page, or with ``--check`` only say whether it is current."""
    return write_or_check({PAGE: render(PAGE.read_text(encoding="utf-8"))}, argv, COMMAND)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
