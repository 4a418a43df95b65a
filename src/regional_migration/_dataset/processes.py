"""The records of the processes file: processes and their parts, and refugee commissions.

A `Process` is an intergovernmental arrangement with its members over time (its
membership periods are the shared `regional_migration._dataset.records.Membership`),
its secretariat, presidencies, working groups, documents and the points on which
sources disagree; a `RefugeeCommission` says who decides on asylum in a state.
`DataFile` is the layout of ``data/processes.json``. This module reads no files and
knows nothing of the registry.
"""

# Annotations are evaluated when defined (no ``from __future__ import annotations``):
# pydantic reads a model's field annotations when the class is defined, at every start of
# the package, and text annotations it must first compile and evaluate one by one,
# about a millisecond for the models of this module and of records.py together. Function
# annotations that name something defined later, or only for type checkers, are quoted.

from datetime import date, timedelta
from itertools import pairwise
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from regional_migration._core.dates import PartialDate, Rule, as_date, check_rule
from regional_migration._core.html import table, title
from regional_migration._core.public import publish
from regional_migration._core.text import LANGUAGES
from regional_migration._countries.iso3166 import CountryCode
from regional_migration._countries.lookup import country_code, display_name
from regional_migration._dataset.records import (
    STATUSES,
    Confidence,
    Frozen,
    LocalizedNames,
    LocalizedText,
    Membership,
    MembershipQueries,
    SchemaVersion,
    Source,
    SourceRef,
    Sources,
    Text,
    Url,
    unique,
)

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "NAME_NOT_VERIFIED",
    "Process",
    "Processes",
    "RefugeeCommission",
    "RefugeeCommissions",
)
TYPES: tuple[str, ...] = (
    "Discrepancy",
    "Document",
    "KINDS",
    "Kind",
    "Meeting",
    "MeetingKind",
    "Organization",
    "PendingEvent",
    "Presidency",
    "Secretariat",
    "WorkingGroup",
)

__all__ = [
    "KINDS",
    "NAME_NOT_VERIFIED",
    "DataFile",
    "Discrepancy",
    "Document",
    "Kind",
    "Meeting",
    "MeetingKind",
    "Organization",
    "PendingEvent",
    "Presidency",
    "Process",
    "Processes",
    "RefugeeCommission",
    "RefugeeCommissions",
    "Secretariat",
    "WorkingGroup",
]

Kind = Literal[
    "regional_consultative_process",
    "interregional_network",
    "interregional_forum",
    "intergovernmental_technical_process",
    "regional_protection_framework",
    "subregional_integration_forum",
    "declaration",
]
"""What sort of intergovernmental arrangement a process is."""

KINDS: tuple[Kind, ...] = get_args(Kind)
"""Every kind of process, in the order `Kind` lists them."""


class Organization(Frozen):
    """A non-state participant, such as an observer organisation."""

    name: Text = Field(description="The organisation's name.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where this comes from.")


class Secretariat(Frozen):
    """The body that supports a process between meetings."""

    name: Text = Field(description="The body's name.")
    host: Text | None = Field(None, description="Who hosts or runs it, if recorded.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where this comes from.")


class Presidency(Frozen):
    """A term in a process's pro tempore presidency: who held it, from when until when.

    A term starts on ``start`` (inclusive) and ends on ``end`` (exclusive: the first day
    of the next term), each bound as precisely as its sources give it; an open term
    (``end`` is ``None``) is running. A term whose holder was not found has ``country``
    ``None`` and a note of what was searched: the record says "not known" rather than
    leaving the span silent. A process's terms follow one another without gaps or
    overlaps (see `Process.presidency_on`).

    Examples:
        >>> from regional_migration import get
        >>> term = get("MIRPS").presidency_on("2024-06-01")[0]
        >>> term.country, str(term.start), str(term.end)
        ('BZ', '2024-01-24', '2024-12-05')
    """

    country: CountryCode | None = Field(
        description="The presiding state; None for a term whose holder was not found."
    )
    shared_with: tuple[CountryCode, ...] = Field(
        (), description="Other states that held the term jointly with `country`."
    )
    start: PartialDate = Field(description="The first day of the term, as the sources give it.")
    end: PartialDate | None = Field(
        None,
        description="The first day after the term (the next term's start); None while it runs.",
    )
    start_sources: Sources = Field(description="Where the start comes from.")
    end_sources: tuple[SourceRef, ...] = Field(
        (), description="Where the end comes from (given exactly when `end` is)."
    )
    event: Text | None = Field(None, description="The meetings or events the term is known from.")
    confidence: Confidence = Field(description="How well the sources support the holder.")
    note: Text | None = Field(
        None, description="What else to know; for an unknown holder, what was searched."
    )
    sources: Sources = Field(description="Where the holder comes from.")

    @model_validator(mode="after")
    def _bounds_in_order(self) -> "Presidency":
        if (self.end is None) == bool(self.end_sources):
            raise ValueError(
                f"presidency from {self.start}: end_sources are given exactly with an end"
            )
        if self.end is not None and self.end.latest <= self.start.earliest:
            raise ValueError(f"presidency from {self.start} ends ({self.end}) before it starts")
        if self.country is None and (self.shared_with or not self.note):
            raise ValueError(
                f"presidency from {self.start}: an unknown holder needs a note and no partner"
            )
        return self

    @property
    def holders(self) -> tuple[str, ...]:
        """The presiding states: ``country`` and any it shared the term with; empty if unknown."""
        return () if self.country is None else (self.country, *self.shared_with)

    @property
    def period(self) -> PartialDate:
        """The term as one partial date: its start, or the span from its start to its end.

        Kept for code written when a term was a single date; `start` and `end` say more.
        """
        if self.end is None:
            return self.start
        last = self.end.latest - timedelta(days=1)
        if last <= self.start.earliest:
            return self.start
        return PartialDate(f"{self.start.earliest.isoformat()}/{last.isoformat()}")

    def held_on(self, day: date | str, *, rule: Rule = "certain") -> bool:
        """Whether the term covers *day*: certainly (by default), or possibly."""
        day = as_date(day)
        if check_rule(rule) == "possible":
            return self.start.earliest <= day and (self.end is None or self.end.latest > day)
        return self.start.latest <= day and (self.end is None or self.end.earliest > day)

    def __repr__(self) -> str:
        """One line: ``Presidency('BZ', '2024-01-24', end='2024-12-05')``."""
        end = None if self.end is None else str(self.end)
        return f"Presidency({self.country!r}, {str(self.start)!r}, end={end!r})"


MeetingKind = Literal["summit", "ministerial", "vice-ministerial", "plenary", "technical"]
"""The level of a meeting: heads of state, ministers, vice-ministers, a plenary of the
members (or of two processes together), or officials and experts."""


class Meeting(Frozen):
    """A meeting of a process: when and where, who hosted and attended, what it adopted.

    Attendance is its own dated, sourced fact: a state listed in ``attended`` was there,
    which says nothing about its membership.

    Examples:
        >>> from regional_migration import get
        >>> vii = next(m for m in get("MIRPS").meetings if m.number == 7)
        >>> vii.city, str(vii.date), vii.documents
        ('Belize City', '2024-12-05', ('Belize City Declaration',))
    """

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=40)] = Field(
        description="A short stable key, unique within the process."
    )
    number: int | None = Field(
        None, ge=1, description="Its number as the process counts its meetings of this series."
    )
    name: Text = Field(description="Its name, as the process or the sources give it.")
    kind: MeetingKind = Field(description="The level at which it met.")
    date: PartialDate = Field(description="When it met: a day, or the span of its days.")
    city: Text | None = Field(None, description="The city it met in, if recorded; None online.")
    country: CountryCode | None = Field(None, description="The country it met in.")
    online: bool = Field(default=False, description="Whether it met by videoconference.")
    host: CountryCode | None = Field(None, description="The state that convened or hosted it.")
    opened: CountryCode | None = Field(None, description="The presidency it opened (a handover).")
    closed: CountryCode | None = Field(None, description="The presidency it closed.")
    documents: tuple[Text, ...] = Field(
        (), description="Titles of the process's documents it adopted."
    )
    attended: tuple[CountryCode, ...] = Field(
        (), description="States a source lists as present; empty where none lists them."
    )
    attendance_sources: tuple[SourceRef, ...] = Field(
        (), description="Where the attendance comes from (given exactly with `attended`)."
    )
    confidence: Confidence = Field(description="How well the sources support the record.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where the meeting comes from.")

    @model_validator(mode="after")
    def _attendance_has_sources(self) -> "Meeting":
        if bool(self.attended) != bool(self.attendance_sources):
            raise ValueError(f"meeting {self.id}: attendance_sources go exactly with attended")
        if self.online and self.city is not None:
            raise ValueError(f"meeting {self.id}: a meeting held online has no city")
        return self

    def __repr__(self) -> str:
        """One line: ``Meeting('mirps_vii', 'VII annual meeting', '2024-12-05', 'Belize City')``."""
        return f"Meeting({self.id!r}, {self.name!r}, {str(self.date)!r}, {self.city!r})"


class WorkingGroup(Frozen):
    """A working group, thematic network or similar standing body of a process."""

    name: Text = Field(description="Its name.")
    since: PartialDate | None = Field(None, description="When it was set up, if known.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where this comes from.")


class Document(Frozen):
    """A founding or key text adopted by a process."""

    title: Text = Field(description="Its title.")
    date: PartialDate | None = Field(None, description="When it was adopted, if known.")
    place: Text | None = Field(None, description="Where it was adopted, if recorded.")
    signatories: tuple[CountryCode, ...] = Field(
        (),
        description=(
            "The ISO 3166-1 alpha-2 codes of the states that signed it, where the "
            "sources list them (empty otherwise)."
        ),
    )
    note: Text | None = Field(None, description="What else to know.")
    no_meeting: Text | None = Field(
        None, description="Why no meeting of the process is recorded as adopting it."
    )
    sources: Sources = Field(description="Where this comes from.")


class PendingEvent(Frozen):
    """Something announced or under way that may change the data: re-check it.

    An application, an announced accession or a contested status stays here until a
    decision is found; then the decision goes into the memberships (or presidencies)
    and the pending event is removed.
    """

    since: PartialDate = Field(
        description="When it arose (an application's date, an announcement's)."
    )
    summary: Text = Field(description="What is pending, in plain words.")
    country: CountryCode | None = Field(None, description="The state concerned, if one.")
    sources: Sources = Field(description="Where it is reported.")


class Discrepancy(Frozen):
    """A point on which the seed page and better sources disagree.

    The seed page is the page on intergovernmental processes of the Los Angeles
    Declaration website (in French), from which this data set started.
    """

    topic: Text = Field(description="What the point is about.")
    seed: Text = Field(description="What the seed page says.")
    data: Text = Field(description="What this data set records instead.")
    reason: Text = Field(description="Why the data follows the other sources.")
    sources: Sources = Field(description="The better sources.")


class Process(Frozen, MembershipQueries):
    """An intergovernmental process, with its members over time.

    Its membership periods give each country's status on any day; the questions
    asked of them (`members`, `members_on`, `status_of`...) are those of every body
    with members, instruments included.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,15}$")] = Field(
        description="The stable upper-case key of the process, such as CRM."
    )
    name: LocalizedText = Field(description="Its full name in four languages.")
    acronym: LocalizedText | None = Field(
        None, description="The acronym used in each language, if the process has one."
    )
    aliases: Annotated[tuple[Text, ...], AfterValidator(unique)] = Field(
        (), description="Other names by which the process is known."
    )
    kind: Kind = Field(description="What sort of arrangement it is.")
    founded: PartialDate = Field(description="When it began.")
    founding: Text = Field(description="How it began (meeting, declaration, decision).")
    website: Url | None = Field(None, description="Its official site, if any.")
    memberships: tuple[Membership, ...] = Field(
        description=("Every membership period of every country, sorted by country and start.")
    )
    observer_organizations: tuple[Organization, ...] = Field(
        (), description="Organisations that take part as observers."
    )
    secretariat: Secretariat | None = Field(None, description="The body that supports it, if any.")
    presidencies: tuple[Presidency, ...] = Field(
        (), description="Its pro tempore presidency terms, in order; they meet end to start."
    )
    meetings: tuple[Meeting, ...] = Field(
        (), description="Its meetings, in date order: conferences, summits, rounds."
    )
    working_groups: tuple[WorkingGroup, ...] = Field(
        (), description="Working groups or thematic networks."
    )
    documents: tuple[Document, ...] = Field((), description="Founding and key texts.")
    discrepancies: tuple[Discrepancy, ...] = Field(
        (), description="Where the seed page and better sources disagree."
    )
    notes: tuple[Text, ...] = Field((), description="What else a user should know.")
    sources: Sources = Field(description="Sources about the process as a whole.")
    reviewed: date | None = Field(
        None,
        description=(
            "The day its record was last checked against the sources (every shipped "
            "process has one)."
        ),
    )
    pending_events: tuple[PendingEvent, ...] = Field(
        (), description="Announced or contested changes a maintainer must re-check."
    )

    @model_validator(mode="after")
    def _periods_do_not_overlap(self) -> "Process":
        ordered = sorted(self.memberships, key=lambda m: (m.country, m.since))
        if list(ordered) != list(self.memberships):
            raise ValueError(f"{self.id}: memberships must be sorted by country, then start")
        for before, after in pairwise(ordered):
            if before.country != after.country:
                continue
            if before.until is None or before.until.earliest > after.since.earliest:
                raise ValueError(
                    f"{self.id}: {before.country} has overlapping periods "
                    f"({before.since} to {before.until or 'now'} and {after.since} onwards)"
                )
        return self

    @model_validator(mode="after")
    def _terms_follow_one_another(self) -> "Process":
        terms = self.presidencies
        for before, after in pairwise(terms):
            if before.end != after.start:
                raise ValueError(
                    f"{self.id}: the presidency from {before.start} ends on {before.end or 'now'}"
                    f" but the next starts on {after.start}; terms must meet"
                )
        if terms and terms[-1].end is not None:
            raise ValueError(f"{self.id}: the last presidency must be open (end None)")
        return self

    @model_validator(mode="after")
    def _meetings_are_linked(self) -> "Process":
        if list(self.meetings) != sorted(self.meetings, key=lambda m: (m.date, m.id)):
            raise ValueError(f"{self.id}: meetings must be sorted by date")
        unique(tuple(m.id for m in self.meetings))
        titles = {d.title for d in self.documents}
        adopted = {title for m in self.meetings for title in m.documents}
        if adopted - titles:
            raise ValueError(
                f"{self.id}: meetings adopt unknown documents {sorted(adopted - titles)}"
            )
        for document in self.documents:
            if (document.title in adopted) == (document.no_meeting is not None):
                raise ValueError(
                    f"{self.id}: {document.title!r} is adopted by a meeting or says why not"
                )
        return self

    def presidency_on(self, day: date | str, *, rule: Rule = "certain") -> tuple[Presidency, ...]:
        """Who held the pro tempore presidency on *day*: the terms that cover it.

        With the default ``rule="certain"`` the answer is one term from the first
        recorded term on: the holder's, or one whose ``country`` is ``None`` with a
        note, when the holder was not found or the day falls between two terms whose
        handover is known only loosely. With ``rule="possible"`` every term that may
        cover the day is given (two around a loosely dated handover). Before the first
        recorded term (outside what the data covers) the answer is empty.

        Examples:
            >>> from regional_migration import get
            >>> [t.country for t in get("MIRPS").presidency_on("2024-12-05")]
            ['CR']
            >>> [t.country for t in get("FEM").presidency_on("2024-12-15")]
            ['AR']
        """
        day = as_date(day)
        possible = tuple(t for t in self.presidencies if t.held_on(day, rule="possible"))
        if check_rule(rule) == "possible" or not possible:
            return possible
        certain = tuple(t for t in possible if t.held_on(day))
        if certain:
            return certain
        return (self._between(possible),)

    def _between(self, terms: tuple[Presidency, ...]) -> Presidency:
        """The unknown term of a day inside a loosely dated handover of *terms*."""
        known = [t for t in terms if t.country is not None]
        who = " and ".join(t.country or "" for t in known) or "no recorded holder"
        notes = [t.note for t in terms if t.country is None and t.note]
        window = terms[-1]
        note = (
            f"the handover between the terms of {who} fell in {window.start} "
            "and its day is not known, so the holder on this day is not known"
        )
        sources = tuple({s.id: s for t in terms for s in t.sources}.values())
        return Presidency(
            country=None,
            start=window.start,
            end=window.start,
            start_sources=window.start_sources,
            end_sources=window.start_sources,
            confidence="high",
            note="; ".join([note, *notes]),
            sources=sources,
        )

    _OPENED: ClassVar[str] = "founded"  # the verb of the founding note

    def _opening(self) -> PartialDate:
        """The day the process came into being."""
        return self.founded

    def __repr__(self) -> str:
        """One line: id, English name, founding and counts."""
        counts = ", ".join(
            f"{status} {len(codes)}"
            for status in STATUSES
            if (codes := self.countries_with(status))
        )
        return (
            f"<Process {self.id}: {self.name.en}, founded {self.founded}; "
            f"{counts}; {len(self.memberships)} membership periods>"
        )


class RefugeeCommission(Frozen):
    """Who decides on asylum (refugee status) in a state: its body, or that it has none.

    Every state in scope has one record. ``kind`` says what sort of body decides;
    ``"unhcr"`` and ``"none"`` say that the state has no national body (UNHCR
    determines refugee status under its mandate, or no procedure exists), with the
    sources that say so. A state without a record is outside what the data covers.
    """

    country: CountryCode = Field(description="The ISO 3166-1 alpha-2 code of its state.")
    kind: Literal["commission", "office", "tribunal", "unhcr", "none"] = Field(
        "commission",
        description=(
            "What decides: a commission of several ministries or bodies (commission), a "
            "government office, agency or minister (office), an independent tribunal or "
            "court at first instance (tribunal), UNHCR under its mandate where there is "
            "no national body (unhcr), or nobody: no body and no procedure (none)."
        ),
    )
    name: Text | None = Field(
        None, description="Its name in the country's language, when verified."
    )
    acronym: Text | None = Field(None, description="Its acronym, if it has one.")
    names: LocalizedNames | None = Field(
        None,
        description=(
            "Its name in English, Spanish, French and Portuguese, where one was found "
            "in that language."
        ),
    )
    language: Literal["en", "es", "fr", "pt", "nl", "ca"] = Field(
        description=("The language of its name, or for a state without a body, of its legal texts.")
    )
    legal_basis: Text = Field(
        description=(
            "The laws and decrees that create and regulate it, with their dates and "
            "reforms (for a state without a body: what stands in their place)."
        )
    )
    established: PartialDate | None = Field(None, description="When its founding law was dated.")
    placement: Text | None = Field(None, description="Where it sits in government.")
    confidence: Confidence = Field(description="How well the sources support the record.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where this comes from.")

    @model_validator(mode="after")
    def _no_body_has_no_name(self) -> "RefugeeCommission":
        if self.kind in ("unhcr", "none") and (self.name or self.acronym or self.names):
            raise ValueError(f"{self.country}: a record of kind {self.kind!r} names no body")
        return self

    @property
    def label(self) -> str:
        """A short label: the acronym or name, or who decides where there is no body."""
        if self.kind == "unhcr":
            return "no national body: UNHCR decides"
        if self.kind == "none":
            return "no body and no procedure"
        return self.acronym or self.name or "name unverified"

    def __repr__(self) -> str:
        """One line: country, acronym or name (or who decides), and founding law's date."""
        return f"<RefugeeCommission {self.country}: {self.label}, established {self.established}>"

    def _repr_html_(self) -> str:
        """The commission as a small table of its fields."""
        rows = [
            ("country", f"{display_name(self.country)} ({self.country})"),
            ("kind", self.kind),
            ("name", self.name),
            ("acronym", self.acronym),
            *(
                (f"name ({lang})", self.names.get(lang))
                for lang in LANGUAGES
                if self.names is not None
            ),
            ("legal basis", self.legal_basis),
            ("established", None if self.established is None else self.established.describe()),
            ("placement", self.placement),
            ("confidence", self.confidence),
            ("note", self.note),
            ("sources", "; ".join(source.title for source in self.sources)),
        ]
        return table(("field", "value"), [row for row in rows if row[1] is not None])


class Processes(tuple[Process, ...]):
    """Processes as a tuple that shows itself briefly: a short repr, a one-screen HTML."""

    __slots__ = ()

    def __repr__(self) -> str:
        """The count and the ids."""
        return f"<{len(self)} processes: {', '.join(p.id for p in self)}>"

    def _repr_html_(self) -> str:
        """One row per process: id, name, founding, and how many countries hold each status."""
        rows = [
            (p.id, p.name.en, str(p.founded), *(len(p.countries_with(s)) for s in STATUSES))
            for p in self
        ]
        return title(f"{len(self)} processes") + table(("id", "name", "founded", *STATUSES), rows)


NAME_NOT_VERIFIED = "(name not verified)"
"""What a table shows for a commission whose name the sources did not verify."""


class RefugeeCommissions(tuple[RefugeeCommission, ...]):
    """Refugee commissions as a tuple with a short repr and a one-screen HTML view.

    The data covers only the countries in `coverage`: for any other, "no commission on
    record" means "not covered", never "none".
    """

    __slots__ = ()

    @property
    def coverage(self) -> frozenset[str]:
        """The countries whose asylum authority the data covers: those with a record.

        Examples:
            >>> from regional_migration import refugee_commissions
            >>> "MX" in refugee_commissions().coverage, "FR" in refugee_commissions().coverage
            (True, False)
        """
        return frozenset(commission.country for commission in self)

    def covers(self, country: str) -> bool:
        """Whether the data covers *country*'s asylum authority (any name or code).

        Raises:
            UnknownCountryError: *country* names no country.
        """
        return country_code(country) in self.coverage

    def __repr__(self) -> str:
        """The count and the countries."""
        return f"<{len(self)} refugee commissions: {', '.join(c.country for c in self)}>"

    def _repr_html_(self) -> str:
        """One row per commission: country, acronym, name and founding law's date."""
        rows = [
            (
                f"{display_name(c.country)} ({c.country})",
                c.kind,
                c.acronym,
                (c.name or NAME_NOT_VERIFIED) if c.kind not in ("unhcr", "none") else c.label,
                None if c.established is None else str(c.established),
            )
            for c in self
        ]
        return title(f"{len(self)} national asylum authorities") + table(
            ("country", "kind", "acronym", "name", "established"), rows
        )


def _one_per_id(processes: tuple[Process, ...]) -> tuple[Process, ...]:
    unique(tuple(process.id for process in processes))
    return processes


def _one_per_country(
    commissions: tuple[RefugeeCommission, ...],
) -> tuple[RefugeeCommission, ...]:
    unique(tuple(commission.country for commission in commissions))
    return commissions


class DataFile(Frozen):
    """The layout of ``data/processes.json``."""

    schema_version: SchemaVersion = Field(description="The version of the file's layout.")
    data_version: date = Field(description="The day the data was last checked.")
    sources: tuple[Source, ...] = Field(description="Every source, cited by id.")
    processes: Annotated[tuple[Process, ...], AfterValidator(_one_per_id)] = Field(
        description="Every process, one per id."
    )
    refugee_commissions: Annotated[
        tuple[RefugeeCommission, ...], AfterValidator(_one_per_country)
    ] = Field(description="The asylum authority of every state in scope, one per state.")


publish(globals())
