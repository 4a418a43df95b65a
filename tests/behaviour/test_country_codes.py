"""Whole-number codes, output code forms, and batch conversion with country_codes."""

from __future__ import annotations

import copy
import pickle
import sys

import numpy as np
import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pycountry
import pytest

import regional_migration as rm
from regional_migration.errors import (
    AmbiguousCountryError,
    ArgumentTypeError,
    InvalidArgumentError,
    MissingExtraError,
    UnknownCountryError,
)

# Whole numbers are numeric codes.


@pytest.mark.parametrize(
    ("number", "code"),
    [(76, "BR"), (4, "AF"), (484, "MX"), (np.int64(32), "AR"), (np.int16(214), "DO")],
)
def test_whole_numbers_are_numeric_codes(number: int, code: str) -> None:
    assert rm.country_code(number) == code
    assert rm.country_name(number) == rm.country_name(code)


def test_every_numeric_code_as_a_number() -> None:
    for country in pycountry.countries:
        assert rm.country_code(int(country.numeric)) == country.alpha_2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, r"not bool \(True\)"),
        (76.0, r"not float \(76.0\); pass 76, or read the column as integers \(Int64\)"),
        (np.float64(76), r"not float64 .*; pass 76"),
        (7.5, r"not float \(7.5\)$"),
        (None, "not NoneType"),
        (["MX"], "not list"),
    ],
)
def test_other_types_are_refused_clearly(value: object, message: str) -> None:
    with pytest.raises(ArgumentTypeError, match=message) as caught:
        rm.country_code(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize("number", [-1, 1000, 10**100])
def test_numbers_out_of_range(number: int) -> None:
    with pytest.raises(UnknownCountryError, match="is not a numeric country code"):
        rm.country_code(number)


def test_an_unassigned_number() -> None:
    with pytest.raises(UnknownCountryError, match="'999' is not a country name or code"):
        rm.country_code(999)


# Output code forms.


def test_code_forms() -> None:
    assert rm.country_code("Brasil", to="alpha2") == "BR"
    assert rm.country_code("Brasil", to="alpha3") == "BRA"
    assert rm.country_code("Brasil", to="numeric") == "076"
    assert rm.country_code("Venezuela, RB", to="alpha3") == "VEN"
    for country in pycountry.countries:
        assert rm.country_code(country.alpha_2, to="alpha3") == country.alpha_3
        assert rm.country_code(country.alpha_3, to="numeric") == country.numeric


@pytest.mark.parametrize("form", ["iso3", "ALPHA3", "", 3])
def test_unknown_code_form(form: object) -> None:
    with pytest.raises(InvalidArgumentError, match="use 'alpha2', 'alpha3' or 'numeric'"):
        rm.country_code("MX", to=form)  # type: ignore[arg-type]


# Batch conversion.

VALUES = ["Mexico", "Korea, Rep.", "Atlantis", None, "Mexico", 76, float("nan"), "Congo"]


def test_keep() -> None:
    result = rm.country_codes(VALUES, not_found="keep")
    assert list(result) == ["MX", "KR", "Atlantis", None, "MX", "BR", None, "Congo"]
    assert dict(result.mapping) == {"Mexico": "MX", "Korea, Rep.": "KR", 76: "BR"}
    assert list(result.not_found) == ["Atlantis", "Congo"]
    assert "ambiguous" in result.not_found["Congo"]
    assert len(result) == len(VALUES)
    assert result[1] == "KR"
    assert result[:2] == ("MX", "KR")
    assert repr(result) == (
        "CountryCodes(8 values, 3 distinct resolved, 2 not found: 'Atlantis', 'Congo')"
    )


@pytest.mark.parametrize("fill", [None, "", "XX"])
def test_fill(fill: object) -> None:
    result = rm.country_codes(VALUES, to="alpha3", not_found=fill)
    assert list(result) == ["MEX", "KOR", fill, None, "MEX", "BRA", None, fill]


def test_raise_names_the_first_and_counts_the_others() -> None:
    with pytest.raises(UnknownCountryError, match="'Atlantis'") as caught:
        rm.country_codes(VALUES)
    note = (
        "1 other values were not resolved either: 'Congo'; pass not_found='keep' or a "
        "fill value to convert the rest"
    )
    assert caught.value.__notes__ == [note]
    many = [f"Nowhere {n}" for n in range(9)]
    with pytest.raises(UnknownCountryError) as caught:
        rm.country_codes(many)
    assert caught.value.__notes__[0].startswith("8 other values were not resolved either:")
    assert "'Nowhere 5' and 3 more;" in caught.value.__notes__[0]


def test_raise_is_the_default_and_keeps_the_error_type() -> None:
    with pytest.raises(AmbiguousCountryError):
        rm.country_codes(["MX", "Congo"])
    with pytest.raises(ArgumentTypeError):
        rm.country_codes([7.5])


def test_every_value_resolves() -> None:
    result = rm.country_codes(iter(["MX", "Brésil"]))
    assert result.codes == ("MX", "BR")
    assert not result.not_found


def test_unhashable_values_are_reported_by_their_repr() -> None:
    result = rm.country_codes([["MX"], "MX"], not_found=None)
    assert list(result) == [None, "MX"]
    assert list(result.not_found) == ["['MX']"]


def test_the_code_form_is_checked_first() -> None:
    with pytest.raises(InvalidArgumentError):
        rm.country_codes([], to="iso3")  # type: ignore[arg-type]


def test_each_distinct_value_is_resolved_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from regional_migration._countries import batch as _country_batch  # noqa: PLC0415

    calls: list[object] = []
    real = rm.country_code

    def spy(value: object, to: rm.CodeForm = "alpha2", from_: rm.Scheme | None = None) -> str:
        calls.append(value)
        return real(value, to=to, from_=from_)  # type: ignore[arg-type]

    monkeypatch.setattr(_country_batch, "country_code", spy)
    rm.country_codes(["MX", "Atlantis"] * 1000, not_found="keep")
    assert calls == ["MX", "MX", "Atlantis"]  # the first checks the code form


def test_result_is_immutable() -> None:
    result = rm.country_codes(["MX"])
    with pytest.raises(AttributeError):
        result.codes = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.mapping["x"] = "y"  # type: ignore[index]
    assert copy.deepcopy(result) == result
    again = pickle.loads(pickle.dumps(result))  # noqa: S301 - our own object
    assert again == result
    with pytest.raises(TypeError):
        again.not_found["x"] = "y"


# pandas.


def test_series_keeps_its_index() -> None:
    series = pd.Series(["Brasil", "Atlantis", None], index=[10, 20, 30], name="country")
    result = rm.country_codes(series, to="alpha3", not_found="keep")
    frame = result.to_pandas()
    assert frame.index.tolist() == [10, 20, 30]
    assert frame.tolist() == ["BRA", "Atlantis", None]
    assert series.map(result.mapping).tolist()[0] == "BRA"


def test_nullable_integer_column() -> None:
    series = pd.Series([76, None, 32], dtype="Int64")
    assert list(rm.country_codes(series)) == ["BR", None, "AR"]
    assert list(rm.country_codes(pd.Series([pd.NaT, "MX"]))) == [None, "MX"]


def test_plain_values_give_a_series_with_a_default_index() -> None:
    assert rm.country_codes(["MX", "AR"]).to_pandas().tolist() == ["MX", "AR"]


def test_to_pandas_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    result = rm.country_codes(["MX"])
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match="the 'pandas' extra"):
        result.to_pandas()
    assert list(rm.country_codes(["MX", None])) == ["MX", None]
