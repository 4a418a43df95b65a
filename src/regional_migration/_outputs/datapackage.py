"""The whole data set as a Frictionless data package, for tools other than Python.

Each kind of record becomes one tidy table, one row per record: processes,
memberships, presidencies, refugee commissions, sources and the rest, with a table
of the countries named, giving their alpha-3 and numeric codes to join on. A record's
sources are listed by id in its ``sources`` column, separated by spaces; each id is a
row of ``sources.csv``. A partial date is written three ways: as recorded (``2013-07``,
``1999-01-29/2000-03-23``) and as its first and last possible days, so that a reader
can filter on real dates without parsing the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from pydantic import BaseModel

from regional_migration._core.files import check_path
from regional_migration._core.public import publish
from regional_migration._core.text import LANGUAGES
from regional_migration._countries.lookup import display_name, iso_codes
from regional_migration._dataset.instrument_registry import instruments, votes
from regional_migration._dataset.instruments import InstrumentKind, VoteChoice
from regional_migration._dataset.models import ActionKind, Confidence, Kind, Source, Status
from regional_migration._dataset.registry import data_version, processes, refugee_commissions
from regional_migration._outputs.frictionless import Column, ForeignKey, Table, write_package

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from regional_migration._core.dates import PartialDate
    from regional_migration._dataset.instruments import Instrument, RecordedVote
    from regional_migration._dataset.models import Process, RefugeeCommission

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = ("write_datapackage",)

__all__ = ["DATA_LICENSE", "tables", "write_datapackage"]

DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
"""The licence of the data (the code is under MIT)."""

_COUNTRY = r"^[A-Z]{2}$"
_SOURCE_IDS = r"^[a-z0-9_]+( [a-z0-9_]+)*$"
_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
_OF_PROCESS = (ForeignKey(("process",), "processes", ("id",)),)
_OF_COUNTRY = ForeignKey(("country",), "countries", ("country",))


def _process_column() -> Column:
    return Column("process", "string", "The id of the process (processes.id).", required=True)


def _number_column(what: str) -> Column:
    return Column(
        "number", "integer", f"The position of the {what} within its process.", required=True
    )


def _country_column(what: str, *, required: bool = True) -> Column:
    return Column(
        "country", "string", f"{what} (ISO 3166-1 alpha-2).", required=required, pattern=_COUNTRY
    )


def _text_column(name: str, description: str, *, required: bool = False) -> Column:
    return Column(name, "string", description, required=required)


def _sources_column() -> Column:
    description = "Ids of the supporting sources (sources.id), space-separated."
    return Column("sources", "string", description, required=True, pattern=_SOURCE_IDS)


def _confidence_column() -> Column:
    description = "How well the sources support the record."
    return Column("confidence", "string", description, required=True, values=get_args(Confidence))


def _date_columns(name: str, what: str, *, required: bool = False) -> tuple[Column, ...]:
    """A partial date as recorded, and its first and last possible days."""
    return (
        Column(
            name,
            "string",
            f"{what}, as recorded (day, month, year or interval).",
            required=required,
            pattern=_PARTIAL_DATE,
        ),
        Column(f"{name}_earliest", "date", f"The first day {name} may denote.", required=required),
        Column(f"{name}_latest", "date", f"The last day {name} may denote.", required=required),
    )


def _dates(name: str, value: PartialDate | None) -> dict[str, str | None]:
    if value is None:
        return {name: None, f"{name}_earliest": None, f"{name}_latest": None}
    return {
        name: str(value),
        f"{name}_earliest": value.earliest.isoformat(),
        f"{name}_latest": value.latest.isoformat(),
    }


def _ids(sources: Iterable[Source]) -> str:
    return " ".join(source.id for source in sources)


def _process_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        Column("id", "string", "The stable key of the process, such as CRM.", required=True),
        *(
            _text_column(f"name_{lang}", f"Its full name in {lang}.", required=True)
            for lang in LANGUAGES
        ),
        *(_text_column(f"acronym_{lang}", f"Its acronym in {lang}, if any.") for lang in LANGUAGES),
        Column(
            "kind",
            "string",
            "What sort of arrangement it is.",
            required=True,
            values=get_args(Kind),
        ),
        *_date_columns("founded", "When it began", required=True),
        _text_column("founding", "How it began.", required=True),
        _text_column("website", "Its official site, if any."),
        _sources_column(),
        Column("reviewed", "date", "The day its record was last checked against the sources."),
    )
    rows = tuple(
        {
            "id": p.id,
            **{f"name_{lang}": p.name.get(lang) for lang in LANGUAGES},
            **{f"acronym_{lang}": p.acronym and p.acronym.get(lang) for lang in LANGUAGES},
            "kind": p.kind,
            **_dates("founded", p.founded),
            "founding": p.founding,
            "website": p.website,
            "sources": _ids(p.sources),
            "reviewed": p.reviewed and p.reviewed.isoformat(),
        }
        for p in all_processes
    )
    return Table("processes", "One row per process.", columns, ("id",), rows)


def _membership_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _country_column("The country"),
        Column("status", "string", "Its status.", required=True, values=get_args(Status)),
        *_date_columns("since", "The start of the period", required=True),
        *_date_columns(
            "until", "The end of the period (its first day outside; empty while it lasts)"
        ),
        _confidence_column(),
        _text_column("note", "What else to know."),
        _sources_column(),
        *_act_columns(),
    )
    rows = tuple(
        {
            "process": p.id,
            "country": m.country,
            "status": m.status,
            **_dates("since", m.since),
            **_dates("until", m.until),
            "confidence": m.confidence,
            "note": m.note,
            "sources": _ids(m.sources),
            "began_by": m.began_by,
            "ended_by": m.ended_by,
        }
        for p in all_processes
        for m in p.memberships
    )
    return Table(
        "memberships",
        "One row per membership period: a country's status in a process, ended ones included.",
        columns,
        ("process", "country", "since"),
        rows,
        (*_OF_PROCESS, _OF_COUNTRY),
    )


def _act_columns() -> tuple[Column, Column]:
    acts = get_args(ActionKind)
    return (
        Column("began_by", "string", "The act that began the period (instruments).", values=acts),
        Column("ended_by", "string", "The act that ended the period (instruments).", values=acts),
    )


def _presidency_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("presidency"),
        _country_column("The presiding country"),
        *_date_columns("period", "The term"),
        _text_column("event", "The meeting or event the term is known from, if recorded."),
        _confidence_column(),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "number": number,
            "country": t.country,
            **_dates("period", t.period),
            "event": t.event,
            "confidence": t.confidence,
            "sources": _ids(t.sources),
        }
        for p in all_processes
        for number, t in enumerate(p.presidencies, start=1)
    )
    description = "One row per known pro tempore presidency, in order within each process."
    key = ("process", "number")
    return Table("presidencies", description, columns, key, rows, (*_OF_PROCESS, _OF_COUNTRY))


def _pending_event_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("pending event"),
        *_date_columns("since", "When it arose", required=True),
        _text_column("summary", "What is pending, to be re-checked.", required=True),
        _country_column("The state concerned, if one", required=False),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "number": number,
            **_dates("since", e.since),
            "summary": e.summary,
            "country": e.country,
            "sources": _ids(e.sources),
        }
        for p in all_processes
        for number, e in enumerate(p.pending_events, start=1)
    )
    description = (
        "One row per pending event (an application, an announced accession, a contested "
        "status) that may change the data once decided."
    )
    key = ("process", "number")
    return Table("pending_events", description, columns, key, rows, (*_OF_PROCESS, _OF_COUNTRY))


def _secretariat_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _text_column("name", "The body that supports the process.", required=True),
        _text_column("host", "Who hosts it, if recorded."),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "name": p.secretariat.name,
            "host": p.secretariat.host,
            "note": p.secretariat.note,
            "sources": _ids(p.secretariat.sources),
        }
        for p in all_processes
        if p.secretariat is not None
    )
    description = "One row per process that has a secretariat."
    return Table("secretariats", description, columns, ("process",), rows, _OF_PROCESS)


def _observer_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("organisation"),
        _text_column("name", "The organisation.", required=True),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "number": number,
            "name": o.name,
            "note": o.note,
            "sources": _ids(o.sources),
        }
        for p in all_processes
        for number, o in enumerate(p.observer_organizations, start=1)
    )
    description = "One row per organisation that takes part in a process as an observer."
    key = ("process", "number")
    return Table("observer_organizations", description, columns, key, rows, _OF_PROCESS)


def _working_group_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("working group"),
        _text_column("name", "The working group or network.", required=True),
        *_date_columns("since", "When it was set up"),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "number": number,
            "name": w.name,
            **_dates("since", w.since),
            "note": w.note,
            "sources": _ids(w.sources),
        }
        for p in all_processes
        for number, w in enumerate(p.working_groups, start=1)
    )
    description = "One row per working group, thematic network or similar body of a process."
    key = ("process", "number")
    return Table("working_groups", description, columns, key, rows, _OF_PROCESS)


def _document_tables(all_processes: tuple[Process, ...]) -> tuple[Table, Table]:
    columns = (
        _process_column(),
        _number_column("document"),
        _text_column("title", "The title of the text.", required=True),
        *_date_columns("date", "When it was adopted"),
        _text_column("place", "Where it was adopted."),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    documents = tuple(
        (p.id, number, d) for p in all_processes for number, d in enumerate(p.documents, start=1)
    )
    rows = tuple(
        {
            "process": process,
            "number": number,
            "title": d.title,
            **_dates("date", d.date),
            "place": d.place,
            "note": d.note,
            "sources": _ids(d.sources),
        }
        for process, number, d in documents
    )
    key = ("process", "number")
    description = "One row per founding or key text adopted by a process."
    table = Table("documents", description, columns, key, rows, _OF_PROCESS)
    signatories = Table(
        "document_signatories",
        "One row per state that signed a document, where the signatories are recorded.",
        (
            _process_column(),
            Column(
                "document",
                "integer",
                "The number of the document (documents.number).",
                required=True,
            ),
            _country_column("The signatory state"),
        ),
        ("process", "document", "country"),
        tuple(
            {"process": process, "document": number, "country": country}
            for process, number, d in documents
            for country in d.signatories
        ),
        (ForeignKey(("process", "document"), "documents", key), _OF_COUNTRY),
    )
    return table, signatories


def _discrepancy_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("discrepancy"),
        _text_column("topic", "What the point is about.", required=True),
        _text_column("seed", "What the seed page says.", required=True),
        _text_column("data", "What this data set records instead.", required=True),
        _text_column("reason", "Why the data follows the other sources.", required=True),
        _sources_column(),
    )
    rows = tuple(
        {
            "process": p.id,
            "number": number,
            "topic": d.topic,
            "seed": d.seed,
            "data": d.data,
            "reason": d.reason,
            "sources": _ids(d.sources),
        }
        for p in all_processes
        for number, d in enumerate(p.discrepancies, start=1)
    )
    description = (
        "One row per point on which the seed page (the Los Angeles Declaration site's page "
        "on intergovernmental processes) and better sources disagree."
    )
    key = ("process", "number")
    return Table("discrepancies", description, columns, key, rows, _OF_PROCESS)


def _alias_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (_process_column(), _text_column("alias", "Another name.", required=True))
    rows = tuple({"process": p.id, "alias": alias} for p in all_processes for alias in p.aliases)
    description = "One row per other name by which a process is known."
    return Table("aliases", description, columns, ("process", "alias"), rows, _OF_PROCESS)


def _note_table(all_processes: tuple[Process, ...]) -> Table:
    columns = (
        _process_column(),
        _number_column("note"),
        _text_column("note", "What a user should know.", required=True),
    )
    rows = tuple(
        {"process": p.id, "number": number, "note": note}
        for p in all_processes
        for number, note in enumerate(p.notes, start=1)
    )
    description = "One row per note on a process."
    return Table("notes", description, columns, ("process", "number"), rows, _OF_PROCESS)


def _commission_table(commissions: tuple[RefugeeCommission, ...]) -> Table:
    columns = (
        _country_column("The state"),
        _text_column("name", "The name in the country's language, when verified."),
        _text_column("acronym", "The acronym, if any."),
        Column(
            "language", "string", "The language of the name.", required=True, values=("es", "pt")
        ),
        _text_column("legal_basis", "The laws and decrees that create it.", required=True),
        *_date_columns("established", "When its founding law was dated"),
        _text_column("placement", "Where it sits in government."),
        _confidence_column(),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    rows = tuple(
        {
            "country": c.country,
            "name": c.name,
            "acronym": c.acronym,
            "language": c.language,
            "legal_basis": c.legal_basis,
            **_dates("established", c.established),
            "placement": c.placement,
            "confidence": c.confidence,
            "note": c.note,
            "sources": _ids(c.sources),
        }
        for c in commissions
    )
    description = "One row per national body that decides on refugee status."
    return Table("refugee_commissions", description, columns, ("country",), rows, (_OF_COUNTRY,))


def _country_table(found: Iterable[Table]) -> Table:
    """One row for each country that any of the tables *found* names."""
    codes = sorted({str(row["country"]) for table in found for row in table.rows if row["country"]})
    columns = (
        _country_column("The ISO 3166-1 alpha-2 code"),
        Column(
            "alpha3", "string", "The ISO 3166-1 alpha-3 code.", required=True, pattern=r"^[A-Z]{3}$"
        ),
        Column(
            "numeric",
            "string",
            "The ISO 3166-1 numeric code, with its leading zeros.",
            required=True,
            pattern=r"^[0-9]{3}$",
        ),
        *(
            _text_column(f"name_{lang}", f"Its short name in {lang}.", required=True)
            for lang in LANGUAGES
        ),
    )
    rows = tuple(
        {
            "country": code,
            **dict(zip(("alpha3", "numeric"), iso_codes(code), strict=True)),
            **{f"name_{lang}": display_name(code, lang) for lang in LANGUAGES},
        }
        for code in codes
    )
    description = "One row per country named in the data set, with its other codes and names."
    return Table("countries", description, columns, ("country",), rows)


_OF_INSTRUMENT = (ForeignKey(("instrument",), "instruments", ("id",)),)


def _instrument_column() -> Column:
    return Column("instrument", "string", "The instrument id (instruments.id).", required=True)


def _day_column(name: str, description: str, *, required: bool = False) -> Column:
    return Column(name, "date", description, required=required)


def _instrument_table(all_instruments: tuple[Instrument, ...]) -> Table:
    columns = (
        Column("id", "string", "The stable key of the instrument.", required=True),
        *(
            _text_column(f"name_{lang}", f"Its full name in {lang}.", required=True)
            for lang in LANGUAGES
        ),
        *(
            _text_column(f"short_name_{lang}", f"Its short name in {lang}.", required=True)
            for lang in LANGUAGES
        ),
        _text_column("acronym", "Its acronym in English, if any."),
        Column(
            "kind",
            "string",
            "What sort of instrument.",
            required=True,
            values=get_args(InstrumentKind),
        ),
        *_date_columns("adopted", "When it was adopted or opened for signature", required=True),
        _text_column("adopted_at", "Where."),
        *_date_columns("entry_into_force", "When it entered into force"),
        Column(
            "rule_days", "integer", "Days from a later state's deposit to its entry into force."
        ),
        Column(
            "rule_months",
            "integer",
            "Or: months after which it binds from the next month's first day.",
        ),
        _text_column("rule_article", "The article that fixes the rule."),
        _text_column("depositary", "Who keeps its instruments."),
        _text_column("adopters_unknown", "Why no adopting state is on record, if none is."),
        _sources_column(),
    )
    rows = tuple(
        {
            "id": i.id,
            **{f"name_{lang}": i.name.get(lang) for lang in LANGUAGES},
            **{f"short_name_{lang}": i.short_name.get(lang) for lang in LANGUAGES},
            "acronym": i.acronym and i.acronym.en,
            "kind": i.kind,
            **_dates("adopted", i.adopted),
            "adopted_at": i.adopted_at,
            **_dates("entry_into_force", i.entry_into_force),
            "rule_days": i.in_force_rule and i.in_force_rule.days,
            "rule_months": i.in_force_rule and i.in_force_rule.months,
            "rule_article": i.in_force_rule and i.in_force_rule.article,
            "depositary": i.depositary,
            "adopters_unknown": i.adopters_unknown,
            "sources": _ids(i.sources),
        }
        for i in all_instruments
    )
    return Table(
        "instruments",
        "One row per treaty, agreement, compact or declaration.",
        columns,
        ("id",),
        rows,
    )


def _action_table(all_instruments: tuple[Instrument, ...]) -> Table:
    columns = (
        _instrument_column(),
        _number_column("act"),
        _country_column("The state"),
        Column("action", "string", "What it did.", required=True, values=get_args(ActionKind)),
        *_date_columns(
            "date", "The date of deposit, or of the adoption or withdrawal", required=True
        ),
        _day_column("in_force", "When the act took effect for the state, where a source gives it."),
        _confidence_column(),
        _text_column("note", "What else to know."),
        _sources_column(),
    )
    rows = tuple(
        {
            "instrument": i.id,
            "number": number,
            "country": a.country,
            "action": a.action,
            **_dates("date", a.date),
            "in_force": a.in_force and a.in_force.isoformat(),
            "confidence": a.confidence,
            "note": a.note,
            "sources": _ids(a.sources),
        }
        for i in all_instruments
        for number, a in enumerate(i.actions, start=1)
    )
    description = "One row per act of a state about an instrument, by country and date."
    key = ("instrument", "number")
    return Table(
        "instrument_actions", description, columns, key, rows, (*_OF_INSTRUMENT, _OF_COUNTRY)
    )


def _bound_table(all_instruments: tuple[Instrument, ...]) -> Table:
    columns = (
        _instrument_column(),
        _country_column("The state"),
        Column(
            "status",
            "string",
            "member (bound) or signatory.",
            required=True,
            values=("member", "signatory"),
        ),
        *_date_columns("since", "The start of the period", required=True),
        *_date_columns(
            "until", "The end of the period (its first day outside; empty while it lasts)"
        ),
        *_act_columns(),
    )
    rows = tuple(
        {
            "instrument": i.id,
            "country": m.country,
            "status": m.status,
            **_dates("since", m.since),
            **_dates("until", m.until),
            "began_by": m.began_by,
            "ended_by": m.ended_by,
        }
        for i in all_instruments
        for m in i.memberships
    )
    description = (
        "One row per period in which a state was bound by, or signatory of, an instrument."
    )
    key = ("instrument", "country", "since")
    return Table(
        "instrument_memberships", description, columns, key, rows, (*_OF_INSTRUMENT, _OF_COUNTRY)
    )


def _instrument_discrepancy_table(all_instruments: tuple[Instrument, ...]) -> Table:
    columns = (
        _instrument_column(),
        _number_column("discrepancy"),
        _text_column("topic", "What the point is about.", required=True),
        _text_column("sources_say", "What each source says.", required=True),
        _text_column("data", "What this data set records.", required=True),
        _text_column("reason", "Why.", required=True),
        _sources_column(),
    )
    rows = tuple(
        {
            "instrument": i.id,
            "number": number,
            "topic": d.topic,
            "sources_say": d.sources_say,
            "data": d.data,
            "reason": d.reason,
            "sources": _ids(d.sources),
        }
        for i in all_instruments
        for number, d in enumerate(i.discrepancies, start=1)
    )
    description = "One row per point on which sources about an instrument disagree."
    key = ("instrument", "number")
    return Table("instrument_discrepancies", description, columns, key, rows, _OF_INSTRUMENT)


def _instrument_position_table(all_instruments: tuple[Instrument, ...]) -> Table:
    """The states whose position is recorded without an act: known non-parties, unknowns."""
    columns = (
        _instrument_column(),
        _country_column("The state"),
        Column(
            "position",
            "string",
            "'non_party' (a source shows it took no part) or 'unknown' (not settled).",
            required=True,
            values=("non_party", "unknown"),
        ),
        _text_column("note", "What the sources say, and why.", required=True),
        _sources_column(),
    )
    positions = (
        (i.id, country, position, note, sources)
        for i in all_instruments
        for country, position, note, sources in (
            *((n.country, "non_party", n.note, n.sources) for n in i.non_parties),
            *((u.country, "unknown", u.reason, u.sources) for u in i.unknowns),
        )
    )
    rows = tuple(
        sorted(
            (
                {
                    "instrument": instrument,
                    "country": country,
                    "position": position,
                    "note": note,
                    "sources": _ids(sources),
                }
                for instrument, country, position, note, sources in positions
            ),
            key=lambda row: (row["instrument"], row["country"]),
        )
    )
    description = (
        "One row per state in scope whose position on an instrument is recorded without an "
        "act: a known non-party, or a position the sources read did not settle. A text "
        "whose adopters are not on record at all says so in instruments.adopters_unknown."
    )
    key = ("instrument", "country")
    return Table(
        "instrument_positions", description, columns, key, rows, (*_OF_INSTRUMENT, _OF_COUNTRY)
    )


def _vote_tables(recorded: tuple[RecordedVote, ...]) -> tuple[Table, Table]:
    resolution = Column(
        "resolution", "string", "The resolution, such as A/RES/73/195.", required=True
    )
    columns = (
        resolution,
        _instrument_column(),
        _day_column("date", "The day of the vote.", required=True),
        _text_column("meeting", "The record of the meeting."),
        _text_column("title_en", "The resolution's title in English.", required=True),
        *(
            Column(n, "integer", f"States voting {n}, in the whole Assembly.", required=True)
            for n in get_args(VoteChoice)
        ),
        _sources_column(),
    )
    rows = tuple(
        {
            "resolution": v.resolution,
            "instrument": v.instrument,
            "date": v.date.isoformat(),
            "meeting": v.meeting,
            "title_en": v.title.en,
            **v.totals.model_dump(),
            "sources": _ids(v.sources),
        }
        for v in recorded
    )
    table = Table(
        "votes",
        "One row per recorded General Assembly vote.",
        columns,
        ("resolution",),
        rows,
        _OF_INSTRUMENT,
    )
    each = Table(
        "state_votes",
        "One row per state and recorded vote.",
        (
            resolution,
            _country_column("The state"),
            Column("vote", "string", "How it voted.", required=True, values=get_args(VoteChoice)),
        ),
        ("resolution", "country"),
        tuple(
            {"resolution": v.resolution, "country": c, "vote": choice}
            for v in recorded
            for c, choice in v.votes.items()
        ),
        (ForeignKey(("resolution",), "votes", ("resolution",)), _OF_COUNTRY),
    )
    return table, each


def _source_table(sources: tuple[Source, ...]) -> Table:
    columns = (
        Column(
            "id",
            "string",
            "The key by which records cite the source.",
            required=True,
            pattern=r"^[a-z0-9_]+$",
        ),
        _text_column("url", "Where the document was read.", required=True),
        _text_column("title", "Its title, as shown or abridged.", required=True),
        _text_column("publisher", "Who published it.", required=True),
        *_date_columns("published", "When it was dated"),
        *_date_columns("seen", "When its content was read for this data set", required=True),
        Column(
            "snapshot",
            "string",
            "Read from a stored copy or an archive's snapshot; empty when read live.",
            values=("stored", "archived"),
        ),
        _text_column("snapshot_url", "The address of the archive snapshot read, if any."),
        _text_column("note", "What to know about it."),
    )
    rows = tuple(
        {
            "id": s.id,
            "url": s.url,
            "title": s.title,
            "publisher": s.publisher,
            **_dates("published", s.published),
            **_dates("seen", s.seen),
            "snapshot": s.snapshot,
            "snapshot_url": s.snapshot_url,
            "note": s.note,
        }
        for s in sources
    )
    description = "One row per public document that supports a fact."
    return Table("sources", description, columns, ("id",), rows)


def _sources_in(value: object) -> Iterator[Source]:
    """Every source that *value* cites, at any depth, so that no kind of record is missed."""
    if isinstance(value, Source):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _sources_in(getattr(value, name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _sources_in(item)


def _cited(records: Iterable[object]) -> tuple[Source, ...]:
    """Every source cited anywhere in *records*, sorted by id."""
    by_id = {source.id: source for record in records for source in _sources_in(record)}
    return tuple(by_id[key] for key in sorted(by_id))


def tables() -> tuple[Table, ...]:
    """Every table of the data package, in the order of the descriptor."""
    all_processes = processes()
    commissions = refugee_commissions()
    memberships = _membership_table(all_processes)
    presidencies = _presidency_table(all_processes)
    pending = _pending_event_table(all_processes)
    documents, signatories = _document_tables(all_processes)
    commission_table = _commission_table(commissions)
    all_instruments, recorded = instruments(), votes()
    actions, bound = _action_table(all_instruments), _bound_table(all_instruments)
    positions = _instrument_position_table(all_instruments)
    vote_table, state_votes = _vote_tables(recorded)
    return (
        _process_table(all_processes),
        _alias_table(all_processes),
        _note_table(all_processes),
        memberships,
        presidencies,
        _secretariat_table(all_processes),
        _observer_table(all_processes),
        _working_group_table(all_processes),
        documents,
        signatories,
        _discrepancy_table(all_processes),
        pending,
        commission_table,
        _instrument_table(all_instruments),
        actions,
        bound,
        _instrument_discrepancy_table(all_instruments),
        positions,
        vote_table,
        state_votes,
        _country_table(
            (
                memberships,
                presidencies,
                signatories,
                commission_table,
                pending,
                actions,
                positions,
                state_votes,
            )
        ),
        _source_table(_cited((*all_processes, *commissions, *all_instruments, *recorded))),
    )


def write_datapackage(directory: str | os.PathLike[str]) -> Path:
    """Write the whole data set as a Frictionless data package into *directory*.

    One CSV file per kind of record (processes, memberships, presidencies, refugee
    commissions, instruments and each state's acts on them, recorded votes,
    sources...) and a ``datapackage.json`` that gives every column's
    type, the keys that join the tables, the sources, the licence (CC BY 4.0) and the
    data version. R, spreadsheets and SQL tools read it without Python. The same data
    always gives the same bytes. The directory is created if needed and files of the
    same names are replaced: every file is written whole beside it first, so that a
    full disk leaves the old package as it was. Other files in it are left alone.

    Returns:
        The path of the ``datapackage.json`` file written.

    Raises:
        ArgumentTypeError: *directory* is not text or a path.
        InvalidArgumentError: *directory* is empty or holds a NUL character.
        OSError: the package cannot be written there: *directory* is a symbolic
            link or a file, or a file cannot be written. The message names the real
            path.

    Examples:
        >>> import json, tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = write_datapackage(folder)
        ...     package = json.loads(path.read_text(encoding="utf-8"))
        >>> package["licenses"][0]["name"], package["version"] == data_version()
        ('CC-BY-4.0', True)
        >>> [resource["path"] for resource in package["resources"]][:4]
        ['processes.csv', 'aliases.csv', 'notes.csv', 'memberships.csv']
    """
    folder = check_path(directory, "directory")
    all_tables = tables()
    sources = next(t for t in all_tables if t.name == "sources").rows
    metadata = {
        "name": "regional-migration",
        "title": "Migration and refugee cooperation among the states of the Americas",
        "description": (
            "The intergovernmental migration and refugee protection processes of the "
            "Americas, their members over time, the national refugee commissions, the "
            "treaties and declarations their members are bound by, and the recorded "
            "votes on the global compacts, each fact with its sources. Published with "
            "the regional_migration Python package; the version is the day the data was "
            "last checked."
        ),
        "version": data_version(),
        "licenses": [DATA_LICENSE],
        "contributors": [{"title": "regional_migration maintainers", "role": "author"}],
        "keywords": ["migration", "refugees", "americas", "regional consultative processes"],
        "sources": [
            {"title": f"{s['publisher']}: {s['title']}", "path": s["url"]} for s in sources
        ],
    }
    return write_package(folder, metadata, all_tables)


publish(globals())
