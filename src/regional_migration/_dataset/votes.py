"""The recorded votes of the UN General Assembly on the resolutions behind instruments.

A `RecordedVote` keeps each state's vote on a resolution (a global compact's
endorsement, say) with the totals of the whole Assembly. This module reads no files
and knows nothing of the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, Field, PlainSerializer, StringConstraints

from regional_migration._core.public import publish
from regional_migration._core.text import one_of
from regional_migration._countries.iso3166 import CountryCode
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.records import Frozen, LocalizedText, Sources, Text
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
    ``"no"``, ``"abstain"`` or ``"non_voting"``.

    """

    resolution: Annotated[str, StringConstraints(pattern=r"^A/RES/\d{1,3}/\d{1,4}$")] = Field(
        description="The resolution's symbol, such as A/RES/73/195."
    )
    title: LocalizedText = Field(description="Its title in four languages.")
    instrument: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,30}$")] = Field(
        description="The id of the instrument it endorses."
    )
    date: Annotated[date, Field(description="The day of the vote.")]
    meeting: Text | None = Field(None, description="The record of the meeting, such as A/73/PV.60.")
    totals: VoteTotals = Field(description="The counts for the whole Assembly.")
    votes: Annotated[
        Mapping[CountryCode, VoteChoice],
        AfterValidator(_read_only),
        PlainSerializer(dict, return_type=dict[str, VoteChoice]),
        Field(description="The vote of each state in scope, by ISO code."),
    ]
    sources: Sources = Field(description="Where it comes from.")

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
            t = self.totals
            raise NotInResultError(
                f"{code} is outside the recorded scope: the vote of each state is recorded "
                f"for the {len(self.votes)} states in scope only (the independent states of "
                "the Americas, Spain and Andorra), while the totals "
                f"({t.yes} yes, {t.no} no, {t.abstain} abstaining, {t.non_voting} not voting) "
                "count the whole General Assembly"
            ) from None

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


publish(globals())
