"""Draw the figures shown in the documentation from the shipped data.

Usage: ``python scripts/generate_figures.py [DIRECTORY] [--check]`` (default:
``docs/images``).

Each PNG records the data it was drawn from (``DATA_VERSION`` and a digest of the
membership table) in a text chunk, so that ``--check`` (and a test) can tell when the
pictures are stale without comparing pixels, which differ between matplotlib versions.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import matplotlib as mpl
from PIL import Image

import regional_migration as rm

# The call that draws each figure: the one docs/plots.md shows in the example above
# the picture (tests/docs/test_figures.py checks that they are the same call).
CALLS = {
    "membership-grid.png": (
        'rm.plot_membership_grid(["CRM", "MIRPS", "QUITO"], on="2018-09-04", lang="es")'
    ),
    "overlap-heatmap.png": 'rm.plot_overlap_heatmap(["CRM", "MIRPS", "CSM"])',
    # The four cases: a party, no status, a position not known, a process not yet
    # founded, and a membership dated only to an interval (hatched).
    "four-cases.png": (
        'rm.plot_membership_grid(["1951 Convention", "ICRMW", "RIAM", "LAD"],'
        ' on="2020-12-31", figsize=(6.4, 12))'
    ),
}
FIGURES = tuple(CALLS)
DEFAULT = Path(__file__).resolve().parents[1] / "docs" / "images"


def fingerprint() -> str:
    """The data version and a digest of every membership period, as drawn in the figures."""
    # The rows only: the provenance lines of the CSV carry the data version already.
    lines = rm.membership_table().to_csv().splitlines(keepends=True)
    rows = "".join(line for line in lines if not line.startswith("#"))
    digest = hashlib.sha256(rows.encode()).hexdigest()[:16]
    return f"data {rm.DATA_VERSION} table {digest}"


def generate(directory: Path) -> list[Path]:
    """Write every figure of `CALLS` into *directory*; return their paths."""
    mpl.use("Agg")
    directory.mkdir(parents=True, exist_ok=True)
    metadata = {"Software": None, "Description": fingerprint()}
    written = []
    for name, call in CALLS.items():
        figure = eval(call, {"rm": rm})  # noqa: S307 - the calls of this module, above
        path = directory / name
        figure.savefig(path, dpi=100, metadata=metadata)
        written.append(path)
    return written


def stamp(path: Path) -> str | None:
    """The fingerprint recorded in the PNG at *path*, if any."""
    if not path.is_file():
        return None
    with Image.open(path) as image:
        text: dict[str, str] = getattr(image, "text", {})
        return text.get("Description")


def main(argv: list[str]) -> int:
    """Write the figures to the directory in *argv* (or ``docs/images``), or check them."""
    folders = [arg for arg in argv if arg != "--check"]
    directory = Path(folders[0]) if folders else DEFAULT
    if "--check" in argv:
        stale = [name for name in FIGURES if stamp(directory / name) != fingerprint()]
        for name in stale:
            print(f"{directory / name} is stale; run: python scripts/generate_figures.py")
        return 1 if stale else 0
    for path in generate(directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
