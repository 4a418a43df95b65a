"""The cost of a failed country look-up, against a hit and the full scan it replaced.

A miss suggests close names. Comparing the miss with every one of the index's 1,600
keys (``difflib.get_close_matches`` over them all, as version 0.1 did) took
milliseconds, so a column of a million misses took hours. The suggestions now come
from a shortlist of keys that share the most letter trigrams with the miss, and
repeated misses are remembered. Figures, in microseconds per look-up, medians of
several rounds, each round with misses not seen before:

- ``miss_us``: a distinct miss, with its suggestions;
- ``repeated_miss_us``: a miss met before (a column repeats its typos);
- ``hit_us``: a name found, the baseline;
- ``full_scan_us``: the suggestions of 0.1, the comparison with every key;
- ``country_codes_100k_s``: `country_codes` on 100,000 values of which 1,000 are
  distinct misses, against ``hit_100k_s``, its 99,000 hits one by one.

Run: ``python benchmarks/country_misses.py [--quick]``
"""

from __future__ import annotations

import contextlib
import difflib
import random
import statistics
import string
import sys
import time

import regional_migration as rm
from regional_migration._core.text import fold
from regional_migration._countries.index import country_index

_LETTERS = string.ascii_lowercase + "  "


def _misses(count: int, seed: int) -> list[str]:
    """*count* texts that name no country: random letters and spaces, 6 to 30 long."""
    chance = random.Random(seed)  # noqa: S311 - test input, not secrets
    return [
        "Q" + "".join(chance.choice(_LETTERS) for _ in range(chance.randint(5, 29)))
        for _ in range(count)
    ]


def _per_call(texts: list[str]) -> float:
    """Microseconds per `country_code` call on *texts*, errors included."""
    start = time.perf_counter()
    for text in texts:
        with contextlib.suppress(rm.RegionalMigrationError):
            rm.country_code(text)
    return (time.perf_counter() - start) / len(texts) * 1e6


def _full_scan(texts: list[str]) -> float:
    """Microseconds per miss for 0.1's suggestions: every key compared."""
    keys = country_index().suggestible
    start = time.perf_counter()
    for text in texts:
        key = fold(text)[:64]
        close = difflib.get_close_matches(key, keys, n=6, cutoff=0.75)
        words = key.split()
        close += [k for k in keys if all(w in k.split() for w in words)]
    return (time.perf_counter() - start) / len(texts) * 1e6


def main(*, rounds: int = 15) -> dict[str, float]:
    """Time misses, repeated misses, hits and the full scan; return their ratios."""
    rm.country_code("MX")  # builds the index
    _per_call(_misses(1, seed=0))  # builds the shortlist at the first miss
    misses, repeated, hits, scans = [], [], [], []
    for round_number in range(rounds):
        fresh = _misses(200, seed=round_number + 1)
        misses.append(_per_call(fresh))
        repeated.append(_per_call(fresh))
        hits.append(_per_call(["Mexico", "Brésil", "mexique", "MX"] * 500))
        scans.append(_full_scan(fresh[:20]))
    hits_only = ["Mexico", "Brasil", "Haïti", "Dominican Rep."] * 24_750
    column = hits_only + _misses(1_000, seed=rounds + 1)
    start = time.perf_counter()
    rm.country_codes(column, not_found=None)
    batch = time.perf_counter() - start
    start = time.perf_counter()
    for text in hits_only:
        rm.country_code(text)
    one_by_one = time.perf_counter() - start
    figures = {
        "miss_us": statistics.median(misses),
        "repeated_miss_us": statistics.median(repeated),
        "hit_us": statistics.median(hits),
        "full_scan_us": statistics.median(scans),
        "country_codes_100k_s": batch,
        "hit_100k_s": one_by_one,
    }
    figures["miss_to_hit_ratio"] = figures["miss_us"] / figures["hit_us"]
    figures["miss_to_full_scan_ratio"] = figures["miss_us"] / figures["full_scan_us"]
    figures["repeated_miss_to_hit_ratio"] = figures["repeated_miss_us"] / figures["hit_us"]
    figures["country_codes_to_hits_ratio"] = batch / one_by_one
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures as lines of text."""
    million = figures["miss_us"] / 60  # microseconds per miss is seconds per million
    lines = (
        ("distinct miss", figures["miss_us"], f"{figures['miss_to_hit_ratio']:.0f}x a hit"),
        ("repeated miss", figures["repeated_miss_us"], ""),
        ("hit (baseline)", figures["hit_us"], ""),
        ("0.1 full scan", figures["full_scan_us"], ""),
    )
    text = [f"{label:15} {value:10.2f} us  {note}".rstrip() for label, value, note in lines]
    text.append(f"a million distinct misses: about {million:.1f} min")
    text.append(f"distinct miss to 0.1's full scan: {figures['miss_to_full_scan_ratio']:.3f}x")
    text.append(
        f"country_codes, 100,000 values with 1,000 distinct misses: "
        f"{figures['country_codes_100k_s'] * 1e3:.1f} ms; "
        f"its 99,000 hits one by one: {figures['hit_100k_s'] * 1e3:.1f} ms"
    )
    return "\n".join(text)


if __name__ == "__main__":
    print(report(main(rounds=5 if "--quick" in sys.argv else 15)))
