"""Combine the two instrument research files into the shipped ``data/instruments.json``.

The UN treaties and the regional instruments were researched separately, each in a
file of the same layout. This script joins them: one table of sources (an id used by
both files must describe the same document), the instruments sorted by id, the
recorded votes sorted by resolution, and, for each treaty, the rule by which it
enters into force for a state that joins it (the article of the treaty that fixes it).

    python scripts/merge_instruments.py [TREATIES] [REGIONAL]

Each argument is a file, or a git object such as ``instr:src/.../instruments_treaties.json``
(read with ``git show``); the defaults are the two research branches. The output is
canonical JSON (2-space indent, keys in the model's order), so that re-running it on
the same inputs changes nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src/regional_migration/data/instruments.json"
DEFAULTS = (
    "instr:src/regional_migration/data/instruments_treaties.json",
    "instr2:src/regional_migration/data/instruments_regional.json",
)

# How each treaty enters into force for a state that joins once it is in force; the
# articles are quoted in docs/dates.md. Instruments without a rule here bind from the
# in-force date recorded for the state, or else from the day of its act.
RULES: dict[str, dict[str, Any]] = {
    "REFUGEE-CONVENTION-1951": {"days": 90, "months": 0, "article": "article 43(2)"},
    "REFUGEE-PROTOCOL-1967": {"days": 0, "months": 0, "article": "article VIII(2)"},
    "STATELESS-CONVENTION-1954": {"days": 90, "months": 0, "article": "article 39(2)"},
    "STATELESSNESS-CONVENTION-1961": {"days": 90, "months": 0, "article": "article 18(2)"},
    "MIGRANT-WORKERS-CONVENTION": {"days": 0, "months": 3, "article": "article 87(2)"},
    "TRAFFICKING-PROTOCOL": {"days": 30, "months": 0, "article": "article 17(2)"},
    "SMUGGLING-PROTOCOL": {"days": 30, "months": 0, "article": "article 22(2)"},
}

INSTRUMENT_KEYS = (
    "id",
    "name",
    "short_name",
    "acronym",
    "aliases",
    "kind",
    "adopted",
    "adopted_at",
    "entry_into_force",
    "in_force_rule",
    "depositary",
    "actions",
    "discrepancies",
    "notes",
    "sources",
)


def read(where: str) -> dict[str, Any]:
    """The JSON of a file, or of a git object ``REF:PATH``."""
    path = Path(where)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:
        text = subprocess.run(  # noqa: S603 - a fixed command on a given object name
            ["git", "show", where],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    data: dict[str, Any] = json.loads(text)
    return data


def merge(*drafts: dict[str, Any]) -> dict[str, Any]:
    """One data file from several drafts of the same layout.

    Raises:
        ValueError: a source id describes two documents, an instrument or a vote
            appears twice, or a rule names an instrument that is not there.
    """
    sources: dict[str, dict[str, Any]] = {}
    instruments: dict[str, dict[str, Any]] = {}
    votes: dict[str, dict[str, Any]] = {}
    for draft in drafts:
        for source in draft["sources"]:
            known = sources.setdefault(source["id"], source)
            if known != source:
                raise ValueError(f"source id {source['id']!r} describes two documents")
        for instrument in draft["instruments"]:
            if instrument["id"] in instruments:
                raise ValueError(f"instrument {instrument['id']!r} appears twice")
            instruments[instrument["id"]] = instrument
        for vote in draft.get("votes", ()):
            if vote["resolution"] in votes:
                raise ValueError(f"vote {vote['resolution']!r} appears twice")
            votes[vote["resolution"]] = vote
    missing = sorted(set(RULES) - set(instruments))
    if missing:
        raise ValueError(f"rules for instruments not in the drafts: {missing}")
    return {
        "schema_version": 1,
        "data_version": max(draft["data_version"] for draft in drafts),
        "sources": [sources[key] for key in sorted(sources)],
        "instruments": [_with_rule(instruments[key]) for key in sorted(instruments)],
        "votes": [votes[key] for key in sorted(votes)],
    }


def _with_rule(instrument: dict[str, Any]) -> dict[str, Any]:
    """The instrument with its entry-into-force rule, keys in the model's order."""
    complete = {**instrument, "in_force_rule": RULES.get(instrument["id"])}
    unknown = sorted(set(complete) - set(INSTRUMENT_KEYS))
    if unknown:
        raise ValueError(f"{instrument['id']}: unknown keys {unknown}")
    return {key: complete[key] for key in INSTRUMENT_KEYS if key in complete}


def main(argv: list[str]) -> int:
    """Merge the drafts named in *argv* (or the defaults) into the shipped file."""
    names = argv or list(DEFAULTS)
    merged = merge(*(read(name) for name in names))
    TARGET.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = (len(merged["sources"]), len(merged["instruments"]), len(merged["votes"]))
    print(f"wrote {TARGET.name}: {counts[0]} sources, {counts[1]} instruments, {counts[2]} votes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
