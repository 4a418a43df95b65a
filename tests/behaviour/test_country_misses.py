"""Failed country look-ups: bounded work for suggestions, and the same suggestions.

The algorithm itself is tested in test_suggestions.py; here it is asked through the
public API.
"""

from __future__ import annotations

import difflib

import pytest

import regional_migration as rm
from regional_migration._core import resources as _resources
from regional_migration._core.text import Suggester
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
    assert max(compared) <= Suggester.NEAREST


def test_a_reloaded_index_suggests_the_same() -> None:
    first = _message("Argentinia")
    _resources.clear()
    assert _message("Argentinia") == first
    assert _message("Argentinia") == first
