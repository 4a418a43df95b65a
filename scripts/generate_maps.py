"""Draw the maps shown in the documentation, and write the explorer the Map page links.

Usage: ``python scripts/generate_maps.py [DIRECTORY] [--check]`` (default: ``docs``).

The PNG maps go to ``DIRECTORY/images``, each stamped with the data it was drawn from
(as ``scripts/generate_figures.py`` stamps its figures), so that ``--check`` tells a
stale one without comparing pixels; the explorer's pages go to ``DIRECTORY/explorer``
and are compared byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib as mpl
from generate_figures import fingerprint, stamp

import regional_migration as rm
from regional_migration._outputs.site import page

MAPS = {
    "map-overlap-crm-mirps.png": (["CRM", "MIRPS"], {"on": "2024-12-31", "mode": "overlap"}),
    "map-1961-convention-es.png": ("1961 Convention", {"lang": "es"}),
}
DEFAULT = Path(__file__).resolve().parents[1] / "docs"
COMMAND = "python scripts/generate_maps.py"


def generate(directory: Path) -> list[Path]:
    """Write the maps and the explorer under *directory*; return the maps' paths."""
    mpl.use("Agg")
    (directory / "images").mkdir(parents=True, exist_ok=True)
    metadata = {"Software": None, "Description": fingerprint()}
    written = []
    for name, (processes, options) in MAPS.items():
        path = directory / "images" / name
        figure = rm.plot_map(processes, figsize=(7.0, 8.0), **options)  # type: ignore[arg-type]
        figure.savefig(path, dpi=90, metadata=metadata)
        written.append(path)
    rm.write_site(directory / "explorer")
    return written


def stale(directory: Path) -> list[Path]:
    """The maps and explorer pages under *directory* that the data has moved past."""
    found = [
        directory / "images" / n for n in MAPS if stamp(directory / "images" / n) != fingerprint()
    ]

    for lang in ("en", "es", "fr", "pt"):
        path = directory / "explorer" / f"{lang}.html"
        if not path.is_file() or path.read_text(encoding="utf-8") != page(lang):
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    """Write the maps and the explorer to the directory in *argv* (or ``docs``), or check them."""
    folders = [arg for arg in argv if arg != "--check"]
    directory = Path(folders[0]) if folders else DEFAULT
    if "--check" in argv:
        late = stale(directory)
        for path in late:
            print(f"{path} is stale; run: {COMMAND}")
        return 1 if late else 0
    for path in generate(directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
