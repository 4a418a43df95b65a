"""Folding of user-typed text into a comparable key.

Look-ups ignore case, accents, punctuation spacing and runs of white space, so that
"Conferência  Regional sobre Migração" and "conferencia regional sobre migracao" meet.
Folding is linear in the input and callers cap the length first, so a huge string
costs little.
"""

from __future__ import annotations

import unicodedata

__all__ = ["LANGUAGES", "MAX_KEY_LENGTH", "fold"]

LANGUAGES = ("en", "es", "fr", "pt")
"""The languages of names: English, Spanish, French and Portuguese."""

MAX_KEY_LENGTH = 200
"""Longer text is never a name or code; callers refuse it before folding."""

# Apostrophes, hyphens and dashes people type in names, mapped to a space so that
# "États-Unis", "Etats Unis" and "l'Équateur" fold alike.
_SEPARATORS = str.maketrans(
    dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018`\u00b4.,;:()[]/_", " ")
)


def fold(text: str) -> str:
    """Return *text* without accents, case, punctuation or extra spaces.

    Examples:
        >>> fold("  République   dominicaine ")
        'republique dominicaine'
        >>> fold("ÉTATS-UNIS d\u2019Amérique")
        'etats unis d amerique'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEPARATORS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())
