"""Folding of user-typed text into a comparable key, and the supported languages.

Look-ups of processes and countries ignore case, accents, punctuation, "and", the
abbreviation "St." and a leading article, so that "Conferência  Regional sobre
Migração" and "conferencia regional sobre migracao", or "la République dominicaine"
and "Republica Dominicana", meet. Folding is linear in the input and callers cap the
length first, so a huge string costs little.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType
from typing import Final, Literal

from regional_migration.errors import UnsupportedLanguageError

__all__ = [
    "LANGUAGES",
    "MAX_KEY_LENGTH",
    "SUGGESTED_KEY_LENGTH",
    "Language",
    "check_language",
    "fold",
]

Language = Literal["en", "es", "fr", "pt"]
"""A language of names: English, Spanish, French or Portuguese."""

LANGUAGES: tuple[Language, ...] = ("en", "es", "fr", "pt")
"""Every supported language, in a stable order."""


def check_language(lang: object) -> Language:
    """Return *lang* if it is a supported language.

    Raises:
        UnsupportedLanguageError: any other value.

    Examples:
        >>> check_language("pt")
        'pt'
    """
    for known in LANGUAGES:
        if lang == known:
            return known
    raise UnsupportedLanguageError(lang)


SUGGESTED_KEY_LENGTH = 64
"""Characters of a key compared with known names when looking for close matches."""

MAX_KEY_LENGTH = 200
"""Longer text is never a name or code; callers refuse it before folding."""


# Words that start a name in one language and not in another: "the Bahamas", "el
# Salvador", "la République dominicaine", "l'Équateur" (folded to "l equateur"), "os
# Estados Unidos". They are dropped from the start of a key that has more words.
_ARTICLES: Final = frozenset(
    {"the", "el", "la", "los", "las", "le", "les", "l", "o", "a", "os", "as"}
)
# Words that carry nothing: "the" anywhere ("Congo, The Democratic Republic of the") and
# "and" in its four languages, so that "Trinidad & Tobago", "Trinidad and Tobago" and
# "Trinidad-Tobago" meet. "&" is spaced out first.
_DROPPED: Final = frozenset({"the", "and", "y", "e", "et", "&"})
# Abbreviations written both ways in the sources: "St. Lucia" and "Saint Lucia".
_REWRITTEN: Final = MappingProxyType({"st": "saint", "ste": "sainte"})
# Every punctuation mark separates words, as spreadsheets add footnote marks
# ("Bolivia*"), web pages typographic apostrophes and dashes, reports quotes;
# "&" stays, as its own word.
_NOT_PLAIN: Final = re.compile(r"[^a-z0-9 ]")
_SEPARATORS: Final = re.compile(r"[^\w&]|_")
_SPECIAL: Final = _DROPPED | frozenset(_REWRITTEN)
# After decomposition ("é" is "e" then U+0301), the combining accents of the common
# block; and anything that is neither ASCII nor such an accent.
_COMBINING: Final = re.compile("[\u0300-\u036f]")
_FOREIGN: Final = re.compile("[^\x00-\x7f\u0300-\u036f]")
# Latin letters that have no decomposition into a base letter and an accent.
_LATIN_LETTERS: Final = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ł": "l",
        "ð": "d",
        "þ": "th",
        "\u0131": "i",
    }
)


def fold(text: str) -> str:
    """Return the key under which *text* is looked up.

    Processes and countries are both looked up by this key. It ignores case, accents,
    punctuation, "and", the abbreviation "St." and a leading article. It may keep
    non-ASCII characters (Cyrillic, Greek...), which no key of the index has; callers
    use that to explain the refusal. Callers cap the length of *text* first, so the
    work is bounded.

    Examples:
        >>> fold("la République-Dominicaine")
        'republique dominicaine'
        >>> fold("St. Kitts & Nevis"), fold("Saint-Kitts-et-Nevis")
        ('saint kitts nevis', 'saint kitts nevis')
        >>> fold("l'Équateur"), fold("Bolivia (Plurinational State of)")
        ('equateur', 'bolivia plurinational state of')
    """
    if not text.isascii():
        text = _ascii_letters(text)
    text = text.lower()
    if _NOT_PLAIN.search(text):
        text = _SEPARATORS.sub(" ", text.replace("&", " & "))
    words = text.split()
    if not _SPECIAL.isdisjoint(words):
        words = [_REWRITTEN.get(word, word) for word in words if word not in _DROPPED]
    if len(words) > 1 and words[0] in _ARTICLES:
        del words[0]
    return " ".join(words)


def _ascii_letters(text: str) -> str:
    """Remove accents; keep what is not a Latin letter, for the caller to refuse."""
    decomposed = unicodedata.normalize("NFKD", text)
    if _FOREIGN.search(decomposed) is None:
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return _COMBINING.sub("", decomposed).lower().translate(_LATIN_LETTERS)
