"""The ISO 3166-1 alpha-2 code as a type of the data files' models, and the code schemes.

It lives apart from the country look-ups so that the models of the processes can be
built without the country files' models and index: those load on the first country
look-up (see `regional_migration._countries.lookup`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, StringConstraints

from regional_migration._core.locking import lock

__all__ = ["Code", "Column", "CountryCode", "NumberColumn", "Scheme", "TextColumn"]

Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
"""Two upper-case letters, the form of an alpha-2 code, assigned or not."""


def _assigned(code: str) -> str:
    """Refuse a code that ISO 3166-1 does not assign, such as ``ZZ``."""
    with lock():  # a first import runs under the lock a fork waits for
        import pycountry  # noqa: PLC0415 - cost: pycountry's import, paid to validate

    if pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"{code} is not an ISO 3166-1 alpha-2 code")
    return code


CountryCode = Annotated[Code, AfterValidator(_assigned)]
"""An ISO 3166-1 alpha-2 code, upper case, that ISO assigns (checked on validation)."""


Scheme = Literal["iso", "fips", "unhcr", "cow", "gw", "m49", "wb"]
"""The code schemes a country may be given in (``from_=``): ISO 3166-1, FIPS 10-4
(GDELT), UNHCR's own codes, Correlates of War, Gleditsch-Ward, UN M49, World Bank."""

TextColumn = Literal["iso2c", "iso3c", "unhcr", "fips", "cowc", "gwc", "wb", "wikidata", "name"]
"""The columns of the country-code crosswalk that hold text."""

NumberColumn = Literal["iso3n", "m49", "cown", "gwn"]
"""The columns of the country-code crosswalk that hold whole numbers."""

Column = Literal[TextColumn, NumberColumn]
"""A column of the country-code crosswalk (``to=``), named as R's countrycode names it."""
