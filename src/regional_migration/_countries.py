"""Turning what users type for a country into an ISO 3166-1 alpha-2 code."""

from __future__ import annotations

from functools import lru_cache

from regional_migration.errors import UnknownCountryError

__all__ = ["country_code"]


@lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    import pycountry  # noqa: PLC0415 - costly import, kept off the import path

    return frozenset(c.alpha_2 for c in pycountry.countries)


def country_code(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for *text*.

    Examples:
        >>> country_code(" mx ")
        'MX'
    """
    if not isinstance(text, str):
        raise TypeError(f"a country is given as text, got {type(text).__name__}")
    code = text.strip().upper()
    if len(code) == 2 and code in _alpha2_codes():  # noqa: PLR2004 - alpha-2 length
        return code
    raise UnknownCountryError(text, "is not an ISO 3166-1 alpha-2 code")
