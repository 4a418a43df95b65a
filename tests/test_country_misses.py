"""Failed country look-ups: bounded work for suggestions, and the same suggestions."""

from __future__ import annotations

import difflib

import pytest

import regional_migration as rm
from regional_migration import _countries, _country_index
from regional_migration.errors import UnknownCountryError


def _message(text: str) -> str:
    with pytest.raises(UnknownCountryError) as caught:
        rm.country_code(text)
    return str(caught.value)


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Mexcio", "did you mean MX (Mexico)?"),
        ("Brazill", "did you mean BR (Brazil)?"),
        ("Korea", "did you mean KP (North Korea) or KR (South Korea)?"),
        ("Virgin Islands", "VI (U.S. Virgin Islands) or VG (British Virgin Islands)?"),
        ("Republique centrafricine", "did you mean CF (Central African Republic)?"),
    ],
)
def test_close_names_are_suggested(text: str, suggested: str) -> None:
    assert _message(text).endswith(suggested)


def test_nothing_close_suggests_nothing() -> None:
    assert _message("Qxzzy wvvq").endswith("known to this library")


def test_each_miss_is_compared_with_a_few_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    rm.country_code("MX")
    compared: list[int] = []
    real = difflib.get_close_matches

    def spy(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        compared.append(len(possibilities))
        return real(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", spy)
    for text in ("Mexcio", "Republic of Nowhere at all", "a" * 200):
        with pytest.raises(UnknownCountryError):
            rm.country_code(text)
    assert compared
    assert max(compared) <= _countries._NEAREST < len(_country_index.country_index().suggestible)


def test_repeated_misses_are_remembered_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_countries, "_REMEMBERED", 2)
    index = _country_index.country_index()
    shortlist = _countries._shortlist(index)
    shortlist.memo.clear()
    first = _message("Mexcio")
    assert _message("Mexcio") == first
    for text in ("Brazill", "Argentinia", "Chilee"):
        _message(text)
    assert len(shortlist.memo) <= 2


def test_a_new_index_gets_its_own_shortlist() -> None:
    index = _country_index.country_index()
    other = _country_index._build()
    assert _countries._shortlist(other) is not _countries._shortlist(index)
    assert _countries._shortlist(index) is _countries._shortlist(index)


def test_words_that_no_key_has() -> None:
    shortlist = _countries._shortlist(_country_index.country_index())
    assert shortlist.containing(["republic", "atlantis"]) == []
    assert shortlist.containing([]) == []
    assert "dominican republic" in shortlist.containing(["republic", "dominican"])
