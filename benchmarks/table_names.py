"""Country names as published tables write them: the share resolved, beside pycountry.

The table is ``tests/data/country_tables.csv``: the World Bank's country list, names
from UNHCR's and UN DESA's tables, and forms of common usage, each with the code it
stands for or ``refuse`` where no single country is meant. Every name goes through
`country_code` and, as the baseline, through ``pycountry.countries.lookup``. A name
is *right* when the answer is its code, or when a ``refuse`` name is refused; *wrong*
when another code comes back; *missed* when a name with a code is refused. When the
MIT-licensed ``countrynames`` package is installed, its ``to_code`` is run too, as a
second comparison (it is not a dependency of this project), and every name of its own
list (26,000 names in many scripts and languages) goes through `country_code`: how
many resolve, and how many to another country than the list says.

Run: ``python benchmarks/table_names.py``
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

TABLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "country_tables.csv"


def rows() -> list[dict[str, str]]:
    """The name table."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _ours(name: str) -> str | None:
    try:
        return rm.country_code(name)
    except rm.RegionalMigrationError:
        return None


def _pycountry(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def _countrynames() -> Callable[[str], str | None] | None:
    if importlib.util.find_spec("countrynames") is None:
        return None
    import countrynames  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415 - an optional comparison

    def to_code(name: str) -> str | None:
        code = countrynames.to_code(name)
        return None if code is None else str(code)

    return to_code


def score(resolve: Callable[[str], str | None], table: list[dict[str, str]]) -> dict[str, int]:
    """Count right, wrong and missed answers of *resolve* on *table*."""
    counts = {"right": 0, "wrong": 0, "missed": 0}
    for row in table:
        answer = resolve(row["name"])
        if answer == row["code"] or (answer is None and row["code"] == "refuse"):
            counts["right"] += 1
        elif answer is None:
            counts["missed"] += 1
        else:
            counts["wrong"] += 1
    return counts


def main() -> dict[str, float]:
    """Score the library and pycountry (and countrynames, if installed) on the table."""
    table = rows()
    figures: dict[str, float] = {"names": len(table)}
    resolvers: dict[str, Callable[[str], str | None] | None] = {
        "ours": _ours,
        "pycountry": _pycountry,
        "countrynames": _countrynames(),
    }
    for label, resolve in resolvers.items():
        if resolve is None:
            continue
        counts = score(resolve, table)
        figures[f"{label}_right_share"] = counts["right"] / len(table)
        figures[f"{label}_wrong"] = counts["wrong"]
        figures[f"{label}_missed"] = counts["missed"]
    figures["right_share_ratio"] = figures["ours_right_share"] / figures["pycountry_right_share"]
    if resolvers["countrynames"] is not None:
        figures.update(_their_list())
    return figures


def _their_list() -> dict[str, float]:
    """Every name of countrynames' list through `country_code`: resolved, disagreeing."""
    from countrynames.data import DATA  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415 - an optional comparison

    assigned = {country.alpha_2 for country in pycountry.countries}
    listed = [
        (str(name), code)
        for code, names in DATA.items()
        if code in assigned
        for name in names or ()
    ]
    answers = [(_ours(name), code) for name, code in listed]
    return {
        "countrynames_list": len(listed),
        "countrynames_list_resolved": sum(answer is not None for answer, _ in answers),
        "countrynames_list_disagreeing": sum(
            answer is not None and answer != code for answer, code in answers
        ),
    }


def report(figures: dict[str, float]) -> str:
    """A line per resolver."""
    lines = [f"{int(figures['names'])} names from the World Bank, UNHCR, UN DESA and usage"]
    lines.extend(
        f"{label:13} right {figures[f'{label}_right_share']:6.1%}  "
        f"wrong {int(figures[f'{label}_wrong']):3}  "
        f"missed {int(figures[f'{label}_missed']):3}"
        for label in ("ours", "pycountry", "countrynames")
        if f"{label}_right_share" in figures
    )
    lines.append(f"share right, ours to pycountry's: {figures['right_share_ratio']:.2f}x")
    if "countrynames_list" in figures:
        lines.append(
            f"countrynames' own {int(figures['countrynames_list'])} names through ours: "
            f"{int(figures['countrynames_list_resolved'])} resolved, "
            f"{int(figures['countrynames_list_disagreeing'])} to another country"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(main()))
