"""Say in plain words what a change to the data file changes for users.

Usage: ``python scripts/data_diff.py OLD.json NEW.json``

For example, to compare the data on ``main`` with the working copy::

    git show main:src/regional_migration/data/processes.json > /tmp/old.json
    python scripts/data_diff.py /tmp/old.json src/regional_migration/data/processes.json

It reads both files as plain JSON, so an older file whose layout the models no longer
accept can still be compared. It prints one line per change: who joined or left which
process and when, changed dates and statuses, presidencies, secretariats, pending
events, names, refugee commissions, each state's position on each instrument (its
acts, non-party or unknown), recorded votes and sources. The CHANGELOG's Data section is
written from its output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def _period(membership: Record) -> str:
    until = membership.get("until")
    end = f"until {until}" if until else "to date"
    return f"{membership['status']} from {membership['since']} {end}"


def _history(process: Record) -> dict[str, list[str]]:
    """Each country's periods in a process, in words."""
    history: dict[str, list[str]] = {}
    for membership in process.get("memberships", []):
        history.setdefault(membership["country"], []).append(_period(membership))
    return history


def _presidency(entry: Record) -> str:
    event = f": {entry['event']}" if entry.get("event") else ""
    if "period" in entry:  # the layout before terms had a start and an end
        return f"{entry['country']} ({entry['period']}){event}"
    end = entry.get("end") or "now"
    return f"{entry['country'] or 'not known'} ({entry['start']} to {end}){event}"


def _diff_lists(label: str, old: list[str], new: list[str]) -> list[str]:
    lines = [f"{label} added: {item}" for item in new if item not in old]
    lines += [f"{label} removed: {item}" for item in old if item not in new]
    return lines


def diff_process(old: Record | None, new: Record | None) -> list[str]:
    """The changes to one process, each line prefixed with its id."""
    if new is None:
        return [f"{old['id'] if old else '?'}: removed from the data"]
    pid = new["id"]
    if old is None:
        return [f"{pid}: new process, with {len(_history(new))} countries"]
    lines: list[str] = []
    before, after = _history(old), _history(new)
    for country in sorted(before.keys() | after.keys()):
        was, now = before.get(country), after.get(country)
        if was == now:
            continue
        if was is None:
            lines.append(f"joined: {country}, " + "; then ".join(now or []))
        elif now is None:
            lines.append(f"no longer recorded: {country} (was " + "; then ".join(was) + ")")
        else:
            lines.append(f"{country} changed: was " + "; then ".join(was))
            lines.append(f"{country}          now " + "; then ".join(now))
    lines += [
        f"{field}: {old.get(field)} -> {new.get(field)}"
        for field in ("founded", "kind", "website", "reviewed")
        if old.get(field) != new.get(field)
    ]
    lines += _diff_lists(
        "presidency",
        [_presidency(p) for p in old.get("presidencies", [])],
        [_presidency(p) for p in new.get("presidencies", [])],
    )
    lines += _diff_lists(
        "meeting",
        [f"{m['date']} {m['name']}" for m in old.get("meetings", [])],
        [f"{m['date']} {m['name']}" for m in new.get("meetings", [])],
    )
    old_sec, new_sec = old.get("secretariat") or {}, new.get("secretariat") or {}
    if (old_sec.get("name"), old_sec.get("host")) != (new_sec.get("name"), new_sec.get("host")):
        lines.append(
            f"secretariat: {old_sec.get('host') or old_sec.get('name') or 'none'}"
            f" -> {new_sec.get('host') or new_sec.get('name') or 'none'}"
        )
    lines += _diff_lists(
        "pending event",
        [f"{e['since']}: {e['summary']}" for e in old.get("pending_events", [])],
        [f"{e['since']}: {e['summary']}" for e in new.get("pending_events", [])],
    )
    lines += _diff_lists("name", old.get("aliases", []), new.get("aliases", []))
    lines += _diff_lists(
        "document",
        [f"{d['title']} ({d.get('date')})" for d in old.get("documents", [])],
        [f"{d['title']} ({d.get('date')})" for d in new.get("documents", [])],
    )
    return [f"{pid}: {line}" for line in lines]


def _diff_records(kind: str, key: str, old: list[Record], new: list[Record]) -> list[str]:
    """Added, removed and changed records of one kind, compared field by field."""
    before = {r[key]: r for r in old}
    after = {r[key]: r for r in new}
    lines: list[str] = []
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        if was is None:
            lines.append(f"{kind} {name}: added")
        elif now is None:
            lines.append(f"{kind} {name}: removed")
        else:
            for field in sorted(was.keys() | now.keys()):
                if field != key and was.get(field) != now.get(field):
                    lines.append(  # noqa: PERF401 - one line per changed field
                        f"{kind} {name}: {field} {was.get(field)!r} -> {now.get(field)!r}"
                    )
    return lines


def _positions(instrument: Record) -> dict[str, str]:
    """Each state's position on an instrument, in words: its acts, non-party or unknown."""
    where: dict[str, list[str]] = {}
    for act in instrument.get("actions", []):
        where.setdefault(act["country"], []).append(f"{act['action']} {act['date']}")
    positions = {country: ", ".join(acts) for country, acts in where.items()}
    positions.update((e["country"], "non-party") for e in instrument.get("non_parties", []))
    positions.update((e["country"], "unknown") for e in instrument.get("unknowns", []))
    return positions


def diff_instrument(old: Record | None, new: Record | None) -> list[str]:
    """The changes to one instrument: states' positions, unknown counts, notes."""
    if new is None:
        return [f"{old['id'] if old else '?'}: instrument removed"]
    iid = new["id"]
    if old is None:
        return [f"{iid}: new instrument with {len(new.get('actions', []))} acts"]
    lines: list[str] = []
    was, now = _positions(old), _positions(new)
    for country in sorted(was.keys() | now.keys()):
        before = was.get(country, "unknown" if old.get("adopters_unknown") else "no record")
        after = now.get(country, "unknown" if new.get("adopters_unknown") else "no record")
        if before != after:
            lines.append(f"{country}: {before} -> {after}")
    if old.get("adopters_unknown") != new.get("adopters_unknown"):
        state = "no longer unknown" if new.get("adopters_unknown") is None else "now unknown"
        lines.append(f"adopting states {state}")
    count = len(new.get("unknowns", [])) if not new.get("adopters_unknown") else "all"
    counted = len(old.get("unknowns", [])) if not old.get("adopters_unknown") else "all"
    if count != counted:
        lines.append(f"unknown positions: {counted} -> {count}")
    added = [n for n in new.get("notes", []) if n not in old.get("notes", [])]
    if added:
        lines.append(f"{len(added)} notes added or reworded")
    return [f"{iid}: {line}" for line in lines]


def diff(old: Record, new: Record) -> list[str]:
    """Every change from the data file *old* to *new*, in words."""
    lines: list[str] = []
    if old.get("data_version") != new.get("data_version"):
        lines.append(f"data version: {old.get('data_version')} -> {new.get('data_version')}")
    before = {p["id"]: p for p in old.get("processes", [])}
    after = {p["id"]: p for p in new.get("processes", [])}
    for pid in sorted(before.keys() | after.keys()):
        lines += diff_process(before.get(pid), after.get(pid))
    lines += _diff_records(
        "refugee commission",
        "country",
        old.get("refugee_commissions", []),
        new.get("refugee_commissions", []),
    )
    before = {i["id"]: i for i in old.get("instruments", [])}
    after = {i["id"]: i for i in new.get("instruments", [])}
    for iid in sorted(before.keys() | after.keys()):
        lines += diff_instrument(before.get(iid), after.get(iid))
    lines += _diff_records("vote", "resolution", old.get("votes", []), new.get("votes", []))
    lines += _diff_records("source", "id", old.get("sources", []), new.get("sources", []))
    return lines


_USAGE_ERROR = 2


def main(argv: list[str]) -> int:
    """Print the changes between the two files named in *argv*; 2 on bad usage."""
    if len(argv) != len(("OLD", "NEW")):
        print("usage: python scripts/data_diff.py OLD.json NEW.json", file=sys.stderr)
        return _USAGE_ERROR
    old, new = (json.loads(Path(name).read_text(encoding="utf-8")) for name in argv)
    for line in diff(old, new) or ["no change"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
