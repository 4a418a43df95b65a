"""The recorded votes of the UN General Assembly on the resolutions behind instruments.

A `RecordedVote` keeps each state's vote on a resolution (a global compact's
endorsement, say) with the totals of the whole Assembly. Its roll is complete when it
gives the vote of every state in scope, or partial when the sources name some states
only: the others are then not on record, and no answer pretends to know their vote.
This module reads no files and knows nothing of the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)

from regional_migration._core.public import publish
from regional_migration._core.text import one_of
from regional_migration._countries.iso3166 import CountryCode
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.records import SCOPE, Frozen, LocalizedText, Sources, Text
from regional_migration.errors import InvalidArgumentError, NotInResultError

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ("RecordedVote",)
TYPES: tuple[str, ...] = ("VoteChoice", "VoteTotals")

__all__ = ["RecordedVote", "VoteChoice", "VoteTotals"]

VoteChoice = Literal["yes", "no", "abstain", "non_voting"]
"""How a state voted on a resolution; ``non_voting`` was absent or did not vote."""

_CHOICES: frozenset[str] = frozenset(get_args(VoteChoice))


class VoteTotals(Frozen):
    """The counts of a recorded vote, for the whole General Assembly."""

    yes: Annotated[int, Field(ge=0, description="States voting yes.")]
    no: Annotated[int, Field(ge=0, description="States voting no.")]
    abstain: Annotated[int, Field(ge=0, description="States abstaining.")]
    non_voting: Annotated[int, Field(ge=0, description="States absent or not voting.")]


def _read_only(votes: Mapping[str, VoteChoice]) -> Mapping[str, VoteChoice]:
    return MappingProxyType(dict(sorted(votes.items())))


class RecordedVote(Frozen):
    """A recorded vote of the UN General Assembly on a resolution.

    Index it by any country name or code to get that state's vote: ``"yes"``,
    ``"no"``, ``"abstain"`` or ``"non_voting"``. A complete roll (`roll`) gives the
    vote of every state in scope; a partial one gives only the states its sources
    name, and asking for any other state in scope raises `NotInResultError` saying
    that its vote is not on record. `unrecorded` lists those states.
    """

    # The JSON Schema says it too: a partial roll carries a note.
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"roll": {"const": "partial"}}, "required": ["roll"]},
            "then": {"required": ["note"], "properties": {"note": {"type": "string"}}},
        }
    )

    resolution: Annotated[str, StringConstraints(pattern=r"^A/RES/\d{1,3}/\d{1,4}$")] = Field(
        description="The resolution's symbol, such as A/RES/73/195."
    )
    title: LocalizedText = Field(description="Its title in four languages.")
    instrument: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,30}$")] = Field(
        description="The id of the instrument it endorses, or whose follow-up it sets."
    )
    date: Annotated[date, Field(description="The day of the vote.")]
    meeting: Text | None = Field(None, description="The record of the meeting, such as A/73/PV.60.")
    totals: VoteTotals = Field(description="The counts for the whole Assembly.")
    roll: Literal["complete", "partial"] = Field(
        "complete",
        description=(
            "'complete' when the vote of every state in scope is recorded; 'partial' when "
            "the sources name the votes of some states in scope only: only those are "
            "recorded, and the vote of every other state in scope is not on record (not "
            "known, which is not the same as not voting)."
        ),
    )
    votes: Annotated[
        Mapping[CountryCode, VoteChoice],
        AfterValidator(_read_only),
        PlainSerializer(dict, return_type=dict[str, VoteChoice]),
        Field(
            description=(
                "The vote of each state in scope, by ISO code; for a partial roll, only "
                "of the states a source names."
            )
        ),
    ]
    note: Text | None = Field(
        None,
        description=(
            "What the sources give of the roll and what was searched; required for a partial roll."
        ),
    )
    sources: Sources = Field(description="Where it comes from.")

    @model_validator(mode="after")
    def _roll_is_consistent(self) -> RecordedVote:
        named = frozenset(self.votes)
        if outside := sorted(named - SCOPE):
            raise ValueError(
                f"{self.resolution}: votes names {', '.join(outside)}, outside the "
                f"{len(SCOPE)} states in scope"
            )
        missing = sorted(SCOPE - named)
        if self.roll == "complete" and missing:
            raise ValueError(
                f"{self.resolution}: a complete roll gives the vote of every state in scope, "
                f"but not of {', '.join(missing)}; if the sources do not give them, the "
                "roll is partial"
            )
        if self.roll == "partial" and not missing:
            raise ValueError(
                f"{self.resolution}: the roll gives the vote of every state in scope, so it "
                "is complete, not partial"
            )
        if self.roll == "partial" and self.note is None:
            raise ValueError(
                f"{self.resolution}: a partial roll needs a note saying what the sources "
                "give and what was searched"
            )
        for choice in sorted(_CHOICES):
            count = sum(1 for vote in self.votes.values() if vote == choice)
            if count > getattr(self.totals, choice):
                raise ValueError(
                    f"{self.resolution}: {count} states in scope are recorded as "
                    f"{choice!r}, more than the totals' {getattr(self.totals, choice)}"
                )
        return self

    def __repr__(self) -> str:
        """One line: the resolution, the day and the totals, and whether the roll is partial."""
        t = self.totals
        partial = (
            ""
            if self.roll == "complete"
            else f"; partial roll, {len(self.votes)} of {len(SCOPE)} states in scope on record"
        )
        return (
            f"<RecordedVote {self.resolution} of {self.date.isoformat()}: {t.yes} yes, "
            f"{t.no} no, {t.abstain} abstaining, {t.non_voting} not voting{partial}>"
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

    @property
    def unrecorded(self) -> frozenset[str]:
        """The states in scope whose vote is not on record: empty for a complete roll.

        Their vote is not known, which is not the same as not voting (``"non_voting"``).

        Examples:
            >>> from regional_migration import vote
            >>> vote("A/RES/73/195").unrecorded
            frozenset()
            >>> len(vote("A/RES/73/326").unrecorded)
            36
        """
        return SCOPE - frozenset(self.votes)

    def __getitem__(self, country: str) -> VoteChoice:
        """The vote of *country*, given as anything `country_code` accepts.

        Raises:
            UnknownCountryError: *country* names no country.
            NotInResultError: the country is outside the states in scope, or, for a
                partial roll, is in scope but its vote is not on record (it is in
                `unrecorded`); the message says which.
        """
        code = country_code(country)
        found = self.votes.get(code)
        if found is not None:
            return found
        t = self.totals
        totals = (
            f"({t.yes} yes, {t.no} no, {t.abstain} abstaining, {t.non_voting} not voting) "
            "count the whole General Assembly"
        )
        if code in SCOPE:
            named = ", ".join(f"{c} {v!r}" for c, v in self.votes.items()) or "none"
            cited = ", ".join(source.id for source in self.sources)
            raise NotInResultError(
                f"the vote of {code} on {self.resolution} is not on record: the roll is "
                f"partial, and its sources ({cited}) give the vote of {len(self.votes)} of "
                f"the {len(SCOPE)} states in scope only ({named}), while the totals "
                f"{totals}; its note says what was searched"
            )
        raise NotInResultError(
            f"{code} is outside the recorded scope: the vote of each state is recorded "
            f"for the {len(SCOPE)} states in scope only (the independent states of "
            f"the Americas, Spain and Andorra), while the totals {totals}"
        )

    def countries(self, choice: VoteChoice) -> frozenset[str]:
        """The states in scope recorded as voting *choice*.

        For a partial roll (`roll` is ``"partial"``) only the states a source names are
        listed: a state of `unrecorded` may have voted *choice* too, so the answer is a
        lower bound, not the whole list.

        Raises:
            InvalidArgumentError: *choice* is not one of ``"yes"``, ``"no"``,
                ``"abstain"`` and ``"non_voting"``, so that a typo is not read as "nobody".

        Examples:
            >>> from regional_migration import vote
            >>> sorted(vote("A/RES/73/195").countries("abstain"))
            ['CL']
            >>> sorted(vote("A/RES/73/326").countries("no")), vote("A/RES/73/326").roll
            (['US'], 'partial')
        """
        if not one_of(choice, _CHOICES):
            raise InvalidArgumentError(
                "choice", choice, "use 'yes', 'no', 'abstain' or 'non_voting'"
            )
        return frozenset(code for code, vote in self.votes.items() if vote == choice)


publish(globals())
