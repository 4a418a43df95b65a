"""Finding processes and instruments by key, processes by country, and the commissions.

One engine, `_Registry`, finds the records of a list by key (in the manner of
pycountry's ``Database``): it reads a few fields of every record with `glance`, folds
each id, name, acronym and alias into one index (a key that names two records, or a
generic word, is a `DataError`), builds a record with `record` only when it is asked
for, and suggests close keys after a miss. The processes and the instruments are each
one declaration on it. Both data sets are read through
`regional_migration._core.resources` on first use, never at import; the instruments'
models are imported only when the instruments are first needed, so that a question
about a process never pays for them.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Union, cast

from regional_migration._core.dates import Rule, as_optional_date
from regional_migration._core.public import publish
from regional_migration._core.resources import DataSet, cached, glance, lock, part, record
from regional_migration._core.text import (
    LANGUAGES,
    MAX_KEY_LENGTH,
    MAX_NAME_LENGTH,
    Suggester,
    fold,
)
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.processes import (
    KINDS,
    DataFile,
    Kind,
    Process,
    Processes,
    RefugeeCommission,
    RefugeeCommissions,
)
from regional_migration._dataset.records import MembershipQueries, Source, SourceList, Status
from regional_migration.errors import (
    ArgumentTypeError,
    DataError,
    Hint,
    InvalidArgumentError,
    UnknownKeyError,
    UnknownVoteError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from datetime import date
    from typing import TypeAlias

    from regional_migration._dataset.instruments import Instrument
    from regional_migration._dataset.votes import RecordedVote

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "get",
    "instruments",
    "processes",
    "processes_of",
    "refugee_commission",
    "refugee_commissions",
    "sources",
    "vote",
    "votes",
)
TYPES: tuple[str, ...] = (
    "Arrangement",
    "ProcessKey",
)

__all__ = [
    "PROCESSES",
    "Arrangement",
    "ProcessKey",
    "data_version",
    "get",
    "instruments",
    "processes",
    "processes_of",
    "provenance",
    "refugee_commission",
    "refugee_commissions",
    "resolve_all",
    "sources",
    "vote",
    "votes",
]

if TYPE_CHECKING:
    Arrangement: TypeAlias = Process | Instrument
    """A process or an instrument: anything a state takes part in, as `get` finds it.

    Both answer the same questions (`members`, `members_on`, `status_of`...), so that
    every answer that takes processes takes instruments too.
    """

    ProcessKey: TypeAlias = Process | Instrument | str
    """A process or an instrument, or any key `get` accepts for one."""
else:  # the instruments' models are built on first use, so these name them as text
    Arrangement = Union[Process, "Instrument"]
    ProcessKey = Union[Process, "Instrument", str]

# Names under which people look for the national refugee commissions, which are
# national bodies rather than a regional process.
_COMMISSION_KEYS = frozenset(
    fold(key)
    for key in (
        "CONARE",
        "CONAREs",
        "CNR",
        "CEPR",
        "CORE",
        "National Refugee Commission",
        "National Refugee Commissions",
        "Comisión Nacional para los Refugiados",
        "Comisiones Nacionales para los Refugiados",
        "Comitê Nacional para os Refugiados",
        "Commissions nationales pour les réfugiés",
    )
)


# Words that name a kind of arrangement, not one process: "Declaration" alone must not
# answer with the Los Angeles Declaration. No name in the data may fold to one of them.
GENERIC_KEYS = frozenset(
    fold(word)
    for word in (
        "Declaration",
        "Declaración",
        "Déclaration",
        "Declaração",
        "Process",
        "Proceso",
        "Processus",
        "Processo",
        "Conference",
        "Conferencia",
        "Conférence",
        "Conferência",
        "Forum",
        "Foro",
        "Fórum",
        "Framework",
        "Marco",
        "Cadre",
        "Network",
        "Red",
        "Réseau",
        "Rede",
        "Meeting",
        "Reunión",
        "Réunion",
        "Reunião",
    )
)

_GENERIC_HINT = Hint(
    "it is a generic word: name the process by its id, acronym or name, as listed by",
    "regional_migration.processes()",
    "list",
)

# The bloc is not a process: its migration forum is.
_BLOC_KEYS = frozenset(fold(key) for key in ("MERCOSUR", "MERCOSUL", "Mercado Común del Sur"))
_BLOC_HINT = Hint(
    "MERCOSUR is the trade bloc, not a migration process; its migration forum, the FEM "
    "(Foro Especializado Migratorio), is given by",
    "regional_migration.get('FEM')",
    "show FEM",
)

# "LA" written in capitals at the start may be Los Angeles ("LA Declaration") rather than
# the Spanish or French article that folding drops; look-ups try that reading first.
_LOS_ANGELES = re.compile(r"^\s*LA(?=\s)")


def _key(text: str) -> str:
    """The folded key of a process name, reading a leading "LA" as Los Angeles."""
    return fold(_LOS_ANGELES.sub("Los Angeles", text, count=1))


_COMMISSIONS_HINT = Hint(
    "national refugee commissions (CONARE and their equivalents) are national bodies, not "
    "a regional process; they meet within MERCOSUR's migration forum, get('FEM'), and are "
    "listed by",
    "regional_migration.refugee_commissions()",
    "commissions",
)


PROCESSES = DataSet("processes.json", DataFile, tables={"sources": Source})
"""The processes data set: every process and national refugee commission, and sources."""


class _Index:  # a plain class: a named tuple costs fifteen times more to define
    """Every key of every record of a list, read without building a single record.

    Attributes:
        by_key: the record id that each folded key names.
        positions: the place of each record in its list, by id.
    """

    __slots__ = ("by_key", "positions")

    def __init__(self, by_key: Mapping[str, str], positions: Mapping[str, int]) -> None:
        self.by_key = by_key
        self.positions = positions


class _Registry:
    """The records of one list of a data set, found by key and built one at a time.

    Args:
        name: the list's key in the file (``"processes"``), which also names what
            this registry caches.
        fields: the fields of a record that hold its keys: ``id``, ``aliases``, and
            texts in the four languages (names and acronyms).
        data_set: gives the data set; called on first use, so that its models may be
            imported only then.
    """

    __slots__ = ("_data_set", "fields", "name")

    def __init__(
        self, name: str, fields: tuple[str, ...], data_set: Callable[[], DataSet[Any]]
    ) -> None:
        self.name = name
        self.fields = fields
        self._data_set = data_set

    def index(self) -> _Index:
        """The index of every key, built on the first call, once, under the data lock."""
        return cached(f"{self.name} index", self._build_index)

    def _build_index(self) -> _Index:
        data_set = self._data_set()
        by_key: dict[str, str] = {}
        positions: dict[str, int] = {}
        for position, entry in enumerate(glance(data_set, self.name, self.fields)):
            record_id = cast("str", entry["id"])
            positions[record_id] = position
            for key in sorted(_keys(entry)):
                folded = _key(key)
                if folded in GENERIC_KEYS:
                    problem = f"{key!r} ({record_id}) is a generic word"
                    raise DataError(data_set.file, self.name, problem)
                other = by_key.setdefault(folded, record_id)
                if other != record_id:
                    problem = f"{key!r} names both {other} and {record_id}"
                    raise DataError(data_set.file, self.name, problem)
        return _Index(MappingProxyType(by_key), MappingProxyType(positions))

    def find(self, folded: str) -> Arrangement | None:
        """The record that the folded key *folded* names, built now if need be."""
        index = self.index()
        found = index.by_key.get(folded)
        if found is None:
            return None
        return self.build(index.positions[found])

    def build(self, position: int) -> Arrangement:
        """Record *position* of the list, built on the first question about it."""
        return cast("Arrangement", record(self._data_set(), self.name, position))

    def all(self) -> tuple[Arrangement, ...]:
        """Every record of the list, in the file's order (which is by id).

        The index is built first, so that a key naming two records is refused however
        the records are reached.
        """
        self.index()
        return cast("tuple[Arrangement, ...]", part(self._data_set(), self.name))

    def suggest(self, folded: str) -> tuple[str, ...]:
        """Ids of the records whose keys come closest to *folded*, best first, at most 3."""
        by_key = self.index().by_key
        # Built at the first miss, not with the index: a first answer does not need it.
        suggester = cached(f"{self.name} suggester", lambda: Suggester(sorted(by_key)))
        ids = dict.fromkeys(by_key[key] for key in suggester.close(folded))
        return tuple(ids)[:3]


def _keys(entry: Mapping[str, object]) -> set[str]:
    """Every text that names a record: its id, aliases, and each language's names."""
    keys = {cast("str", entry["id"]), *cast("tuple[str, ...]", entry["aliases"])}
    for name, value in entry.items():
        if name not in {"id", "aliases"} and value is not None:  # a name or an acronym
            texts = (getattr(value, lang) for lang in LANGUAGES)
            keys.update(text for text in texts if text)
    return keys


def _instruments_data_set() -> DataSet[Any]:
    """The instruments data set, whose models are imported on the first call."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._dataset.instruments import INSTRUMENTS  # noqa: PLC0415 - cost: the instrument models

    return INSTRUMENTS


_PROCESSES = _Registry("processes", ("id", "aliases", "name", "acronym"), lambda: PROCESSES)
_INSTRUMENTS = _Registry(
    "instruments", ("id", "aliases", "name", "short_name", "acronym"), _instruments_data_set
)


def data_version() -> str:
    """The day the data set was last checked against its sources, as ``YYYY-MM-DD``."""
    return cast("date", part(PROCESSES, "data_version")).isoformat()


def provenance(on: str, **more: str) -> dict[str, str]:
    """What an export says of itself: the data version, the day asked about, and *more*.

    Examples:
        >>> provenance("2018-01-01", rule="certain")["on"]
        '2018-01-01'
    """
    return {"data_version": data_version(), "on": on, **more}


def processes(kind: Kind | None = None) -> Processes:
    """Every process, sorted by id; or only those of *kind*.

    A tuple, shown briefly: its repr lists the ids, and Jupyter shows a one-screen
    summary table.

    Args:
        kind: a `Kind`, such as ``"regional_consultative_process"``; ``None`` (the
            default) for every process.

    Raises:
        InvalidArgumentError: *kind* is not one of the kinds (a typo must not read
            as "no process").

    Examples:
        >>> processes()
        <12 processes: CMC, CRM, CSM, EU-CELAC-MD, FAM, FEM, FIBEMYD, LAD, MIRPS, OCAM, QUITO, RIAM>
        >>> [p.id for p in processes(kind="regional_consultative_process")]
        ['CMC', 'CRM', 'CSM', 'OCAM']
    """

    def build() -> Processes:
        return Processes(cast("tuple[Process, ...]", _PROCESSES.all()))

    every = cached("processes", build)
    if kind is None:
        return every
    if kind not in KINDS:
        raise InvalidArgumentError("kind", kind, f"use one of {', '.join(map(repr, KINDS))}")
    return Processes(p for p in every if p.kind == kind)


def get(key: ProcessKey) -> Arrangement:
    """Return the process or instrument named by *key*.

    *key* is an id, or an acronym, name, short name or alias in English, Spanish,
    French or Portuguese, matched without regard to case, accents or extra spaces. A
    `Process` or an `Instrument` is returned as it is. Processes are looked up
    first; the instruments are loaded only when no process matches.

    Raises:
        UnknownKeyError: no process or instrument matches (``except
            UnknownProcessError``, its earlier name, catches it too); the error
            suggests close matches.

    Examples:
        >>> get("Puebla Process").id
        'CRM'
        >>> get("conferencia suramericana sobre migraciones").id
        'CSM'
        >>> get("Convención de 1951").id
        'REFUGEE-CONVENTION-1951'
        >>> get("Puebla")
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownKeyError: no process or instrument named 'Puebla';
        did you mean 'CRM'?
    """
    if isinstance(key, MembershipQueries):
        return key
    if not isinstance(key, str):
        raise ArgumentTypeError(
            f"a process is given by its id or name (str), got {type(key).__name__}"
        )
    index = _PROCESSES.index()
    by_key = index.by_key
    short = len(key) <= MAX_NAME_LENGTH
    folded = fold(key) if short else ""
    # A leading "LA" is read as Los Angeles first; any other key folds only once.
    los_angeles = _key(key) if short and _LOS_ANGELES.match(key) else folded
    found = by_key.get(los_angeles) or by_key.get(folded)
    if found is not None:
        # Built on the first question about it, then answered from the cache.
        return _PROCESSES.build(index.positions[found])
    if folded in GENERIC_KEYS:
        return _refuse_generic(key, folded, by_key)
    if folded in _BLOC_KEYS:
        raise UnknownKeyError(key, ("FEM",), hint=_BLOC_HINT)
    if folded in _COMMISSION_KEYS:
        raise UnknownKeyError(key, hint=_COMMISSIONS_HINT)
    # The instruments' models and data load here, on the first look-up a process
    # cannot answer, so that questions about processes never pay for them; only the
    # instrument asked about is built.
    instrument = _INSTRUMENTS.find(los_angeles) or _INSTRUMENTS.find(folded)
    if instrument is None:
        _refuse_instrument_word(key, folded)
    if instrument is not None:
        return instrument
    # Processes come first among the suggestions, as they always have.
    typed = _key(key) if short else ""
    suggestions = _PROCESSES.suggest(typed) or _INSTRUMENTS.suggest(typed)
    raise UnknownKeyError(key, suggestions)


# Names that people give to more than one instrument: refused, with the instruments
# they may mean, rather than answered with one of them.
_AMBIGUOUS_INSTRUMENTS = {
    fold(name): ("SMUGGLING-PROTOCOL", "TRAFFICKING-PROTOCOL")
    for name in (
        *("Palermo Protocol", "Palermo Protocols", "Protocolo de Palermo"),
        *("Protocolos de Palermo", "Protocole de Palerme", "Protocoles de Palerme"),
    )
}
_AMBIGUOUS_HINT = Hint(
    "it names more than one instrument: give one by its id or short name, as listed by",
    "regional_migration.instruments()",
    "instruments",
)
_WORD = 5
"""The shortest word of a miss that suggests the instruments whose names hold it."""


def _refuse_instrument_word(key: str, folded: str) -> None:
    """Refuse a name of several instruments, or a word of some instruments' names only.

    "Palermo Protocol" names two protocols; "Cartagena" is a word of the Cartagena
    declarations' names: the error lists them, those whose names hold it most first.
    """
    if folded in _AMBIGUOUS_INSTRUMENTS:
        raise UnknownKeyError(key, _AMBIGUOUS_INSTRUMENTS[folded], hint=_AMBIGUOUS_HINT)
    if len(folded) < _WORD or " " in folded:
        return
    holding: dict[str, int] = {}
    for name, instrument_id in _INSTRUMENTS.index().by_key.items():
        if folded in name.split():
            holding[instrument_id] = holding.get(instrument_id, 0) + 1
    if holding:
        ranked = sorted(holding, key=lambda found: (-holding[found], found))
        raise UnknownKeyError(key, tuple(ranked[:3]))


def _refuse_generic(key: str, folded: str, by_key: Mapping[str, str]) -> Process:
    """Refuse a word that names a kind of process, suggesting the processes it fits."""
    ids = sorted({process_id for k, process_id in by_key.items() if folded in k.split()})
    raise UnknownKeyError(key, tuple(ids), hint=_GENERIC_HINT)


def resolve_all(keys: Iterable[ProcessKey] | None) -> tuple[Arrangement, ...]:
    """Resolve *keys* to processes or instruments in their given order.

    Every process (not the instruments) when *keys* is ``None``. One named twice is
    kept once, where it first appears.

    Raises:
        ArgumentTypeError: *keys* is one key, not an iterable of them (a `TypeError`).
        InvalidArgumentError: two different processes carry the same id (a `ValueError`).
    """
    if keys is None:
        return processes()
    if isinstance(keys, str | bytes | MembershipQueries) or not hasattr(keys, "__iter__"):
        raise ArgumentTypeError("give an iterable of processes, such as ['CRM', 'MIRPS']")
    found: list[Arrangement] = []
    for key in keys:
        process = get(key)
        same = [p for p in found if p.id == process.id]
        if same and same[0] != process:
            raise InvalidArgumentError(
                "processes", process.id, "two different processes have this id"
            )
        if not same:
            found.append(process)
    return tuple(found)


def processes_of(
    country: str,
    *,
    on: date | str | None = None,
    status: Status = "member",
    rule: Rule = "certain",
) -> tuple[Process, ...]:
    """The processes in which *country* has *status* (full membership by default).

    Args:
        country: the country, as `country_code` accepts it.
        on: a past day to ask about; by default, the current membership periods in the data.
        status: one of `STATUSES`: ``"member"``, ``"associate"``, ``"observer"``,
            ``"suspended"`` or ``"signatory"``.
        rule: ``"certain"`` (the default) or ``"possible"``: how *on* is compared
            with dates known only as bounds.

    Returns:
        The matching processes, sorted by id; empty when the country belongs to none.

    Raises:
        InvalidArgumentError: *status* is not one of `STATUSES` (a typo must
            not read as "no process").

    Examples:
        >>> [p.id for p in processes_of("SV")]
        ['CRM', 'EU-CELAC-MD', 'FIBEMYD', 'LAD', 'MIRPS', 'OCAM', 'RIAM']
        >>> [p.id for p in processes_of("SV", on="2018-01-01", status="observer")]
        []
    """
    code = country_code(country)
    day = as_optional_date(on)
    return tuple(p for p in processes() if code in p.countries_with(status, on=day, rule=rule))


def sources() -> SourceList:
    """Every source the data set cites, of processes and instruments alike, sorted by id.

    A tuple, shown briefly: its repr counts the sources by kind, and Jupyter shows a
    table with a link to each. `SourceList.get` finds one by id.

    Examples:
        >>> [s.id for s in sources()] == sorted(s.id for s in sources())
        True
        >>> sources().get("crm_about").kind
        'intergovernmental'
    """

    def build() -> SourceList:
        # The instruments' sources load their data set: only when every source is asked for.
        instruments_data = _instruments_data_set()
        listed = {s.id: s for s in cast("tuple[Source, ...]", part(PROCESSES, "sources"))}
        for source in cast("tuple[Source, ...]", part(instruments_data, "sources")):
            if listed.setdefault(source.id, source) != source:
                raise DataError(
                    instruments_data.file,
                    "sources",
                    f"{source.id!r} differs from the source of that id in {PROCESSES.file}",
                )
        return SourceList(listed[key] for key in sorted(listed))

    return cached("sources", build)


def refugee_commissions() -> RefugeeCommissions:
    """Who decides on asylum in each state in scope (one record each), sorted by country.

    A tuple, shown briefly like `processes`.

    Examples:
        >>> [(c.country, c.acronym) for c in refugee_commissions() if c.acronym][:3]
        [('AR', 'CONARE'), ('BO', 'CONARE'), ('BR', 'CONARE')]
        >>> len(refugee_commissions())
        37
    """

    def build() -> RefugeeCommissions:
        listed = part(PROCESSES, "refugee_commissions")
        return RefugeeCommissions(cast("tuple[RefugeeCommission, ...]", listed))

    return cached("refugee commissions", build)


def refugee_commission(country: str) -> RefugeeCommission | None:
    """Who decides on asylum in *country*, or ``None`` for a state outside the data.

    Every state in scope has a record; one whose ``kind`` is ``"unhcr"`` or ``"none"``
    says that the state has no national body.

    Examples:
        >>> refugee_commission("UY").acronym
        'CORE'
        >>> refugee_commission("GY").kind
        'none'
        >>> refugee_commission("FR") is None
        True
    """
    code = country_code(country)
    by_country = cached(
        "refugee commissions by country",
        lambda: MappingProxyType({c.country: c for c in refugee_commissions()}),
    )
    return by_country.get(code)


def instruments() -> tuple[Instrument, ...]:
    """Every instrument, sorted by id.

    Examples:
        >>> [i.id for i in instruments()][:3]
        ['ANDEAN-MIGRATION-STATUTE', 'BRAZIL-DECLARATION-2014', 'CA4-FREE-MOBILITY-2006']
    """
    return cast("tuple[Instrument, ...]", _INSTRUMENTS.all())


def votes() -> tuple[RecordedVote, ...]:
    """Every recorded General Assembly vote, sorted by resolution.

    Examples:
        >>> [v.resolution for v in votes()]
        ['A/RES/73/151', 'A/RES/73/195', 'A/RES/73/326']
        >>> [v.roll for v in votes()]
        ['complete', 'complete', 'partial']
    """
    return cast("tuple[RecordedVote, ...]", part(_instruments_data_set(), "votes"))


def vote(resolution: str) -> RecordedVote:
    """The recorded General Assembly vote on *resolution*, such as ``"A/RES/73/195"``.

    Index the answer by any country name or code to get that state's vote. A partial
    roll (``roll == "partial"``) answers only for the states its sources name; for the
    other states in scope (its `unrecorded`) it raises `NotInResultError`.

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
    by_resolution = cached(
        "votes by resolution", lambda: MappingProxyType({fold(v.resolution): v for v in votes()})
    )
    found = by_resolution.get(fold(resolution) if len(resolution) <= MAX_KEY_LENGTH else "")
    if found is None:
        raise UnknownVoteError(resolution, tuple(v.resolution for v in votes()))
    return found


publish(globals())
