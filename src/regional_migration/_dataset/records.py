"""The shared base of the data set's records: the parts processes and instruments share.

Every model is frozen and forbids unknown fields; collections are tuples or
frozensets, so a loaded object can be shared freely and hashed. Here are the base
model, texts, sources, membership periods and the questions asked of them
(`MembershipQueries`), and the statuses. The records of the processes file are in
`regional_migration._dataset.processes`, those of the instruments file in
`regional_migration._dataset.instruments`. This module reads no files and knows
nothing of the registry.
"""

# Annotations are evaluated when defined (no ``from __future__ import annotations``):
# pydantic reads a model's field annotations when the class is defined, at every start of
# the package, and text annotations it must first compile and evaluate one by one,
# about a millisecond for the models of this module and of processes.py together. Function
# annotations that name something defined later, or only for type checkers, are quoted.

from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, get_args

from pydantic import (
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
from regional_migration._core.html import escape, link, listing, paragraph, table, title
from regional_migration._core.public import publish
from regional_migration._core.resources import LockedBuild, lock
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
    from datetime import date

    from pydantic_core import InitErrorDetails

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "STATUSES",
    "Source",
    "SourceList",
)
TYPES: tuple[str, ...] = (
    "ActionKind",
    "Confidence",
    "LocalizedNames",
    "LocalizedText",
    "Membership",
    "SourceKind",
    "Status",
)

__all__ = [
    "SCOPE",
    "STATUSES",
    "ActionKind",
    "Confidence",
    "CountryCode",
    "Frozen",
    "LocalizedNames",
    "LocalizedText",
    "Membership",
    "MembershipQueries",
    "SchemaVersion",
    "Source",
    "SourceKind",
    "SourceList",
    "SourceRef",
    "Sources",
    "Status",
    "Text",
    "Url",
    "check_status",
    "status_by_country",
    "unique",
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
"""Every `Status`, in the order tables, the command line and the plots list them.

Examples:
    >>> STATUSES
    ('member', 'associate', 'observer', 'suspended', 'signatory')
"""


SCOPE: frozenset[str] = frozenset(
    (
        *("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO"),
        *("EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN"),
        *("LC", "VC", "SR", "TT", "US", "UY", "VE", "ES", "AD"),
    )
)
"""The states whose position on each instrument, and vote on each recorded resolution,
the data set aims to settle: the 35 independent states of the Americas, Spain and
Andorra."""


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


def status_by_country(memberships: "Iterable[Membership]") -> dict[str, Status]:
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


class Frozen(LockedBuild, frozen=True, extra="forbid", defer_build=True):
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


class LocalizedText(Frozen):
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

    en: Text = Field(description="The text in English.")
    es: Text = Field(description="The text in Spanish.")
    fr: Text = Field(description="The text in French.")
    pt: Text = Field(description="The text in Portuguese.")

    def get(self, lang: str) -> str:
        """Return the text in *lang* (``"en"``, ``"es"``, ``"fr"`` or ``"pt"``).

        Raises:
            UnsupportedLanguageError: any other language (a `ValueError`).
        """
        if not one_of(lang, LANGUAGES):
            raise UnsupportedLanguageError(lang)
        text: str = getattr(self, lang)
        return text


SourceKind = Literal["official", "intergovernmental", "news", "academic", "secondary"]
"""Who speaks in a source: keep to ``official`` and ``intergovernmental`` for primary sources.

``official``: a government, a parliament or an official gazette, at its own address;
``intergovernmental``: the UN and its agencies, the OAS, MERCOSUR, or a process's own
site; ``news``: a newspaper, broadcaster or news agency; ``academic``: a university, a
journal or a research institute; ``secondary``: anything else that reports or copies
what others said: a copy of a document held elsewhere, a mirror, an encyclopedia, a
blog, a law firm, a legal database or an advocacy group.
"""


class Source(Frozen):
    """A public document that supports a fact, and when and how it was read.

    Records cite a source by its ``id``; the data file lists each source once.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=40)] = Field(
        description="The short, stable key by which records cite the source."
    )
    url: Url = Field(description="Where the document was read.")
    title: Text = Field(description="Its title, as shown or abridged.")
    publisher: Text = Field(description="Who published it.")
    kind: SourceKind | None = Field(
        None, description="Who speaks in it (see SourceKind); every shipped source has one."
    )
    published: PartialDate | None = Field(
        None, description="When it was dated, where it shows a date."
    )
    seen: PartialDate = Field(
        description="The day (or month) its content was read for this data set."
    )
    snapshot: Literal["stored", "archived"] | None = Field(
        None,
        description=(
            "How it was read: 'stored' from a stored copy of the page, 'archived' from "
            "a web archive's snapshot (snapshot_url); none when read live at its url."
        ),
    )
    snapshot_url: Url | None = Field(
        None, description="The address of the archive snapshot that was read, if any."
    )
    note: Text | None = Field(
        None, description="What to know about it (partial text, undated, inferred date...)."
    )

    @model_validator(mode="after")
    def _snapshot_only_when_archived(self) -> "Source":
        if (self.snapshot == "archived") != (self.snapshot_url is not None):
            raise ValueError(
                f"{self.id}: snapshot_url is given exactly when snapshot is 'archived'"
            )
        return self

    def __repr__(self) -> str:
        """One line: ``<Source crm_about: Regional Conference on Migration, intergovernmental>``."""
        kind = "" if self.kind is None else f", {self.kind}"
        return f"<Source {self.id}: {_brief(self.publisher)[1:-1]}{kind}, seen {self.seen}>"

    def _repr_html_(self) -> str:
        """The source as a small table, its title a link to the document."""
        rows = [
            ("title", link(self.url, self.title)),
            ("publisher", escape(self.publisher)),
            ("kind", escape(self.kind or "")),
            ("published", escape("" if self.published is None else self.published.describe())),
            (
                "seen",
                escape(
                    self.seen.describe() + (f" ({self.snapshot} copy)" if self.snapshot else "")
                ),
            ),
            ("note", escape(self.note or "")),
        ]
        return title(self.id) + table(("field", "value"), [r for r in rows if r[1]], html=1)


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


_SCREEN = 20  # rows of a collection's HTML view: one screen, not the whole list


class SourceList(tuple[Source, ...]):
    """Sources as a tuple that shows itself briefly: a one-line repr, a one-screen HTML view.

    Look one up by id with `get`.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        """The count, by kind."""
        kinds: dict[str, int] = {}
        for source in self:
            kinds[source.kind or "unclassified"] = kinds.get(source.kind or "unclassified", 0) + 1
        counted = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        return f"<{len(self)} sources: {counted}>"

    def get(self, source_id: str) -> Source | None:
        """The source with *source_id*, or ``None``."""
        return next((source for source in self if source.id == source_id), None)

    def _repr_html_(self) -> str:
        """The first sources (a screenful), with links; the count says how many there are."""
        rows = [(s.id, s.kind, s.publisher, link(s.url, s.title)) for s in self[:_SCREEN]]
        more = len(self) - _SCREEN
        rest = paragraph(f"{more} more; iterate, or look one up with get(id)") if more > 0 else ""
        return title(repr(self)) + table(("id", "kind", "publisher", "title"), rows, html=3) + rest


class Membership(Frozen):
    """A membership period: one country's status in a process or instrument, over time.

    A membership starts on ``since`` (inclusive) and ends on ``until`` (exclusive); an
    open-ended one (``until`` is ``None``) is current. For an instrument, ``began_by``
    and ``ended_by`` name the state's acts that opened and closed the period (a
    ratification, a withdrawal...). When a date is known only to the
    month or year, or only within an interval, `active_on` answers
    conservatively: the membership counts on a day only if it had certainly begun and
    had certainly not yet ended.

    Examples:
        >>> from datetime import date
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

    country: CountryCode = Field(description="The ISO 3166-1 alpha-2 code of the state.")
    status: Status = Field(description="Its status during the period.")
    since: PartialDate = Field(description="When the period began.")
    until: PartialDate | None = Field(
        None, description="When it ended (its first day outside); none while it lasts."
    )
    confidence: Confidence = Field(description="How well the sources support the record.")
    note: Text | None = Field(None, description="What else to know.")
    sources: Sources = Field(description="Where this comes from.")
    began_by: ActionKind | None = Field(
        None, description="For an instrument, the state's act that began the period."
    )
    ended_by: ActionKind | None = Field(
        None, description="For an instrument, the state's act that ended it, if it ended."
    )

    @model_validator(mode="after")
    def _ends_after_start(self) -> "Membership":
        if self.until is not None and self.until.latest <= self.since.earliest:
            raise ValueError(
                f"{self.country}: membership ends ({self.until}) before it starts ({self.since})"
            )
        return self

    def active_on(self, day: "date | str", *, rule: Rule = "certain") -> bool:
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


class LocalizedNames(Frozen):
    """A name in those of English, Spanish, French and Portuguese in which it exists.

    Examples:
        >>> names = LocalizedNames(en="Immigration and Refugee Board of Canada")
        >>> names.get("en"), names.get("es")
        ('Immigration and Refugee Board of Canada', None)
    """

    en: Text | None = Field(None, description="The name in English, if it has one.")
    es: Text | None = Field(None, description="The name in Spanish, if it has one.")
    fr: Text | None = Field(None, description="The name in French, if it has one.")
    pt: Text | None = Field(None, description="The name in Portuguese, if it has one.")

    def get(self, lang: str) -> str | None:
        """The name in *lang*, or ``None`` where none was found in that language.

        Raises:
            UnsupportedLanguageError: a language other than en, es, fr, pt.
        """
        if lang not in LANGUAGES:
            raise UnsupportedLanguageError(lang)
        text: str | None = getattr(self, lang)
        return text


def unique(values: tuple[str, ...]) -> tuple[str, ...]:
    """Return *values* if no entry is repeated; raise `ValueError` naming the repeats."""
    if len(set(values)) != len(values):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        raise ValueError(f"duplicate entries: {duplicates}")
    return values


class MembershipQueries:
    """The questions asked of membership periods, alike for processes and instruments.

    A subclass provides ``id``, ``name``, ``memberships``, ``_opening`` (the day it came
    into being) and ``_OPENED``, the verb that says how (founded, adopted).
    """

    if TYPE_CHECKING:
        id: str
        name: LocalizedText
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
        self, status: Status, *, on: "date | str | None" = None, rule: Rule = "certain"
    ) -> frozenset[str]:
        """Countries with *status*, now or on the day *on* (under *rule*).

        Raises:
            InvalidArgumentError: *status* is not one of the statuses.
        """
        wanted = check_status(status)
        return frozenset(
            m.country for m in self.memberships_on(on, rule=rule) if m.status == wanted
        )

    def existed_on(self, day: "date | str", *, rule: Rule = "certain") -> bool:
        """Whether it existed on *day*: certainly (by default), or possibly.

        A process exists from its founding, an instrument from its adoption.
        """
        day = as_date(day)
        opening = self._opening()
        return day >= (opening.latest if check_rule(rule) == "certain" else opening.earliest)

    def founding_note(
        self, day: "date | str", *, rule: Rule = "certain", lang: str = "en"
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
        with lock():  # a first import runs under the lock a fork waits for
            from regional_migration._core.messages import say  # noqa: PLC0415 - cost: four languages' words

        asked = as_date(day).isoformat()
        return say(f"line.not_{self._OPENED}", language, id=self.id, asked=asked, day=str(opening))

    def memberships_on(
        self, day: "date | str | None" = None, *, rule: Rule = "certain"
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
        self, country: str, *, on: "date | str | None" = None, rule: Rule = "certain"
    ) -> Status | None:
        """The status of *country*, now or on the day *on*; ``None`` when it has none.

        With ``rule="possible"``, a country whose status changed on a loosely dated
        day may have had two statuses; the first in `STATUSES` order is given
        (``member`` before ``associate``, ``observer``, ``suspended`` and
        ``signatory``).

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
        self, country: str, *, on: "date | str | None" = None, rule: Rule = "certain"
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

    @property
    def unknown(self) -> frozenset[str]:
        """The states whose standing the data does not settle: none for a process.

        A process's records list every state that took part; an instrument gives the
        states in scope whose position the sources did not settle.
        """
        return frozenset()

    def left_out_on(
        self, day: "date | str | None", *, rule: Rule = "certain"
    ) -> tuple[Membership, ...]:
        """The periods that may have been in force on *day* but that *rule* leaves out.

        Under ``rule="certain"`` these are the periods whose dates are known only to a
        month, a year or an interval that includes *day*: ``rule="possible"`` counts
        them. Under ``rule="possible"``, and for the current periods (*day* ``None``),
        nothing is left out.

        Examples:
            >>> from regional_migration import get
            >>> len(get("RIAM").left_out_on("2020-01-01")) > 0
            True
            >>> get("RIAM").left_out_on("2020-01-01", rule="possible")
            ()
        """
        if day is None or check_rule(rule) == "possible":
            return ()
        certain = {id(m) for m in self.memberships_on(day, rule="certain")}
        return tuple(m for m in self.memberships_on(day, rule="possible") if id(m) not in certain)

    def members_on(self, day: "date | str", *, rule: Rule = "certain") -> frozenset[str]:
        """Full members on *day* (a `datetime.date` or ``"YYYY-MM-DD"``).

        By default a country counts only if its membership had certainly begun and
        had certainly not ended on that day; with ``rule="possible"``, if it may have
        been a member then (see `Membership.active_on`).
        """
        return self.countries_with("member", on=day, rule=rule)

    def _subtitle(self) -> str:
        """The line under the title of the HTML view: when it came into being."""
        return f"{self._OPENED} {self._opening()}"

    def _label(self, status: str) -> str:
        """How the HTML view names *status* (an instrument says "party" for a member)."""
        return status

    def _count(self, codes: frozenset[str]) -> str:
        """How the HTML view counts *codes* (an instrument counts against its scope)."""
        return str(len(codes))

    def _repr_html_(self) -> str:
        """Show it as a small table in Jupyter: its countries by status, then the unknown."""
        rows = [
            (
                self._label(status),
                self._count(codes),
                listing(f"{display_name(c)} ({c})" for c in sorted(codes)),
            )
            for status, codes in (
                *((status, self.countries_with(status)) for status in STATUSES),
                ("not known", self.unknown),
            )
            if codes
        ]
        return (
            title(f"{self.name.en} ({self.id})")
            + paragraph(self._subtitle())
            + table(("status", "countries", "who"), rows, html=2)
        )


SchemaVersion = Annotated[Literal[1], WithJsonSchema({"const": 1, "type": "integer"})]
"""The layout version of a data file. Its schema is spelled out: pydantic before 2.10
adds ``"enum": [1]`` beside ``"const"``, which would make the shipped schemas depend on
the installed version."""


publish(globals())
