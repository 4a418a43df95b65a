"""Wrong input gets the library's own error, never a silent answer or a foreign error."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest
from builders import membership, process

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable

VOTE = "A/RES/73/195"


# Item 2: a vote choice is checked as a status is.
@pytest.mark.parametrize("choice", ["Yes", "abstention", "against", "", None, 1])
def test_a_mistyped_vote_choice_is_refused(choice: Any) -> None:
    with pytest.raises(rm.InvalidArgumentError, match="use 'yes', 'no', 'abstain'"):
        rm.vote(VOTE).countries(choice)


def test_each_real_vote_choice_still_answers() -> None:
    recorded = rm.vote(VOTE)
    total = sum(len(recorded.countries(c)) for c in ("yes", "no", "abstain", "non_voting"))
    assert total == len(recorded.votes)
    assert len(recorded.countries("yes")) == 29


# Item 4: a column or a list is asked for, not one value or a table.
@pytest.mark.parametrize("not_found", ["keep", None, "raise"])
@pytest.mark.parametrize("value", ["Brasil", "MX", b"MX", bytearray(b"MX")])
def test_country_codes_refuses_one_value_for_a_column(value: object, not_found: object) -> None:
    with pytest.raises(rm.ArgumentTypeError, match=r"a column of values.*country_code"):
        rm.country_codes(value, not_found=not_found)  # type: ignore[arg-type]


def test_country_codes_refuses_a_data_frame() -> None:
    frame = pd.DataFrame({"country": ["Mexico", "Brasil"]})
    with pytest.raises(rm.ArgumentTypeError, match=r"DataFrame; pass one of its columns"):
        rm.country_codes(frame)
    assert list(rm.country_codes(frame["country"])) == ["MX", "BR"]


@pytest.mark.parametrize("years", [b"CRM", bytearray(b"CRM"), "2020", 2020, 2.5])
def test_panel_refuses_what_is_not_a_list_of_years(years: Any) -> None:
    with pytest.raises(rm.ArgumentTypeError, match="give years as an iterable"):
        rm.panel(years)


# Item 13: wrong-typed arguments raise the library's errors.
WRONG: list[tuple[str, Callable[[], object], type[Exception]]] = [
    ("country_codes(None)", lambda: rm.country_codes(None), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("country_codes(5)", lambda: rm.country_codes(5), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("overlap_matrix(5)", lambda: rm.overlap_matrix(5), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("overlap_matrix(b)", lambda: rm.overlap_matrix(b"CRM"), rm.ArgumentTypeError),  # type: ignore[arg-type]
    (
        "membership_table(processes=5)",
        lambda: rm.membership_table(processes=5),  # type: ignore[arg-type]
        rm.ArgumentTypeError,
    ),
    ("history(statuses=5)", lambda: rm.history(statuses=5), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("history(statuses=b)", lambda: rm.history(statuses=b"member"), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("panel(days=5)", lambda: rm.panel(days=5), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("panel(days=b)", lambda: rm.panel(days=b"2020-01-01"), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("panel(2.5)", lambda: rm.panel(2.5), rm.ArgumentTypeError),  # type: ignore[arg-type]
    ("lang=NA", lambda: rm.country_name("MX", pd.NA), rm.UnsupportedLanguageError),
    ("table lang=NA", lambda: rm.membership_table(lang=pd.NA), rm.UnsupportedLanguageError),
    ("name.get(NA)", lambda: rm.get("CRM").name.get(pd.NA), rm.UnsupportedLanguageError),
    ("acronym.get(NA)", lambda: rm.get("GCM").acronym.get(pd.NA), rm.UnsupportedLanguageError),  # type: ignore[union-attr]
    ("metric=NA", lambda: rm.overlap_matrix(metric=pd.NA), rm.InvalidArgumentError),
    ("to=NA", lambda: rm.country_code("MX", to=pd.NA), rm.InvalidArgumentError),
    ("codes to=NA", lambda: rm.country_codes(["MX"], to=pd.NA), rm.InvalidArgumentError),
    ("panel form=NA", lambda: rm.panel([2020]).to_pandas(pd.NA), rm.InvalidArgumentError),
    ("matrix['CRM']", lambda: rm.overlap_matrix()["CRM"], rm.ArgumentTypeError),  # type: ignore[index]
    ("matrix[5]", lambda: rm.overlap_matrix()[5], rm.ArgumentTypeError),  # type: ignore[index]
    ("matrix[a, b, c]", lambda: rm.overlap_matrix()["CRM", "CSM", "FEM"], rm.ArgumentTypeError),  # type: ignore[index]
]


@pytest.mark.parametrize(("label", "call", "error"), WRONG, ids=[w[0] for w in WRONG])
def test_wrong_types_raise_the_librarys_errors(
    label: str, call: Callable[[], object], error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert isinstance(caught.value, rm.RegionalMigrationError), label
    str(caught.value)


# Item 5: one rule for a day that two periods may both cover.
def _demoted() -> rm.Process:
    return process(
        membership("MX", "2000", until="2010"),
        membership("MX", "2010", status="observer"),
    )


def test_status_of_and_panel_agree_on_a_loosely_dated_demotion() -> None:
    demoted = _demoted()
    day = "2010-06-30"
    assert {m.status for m in demoted.memberships_on(day, rule="possible")} == {
        "member",
        "observer",
    }
    said = demoted.status_of("MX", on=day, rule="possible")
    assert said == "member"  # the first status in STATUSES order
    rows = rm.panel(days=[day], processes=[demoted], rule="possible")
    assert [r.status for r in rows if r.country == "MX"] == [said]
    assert demoted.status_of("MX", on=day) is None  # certainly neither


def test_the_grid_colours_the_same_status() -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.colors import to_rgb  # noqa: PLC0415 - matplotlib is an optional extra

    figure = rm.plot_membership_grid([_demoted()], on="2010-06-30", rule="possible")
    image = figure.axes[0].images[0].get_array()
    assert image is not None
    colours = rm.plot_membership_grid.__globals__["STATUS_COLOURS"]
    member = [round(c, 6) for c in to_rgb(colours["member"])]
    assert [[[round(c, 6) for c in cell[:3]] for cell in row] for row in image.tolist()] == [
        [member]
    ]  # the first status in STATUSES order: member


# Item 12: a comparison reads back its own JSON.
def test_a_comparison_reads_back_its_own_json() -> None:
    compared = rm.compare("CRM", "MIRPS", on="2020-01-01")
    again = rm.Comparison.model_validate_json(compared.model_dump_json())
    assert again == compared
    assert rm.Comparison.model_validate(compared.model_dump()) == compared
    assert rm.Comparison.model_validate(compared) == compared


def test_a_comparison_refuses_computed_fields_that_disagree() -> None:
    dumped = rm.compare("CRM", "MIRPS").model_dump()
    dumped["jaccard"] = 0.5
    with pytest.raises(ValueError, match=r"jaccard is 0\.5"):
        rm.Comparison.model_validate(dumped)


# Item 14: NumPy's NaN of any width is a missing value.
@pytest.mark.parametrize("nan", [np.float16("nan"), np.float32("nan"), np.float64("nan")])
def test_numpy_nan_of_any_width_is_missing(nan: object) -> None:
    assert rm.country_codes(["MX", nan]).codes == ("MX", None)


def test_numpy_numbers_are_still_codes() -> None:
    assert list(rm.country_codes([np.int16(76), np.int64(484)])) == ["BR", "MX"]


# Item 15: a number too long for str() is still reported.
def test_a_huge_number_is_not_a_country_and_the_error_prints() -> None:
    with pytest.raises(rm.UnknownCountryError, match="bit number") as caught:
        rm.country_code(10**5000)
    assert "not a numeric country code" in str(caught.value)
    with pytest.raises(rm.InvalidArgumentError) as invalid:
        rm.panel([10**5000])
    assert "too long to show" in str(invalid.value)
    assert "too long to show" in str(rm.InvalidArgumentError("years", -(10**5000), "hint"))


# Item 18: a miss keeps its message, not its error object.
def test_misses_keep_no_error_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    from regional_migration._countries import batch as _country_batch  # noqa: PLC0415

    real = rm.country_code
    count = 300
    alive: list[int] = []

    def spy(value: object, to: rm.CodeForm = "alpha2", **_: object) -> str:
        if value == f"nowhere {count - 1}":
            gc.collect()
            alive.append(sum(isinstance(o, rm.UnknownCountryError) for o in gc.get_objects()))
        return real(value, to=to)  # type: ignore[arg-type]

    monkeypatch.setattr(_country_batch, "country_code", spy)
    result = rm.country_codes([f"nowhere {n}" for n in range(count)], not_found="keep")
    assert len(result.not_found) == count
    assert alive[0] < 10
    with pytest.raises(rm.UnknownCountryError) as caught:
        rm.country_codes(["nowhere a", "nowhere b"])
    assert "1 other values were not resolved either: 'nowhere b'" in caught.value.__notes__[0]
