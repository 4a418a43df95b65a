"""Arguments that used to give a wrong answer or a foreign exception."""

from __future__ import annotations

import copy
import pickle
from typing import TYPE_CHECKING, Any

import pytest

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

# Every public way to ask for a status.
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
        rm.processes_of("MX", status="x" * 10_000)  # type: ignore[arg-type]
    error = info.value
    assert len(str(error)) < 200
    for twin in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):  # noqa: S301
        assert type(twin) is rm.InvalidArgumentError
        assert str(twin) == str(error)
        assert (twin.name, twin.value, twin.hint) == (error.name, error.value, error.hint)


@pytest.mark.parametrize(
    "text",
    [
        "\u0662\u0660\u0661\u0663",  # 2013 in Arabic-Indic digits
        "\uff12\uff10\uff11\uff13-07",  # fullwidth digits
        "2013-0\u0667",
        "\u06f2\u06f0\u06f1\u06f3/2014",  # Extended Arabic-Indic digits
    ],
)
def test_a_partial_date_takes_ascii_digits_only(text: str) -> None:
    with pytest.raises(ValueError, match="invalid partial date"):
        rm.PartialDate(text)


def test_the_models_refuse_non_ascii_digits_too() -> None:
    process = rm.get("MIRPS").model_dump()
    process["founded"] = "٢٠١٧"
    with pytest.raises(ValueError, match="founded"):
        rm.Process.model_validate(process)


DATE_TAKERS: dict[str, Callable[[Any], object]] = {
    "processes_of": lambda on: rm.processes_of("MX", on=on),
    "members_on": lambda on: rm.get("CRM").members_on(on),
    "memberships_on": lambda on: rm.get("CRM").memberships_on(on),
    "countries_with": lambda on: rm.get("CRM").countries_with("member", on=on),
    "is_member": lambda on: rm.get("CRM").is_member("MX", on=on),
    "active_on": lambda on: rm.get("CRM").memberships[0].active_on(day=on),
    "overlap": lambda on: rm.overlap("CRM", "MIRPS", on=on),
    "compare": lambda on: rm.compare("CRM", "MIRPS", on=on),
    "overlap_matrix": lambda on: rm.overlap_matrix(on=on),
    "membership_table": lambda on: rm.membership_table(on=on),
    "PartialDate.of": rm.PartialDate.of,
}


@pytest.mark.parametrize("take", DATE_TAKERS.values(), ids=DATE_TAKERS.keys())
def test_a_missing_pandas_date_is_an_invalid_date(take: Callable[[Any], object]) -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(rm.InvalidDateError, match=r"missing date \(NaT\)"):
        take(pd.NaT)
    take(pd.Timestamp("2019-07-26 15:30"))  # a real timestamp still counts as its day


def test_a_pandas_timestamp_makes_an_exact_partial_date() -> None:
    pd = pytest.importorskip("pandas")
    assert rm.PartialDate.of(pd.Timestamp("2019-07-26 15:30")) == rm.PartialDate("2019-07-26")


def test_the_timeline_of_a_process_with_no_membership_is_its_founding() -> None:
    crm = rm.get("CRM")
    assert isinstance(crm, rm.Process)
    empty = crm.model_copy(update={"memberships": ()})
    events = rm.timeline(empty)
    assert [(e.kind, str(e.date)) for e in events] == [("founded", str(empty.founded))]


def test_the_timeline_leaves_out_periods_over_before_the_founding() -> None:
    fem = rm.get("FEM")
    over = tuple(m for m in fem.memberships if m.until is not None)
    assert over
    before = tuple(
        m.model_copy(update={"since": rm.PartialDate("1990"), "until": rm.PartialDate("1991")})
        for m in over[:1]
    )
    process = fem.model_copy(update={"memberships": before})
    assert [e.kind for e in rm.timeline(process)] == ["founded"]


@pytest.mark.parametrize("empty", [[], (), iter(())])
def test_an_empty_heatmap_is_refused_with_the_library_error(empty: object) -> None:
    pytest.importorskip("matplotlib")
    with pytest.raises(rm.InvalidArgumentError, match=r"invalid processes .*at least one process"):
        rm.plot_overlap_heatmap(empty)  # type: ignore[arg-type]
