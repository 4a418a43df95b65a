"""The one suggestion algorithm of processes and countries (`_text.Suggester`)."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from regional_migration._core.text import Suggester

if TYPE_CHECKING:
    import pytest

KEYS = ("dominican republic", "central african republic", "mexico", "new mexico", "brazil")


def test_close_keys_come_first_then_keys_holding_the_words() -> None:
    suggester = Suggester(KEYS)
    assert suggester.close("mexcio") == ("mexico",)
    assert suggester.close("brazl") == ("brazil",)
    assert suggester.close("republic") == ("dominican republic", "central african republic")
    assert suggester.close("qxzzy wvvq") == ()
    assert suggester.close("") == ()


def test_short_words_are_not_looked_for_inside_keys() -> None:
    assert Suggester(("ab cd", "xy")).close("ab") == ()


def test_the_work_per_miss_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = [f"name {number:04d}" for number in range(500)]
    suggester = Suggester(keys)
    compared: list[tuple[int, int]] = []
    real = difflib.get_close_matches

    def spy(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        compared.append((len(word), len(possibilities)))
        return real(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", spy)
    suggester.close("name 0001x" * 10_000)
    suggester.close("name 0002")
    assert compared
    for length, possibilities in compared:
        assert length <= 64
        assert possibilities <= Suggester.NEAREST < len(keys)


def test_repeated_misses_are_remembered_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Suggester, "REMEMBERED", 2)
    suggester = Suggester(KEYS)
    calls: list[str] = []
    real = difflib.get_close_matches

    def spy(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        calls.append(word)
        return real(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", spy)
    first = suggester.close("mexcio")
    assert suggester.close("mexcio") == first
    assert calls == ["mexcio"]
    for key in ("brazill", "argentinia", "chilee"):
        suggester.close(key)
    assert len(suggester._memo) <= 2


def test_words_that_no_key_has() -> None:
    suggester = Suggester(KEYS)
    assert suggester.containing(["republic", "atlantis"]) == []
    assert suggester.containing([]) == []
    assert suggester.containing(["republic", "dominican"]) == ["dominican republic"]


def test_keys_given_twice_are_kept_once() -> None:
    assert Suggester(["mexico", "mexico"]).keys == ("mexico",)
