"""Peak memory after loading everything, against a bare interpreter with the deps.

A fresh interpreter imports the package, loads every process, builds the country
index, resolves a name in each language, and builds the full membership table, the
overlap matrix and every timeline. Two figures come out of it:

- the peak of Python allocations during that work (``tracemalloc``), against the peak
  while only importing pydantic and pycountry and loading pycountry's country list;
- the maximum resident set size of the whole process (``ru_maxrss``), against a fresh
  interpreter that only does that baseline work.

Run: ``python benchmarks/memory.py``
"""

from __future__ import annotations

import json
import subprocess
import sys

LOAD_EVERYTHING = """
import tracemalloc
tracemalloc.start()
import regional_migration as rm
processes = rm.processes()
names = [rm.country_code(n) for n in ("Mexique", "Brasil", "Estados Unidos", "Peru")]
table = rm.membership_table()
matrix = rm.overlap_matrix()
events = [rm.timeline(p) for p in processes]
commissions = rm.refugee_commissions()
"""

BASELINE = """
import tracemalloc
tracemalloc.start()
import pydantic
import pycountry
countries = list(pycountry.countries)
"""

REPORT = """
import json, resource, sys
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
print(json.dumps({"traced_peak": peak, "maxrss": maxrss * scale}))
"""


def _measure(code: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code + REPORT], capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> dict[str, float]:
    """Measure the package and the baseline in fresh interpreters; return MiB and ratios."""
    ours, base = _measure(LOAD_EVERYTHING), _measure(BASELINE)
    mib = 1024 * 1024
    return {
        "traced_peak_mib": ours["traced_peak"] / mib,
        "traced_peak_baseline_mib": base["traced_peak"] / mib,
        "traced_peak_ratio": ours["traced_peak"] / base["traced_peak"],
        "maxrss_mib": ours["maxrss"] / mib,
        "maxrss_baseline_mib": base["maxrss"] / mib,
        "maxrss_ratio": ours["maxrss"] / base["maxrss"],
    }


def report(figures: dict[str, float]) -> str:
    """Two lines: traced peak and resident set size, each with its baseline and ratio."""
    return (
        f"peak Python allocations, everything loaded: {figures['traced_peak_mib']:.1f} MiB "
        f"vs pydantic + pycountry loaded {figures['traced_peak_baseline_mib']:.1f} MiB, "
        f"ratio {figures['traced_peak_ratio']:.2f}\n"
        f"max resident set size, everything loaded: {figures['maxrss_mib']:.1f} MiB "
        f"vs pydantic + pycountry loaded {figures['maxrss_baseline_mib']:.1f} MiB, "
        f"ratio {figures['maxrss_ratio']:.2f}"
    )


if __name__ == "__main__":
    print(report(main()))
