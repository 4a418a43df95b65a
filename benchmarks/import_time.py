"""Start-up cost: importing the package and answering a first question.

Prints the median wall time of a fresh interpreter running
``import regional_migration as rm; rm.get('MIRPS').members`` and of one running
``from pydantic import BaseModel`` (every pydantic library pays that), and their
ratio. The target is a ratio of at most 1.6.

Run: ``python benchmarks/import_time.py [--runs N]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

FIRST_USE = "import regional_migration as rm; rm.get('MIRPS').members"
BASELINE = "from pydantic import BaseModel"
# What any library pays to validate anything with pydantic: one model, one call.
FLOOR = "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int\nA(x=1)"


def _median_seconds(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 21) -> dict[str, float]:
    """Measure both commands *runs* times each, interleaved, and return the figures."""
    _median_seconds(FIRST_USE, 2)  # warm the file cache and bytecode
    ours: list[float] = []
    base: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        ours.append(_median_seconds(FIRST_USE, 1))
        base.append(_median_seconds(BASELINE, 1))
        floor.append(_median_seconds(FLOOR, 1))
    figures = {
        "first_use_ms": statistics.median(ours) * 1000,
        "pydantic_import_ms": statistics.median(base) * 1000,
        "one_model_ms": statistics.median(floor) * 1000,
    }
    figures["ratio"] = figures["first_use_ms"] / figures["pydantic_import_ms"]
    figures["one_model_ratio"] = figures["one_model_ms"] / figures["pydantic_import_ms"]
    return figures


def report(figures: dict[str, float]) -> str:
    """Format the figures as lines of text."""
    return (
        f"import + rm.get('MIRPS').members: {figures['first_use_ms']:.1f} ms (median)\n"
        f"from pydantic import BaseModel:   {figures['pydantic_import_ms']:.1f} ms (median)\n"
        f"ratio: {figures['ratio']:.2f} (target <= 1.6)\n"
        f"for scale, one pydantic model defined and validated: {figures['one_model_ms']:.1f} ms, "
        f"ratio {figures['one_model_ratio']:.2f}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    print(report(main(parser.parse_args().runs)))
