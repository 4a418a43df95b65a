"""Loading the shipped data once, and looking processes up in it.

The data file is read with `importlib.resources` on first use, never at import,
and validated through the models. A lock with a second check inside it makes sure
that threads racing on the first call all get the same objects.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from regional_migration._dates import as_optional_date
from regional_migration._models import DataFile, Process, RefugeeCommission, Source, Status
from regional_migration._text import MAX_KEY_LENGTH, fold
from regional_migration.errors import DataError, UnknownProcessError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import date

__all__ = [
    "ProcessKey",
    "data_version",
    "get",
    "processes",
    "processes_of",
    "refugee_commission",
    "refugee_commissions",
    "resolve_all",
]

ProcessKey = Process | str
"""A process, or any key `get` accepts for one."""

_DATA_FILE = "processes.json"

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


class _SourceTable(BaseModel, extra="ignore"):
    """Reads only the ``sources`` array of the data file, to resolve references."""

    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class _Registry:
    """The loaded data and its indexes; built once, never changed."""

    data: DataFile
    by_key: Mapping[str, Process]
    commissions: Mapping[str, RefugeeCommission]


def read_data_file(raw: bytes) -> DataFile:
    """Validate the bytes of a data file and return it.

    Raises:
        DataError: the file is not valid JSON or does not match the models.
    """
    try:
        parsed = from_json(raw)  # parsed once; the source table and the file both use it
    except ValueError as exc:
        raise DataError(f"data file failed validation: not valid JSON ({exc})") from None
    try:
        listed = _SourceTable.model_validate(parsed).sources
        table = {source.id: source for source in listed}
        if len(table) != len(listed):
            raise DataError("data file lists a source id twice")
        return DataFile.model_validate(parsed, context={"sources": table})
    except ValidationError as exc:
        raise DataError(f"data file failed validation: {exc}") from exc


def _index(data: DataFile) -> _Registry:
    by_key: dict[str, Process] = {}
    for process in data.processes:
        keys = {process.id, *process.aliases}
        for text in (process.name, process.acronym):
            if text is not None:
                keys.update((text.en, text.es, text.fr, text.pt))
        for key in sorted(keys):
            folded = fold(key)
            other = by_key.setdefault(folded, process)
            if other.id != process.id:
                raise DataError(f"{key!r} names both {other.id} and {process.id}")
    commissions = {c.country: c for c in data.refugee_commissions}
    return _Registry(data, MappingProxyType(by_key), MappingProxyType(commissions))


_lock = threading.Lock()
_loaded: _Registry | None = None


def _registry() -> _Registry:
    global _loaded  # noqa: PLW0603 - the one lazily published singleton
    if _loaded is None:
        with _lock:
            if _loaded is None:  # another thread may have loaded it meanwhile
                raw = resources.files("regional_migration").joinpath("data", _DATA_FILE)
                _loaded = _index(read_data_file(raw.read_bytes()))
    return _loaded


def data_version() -> str:
    """The day the data set was last checked against its sources, as ``YYYY-MM-DD``."""
    return _registry().data.data_version.isoformat()


def processes() -> tuple[Process, ...]:
    """Every process, sorted by id.

    Examples:
        >>> [p.id for p in processes()]
        ['CRM', 'CSM', 'FEM', 'LAD', 'MIRPS', 'QUITO', 'RIAM']
    """
    return _registry().data.processes


def get(key: str | Process) -> Process:
    """Return the process named by *key*.

    *key* is an id, or an acronym, name or alias in English, Spanish, French or
    Portuguese, matched without regard to case, accents or extra spaces. A
    `Process` is returned as it is.

    Raises:
        UnknownProcessError: nothing matches; the error suggests close matches.

    Examples:
        >>> get("Puebla Process").id
        'CRM'
        >>> get("conferencia suramericana sobre migraciones").id
        'CSM'
        >>> get("Puebla")
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownProcessError: unknown process 'Puebla'; did you mean 'CRM'?
    """
    if isinstance(key, Process):
        return key
    if not isinstance(key, str):
        raise TypeError(f"a process is given by its id or name (str), got {type(key).__name__}")
    by_key = _registry().by_key
    folded = fold(key) if len(key) <= MAX_KEY_LENGTH else ""
    found = by_key.get(folded)
    if found is not None:
        return found
    if folded in _COMMISSION_KEYS:
        raise UnknownProcessError(
            key,
            hint=(
                "; national refugee commissions (CONARE and their equivalents) are national "
                "bodies, not a regional process: see regional_migration.refugee_commissions() "
                "or refugee_commission('AR'); they meet within MERCOSUR's migration forum, "
                "get('FEM')"
            ),
        )
    raise UnknownProcessError(key, _suggest(folded[:64], by_key))


def resolve_all(keys: Iterable[ProcessKey] | None) -> tuple[Process, ...]:
    """Resolve *keys* to processes in their given order; every process when ``None``.

    A process named twice is kept once, where it first appears.

    Raises:
        ValueError: two different processes carry the same id.
    """
    if keys is None:
        return processes()
    if isinstance(keys, str | Process):
        raise TypeError("give an iterable of processes, such as ['CRM', 'MIRPS']")
    found: list[Process] = []
    for key in keys:
        process = get(key)
        same = [p for p in found if p.id == process.id]
        if same and same[0] != process:
            raise ValueError(f"two different processes have the id {process.id!r}")
        if not same:
            found.append(process)
    return tuple(found)


def _suggest(folded: str, by_key: Mapping[str, Process]) -> tuple[str, ...]:
    """Ids of the processes whose names come closest to *folded*."""
    if not folded:
        return ()
    import difflib  # noqa: PLC0415 - only needed when a look-up fails

    close = difflib.get_close_matches(folded, list(by_key), n=6, cutoff=0.6)
    # Also match a word typed alone, such as "Puebla" or "Quito".
    words = [k for k in by_key if folded in k.split() or folded in k.replace(" ", "")]
    ids: list[str] = []
    for key in (*close, *sorted(words)):
        if by_key[key].id not in ids:
            ids.append(by_key[key].id)
    return tuple(ids[:3])


def processes_of(
    country: str, *, on: date | str | None = None, status: Status = "member"
) -> tuple[Process, ...]:
    """The processes in which *country* has *status* (full membership by default).

    Args:
        country: the country, as `country_code` accepts it.
        on: a past day to ask about; by default, today's standing in the data.
        status: ``"member"``, ``"associate"``, ``"observer"`` or ``"suspended"``.

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
    from regional_migration._countries import country_code  # noqa: PLC0415 - lazy import

    code = country_code(country)
    day = as_optional_date(on)
    return tuple(p for p in processes() if code in p.countries_with(status, on=day))


def refugee_commissions() -> tuple[RefugeeCommission, ...]:
    """The national refugee commissions on record, sorted by country code.

    Examples:
        >>> [(c.country, c.acronym) for c in refugee_commissions()][:3]
        [('AR', 'CONARE'), ('BO', 'CONARE'), ('BR', 'CONARE')]
    """
    return _registry().data.refugee_commissions


def refugee_commission(country: str) -> RefugeeCommission | None:
    """The national refugee commission of *country*, or ``None`` if none is on record.

    Examples:
        >>> refugee_commission("UY").acronym
        'CORE'
        >>> refugee_commission("GY") is None
        True
    """
    from regional_migration._countries import country_code  # noqa: PLC0415 - lazy import

    return _registry().commissions.get(country_code(country))
