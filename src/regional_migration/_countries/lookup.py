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
from typing import TYPE_CHECKING, Final, Literal, cast

from pydantic_core import from_json

from regional_migration._core.public import publish
from regional_migration._core.resources import cached, lock, on_clear
from regional_migration._core.text import (
    LANGUAGES,
    MAX_KEY_LENGTH,
    Suggester,
    check_language,
    fold,
    one_of,
)
from regional_migration._countries.iso3166 import Column, NumberColumn, Scheme, TextColumn
from regional_migration.errors import (
    AmbiguousCountryError,
    ArgumentTypeError,
    UnknownCountryError,
    UnsupportedLanguageError,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from regional_migration._countries.index import CountryIndex

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "country_code",
    "country_name",
)
TYPES: tuple[str, ...] = ("CodeForm", "Column", "Scheme")

__all__ = [
    "CodeForm",
    "Column",
    "NumberColumn",
    "Scheme",
    "TextColumn",
    "country_code",
    "country_name",
    "display_name",
    "fold",
    "iso_codes",
]

# The country layer loads on the first country look-up, never at package import: the
# models of the four country files cost more to build than those of the processes, and
# a question about a process needs none of them. The index (and pycountry) is then
# built once and cached by the data layer. Showing a country by its code (every table
# of members does) needs only the CLDR names, whose model is in `_countries.names`.


def _index() -> CountryIndex:
    """The country index, built on the first call."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._countries.index import country_index  # noqa: PLC0415 - cost: the country models

    return country_index()


def _cldr_names() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """CLDR's names by language and code, read on the first call."""
    with lock():
        from regional_migration._countries.names import cldr_names  # noqa: PLC0415 - cost: the model of the names file

    return cldr_names()


_NOT_A_COUNTRY = "is not a country name or code"


def country_code(
    text: str | int, to: CodeForm | Column = "alpha2", *, from_: Scheme | None = None
) -> str:
    """Return the ISO 3166-1 code for *text*, as *to* asks: alpha-2 by default.

    *text* may be an alpha-2, alpha-3 or numeric code (as text or as a whole number,
    as a pandas column of M49 codes holds it), or a short, official or common name in
    English, Spanish, French or Portuguese, in any case, with or without accents,
    hyphens or a leading article, or as UN, UNHCR and World Bank tables write it.
    *to* is ``"alpha2"``, ``"alpha3"`` or ``"numeric"`` (three digits, as text), or a
    column of the crosswalk, named as R's countrycode names it: ``"iso2c"``,
    ``"iso3c"``, ``"unhcr"``, ``"fips"``, ``"cowc"``, ``"gwc"``, ``"wb"``,
    ``"wikidata"``, ``"name"``, or ``"iso3n"``, ``"m49"``, ``"cown"``, ``"gwn"``
    (whole numbers, given here as text; `country_codes` gives them as numbers).

    Without *from_*, *text* is read as ISO 3166-1 (codes and names), never guessed to
    be another scheme's code: ``"PA"`` is Panama, though FIPS 10-4 (which GDELT uses)
    gives ``PA`` to Paraguay. Pass *from_* to read a code of another scheme:
    ``"fips"``, ``"unhcr"``, ``"cow"``, ``"gw"`` (number or letters), ``"m49"``,
    ``"wb"``, or ``"iso"`` (as without it). A code that ISO does not assign but another
    scheme does is refused with a message that names the scheme to declare, and
    `country_codes` lists the codes that another scheme gives to a different entity.
    Kosovo, which ISO does not code, is ``"XK"`` from every other scheme; UNHCR's
    ``GAZ`` is the State of Palestine, ``PS``; UNHCR's values that are not countries
    (``STA`` Stateless, ``UKN`` Unknown, ``TIB`` Tibetan, ``VAR`` Various) and M49's
    regions (``419``, ``"South America"``) are refused with a message saying what
    they are.

    Raises:
        UnknownCountryError: *text* names no country (the message suggests close
            matches, says when a code was withdrawn, or points from a common non-ISO
            code such as ``UK`` to the ISO one).
        AmbiguousCountryError: *text* names several countries, such as ``"Congo"``.
        ArgumentTypeError: *text* is neither text nor a whole number (a float or a
            bool, for instance).
        InvalidArgumentError: *to* is not a code form or column, or *from_* is not a
            scheme.

    Examples:
        >>> country_code(" mx "), country_code("MEX"), country_code("484"), country_code(484)
        ('MX', 'MX', 'MX', 'MX')
        >>> country_code("la République dominicaine"), country_code("le Salvador")
        ('DO', 'SV')
        >>> country_code("Korea, Rep.", to="alpha3"), country_code("Brasil", to="numeric")
        ('KOR', '076')
        >>> country_code("PA"), country_code("PA", from_="fips"), country_code("GUA", from_="unhcr")
        ('PA', 'PY', 'GT')
        >>> country_code("SAL", from_="unhcr", to="fips"), country_code(92, from_="cow", to="iso3c")
        ('ES', 'SLV')
    """
    # A text resolved before is a plain dictionary hit: no call, no lock, no folding.
    # `to` is checked as text first: pandas' NA compared with text has no truth value.
    if isinstance(text, str) and from_ is None and one_of(to, ("alpha2",)):
        found = _resolved.get(text)
        if found is not None:
            return found
    if from_ is not None or not one_of(to, _FORMS):
        return _by_scheme(text, to, from_)
    return _country_code(text, cast("CodeForm", to))  # one of _FORMS, checked above


def _country_code(text: str | int, to: CodeForm) -> str:
    """`country_code` the long way, remembering each text it resolves."""
    resolved = _resolved  # taken before the index: a `clear` in between drops this one
    index = _index()
    if isinstance(text, str):
        found = index.verbatim.get(text) or _resolve(text, index)
        if len(resolved) < _REMEMBERED:
            resolved[text] = found
    else:
        found = _numeric(text, index)
    return found if to == "alpha2" else index.forms[found][_FORMS.index(to) - 1]


# The texts resolved so far, each with its alpha-2 code: what a table repeats, and what
# a user types again, is found here first. Bounded, so that a stream of distinct texts
# cannot grow it without end; `clear` (in the data layer) replaces it.
_REMEMBERED: Final = 4_096
_resolved: dict[str, str] = {}


CodeForm = Literal["alpha2", "alpha3", "numeric"]
"""The forms of ISO 3166-1 codes `country_code` gives."""

_FORMS: Final = ("alpha2", "alpha3", "numeric")
_SHOWN_BITS: Final = 256  # a longer number is shown by its size, not its digits


def _by_scheme(text: object, to: str, from_: object) -> str:
    """`country_code` with a declared scheme or a crosswalk column (see its docstring)."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._countries import schemes  # noqa: PLC0415 - cost: the crosswalk

    column = schemes.check_column(to)
    scheme = None if from_ is None else schemes.check_scheme(from_)
    # Declared as ISO (or not declared): ISO's codes and names, as without a column.
    iso = scheme in (None, "iso")
    code = country_code(text) if iso else schemes.resolve(text, scheme)  # type: ignore[arg-type]
    return str(schemes.column(code, column))


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
            text,
            f"was withdrawn from ISO 3166-1 {when}{_other_schemes(text)}",
            _named(after, index),
        )
    if key in index.non_iso:
        return UnknownCountryError(
            text, "is not an ISO 3166-1 code", _named((index.non_iso[key],), index)
        )
    # A region's name in any of the four languages is read as its M49 code.
    elsewhere = _elsewhere(_REGION_CODES.get(key, text))
    if elsewhere:
        return UnknownCountryError(text, elsewhere)
    return UnknownCountryError(text, f"{_NOT_A_COUNTRY} known to this library", _close(key, index))


def _elsewhere(text: str) -> str:
    """Why a refused *text* is refused, when it is a region or another scheme's code."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._countries import schemes  # noqa: PLC0415 - cost: the crosswalk

    stripped = text.strip()
    found = schemes.region(stripped) or schemes.outside_iso(stripped)
    if found is not None:
        return found
    clause = _other_schemes(stripped)
    return "is not an ISO 3166-1 code" + clause if clause else ""


def _other_schemes(text: str) -> str:
    """A clause naming what other schemes make of the code *text*, or ``""``."""
    with lock():  # a first import runs under the lock a fork waits for
        from regional_migration._countries import schemes  # noqa: PLC0415 - cost: the crosswalk

    stripped = text.strip()
    if 2 <= len(stripped) <= 3 and stripped.isascii() and stripped.isalnum():  # noqa: PLR2004
        return schemes.elsewhere(stripped, "iso")
    return ""


# The names, in the four languages and folded, of the UN M49 regions that people type
# where a country is asked for; the crosswalk's regions say what each code is.
# By M49 code, as the crosswalk lists the regions (which gives their English names).
_REGION_NAMES = {
    "001": ("world", "mundo", "monde"),
    "002": ("africa", "afrique", "africa subsahariana"),
    "003": ("north america", "america del norte", "norteamerica", "amerique du nord"),
    "005": (
        *("south america", "america del sur", "sudamerica", "suramerica"),
        *("amerique du sud", "america do sul", "sul america"),
    ),
    "009": ("oceania", "oceanie"),
    "013": ("central america", "centroamerica", "america central", "amerique centrale"),
    "019": ("americas", "the americas", "las americas", "les ameriques", "as americas"),
    "029": ("caribbean", "the caribbean", "caribe", "el caribe", "caraibes", "les caraibes"),
    "142": ("asia", "asie"),
    "150": ("europe", "europa"),
    "419": (
        *("latin america", "latin america and the caribbean", "america latina"),
        *("america latina y el caribe", "amerique latine", "amerique latine et caraibes"),
        *("america latina e o caribe", "latam", "lac"),
    ),
}
_REGION_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {key: code for code, keys in _REGION_NAMES.items() for key in keys}
)


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


_LIKE = 0.85
"""How alike a name must be to a miss that starts with another letter to be suggested."""


def _close(key: str, index: CountryIndex) -> tuple[str, ...]:
    """Up to three countries whose names come close to *key*, never a guess.

    A miss shaped like a code (three letters at most, such as UNHCR's "GUA") gets no
    name: a code that is not ISO says nothing of the names it resembles. A name that
    starts with another letter is suggested only when it is very alike ("Narnia" is
    not Armenia).
    """
    if len(key) <= 3 and key.isalpha():  # noqa: PLR2004 - the length of an alpha-3 code
        return ()
    with lock():  # a first import runs under the lock a fork waits for
        import difflib  # noqa: PLC0415 - cost: difflib's import, paid on a miss

    codes: list[str] = []
    for found in suggester(index).close(key):
        code = index.names[found]
        alike = found[:1] == key[:1] or difflib.SequenceMatcher(None, key, found).ratio() >= _LIKE
        if isinstance(code, str) and code not in codes and alike:
            codes.append(code)
    return _named(tuple(codes[:3]), index)


_suggesters: list[tuple[CountryIndex, Suggester]] = []


@on_clear
def _forget() -> None:
    """Forget what this module keeps beside the data layer's cache."""
    global _resolved  # noqa: PLW0603 - replaced whole, so that a reader mid-way keeps its own
    _resolved = {}
    _suggesters.clear()
    display_name.cache_clear()
    iso_codes.cache_clear()


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
