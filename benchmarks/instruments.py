"""Instruments load on first use: a question about processes does not pay for them.

Prints the median wall time of fresh interpreters answering a first question about a
process (``rm.get('MIRPS').members``) and a first question about an instrument
(``rm.get('1951 Convention').members``), beside ``from pydantic import BaseModel``:
from the source checkout (which validates the data on every start), and the
instrument question again as a wheel ships the package (target ratio <= 1.8), where
it builds only the instrument asked about.
When the package's sources at a git revision can be extracted (``--before``, by
default ``main``), the process question is also timed against that revision, so that
"no more than before" is measured in the same run. It also checks that the process
question imports none of the instrument modules.

Run: ``python benchmarks/instruments.py [--runs N] [--before REV]``
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _shipped import copy_package, python_path

ROOT = Path(__file__).resolve().parents[1]
PROCESS = "import regional_migration as rm; rm.get('MIRPS').members"
INSTRUMENT = "import regional_migration as rm; rm.get('1951 Convention').members"
BASELINE = "from pydantic import BaseModel"
LOADED = (
    "import sys, regional_migration as rm; rm.get('MIRPS').members; "
    "print(sum(name.startswith('regional_migration._dataset.instrument') for name in sys.modules))"
)


def _seconds(code: str, src: Path | str | None = None) -> float:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def _extract(revision: str, into: Path) -> Path | None:
    """The ``src`` folder of *revision*, extracted into *into*; ``None`` without git."""
    try:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", revision, "src"],  # noqa: S607 - git from PATH
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main(runs: int = 21, before: str = "main") -> dict[str, float]:
    """Time each question *runs* times, interleaved, and return the figures."""
    loaded = subprocess.run(
        [sys.executable, "-c", LOADED], check=True, capture_output=True, text=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        old_src = _extract(before, Path(folder))
        shipped = python_path(copy_package(Path(folder, "wheel"), digests=True))
        for code in (PROCESS, INSTRUMENT):  # warm the file cache and bytecode
            _seconds(code)
        _seconds(INSTRUMENT, shipped)
        if old_src is not None:
            _seconds(PROCESS, old_src)
        keys = ("process", "instrument", "shipped", "base", "old")
        times: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(runs):
            times["process"].append(_seconds(PROCESS))
            times["instrument"].append(_seconds(INSTRUMENT))
            times["shipped"].append(_seconds(INSTRUMENT, shipped))
            times["base"].append(_seconds(BASELINE))
            if old_src is not None:
                times["old"].append(_seconds(PROCESS, old_src))
    median = {key: statistics.median(values) * 1000 for key, values in times.items() if values}
    figures = {
        "process_ms": median["process"],
        "instrument_ms": median["instrument"],
        "pydantic_import_ms": median["base"],
        "instrument_modules_loaded_by_a_process_question": float(loaded.strip()),
        "instrument_shipped_ms": median["shipped"],
        "process_ratio": median["process"] / median["base"],
        "instrument_ratio": median["instrument"] / median["base"],
        "instrument_shipped_ratio": median["shipped"] / median["base"],
    }
    if "old" in median:
        figures["process_before_ms"] = median["old"]
        figures["process_vs_before_ratio"] = median["process"] / median["old"]
    return figures


def report(figures: dict[str, float]) -> str:
    """Format the figures as lines of text."""
    lines = [
        f"import + rm.get('MIRPS').members:           {figures['process_ms']:.1f} ms (median)",
        f"import + rm.get('1951 Convention').members: {figures['instrument_ms']:.1f} ms (median)",
        f"from pydantic import BaseModel:             {figures['pydantic_import_ms']:.1f} ms",
        (
            f"ratios to the pydantic import: process {figures['process_ratio']:.2f}, "
            f"instrument {figures['instrument_ratio']:.2f}"
        ),
        (
            f"the instrument question as a wheel ships it: "
            f"{figures['instrument_shipped_ms']:.1f} ms, "
            f"ratio {figures['instrument_shipped_ratio']:.2f} (target <= 1.8)"
        ),
        (
            "instrument modules imported by the process question: "
            f"{int(figures['instrument_modules_loaded_by_a_process_question'])}"
        ),
    ]
    if "process_before_ms" in figures:
        lines.append(
            f"the process question at the earlier revision: {figures['process_before_ms']:.1f} ms; "
            f"now / before: {figures['process_vs_before_ratio']:.2f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--before", default="main", help="git revision to compare with")
    arguments = parser.parse_args()
    print(report(main(arguments.runs, arguments.before)))
