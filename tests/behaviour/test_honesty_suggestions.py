"""Ambiguity refused, suggestions sane: no guess dressed as an answer."""

from __future__ import annotations

import pytest

import regional_migration as rm
from regional_migration.cli import main
from regional_migration.errors import UnknownCountryError, UnknownProcessError


@pytest.mark.parametrize(
    "key", ["Palermo Protocol", "Protocolo de Palermo", "Protocole de Palerme"]
)
def test_palermo_protocol_is_refused_listing_both(key: str) -> None:
    with pytest.raises(UnknownProcessError, match="more than one instrument") as caught:
        rm.get(key)
    assert caught.value.suggestions == ("SMUGGLING-PROTOCOL", "TRAFFICKING-PROTOCOL")
    assert key in str(caught.value)


def test_palermo_protocol_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "Palermo Protocol"]) == 2
    err = capsys.readouterr().err
    assert "SMUGGLING-PROTOCOL" in err
    assert "TRAFFICKING-PROTOCOL" in err


def test_cartagena_suggests_the_1984_declaration_first() -> None:
    with pytest.raises(UnknownProcessError) as caught:
        rm.get("Cartagena")
    assert caught.value.suggestions[0] == "CARTAGENA-DECLARATION-1984"


def test_full_names_still_answer() -> None:
    assert rm.get("Trafficking Protocol").id == "TRAFFICKING-PROTOCOL"
    assert rm.get("Cartagena Declaration").id == "CARTAGENA-DECLARATION-1984"
    with pytest.raises(UnknownProcessError, match="did you mean 'CRM'"):
        rm.get("Puebla")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("GUA", "Guam"), ("UNK", "United Kingdom"), ("Narnia", "Armenia"), ("South America", "ZA")],
)
def test_no_nonsense_country_suggestions(text: str, wrong: str) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        rm.country_code(text)
    assert wrong not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("419", "Latin America and the Caribbean"),
        ("South America", "South America"),
        ("Caribbean", "Caribbean"),
        ("América del Sur", "South America"),
    ],
)
def test_regions_are_said_to_be_regions(text: str, region: str) -> None:
    with pytest.raises(UnknownCountryError, match=f"is a region, not a country: .*{region}"):
        rm.country_code(text)


def test_typos_still_get_their_country() -> None:
    with pytest.raises(UnknownCountryError, match=r"MX \(Mexico\)"):
        rm.country_code("Mexcio")
    with pytest.raises(UnknownCountryError, match=r"CO \(Colombia\)"):
        rm.country_code("Colmbia")
