"""Refresh the example outputs in ``docs/cli.md`` after the data changes.

Every ```` ```console ```` block there starts with ``$ regional-migration ...``; this
runs each command and writes its output back under it. ``tests/behaviour/test_cli.py`` fails
until the file is refreshed.

Usage: ``python scripts/update_cli_docs.py [--check]``
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from _generated import write_or_check

from regional_migration import cli

if TYPE_CHECKING:
    from collections.abc import Sequence

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
BLOCK = re.compile(r"```console\n(\$ regional-migration [^\n]*)\n.*?```", re.DOTALL)


def _rerun(match: re.Match[str]) -> str:
    command = match.group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(command.split()[2:])
    if status != 0:
        raise SystemExit(f"{command} exited with status {status}")
    return f"```console\n{command}\n{out.getvalue()}```"


def refreshed() -> tuple[str, int]:
    """The text of docs/cli.md with every output run anew, and the number of commands.

    Tables are fitted to a terminal 80 columns wide, whatever the terminal running this.
    """
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    try:
        return BLOCK.subn(_rerun, DOC.read_text(encoding="utf-8"))
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def main(argv: Sequence[str]) -> int:
    """Rewrite the outputs in docs/cli.md, or with ``--check`` say whether they are current."""
    text, _ = refreshed()
    return write_or_check({DOC: text}, argv, "python scripts/update_cli_docs.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
