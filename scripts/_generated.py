"""What every generator script shares: write its files, or with ``--check`` compare.

Each ``scripts/generate_*.py`` has ``main(argv)``, builds the text of the files it
owns, and ends with :func:`write_or_check`. With ``--check`` nothing is written: the
exit status says whether every file is current, and a stale one is named with the
command that refreshes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path


def write_or_check(files: Mapping[Path, str | bytes], argv: Sequence[str], command: str) -> int:
    """Write *files*, or with ``--check`` in *argv* return 1 if any differs on disk."""
    unknown = [arg for arg in argv if arg != "--check"]
    if unknown:
        print(f"unknown arguments {unknown}; usage: {command} [--check]")
        return 2
    stale = []
    for path, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        current = path.read_bytes() if path.is_file() else None
        if current == data:
            continue
        if "--check" in argv:
            stale.append(path)
        else:
            path.write_bytes(data)
            print(f"wrote {path}")
    for path in stale:
        print(f"{path} is stale; run: {command}")
    return 1 if stale else 0
