"""Display names and other ISO 3166-1 codes of a country, for tables and plots.

Every place that shows a country by name goes through `display_name`, which
takes the names `country_name` gives. pycountry, for the alpha-3 and numeric
codes, is imported on first call only.
"""

from __future__ import annotations

from functools import lru_cache

from regional_migration._countries import country_name
from regional_migration._text import LANGUAGES, Language
from regional_migration.errors import UnknownCountryError, UnsupportedLanguageError

__all__ = ["LANGUAGES", "Language", "check_language", "display_name", "iso_codes"]


def check_language(lang: str) -> Language:
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


@lru_cache(maxsize=1024)
def display_name(code: str, lang: str = "en") -> str:
    """The name of the country *code* in *lang*; a code without a name is shown as is.

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
    import pycountry  # noqa: PLC0415 - costly import, kept off the import path

    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return ("", "")
    return (record.alpha_3, record.numeric)
