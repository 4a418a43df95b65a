"""Maps: how long a map takes to build and to save, and how big the explorer's pages are.

Prints the median wall time of ``plot_map`` (building the figure) and of saving it as
a PNG, for the overlap map of CRM and MIRPS and the status map of the 1961 Convention,
beside the baseline of building and saving ``plot_membership_grid``, the library's
other picture; then the size of each explorer page, raw and compressed with gzip,
beside the size of the shipped shapes (``data/americas.topo.json``). With
``--browser``, it also times the browser tests (``pytest -m browser``), the CI time
they add. Figures only, no thresholds.

Run: ``python benchmarks/maps.py [--runs N] [--browser]``
"""

from __future__ import annotations

import argparse
import gzip
import io
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib as mpl

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

    from matplotlib.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
SITE_TESTS = ROOT / "tests" / "test_site.py"
MAPS = {
    "overlap CRM+MIRPS": (["CRM", "MIRPS"], {"on": "2024-12-31", "mode": "overlap"}),
    "1961 Convention (es)": ("1961 Convention", {"lang": "es"}),
}


def _timed(build: Callable[[], Figure]) -> tuple[float, float]:
    """Seconds to build a figure, then to save it as a PNG."""
    start = time.perf_counter()
    figure = build()
    built = time.perf_counter()
    figure.savefig(io.BytesIO(), format="png", dpi=100)
    return built - start, time.perf_counter() - built


def main(runs: int = 11, *, browser: bool = False) -> dict[str, float]:
    """Time each map *runs* times, measure the explorer's pages, and return the figures."""
    mpl.use("Agg")
    rm.plot_map("CRM")  # read the shapes and load matplotlib once, outside the timings
    figures: dict[str, float] = {}
    cases: dict[str, Callable[[], Figure]] = {"baseline: membership grid": rm.plot_membership_grid}
    for name, (processes, options) in MAPS.items():
        cases[name] = partial(rm.plot_map, processes, **options)  # type: ignore[arg-type]
    for name, build in cases.items():
        samples = [_timed(build) for _ in range(runs)]
        figures[f"{name}: build s"] = statistics.median(s[0] for s in samples)
        figures[f"{name}: save PNG s"] = statistics.median(s[1] for s in samples)
    shapes = (resources.files("regional_migration") / "data" / "americas.topo.json").read_bytes()
    figures["baseline: americas.topo.json KB"] = len(shapes) / 1000
    figures["baseline: americas.topo.json gzip KB"] = len(gzip.compress(shapes, 9)) / 1000
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        site = rm.write_site(Path(folder) / "site")
        figures["explorer: write 4 pages s"] = time.perf_counter() - start
        for page in sorted(site.iterdir()):
            data = page.read_bytes()
            figures[f"explorer {page.stem}: KB"] = len(data) / 1000
            figures[f"explorer {page.stem}: gzip KB"] = len(gzip.compress(data, 9)) / 1000
    if browser:
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-m",
                "browser",
                "--no-cov",
                "tests/behaviour/test_site.py",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        figures["browser tests (pytest -m browser) s"] = time.perf_counter() - start
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures, one a line."""
    return "\n".join(f"{name:45} {value:10.3f}" for name, value in figures.items())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--browser", action="store_true")
    options = parser.parse_args()
    print(report(main(options.runs, browser=options.browser)))
