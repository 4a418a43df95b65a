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
from typing import TYPE_CHECKING, Final, Literal, get_args

from regional_migration._core.locking import lock
from regional_migration._core.public import publish
from regional_migration.errors import UnsupportedLanguageError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = ()
TYPES: tuple[str, ...] = ("Language",)

__all__ = [
    "LANGUAGES",
    "MAX_KEY_LENGTH",
    "MAX_NAME_LENGTH",
    "SUGGESTED_KEY_LENGTH",
    "Language",
    "Suggester",
    "check_language",
    "fold",
    "one_of",
]

Language = Literal["en", "es", "fr", "pt"]
"""A language of names: English, Spanish, French or Portuguese."""

LANGUAGES: tuple[Language, ...] = get_args(Language)
"""Every supported language, in a stable order."""


def one_of(value: object, choices: Iterable[str]) -> bool:
    """Whether *value* is text and one of *choices*.

    Checked as text first: pandas' ``NA`` compared with a choice gives ``NA``, whose
    truth raises a foreign `TypeError`.

    Examples:
        >>> one_of("csv", ("csv", "json")), one_of(None, ("csv", "json"))
        (True, False)
    """
    return isinstance(value, str) and value in choices


def check_language(lang: object) -> Language:
    """Return *lang* if it is a supported language.

    Raises:
        UnsupportedLanguageError: any other value.

    Examples:
        >>> check_language("pt")
        'pt'
    """
    for known in LANGUAGES:
        if isinstance(lang, str) and lang == known:  # pandas' NA compares as neither
            return known
    raise UnsupportedLanguageError(lang)


SUGGESTED_KEY_LENGTH = 64
"""Characters of a key compared with known names when looking for close matches."""

MAX_KEY_LENGTH = 200
"""Longer text is never a name or code; callers refuse it before folding."""

MAX_NAME_LENGTH = 400
"""Longer text is never the name of a process or instrument (official titles of the
declarations run to nearly 300 characters); `get` refuses it before folding."""


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


class Suggester:
    """The known keys that come close to a miss: one algorithm for processes and countries.

    Comparing a miss closely (`difflib`) with each of 1,600 country keys took
    milliseconds, and a column of a million misses took hours. So the keys are indexed
    by their letter trigrams and their words: a miss, capped at `SUGGESTED_KEY_LENGTH`
    characters, is compared closely with only the `NEAREST` keys that share the most
    trigrams with it, and the keys holding each of its words are added. A miss of at
    most `SHORT` letters, such as an acronym typed "CMR", shares no trigram with "crm",
    so it is also compared with the short keys that start with its letter, and one slip
    in it weighs more, so it needs less alike keys (`SHORT_CUTOFF`). The work per miss is
    bounded whatever its length, and the last `REMEMBERED` answers are kept, as a
    column repeats its typos.

    Examples:
        >>> Suggester(["mexico", "new mexico", "brazil"]).close("mexcio")
        ('mexico',)
        >>> Suggester(["mexico", "new mexico", "brazil"]).close("new")
        ('new mexico',)
    """

    NEAREST = 48
    """Keys compared closely with each miss."""

    REMEMBERED = 4096
    """Misses whose answers are kept."""

    CUTOFF = 0.75
    """How alike (`difflib` ratio, 0 to 1) a key must be to be suggested."""

    SHORT = 4
    """Letters of a short miss, compared with the short keys of its first letter too."""

    SHORT_CUTOFF = 0.6
    """How alike a key must be to a short miss: "cmr" and "crm" are 0.67 alike."""

    def __init__(self, keys: Iterable[str]) -> None:
        """Index *keys*, in their given order, by trigram and by word."""
        self.keys = tuple(dict.fromkeys(keys))
        by_gram: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        self._sizes = tuple(len(_trigrams(key)) for key in self.keys)
        for number, key in enumerate(self.keys):
            for gram in _trigrams(key):
                by_gram.setdefault(gram, []).append(number)
            for word in dict.fromkeys(key.split()):
                by_word.setdefault(word, []).append(number)
        self._by_gram = {gram: tuple(numbers) for gram, numbers in by_gram.items()}
        self._by_word = {word: frozenset(numbers) for word, numbers in by_word.items()}
        by_letter: dict[str, list[int]] = {}
        for number, key in enumerate(self.keys):
            if len(key) <= self.SHORT + 1:
                for letter in dict.fromkeys(key):
                    by_letter.setdefault(letter, []).append(number)
        self._short_by_letter = {letter: tuple(numbers) for letter, numbers in by_letter.items()}
        self._memo: dict[str, tuple[str, ...]] = {}

    def close(self, key: str) -> tuple[str, ...]:
        """The keys closest to the folded *key*, closest first, then those holding its words."""
        key = key[:SUGGESTED_KEY_LENGTH]
        remembered = self._memo.get(key)
        if remembered is not None:
            return remembered
        with lock():  # a first import runs under the lock a fork waits for
            import difflib  # noqa: PLC0415 - cost: difflib's import, paid on a miss

        short = len(key) <= self.SHORT
        found = difflib.get_close_matches(
            key, self.nearest(key), n=6, cutoff=self.SHORT_CUTOFF if short else self.CUTOFF
        )
        if len(key) >= 3:  # noqa: PLR2004 - shorter words are in too many keys
            found += self.containing(key.split())
        answer = tuple(dict.fromkeys(found))
        if len(self._memo) >= self.REMEMBERED:
            self._memo.clear()
        self._memo[key] = answer
        return answer

    def nearest(self, key: str) -> list[str]:
        """The `NEAREST` keys most alike *key*, best first, in key order on a tie.

        Those sharing the largest share of their trigrams with *key* (Jaccard); before
        them, when *key* is short, the short keys sharing most letters with it.
        """
        near: list[int] = []
        if len(key) <= self.SHORT:
            letters = _shared(dict.fromkeys(key), self._short_by_letter)
            near += sorted(letters, key=lambda n: (-letters[n], n))[: self.NEAREST]
        grams = _trigrams(key)
        shared = _shared(grams, self._by_gram)
        jaccard = {n: count / (len(grams) + self._sizes[n] - count) for n, count in shared.items()}
        near += sorted(jaccard, key=lambda n: (-jaccard[n], n))[: self.NEAREST]
        return [self.keys[number] for number in dict.fromkeys(near)][: self.NEAREST]

    def containing(self, words: list[str]) -> list[str]:
        """The keys that have every one of *words*, in key order."""
        found: frozenset[int] | None = None
        for word in words:
            numbers = self._by_word.get(word, frozenset())
            found = numbers if found is None else found & numbers
        return [self.keys[number] for number in sorted(found or ())]


def _shared(pieces: Iterable[str], index: Mapping[str, tuple[int, ...]]) -> dict[int, int]:
    """How many of *pieces* each indexed key has, by key number."""
    shared: dict[int, int] = {}
    for piece in pieces:
        for number in index.get(piece, ()):
            shared[number] = shared.get(number, 0) + 1
    return shared


def _trigrams(key: str) -> list[str]:
    """The distinct three-letter pieces of *key*, padded with spaces, sorted."""
    padded = f" {key} "
    return sorted({padded[i : i + 3] for i in range(len(padded) - 2)})


publish(globals())
