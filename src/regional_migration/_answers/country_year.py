"""A country-year panel to merge: every state of a declared universe, every value said.

`merge_panel` gives, for each state, process and year, the status on 31 December, and
says "no" and "not known" out loud: ``none`` (not a member), ``unknown`` (the dates
the sources give leave it open), ``not founded`` (the process did not exist yet). So
after a merge an empty cell means only a country the panel does not cover, never
"no". It comes long or wide, with the code columns a user's data is keyed by, and as
spells, one row per membership period with the bounds of its dates.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final, Literal, cast, get_args

from regional_migration._answers.tables import history, panel
from regional_migration._core.export import optional_module
from regional_migration._core.public import publish
from regional_migration._countries.batch import country_codes
from regional_migration._countries.lookup import country_code
from regional_migration._countries.schemes import check_column
from regional_migration._dataset.records import STATUSES
from regional_migration._dataset.registry import ProcessKey, refugee_commissions, resolve_all
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._countries.iso3166 import Column
    from regional_migration._dataset.registry import Arrangement

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC: tuple[str, ...] = ("merge_panel",)
TYPES: tuple[str, ...] = ("PanelForm",)

__all__ = ["NOT_A_MEMBER", "NOT_FOUNDED", "PANEL_VALUES", "UNKNOWN", "PanelForm", "merge_panel"]

NOT_A_MEMBER: Final = "none"
UNKNOWN: Final = "unknown"
NOT_FOUNDED: Final = "not founded"
PANEL_VALUES: Final = (*STATUSES, NOT_A_MEMBER, UNKNOWN, NOT_FOUNDED)
"""Every value of a status cell of `merge_panel`, in the order of their Stata codes."""

PanelForm = Literal["long", "wide", "spells"]
"""The shapes of `merge_panel`: a row per state, process and year; a row per state and
year with a column per process; or a row per membership period."""

_DEFAULT_CODES: Final = ("iso2c", "iso3c", "iso3n")


def merge_panel(
    years: Iterable[int],
    *,
    states: Iterable[str] | None = None,
    processes: Iterable[ProcessKey] | None = None,
    codes: Iterable[Column] = _DEFAULT_CODES,
    form: PanelForm = "long",
) -> pd.DataFrame:
    """A country-year panel to merge with yearly data, as a `pandas.DataFrame`.

    Each state of the universe has a row for each process (or instrument) and year,
    with its status on 31 December of that year by the certain-day rule, or:
    ``"none"`` when it certainly was not a member, ``"unknown"`` when the sources'
    dates leave it open (a member by the possible-day rule only, or a process that
    may or may not have been founded yet), and ``"not founded"`` before the process
    existed. No cell is empty.

    Args:
        years: whole years, such as ``range(2000, 2027)``.
        states: the universe, as codes or names; by default every state in the data's
            scope (the independent states of the Americas, Spain and Andorra) and
            every territory any process names.
        processes: the processes or instruments to include; every process by default.
        codes: the code columns to key the rows by: ``"iso2c"``, ``"iso3c"``,
            ``"iso3n"`` (the default three) or any crosswalk column, such as
            ``"cown"`` or ``"unhcr"``; a state a scheme does not code has an empty cell.
        form: ``"long"``, one row per state, process and year (columns: the codes,
            ``year``, ``process``, ``status``); ``"wide"``, one row per state and year
            with a column per process; ``"spells"``, one row per membership period of
            a state of the universe, with the bounds of its dates (``since_earliest``
            ... ``until_latest``) and no year.

    Raises:
        InvalidArgumentError: a year is not a whole year, a code column or *form* is
            unknown.
        ArgumentTypeError: *years* or *states* is text rather than a list.
        UnknownCountryError: a state names no country.
        MissingExtraError: pandas is not installed (the ``pandas`` extra).

    Examples:
        >>> wide = merge_panel(range(2016, 2019), processes=["MIRPS", "LAD"], form="wide")
        >>> wide[wide.iso2c == "MX"][["year", "MIRPS", "LAD"]].to_dict("records")
        [{'year': 2016, 'MIRPS': 'not founded', 'LAD': 'not founded'}, \
{'year': 2017, 'MIRPS': 'member', 'LAD': 'not founded'}, \
{'year': 2018, 'MIRPS': 'member', 'LAD': 'not founded'}]
    """
    pandas = optional_module("pandas", "pandas")
    asked = _years(years)
    if form not in get_args(PanelForm):
        raise InvalidArgumentError("form", form, "use 'long', 'wide' or 'spells'")
    columns = tuple(dict.fromkeys(check_column(c) for c in _listed(codes, "codes")))
    bodies = resolve_all(processes)
    universe = _universe(states, bodies)
    keys = _keys(universe, columns)
    if form == "spells":
        return _spells(pandas, universe, bodies, keys, columns)
    ids = [body.id for body in bodies]
    certain = {(r.country, r.process, r.year): r.status for r in panel(asked, processes=ids)}
    possible = {
        (r.country, r.process, r.year): r.status
        for r in panel(asked, processes=ids, rule="possible")
    }
    rows = []
    for country in universe:
        for year in asked:
            day = date(year, 12, 31)
            for body in bodies:
                key = (country, body.id, year)
                found = certain.get(key) or _unsaid(body, day, possible.get(key) is not None)
                rows.append({**keys[country], "year": year, "process": body.id, "status": found})
    long = pandas.DataFrame(rows, columns=[*columns, "year", "process", "status"])
    long = _typed(pandas, long, columns)
    long["status"] = pandas.Categorical(long["status"], categories=list(PANEL_VALUES))
    if form == "long":
        return long
    wide = long.pivot(index=[*columns, "year"], columns="process", values="status")  # noqa: PD010
    wide = wide.reindex(columns=ids).reset_index()
    wide.columns.name = None
    return wide


def _unsaid(body: Arrangement, day: date, possibly: bool) -> str:  # noqa: FBT001
    """The value of a cell with no certain status on *day*: none, unknown or not founded."""
    if possibly:
        return UNKNOWN  # a member by the possible-day rule only
    if body.existed_on(day):
        return NOT_A_MEMBER
    return UNKNOWN if body.existed_on(day, rule="possible") else NOT_FOUNDED


def _listed(values: object, name: str) -> list[object]:
    """*values* as a list, refusing text where a list is expected."""
    if isinstance(values, str | bytes):
        raise ArgumentTypeError(f"give {name} as a list, such as [{values!r}]")
    return list(cast("Iterable[object]", values))


def _years(years: object) -> list[int]:
    """*years*, checked to be whole years, sorted and once each."""
    if isinstance(years, str | bytes | int):
        raise ArgumentTypeError("give years as an iterable, such as range(2000, 2027)")
    found = _listed(years, "years")
    for year in found:
        if not isinstance(year, int) or isinstance(year, bool) or not 1 <= year <= 9999:  # noqa: PLR2004
            raise InvalidArgumentError("years", year, "give whole years, such as 2018")
    return sorted(set(found))  # type: ignore[arg-type]


def _universe(states: Iterable[str] | None, bodies: tuple[object, ...]) -> list[str]:
    """The ISO codes of the states asked for, or of the default universe, sorted."""
    if states is not None:
        return sorted({country_code(s) for s in _listed(states, "states")})  # type: ignore[arg-type]
    scope = {commission.country for commission in refugee_commissions()}
    named = {m.country for body in bodies for m in getattr(body, "memberships", ())}
    return sorted(scope | named)


def _keys(universe: list[str], columns: tuple[str, ...]) -> dict[str, dict[str, object]]:
    """Each state's code in each asked column (``None`` where a scheme gives none)."""
    found: dict[str, dict[str, object]] = {country: {} for country in universe}
    for column in columns:
        converted = country_codes(universe, to=column, not_found=None)  # type: ignore[arg-type]
        for country, code in zip(universe, converted, strict=True):
            found[country][column] = code
    return found


def _typed(pandas: object, frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """Number columns as nullable integers, text columns as strings."""
    del pandas
    for column in columns:
        numbers = column in {"iso3n", "m49", "cown", "gwn"}
        frame[column] = frame[column].astype("Int64" if numbers else "string")
    return frame


def _spells(
    pandas: object,
    universe: list[str],
    bodies: tuple[object, ...],
    keys: dict[str, dict[str, object]],
    columns: tuple[str, ...],
) -> pd.DataFrame:
    """One row per membership period of a state of the universe."""
    ids = [getattr(body, "id") for body in bodies]  # noqa: B009 - processes or instruments
    wanted = set(universe)
    periods = history(processes=ids).to_pandas()
    periods = periods[periods["country"].isin(wanted)]
    spells = pandas.DataFrame(  # type: ignore[attr-defined]
        [keys[country] for country in periods["country"]], columns=list(columns)
    )
    kept = ["process", "status", "since", "until"]
    kept += ["since_earliest", "since_latest", "until_earliest", "until_latest"]
    spells = pandas.concat(  # type: ignore[attr-defined]
        [spells.reset_index(drop=True), periods[kept].reset_index(drop=True)], axis=1
    )
    return _typed(pandas, spells, columns)


publish(globals())
