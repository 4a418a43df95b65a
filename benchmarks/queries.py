"""Everyday questions, each timed against the plain Python it stands in for.

Once the data is loaded, every figure is the median time of one call, and each is
divided by a baseline measured in the same run:

- ``get`` by name, against folding the text and looking it up in a dict;
- ``members_on`` a past day, against filtering the memberships by hand;
- ``overlap`` of two processes by id, against intersecting two ready member sets;
- ``membership_table`` of everything, against building one dict per membership;
- a refusal of one megabyte of text by ``get`` and ``country_code``, against one
  ``str.lower`` of that text: a ratio well under 1 means hostile input is cut short
  before any work proportional to its size.

Run: ``python benchmarks/queries.py [--quick]``
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from typing import TYPE_CHECKING

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

HUGE = "Mexico " * 150_000  # about one megabyte


def _median(call: Callable[[], object], *, rounds: int, number: int) -> float:
    """The median time of one call, in microseconds, over *rounds* of *number* calls."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            call()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times) * 1e6


def _refuse(call: Callable[[str], object]) -> Callable[[], object]:
    def run() -> object:
        try:
            return call(HUGE)
        except rm.RegionalMigrationError as error:
            return error

    return run


def main(*, quick: bool = False) -> dict[str, float]:
    """Time each question and its baseline; return microseconds and ratios."""
    rounds, number = (5, 200) if quick else (15, 1000)
    processes = rm.processes()
    rm.country_code("MX")  # builds the country index
    table = {p.name.en.casefold(): p for p in processes}
    crm, mirps = rm.get("CRM"), rm.get("MIRPS")
    crm_members, mirps_members = crm.members, mirps.members
    day = date(2018, 9, 4)

    def by_hand_members_on() -> frozenset[str]:
        return frozenset(
            m.country
            for m in crm.memberships
            if m.status == "member"
            and m.since.latest <= day
            and (m.until is None or m.until.earliest > day)
        )

    def by_hand_rows() -> list[dict[str, object]]:
        return [
            {"country": m.country, "process": p.id, "status": m.status, "since": m.since}
            for p in processes
            for m in p.memberships
            if m.is_current
        ]

    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "get_by_name": (
            lambda: rm.get("Regional Conference on Migration"),
            lambda: table["Regional Conference on Migration".casefold()],
        ),
        "members_on": (lambda: crm.members_on(day), by_hand_members_on),
        "overlap": (lambda: rm.overlap("CRM", "MIRPS"), lambda: crm_members & mirps_members),
        "membership_table": (rm.membership_table, by_hand_rows),
        "get_refuses_1mb": (_refuse(rm.get), HUGE.lower),
        "country_code_refuses_1mb": (_refuse(rm.country_code), HUGE.lower),
    }
    figures: dict[str, float] = {}
    for name, (ours, baseline) in pairs.items():
        slow = name == "membership_table" or name.endswith("_1mb")
        count = max(1, number // 20) if slow else number
        figures[f"{name}_us"] = _median(ours, rounds=rounds, number=count)
        figures[f"{name}_baseline_us"] = _median(baseline, rounds=rounds, number=count)
        figures[f"{name}_ratio"] = figures[f"{name}_us"] / figures[f"{name}_baseline_us"]
    return figures


BASELINES = {
    "get_by_name": "casefold + dict lookup",
    "members_on": "filtering memberships by hand",
    "overlap": "frozenset intersection",
    "membership_table": "one dict per current membership",
    "get_refuses_1mb": "str.lower of the same 1 MB",
    "country_code_refuses_1mb": "str.lower of the same 1 MB",
}


def report(figures: dict[str, float]) -> str:
    """One line per question: our time, the baseline's, and the ratio."""
    lines = []
    for name, baseline in BASELINES.items():
        lines.append(
            f"{name}: {figures[f'{name}_us']:.2f} us vs {baseline} "
            f"{figures[f'{name}_baseline_us']:.2f} us, ratio {figures[f'{name}_ratio']:.2f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(main(quick="--quick" in sys.argv)))
