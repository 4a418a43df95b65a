"""Time country-name resolution against pycountry, in the same run.

``country_code`` on 1,000 names in English, Spanish, French and Portuguese (codes,
display names, official names, and variants with articles, no accents or other case),
after a first call that builds the index, against ``pycountry.countries.lookup`` on
1,000 English names. Prints the median of several rounds and the ratio.

Usage: ``python benchmarks/country_names.py [--quick]``
"""

from __future__ import annotations

import statistics
import sys
import time
import unicodedata
from itertools import cycle, islice

import pycountry

import regional_migration as rm
from regional_migration._countries.index import LANGUAGES, cldr_names

N = 1_000


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def mixed_names() -> list[str]:
    """1,000 names: display names in four languages, and forms users type."""
    names: list[str] = []
    cldr = cldr_names()
    articles = {"en": "the ", "es": "la ", "fr": "le ", "pt": "o "}
    for code in sorted(cldr["en"]):
        for lang in LANGUAGES:
            try:
                rm.country_code(cldr[lang][code][0])
            except rm.AmbiguousCountryError:
                continue
            name = cldr[lang][code][0]
            names.extend((name, _bare(name).upper(), articles[lang] + name.lower()))
        names.append(code.lower())
    return list(islice(cycle(names), N))


def english_names() -> list[str]:
    """1,000 English ISO names, as pycountry spells them."""
    return list(islice(cycle(sorted(c.name for c in pycountry.countries)), N))


def _round(function: object, names: list[str]) -> float:
    resolve = function
    start = time.perf_counter()
    for name in names:
        resolve(name)  # type: ignore[operator]
    return time.perf_counter() - start


def main(*, rounds: int = 15) -> dict[str, float]:
    """Run the benchmark; return the medians in seconds and their ratio."""
    ours, theirs = mixed_names(), english_names()
    rm.country_code("Mexique")  # builds the index
    pycountry.countries.lookup("Mexico")  # builds pycountry's indexes
    ours_times, theirs_times = [], []
    for _ in range(rounds):
        ours_times.append(_round(rm.country_code, ours))
        theirs_times.append(_round(pycountry.countries.lookup, theirs))
    ours_median = statistics.median(ours_times)
    theirs_median = statistics.median(theirs_times)
    return {
        "country_code_1000_mixed_s": ours_median,
        "pycountry_lookup_1000_english_s": theirs_median,
        "ratio": ours_median / theirs_median,
    }


if __name__ == "__main__":
    figures = main(rounds=5 if "--quick" in sys.argv else 15)
    ours_ms = figures["country_code_1000_mixed_s"] * 1e3
    theirs_ms = figures["pycountry_lookup_1000_english_s"] * 1e3
    print(f"country_code, 1,000 names in 4 languages: {ours_ms:.3f} ms")
    print(f"pycountry lookup, 1,000 English names:    {theirs_ms:.3f} ms")
    print(f"ratio: {figures['ratio']:.2f}x")
