"""Refresh the example outputs in ``docs/cli.md`` after the data changes.

Every ```` ```console ```` block there starts with ``$ regional-migration ...``; this
runs each command and writes its output back under it. ``tests/test_cli.py`` fails
until the file is refreshed.

Usage: ``python scripts/update_cli_docs.py``
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

from regional_migration.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
BLOCK = re.compile(r"```console\n(\$ regional-migration [^\n]*)\n.*?```", re.DOTALL)


def _rerun(match: re.Match[str]) -> str:
    command = match.group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(command.split()[2:])
    if status != 0:
        raise SystemExit(f"{command} exited with status {status}")
    return f"```console\n{command}\n{out.getvalue()}```"


def refresh() -> int:
    """Rewrite the outputs in docs/cli.md; return the number of commands run.

    Tables are fitted to a terminal 80 columns wide, whatever the terminal running this.
    """
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    try:
        text = DOC.read_text(encoding="utf-8")
        new, count = BLOCK.subn(_rerun, text)
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before
    DOC.write_text(new, encoding="utf-8")
    return count


if __name__ == "__main__":
    print(f"{DOC}: {refresh()} commands run")
    sys.exit(0)
