"""Looking processes up: by key, by country, and the national refugee commissions.

The processes data set is registered here and read through
`regional_migration._core.resources` on first use, never at import; its index of keys is
built once, under the same lock.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, Union, cast

from regional_migration._core.dates import Rule, as_optional_date
from regional_migration._core.public import publish
from regional_migration._core.resources import DataSet, cached, glance, lock, part, record
from regional_migration._core.text import MAX_NAME_LENGTH, Suggester, fold
from regional_migration._countries.lookup import country_code
from regional_migration._dataset.models import (
    DataFile,
    MembershipQueries,
    Process,
    Processes,
    RefugeeCommission,
    RefugeeCommissions,
    Source,
    Status,
)
from regional_migration.errors import (
    ArgumentTypeError,
    DataError,
    Hint,
    InvalidArgumentError,
    UnknownProcessError,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import date
    from typing import TypeAlias

    from regional_migration._dataset.instruments import Instrument
    from regional_migration._dataset.models import LocalizedText

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "ProcessKey",
    "data_version",
    "get",
    "processes",
    "processes_of",
    "refugee_commission",
    "refugee_commissions",
    "sources",
)

__all__ = [
    "PROCESSES",
    "Body",
    "ProcessKey",
    "data_version",
    "get",
    "processes",
    "processes_of",
    "provenance",
    "refugee_commission",
    "refugee_commissions",
    "resolve_all",
]

if TYPE_CHECKING:
    Body: TypeAlias = Process | Instrument
    """What `get` finds: a process or an instrument; both answer the same queries."""

    ProcessKey: TypeAlias = Process | Instrument | str
    """A process or an instrument, or any key `get` accepts for one."""
else:  # the instruments' models are built on first use, so these name them as text
    Body = Union[Process, "Instrument"]
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


class _Index(NamedTuple):  # not a dataclass, which costs five times more to define
    """Every key of every process, read without building a single process."""

    by_key: Mapping[str, str]
    """The process id that each folded key names."""
    positions: Mapping[str, int]
    """The place of each process in the file, by id."""


def _build_index() -> _Index:
    by_key: dict[str, str] = {}
    positions: dict[str, int] = {}
    fields = ("id", "aliases", "name", "acronym")
    for position, entry in enumerate(glance(PROCESSES, "processes", fields)):
        process_id = cast("str", entry["id"])
        positions[process_id] = position
        keys = {process_id, *cast("tuple[str, ...]", entry["aliases"])}
        for text in cast("tuple[LocalizedText | None, ...]", (entry["name"], entry["acronym"])):
            if text is not None:
                keys.update((text.en, text.es, text.fr, text.pt))
        for key in sorted(keys):
            folded = _key(key)
            if folded in GENERIC_KEYS:
                raise DataError(
                    PROCESSES.file, "processes", f"{key!r} ({process_id}) is a generic word"
                )
            other = by_key.setdefault(folded, process_id)
            if other != process_id:
                raise DataError(
                    PROCESSES.file, "processes", f"{key!r} names both {other} and {process_id}"
                )
    return _Index(MappingProxyType(by_key), MappingProxyType(positions))


def _index() -> _Index:
    return cached("processes index", _build_index)


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


def processes() -> Processes:
    """Every process, sorted by id.

    A tuple, shown briefly: its repr lists the ids, and Jupyter shows a one-screen
    summary table.

    Examples:
        >>> processes()
        <7 processes: CRM, CSM, FEM, LAD, MIRPS, QUITO, RIAM>
        >>> [p.id for p in processes()]
        ['CRM', 'CSM', 'FEM', 'LAD', 'MIRPS', 'QUITO', 'RIAM']
    """

    def build() -> Processes:
        return Processes(cast("tuple[Process, ...]", part(PROCESSES, "processes")))

    return cached("processes", build)


def get(key: ProcessKey) -> Body:
    """Return the process or instrument named by *key*.

    *key* is an id, or an acronym, name, short name or alias in English, Spanish,
    French or Portuguese, matched without regard to case, accents or extra spaces. A
    `Process` or an `Instrument` is returned as it is. Processes are looked up
    first; the instruments are loaded only when no process matches.

    Raises:
        UnknownProcessError: nothing matches; the error suggests close matches.

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
        regional_migration.errors.UnknownProcessError: unknown process 'Puebla'; did you mean 'CRM'?
    """
    if isinstance(key, MembershipQueries):
        return key
    if not isinstance(key, str):
        raise ArgumentTypeError(
            f"a process is given by its id or name (str), got {type(key).__name__}"
        )
    index = _index()
    by_key = index.by_key
    short = len(key) <= MAX_NAME_LENGTH
    folded = fold(key) if short else ""
    # A leading "LA" is read as Los Angeles first; any other key folds only once.
    los_angeles = _key(key) if short and _LOS_ANGELES.match(key) else folded
    found = by_key.get(los_angeles) or by_key.get(folded)
    if found is not None:
        # Built on the first question about it, then answered from the cache.
        return cast("Process", record(PROCESSES, "processes", index.positions[found]))
    if folded in GENERIC_KEYS:
        return _refuse_generic(key, folded, by_key)
    if folded in _BLOC_KEYS:
        raise UnknownProcessError(key, ("FEM",), hint=_BLOC_HINT)
    if folded in _COMMISSION_KEYS:
        raise UnknownProcessError(key, hint=_COMMISSIONS_HINT)
    # The instruments' models and data load here, on the first look-up a process
    # cannot answer, so that questions about processes never pay for them.
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._dataset import instrument_registry  # noqa: PLC0415 - cost: the instrument models

    instrument = instrument_registry.find(folded)
    if instrument is not None:
        return instrument
    # Processes come first among the suggestions, as they always have.
    typed = _key(key) if short else ""
    suggestions = _suggest(typed, "processes", by_key) or _suggest(
        typed, "instruments", instrument_registry.keys()
    )
    raise UnknownProcessError(key, suggestions)


def _refuse_generic(key: str, folded: str, by_key: Mapping[str, str]) -> Process:
    """Refuse a word that names a kind of process, suggesting the processes it fits."""
    ids = sorted({process_id for k, process_id in by_key.items() if folded in k.split()})
    raise UnknownProcessError(key, tuple(ids), hint=_GENERIC_HINT)


def resolve_all(keys: Iterable[ProcessKey] | None) -> tuple[Body, ...]:
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
    found: list[Body] = []
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


def _suggest(folded: str, name: str, by_key: Mapping[str, str]) -> tuple[str, ...]:
    """Ids of the processes (or instruments) whose names come closest to *folded*.

    *by_key* maps folded keys to ids; *name* names it in the cache.
    """
    # Built at the first miss, not with the index: a first answer does not need it.
    suggester = cached(f"{name} suggester", lambda: Suggester(sorted(by_key)))
    ids = dict.fromkeys(by_key[key] for key in suggester.close(folded))
    return tuple(ids)[:3]


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
        status: ``"member"``, ``"associate"``, ``"observer"`` or ``"suspended"``.
        rule: ``"certain"`` (the default) or ``"possible"``: how *on* is compared
            with dates known only as bounds.

    Returns:
        The matching processes, sorted by id; empty when the country belongs to none.

    Raises:
        InvalidArgumentError: *status* is not one of the four standings (a typo must
            not read as "no process").

    Examples:
        >>> [p.id for p in processes_of("SV")]
        ['CRM', 'LAD', 'MIRPS', 'RIAM']
        >>> [p.id for p in processes_of("SV", on="2018-01-01")]
        ['CRM']
    """
    code = country_code(country)
    day = as_optional_date(on)
    return tuple(p for p in processes() if code in p.countries_with(status, on=day, rule=rule))


def sources() -> tuple[Source, ...]:
    """Every source the data set cites, sorted by id.

    Examples:
        >>> [s.id for s in sources()] == sorted(s.id for s in sources())
        True
    """
    listed = cast("tuple[Source, ...]", part(PROCESSES, "sources"))
    return tuple(sorted(listed, key=lambda source: source.id))


def refugee_commissions() -> RefugeeCommissions:
    """The national refugee commissions on record, sorted by country code.

    A tuple, shown briefly like `processes`.

    Examples:
        >>> [(c.country, c.acronym) for c in refugee_commissions()][:3]
        [('AR', 'CONARE'), ('BO', 'CONARE'), ('BR', 'CONARE')]
    """

    def build() -> RefugeeCommissions:
        listed = part(PROCESSES, "refugee_commissions")
        return RefugeeCommissions(cast("tuple[RefugeeCommission, ...]", listed))

    return cached("refugee commissions", build)


def refugee_commission(country: str) -> RefugeeCommission | None:
    """The national refugee commission of *country*, or ``None`` if none is on record.

    Examples:
        >>> refugee_commission("UY").acronym
        'CORE'
        >>> refugee_commission("GY") is None
        True
    """
    code = country_code(country)
    by_country = cached(
        "refugee commissions by country",
        lambda: MappingProxyType({c.country: c for c in refugee_commissions()}),
    )
    return by_country.get(code)


publish(globals())
