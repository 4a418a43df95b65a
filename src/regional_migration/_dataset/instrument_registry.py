"""Looking instruments and recorded votes up; their data set loads on first use.

The instruments data set is registered here and read through
`regional_migration._core.resources` only when an instrument or a vote is first asked
for, so that a question about processes never pays for it; its index of keys is built
once, under the data layer's lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from regional_migration._core.public import publish
from regional_migration._core.resources import DataSet, cached, load
from regional_migration._core.text import MAX_KEY_LENGTH, fold
from regional_migration._dataset.instruments import Instrument, InstrumentsFile, RecordedVote
from regional_migration._dataset.models import Source
from regional_migration.errors import ArgumentTypeError, DataError, UnknownVoteError

if TYPE_CHECKING:
    from collections.abc import Mapping

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "instruments",
    "vote",
    "votes",
)
TYPES: tuple[str, ...] = ()

__all__ = ["INSTRUMENTS", "find", "instrument_keys", "instruments", "keys", "vote", "votes"]

INSTRUMENTS = DataSet("instruments.json", InstrumentsFile, tables={"sources": Source})
"""The instruments data set: treaties, compacts, declarations, each state's acts, votes."""


@dataclass(frozen=True, slots=True)
class _Loaded:
    data: InstrumentsFile
    by_key: Mapping[str, Instrument]
    votes: Mapping[str, RecordedVote]


def instrument_keys(instrument: Instrument) -> tuple[str, ...]:
    """Every text `get` accepts for *instrument*: id, names, acronyms and aliases."""
    keys = {instrument.id, *instrument.aliases}
    for text in (instrument.name, instrument.short_name):
        keys.update((text.en, text.es, text.fr, text.pt))
    if instrument.acronym is not None:
        acronym = instrument.acronym
        keys.update(t for t in (acronym.en, acronym.es, acronym.fr, acronym.pt) if t)
    return tuple(sorted(keys))


def _index(data: InstrumentsFile) -> _Loaded:
    by_key: dict[str, Instrument] = {}
    for instrument in data.instruments:
        for key in instrument_keys(instrument):
            other = by_key.setdefault(fold(key), instrument)
            if other.id != instrument.id:
                raise DataError(
                    INSTRUMENTS.file,
                    "instruments",
                    f"{key!r} names both {other.id} and {instrument.id}",
                )
    votes = {fold(v.resolution): v for v in data.votes}
    return _Loaded(data, MappingProxyType(by_key), MappingProxyType(votes))


def _instruments() -> _Loaded:
    return cached("instruments index", lambda: _index(load(INSTRUMENTS)))


def instruments() -> tuple[Instrument, ...]:
    """Every instrument, sorted by id.

    Examples:
        >>> [i.id for i in instruments()][:3]
        ['ANDEAN-MIGRATION-STATUTE', 'BRAZIL-DECLARATION-2014', 'CA4-FREE-MOBILITY-2006']
    """
    return _instruments().data.instruments


def find(folded: str) -> Instrument | None:
    """The instrument whose folded key is *folded*, or ``None``."""
    return _instruments().by_key.get(folded)


def keys() -> Mapping[str, str]:
    """The instrument id that each folded key names, for suggestions after a failed look-up."""
    return {key: instrument.id for key, instrument in _instruments().by_key.items()}


def votes() -> tuple[RecordedVote, ...]:
    """Every recorded General Assembly vote, sorted by resolution.

    Examples:
        >>> [v.resolution for v in votes()]
        ['A/RES/73/151', 'A/RES/73/195']
    """
    return _instruments().data.votes


def vote(resolution: str) -> RecordedVote:
    """The recorded General Assembly vote on *resolution*, such as ``"A/RES/73/195"``.

    Index the answer by any country name or code to get that state's vote.

    Raises:
        UnknownVoteError: no vote on that resolution is on record.

    Examples:
        >>> vote("A/RES/73/195")["CL"]
        'abstain'
        >>> vote("a/res/73/195")["Brasil"], vote("A/RES/73/195").date.isoformat()
        ('yes', '2018-12-19')
    """
    if not isinstance(resolution, str):
        raise ArgumentTypeError(
            f"a resolution is given by its symbol (str), got {type(resolution).__name__}"
        )
    loaded = _instruments().votes
    found = loaded.get(fold(resolution) if len(resolution) <= MAX_KEY_LENGTH else "")
    if found is None:
        raise UnknownVoteError(resolution, tuple(v.resolution for v in votes()))
    return found


publish(globals())
