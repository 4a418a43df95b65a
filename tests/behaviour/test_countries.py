"""Country codes and names: the table, the decided collisions, properties, bad input."""
# ruff: noqa: RUF001 - the tests type lookalike Cyrillic and fullwidth letters on purpose

from __future__ import annotations

import json
import threading
import unicodedata
from importlib.resources import files
from typing import Any

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

import regional_migration as rm
from regional_migration._core import resources as _resources
from regional_migration._core.text import MAX_KEY_LENGTH, fold
from regional_migration._countries import index as _country_index
from regional_migration._countries import lookup as _countries
from regional_migration._countries.index import collisions, name_records
from regional_migration._countries.lookup import iso_codes
from regional_migration.errors import (
    AmbiguousCountryError,
    UnknownCountryError,
    UnsupportedLanguageError,
)

# Every country and territory of the Americas that ISO 3166-1 lists, with Spain,
# Portugal and Andorra: names in English, Spanish, French and Portuguese, official and
# common forms, and the variants people type (articles, no accents, other spellings).
NAMES: dict[str, tuple[str, ...]] = {
    "AG": (
        "Antigua and Barbuda",
        "Antigua & Barbuda",
        "Antigua y Barbuda",
        "Antigua-et-Barbuda",
        "Antígua e Barbuda",
        "antigua e barbuda",
    ),
    "AI": ("Anguilla", "Anguila", "l'Anguilla"),
    "AR": (
        "Argentina",
        "Argentine",
        "l'Argentine",
        "la Argentina",
        "a Argentina",
        "República Argentina",
        "Argentine Republic",
    ),
    "AW": ("Aruba", "ARUBA"),
    "BB": ("Barbados", "Barbade", "la Barbade"),
    "BL": (
        "St. Barthélemy",
        "Saint Barthélemy",
        "San Bartolomé",
        "Saint-Barthélemy",
        "São Bartolomeu",
        "saint barthelemy",
    ),
    "BM": ("Bermuda", "Bermudas", "Bermudes", "les Bermudes", "las Bermudas"),
    "BO": (
        "Bolivia",
        "Bolivie",
        "Bolívia",
        "la Bolivie",
        "Estado Plurinacional de Bolivia",
        "Bolivia (Plurinational State of)",
        "Plurinational State of Bolivia",
        "État plurinational de Bolivie",
        "Estado Plurinacional da Bolívia",
        "Bolivia, Plurinational State of",
    ),
    "BQ": (
        "Caribbean Netherlands",
        "Caribe neerlandés",
        "Pays-Bas caribéens",
        "Países Baixos Caribenhos",
        "Bonaire, Sint Eustatius and Saba",
    ),
    "BR": (
        "Brazil",
        "Brasil",
        "Brésil",
        "le Brésil",
        "o Brasil",
        "el Brasil",
        "Federative Republic of Brazil",
        "Bresil",
    ),
    "BS": (
        "Bahamas",
        "The Bahamas",
        "the Bahamas",
        "las Bahamas",
        "les Bahamas",
        "as Bahamas",
        "Commonwealth of the Bahamas",
    ),
    "BZ": ("Belize", "Belice", "le Belize", "Bélize"),
    "CA": ("Canada", "Canadá", "le Canada", "el Canadá", "o Canadá", "CANADA"),
    "CL": ("Chile", "Chili", "le Chili", "Republic of Chile", "República de Chile"),
    "CO": ("Colombia", "Colombie", "Colômbia", "la Colombie", "a Colômbia", "Republic of Colombia"),
    "CR": ("Costa Rica", "le Costa Rica", "costa-rica", "Republic of Costa Rica"),
    "CU": ("Cuba", "Republic of Cuba", "República de Cuba"),
    "CW": ("Curaçao", "Curazao", "Curacao"),
    "DM": ("Dominica", "Dominique", "la Dominique", "Commonwealth of Dominica"),
    "DO": (
        "Dominican Republic",
        "República Dominicana",
        "République dominicaine",
        "la République dominicaine",
        "Republica Dominicana",
        "la República Dominicana",
        "a República Dominicana",
        "REPUBLIQUE DOMINICAINE",
        "république-dominicaine",
    ),
    "EC": (
        "Ecuador",
        "Équateur",
        "Equador",
        "l'Équateur",
        "l’Equateur",
        "el Ecuador",
        "o Equador",
        "Republic of Ecuador",
    ),
    "FK": (
        "Falkland Islands",
        "Islas Malvinas",
        "Îles Malouines",
        "Ilhas Malvinas",
        "Falkland Islands (Malvinas)",
        "les Îles Malouines",
    ),
    "GD": ("Grenada", "Granada", "Grenade", "la Grenade"),
    "GF": (
        "French Guiana",
        "Guayana Francesa",
        "Guyane française",
        "Guiana Francesa",
        "la Guyane française",
    ),
    "GL": ("Greenland", "Groenlandia", "Groenland", "Groenlândia", "le Groenland"),
    "GP": ("Guadeloupe", "Guadalupe", "la Guadeloupe"),
    "GS": (
        "South Georgia & South Sandwich Islands",
        "South Georgia and the South Sandwich Islands",
        "Islas Georgia del Sur y Sandwich del Sur",
        "Géorgie du Sud-et-les Îles Sandwich du Sud",
        "Ilhas Geórgia do Sul e Sandwich do Sul",
    ),
    "GT": ("Guatemala", "le Guatemala", "Republic of Guatemala", "República de Guatemala"),
    "GY": ("Guyana", "Guiana", "le Guyana", "a Guiana", "Guayana", "Republic of Guyana"),
    "HN": ("Honduras", "le Honduras", "las Honduras", "Republic of Honduras"),
    "HT": ("Haiti", "Haití", "Haïti", "Republic of Haiti"),
    "JM": ("Jamaica", "Jamaïque", "la Jamaïque", "a Jamaica"),
    "KN": (
        "St. Kitts & Nevis",
        "Saint Kitts and Nevis",
        "St Kitts and Nevis",
        "San Cristóbal y Nieves",
        "Saint-Christophe-et-Niévès",
        "São Cristóvão e Névis",
    ),
    "KY": ("Cayman Islands", "Islas Caimán", "Îles Caïmans", "Ilhas Cayman", "les îles Caïmans"),
    "LC": ("St. Lucia", "Saint Lucia", "St Lucia", "Santa Lucía", "Sainte-Lucie", "Santa Lúcia"),
    "MF": (
        "Saint Martin (French part)",
        "Saint-Martin (partie française)",
        "San Martín",
        "São Martinho",
    ),
    "MQ": ("Martinique", "Martinica", "la Martinique"),
    "MS": ("Montserrat", "Monserrate"),
    "MX": (
        "Mexico",
        "México",
        "Mexique",
        "le Mexique",
        "o México",
        "MÉXICO",
        "United Mexican States",
        "Estados Unidos Mexicanos",
        "mexico",
    ),
    "NI": ("Nicaragua", "le Nicaragua", "Republic of Nicaragua"),
    "PA": ("Panama", "Panamá", "le Panama", "o Panamá", "Republic of Panama"),
    "PE": ("Peru", "Perú", "Pérou", "le Pérou", "el Perú", "o Peru", "Republic of Peru"),
    "PM": (
        "St. Pierre & Miquelon",
        "Saint Pierre and Miquelon",
        "San Pedro y Miquelón",
        "Saint-Pierre-et-Miquelon",
        "São Pedro e Miquelão",
    ),
    "PR": ("Puerto Rico", "Porto Rico", "Porto Rico"),
    "PY": (
        "Paraguay",
        "Paraguai",
        "le Paraguay",
        "el Paraguay",
        "o Paraguai",
        "Republic of Paraguay",
    ),
    "SR": ("Suriname", "Surinam", "le Suriname", "Republic of Suriname"),
    "SV": (
        "El Salvador",
        "Salvador",
        "le Salvador",
        "el salvador",
        "Republic of El Salvador",
        "SALVADOR",
    ),
    "SX": ("Sint Maarten", "Saint-Martin (partie néerlandaise)", "Sint Maarten (Dutch part)"),
    "TC": (
        "Turks & Caicos Islands",
        "Turks and Caicos Islands",
        "Islas Turcas y Caicos",
        "Îles Turques-et-Caïques",
        "Ilhas Turcas e Caicos",
    ),
    "TT": (
        "Trinidad & Tobago",
        "Trinidad and Tobago",
        "Trinidad y Tobago",
        "Trinité-et-Tobago",
        "Trindade e Tobago",
        "trinite et tobago",
    ),
    "US": (
        "United States",
        "United States of America",
        "the United States",
        "Estados Unidos",
        "États-Unis",
        "les États-Unis d'Amérique",
        "Estados Unidos da América",
        "Estados Unidos de América",
        "los Estados Unidos",
        "os Estados Unidos",
        "EE. UU.",
        "EE.UU.",
        "EUA",
        "etats unis",
    ),
    "UY": (
        "Uruguay",
        "Uruguai",
        "l'Uruguay",
        "el Uruguay",
        "o Uruguai",
        "Eastern Republic of Uruguay",
    ),
    "VC": (
        "St. Vincent & Grenadines",
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
        "Saint-Vincent-et-les-Grenadines",
        "São Vicente e Granadinas",
    ),
    "VE": (
        "Venezuela",
        "Vénézuela",
        "Venezuela (Bolivarian Republic of)",
        "Bolivarian Republic of Venezuela",
        "República Bolivariana de Venezuela",
        "le Venezuela",
        "la Venezuela",
    ),
    "VG": (
        "British Virgin Islands",
        "Virgin Islands, British",
        "Islas Vírgenes Británicas",
        "Îles Vierges britanniques",
        "Ilhas Virgens Britânicas",
    ),
    "VI": (
        "U.S. Virgin Islands",
        "US Virgin Islands",
        "Virgin Islands, U.S.",
        "United States Virgin Islands",
        "Islas Vírgenes de EE. UU.",
        "Îles Vierges des États-Unis",
        "Ilhas Virgens Americanas",
    ),
    "AD": ("Andorra", "Andorre", "l'Andorre", "Principality of Andorra", "Principado de Andorra"),
    "ES": (
        "Spain",
        "España",
        "Espagne",
        "Espanha",
        "l'Espagne",
        "la España",
        "a Espanha",
        "Kingdom of Spain",
        "Reino de España",
        "Espana",
    ),
    "PT": ("Portugal", "le Portugal", "o Portugal", "Portuguese Republic", "República Portuguesa"),
}
TABLE = [(name, code) for code, names in NAMES.items() for name in names]

AMERICAS = [
    "AG",
    "AI",
    "AR",
    "AW",
    "BB",
    "BL",
    "BM",
    "BO",
    "BQ",
    "BR",
    "BS",
    "BZ",
    "CA",
    "CL",
    "CO",
    "CR",
    "CU",
    "CW",
    "DM",
    "DO",
    "EC",
    "FK",
    "GD",
    "GF",
    "GL",
    "GP",
    "GS",
    "GT",
    "GY",
    "HN",
    "HT",
    "JM",
    "KN",
    "KY",
    "LC",
    "MF",
    "MQ",
    "MS",
    "MX",
    "NI",
    "PA",
    "PE",
    "PM",
    "PR",
    "PY",
    "SR",
    "SV",
    "SX",
    "TC",
    "TT",
    "US",
    "UY",
    "VC",
    "VE",
    "VG",
    "VI",
]


def _data(name: str) -> Any:
    return json.loads(files("regional_migration").joinpath("data", name).read_bytes())


def test_table_is_large_and_covers_the_americas() -> None:
    assert len(TABLE) >= 300
    assert set(NAMES) == {*AMERICAS, "AD", "ES", "PT"}
    for code in AMERICAS:
        assert pycountry.countries.get(alpha_2=code) is not None, code


@pytest.mark.parametrize(("name", "code"), TABLE)
def test_name_resolves(name: str, code: str) -> None:
    assert rm.country_code(name) == code


@pytest.mark.parametrize("code", [*AMERICAS, "AD", "ES", "PT"])
@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_display_names_resolve_back(code: str, lang: str) -> None:
    name = rm.country_name(code, lang)
    refused = {entry["name"] for entry in _data("country_ambiguities.json")["ambiguities"]} | {
        "Saint-Martin"
    }  # the French display name folds to the refused "St. Martin"
    if code == "MF" and name in refused:
        with pytest.raises(AmbiguousCountryError):
            rm.country_code(name)
        return
    assert rm.country_code(name) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mx", "MX"),
        ("MEX", "MX"),
        ("mex", "MX"),
        ("484", "MX"),
        ("068", "BO"),
        ("68", "BO"),
        ("Gb", "GB"),
        ("usa", "US"),
        (" do ", "DO"),
        ("dom", "DO"),
        ("212", "DM"),
        ("ＭＸ", "MX"),
    ],
)
def test_codes_in_any_case(text: str, code: str) -> None:
    assert rm.country_code(text) == code


def test_every_iso_code_resolves_to_itself() -> None:
    for country in pycountry.countries:
        for code in (country.alpha_2, country.alpha_3, country.numeric):
            assert rm.country_code(code) == country.alpha_2
            assert rm.country_code(code.lower()) == country.alpha_2


def test_dominican_republic_is_never_dominica() -> None:
    for name in ("République dominicaine", "Republica Dominicana", "Dominican Republic"):
        assert rm.country_code(name) == "DO"
    for name in ("Dominique", "Dominica"):
        assert rm.country_code(name) == "DM"


# Collisions: every name the sources give to more than one country is decided.


def _decisions() -> dict[str, dict[str, Any]]:
    return {fold(e["name"]): e for e in _data("country_ambiguities.json")["ambiguities"]}


def test_every_collision_is_decided_and_no_decision_is_stale() -> None:
    found = collisions(name_records())
    decided = _decisions()
    assert sorted(found) == sorted(decided), "collisions and decisions differ"
    for key, codes in found.items():
        entry = decided[key]
        assert tuple(entry["codes"]) == codes, entry["name"]
        assert entry["decision"] == "refuse" or entry["decision"] in codes
        assert len(entry["reason"]) > 20


def test_no_name_is_also_a_code() -> None:
    index = _country_index.country_index()
    assert not set(index.codes) & set(index.names)


@pytest.mark.parametrize("key", sorted(_decisions()))
def test_decisions_are_applied(key: str) -> None:
    entry = _decisions()[key]
    if entry["decision"] == "refuse":
        with pytest.raises(AmbiguousCountryError) as caught:
            rm.country_code(entry["name"])
        assert [code for code, _ in caught.value.candidates] == entry["codes"]
        assert caught.value.reason == entry["reason"]
    else:
        assert rm.country_code(entry["name"]) == entry["decision"]


@pytest.mark.parametrize("text", ["Guyane", "la Guyane", "GUYANE", "guyane", " la  Guyane "])
def test_guyane_is_never_guyana(text: str) -> None:
    with pytest.raises(AmbiguousCountryError) as caught:
        rm.country_code(text)
    assert caught.value.candidates == (("GF", "French Guiana"), ("GY", "Guyana"))
    assert str(caught.value).startswith(
        f"{text!r} is ambiguous: it may mean GF (French Guiana) or GY (Guyana); in French"
    )
    assert str(caught.value).endswith("; pass the ISO code instead")


@pytest.mark.parametrize("text", ["St. Martin", "Saint Martin", "Saint-Martin", "ST MARTIN"])
def test_st_martin_is_refused_as_mf_or_sx(text: str) -> None:
    # IOM's list of the Caribbean Migration Consultations writes "St. Martin" for Sint
    # Maarten; ISO and CLDR give the name to the French collectivity.
    with pytest.raises(AmbiguousCountryError) as caught:
        rm.country_code(text)
    assert [code for code, _ in caught.value.candidates] == ["MF", "SX"]
    assert rm.country_code("Sint Maarten") == rm.country_code("St. Maarten") == "SX"
    assert rm.country_code("Saint Martin (French part)") == "MF"


def test_congo_is_two_countries() -> None:
    with pytest.raises(AmbiguousCountryError) as caught:
        rm.country_code("Congo")
    assert caught.value.candidates == (("CD", "Congo - Kinshasa"), ("CG", "Congo - Brazzaville"))
    assert rm.country_code("Congo-Brazzaville") == "CG"
    assert rm.country_code("République démocratique du Congo") == "CD"
    assert rm.country_code("Democratic Republic of the Congo") == "CD"


def test_aliases_add_what_the_sources_lack() -> None:
    sourced = {(r.key, r.code) for r in name_records() if r.source != "alias"}
    for entry in _data("country_aliases.json")["aliases"]:
        assert (fold(entry["name"]), entry["code"]) not in sourced, entry["name"]
        assert entry["lang"] in ("en", "es", "fr", "pt")
        assert pycountry.countries.get(alpha_2=entry["code"]) is not None
        assert entry["reason"]


def test_docs_list_every_decision() -> None:
    from pathlib import Path  # noqa: PLC0415

    guide = (Path(__file__).parents[2] / "docs" / "countries.md").read_text(encoding="utf-8")
    for entry in _data("country_ambiguities.json")["ambiguities"]:
        decision = "refused" if entry["decision"] == "refuse" else entry["decision"]
        codes = ", ".join(entry["codes"])
        assert f"| {entry['name']} | {codes} | {decision} | {entry['reason']} |" in guide


# Properties.

_ALL_NAMES = sorted({r.text for r in name_records()} | {name for name, _ in TABLE})
_RESOLVABLE = []
for _text in _ALL_NAMES:
    try:
        rm.country_code(_text)
    except AmbiguousCountryError:
        continue
    _RESOLVABLE.append(_text)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.sampled_from(_RESOLVABLE))
def test_resolution_is_idempotent(name: str) -> None:
    code = rm.country_code(name)
    assert rm.country_code(code) == code


@given(
    st.sampled_from(_RESOLVABLE),
    st.sampled_from([str.upper, str.lower, str.title, str.casefold, _strip_accents]),
    st.text(" \t\n", max_size=3),
    st.text(" \t", max_size=3),
)
def test_resolution_ignores_case_accents_and_spaces(
    name: str, change: Any, before: str, after: str
) -> None:
    assert rm.country_code(before + change(name) + after) == rm.country_code(name)


@given(st.text(max_size=300))
def test_any_text_gives_a_code_or_a_country_error(text: str) -> None:
    try:
        code = rm.country_code(text)
    except (UnknownCountryError, AmbiguousCountryError):
        return
    assert pycountry.countries.get(alpha_2=code) is not None


# Bad input: exact messages.


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "'' is not a country name or code: it is empty"),
        ("   ", "'   ' is not a country name or code: it is empty"),
        (
            "M\x00X",
            "'M\\x00X' is not a country name or code: it contains the control character U+0000",
        ),
        (
            "МХ",
            (
                "'МХ' is not a country name or code: it contains 'М' (U+041C CYRILLIC CAPITAL "
                "LETTER EM), which is not a Latin letter"
            ),
        ),
        (
            "Mеxico",
            (
                "'Mеxico' is not a country name or code: it contains 'е' (U+0435 CYRILLIC "
                "SMALL LETTER IE), which is not a Latin letter"
            ),
        ),
        ("UK", "'UK' is not an ISO 3166-1 code; did you mean GB (United Kingdom)?"),
        (
            "AN",
            (
                "'AN' was withdrawn from ISO 3166-1 on 2010-12-15 (Netherlands Antilles); in "
                "FIPS 10-4 (GDELT) it is Andorra: pass from_='fips'; did "
                "you mean BQ (Caribbean Netherlands), CW (Curaçao) or SX (Sint Maarten)?"
            ),
        ),
        (
            "ANT",
            (
                "'ANT' was withdrawn from ISO 3166-1 on 2010-12-15 (Netherlands Antilles); in "
                "UNHCR's codes it is Antigua and Barbuda: pass from_='unhcr'; did "
                "you mean BQ (Caribbean Netherlands), CW (Curaçao) or SX (Sint Maarten)?"
            ),
        ),
        (
            "ZR",
            (
                "'ZR' was withdrawn from ISO 3166-1 on 1997-07-14 (Zaire, Republic of); did you "
                "mean CD (Congo - Kinshasa)?"
            ),
        ),
        (
            "PZ",
            (
                "'PZ' was withdrawn from ISO 3166-1 in 1980 (Panama Canal Zone); did you mean "
                "PA (Panama)?"
            ),
        ),
        (
            "Mexcio",
            (
                "'Mexcio' is not a country name or code known to this library; did you "
                "mean MX (Mexico)?"
            ),
        ),
        ("Atlantis", "'Atlantis' is not a country name or code known to this library"),
        ("XX", "'XX' is not a country name or code known to this library"),
        (
            "Korea",
            (
                "'Korea' is not a country name or code known to this library; did you mean "
                "KP (North Korea) or KR (South Korea)?"
            ),
        ),
    ],
)
def test_bad_input_messages(text: str, message: str) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        rm.country_code(text)
    assert str(caught.value) == message
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


def test_huge_input_is_refused_before_any_work() -> None:
    text = "x" * 200_000
    with pytest.raises(UnknownCountryError) as caught:
        rm.country_code(text)
    assert str(caught.value) == (
        f"'{'x' * 60}…' (200000 characters) is not a country name or code: it is longer "
        "than 200 characters"
    )


@pytest.mark.parametrize(
    "text", ["", "\x00" * 200_000, "М" * 150, "Z" * 200, "\x00", "Ｍ\x00", "а" * 100_000]
)
def test_bad_input_is_bounded(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Speed is measured by the benchmark; here we check that the work is bounded:
    # nothing longer than the key limit is ever folded or compared.
    rm.country_code("MX")  # the index is built
    folded: list[int] = []
    real = _countries.fold

    def spy(value: str) -> str:
        folded.append(len(value))
        return real(value)

    monkeypatch.setattr(_countries, "fold", spy)
    with pytest.raises(UnknownCountryError):
        rm.country_code(text)
    assert all(n <= MAX_KEY_LENGTH for n in folded)


def test_wrong_type() -> None:
    with pytest.raises(TypeError, match="given as text or as a whole number, not NoneType"):
        rm.country_code(None)  # type: ignore[arg-type]


# country_name.


def test_country_name() -> None:
    assert rm.country_name("DO", "fr") == "République dominicaine"
    assert rm.country_name("US", "es") == "Estados Unidos"
    assert rm.country_name("la République dominicaine") == "Dominican Republic"
    assert rm.country_name("SV", lang="fr") == "Salvador"
    assert rm.country_name("GY", "pt") == "Guiana"


def test_country_name_refuses_other_languages() -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        rm.country_name("MX", "de")
    assert str(caught.value) == "unsupported language 'de'; use 'en', 'es', 'fr' or 'pt'"
    assert isinstance(caught.value, ValueError)


# The index: built once, read-only, not on the import path.


def test_index_is_built_once_under_threads() -> None:
    _resources.clear()
    barrier = threading.Barrier(16)
    seen: list[object] = []

    def first_call() -> None:
        barrier.wait()
        rm.country_code("Mexique")
        seen.append(_country_index.country_index())

    threads = [threading.Thread(target=first_call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 16
    assert all(index is seen[0] for index in seen)


def test_more_distinct_texts_than_are_remembered_resolve_alike() -> None:
    _resources.clear()
    texts = [" " * before + "mx" + " " * after for before in range(70) for after in range(70)]
    assert {rm.country_code(text) for text in texts} == {"MX"}
    assert {rm.country_code(text, to="alpha3") for text in texts[::100]} == {"MEX"}


def test_index_is_read_only() -> None:
    index = _country_index.country_index()
    with pytest.raises(TypeError):
        index.names["atlantis"] = "XX"  # type: ignore[index]
    with pytest.raises(AttributeError):
        index.names = {}  # type: ignore[misc]


# Membership checks accept names.

_SOURCE = {"id": "s", "url": "https://example.org/", "title": "T", "publisher": "P", "seen": "2026"}


def _process() -> rm.Process:
    def member(country: str, **changes: str) -> dict[str, Any]:
        base = {"country": country, "status": "member", "since": "2000"}
        return {**base, "confidence": "high", "sources": [_SOURCE], **changes}

    return rm.Process.model_validate(
        {
            "id": "TEST",
            "name": {"en": "Test", "es": "Prueba", "fr": "Essai", "pt": "Teste"},
            "kind": "declaration",
            "founded": "2000-01-01",
            "founding": "Adopted at a test meeting.",
            "memberships": [member("DO"), member("GY", until="2010"), member("SV")],
            "sources": [_SOURCE],
        }
    )


def test_membership_accepts_names_in_four_languages() -> None:
    process = _process()
    assert "République dominicaine" in process
    assert "le Salvador" in process
    assert "Dominique" not in process
    assert "GY" not in process
    assert process.is_member("a Guiana", on="2005-06-01")
    assert not process.is_member("Guyana", on="2011-06-01")


def test_membership_refuses_ambiguous_and_unknown_names() -> None:
    process = _process()
    with pytest.raises(AmbiguousCountryError):
        _ = "la Guyane" in process
    with pytest.raises(UnknownCountryError):
        process.is_member("Atlantis")
    with pytest.raises(TypeError):
        _ = 214 in process


def test_iso_code_forms_are_pycountrys() -> None:
    for country in pycountry.countries:
        assert iso_codes(country.alpha_2) == (country.alpha_3, country.numeric)
    assert iso_codes("ZZ") == ("", "")
