"""Start-up cost: importing the package and answering a first question, and the CLI.

Each figure is the median wall time of a fresh interpreter, measured interleaved with
its baseline, ``python -c "from pydantic import BaseModel"`` (what every pydantic
library pays). Each round runs every command once, back to back; a ratio is the median
of the ratios of the rounds, so that a burst of load elsewhere on a shared machine
weighs on both sides of each ratio rather than on one command's median:

- ``import regional_migration as rm; rm.get('MIRPS').members``, the package as a wheel
  ships it (target ratio <= 1.5, aim 1.3), and as a source checkout runs it (which
  validates the data on every start);
- ``regional-migration members CRM`` as a whole process, as shipped (target <= 1.8);
- for scale, one trivial pydantic model defined and validated.

Run: ``python benchmarks/import_time.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shipped import copy_package, python_path

FIRST_USE = "import regional_migration as rm; rm.get('MIRPS').members"
CLI = "import sys; from regional_migration.cli import main; sys.exit(main(['members', 'CRM']))"
BASELINE = "from pydantic import BaseModel"
# What any library pays to validate anything with pydantic: one model, one call.
FLOOR = "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int\nA(x=1)"


def _seconds(code: str, path: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": path},
    )
    return time.perf_counter() - start


def main(runs: int = 21) -> dict[str, float]:
    """Measure every command *runs* times, interleaved, and return the figures."""
    with tempfile.TemporaryDirectory() as folder:
        shipped = python_path(copy_package(Path(folder, "wheel"), digests=True))
        checkout = python_path(copy_package(Path(folder, "checkout"), digests=False))
        commands = {
            "first_use_ms": (FIRST_USE, shipped),
            "first_use_checkout_ms": (FIRST_USE, checkout),
            "cli_members_ms": (CLI, shipped),
            "pydantic_import_ms": (BASELINE, shipped),
            "one_model_ms": (FLOOR, shipped),
        }
        for code, path in commands.values():  # warm the file cache and bytecode
            _seconds(code, path)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (code, path) in commands.items():
                times[name].append(_seconds(code, path))
    figures = {name: statistics.median(values) * 1000 for name, values in times.items()}
    base = times["pydantic_import_ms"]
    for ratio, name in RATIOS.items():
        figures[ratio] = statistics.median(t / b for t, b in zip(times[name], base, strict=True))
    return figures


# Each ratio, and the command it compares with the baseline.
RATIOS = {
    "ratio": "first_use_ms",
    "checkout_ratio": "first_use_checkout_ms",
    "cli_ratio": "cli_members_ms",
    "one_model_ratio": "one_model_ms",
}


def report(figures: dict[str, float]) -> str:
    """Format the figures as lines of text."""
    return (
        f"from pydantic import BaseModel (baseline):  {figures['pydantic_import_ms']:.1f} ms\n"
        f"import + rm.get('MIRPS').members, shipped:  {figures['first_use_ms']:.1f} ms, "
        f"ratio {figures['ratio']:.2f} (target <= 1.5, aim 1.3)\n"
        f"the same from a source checkout:            {figures['first_use_checkout_ms']:.1f} ms, "
        f"ratio {figures['checkout_ratio']:.2f} (validates the data)\n"
        f"regional-migration members CRM, shipped:    {figures['cli_members_ms']:.1f} ms, "
        f"ratio {figures['cli_ratio']:.2f} (target <= 1.8)\n"
        f"for scale, one pydantic model validated:    {figures['one_model_ms']:.1f} ms, "
        f"ratio {figures['one_model_ratio']:.2f}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    print(report(main(parser.parse_args().runs)))
