"""Draw the figures shown in the documentation from the shipped data.

Usage: ``python scripts/generate_figures.py [DIRECTORY]`` (default: ``docs/images``).

Each PNG records the data it was drawn from (``DATA_VERSION`` and a digest of the
membership table) in a text chunk, so a test can tell when the pictures are stale.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import matplotlib as mpl

import regional_migration as rm

FIGURES = ("membership-grid.png", "overlap-heatmap.png", "four-cases.png")
DEFAULT = Path(__file__).resolve().parents[1] / "docs" / "images"


def fingerprint() -> str:
    """The data version and a digest of every membership period, as drawn in the figures."""
    # The rows only: the provenance lines of the CSV carry the data version already.
    lines = rm.membership_table().to_csv().splitlines(keepends=True)
    rows = "".join(line for line in lines if not line.startswith("#"))
    digest = hashlib.sha256(rows.encode()).hexdigest()[:16]
    return f"data {rm.DATA_VERSION} table {digest}"


def generate(directory: Path) -> list[Path]:
    """Write both figures into *directory*; return their paths."""
    mpl.use("Agg")
    directory.mkdir(parents=True, exist_ok=True)
    metadata = {"Software": None, "Description": fingerprint()}
    written = []
    # The third shows the four cases: a party, no status, a position not known, a
    # process not yet founded, and a membership dated only to an interval (hatched).
    cases = rm.plot_membership_grid(
        ["1951 Convention", "ICRMW", "RIAM", "LAD"], on="2020-12-31", figsize=(6.4, 12)
    )
    drawn = (rm.plot_membership_grid(), rm.plot_overlap_heatmap(), cases)
    for name, figure in zip(FIGURES, drawn, strict=True):
        path = directory / name
        figure.savefig(path, dpi=100, metadata=metadata)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    """Write the figures to the directory in *argv*, or to ``docs/images``."""
    for path in generate(Path(argv[0]) if argv else DEFAULT):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
