"""The models of the instruments data set, and the membership periods their acts imply.

An instrument (a treaty, an agreement, a compact or a declaration) records what each
state did about it on a day: signed, ratified, acceded, withdrew... From those acts
`Instrument.memberships` derives periods of the same `Membership` kind as a
process's, so that every question asked of a process can be asked of an instrument.
A recorded vote of the General Assembly is kept as each state's vote.

This module reads no files; like `regional_migration._dataset.models` it knows nothing of
rendering.
"""

from __future__ import annotations

from collections.abc import Mapping  # noqa: TC003 - pydantic reads the annotation
from datetime import date, timedelta
from functools import cached_property
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import AfterValidator, Field, PlainSerializer, StringConstraints, model_validator

from regional_migration._core.dates import PartialDate
from regional_migration._core.html import listing, paragraph, table, title
from regional_migration._core.locking import lock
from regional_migration._core.public import publish
from regional_migration._core.text import LANGUAGES, one_of
from regional_migration._countries.lookup import country_code, display_name
from regional_migration._dataset.models import (
    STATUSES,
    ActionKind,
    Confidence,
    CountryCode,
    LocalizedText,
    Membership,
    MembershipQueries,
    SchemaVersion,
    Source,
    Sources,
    Text,
    _Frozen,
    _unique,
)
from regional_migration.errors import (
    InvalidArgumentError,
    NotInResultError,
    UnsupportedLanguageError,
)

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "Acronym",
    "Action",
    "InForceRule",
    "Instrument",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "NonParty",
    "RecordedVote",
    "Unknown",
    "VoteChoice",
    "VoteTotals",
)

__all__ = [
    "BINDING_ACTIONS",
    "SCOPE",
    "Acronym",
    "Action",
    "InForceRule",
    "Instrument",
    "InstrumentDiscrepancy",
    "InstrumentKind",
    "InstrumentsFile",
    "NonParty",
    "RecordedVote",
    "Unknown",
    "VoteChoice",
    "VoteTotals",
]

InstrumentKind = Literal["treaty", "protocol", "agreement", "compact", "declaration"]
"""What sort of instrument it is; treaties, protocols and agreements bind their parties."""

VoteChoice = Literal["yes", "no", "abstain", "non_voting"]
"""How a state voted on a resolution; ``non_voting`` was absent or did not vote."""

_CHOICES: frozenset[str] = frozenset(get_args(VoteChoice))

BINDING_ACTIONS: frozenset[ActionKind] = frozenset(
    ("ratification", "accession", "succession", "acceptance", "approval")
)
"""The acts by which a state becomes party to a treaty."""

SCOPE: frozenset[str] = frozenset(
    (
        *("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO"),
        *("EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN"),
        *("LC", "VC", "SR", "TT", "US", "UY", "VE", "ES", "AD"),
    )
)
"""The states whose position on each instrument the data set aims to settle: the 35
independent states of the Americas, Spain and Andorra."""

Day = date
"""A calendar day (the name ``date`` is taken by fields)."""

_JOINING: frozenset[ActionKind] = frozenset(("adoption", "endorsement", "return"))
_LEAVING: frozenset[ActionKind] = frozenset(("denunciation", "withdrawal"))
_TREATY_ACTIONS = BINDING_ACTIONS | {"signature", "denunciation"}
_TEXT_ACTIONS = _JOINING | {"withdrawal"}


class Acronym(_Frozen):
    """An instrument's acronym, in the languages that use one.

    English is always given; `get` falls back to it where another language has none.
    """

    en: Text
    es: Text | None = None
    fr: Text | None = None
    pt: Text | None = None

    def get(self, lang: str) -> str:
        """The acronym in *lang*, or the English one if *lang* has none.

        Raises:
            UnsupportedLanguageError: a language other than en, es, fr, pt.
        """
        if not one_of(lang, LANGUAGES):
            raise UnsupportedLanguageError(lang)
        text: str | None = getattr(self, lang)
        return self.en if text is None else text


class InForceRule(_Frozen):
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

    days: Annotated[int, Field(ge=0, le=366)]
    months: Annotated[int, Field(ge=0, le=12)]
    article: Text

    def in_force(self, deposit: date) -> date:
        """The day the treaty binds a state that deposited its instrument on *deposit*."""
        if not self.months:
            return deposit + timedelta(days=self.days)
        month = deposit.month + self.months  # the month in which the period runs out
        year, month = deposit.year + (month - 1) // 12, (month - 1) % 12 + 1
        after = month % 12 + 1  # the first day of the following month
        return date(year + (month == 12), after, 1)  # noqa: PLR2004 - December


class Action(_Frozen):
    """One act of a state about an instrument, on one day.

    Attributes:
        country: the state's ISO 3166-1 alpha-2 code.
        action: what it did (see `ActionKind`).
        date: the depositary's date of deposit, or the day of the adoption,
            endorsement, withdrawal or return; a `PartialDate` where the sources
            give only a year, or only an interval (from the instrument's opening to
            the date of the source that lists the state), never a guessed day.
        in_force: the day the act took effect for the state, where a source gives it.
        confidence: how well the sources support the record.
        note: reservations of note, declarations, disagreements.
        sources: where it comes from.
    """

    country: CountryCode
    action: ActionKind
    date: PartialDate
    in_force: Day | None = None
    confidence: Confidence
    note: Text | None = None
    sources: Sources

    @model_validator(mode="after")
    def _takes_effect_after_the_act(self) -> Action:
        if self.in_force is not None and self.in_force < self.date.earliest:
            raise ValueError(
                f"{self.country}: {self.action} takes effect ({self.in_force}) "
                f"before its date ({self.date})"
            )
        return self


class Unknown(_Frozen):
    """A state in scope whose position on an instrument the sources read did not settle.

    Attributes:
        country: the state's ISO 3166-1 alpha-2 code.
        reason: what the sources say and why that does not settle it.
        sources: the sources read.
    """

    country: CountryCode
    reason: Text
    sources: Sources


class NonParty(_Frozen):
    """A state in scope that a source shows has taken no part in an instrument.

    Attributes:
        country: the state's ISO 3166-1 alpha-2 code.
        note: what the source says, and as of when.
        sources: where it comes from.
    """

    country: CountryCode
    note: Text
    sources: Sources


class InstrumentDiscrepancy(_Frozen):
    """A point on which sources disagree about an instrument, and what the data follows.

    Attributes:
        topic: what the point is about.
        sources_say: what each source says.
        data: what this data set records.
        reason: why.
    """

    topic: Text
    sources_say: Text
    data: Text
    reason: Text
    sources: Sources


class Instrument(_Frozen, MembershipQueries):
    """A treaty, agreement, compact or declaration, with each state's acts about it.

    Its membership periods are derived from the acts (see `memberships`), so that
    `members`, `members_on`, `countries_with` and every helper that takes a process
    work alike for an instrument.

    `status_of` answers ``None`` both for a known non-party and for a state whose
    position the sources did not settle: ask `known` (or look in `unknown`) to tell
    the two apart.

    Attributes:
        id: stable upper-case key, such as ``"REFUGEE-CONVENTION-1951"``.
        name: the official full name in four languages.
        short_name: the name in common use, in four languages.
        acronym: its acronym, if one is used.
        aliases: other names by which it is known.
        kind: ``"treaty"``, ``"protocol"``, ``"agreement"``, ``"compact"`` or
            ``"declaration"``.
        adopted: when it was adopted or opened for signature.
        adopted_at: where.
        entry_into_force: when it entered into force; ``None`` for a text that
            binds nobody.
        in_force_rule: how it enters into force for a state that joins later, where
            the treaty fixes it.
        depositary: who keeps its instruments, if anyone.
        actions: every act on record, sorted by country and date.
        unknowns: the states in scope whose position the sources did not settle,
            each with the reason (see `unknown` and `known`).
        non_parties: the states in scope that a source shows took no part.
        adopters_unknown: for a text whose adopting states are not on record (it
            was adopted by a meeting, or by a vote without adopting acts), why; then
            no state in scope without an act is known either way.
        discrepancies: where sources disagree.
        notes: what else a user should know.
        sources: sources about the instrument as a whole.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,30}$")]
    name: LocalizedText
    short_name: LocalizedText
    acronym: Acronym | None = None
    aliases: Annotated[tuple[Text, ...], AfterValidator(_unique)] = ()
    kind: InstrumentKind
    adopted: PartialDate
    adopted_at: Text | None = None
    entry_into_force: PartialDate | None = None
    in_force_rule: InForceRule | None = None
    depositary: Text | None = None
    actions: tuple[Action, ...]
    unknowns: tuple[Unknown, ...] = ()
    non_parties: tuple[NonParty, ...] = ()
    adopters_unknown: Text | None = None
    discrepancies: tuple[InstrumentDiscrepancy, ...] = ()
    notes: tuple[Text, ...] = ()
    sources: Sources

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
            _unique(tuple(codes))
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
            >>> "UY" in get("1951 Convention").unknown
            True
            >>> len(get("Cartagena Declaration").unknown)
            37
        """
        codes = {entry.country for entry in self.unknowns}
        if self.adopters_unknown is not None:
            codes |= SCOPE - {act.country for act in self.actions}
        return frozenset(codes)

    def known(self, country: str) -> bool:
        """Whether the data settles *country*'s position, so that `status_of` is an answer.

        Raises:
            UnknownCountryError: *country* names no country.

        Examples:
            >>> from regional_migration import get
            >>> convention = get("1951 Convention")
            >>> convention.status_of("Uruguay"), convention.known("Uruguay")
            (None, False)
            >>> convention.status_of("Cuba"), convention.known("Cuba")
            (None, True)
        """
        return country_code(country) not in self.unknown

    @property
    def binds(self) -> bool:
        """Whether it is a treaty, protocol or agreement, binding on its parties."""
        return self.kind in ("treaty", "protocol", "agreement")

    _OPENED: ClassVar[str] = "adopted"  # the verb of the founding note

    def _opening(self) -> PartialDate:
        """The day the instrument was adopted or opened for signature."""
        return self.adopted

    def __repr__(self) -> str:
        """One line: the id, the short name, and how many states stand where now."""
        signed = len(self.countries_with("signatory"))
        bound = "parties" if self.binds else "adopting states"
        return (
            f"<Instrument {self.id} {self.short_name.en!r}: {self.kind}, "
            f"{len(self.members)} {bound}, {signed} signatories>"
        )

    def __str__(self) -> str:
        """The same line as the repr, for print()."""
        return repr(self)

    def _repr_html_(self) -> str:
        """Show the instrument as a small table in Jupyter: its countries by status."""
        rows = [
            (status, len(codes), listing(f"{display_name(c)} ({c})" for c in sorted(codes)))
            for status in STATUSES
            if (codes := self.countries_with(status))
        ]
        in_force = self.entry_into_force
        return (
            title(f"{self.name.en} ({self.id})")
            + paragraph(
                f"adopted {self.adopted}"
                + ("" if in_force is None else f"; in force from {in_force}")
            )
            + table(("status", "countries", "who"), rows, html=2)
        )

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
    return Membership(
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


class VoteTotals(_Frozen):
    """The counts of a recorded vote, for the whole General Assembly."""

    yes: Annotated[int, Field(ge=0)]
    no: Annotated[int, Field(ge=0)]
    abstain: Annotated[int, Field(ge=0)]
    non_voting: Annotated[int, Field(ge=0)]


def _read_only(votes: Mapping[str, VoteChoice]) -> Mapping[str, VoteChoice]:
    return MappingProxyType(dict(sorted(votes.items())))


class RecordedVote(_Frozen):
    """A recorded vote of the UN General Assembly on a resolution.

    Index it by any country name or code to get that state's vote: ``"yes"``,
    ``"no"``, ``"abstain"`` or ``"non_voting"``.

    Attributes:
        resolution: the resolution's symbol, such as ``"A/RES/73/195"``.
        title: its title in four languages.
        instrument: the id of the instrument it endorses.
        date: the day of the vote.
        meeting: the record of the meeting, such as ``"A/73/PV.60"``.
        totals: the counts for the whole Assembly.
        votes: the vote of each state in scope, by ISO code.
        sources: where it comes from.
    """

    resolution: Annotated[str, StringConstraints(pattern=r"^A/RES/\d{1,3}/\d{1,4}$")]
    title: LocalizedText
    instrument: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,30}$")]
    date: date
    meeting: Text | None = None
    totals: VoteTotals
    votes: Annotated[
        Mapping[CountryCode, VoteChoice],
        AfterValidator(_read_only),
        PlainSerializer(dict, return_type=dict[str, VoteChoice]),
    ]
    sources: Sources

    def __repr__(self) -> str:
        """One line: the resolution, the day and the totals."""
        t = self.totals
        return (
            f"<RecordedVote {self.resolution} of {self.date.isoformat()}: {t.yes} yes, "
            f"{t.no} no, {t.abstain} abstaining, {t.non_voting} not voting>"
        )

    def __str__(self) -> str:
        """The same line as the repr, for print()."""
        return repr(self)

    def __hash__(self) -> int:
        """Hash by resolution: one recorded vote per resolution."""
        return hash(self.resolution)

    # A read-only mapping pickles and deep-copies no more: the votes travel as a dict.
    def __getstate__(self) -> dict[Any, Any]:
        """The state to pickle, with the votes as a plain dict."""
        state = super().__getstate__()
        return {**state, "__dict__": {**state["__dict__"], "votes": dict(self.votes)}}

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Rebuild from a pickled state, the votes read-only again."""
        fields = {**state["__dict__"], "votes": _read_only(state["__dict__"]["votes"])}
        super().__setstate__({**state, "__dict__": fields})

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> RecordedVote:
        """Itself: a recorded vote is immutable through and through."""
        return self

    def __getitem__(self, country: str) -> VoteChoice:
        """The vote of *country*, given as anything `country_code` accepts.

        Raises:
            UnknownCountryError: *country* names no country.
            NotInResultError: the country is outside the states recorded.
        """
        code = country_code(country)
        try:
            return self.votes[code]
        except KeyError:
            raise NotInResultError(f"{code} is not among the states recorded") from None

    def countries(self, choice: VoteChoice) -> frozenset[str]:
        """The states recorded as voting *choice*.

        Raises:
            InvalidArgumentError: *choice* is not one of ``"yes"``, ``"no"``,
                ``"abstain"`` and ``"non_voting"``, so that a typo is not read as "nobody".
        """
        if not one_of(choice, _CHOICES):
            raise InvalidArgumentError(
                "choice", choice, "use 'yes', 'no', 'abstain' or 'non_voting'"
            )
        return frozenset(code for code, vote in self.votes.items() if vote == choice)


def _one_per_id(instruments: tuple[Instrument, ...]) -> tuple[Instrument, ...]:
    _unique(tuple(instrument.id for instrument in instruments))
    return instruments


class InstrumentsFile(_Frozen):
    """The layout of ``data/instruments.json``."""

    schema_version: SchemaVersion
    data_version: date
    sources: tuple[Source, ...]
    instruments: Annotated[tuple[Instrument, ...], AfterValidator(_one_per_id)]
    votes: tuple[RecordedVote, ...] = ()


publish(globals())
