"""The models of the instruments data set, and the membership periods their acts imply.

An instrument (a treaty, an agreement, a compact or a declaration) records what each
state did about it on a day: signed, ratified, acceded, withdrew... From those acts
`Instrument.memberships` derives periods of the same `Membership` kind as a
process's, so that every question asked of a process can be asked of an instrument.
`InstrumentsFile` is the layout of ``data/instruments.json``, with the recorded votes
of `regional_migration._dataset.votes`.

This module reads no files: it declares the data set, `INSTRUMENTS`, that
`regional_migration._dataset.registry` reads when an instrument is first asked for.
It builds on the shared records of `regional_migration._dataset.records`, never on
the processes' own, and knows nothing of rendering.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from regional_migration._core.dates import PartialDate
from regional_migration._core.locking import lock
from regional_migration._core.public import publish
from regional_migration._core.resources import DataSet
from regional_migration._core.text import LANGUAGES, one_of
from regional_migration._countries.iso3166 import CountryCode
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.records import (
    SCOPE,
    ActionKind,
    Confidence,
    Frozen,
    LocalizedText,
    Membership,
    MembershipQueries,
    SchemaVersion,
    Source,
    Sources,
    Text,
    unique,
)
from regional_migration._dataset.votes import RecordedVote
from regional_migration.errors import UnsupportedLanguageError

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ("Instrument",)
TYPES: tuple[str, ...] = (
    "Acronym",
    "Action",
    "InForceRule",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "NonParty",
    "Unknown",
    "UnsettledPosition",
)

__all__ = [
    "BINDING_ACTIONS",
    "INSTRUMENTS",
    "SCOPE",
    "Acronym",
    "Action",
    "InForceRule",
    "Instrument",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "InstrumentsFile",
    "NonParty",
    "Unknown",
    "UnsettledPosition",
]

InstrumentKind = Literal["treaty", "protocol", "agreement", "decision", "compact", "declaration"]
"""What sort of instrument it is; treaties, protocols, agreements and decisions (the
community law of a regional organisation) bind their parties."""

BINDING_ACTIONS: frozenset[ActionKind] = frozenset(
    ("ratification", "accession", "succession", "acceptance", "approval")
)
"""The acts by which a state becomes party to a treaty."""

Day = date
"""A calendar day (the name ``date`` is taken by fields)."""

_JOINING: frozenset[ActionKind] = frozenset(("adoption", "endorsement", "return"))
_LEAVING: frozenset[ActionKind] = frozenset(("denunciation", "withdrawal"))
_TREATY_ACTIONS = BINDING_ACTIONS | {"signature", "denunciation"}
_TEXT_ACTIONS = _JOINING | {"withdrawal"}


class Acronym(Frozen):
    """An instrument's acronym, in the languages that use one.

    English is always given; `get` falls back to it where another language has none.
    """

    en: Text = Field(description="The acronym in English.")
    es: Text | None = Field(None, description="The acronym in Spanish, if it differs.")
    fr: Text | None = Field(None, description="The acronym in French, if it differs.")
    pt: Text | None = Field(None, description="The acronym in Portuguese, if it differs.")

    def get(self, lang: str) -> str:
        """The acronym in *lang*, or the English one if *lang* has none.

        Raises:
            UnsupportedLanguageError: a language other than en, es, fr, pt.
        """
        if not one_of(lang, LANGUAGES):
            raise UnsupportedLanguageError(lang)
        text: str | None = getattr(self, lang)
        return self.en if text is None else text


class InForceRule(Frozen):
    """When a treaty enters into force for a state that joins it after its own entry.

    With ``months`` zero, the treaty binds the state ``days`` days after the deposit
    of its instrument (``0``: on the day of deposit). With ``months`` set, it binds
    from the first day of the month after ``months`` months have run from the deposit.

    Examples:
        >>> rule = InForceRule(days=0, months=3, article="article 87(2)")
        >>> rule.in_force(date(2007, 2, 23))
        datetime.date(2007, 6, 1)
        >>> InForceRule(days=90, months=0, article="article 43(2)").in_force(date(1961, 11, 15))
        datetime.date(1962, 2, 13)
    """

    days: Annotated[
        int,
        Field(
            ge=0,
            le=366,
            description=(
                "Days from a later state's deposit to the treaty's entry into force for "
                "it, when months is zero."
            ),
        ),
    ]
    months: Annotated[
        int,
        Field(
            ge=0,
            le=12,
            description=(
                "Months from a deposit after which the treaty binds from the first day of "
                "the next month; zero when days apply."
            ),
        ),
    ]
    article: Text = Field(description="The article of the treaty that fixes the rule.")

    def in_force(self, deposit: date) -> date:
        """The day the treaty binds a state that deposited its instrument on *deposit*."""
        if not self.months:
            return deposit + timedelta(days=self.days)
        month = deposit.month + self.months  # the month in which the period runs out
        year, month = deposit.year + (month - 1) // 12, (month - 1) % 12 + 1
        after = month % 12 + 1  # the first day of the following month
        return date(year + (month == 12), after, 1)  # noqa: PLR2004 - December


class Action(Frozen):
    """One act of a state about an instrument, on one day."""

    country: CountryCode = Field(description="The state's ISO 3166-1 alpha-2 code.")
    action: ActionKind = Field(description="What it did.")
    date: PartialDate = Field(
        description=(
            "The depositary's date of deposit, or the day of the adoption, endorsement, "
            "withdrawal or return; a year, or an interval (from the instrument's opening "
            "to the date of the source that lists the state) where the sources give no "
            "more, never a guessed day."
        )
    )
    in_force: Day | None = Field(
        None, description="The day the act took effect for the state, where a source gives it."
    )
    confidence: Confidence = Field(description="How well the sources support the record.")
    note: Text | None = Field(
        None, description="Reservations of note, declarations, disagreements."
    )
    sources: Sources = Field(description="Where it comes from.")

    @model_validator(mode="after")
    def _takes_effect_after_the_act(self) -> Action:
        if self.in_force is not None and self.in_force < self.date.earliest:
            raise ValueError(
                f"{self.country}: {self.action} takes effect ({self.in_force}) "
                f"before its date ({self.date})"
            )
        return self


class UnsettledPosition(Frozen):
    """A state in scope whose position on an instrument the sources read did not settle.

    Listed in `Instrument.unknowns`; ``Unknown`` is its earlier name.
    """

    country: CountryCode = Field(description="The state's ISO 3166-1 alpha-2 code.")
    reason: Text = Field(description="What the sources say and why that does not settle it.")
    sources: Sources = Field(description="The sources read.")


Unknown = UnsettledPosition
"""The earlier name of `UnsettledPosition`."""


class NonParty(Frozen):
    """A state in scope that a source shows has taken no part in an instrument."""

    country: CountryCode = Field(description="The state's ISO 3166-1 alpha-2 code.")
    note: Text = Field(description="What the source says, and as of when.")
    sources: Sources = Field(description="Where it comes from.")


class InstrumentDiscrepancy(Frozen):
    """A point on which sources disagree about an instrument, and what the data follows."""

    topic: Text = Field(description="What the point is about.")
    sources_say: Text = Field(description="What each source says.")
    data: Text = Field(description="What this data set records.")
    reason: Text = Field(description="Why.")
    sources: Sources = Field(description="The sources that disagree.")


class Instrument(Frozen, MembershipQueries):
    """A treaty, agreement, compact or declaration, with each state's acts about it.

    Its membership periods are derived from the acts (see `memberships`), so that
    `members`, `members_on`, `countries_with` and every helper that takes a process
    work alike for an instrument.

    `status_of` answers ``None`` both for a known non-party and for a state whose
    position the sources did not settle: ask `known` (or look in `unknown`) to tell
    the two apart.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,30}$")] = Field(
        description="The stable upper-case key of the instrument, such as REFUGEE-CONVENTION-1951."
    )
    name: LocalizedText = Field(description="Its official full name in four languages.")
    short_name: LocalizedText = Field(description="The name in common use, in four languages.")
    acronym: Acronym | None = Field(None, description="Its acronym, if one is used.")
    aliases: Annotated[tuple[Text, ...], AfterValidator(unique)] = Field(
        (), description="Other names by which it is known."
    )
    kind: InstrumentKind = Field(description="What sort of instrument it is.")
    adopted: PartialDate = Field(description="When it was adopted or opened for signature.")
    adopted_at: Text | None = Field(None, description="Where it was adopted.")
    entry_into_force: PartialDate | None = Field(
        None, description="When it entered into force; none for a text that binds nobody."
    )
    in_force_rule: InForceRule | None = Field(
        None,
        description=(
            "How it enters into force for a state that joins later, where the treaty fixes it."
        ),
    )
    depositary: Text | None = Field(None, description="Who keeps its instruments, if anyone.")
    actions: tuple[Action, ...] = Field(
        description="Every act on record, sorted by country and date."
    )
    unknowns: tuple[UnsettledPosition, ...] = Field(
        (),
        description=(
            "The states in scope whose position the sources did not settle, each with the reason."
        ),
    )
    non_parties: tuple[NonParty, ...] = Field(
        (), description="The states in scope that a source shows took no part."
    )
    adopters_unknown: Text | None = Field(
        None,
        description=(
            "For a text whose adopting states are not on record (adopted by a meeting, "
            "or by a vote without adopting acts), why; then no state in scope without "
            "an act is known either way."
        ),
    )
    discrepancies: tuple[InstrumentDiscrepancy, ...] = Field(
        (), description="Where sources disagree."
    )
    notes: tuple[Text, ...] = Field((), description="What else a user should know.")
    sources: Sources = Field(description="Sources about the instrument as a whole.")

    @model_validator(mode="after")
    def _acts_are_consistent(self) -> Instrument:
        ordered = sorted(self.actions, key=lambda a: (a.country, a.date))
        if ordered != list(self.actions):
            raise ValueError(f"{self.id}: actions must be sorted by country, then date")
        allowed = _TREATY_ACTIONS if self.binds else _TEXT_ACTIONS
        for act in self.actions:
            if act.action not in allowed:
                raise ValueError(f"{self.id}: {act.country}: a {self.kind} has no {act.action}")
        self.memberships  # noqa: B018 - deriving the periods checks the order of the acts
        acted = {act.country for act in self.actions}
        for field in ("unknowns", "non_parties"):
            codes = [entry.country for entry in getattr(self, field)]
            unique(tuple(codes))
            if codes != sorted(codes):
                raise ValueError(f"{self.id}: {field} must be sorted by country")
            if clash := sorted(acted.intersection(codes)):
                raise ValueError(f"{self.id}: {', '.join(clash)} in {field} but with acts")
        both = {u.country for u in self.unknowns} & {n.country for n in self.non_parties}
        if both:
            raise ValueError(f"{self.id}: {', '.join(sorted(both))} both unknown and non-party")
        return self

    @cached_property
    def unknown(self) -> frozenset[str]:
        """The states in scope whose position the sources did not settle.

        They are the `unknowns`, and, for a text whose adopters are not on record
        (see `adopters_unknown`), every state in `SCOPE` without an act.

        Examples:
            >>> from regional_migration import get
            >>> sorted(get("Global Compact for Migration").unknown)
            ['AG', 'BZ', 'TT']
            >>> len(get("Cartagena Declaration").unknown)
            37
        """
        codes = {entry.country for entry in self.unknowns}
        if self.adopters_unknown is not None:
            codes |= SCOPE - {act.country for act in self.actions}
        return frozenset(codes)

    def known(self, country: str) -> bool:
        """Whether the data settles *country*'s position, so that `status_of` is an answer.

        A state outside `SCOPE` without acts on record is not known either: the data
        does not cover it (France, below).

        Raises:
            UnknownCountryError: *country* names no country.

        Examples:
            >>> from regional_migration import get
            >>> compact = get("Global Compact for Migration")
            >>> compact.status_of("Belize"), compact.known("Belize")
            (None, False)
            >>> compact.status_of("United States"), compact.known("United States")
            (None, True)
            >>> compact.known("France")
            False
        """
        code = country_code(country)
        acted = any(act.country == code for act in self.actions)
        return acted or (code in SCOPE and code not in self.unknown)

    @property
    def binds(self) -> bool:
        """Whether it is a treaty, protocol, agreement or decision, binding on its parties."""
        return self.kind in ("treaty", "protocol", "agreement", "decision")

    _OPENED: ClassVar[str] = "adopted"  # the verb of the founding note

    SCOPE: ClassVar[frozenset[str]] = SCOPE
    """The states whose position the data set aims to settle on every instrument: the 35
    independent states of the Americas, Spain and Andorra (37 states). Counts of an
    instrument's parties are counts of these states, never world totals."""

    def in_scope(self, codes: frozenset[str]) -> str:
        """*codes* counted against the states in scope: ``"22 of 37 states in scope"``.

        Examples:
            >>> from regional_migration import get
            >>> compact = get("Global Compact for Migration")
            >>> compact.in_scope(compact.unknown)
            '3 of 37 states in scope'
        """
        return f"{len(codes & SCOPE)} of {len(SCOPE)} states in scope"

    def _opening(self) -> PartialDate:
        """The day the instrument was adopted or opened for signature."""
        return self.adopted

    def __repr__(self) -> str:
        """One line: the id, the short name, and how many states stand where now."""
        signed = len(self.countries_with("signatory"))
        bound = "parties" if self.binds else "adopting states"
        members = str(len(self.members))
        if self.adopters_unknown is not None and not self.members:
            members = "not on record:"
        return (
            f"<Instrument {self.id} {self.short_name.en!r}: {self.kind}, "
            f"{members} {bound}, {signed} signatories, {len(self.unknown)} not known; "
            f"of {len(SCOPE)} states in scope>"
        )

    def __str__(self) -> str:
        """The same line as the repr, for print()."""
        return repr(self)

    def _subtitle(self) -> str:
        """The line under the title of the HTML view: adopted, in force from, adopters."""
        in_force = self.entry_into_force
        since = "" if in_force is None else f"; in force from {in_force}"
        adopters = self.adopters_unknown
        unknown = "" if adopters is None else f"; adopting states not on record: {adopters}"
        return f"adopted {self.adopted}{since}{unknown}"

    def _label(self, status: str) -> str:
        return "party" if status == "member" and self.binds else status

    def _count(self, codes: frozenset[str]) -> str:
        return self.in_scope(codes)

    @property
    def memberships(self) -> tuple[Membership, ...]:
        """The periods of each state's status, derived from its acts.

        A state is ``"member"`` while bound: for a treaty, from the day it entered
        into force for the state (the date recorded with the act, or else the day
        `in_force_rule` gives, never before the treaty's own entry into force)
        until a denunciation takes effect; for a compact or declaration, from its
        adoption, endorsement or return until its withdrawal. A state that signed a
        treaty is ``"signatory"`` from its signature until it is bound. Each period
        names the acts that began and ended it.

        Raises:
            ValueError: the acts are out of order (bound twice, a ratification
                without a signature, a denunciation before becoming party...).
        """
        # Kept beside the fields, as a cached property would be; derived under the data
        # lock, since a first derivation validates (and imports) what a fork must not
        # copy half done.
        found: tuple[Membership, ...] | None = self.__dict__.get("memberships")
        if found is None:
            with lock():
                found = self.__dict__.get("memberships")
                if found is None:  # pragma: no branch - else another thread derived them
                    periods: list[Membership] = []
                    by_country: dict[str, list[Action]] = {}
                    for act in self.actions:
                        by_country.setdefault(act.country, []).append(act)
                    for acts in by_country.values():
                        periods.extend(_Periods(self).derive(acts))
                    found = self.__dict__["memberships"] = tuple(periods)
        return found

    def binding_day(self, act: Action) -> PartialDate:
        """The day from which *act* binds its state (see `memberships`).

        For a loosely dated act the in-force rule is applied to both bounds, so
        that the ``"certain"`` and ``"possible"`` rules read the answer alike.
        """
        if act.in_force is not None:
            return PartialDate.of(act.in_force)
        first, last = act.date.earliest, act.date.latest
        if self.in_force_rule is not None:
            first, last = self.in_force_rule.in_force(first), self.in_force_rule.in_force(last)
        start = self.entry_into_force
        if start is not None:  # never before the treaty's own entry into force
            if last < start.latest:
                return start
            first = max(first, start.earliest)
        return PartialDate.of(first) if first == last else PartialDate(f"{first}/{last}")


_Open = tuple[Action, PartialDate, Literal["member", "signatory"]]
"""A period under way: the act that began it, its first day, and its status."""


class _Periods:
    """Walks one state's acts in date order, opening and closing its periods."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.closed: list[Membership] = []
        self.open: _Open | None = None
        self.seen: set[ActionKind] = set()

    def fail(self, act: Action, problem: str) -> ValueError:
        return ValueError(f"{self.instrument.id}: {act.country}: {act.action} {problem}")

    def close(self, opened: _Open, end: PartialDate, by: Action) -> None:
        first, since, status = opened
        self.open = None
        if end.latest <= since.earliest:  # a signature and its ratification on one day
            return
        self.closed.append(_period(first, since, status, end, by))

    def derive(self, acts: list[Action]) -> list[Membership]:
        """The periods of one state, from its acts in date order."""
        for act in acts:
            if act.action == "signature":
                self.sign(act)
            elif act.action in BINDING_ACTIONS:
                self.bind(act)
            elif act.action in _JOINING:
                self.join(act)
            else:  # a denunciation or a withdrawal
                self.leave(act)
            self.seen.add(act.action)
        if self.open is not None:
            first, since, status = self.open
            self.closed.append(_period(first, since, status, None, None))
        return self.closed

    def bound(self) -> bool:
        return self.open is not None and self.open[2] == "member"

    def sign(self, act: Action) -> None:
        if self.seen & ({"signature"} | BINDING_ACTIONS):
            raise self.fail(act, "after a signature or becoming party")
        self.open = (act, act.date, "signatory")

    def bind(self, act: Action) -> None:
        if self.seen & BINDING_ACTIONS:
            raise self.fail(act, "by a state already party")
        start = self.instrument.binding_day(act)
        if self.open is not None:  # a signatory until then
            self.close(self.open, start, act)
        self.open = (act, start, "member")

    def join(self, act: Action) -> None:
        if self.bound() or (act.action == "return") != ("withdrawal" in self.seen):
            raise self.fail(act, "out of order")
        self.open = (act, act.date, "member")

    def leave(self, act: Action) -> None:
        if self.open is None or not self.bound():
            raise self.fail(act, "by a state not bound")
        end = act.date if act.in_force is None else PartialDate.of(act.in_force)
        self.close(self.open, end, act)


def _period(
    first: Action,
    since: PartialDate,
    status: Literal["member", "signatory"],
    until: PartialDate | None,
    last: Action | None,
) -> Membership:
    """A membership period begun by the act *first* and ended by *last*, if any."""
    acts = (first,) if last is None else (first, last)
    sources: dict[str, Source] = {}
    for act in acts:
        sources.update((source.id, source) for source in act.sources)
    levels = ("low", "medium", "high")
    # Built without validation: every field comes from acts already proven valid, and
    # `_Periods.close` drops a period that would end before it starts, the one check
    # validation makes. Validating would build Membership's validator, and import
    # pycountry, on a first question about an instrument.
    return Membership.model_construct(
        country=first.country,
        status=status,
        since=since,
        until=until,
        confidence=min((act.confidence for act in acts), key=levels.index),
        note=first.note,
        sources=tuple(sources.values()),
        began_by=first.action,
        ended_by=None if last is None else last.action,
    )


def _one_per_id(instruments: tuple[Instrument, ...]) -> tuple[Instrument, ...]:
    unique(tuple(instrument.id for instrument in instruments))
    return instruments


class InstrumentsFile(Frozen):
    """The layout of ``data/instruments.json``."""

    schema_version: SchemaVersion = Field(description="The version of the file's layout.")
    data_version: date = Field(description="The day the data was last checked.")
    sources: tuple[Source, ...] = Field(description="Every source, cited by id.")
    instruments: Annotated[tuple[Instrument, ...], AfterValidator(_one_per_id)] = Field(
        description="Every instrument, one per id."
    )
    votes: tuple[RecordedVote, ...] = Field(
        (), description="The recorded votes of the General Assembly."
    )


INSTRUMENTS = DataSet("instruments.json", InstrumentsFile, tables={"sources": Source})
"""The instruments data set: treaties, compacts, declarations, each state's acts, votes."""


publish(globals())
