"""Peak memory of `country_codes` on a column of distinct misses, against one of hits.

Each value that names no country is kept as its message, not as the error raised for
it: an error holds its traceback and the frames it passed through, about 2 KB, which
a column of a million distinct misses would pile up until the call returned (it
peaked at about 210 MB for 100,000 of them; about 2,000 bytes per miss). Figures,
from `tracemalloc`:

- ``peak_misses_mb``: the peak of one call on a column of distinct misses (a million,
  20,000 with ``--quick``), with ``not_found=None``;
- ``peak_hits_mb``: the baseline, the same call on a column of as many hits;
- ``bytes_per_miss``: the difference, per miss: the message kept, the remembered
  suggestions, and nothing more.

Run: ``python benchmarks/country_codes_memory.py [--quick]``
"""

from __future__ import annotations

import random
import string
import sys
import tracemalloc

import regional_migration as rm

_LETTERS = string.ascii_lowercase + "  "


def _misses(count: int) -> list[str]:
    """*count* distinct texts that name no country."""
    chance = random.Random(0)  # noqa: S311 - test input, not secrets
    found: set[str] = set()
    while len(found) < count:
        found.add("Q" + "".join(chance.choice(_LETTERS) for _ in range(chance.randint(8, 29))))
    return sorted(found)


def _peak(values: list[str]) -> float:
    """The peak memory, in megabytes, allocated by one call on *values*."""
    tracemalloc.start()
    try:
        rm.country_codes(values, not_found=None)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(*, quick: bool = False) -> dict[str, float]:
    """Measure the peak of a column of distinct misses and of a column of hits."""
    count = 20_000 if quick else 1_000_000
    rm.country_codes(["MX", "Atlantis"], not_found=None)  # the index and the suggester
    misses = _misses(count)
    hits = ["Mexico", "Brasil", "Haïti", "Dominican Rep."] * (count // 4)
    figures = {"values": float(count), "peak_hits_mb": _peak(hits)}
    figures["peak_misses_mb"] = _peak(misses)
    figures["bytes_per_miss"] = (figures["peak_misses_mb"] - figures["peak_hits_mb"]) * 1e6 / count
    figures["misses_to_hits_ratio"] = figures["peak_misses_mb"] / figures["peak_hits_mb"]
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures as lines of text."""
    count = f"{figures['values']:,.0f}"
    return "\n".join(
        (
            f"{count} distinct misses: peak {figures['peak_misses_mb']:.1f} MB",
            f"{count} hits (baseline): peak {figures['peak_hits_mb']:.1f} MB",
            (
                f"per miss beyond a hit: {figures['bytes_per_miss']:.0f} bytes "
                f"({figures['misses_to_hits_ratio']:.1f}x the baseline)"
            ),
        )
    )


if __name__ == "__main__":
    print(report(main(quick="--quick" in sys.argv)))
