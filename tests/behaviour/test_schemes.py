"""Codes of declared schemes (FIPS, UNHCR, COW, GW, M49, World Bank), never guessed."""

from __future__ import annotations

import copy
import json
import pickle
from importlib.resources import files
from typing import Any

import numpy as np
import pytest
from code_tables import FIPS_COLLISIONS, UNHCR_CODES

import regional_migration as rm


def test_done_when() -> None:
    assert list(rm.country_codes(["PA", "DO", "ES"], from_="fips")) == ["PY", "DM", "SV"]
    assert rm.country_code("GUA", from_="unhcr") == "GT"
    assert rm.country_code("PA") == "PA"  # ISO's Panama, as before


@pytest.mark.parametrize("iso", sorted(FIPS_COLLISIONS))
def test_every_fips_collision_of_the_americas(iso: str) -> None:
    fips, other = FIPS_COLLISIONS[iso]
    assert rm.country_code(fips, from_="fips") == iso
    assert rm.country_code(fips) == other  # read as ISO without a declared scheme
    result = rm.country_codes([fips])
    assert list(result) == [other]
    note = result.clashes[fips]
    assert note.startswith(f"{fips!r} is ")
    assert "in FIPS 10-4 (GDELT) it is" in note
    assert "pass from_='fips'" in note


def test_the_clash_message_names_the_scheme_to_declare() -> None:
    assert rm.country_codes(["PA"]).clashes == {
        "PA": "'PA' is Panama in ISO 3166; in FIPS 10-4 (GDELT) it is Paraguay: pass from_='fips'"
    }
    assert "clash" in repr(rm.country_codes(["PA", "MX"]))
    assert not rm.country_codes(["MX", "Mexico"]).clashes
    assert not rm.country_codes(["PA"], from_="iso").clashes  # declared: no note
    assert not rm.country_codes(["PA"], from_="fips").clashes


@pytest.mark.parametrize("iso", sorted(UNHCR_CODES))
def test_every_unhcr_code_that_is_not_the_iso_code(iso: str) -> None:
    code = UNHCR_CODES[iso]
    assert rm.country_code(code, from_="unhcr") == iso
    assert rm.country_code(iso, to="unhcr") == code
    result = rm.country_codes([code], not_found=None)
    if result[0] is None:  # no ISO code: the refusal names the scheme
        assert "pass from_='unhcr'" in result.not_found[code]
    else:  # an ISO code of another entity: converted as ISO's, with a note
        assert result[0] != iso
        assert "pass from_='unhcr'" in result.clashes[code]


def test_austria_and_australia() -> None:
    assert rm.country_code("AUS", from_="unhcr") == "AT"
    assert rm.country_code("AUL", from_="unhcr") == "AU"
    assert rm.country_code("AUS") == "AU"


def test_a_refused_code_names_the_schemes_that_have_it() -> None:
    with pytest.raises(rm.UnknownCountryError) as caught:
        rm.country_code("GUA")
    message = str(caught.value)
    assert message.startswith("'GUA' is not an ISO 3166-1 code; in UNHCR's codes it is Guatemala")
    assert "pass from_='unhcr'" in message
    assert "pass from_='cow'" in message


def test_unhcr_values_that_are_not_countries() -> None:
    assert rm.country_code("GAZ", from_="unhcr") == "PS"
    for code, label in [("STA", "Stateless"), ("UKN", "Unknown"), ("UNK", "Unknown")]:
        with pytest.raises(rm.UnknownCountryError, match=f"UNHCR's code for '{label}'"):
            rm.country_code(code, from_="unhcr")
    with pytest.raises(rm.UnknownCountryError, match="UNHCR's codes it is 'Tibetan'"):
        rm.country_code("TIB")
    result = rm.country_codes(["GUA", "STA", "VAR", "HON"], from_="unhcr", not_found=None)
    assert list(result) == ["GT", None, None, "HN"]
    assert "'Stateless', not a country" in result.not_found["STA"]


def test_kosovo() -> None:
    for value, scheme in [("KV", "fips"), ("KOS", "unhcr"), ("XKX", "wb"), (347, "cow")]:
        assert rm.country_code(value, from_=scheme) == "XK"  # type: ignore[arg-type]
    assert rm.country_code("KV", from_="fips", to="wb") == "XKX"
    with pytest.raises(rm.UnknownCountryError, match="no code in the crosswalk's column 'iso3c'"):
        rm.country_code("KV", from_="fips", to="alpha3")
    for value in ("XK", "Kosovo"):
        with pytest.raises(rm.UnknownCountryError, match="which ISO 3166-1 does not code"):
            rm.country_code(value)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("419", "Latin America and the Caribbean"),
        (419, "Latin America and the Caribbean"),
        ("005", "South America"),
        ("South America", "South America"),
        ("Caribbean", "Caribbean"),
        ("caribbean", "Caribbean"),
    ],
)
def test_m49_regions_are_regions(value: str | int, name: str) -> None:
    for scheme in (None, "m49"):
        if scheme is None or not isinstance(value, str) or value.isdigit():
            with pytest.raises(rm.UnknownCountryError, match=f"is a region.*is {name} "):
                rm.country_code(value, from_=scheme)


def test_a_country_named_like_a_region_stays_a_country() -> None:
    assert rm.country_code("Micronesia") == "FM"


def test_m49_codes() -> None:
    assert rm.country_code(484, from_="m49") == "MX"
    assert rm.country_code("032", from_="m49", to="iso3c") == "ARG"
    assert rm.country_code("MX", to="m49") == "484"
    assert list(rm.country_codes(["MX", "BR"], to="m49")) == [484, 76]


def test_whole_floats_convert() -> None:
    gap = [92.0, float("nan"), 484.0, np.float32(76.0), np.float64(2.0)]
    assert list(rm.country_codes(gap, not_found=None)) == ["VG", None, "MX", "BR", None]
    by_cow = rm.country_codes(gap, from_="cow", not_found=None)
    assert list(by_cow) == ["SV", None, "CG", None, "US"]  # COW 484 is Congo
    assert rm.country_code(92.0, from_="cow") == "SV"  # type: ignore[arg-type]
    assert list(rm.country_codes([2.5], not_found=None)) == [None]


def test_columns_and_numbers() -> None:
    assert rm.country_code("SAL", from_="unhcr", to="fips") == "ES"
    assert rm.country_code("El Salvador", to="cown") == "92"
    assert rm.country_code("SLV", to="wikidata") == "Q792"
    assert list(rm.country_codes(["SV", "GT"], to="cown")) == [92, 90]
    assert list(rm.country_codes(["SAL"], from_="unhcr", to="numeric")) == ["222"]
    assert list(rm.country_codes(["SAL"], from_="wb", not_found=None)) == [None]
    assert rm.country_code("sal", from_="cow") == "SV"
    assert rm.country_code(" pa ", from_="fips") == "PY"


def test_a_code_no_entity_has_in_the_scheme() -> None:
    with pytest.raises(rm.UnknownCountryError, match="is the code of no entity in UNHCR's codes"):
        rm.country_code("ZZZ", from_="unhcr")
    with pytest.raises(rm.UnknownCountryError, match=r"in FIPS 10-4 \(GDELT\) it is Paraguay"):
        rm.country_code("PA", from_="unhcr")
    with pytest.raises(
        rm.UnknownCountryError, match="has no code in the crosswalk's column 'cown'"
    ):
        rm.country_code("PR", to="cown")


@pytest.mark.parametrize("bad", ["FIPS", "iso3", "", 5])
def test_an_unknown_scheme_is_refused(bad: object) -> None:
    with pytest.raises(rm.InvalidArgumentError, match="code scheme"):
        rm.country_code("PA", from_=bad)  # type: ignore[arg-type]
    with pytest.raises(rm.InvalidArgumentError, match="code scheme"):
        rm.country_codes(["PA"], from_=bad)  # type: ignore[arg-type]


def test_an_unknown_column_is_refused() -> None:
    with pytest.raises(rm.InvalidArgumentError, match="crosswalk column: 'iso2c'"):
        rm.country_code("PA", from_="fips", to="iso")  # type: ignore[arg-type]
    with pytest.raises(rm.InvalidArgumentError, match="code form"):
        rm.country_codes(["PA"], from_="fips", to="iso")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [True, b"PA", 2.5, [1]])
def test_a_code_of_the_wrong_type_is_refused(bad: object) -> None:
    with pytest.raises(rm.ArgumentTypeError, match="a code is given as text or as a whole number"):
        rm.country_code(bad, from_="fips")  # type: ignore[arg-type]


def test_a_huge_number_is_no_code() -> None:
    with pytest.raises(rm.UnknownCountryError, match="too large"):
        rm.country_code(10**5000, from_="cow")


def test_the_result_with_clashes_copies_and_pickles() -> None:
    result = rm.country_codes(["PA", "MAR"])
    assert copy.deepcopy(result) == result
    again = pickle.loads(pickle.dumps(result))  # noqa: S301 - our own object
    assert again == result
    assert again.clashes == result.clashes
    with pytest.raises(TypeError):
        result.clashes["x"] = "y"  # type: ignore[index]


def _entities() -> list[dict[str, Any]]:
    text = files("regional_migration").joinpath("data", "crosswalk.json").read_text("utf-8")
    found: list[dict[str, Any]] = json.loads(text)["entities"]
    return found


def test_every_unhcr_code_that_differs_from_iso_alpha_3_anywhere() -> None:
    differing = [e for e in _entities() if e["unhcr"] and e["unhcr"] != e["iso3c"]]
    assert len(differing) > len(UNHCR_CODES)  # the world's, not only the Americas'
    for entity in differing:
        assert rm.country_code(entity["unhcr"], from_="unhcr") == entity["iso2c"]
        result = rm.country_codes([entity["unhcr"]], not_found=None)
        if result[0] is None:  # no ISO code: refused, naming UNHCR
            assert "from_='unhcr'" in result.not_found[entity["unhcr"]], entity
        else:  # ISO's code of another entity: converted as ISO's, with a note
            assert result[0] != entity["iso2c"]
            assert "from_='unhcr'" in result.clashes[entity["unhcr"]], entity


def test_every_fips_code_that_is_another_entitys_iso_code_anywhere() -> None:
    iso = {e["iso2c"] for e in _entities()}
    clashing = [e for e in _entities() if e["fips"] and e["fips"] != e["iso2c"]]
    for entity in clashing:
        assert rm.country_code(entity["fips"], from_="fips") == entity["iso2c"]
        if entity["fips"] in iso - {"XK"}:
            note = rm.country_codes([entity["fips"]]).clashes[entity["fips"]]
            assert "pass from_='fips'" in note, entity
