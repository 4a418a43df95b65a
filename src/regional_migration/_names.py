"""Display names and other ISO 3166-1 codes of a country, for tables and plots.

Every place that shows a country by name goes through :func:`display_name`, so the
source of those names can change in one spot. pycountry is imported on first call
only.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Literal

__all__ = ["LANGUAGES", "Language", "check_language", "display_name", "iso_codes"]

Language = Literal["en", "es", "fr", "pt"]
"""A language in which names are given."""

LANGUAGES: tuple[Language, ...] = ("en", "es", "fr", "pt")


def check_language(lang: str) -> Language:
    """Return *lang* if it is a supported language, else raise :class:`ValueError`.

    Examples:
        >>> check_language("pt")
        'pt'
    """
    for known in LANGUAGES:
        if lang == known:
            return known
    raise ValueError(f"unsupported language {lang!r}; use 'en', 'es', 'fr' or 'pt'")


@lru_cache(maxsize=1024)
def display_name(code: str, lang: str = "en") -> str:
    """The short name of the country *code* in *lang*, as people write it.

    Examples:
        >>> display_name("BO"), display_name("BO", "fr")
        ('Bolivia', 'Bolivie')
    """
    lang = check_language(lang)
    countries = importlib.import_module("regional_migration._countries")
    shared = getattr(countries, "country_name", None)
    if shared is not None:  # pragma: no cover - once the package names countries itself
        name: str = shared(code, lang)
        return name
    return _pycountry_name(code, lang)


def _pycountry_name(code: str, lang: str) -> str:
    import gettext  # noqa: PLC0415 - only needed for names

    import pycountry  # noqa: PLC0415 - costly import, kept off the import path

    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    english: str = getattr(record, "common_name", None) or record.name
    if lang == "en":
        return english
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    return catalogue.gettext(english)


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
