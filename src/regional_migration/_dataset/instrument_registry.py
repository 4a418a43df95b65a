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
from regional_migration.errors import (
    ArgumentTypeError,
    DataError,
    Hint,
    UnknownProcessError,
    UnknownVoteError,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "instruments",
    "vote",
    "votes",
)

__all__ = [
    "INSTRUMENTS",
    "find",
    "instrument_keys",
    "instruments",
    "keys",
    "sources",
    "vote",
    "votes",
]

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
        ['BRAZIL-DECLARATION-2014', 'CARTAGENA-DECLARATION-1984', 'CHILE-DECLARATION-2024']
    """
    return _instruments().data.instruments


def sources() -> tuple[Source, ...]:
    """Every source the instruments data set lists, in its order."""
    return _instruments().data.sources


# Names that people give to more than one instrument: refused, with the instruments
# they may mean, rather than answered with one of them.
_AMBIGUOUS = {
    fold(name): ids
    for names, ids in (
        (
            (
                *("Palermo Protocol", "Palermo Protocols", "Protocolo de Palermo"),
                *("Protocolos de Palermo", "Protocole de Palerme", "Protocoles de Palerme"),
            ),
            ("SMUGGLING-PROTOCOL", "TRAFFICKING-PROTOCOL"),
        ),
    )
    for name in names
}
_AMBIGUOUS_HINT = Hint(
    "it names more than one instrument: give one by its id or short name, as listed by",
    "regional_migration.instruments()",
    "instruments",
)
_WORD = 5
"""The shortest word of a miss that suggests the instruments whose names hold it."""


def find(folded: str, key: str = "") -> Instrument | None:
    """The instrument whose folded key is *folded*, or ``None``; *key* is what was typed.

    Raises:
        UnknownProcessError: *folded* names several instruments (the Palermo
            protocols), or is a word of some instruments' names only (such as
            "Cartagena"): the error lists them.
    """
    loaded = _instruments()
    found = loaded.by_key.get(folded)
    if found is not None:
        return found
    if folded in _AMBIGUOUS:
        raise UnknownProcessError(key or folded, _AMBIGUOUS[folded], hint=_AMBIGUOUS_HINT)
    if len(folded) >= _WORD and " " not in folded:
        # The instruments most of whose names hold the word come first.
        holding: dict[str, int] = {}
        for name, instrument in loaded.by_key.items():
            if folded in name.split():
                holding[instrument.id] = holding.get(instrument.id, 0) + 1
        if holding:
            ranked = sorted(holding, key=lambda found: (-holding[found], found))
            raise UnknownProcessError(key or folded, tuple(ranked[:3]))
    return None


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
