"""Write ``src/regional_migration/data/crosswalk.json``: country codes across schemes.

One record per entity that a user's data can name: every ISO 3166-1 entity that
pycountry knows, plus Kosovo (``XK``). Each record carries the entity's code in each
scheme, under the column names of R's countrycode package (``iso2c``, ``iso3c``,
``iso3n``, ``m49``, ``unhcr``, ``fips``, ``cown``/``cowc``, ``gwn``/``gwc``, ``wb``,
``wikidata``), the spells of membership in the Correlates of War and Gleditsch-Ward
state lists, and, for a territory, its sovereign state. UNHCR's codes for values that
are not countries ("Stateless", "Unknown", ...) are a separate list, and so are the
M49 codes of regions ("419" Latin America and the Caribbean), which name no entity.

The facts come from the per-scheme files in ``scripts/sources/crosswalk/``; their
``README.md`` names the source, the date it was seen and the licence of each. M49
codes come from OCHA's taxonomy in ``scripts/sources/``. The package does not read
the sources: ``tests/behaviour/test_crosswalk.py`` runs :func:`generate` again and fails if the
shipped file differs.

Usage: ``python scripts/generate_crosswalk.py [--check]``
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "sources" / "crosswalk"
TAXONOMY = ROOT / "scripts" / "sources" / "ocha-countries-territories-taxonomy.csv"
TARGET = ROOT / "src" / "regional_migration" / "data" / "crosswalk.json"
COMMAND = "python scripts/generate_crosswalk.py"

# Entities that ISO 3166-1 does not list but that data sets name. Kosovo's XK is the
# code the European Commission, the World Bank and UNHCR use in place of one from ISO.
EXTRA = {"XK": "Kosovo"}

# UNSD's M49 overview gives no code for Taiwan; OCHA's taxonomy repeats ISO's 158.
# The crosswalk follows the M49 list (see README.md in the sources folder).
NOT_IN_M49 = frozenset({"TW"})

COLUMNS = {
    "iso2c": "ISO 3166-1 alpha-2 code (XK for Kosovo, which ISO does not code).",
    "iso3c": "ISO 3166-1 alpha-3 code; none for Kosovo.",
    "iso3n": "ISO 3166-1 numeric code, as a number; none for Kosovo.",
    "m49": "UN M49 area code, as a number (the UN Statistics Division's standard).",
    "name": "The entity's short name, from ISO 3166-1 through pycountry.",
    "unhcr": "UNHCR's own three-letter code, as in the coo and coa columns of its data.",
    "fips": "FIPS 10-4 code, as the US government published it and as GDELT uses it.",
    "cown": "Correlates of War state number (State System Membership List v2016).",
    "cowc": "Correlates of War state abbreviation.",
    "cow_spells": "Spells of COW system membership, [start, end]; end null: to 2016 and on.",
    "gwn": "Gleditsch-Ward state number.",
    "gwc": "Gleditsch-Ward three-letter code.",
    "gw_spells": "Spells in the Gleditsch-Ward list, [start, end]; end null: still listed.",
    "wb": "World Bank economy code (World Development Indicators).",
    "wikidata": "Wikidata item (QID).",
    "sovereign": "For a territory, the iso2c of its sovereign state; null otherwise.",
}


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of ``scripts/sources/crosswalk/<name>``, without its ``#`` comments."""
    with (SOURCES / name).open(encoding="utf-8", newline="") as file:
        lines = [line for line in file if not line.startswith("#")]
    yield from csv.DictReader(lines)


def _by_iso(name: str, column: str) -> dict[str, str]:
    """``{iso2c: value}`` of one column of a source file; each entity at most once."""
    result: dict[str, str] = {}
    for row in _rows(name):
        code = row["iso2c"]
        if code in result:
            raise ValueError(f"{name}: {code} is listed twice")
        result[code] = row[column]
    return result


def _spells(name: str, number: str, letters: str) -> dict[str, dict[str, object]]:
    """``{iso2c: {number, letters, spells}}`` from a state list with one row per spell.

    An end that is empty, or that is the last day of the COW v2016 data, is ``None``:
    the state was still in the list when it was last updated.
    """
    codes: dict[str, tuple[int, str]] = {}
    spells: dict[str, list[list[str | None]]] = {}
    for row in _rows(name):
        code = row["iso2c"]
        pair = (int(row[number]), row[letters])
        if codes.setdefault(code, pair) != pair:
            raise ValueError(f"{name}: {code} has two codes")
        end = None if row["end"] in ("", "2016-12-31") else row["end"]
        spells.setdefault(code, []).append([row["start"], end])
    return {
        code: {number: pair[0], letters: pair[1], "spells": sorted(spells[code], key=str)}
        for code, pair in codes.items()
    }


def _m49() -> dict[str, int]:
    """``{iso2c: M49 code}`` from OCHA's taxonomy, current rows only."""
    with TAXONOMY.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return {
        row["ISO 3166-1 Alpha 2-Codes"]: int(row["m49 numerical code"])
        for row in rows
        if row["ISO 3166-1 Alpha 2-Codes"]
        and row["m49 numerical code"]
        and row["Deprecated"] != "Y"
        and row["ISO 3166-1 Alpha 2-Codes"] not in NOT_IN_M49
    }


def entities() -> list[dict[str, object]]:
    """One record per entity, sorted by ``iso2c``."""
    names = {country.alpha_2: country.name for country in pycountry.countries} | EXTRA
    known = set(names)
    unhcr = _by_iso("unhcr.csv", "unhcr")
    fips = _by_iso("fips.csv", "fips")
    wb = _by_iso("wb.csv", "wb")
    wikidata = _by_iso("wikidata.csv", "wikidata")
    sovereign = _by_iso("sovereign.csv", "sovereign")
    cow = _spells("cow.csv", "cown", "cowc")
    gw = _spells("gw.csv", "gwn", "gwc")
    m49 = _m49()
    listed: dict[str, set[str]] = {
        "unhcr": set(unhcr),
        "fips": set(fips),
        "wb": set(wb),
        "wikidata": set(wikidata),
        "sovereign": set(sovereign),
        "cow": set(cow),
        "gw": set(gw),
    }
    for scheme, codes in listed.items():
        unknown = sorted(codes - known)
        if unknown:
            raise ValueError(f"{scheme}: codes of no entity: {', '.join(unknown)}")
    result: list[dict[str, object]] = []
    for code in sorted(names):
        country = pycountry.countries.get(alpha_2=code)
        cow_entry = cow.get(code, {})
        gw_entry = gw.get(code, {})
        result.append(
            {
                "iso2c": code,
                "iso3c": country.alpha_3 if country else None,
                "iso3n": int(country.numeric) if country else None,
                "m49": m49.get(code),
                "name": names[code],
                "unhcr": unhcr.get(code),
                "fips": fips.get(code),
                "cown": cow_entry.get("cown"),
                "cowc": cow_entry.get("cowc"),
                "cow_spells": cow_entry.get("spells", []),
                "gwn": gw_entry.get("gwn"),
                "gwc": gw_entry.get("gwc"),
                "gw_spells": gw_entry.get("spells", []),
                "wb": wb.get(code),
                "wikidata": wikidata.get(code),
                "sovereign": sovereign.get(code),
            }
        )
    return result


def unhcr_values() -> list[dict[str, str | None]]:
    """UNHCR's codes for values that are not a country, sorted by code."""
    rows: list[dict[str, str | None]] = [
        {
            "unhcr": row["unhcr"],
            "iso_field": row["iso_field"] or None,
            "label": row["label"],
            "kind": row["kind"],
            "iso2c": row["iso2c"] or None,
            "note": row["note"],
        }
        for row in _rows("unhcr_other.csv")
    ]
    return sorted(rows, key=lambda row: str(row["unhcr"]))


# The columns of OCHA's taxonomy that give each country's M49 region, sub-region and
# intermediate region, with the level each names.
REGION_COLUMNS = (
    ("Region Code", "Region Name", "region"),
    ("Sub-region Code", "Sub-region Name", "sub-region"),
    ("Intermediate Region Code", "Intermediate Region Name", "intermediate region"),
)


def m49_regions() -> list[dict[str, object]]:
    """The M49 codes of regions that OCHA's taxonomy names, with their level, by code."""
    with TAXONOMY.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    found: dict[int, dict[str, object]] = {}
    for row in rows:
        for code, name, level in REGION_COLUMNS:
            if row[code]:
                region = {"m49": int(row[code]), "name": row[name], "level": level}
                if found.setdefault(int(row[code]), region) != region:
                    raise ValueError(f"M49 region {row[code]} has two names or levels")
    return [found[code] for code in sorted(found)]


def generate() -> str:
    """The text of ``crosswalk.json``: canonical, sorted JSON."""
    document = {
        "about": (
            "Country codes across schemes, generated by scripts/generate_crosswalk.py "
            "from the sourced files in scripts/sources/crosswalk/; do not edit by hand. "
            "docs/data.md names the source and licence of each column. A null is a code "
            "the scheme does not give the entity."
        ),
        "columns": COLUMNS,
        "entities": entities(),
        "m49_regions": m49_regions(),
        "unhcr_values": unhcr_values(),
    }
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: Sequence[str]) -> int:
    """Rewrite the shipped file, or with ``--check`` only say whether it is current."""
    fresh = generate()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if "--check" in argv:
        if fresh != current:
            print(f"{TARGET} is stale; run: {COMMAND}")
            return 1
        print(f"{TARGET} is current")
        return 0
    TARGET.write_text(fresh, encoding="utf-8")
    count = len(json.loads(fresh)["entities"])
    print(f"wrote {TARGET.name}: {count} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
