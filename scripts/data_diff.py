"""Say in plain words what a change to a data file changes for users.

Usage: ``python scripts/data_diff.py OLD.json NEW.json``

For example, to compare the data on ``main`` with the working copy::

    git show main:src/regional_migration/data/processes.json > /tmp/old.json
    python scripts/data_diff.py /tmp/old.json src/regional_migration/data/processes.json

It reads both files as plain JSON, so an older file whose layout the models no longer
accept can still be compared, and it works on every data file (``processes.json``,
``instruments.json``, the country files). Every field of every record is compared:
records are matched by their id (or their country, resolution, or country and start),
and lists without one are compared as collections, so that a record listed twice is
noticed. Who joined or left a process is said in words. The CHANGELOG's Data section
is written from its output. A missing file, invalid JSON or a malformed record stops it
with one line on standard error and status 2.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Record = dict[str, Any]

# The lists of records at the top of a file, the field that identifies each record,
# and the word that names one in the output ("" for processes: their id says it).
KEYED = {
    "processes": ("id", ""),
    "instruments": ("id", "instrument"),
    "votes": ("resolution", "vote"),
    "sources": ("id", "source"),
    "refugee_commissions": ("country", "refugee commission"),
}
_SHOWN = 120  # characters of a value repeated in a line


class MalformedError(Exception):
    """A file is not shaped as a data file: the message says where."""


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _identity(items: list[Any]) -> tuple[str, ...] | None:
    """The fields that identify each item of a list of objects, if any do."""
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    for fields in (("id",), ("resolution",), ("country", "since"), ("country", "action", "date")):
        if all(all(field in item for field in fields) for item in items):
            return fields
    if all("country" in item for item in items):
        return ("country",)
    return None


def _key(item: Record, fields: tuple[str, ...]) -> str:
    return " ".join(str(item[field]) for field in fields)


def _changes(place: str, old: object, new: object) -> list[str]:
    """Every difference between *old* and *new*, each a line starting with *place*."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        lines: list[str] = []
        for field in sorted(old.keys() | new.keys()):
            inner = f"{place}.{field}" if place else field
            if field not in new:
                lines.append(f"{inner}: removed (was {_show(old[field])})")
            elif field not in old:
                lines.append(f"{inner}: added {_show(new[field])}")
            else:
                lines += _changes(inner, old[field], new[field])
        return lines
    if isinstance(old, list) and isinstance(new, list):
        return _list_changes(place, old, new)
    return [f"{place}: {_show(old)} -> {_show(new)}"]


def _list_changes(place: str, old: list[Any], new: list[Any]) -> list[str]:
    fields = _identity(old + new)
    if fields is not None:
        before = Counter(_key(item, fields) for item in old)
        after = Counter(_key(item, fields) for item in new)
        if max(before.values(), default=1) == 1 and max(after.values(), default=1) == 1:
            return _keyed_changes(place, fields, old, new)
    # No identity (or one listed twice): compare as collections, counting repeats.
    before = Counter(_canonical(item) for item in old)
    after = Counter(_canonical(item) for item in new)
    lines = [
        f"{place}: added {_show(json.loads(text))}" + (f" ({n} times)" if n > 1 else "")
        for text, n in sorted((after - before).items())
    ]
    lines += [
        f"{place}: removed {_show(json.loads(text))}" + (f" ({n} times)" if n > 1 else "")
        for text, n in sorted((before - after).items())
    ]
    if not lines:
        lines.append(f"{place}: reordered")
    return lines


def _keyed_changes(
    place: str, fields: tuple[str, ...], old: list[Record], new: list[Record]
) -> list[str]:
    before = {_key(item, fields): item for item in old}
    after = {_key(item, fields): item for item in new}
    lines: list[str] = []
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            lines.append(f"{place}[{key}]: removed")
        elif key not in before:
            lines.append(f"{place}[{key}]: added {_show(after[key])}")
        else:
            lines += _changes(f"{place}[{key}]", before[key], after[key])
    if not lines and list(before) != list(after):
        lines.append(f"{place}: reordered")
    return lines


def _period(membership: Record) -> str:
    until = membership.get("until")
    end = f"until {until}" if until else "to date"
    return f"{membership.get('status')} from {membership.get('since')} {end}"


def _history(process: Record) -> dict[str, list[str]]:
    """Each country's periods in a process, in words."""
    history: dict[str, list[str]] = {}
    for membership in process.get("memberships") or []:
        history.setdefault(str(membership.get("country")), []).append(_period(membership))
    return history


def _memberships(old: Record, new: Record) -> list[str]:
    """Who joined, left or changed status, in words."""
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
    return lines


def diff_process(old: Record | None, new: Record | None) -> list[str]:
    """The changes to one process, each line prefixed with its id."""
    if new is None:
        return [f"{old['id'] if old else '?'}: removed from the data"]
    pid = new["id"]
    if old is None:
        return [f"{pid}: new process, with {len(_history(new))} countries"]
    lines = _memberships(old, new)
    # Every other field, and what the words above do not say of a period (its
    # confidence, sources, note): periods are matched by country and start.
    periods = [
        line
        for line in _changes("memberships", old.get("memberships"), new.get("memberships"))
        if not line.endswith((": removed", "reordered")) and ": added {" not in line
    ]
    rest = {k: v for k, v in old.items() if k != "memberships"}
    lines += periods + _changes("", rest, {k: v for k, v in new.items() if k != "memberships"})
    return [f"{pid}: {line}" for line in lines]


def _records(name: str, label: str, field: str, old: list[Record], new: list[Record]) -> list[str]:
    before = {r[field]: r for r in old}
    after = {r[field]: r for r in new}
    lines: list[str] = []
    for key in sorted(before.keys() | after.keys(), key=str):
        was, now = before.get(key), after.get(key)
        if name == "processes":
            lines += diff_process(was, now)
        elif was is None:
            lines.append(f"{label} {key}: added")
        elif now is None:
            lines.append(f"{label} {key}: removed")
        else:
            lines += [f"{label} {key}: {line}" for line in _changes("", was, now)]
    return lines


def _check(file: str, data: object) -> Record:
    """*data* if it is shaped as a data file: an object whose record lists have their ids.

    Raises:
        MalformedError: it is not; the message names the file and the place.
    """
    if not isinstance(data, dict):
        raise MalformedError(f"{file}: the file is not a JSON object")
    for name, (field, _) in KEYED.items():
        records = data.get(name, [])
        if not isinstance(records, list):
            raise MalformedError(f"{file}: {name} is not a list")
        seen: set[str] = set()
        for position, record in enumerate(records):
            if not isinstance(record, dict) or not isinstance(record.get(field), str):
                raise MalformedError(f"{file}: {name}.{position} has no {field!r} text")
            if record[field] in seen:
                raise MalformedError(f"{file}: {name}.{position}: {record[field]} is listed twice")
            seen.add(record[field])
    return data


def diff(old: Record, new: Record) -> list[str]:
    """Every change from the data file *old* to *new*, in words."""
    lines: list[str] = []
    if old.get("data_version") != new.get("data_version"):
        lines.append(f"data version: {old.get('data_version')} -> {new.get('data_version')}")
    for name, (field, label) in KEYED.items():
        lines += _records(name, label, field, old.get(name, []), new.get(name, []))
    rest = ("data_version", *KEYED)
    lines += _changes(
        "",
        {k: v for k, v in old.items() if k not in rest},
        {k: v for k, v in new.items() if k not in rest},
    )
    return lines


_USAGE_ERROR = 2


def _read(name: str) -> Record:
    """The data file *name*, parsed and checked.

    Raises:
        MalformedError: it cannot be read, is not JSON, or is not shaped as a data file.
    """
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise MalformedError(f"cannot read {name}: {reason}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedError(f"{name} is not valid JSON: {exc}") from None
    return _check(name, data)


def main(argv: list[str]) -> int:
    """Print the changes between the two files named in *argv*; 2 on bad usage or input."""
    if len(argv) != len(("OLD", "NEW")):
        print("usage: python scripts/data_diff.py OLD.json NEW.json", file=sys.stderr)
        return _USAGE_ERROR
    try:
        old, new = (_read(name) for name in argv)
    except MalformedError as exc:
        print(f"data_diff: {exc}", file=sys.stderr)
        return _USAGE_ERROR
    for line in diff(old, new) or ["no change"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
