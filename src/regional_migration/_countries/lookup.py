"""Turning what users type for a country into an ISO 3166-1 alpha-2 code, and back.

`country_code` accepts codes and names in English, Spanish, French and
Portuguese; `country_name` gives a code's name in one of those languages. The
index behind them, and the models of the country files it is built from, load on the
first call; see `regional_migration._countries.index`.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from numbers import Integral
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal

from pydantic_core import from_json

from regional_migration._core.public import publish
from regional_migration._core.resources import cached, lock
from regional_migration._core.text import (
    LANGUAGES,
    MAX_KEY_LENGTH,
    Suggester,
    check_language,
    fold,
    one_of,
)
from regional_migration.errors import (
    AmbiguousCountryError,
    ArgumentTypeError,
    InvalidArgumentError,
    UnknownCountryError,
    UnsupportedLanguageError,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from regional_migration._countries.index import CountryIndex

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC = (
    "CodeForm",
    "country_code",
    "country_name",
)

__all__ = [
    "CodeForm",
    "country_code",
    "country_name",
    "display_name",
    "fold",
    "iso_codes",
]

# The country layer loads on the first country look-up, never at package import: the
# models of the four country files cost more to build than those of the processes, and
# a question about a process needs none of them. The index (and pycountry) is then
# built once and cached by the data layer.


def _index() -> CountryIndex:
    """The country index, built on the first call."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._countries.index import country_index  # noqa: PLC0415 - cost: the country models

    return country_index()


def _cldr_names() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """CLDR's names by language and code, read on the first call."""
    with lock():
        from regional_migration._countries.index import cldr_names  # noqa: PLC0415 - cost: the country models

    return cldr_names()


_NOT_A_COUNTRY = "is not a country name or code"


def country_code(text: str | int, to: CodeForm = "alpha2") -> str:
    """Return the ISO 3166-1 code for *text*, as *to* asks: alpha-2 by default.

    *text* may be an alpha-2, alpha-3 or numeric code (as text or as a whole number,
    as a pandas column of M49 codes holds it), or a short, official or common name in
    English, Spanish, French or Portuguese, in any case, with or without accents,
    hyphens or a leading article, or as UN, UNHCR and World Bank tables write it.
    *to* is ``"alpha2"``, ``"alpha3"`` or ``"numeric"`` (three digits, as text).

    Raises:
        UnknownCountryError: *text* names no country (the message suggests close
            matches, says when a code was withdrawn, or points from a common non-ISO
            code such as ``UK`` to the ISO one).
        AmbiguousCountryError: *text* names several countries, such as ``"Congo"``.
        ArgumentTypeError: *text* is neither text nor a whole number (a float or a
            bool, for instance).
        InvalidArgumentError: *to* is not a code form.

    Examples:
        >>> country_code(" mx "), country_code("MEX"), country_code("484"), country_code(484)
        ('MX', 'MX', 'MX', 'MX')
        >>> country_code("la République dominicaine"), country_code("le Salvador")
        ('DO', 'SV')
        >>> country_code("Korea, Rep.", to="alpha3"), country_code("Brasil", to="numeric")
        ('KOR', '076')
    """
    if not one_of(to, _FORMS):
        raise InvalidArgumentError("code form", to, "use 'alpha2', 'alpha3' or 'numeric'")
    index = _index()
    if isinstance(text, str):
        found = index.verbatim.get(text) or _resolve(text, index)
    else:
        found = _numeric(text, index)
    return found if to == "alpha2" else index.forms[found][_FORMS.index(to) - 1]


CodeForm = Literal["alpha2", "alpha3", "numeric"]
"""The forms of ISO 3166-1 codes `country_code` gives."""

_FORMS: Final = ("alpha2", "alpha3", "numeric")
_SHOWN_BITS: Final = 256  # a longer number is shown by its size, not its digits


def _numeric(number: object, index: CountryIndex) -> str:
    """The alpha-2 code of a whole *number*, the numeric code of ISO 3166-1."""
    if isinstance(number, bool) or not isinstance(number, Integral):
        got = type(number).__name__
        if isinstance(number, (bool, float)):
            got += f" ({number!r})"
        hint = ""
        if isinstance(number, float) and number.is_integer():  # a gap turns codes to floats
            hint = f"; pass {int(number)}, or read the column as integers (Int64)"
        raise ArgumentTypeError(f"a country is given as text or as a whole number, not {got}{hint}")
    value = int(number)
    if not 0 <= value <= 999:  # noqa: PLR2004 - numeric codes have three digits
        # A number too long for str() (over 4,300 digits) is shown by its size.
        shown = (
            str(value)
            if value.bit_length() <= _SHOWN_BITS
            else f"a {value.bit_length()}-bit number"
        )
        raise UnknownCountryError(shown, "is not a numeric country code: those have 1 to 3 digits")
    return index.codes.get(f"{int(number):03d}") or _resolve(f"{int(number):03d}", index)


def country_name(country: str | int, lang: str = "en") -> str:
    """Return the name of *country* in *lang*: ``"en"``, ``"es"``, ``"fr"`` or ``"pt"``.

    *country* is anything `country_code` accepts. Names are CLDR's.

    Examples:
        >>> country_name("DO", "fr"), country_name("US", "es"), country_name("GY", "pt")
        ('République dominicaine', 'Estados Unidos', 'Guiana')
        >>> country_name("Brasil")
        'Brazil'
    """
    if not one_of(lang, LANGUAGES):
        raise UnsupportedLanguageError(lang)
    # A code as tables hold it needs only CLDR's names, not the whole index.
    shown = _cldr_names()[lang]
    # Untyped callers pass anything; only text can be a code here.
    found = shown.get(country) if isinstance(country, str) else None
    if found is not None:
        return found[0]
    return shown[country_code(country)][0]


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
    key = _as_code(key)
    found = index.codes.get(key) or index.names.get(key)
    if isinstance(found, str):
        return found
    if found is not None:
        candidates = tuple((code, index.display["en"][code]) for code in found)
        raise AmbiguousCountryError(text, candidates, index.reasons.get(key, ""))
    return _by_rules(text, stripped, key, index)


# Abbreviations of the UN, UNHCR and World Bank tables ("Dominican Rep.", "Micronesia
# (Fed. States of)", "Lao PDR", "Venezuela, RB"), each with what it may stand for in
# English, Spanish or French. A rewritten name must still be a name of the index.
_ABBREVIATIONS: Final = MappingProxyType(
    {
        "rep": ("republic", "republica", "republique"),
        "dem": ("democratic", "democratica", "democratique"),
        "fed": ("federated", "federal", "federation"),
        "sts": ("states",),
        "is": ("islands", "island", "islas", "iles"),
        "isl": ("islands", "island", "islas", "iles"),
        "pdr": ("people s democratic republic",),
        "rb": ("bolivarian republic",),
    }
)
_MAX_REWRITES = 81  # four abbreviations with three meanings each; more is not a name
_RULES_DISAGREE = "its abbreviations or its word order can be read as several countries"


def _by_rules(text: str, stripped: str, key: str, index: CountryIndex) -> str:
    """The code that the table conventions make of *stripped*, or the error.

    Two rules, tried together, each giving a name that must be in the index: a part
    after a comma or in parentheses
    goes first (``Korea, Rep.`` is ``Rep. of Korea``, ``Netherlands (Kingdom of the)``
    is ``Kingdom of the Netherlands``, ``China, Hong Kong SAR`` is ``Hong Kong SAR
    China``); and abbreviations are spelt out (``Rep.``, ``Dem.``, ``Fed.``). When
    the readings give different countries, the name is refused: no guess.
    """
    found: set[str] = set()
    for reading in _readings(stripped):
        for expanded in _expansions(fold(reading)):
            code = index.names.get(expanded)
            if isinstance(code, str):
                found.add(code)
    if len(found) == 1:
        return found.pop()
    if found:
        candidates = tuple((code, index.display["en"][code]) for code in sorted(found))
        raise AmbiguousCountryError(text, candidates, _RULES_DISAGREE)
    raise _not_found(text, key, index)


def _readings(stripped: str) -> list[str]:
    """*stripped* and its reorderings around one comma or one closing parenthesis."""
    readings = [stripped]
    head, comma, tail = stripped.partition(",")
    if comma and "," not in tail:
        readings += [f"{tail} {head}", f"{tail} of {head}"]
        if fold(head) in fold(tail).split():  # "China, Taiwan Province of China"
            readings.append(tail)
    head, bracket, tail = stripped.partition("(")
    if bracket and tail.endswith(")") and "(" not in tail:
        readings += [f"{tail[:-1]} {head}", f"{tail[:-1]} of {head}"]
    return readings


def _expansions(key: str) -> list[str]:
    """*key* with every abbreviation spelt out in each of its meanings."""
    if _ABBREVIATIONS.keys().isdisjoint(key.split()):
        return [key]
    keys: list[list[str]] = [[]]
    for word in key.split():
        meanings = _ABBREVIATIONS.get(word, (word,))
        keys = [[*done, meaning] for done in keys for meaning in meanings]
        if len(keys) > _MAX_REWRITES:
            return []
    return [fold(" ".join(words)) for words in keys]


def _as_code(key: str) -> str:
    """*key* written as a code when it is one: "76" is "076"."""
    if key.isdigit() and len(key) < 3:  # noqa: PLR2004 - numeric codes have 3 digits
        return key.zfill(3)
    return key


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
    codes: list[str] = []
    for found in suggester(index).close(key):
        code = index.names[found]
        if isinstance(code, str) and code not in codes:
            codes.append(code)
    return _named(tuple(codes[:3]), index)


_suggesters: list[tuple[CountryIndex, Suggester]] = []


def suggester(index: CountryIndex) -> Suggester:
    """The suggester over the names of *index*, built at the first miss."""
    if not _suggesters or _suggesters[0][0] is not index:
        _suggesters[:] = [(index, Suggester(index.suggestible))]
    return _suggesters[0][1]


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
    return _iso_forms().get(code, ("", ""))


def _iso_forms() -> Mapping[str, tuple[str, str]]:
    """Alpha-3 and numeric codes by alpha-2 code, from pycountry's ISO 3166-1 file.

    The file is read directly: importing pycountry costs several times more (it
    reads its own package metadata), and a table of codes needs none of its objects.
    Where the file is not found, pycountry itself is asked.
    """

    def build() -> Mapping[str, tuple[str, str]]:
        spec = importlib.util.find_spec("pycountry")  # finds the package, imports nothing
        folders = spec.submodule_search_locations if spec is not None else None
        try:
            database = Path(next(iter(folders or ())), "databases", "iso3166-1.json")
            records = from_json(database.read_bytes())["3166-1"]
        except (StopIteration, OSError, ValueError, KeyError):  # pragma: no cover
            import pycountry  # noqa: PLC0415 - cost: pycountry's import, a fallback

            records = [
                {"alpha_2": c.alpha_2, "alpha_3": c.alpha_3, "numeric": c.numeric}
                for c in pycountry.countries
            ]
        return MappingProxyType(
            {record["alpha_2"]: (record["alpha_3"], record["numeric"]) for record in records}
        )

    return cached("iso code forms", build)


publish(globals())
