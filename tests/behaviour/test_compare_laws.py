"""Laws that overlap and compare obey, for any processes.

Processes are built through the real constructor, from a small pool of real codes so
that overlaps happen often, with random start and end dates:

- ``overlap`` is commutative, associative and idempotent (``overlap(a, a)`` is the
  members of ``a``), its result lies inside every operand, and it is empty exactly
  when ``compare(a, b).is_disjoint``;
- ``only_a``, ``shared`` and ``only_b`` are pairwise disjoint and their union is the
  union of the two memberships;
- ``compare(b, a)`` mirrors ``compare(a, b)``;
- the Jaccard index is symmetric, within [0, 1], and 1 for a non-empty process with
  itself; ``is_subset`` holds exactly when ``only_a`` is empty;
- for three processes, ``shared``, each part of ``only`` and ``some`` are disjoint and
  make up the union; ``shared`` is their overlap; ``only_a`` is what no other has; the
  answer does not depend on the order given; a further process never raises the
  Jaccard index; the first two keep their two-way meaning of ``is_subset``;
- the overlap matrix agrees with ``overlap`` and ``compare`` cell by cell;
- over the real data, ``processes_of``, ``overlap`` and ``membership_table`` agree.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import builders
from builders import membership
from hypothesis import given
from hypothesis import strategies as st

import regional_migration as rm
from regional_migration import Process, compare, membership_table, overlap, overlap_matrix

POOL = ("AR", "BR", "BZ", "CA", "CL", "CR", "MX", "PA", "US", "ES")
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def processes(draw: st.DrawFn) -> Process:
    countries = draw(st.lists(st.sampled_from(POOL), unique=True, max_size=len(POOL)))
    periods: list[dict[str, Any]] = []
    for country in sorted(countries):
        since = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2020, 12, 31)))
        status = draw(st.sampled_from(["member", "member", "associate", "observer"]))
        record = membership(country, since.isoformat(), status=status)
        if draw(st.booleans()):
            record["until"] = draw(st.dates(min_value=since + timedelta(days=366)))
            record["until"] = record["until"].isoformat()
        periods.append(record)
    return builders.process(
        *periods, id=draw(st.sampled_from(["A", "B", "C"])) + "X", founded="1990"
    )


DAY_OR_NOW = st.none() | DAYS


@given(processes(), processes(), DAY_OR_NOW)
def test_overlap_is_commutative(a: Process, b: Process, on: date | None) -> None:
    assert overlap(a, b, on=on) == overlap(b, a, on=on)


@given(processes(), processes(), processes(), DAY_OR_NOW)
def test_overlap_is_associative(a: Process, b: Process, c: Process, on: date | None) -> None:
    left = overlap(a, b, on=on) & rm.get(c).members if on is None else None
    assert overlap(a, b, c, on=on) == overlap(c, a, b, on=on)
    if left is not None:
        assert overlap(a, b, c) == left == overlap(a, c) & overlap(b, c)


@given(processes(), DAY_OR_NOW)
def test_overlap_is_idempotent(a: Process, on: date | None) -> None:
    members = a.members if on is None else a.members_on(on)
    assert overlap(a, a, on=on) == members
    assert overlap(a, a, a, on=on) == members


@given(processes(), processes(), DAY_OR_NOW)
def test_overlap_lies_inside_each_operand(a: Process, b: Process, on: date | None) -> None:
    shared = overlap(a, b, on=on)
    assert shared <= (a.members if on is None else a.members_on(on))
    assert shared <= (b.members if on is None else b.members_on(on))
    assert (not shared) == compare(a, b, on=on).is_disjoint


@given(processes(), processes(), DAY_OR_NOW)
def test_compare_partitions_the_union(a: Process, b: Process, on: date | None) -> None:
    c = compare(a, b, on=on)
    assert not c.only_a & c.shared
    assert not c.shared & c.only_b
    assert not c.only_a & c.only_b
    left = a.members if on is None else a.members_on(on)
    right = b.members if on is None else b.members_on(on)
    assert c.only_a | c.shared | c.only_b == left | right
    assert c.union == left | right
    assert c.shared == overlap(a, b, on=on)


@given(processes(), processes(), DAY_OR_NOW)
def test_compare_mirrors(a: Process, b: Process, on: date | None) -> None:
    ab, ba = compare(a, b, on=on), compare(b, a, on=on)
    assert (ab.a, ab.b) == (ba.b, ba.a)
    assert ab.shared == ba.shared
    assert ab.only_a == ba.only_b
    assert ab.only_b == ba.only_a
    assert ab.is_subset == ba.is_superset


@given(processes(), processes())
def test_jaccard_is_symmetric_and_bounded(a: Process, b: Process) -> None:
    c = compare(a, b)
    assert 0.0 <= c.jaccard <= 1.0
    assert c.jaccard == compare(b, a).jaccard
    assert c.is_subset == (not c.only_a)
    assert compare(a, a).jaccard == (1.0 if a.members else 0.0)


def _members(process: Process, on: date | None) -> frozenset[str]:
    return process.members if on is None else process.members_on(on)


THREE = st.lists(processes(), min_size=3, max_size=3, unique_by=lambda p: p.id)


@given(THREE, DAY_OR_NOW)
def test_three_way_compare_partitions_the_union(chosen: list[Process], on: date | None) -> None:
    a, b, c = chosen
    found = compare(a, b, c, on=on)
    sets = [_members(p, on) for p in chosen]
    parts = [found.shared, *found.only.values(), found.some]
    assert sum(len(part) for part in parts) == len(found.union)
    assert frozenset().union(*parts) == found.union == sets[0] | sets[1] | sets[2]
    assert found.shared == overlap(a, b, c, on=on)
    assert found.only_a == found.only[a.id] == sets[0] - sets[1] - sets[2]
    assert found.only_b == found.only[b.id] == sets[1] - sets[0] - sets[2]
    assert found.processes == (a.id, b.id, c.id)
    assert found.is_subset == (sets[0] <= sets[1])
    assert {r["country"] for r in found.records()} == found.union


@given(THREE, DAY_OR_NOW)
def test_three_way_compare_ignores_order(chosen: list[Process], on: date | None) -> None:
    a, b, c = chosen
    first, again = compare(a, b, c, on=on), compare(c, a, b, on=on)
    assert first.shared == again.shared
    assert first.some == again.some
    assert dict(first.only) == dict(again.only)
    assert first.jaccard == again.jaccard


@given(THREE)
def test_a_further_process_never_raises_the_jaccard_index(chosen: list[Process]) -> None:
    a, b, c = chosen
    three = compare(a, b, c)
    assert 0.0 <= three.jaccard <= compare(a, b).jaccard <= 1.0
    assert three.is_disjoint == (not overlap(a, b, c))


@given(
    st.lists(processes(), min_size=1, max_size=3, unique_by=lambda p: p.id),
    st.sampled_from(["count", "jaccard"]),
)
def test_matrix_agrees_with_compare(chosen: list[Process], metric: str) -> None:
    m = overlap_matrix(chosen, metric=metric)  # type: ignore[arg-type]
    for a in chosen:
        for b in chosen:
            c = compare(a, b)
            assert m[a, b] == (len(c.shared) if metric == "count" else c.jaccard)
            assert m[a, b] == m[b, a]


REAL = rm.processes()
CODES = sorted({m.country for p in REAL for m in p.memberships})


@given(st.sampled_from(CODES), DAY_OR_NOW)
def test_processes_of_overlap_and_table_agree(code: str, on: date | None) -> None:
    mine = rm.processes_of(code, on=on)
    table = membership_table(on=on, statuses=("member",))
    listed = [r.process for r in table.rows if r.country == code]
    assert listed == [p.id for p in mine]
    if len(mine) >= 2:
        assert code in overlap(*mine, on=on)
    for process in REAL:
        if process not in mine:
            assert code not in overlap(process, process, on=on)
