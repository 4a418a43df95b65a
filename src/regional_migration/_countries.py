"""Turning what users type for a country into an ISO 3166-1 alpha-2 code, and back.

`country_code` accepts codes and names in English, Spanish, French and
Portuguese; `country_name` gives a code's name in one of those languages. The
index behind them is built on the first call; see `regional_migration._country_index`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from regional_migration._country_index import CountryIndex, country_index
from regional_migration._text import LANGUAGES, MAX_KEY_LENGTH, check_language, fold
from regional_migration.errors import (
    AmbiguousCountryError,
    ArgumentTypeError,
    UnknownCountryError,
    UnsupportedLanguageError,
)

__all__ = ["country_code", "country_name", "display_name", "fold", "iso_codes"]

# The index (and pycountry) is built on the first country look-up, never at package
# import, and cached once by the data layer.
_index = country_index


_SUGGESTED = 64  # characters of the key compared when looking for close names
_NOT_A_COUNTRY = "is not a country name or code"


def country_code(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for *text*.

    *text* may be an alpha-2, alpha-3 or numeric code, or a short, official or common
    name in English, Spanish, French or Portuguese, in any case, with or without
    accents, hyphens or a leading article.

    Raises:
        UnknownCountryError: *text* names no country (the message suggests close
            matches, says when a code was withdrawn, or points from a common non-ISO
            code such as ``UK`` to the ISO one).
        AmbiguousCountryError: *text* names several countries, such as ``"Congo"``.
        TypeError: *text* is not a string.

    Examples:
        >>> country_code(" mx "), country_code("MEX"), country_code("484")
        ('MX', 'MX', 'MX')
        >>> country_code("la République dominicaine"), country_code("le Salvador")
        ('DO', 'SV')
        >>> country_code("Estados Unidos da América")
        'US'
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"a country is given as text, got {type(text).__name__}")
    index = _index()
    found = index.verbatim.get(text)
    if found is not None:
        return found
    return _resolve(text, index)


def country_name(country: str, lang: str = "en") -> str:
    """Return the name of *country* in *lang*: ``"en"``, ``"es"``, ``"fr"`` or ``"pt"``.

    *country* is anything `country_code` accepts. Names are CLDR's.

    Examples:
        >>> country_name("DO", "fr"), country_name("US", "es"), country_name("GY", "pt")
        ('République dominicaine', 'Estados Unidos', 'Guiana')
        >>> country_name("Brasil")
        'Brazil'
    """
    if lang not in LANGUAGES:
        raise UnsupportedLanguageError(lang)
    index = _index()
    return index.display[lang][country_code(country)]


def _resolve(text: str, index: CountryIndex) -> str:
    """Resolve *text* the slow way: checks, folding, then the keys."""
    if len(text) > MAX_KEY_LENGTH:
        raise UnknownCountryError(
            text, f"{_NOT_A_COUNTRY}: it is longer than {MAX_KEY_LENGTH} characters"
        )
    stripped = text.strip()
    if not stripped:
        raise UnknownCountryError(text, f"{_NOT_A_COUNTRY}: it is empty")
    if len(stripped) <= 3 and stripped.isascii():  # noqa: PLR2004 - a code, before "and", "et"
        code = index.codes.get(
            stripped.lower().zfill(3) if stripped.isdigit() else stripped.lower()
        )
        if code is not None:
            return code
    if not stripped.isprintable():
        stripped = _printable(text, stripped)
    key = fold(stripped)
    if not key.isascii():
        raise UnknownCountryError(text, f"{_NOT_A_COUNTRY}: {_foreign(stripped)}")
    if key.isdigit() and len(key) < 3:  # noqa: PLR2004 - numeric codes have 3 digits
        key = key.zfill(3)
    found = index.codes.get(key) or index.names.get(key)
    if isinstance(found, str):
        return found
    if found is not None:
        candidates = tuple((code, index.display["en"][code]) for code in found)
        raise AmbiguousCountryError(text, candidates, index.reasons.get(key, ""))
    raise _not_found(text, key, index)


def _not_found(text: str, key: str, index: CountryIndex) -> UnknownCountryError:
    """The error for a key no country has: withdrawn, not ISO, or unknown."""
    withdrawn = index.withdrawn.get(key)
    if withdrawn:
        when = " and ".join(
            f"{'on' if len(w.withdrawn) > 4 else 'in'} {w.withdrawn} ({w.name})"  # noqa: PLR2004
            for w in withdrawn
        )
        after = tuple(dict.fromkeys(code for w in withdrawn for code in w.successors))
        return UnknownCountryError(
            text, f"was withdrawn from ISO 3166-1 {when}", _named(after, index)
        )
    if key in index.non_iso:
        return UnknownCountryError(
            text, "is not an ISO 3166-1 code", _named((index.non_iso[key],), index)
        )
    return UnknownCountryError(text, f"{_NOT_A_COUNTRY} known to this library", _close(key, index))


_UNPRINTABLE = {"Cs": "lone surrogate", "Co": "private-use character", "Cn": "unassigned character"}


def _printable(text: str, stripped: str) -> str:
    """Drop invisible format characters; refuse control characters such as NUL."""
    kept: list[str] = []
    for ch in stripped:
        category = unicodedata.category(ch)
        if category == "Cf":  # zero-width spaces and soft hyphens pasted from web pages
            continue
        if category[0] == "C":
            raise UnknownCountryError(text, f"{_NOT_A_COUNTRY}: it contains {_unprintable(ch)}")
        kept.append(" " if category[0] == "Z" else ch)
    return "".join(kept)


def _unprintable(ch: str) -> str:
    """Name an unprintable character the way its user will recognise it."""
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # noqa: PLR2004 - how Python keeps a byte it could not decode
        return f"the undecodable byte 0x{code - 0xDC00:02X} (is the text in another encoding?)"
    kind = _UNPRINTABLE.get(unicodedata.category(ch), "control character")
    return f"the {kind} U+{code:04X}"


def _foreign(stripped: str) -> str:
    """Say which character of *stripped* is not a Latin letter, digit or mark."""
    for ch in stripped:
        if not fold(ch).isascii():
            name = unicodedata.name(ch, "unnamed character")
            return f"it contains {ch!r} (U+{ord(ch):04X} {name}), which is not a Latin letter"
    return "it contains a character that is not a Latin letter"  # pragma: no cover


def _named(codes: tuple[str, ...], index: CountryIndex) -> tuple[str, ...]:
    """Format *codes* as ``"CODE (English name)"``."""
    return tuple(f"{code} ({index.display['en'][code]})" for code in codes)


def _close(key: str, index: CountryIndex) -> tuple[str, ...]:
    """Up to three countries whose names come close to *key*."""
    key = key[:_SUGGESTED]
    if not key:
        return ()
    import difflib  # noqa: PLC0415 - difflib's import cost, paid only when a look-up fails

    keys = difflib.get_close_matches(key, index.suggestible, n=6, cutoff=0.75)
    if len(key) >= 3:  # noqa: PLR2004 - shorter words match too much
        words = key.split()
        keys += [k for k in index.suggestible if all(w in k.split() for w in words)]
    codes: list[str] = []
    for found in keys:
        code = index.names[found]
        if isinstance(code, str) and code not in codes:
            codes.append(code)
    return _named(tuple(codes[:3]), index)


@lru_cache(maxsize=1024)
def display_name(code: str, lang: str = "en") -> str:
    """The name of the country *code* in *lang*; a code without a name is shown as is.

    Every table and plot that shows a country by name goes through here.

    Examples:
        >>> display_name("BO"), display_name("BO", "fr")
        ('Bolivia', 'Bolivie')
    """
    try:
        return country_name(code, check_language(lang))
    except UnknownCountryError:
        return code


@lru_cache(maxsize=1024)
def iso_codes(code: str) -> tuple[str, str]:
    """The alpha-3 and numeric codes of the country *code* (numeric keeps its zeros).

    Examples:
        >>> iso_codes("BO")
        ('BOL', '068')
    """
    import pycountry  # noqa: PLC0415 - pycountry's import cost, kept off the import path

    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return ("", "")
    return (record.alpha_3, record.numeric)
