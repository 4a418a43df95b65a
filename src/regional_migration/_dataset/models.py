"""The immutable pydantic models of the data set.

Every model is frozen and forbids unknown fields; collections are tuples or
frozensets, so a loaded object can be shared freely and hashed. Validation rules that
involve several fields (dates in order, no overlapping memberships) live here too.
This module reads no files and knows nothing of the registry.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from regional_migration._core.dates import PartialDate, Rule, as_date, check_rule
from regional_migration._core.html import listing, paragraph, table, title
from regional_migration._core.messages import say
from regional_migration._core.public import publish
from regional_migration._core.resources import LockedBuild
from regional_migration._core.text import LANGUAGES, check_language, one_of
from regional_migration._countries.iso3166 import CountryCode
from regional_migration._countries.lookup import country_code, display_name
from regional_migration.errors import (
    ArgumentTypeError,
    InvalidArgumentError,
    UnsupportedLanguageError,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pydantic_core import InitErrorDetails

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "ActionKind",
    "Confidence",
    "Discrepancy",
    "Document",
    "Kind",
    "LocalizedText",
    "Membership",
    "Organization",
    "PendingEvent",
    "Presidency",
    "Process",
    "Processes",
    "RefugeeCommission",
    "RefugeeCommissions",
    "Secretariat",
    "Source",
    "Status",
    "WorkingGroup",
)

__all__ = [
    "STATUSES",
    "ActionKind",
    "Confidence",
    "CountryCode",
    "DataFile",
    "Discrepancy",
    "Document",
    "Kind",
    "LocalizedText",
    "Membership",
    "MembershipQueries",
    "Organization",
    "PendingEvent",
    "Presidency",
    "Process",
    "Processes",
    "RefugeeCommission",
    "RefugeeCommissions",
    "SchemaVersion",
    "Secretariat",
    "Source",
    "Status",
    "WorkingGroup",
    "check_status",
    "status_by_country",
]

Confidence = Literal["high", "medium", "low"]
"""How well the sources support a record."""

Status = Literal["member", "associate", "observer", "suspended", "signatory"]
"""A country's status in a process or an instrument: what a membership period gives it.

``member`` is full membership (for a declaration: an endorsing state; for a treaty: a
state party, once the treaty is in force for it); ``associate`` is MERCOSUR's
associated-state status; ``observer`` takes part without membership; ``suspended`` is
a member whose rights are suspended; ``signatory`` has signed a treaty and is not (or
not yet) bound by it.
"""

STATUSES: tuple[Status, ...] = get_args(Status)
"""Every status, in the order tables list them."""


def check_status(status: object) -> Status:
    """Return *status* if it is one of `STATUSES`, so that a typo is not read as "none".

    Raises:
        InvalidArgumentError: anything else, including ``None`` and non-text values.
    """
    for known in STATUSES:
        if isinstance(status, str) and status == known:
            return known
    raise InvalidArgumentError(
        "status", status, "use 'member', 'associate', 'observer', 'suspended' or 'signatory'"
    )


def status_by_country(memberships: Iterable[Membership]) -> dict[str, Status]:
    """Each country's status among *memberships*, the periods in force on one day.

    Under ``rule="possible"`` two periods of a country may both cover a loosely dated
    day; the one rule everywhere is that the first status in `STATUSES` order is given.
    """
    found: dict[str, Status] = {}
    for membership in memberships:
        held = found.get(membership.country)
        if held is None or STATUSES.index(membership.status) < STATUSES.index(held):
            found[membership.country] = membership.status
    return found


Kind = Literal[
    "regional_consultative_process",
    "interregional_network",
    "intergovernmental_technical_process",
    "regional_protection_framework",
    "subregional_integration_forum",
    "declaration",
]
"""What sort of intergovernmental arrangement a process is."""

ActionKind = Literal[
    "signature",
    "ratification",
    "accession",
    "succession",
    "acceptance",
    "approval",
    "denunciation",
    "adoption",
    "endorsement",
    "withdrawal",
    "return",
]
"""What a state did about an instrument on a day.

Treaties are signed, then ratified, accepted or approved (or acceded or succeeded to
without signature), and denounced; declarations and compacts are adopted or endorsed,
withdrawn from, and returned to.
"""

Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$", max_length=500)]


_SHORT = 48  # characters of a text field shown in a one-line repr


def _brief(value: object) -> str:
    """One field's value for a one-line repr: text shortened, collections counted."""
    if isinstance(value, tuple | frozenset):
        return f"<{len(value)}>"
    if isinstance(value, str) and len(value) > _SHORT:
        return repr(value[: _SHORT - 1] + "…")
    return repr(str(value)) if isinstance(value, PartialDate) else repr(value)


def _frozen(model: type[BaseModel], name: str, value: object) -> ValidationError:
    """The error pydantic gives for an assignment to a field of a frozen model."""
    detail: InitErrorDetails = {"type": "frozen_instance", "loc": (name,), "input": value}
    return ValidationError.from_exception_data(model.__name__, [detail])


class _Frozen(LockedBuild, frozen=True, extra="forbid", defer_build=True):
    """Base of every model: immutable, hashable, no unknown fields.

    The validators are built on first validation, not at import: data proven valid
    is built without them (see `regional_migration._core.resources`).
    """

    # pydantic's frozen check covers the fields only, and since pydantic 2.11 it lets
    # an assignment to a cached property through: every shared record would change.
    def __setattr__(self, name: str, value: object) -> None:
        """Refuse every assignment, to a field or to anything else."""
        raise _frozen(type(self), name, value)

    def __delattr__(self, name: str) -> None:
        """Refuse every deletion, which would reset a cached property."""
        raise _frozen(type(self), name, None)

    @property
    def model_fields_set(self) -> set[str]:
        """The names of the fields given when it was built, as a copy to change freely.

        pydantic's own set is what ``model_dump(exclude_unset=True)`` reads: changing
        it would change that answer for every caller.
        """
        return set(self.__pydantic_fields_set__)

    def __repr__(self) -> str:
        """One line: the fields that are set, long texts cut, collections counted."""
        fields = (
            f"{name}={_brief(value)}"
            for name, value in self
            if value is not None and value != () and name != "note"
        )
        return f"{type(self).__name__}({', '.join(fields)})"

    def __str__(self) -> str:
        """The same line as `repr`, rather than pydantic's list of every field."""
        return repr(self)


class LocalizedText(_Frozen):
    """A text in English, Spanish, French and Portuguese.

    Examples:
        >>> LocalizedText(
        ...     en="Quito Process",
        ...     es="Proceso de Quito",
        ...     fr="Processus de Quito",
        ...     pt="Processo de Quito",
        ... ).get("fr")
        'Processus de Quito'
    """

    en: Text
    es: Text
    fr: Text
    pt: Text

    def get(self, lang: str) -> str:
        """Return the text in *lang* (``"en"``, ``"es"``, ``"fr"`` or ``"pt"``).

        Raises:
            UnsupportedLanguageError: any other language (a `ValueError`).
        """
        if not one_of(lang, LANGUAGES):
            raise UnsupportedLanguageError(lang)
        text: str = getattr(self, lang)
        return text


class Source(_Frozen):
    """A public document that supports a fact.

    Attributes:
        id: short stable key used inside the data file.
        url: where the document was read.
        title: its title, as shown or abridged.
        publisher: who published it.
        published: when it was dated, where it shows a date.
        seen: the day (or month) its content was read for this data set.
        snapshot: ``"stored"`` when the content was read from a stored copy of the
            page, ``"archived"`` when from a web archive's snapshot (``snapshot_url``),
            and ``None`` when it was read live at ``url``.
        snapshot_url: the address of the archive snapshot that was read, if any.
        note: what to know about it (partial text, undated, inferred date...).
    """

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=40)]
    url: Url
    title: Text
    publisher: Text
    published: PartialDate | None = None
    seen: PartialDate
    snapshot: Literal["stored", "archived"] | None = None
    snapshot_url: Url | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _snapshot_only_when_archived(self) -> Source:
        if (self.snapshot == "archived") != (self.snapshot_url is not None):
            raise ValueError(
                f"{self.id}: snapshot_url is given exactly when snapshot is 'archived'"
            )
        return self


def _source_from_table(value: object, info: ValidationInfo) -> object:
    """Turn a source id from the data file into its `Source` record.

    The data file lists each source once and refers to it by id; the loader passes the
    table in the validation context. Anything other than a string passes through.
    """
    if not isinstance(value, str):
        return value
    table = info.context.get("sources") if isinstance(info.context, dict) else None
    if table is None:
        raise ValueError(f"source id {value!r} given without a table of sources")
    try:
        return table[value]
    except KeyError:
        raise ValueError(f"unknown source id {value!r}") from None


SourceRef = Annotated[Source, BeforeValidator(_source_from_table, json_schema_input_type=str)]
Sources = Annotated[tuple[SourceRef, ...], Field(min_length=1)]


class Membership(_Frozen):
    """A membership period: one country's status in a process or instrument, over time.

    A membership starts on ``since`` (inclusive) and ends on ``until`` (exclusive); an
    open-ended one (``until`` is ``None``) is current. For an instrument, ``began_by``
    and ``ended_by`` name the state's acts that opened and closed the period (a
    ratification, a withdrawal...). When a date is known only to the
    month or year, or only within an interval, `active_on` answers
    conservatively: the membership counts on a day only if it had certainly begun and
    had certainly not yet ended.

    Attributes:
        country: the ISO 3166-1 alpha-2 code of the state.
        status: its status during the period.
        since: when the period began.
        until: when it ended (the first day outside it), or ``None`` while it lasts.
        confidence: how well the sources support the record.
        note: what else to know.
        sources: where this comes from.
        began_by: for an instrument, the state's act that began the period.
        ended_by: for an instrument, the state's act that ended it, if it ended.

    Examples:
        >>> source = {
        ...     "id": "example",
        ...     "url": "https://example.org/",
        ...     "title": "Example",
        ...     "publisher": "Example",
        ...     "seen": "2026-11",
        ... }
        >>> m = Membership(
        ...     country="DO",
        ...     status="member",
        ...     since="1999-01-30/2000-03-23",
        ...     confidence="medium",
        ...     sources=(source,),
        ... )
        >>> m.active_on(date(1999, 6, 1)), m.active_on(date(2000, 3, 23))
        (False, True)
    """

    country: CountryCode
    status: Status
    since: PartialDate
    until: PartialDate | None = None
    confidence: Confidence
    note: Text | None = None
    sources: Sources
    began_by: ActionKind | None = None
    ended_by: ActionKind | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> Membership:
        if self.until is not None and self.until.latest <= self.since.earliest:
            raise ValueError(
                f"{self.country}: membership ends ({self.until}) before it starts ({self.since})"
            )
        return self

    def active_on(self, day: date | str, *, rule: Rule = "certain") -> bool:
        """Whether this period covers *day*: certainly (by default), or possibly.

        With ``rule="possible"`` a period counts from the first day its start may
        denote until the last day its end may denote (see `regional_migration.Rule`).
        """
        day = as_date(day)
        if check_rule(rule) == "possible":
            return self.since.earliest <= day and (self.until is None or self.until.latest > day)
        started = self.since.latest <= day
        ended = self.until is not None and self.until.earliest <= day
        return started and not ended

    def __repr__(self) -> str:
        """One line: ``Membership('MX', 'member', '1996-03-13', until=None)``."""
        until = None if self.until is None else str(self.until)
        return (
            f"Membership({self.country!r}, {self.status!r}, {str(self.since)!r}, until={until!r})"
        )

    def _repr_html_(self) -> str:
        """The period as a small table, with the sources as links."""
        rows = [
            ("country", f"{display_name(self.country)} ({self.country})"),
            ("status", self.status),
            ("since", self.since.describe()),
            ("until", "now" if self.until is None else self.until.describe()),
            ("confidence", self.confidence),
            *([("note", self.note)] if self.note else []),
            ("sources", "; ".join(source.title for source in self.sources)),
        ]
        return table(("field", "value"), rows)

    @property
    def is_current(self) -> bool:
        """Whether the period is open-ended, that is, current in the data."""
        return self.until is None


class Organization(_Frozen):
    """A non-state participant, such as an observer organisation.

    Attributes:
        name: the organisation's name.
        note: what else to know.
        sources: where this comes from.
    """

    name: Text
    note: Text | None = None
    sources: Sources


class Secretariat(_Frozen):
    """The body that supports a process between meetings.

    Attributes:
        name: the body's name.
        host: who hosts or runs it, if recorded.
        note: what else to know.
        sources: where this comes from.
    """

    name: Text
    host: Text | None = None
    note: Text | None = None
    sources: Sources


class Presidency(_Frozen):
    """A country's term in a process's pro tempore presidency.

    Attributes:
        country: the ISO 3166-1 alpha-2 code of the presiding state.
        period: the term, as precisely as the sources give it.
        event: the meeting or event the term is known from, if recorded.
        confidence: how well the sources support the record.
        sources: where this comes from.
    """

    country: CountryCode
    period: PartialDate
    event: Text | None = None
    confidence: Confidence
    sources: Sources


class WorkingGroup(_Frozen):
    """A working group, thematic network or similar standing body of a process.

    Attributes:
        name: its name.
        since: when it was set up, if known.
        note: what else to know.
        sources: where this comes from.
    """

    name: Text
    since: PartialDate | None = None
    note: Text | None = None
    sources: Sources


class Document(_Frozen):
    """A founding or key text adopted by a process.

    Attributes:
        title: its title.
        date: when it was adopted, if known.
        place: where it was adopted, if recorded.
        signatories: the ISO 3166-1 alpha-2 codes of the states that signed it, where
            the sources list them (empty otherwise).
        note: what else to know.
        sources: where this comes from.
    """

    title: Text
    date: PartialDate | None = None
    place: Text | None = None
    signatories: tuple[CountryCode, ...] = ()
    note: Text | None = None
    sources: Sources


class PendingEvent(_Frozen):
    """Something announced or under way that may change the data: re-check it.

    An application, an announced accession or a contested status stays here until a
    decision is found; then the decision goes into the memberships (or presidencies)
    and the pending event is removed.

    Attributes:
        since: when it arose (an application's date, an announcement's).
        summary: what is pending, in plain words.
        country: the state concerned, if one.
        sources: where it is reported.
    """

    since: PartialDate
    summary: Text
    country: CountryCode | None = None
    sources: Sources


class Discrepancy(_Frozen):
    """A point on which the seed page and better sources disagree.

    The seed page is the page on intergovernmental processes of the Los Angeles
    Declaration website (in French), from which this data set started.

    Attributes:
        topic: what the point is about.
        seed: what the seed page says.
        data: what this data set records instead.
        reason: why the data follows the other sources.
    """

    topic: Text
    seed: Text
    data: Text
    reason: Text
    sources: Sources


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(values)) != len(values):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        raise ValueError(f"duplicate entries: {duplicates}")
    return values


class MembershipQueries:
    """The questions asked of membership periods, alike for processes and instruments.

    A subclass provides ``memberships``, ``_opening`` (the day it came into being) and
    ``_OPENED``, the verb that says how (founded, adopted).
    """

    if TYPE_CHECKING:
        id: str
        _OPENED: ClassVar[str]

        @property
        def memberships(self) -> tuple[Membership, ...]:
            """Every period of every country's status, sorted by country and start."""

        def _opening(self) -> PartialDate:
            """The founding of a process or the adoption of an instrument."""

    @property
    def members(self) -> frozenset[str]:
        """Full members now: countries whose current status is ``member``.

        For the Los Angeles Declaration these are its endorsing states; for a treaty,
        its states parties.
        """
        return self.countries_with("member")

    @property
    def observers(self) -> frozenset[str]:
        """Countries whose current status is ``observer``."""
        return self.countries_with("observer")

    def countries_with(
        self, status: Status, *, on: date | str | None = None, rule: Rule = "certain"
    ) -> frozenset[str]:
        """Countries with *status*, now or on the day *on* (under *rule*).

        Raises:
            InvalidArgumentError: *status* is not one of the statuses.
        """
        wanted = check_status(status)
        return frozenset(
            m.country for m in self.memberships_on(on, rule=rule) if m.status == wanted
        )

    def existed_on(self, day: date | str, *, rule: Rule = "certain") -> bool:
        """Whether it existed on *day*: certainly (by default), or possibly.

        A process exists from its founding, an instrument from its adoption.
        """
        day = as_date(day)
        opening = self._opening()
        return day >= (opening.latest if check_rule(rule) == "certain" else opening.earliest)

    def founding_note(
        self, day: date | str, *, rule: Rule = "certain", lang: str = "en"
    ) -> str | None:
        """Why nobody belongs on *day*, if it did not exist yet, else ``None``.

        The note is in *lang*: ``"en"`` (the default), ``"es"``, ``"fr"`` or ``"pt"``.

        Examples:
            >>> from regional_migration import get
            >>> get("LAD").founding_note("2020-01-01")
            'LAD was founded on 2022-06-10'
            >>> get("LAD").founding_note("2020-01-01", lang="es")
            'LAD aún no existía el 2020-01-01 (fundación: 2022-06-10)'
            >>> get("LAD").founding_note("2023-01-01") is None
            True
        """
        language = check_language(lang)
        if self.existed_on(day, rule=rule):
            return None
        opening = self._opening()
        if language == "en":
            return f"{self.id} was {self._OPENED} {opening.describe()}"
        asked = as_date(day).isoformat()
        return say(f"line.not_{self._OPENED}", language, id=self.id, asked=asked, day=str(opening))

    def memberships_on(
        self, day: date | str | None = None, *, rule: Rule = "certain"
    ) -> tuple[Membership, ...]:
        """The membership periods in force on *day*, or now (the open-ended ones).

        On a past day, only the periods that certainly cover it count, of every status;
        with ``rule="possible"``, those that may cover it. Before the process existed
        (by the same rule; see `founding_note`) nobody belongs to it, whatever the
        records of the wider bloc say.
        """
        if day is None:
            return tuple(m for m in self.memberships if m.is_current)
        day = as_date(day)
        if not self.existed_on(day, rule=rule):
            return ()
        return tuple(m for m in self.memberships if m.active_on(day, rule=rule))

    def status_of(
        self, country: str, *, on: date | str | None = None, rule: Rule = "certain"
    ) -> Status | None:
        """The status of *country*, now or on the day *on*; ``None`` when it has none.

        With ``rule="possible"``, a country whose status changed on a loosely dated
        day may have had two statuses; the first in `STATUSES` order is given
        (``member`` before ``associate``, ``observer`` and ``suspended``).

        Raises:
            UnknownCountryError: *country* names no country.
            AmbiguousCountryError: *country* names several countries.

        Examples:
            >>> from regional_migration import get
            >>> fem = get("FEM")
            >>> fem.status_of("Bolivia", on="2024-08-06"), fem.status_of("BO")
            ('associate', 'member')
            >>> get("CRM").status_of("Brazil") is None
            True
        """
        code = country_code(country)
        found = (m for m in self.memberships_on(on, rule=rule) if m.country == code)
        return status_by_country(found).get(code)

    def is_member(
        self, country: str, *, on: date | str | None = None, rule: Rule = "certain"
    ) -> bool:
        """Whether *country* is a full member, now or on the day *on* (under *rule*).

        *country* is anything `regional_migration.country_code` accepts: a code
        or a name in English, Spanish, French or Portuguese.

        Raises:
            UnknownCountryError: *country* names no country.
            AmbiguousCountryError: *country* names several countries.
        """
        return country_code(country) in self.countries_with("member", on=on, rule=rule)

    def __contains__(self, country: object) -> bool:
        """Whether *country* is a full member now: ``"Mexique" in process``.

        An unknown or ambiguous name raises rather than answering ``False``, so that a
        typo is not taken for a "no".
        """
        if not isinstance(country, str):
            raise ArgumentTypeError(f"a country is given as text, got {type(country).__name__}")
        return self.is_member(country)

    def members_on(self, day: date | str, *, rule: Rule = "certain") -> frozenset[str]:
        """Full members on *day* (a `datetime.date` or ``"YYYY-MM-DD"``).

        By default a country counts only if its membership had certainly begun and
        had certainly not ended on that day; with ``rule="possible"``, if it may have
        been a member then (see `Membership.active_on`).
        """
        return self.countries_with("member", on=day, rule=rule)


class Process(_Frozen, MembershipQueries):
    """An intergovernmental process, with its members over time.

    Attributes:
        id: stable upper-case key, such as ``"CRM"``.
        name: the full name in four languages.
        acronym: the acronym used in each language, if the process has one.
        aliases: other names by which the process is known.
        kind: what sort of arrangement it is.
        founded: when it began.
        founding: how it began (meeting, declaration, decision).
        website: its official site, if any.
        memberships: every membership period of every country, sorted by country and
            start.
        observer_organizations: organisations that take part as observers.
        secretariat: the body that supports it, if any.
        presidencies: known pro tempore presidencies, in order.
        working_groups: working groups or thematic networks.
        documents: founding and key texts.
        discrepancies: where the seed page and better sources disagree.
        notes: what else a user should know.
        sources: sources about the process as a whole.
        reviewed: the day its record was last checked against the sources (every
            shipped process has one).
        pending_events: announced or contested changes a maintainer must re-check.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,15}$")]
    name: LocalizedText
    acronym: LocalizedText | None = None
    aliases: Annotated[tuple[Text, ...], AfterValidator(_unique)] = ()
    kind: Kind
    founded: PartialDate
    founding: Text
    website: Url | None = None
    memberships: tuple[Membership, ...]
    observer_organizations: tuple[Organization, ...] = ()
    secretariat: Secretariat | None = None
    presidencies: tuple[Presidency, ...] = ()
    working_groups: tuple[WorkingGroup, ...] = ()
    documents: tuple[Document, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    notes: tuple[Text, ...] = ()
    sources: Sources
    reviewed: date | None = None
    pending_events: tuple[PendingEvent, ...] = ()

    @model_validator(mode="after")
    def _periods_do_not_overlap(self) -> Process:
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

    def _repr_html_(self) -> str:
        """Show the process as a small table in Jupyter: its countries by status."""
        rows = [
            (status, len(codes), listing(f"{display_name(c)} ({c})" for c in sorted(codes)))
            for status in STATUSES
            if (codes := self.countries_with(status))
        ]
        return (
            title(f"{self.name.en} ({self.id})")
            + paragraph(f"founded {self.founded}")
            + table(("status", "countries", "who"), rows, html=2)
        )


class RefugeeCommission(_Frozen):
    """A national body that decides on refugee status.

    Attributes:
        country: the ISO 3166-1 alpha-2 code of its state.
        name: its name in the country's language, when verified.
        acronym: its acronym, if it has one.
        language: the language of ``name`` (``"es"`` or ``"pt"``).
        legal_basis: the laws and decrees that create and regulate it.
        established: when its founding law was dated.
        placement: where it sits in government.
        confidence: how well the sources support the record.
        note: what else to know.
        sources: where this comes from.
    """

    country: CountryCode
    name: Text | None = None
    acronym: Text | None = None
    language: Literal["es", "pt"]
    legal_basis: Text
    established: PartialDate | None = None
    placement: Text | None = None
    confidence: Confidence
    note: Text | None = None
    sources: Sources

    def __repr__(self) -> str:
        """One line: country, acronym or name, and founding law's date."""
        label = self.acronym or self.name or "name unverified"
        return f"<RefugeeCommission {self.country}: {label}, established {self.established}>"

    def _repr_html_(self) -> str:
        """The commission as a small table of its fields."""
        rows = [
            ("country", f"{display_name(self.country)} ({self.country})"),
            ("name", self.name),
            ("acronym", self.acronym),
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


class RefugeeCommissions(tuple[RefugeeCommission, ...]):
    """Refugee commissions as a tuple with a short repr and a one-screen HTML view."""

    __slots__ = ()

    def __repr__(self) -> str:
        """The count and the countries."""
        return f"<{len(self)} refugee commissions: {', '.join(c.country for c in self)}>"

    def _repr_html_(self) -> str:
        """One row per commission: country, acronym, name and founding law's date."""
        rows = [
            (
                f"{display_name(c.country)} ({c.country})",
                c.acronym,
                c.name,
                None if c.established is None else str(c.established),
            )
            for c in self
        ]
        return title(f"{len(self)} national refugee commissions") + table(
            ("country", "acronym", "name", "established"), rows
        )


def _one_per_id(processes: tuple[Process, ...]) -> tuple[Process, ...]:
    _unique(tuple(process.id for process in processes))
    return processes


def _one_per_country(
    commissions: tuple[RefugeeCommission, ...],
) -> tuple[RefugeeCommission, ...]:
    _unique(tuple(commission.country for commission in commissions))
    return commissions


SchemaVersion = Annotated[Literal[1], WithJsonSchema({"const": 1, "type": "integer"})]
"""The layout version of a data file. Its schema is spelled out: pydantic before 2.10
adds ``"enum": [1]`` beside ``"const"``, which would make the shipped schemas depend on
the installed version."""


class DataFile(_Frozen):
    """The layout of ``data/processes.json``."""

    schema_version: SchemaVersion
    data_version: date
    sources: tuple[Source, ...]
    processes: Annotated[tuple[Process, ...], AfterValidator(_one_per_id)]
    refugee_commissions: Annotated[tuple[RefugeeCommission, ...], AfterValidator(_one_per_country)]


publish(globals())
