"""The whole data set as a Frictionless data package, for tools other than Python.

Each kind of record becomes one tidy table, one row per record: processes,
memberships, presidencies, refugee commissions, sources and the rest, with a table
of the countries named, giving their alpha-3 and numeric codes to join on. A record's
sources are listed by id in its ``sources`` column, separated by spaces; each id is a
row of ``sources.csv``. A partial date is written three ways: as recorded (``2013-07``,
``1999-01-29/2000-03-23``) and as its first and last possible days, so that a reader
can filter on real dates without parsing the text.

This module holds only the layout: which tables, which columns from which field of
which model, and the keys that join them. A column written from a field takes the
field's description, type, closed set of values and requiredness from the model, so
that each meaning is written once, on the model. The few columns that no field holds
(a record's position in its process, the ids of its sources, the bounds of a partial
date, a name in one language) are declared here, each with its own description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import UnionType
from typing import (
    TYPE_CHECKING,
    Annotated,
    Literal,
    NamedTuple,
    Protocol,
    Union,
    get_args,
    get_origin,
)

from pydantic import BaseModel

from regional_migration._core.dates import PartialDate
from regional_migration._core.files import check_path
from regional_migration._core.public import publish
from regional_migration._core.text import LANGUAGES
from regional_migration._countries.lookup import display_name, iso_codes
from regional_migration._dataset.instruments import (
    Action,
    Instrument,
    InstrumentDiscrepancy,
    NonParty,
)
from regional_migration._dataset.processes import (
    Discrepancy,
    Document,
    Meeting,
    Organization,
    PendingEvent,
    Presidency,
    Process,
    RefugeeCommission,
    Secretariat,
    WorkingGroup,
)
from regional_migration._dataset.records import Membership, Source
from regional_migration._dataset.registry import (
    data_version,
    instruments,
    processes,
    refugee_commissions,
    votes,
)
from regional_migration._dataset.votes import RecordedVote, VoteChoice
from regional_migration._outputs.frictionless import (
    Column,
    ColumnType,
    ForeignKey,
    Table,
    write_package,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Iterator, Mapping
    from pathlib import Path
    from typing import TypeAlias

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ("write_datapackage",)
TYPES: tuple[str, ...] = ()

__all__ = ["DATA_LICENSE", "LAYOUTS", "Layout", "meanings", "tables", "write_datapackage"]

DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
"""The licence of the data (the code is under MIT)."""

_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"}
_TYPES: dict[object, ColumnType] = {str: "string", int: "integer", date: "date"}

Meaning = tuple[type[BaseModel], str] | None
"""Where a column's description comes from: a model and its field, or ``None`` when
the column is computed and its description is the layout's own."""

if TYPE_CHECKING:
    Record: TypeAlias = tuple[Mapping[str, object], object]
    """One row's source: the values of its computed columns, and its record (or item)."""


# --- How a field becomes a column --------------------------------------------------------


def _unwrap(annotation: object) -> tuple[object, bool, list[object]]:
    """*annotation* without ``None`` and ``Annotated``: the type, if optional, the metadata."""
    optional, metadata = False, list[object]()
    if get_origin(annotation) in (Union, UnionType):
        kept = [arg for arg in get_args(annotation) if arg is not type(None)]
        optional = len(kept) < len(get_args(annotation))
        (annotation,) = kept
    while get_origin(annotation) is Annotated:
        metadata.extend(getattr(annotation, "__metadata__", ()))
        annotation = getattr(annotation, "__origin__", None)
    return annotation, optional, metadata


class _Shape(NamedTuple):
    """What a field holds, as its model declares it."""

    owner: type[BaseModel]
    """The model that declares the field."""
    field: str
    kind: object
    """Its type, without ``None`` and ``Annotated``."""
    required: bool
    """Whether every record has a value (no optional field on the way to it)."""
    pattern: str | None
    description: str


def _shape(model: type[BaseModel], path: tuple[str, ...], *, item: bool = False) -> _Shape:
    """The field at the end of *path* from *model* (with *item*, one item of that tuple)."""
    owner, required, kind = model, True, None
    for step in path:
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            owner = kind
        info = owner.model_fields[step]
        kind, optional, metadata = _unwrap(info.annotation)
        required = required and not optional
    if item:
        kind, _, metadata = _unwrap(get_args(kind)[0])
    constraints = [*info.metadata, *metadata]
    pattern = next((c.pattern for c in constraints if getattr(c, "pattern", None)), None)
    return _Shape(owner, path[-1], kind, required, pattern, info.description or "")


def _columns(name: str, shape: _Shape, values: tuple[str, ...] = ()) -> tuple[Column, ...]:
    """The column that holds a field of *shape*; three for a partial date, with its bounds."""
    required, description = shape.required, shape.description
    if shape.kind is PartialDate:
        first, last = f"The first day {name} may denote.", f"The last day {name} may denote."
        return (
            Column(name, "string", description, required=required, pattern=_PARTIAL_DATE),
            Column(f"{name}_earliest", "date", first, required=required),
            Column(f"{name}_latest", "date", last, required=required),
        )
    if get_origin(shape.kind) is Literal:
        values = values or tuple(str(value) for value in get_args(shape.kind))
        return (Column(name, "string", description, required=required, values=values),)
    if shape.kind not in _TYPES:
        raise TypeError(f"{shape.owner.__name__}.{shape.field}: no column type for {shape.kind}")
    kind = _TYPES[shape.kind]
    return (Column(name, kind, description, required=required, pattern=shape.pattern),)


def _cells(name: str, value: object) -> dict[str, object]:
    """The cells of one value: a partial date gives three, a day its ISO form."""
    if isinstance(value, PartialDate):
        return {
            name: str(value),
            f"{name}_earliest": value.earliest.isoformat(),
            f"{name}_latest": value.latest.isoformat(),
        }
    return {name: value.isoformat() if isinstance(value, date) else value}


def _walk(record: object, path: tuple[str, ...]) -> object:
    """The value at the end of *path* from *record*, or ``None`` past a missing part."""
    for step in path:
        record = None if record is None else getattr(record, step)
    return record


# --- What a table declares ---------------------------------------------------------------


class Spec(Protocol):
    """A part of a table's layout: its columns, with their meanings, and their cells."""

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        """Each column, with the model field its description comes from, if any."""
        ...

    def cells(self, record: object) -> dict[str, object]:
        """The cells of one row, from its record."""
        ...


@dataclass(frozen=True)
class Of:
    """A field of the table's records (reached by *path*): its description is the column's."""

    model: type[BaseModel]
    path: tuple[str, ...]
    name: str = ""
    """The column's name, if not the field's."""
    values: tuple[str, ...] = ()
    """A narrower closed set than the field's type allows, where the table holds fewer."""

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        shape = _shape(self.model, self.path)
        main, *bounds = _columns(self.name or self.path[-1], shape, self.values)
        return ((main, (shape.owner, shape.field)), *((column, None) for column in bounds))

    def cells(self, record: object) -> dict[str, object]:
        value = _walk(record, self.path)
        if value is None:
            return {column.name: None for column, _ in self.columns()}
        return _cells(self.name or self.path[-1], value)


@dataclass(frozen=True)
class Joined:
    """A tuple field of texts or codes, in one column, its items joined by *separator*."""

    model: type[BaseModel]
    field: str
    separator: str = " "

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        shape = _shape(self.model, (self.field,))
        # Derived from the field's own words, with how the items are written.
        said = f"{shape.description} Separated by {self.separator.strip() or 'spaces'}."
        return ((Column(self.field, "string", said), None),)

    def cells(self, record: object) -> dict[str, object]:
        items: tuple[str, ...] = getattr(record, self.field)
        return {self.field: self.separator.join(items) or None}


@dataclass(frozen=True)
class Flag:
    """A yes-or-no field, written ``true`` or ``false``."""

    model: type[BaseModel]
    field: str

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        said = _shape(self.model, (self.field,)).description
        column = Column(self.field, "string", said, required=True, values=("true", "false"))
        return ((column, (self.model, self.field)),)

    def cells(self, record: object) -> dict[str, object]:
        return {self.field: "true" if getattr(record, self.field) else "false"}


@dataclass(frozen=True)
class Item:
    """One item of a tuple field, for a table with a row per item."""

    model: type[BaseModel]
    field: str
    name: str

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        (column,) = _columns(self.name, _shape(self.model, (self.field,), item=True))
        return ((column, (self.model, self.field)),)

    def cells(self, record: object) -> dict[str, object]:
        return {self.name: record}


@dataclass(frozen=True)
class Localized:
    """A text in four languages (or in *languages*), one column each: ``name_en``..."""

    field: str
    description: str
    """Said of each column, ``{language}`` standing for the language's name."""
    languages: tuple[str, ...] = LANGUAGES
    required: bool = True

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        return tuple(
            (
                Column(f"{self.field}_{lang}", "string", self._said(lang), required=self.required),
                None,
            )
            for lang in self.languages
        )

    def cells(self, record: object) -> dict[str, object]:
        text = getattr(record, self.field)
        return {f"{self.field}_{lang}": text and text.get(lang) for lang in self.languages}

    def _said(self, lang: str) -> str:
        return self.description.format(language=_LANGUAGE_NAMES[lang])


@dataclass(frozen=True)
class Cited:
    """The ids of the sources a record cites (in *field*), separated by spaces."""

    field: str = "sources"
    description: str = "Ids of the supporting sources (sources.id), space-separated."
    required: bool = True

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        pattern = r"^[a-z0-9_]+( [a-z0-9_]+)*$"
        column = Column(
            self.field, "string", self.description, required=self.required, pattern=pattern
        )
        return ((column, None),)

    def cells(self, record: object) -> dict[str, object]:
        sources: tuple[Source, ...] = getattr(record, self.field)
        return {self.field: " ".join(source.id for source in sources) or None}


@dataclass(frozen=True)
class Given:
    """A column whose value comes with the row (a parent's id, a position, a code's forms)."""

    column: Column

    def columns(self) -> tuple[tuple[Column, Meaning], ...]:
        return ((self.column, None),)

    def cells(self, record: object) -> dict[str, object]:  # noqa: ARG002 - given with the row
        return {}


@dataclass(frozen=True)
class Layout:
    """One table: its name, what a row is, its columns and its keys."""

    name: str
    description: str
    specs: tuple[Spec, ...]
    key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    def columns(self) -> tuple[Column, ...]:
        """Every column, in order."""
        return tuple(column for spec in self.specs for column, _ in spec.columns())

    def table(self, records: Iterable[Record]) -> Table:
        """The table of *records*, each with the values given for its row."""
        rows = tuple(
            {**given, **{k: v for spec in self.specs for k, v in spec.cells(record).items()}}
            for given, record in records
        )
        return Table(self.name, self.description, self.columns(), self.key, rows, self.foreign_keys)


def _given(name: str, kind: ColumnType, description: str, *, pattern: str | None = None) -> Given:
    """A computed column that every row fills."""
    return Given(Column(name, kind, description, required=True, pattern=pattern))


def _number(what: str, within: str = "process") -> Given:
    return _given("number", "integer", f"The position of the {what} within its {within}.")


def _of(model: type[BaseModel], *fields: str) -> tuple[Of, ...]:
    """A column for each of *fields* of *model*, named after it."""
    return tuple(Of(model, (field,)) for field in fields)


_COUNTRY = r"^[A-Z]{2}$"
_PROCESS = _given("process", "string", "The id of the process (processes.id).")
_INSTRUMENT = _given("instrument", "string", "The instrument id (instruments.id).")
_OF_PROCESS = ForeignKey(("process",), "processes", ("id",))
_OF_INSTRUMENT = ForeignKey(("instrument",), "instruments", ("id",))
_OF_COUNTRY = ForeignKey(("country",), "countries", ("country",))

LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "processes",
        "One row per process.",
        (
            *_of(Process, "id"),
            Localized("name", "Its full name in {language}."),
            Localized("acronym", "Its acronym in {language}, if any.", required=False),
            *_of(Process, "kind", "founded", "founding", "website"),
            Cited(),
            *_of(Process, "reviewed"),
        ),
        ("id",),
    ),
    Layout(
        "aliases",
        "One row per other name by which a process is known.",
        (_PROCESS, Item(Process, "aliases", "alias")),
        ("process", "alias"),
        (_OF_PROCESS,),
    ),
    Layout(
        "notes",
        "One row per note on a process.",
        (_PROCESS, _number("note"), Item(Process, "notes", "note")),
        ("process", "number"),
        (_OF_PROCESS,),
    ),
    Layout(
        "memberships",
        "One row per membership period: a country's status in a process, ended ones included.",
        (
            _PROCESS,
            *_of(Membership, "country", "status", "since", "until", "confidence", "note"),
            Cited(),
            *_of(Membership, "began_by", "ended_by"),
        ),
        ("process", "country", "since"),
        (_OF_PROCESS, _OF_COUNTRY),
    ),
    Layout(
        "presidencies",
        "One row per pro tempore presidency term, in order within each process; a term's"
        " end is the next one's start, and a holder not found is an empty country.",
        (
            _PROCESS,
            _number("presidency"),
            *_of(Presidency, "country"),
            Joined(Presidency, "shared_with"),
            *_of(Presidency, "start", "end"),
            Cited("start_sources", "Ids of the sources of the start (sources.id)."),
            Cited("end_sources", "Ids of the sources of the end (sources.id).", required=False),
            *_of(Presidency, "event", "confidence", "note"),
            Cited(),
        ),
        ("process", "number"),
        (_OF_PROCESS, _OF_COUNTRY),
    ),
    Layout(
        "meetings",
        "One row per recorded meeting of a process, in date order within each process.",
        (
            _PROCESS,
            *_of(Meeting, "id", "number", "name", "kind", "date", "city", "country"),
            Flag(Meeting, "online"),
            *_of(Meeting, "host", "opened", "closed"),
            Joined(Meeting, "documents", " | "),
            Joined(Meeting, "attended"),
            Cited(
                "attendance_sources",
                "Ids of the sources of the attendance (sources.id).",
                required=False,
            ),
            *_of(Meeting, "confidence", "note"),
            Cited(),
        ),
        ("process", "id"),
        (_OF_PROCESS, _OF_COUNTRY),
    ),
    Layout(
        "secretariats",
        "One row per process that has a secretariat.",
        (_PROCESS, *_of(Secretariat, "name", "host", "note"), Cited()),
        ("process",),
        (_OF_PROCESS,),
    ),
    Layout(
        "observer_organizations",
        "One row per organisation that takes part in a process as an observer.",
        (_PROCESS, _number("organisation"), *_of(Organization, "name", "note"), Cited()),
        ("process", "number"),
        (_OF_PROCESS,),
    ),
    Layout(
        "working_groups",
        "One row per working group, thematic network or similar body of a process.",
        (_PROCESS, _number("working group"), *_of(WorkingGroup, "name", "since", "note"), Cited()),
        ("process", "number"),
        (_OF_PROCESS,),
    ),
    Layout(
        "documents",
        "One row per founding or key text adopted by a process.",
        (
            _PROCESS,
            _number("document"),
            *_of(Document, "title", "date", "place", "note", "no_meeting"),
            Cited(),
        ),
        ("process", "number"),
        (_OF_PROCESS,),
    ),
    Layout(
        "document_signatories",
        "One row per state that signed a document, where the signatories are recorded.",
        (
            _PROCESS,
            _given("document", "integer", "The number of the document (documents.number)."),
            _given(
                "country", "string", "The signatory state (ISO 3166-1 alpha-2).", pattern=_COUNTRY
            ),
        ),
        ("process", "document", "country"),
        (ForeignKey(("process", "document"), "documents", ("process", "number")), _OF_COUNTRY),
    ),
    Layout(
        "discrepancies",
        "One row per point on which the seed page (the Los Angeles Declaration site's page "
        "on intergovernmental processes) and better sources disagree.",
        (
            _PROCESS,
            _number("discrepancy"),
            *_of(Discrepancy, "topic", "seed", "data", "reason"),
            Cited(),
        ),
        ("process", "number"),
        (_OF_PROCESS,),
    ),
    Layout(
        "pending_events",
        "One row per pending event (an application, an announced accession, a contested "
        "status) that may change the data once decided.",
        (
            _PROCESS,
            _number("pending event"),
            *_of(PendingEvent, "since", "summary", "country"),
            Cited(),
        ),
        ("process", "number"),
        (_OF_PROCESS, _OF_COUNTRY),
    ),
    Layout(
        "refugee_commissions",
        "One row per state in scope: the body that decides on refugee status, or that it has none.",
        (
            *_of(RefugeeCommission, "country", "kind", "name", "acronym"),
            *(Of(RefugeeCommission, ("names", lang), f"name_{lang}") for lang in LANGUAGES),
            *_of(RefugeeCommission, "language", "legal_basis", "established", "placement"),
            *_of(RefugeeCommission, "confidence", "note"),
            Cited(),
        ),
        ("country",),
        (_OF_COUNTRY,),
    ),
    Layout(
        "instruments",
        "One row per treaty, agreement, compact or declaration.",
        (
            *_of(Instrument, "id"),
            Localized("name", "Its full name in {language}."),
            Localized("short_name", "Its short name in {language}."),
            Of(Instrument, ("acronym", "en"), "acronym"),
            *_of(Instrument, "kind", "adopted", "adopted_at", "entry_into_force"),
            *(
                Of(Instrument, ("in_force_rule", part), f"rule_{part}")
                for part in ("days", "months", "article")
            ),
            *_of(Instrument, "depositary", "adopters_unknown"),
            Cited(),
        ),
        ("id",),
    ),
    Layout(
        "instrument_actions",
        "One row per act of a state about an instrument, by country and date.",
        (
            _INSTRUMENT,
            _number("act", "instrument"),
            *_of(Action, "country", "action", "date", "in_force", "confidence", "note"),
            Cited(),
        ),
        ("instrument", "number"),
        (_OF_INSTRUMENT, _OF_COUNTRY),
    ),
    Layout(
        "instrument_memberships",
        "One row per period in which a state was bound by, or signatory of, an instrument.",
        (
            _INSTRUMENT,
            Of(Membership, ("country",)),
            Of(Membership, ("status",), values=("member", "signatory")),
            *_of(Membership, "since", "until", "began_by", "ended_by"),
        ),
        ("instrument", "country", "since"),
        (_OF_INSTRUMENT, _OF_COUNTRY),
    ),
    Layout(
        "instrument_discrepancies",
        "One row per point on which sources about an instrument disagree.",
        (
            _INSTRUMENT,
            _number("discrepancy", "instrument"),
            *_of(InstrumentDiscrepancy, "topic", "sources_say", "data", "reason"),
            Cited(),
        ),
        ("instrument", "number"),
        (_OF_INSTRUMENT,),
    ),
    Layout(
        "instrument_positions",
        "One row per state in scope whose position on an instrument is recorded without an "
        "act: a known non-party, or a position the sources read did not settle. A text "
        "whose adopters are not on record at all says so in instruments.adopters_unknown.",
        (
            _INSTRUMENT,
            Of(NonParty, ("country",)),  # or Unknown's, of the same meaning
            Given(
                Column(
                    "position",
                    "string",
                    "'non_party' (a source shows it took no part) or 'unknown' (not settled).",
                    required=True,
                    values=("non_party", "unknown"),
                )
            ),
            _given("note", "string", "What the sources say, and why."),
            Cited(),
        ),
        ("instrument", "country"),
        (_OF_INSTRUMENT, _OF_COUNTRY),
    ),
    Layout(
        "votes",
        "One row per recorded General Assembly vote. Its roll is 'complete' (state_votes "
        "gives the vote of every state in scope) or 'partial' (state_votes gives only the "
        "states a source names; the vote of every other state in scope is not on record).",
        (
            *_of(RecordedVote, "resolution", "instrument", "date", "meeting", "roll"),
            Localized("title", "The resolution's title in {language}.", ("en",)),
            *(Of(RecordedVote, ("totals", choice)) for choice in get_args(VoteChoice)),
            *_of(RecordedVote, "note"),
            Cited(),
        ),
        ("resolution",),
        (_OF_INSTRUMENT,),
    ),
    Layout(
        "state_votes",
        "One row per state and recorded vote whose vote is on record: every state in "
        "scope for a complete roll, only the states a source names for a partial one "
        "(votes.roll). A state in scope without a row for a partial roll is not on "
        "record: its vote is not known, which is not the same as not voting.",
        (
            _given("resolution", "string", "The resolution (votes.resolution)."),
            _given("country", "string", "The state (ISO 3166-1 alpha-2).", pattern=_COUNTRY),
            Given(
                Column(
                    "vote", "string", "How it voted.", required=True, values=get_args(VoteChoice)
                )
            ),
        ),
        ("resolution", "country"),
        (ForeignKey(("resolution",), "votes", ("resolution",)), _OF_COUNTRY),
    ),
    Layout(
        "countries",
        "One row per country named in the data set, with its other codes and names.",
        (
            _given("country", "string", "The ISO 3166-1 alpha-2 code.", pattern=_COUNTRY),
            _given("alpha3", "string", "The ISO 3166-1 alpha-3 code.", pattern=r"^[A-Z]{3}$"),
            _given(
                "numeric",
                "string",
                "The ISO 3166-1 numeric code, with its leading zeros.",
                pattern=r"^[0-9]{3}$",
            ),
            *(
                _given(f"name_{lang}", "string", f"Its short name in {_LANGUAGE_NAMES[lang]}.")
                for lang in LANGUAGES
            ),
        ),
        ("country",),
    ),
    Layout(
        "sources",
        "One row per public document that supports a fact.",
        (
            *_of(Source, "id", "url", "title", "publisher", "kind", "published", "seen"),
            *_of(Source, "snapshot", "snapshot_url", "note"),
        ),
        ("id",),
    ),
)
"""Every table of the data package, in the order of the descriptor."""


def meanings() -> dict[tuple[str, str], Meaning]:
    """Where each column's description comes from, by table and column name."""
    return {
        (layout.name, column.name): meaning
        for layout in LAYOUTS
        for spec in layout.specs
        for column, meaning in spec.columns()
    }


# --- The rows ---------------------------------------------------------------------------


def _numbered(key: str, parents: Iterable[Process | Instrument], field: str) -> Iterator[Record]:
    """Each item of *field* of each parent, given its parent's id and its position."""
    for parent in parents:
        for number, item in enumerate(getattr(parent, field), start=1):
            yield {key: parent.id, "number": number}, item


def _positions(all_instruments: tuple[Instrument, ...]) -> list[Record]:
    """The states whose position is recorded without an act: known non-parties, unknowns."""
    found: list[Record] = []
    for i in all_instruments:
        found.extend(
            ({"instrument": i.id, "position": "non_party", "note": n.note}, n)
            for n in i.non_parties
        )
        found.extend(
            ({"instrument": i.id, "position": "unknown", "note": u.reason}, u) for u in i.unknowns
        )
    return sorted(found, key=lambda pair: (pair[0]["instrument"], pair[1].country))  # type: ignore[attr-defined]


def _countries(found: Iterable[Table]) -> Iterator[Record]:
    """One row for each country that any of the tables *found* names."""
    codes = {str(row["country"]) for table in found for row in table.rows if row.get("country")}
    for code in sorted(codes):
        alpha3, numeric = iso_codes(code)
        names = {f"name_{lang}": display_name(code, lang) for lang in LANGUAGES}
        yield {"country": code, "alpha3": alpha3, "numeric": numeric, **names}, None


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
    ps, commissions = processes(), refugee_commissions()
    ins, recorded = instruments(), votes()
    records: dict[str, Iterable[Record]] = {
        "processes": (({}, p) for p in ps),
        "aliases": (({"process": p.id}, alias) for p in ps for alias in p.aliases),
        "notes": _numbered("process", ps, "notes"),
        "memberships": (({"process": p.id}, m) for p in ps for m in p.memberships),
        "presidencies": _numbered("process", ps, "presidencies"),
        "meetings": (({"process": p.id}, m) for p in ps for m in p.meetings),
        "secretariats": (({"process": p.id}, p.secretariat) for p in ps if p.secretariat),
        "observer_organizations": _numbered("process", ps, "observer_organizations"),
        "working_groups": _numbered("process", ps, "working_groups"),
        "documents": _numbered("process", ps, "documents"),
        "document_signatories": (
            ({"process": given["process"], "document": given["number"], "country": code}, None)
            for given, document in _numbered("process", ps, "documents")
            for code in document.signatories  # type: ignore[attr-defined]
        ),
        "discrepancies": _numbered("process", ps, "discrepancies"),
        "pending_events": _numbered("process", ps, "pending_events"),
        "refugee_commissions": (({}, c) for c in commissions),
        "instruments": (({}, i) for i in ins),
        "instrument_actions": _numbered("instrument", ins, "actions"),
        "instrument_memberships": (({"instrument": i.id}, m) for i in ins for m in i.memberships),
        "instrument_discrepancies": _numbered("instrument", ins, "discrepancies"),
        "instrument_positions": _positions(ins),
        "votes": (({}, v) for v in recorded),
        "state_votes": (
            ({"resolution": v.resolution, "country": c, "vote": choice}, None)
            for v in recorded
            for c, choice in v.votes.items()
        ),
        "sources": (({}, s) for s in _cited((*ps, *commissions, *ins, *recorded))),
    }
    built = {
        layout.name: layout.table(records[layout.name])
        for layout in LAYOUTS
        if layout.name in records
    }
    built["countries"] = _layout("countries").table(_countries(built.values()))
    return tuple(built[layout.name] for layout in LAYOUTS)


def _layout(name: str) -> Layout:
    return next(layout for layout in LAYOUTS if layout.name == name)


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
            "last checked. A partial date is written as recorded (a day, a month, a year "
            "or an interval such as 1999-01-29/2000-03-23) and as its first and last "
            "possible days, in the columns ending in _earliest and _latest; a record's "
            "sources are listed by id (sources.id), separated by spaces."
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
