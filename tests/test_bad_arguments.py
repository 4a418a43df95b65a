"""Arguments that used to give a wrong answer or a foreign exception."""

from __future__ import annotations

import copy
import pickle
from typing import TYPE_CHECKING, Any

import pytest

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

# Every public way to ask for a standing.
STATUS_TAKERS: dict[str, Callable[[Any], object]] = {
    "processes_of": lambda status: rm.processes_of("MX", status=status),
    "countries_with": lambda status: rm.get("CRM").countries_with(status),
    "membership_table": lambda status: rm.membership_table(statuses=(status,)),
}


@pytest.mark.parametrize("take", STATUS_TAKERS.values(), ids=STATUS_TAKERS.keys())
@pytest.mark.parametrize("status", ["members", "Suspended", "observers", "", None, 1, ["member"]])
def test_an_unknown_status_is_refused_not_answered_with_nothing(
    take: Callable[[Any], object], status: object
) -> None:
    with pytest.raises(rm.InvalidArgumentError, match=r"invalid status .*; use 'member', ") as info:
        take(status)
    assert isinstance(info.value, ValueError)
    assert info.value.value == status


@pytest.mark.parametrize("take", STATUS_TAKERS.values(), ids=STATUS_TAKERS.keys())
def test_every_known_status_is_still_accepted(take: Callable[[Any], object]) -> None:
    for status in ("member", "associate", "observer", "suspended"):
        take(status)
    assert [p.id for p in rm.processes_of("VE", status="suspended")] == ["FEM"]


def test_the_argument_error_shortens_huge_values_and_survives_pickle_and_copy() -> None:
    with pytest.raises(rm.InvalidArgumentError) as info:
        rm.processes_of("MX", status="x" * 10_000)
    error = info.value
    assert len(str(error)) < 200
    for twin in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):  # noqa: S301
        assert type(twin) is rm.InvalidArgumentError
        assert str(twin) == str(error)
        assert (twin.name, twin.value, twin.hint) == (error.name, error.value, error.hint)
