"""Converting a whole column of country names or codes at once: `country_codes`.

A table's column repeats a few hundred names over many rows, so each distinct value
is resolved once. A value that names no country does not stop the rest: the caller
chooses to raise, to keep it, or to put a fill value in its place, and the result says
which values were not resolved and why. pandas is imported only when a Series comes
in or goes out.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Integral, Real
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, get_args, overload

from regional_migration._core.export import optional_module
from regional_migration._core.public import publish
from regional_migration._countries import schemes
from regional_migration._countries.iso3166 import NumberColumn
from regional_migration._countries.lookup import CodeForm, country_code
from regional_migration.errors import ArgumentTypeError, RegionalMigrationError, shorten

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from regional_migration._countries.iso3166 import Column, Scheme

# What the package's face re-exports from this module (see _core/public.py): the
# verbs and answers, then the record parts and aliases that annotations name.
PUBLIC: tuple[str, ...] = (
    "CountryCodes",
    "country_codes",
)
TYPES: tuple[str, ...] = ()

__all__ = ["CountryCodes", "country_codes"]

_NUMBERS = frozenset(get_args(NumberColumn))  # columns of whole numbers, given as numbers
_LISTED = 5  # unresolved values named in the error when not_found="raise"


@dataclass(frozen=True, slots=True, repr=False)
class CountryCodes(Sequence[Any]):
    """The codes of a column of countries, in its order, and what was not resolved.

    It is a sequence of the codes. A missing value (``None``, ``NaN``, pandas' ``NA``)
    gives ``None``; a value not resolved gives what `country_codes` was told: the value
    itself or the fill value.

    Attributes:
        codes: one code (or kept value, fill value, ``None``) per input value.
        mapping: each distinct resolved value to its code; ``series.map(mapping)`` uses it.
        not_found: each distinct value not resolved to the reason, in the order met.
        clashes: each distinct value read as an ISO code (no ``from_`` given) that
            another scheme gives to a different entity, to a note naming the scheme to
            declare, such as FIPS ``PA`` (Paraguay) read as ISO's Panama.
    """

    codes: tuple[Any, ...]
    mapping: Mapping[Hashable, Any]
    not_found: Mapping[Hashable, str]
    index: Any = None  # the pandas index of a Series given, for to_pandas
    clashes: Mapping[Hashable, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Hold read-only copies of the mappings."""
        for name in ("mapping", "not_found", "clashes"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy through plain dicts (a read-only mapping does not pickle)."""
        fields = (self.codes, dict(self.mapping), dict(self.not_found), self.index)
        return (type(self), (*fields, dict(self.clashes)))

    def __len__(self) -> int:
        """The number of values converted."""
        return len(self.codes)

    @overload
    def __getitem__(self, position: int) -> Any: ...  # noqa: ANN401 - a code or a kept value
    @overload
    def __getitem__(self, position: slice) -> tuple[Any, ...]: ...
    def __getitem__(self, position: int | slice) -> Any:
        """The code at *position*."""
        return self.codes[position]

    def __iter__(self) -> Iterator[Any]:
        """The codes, in the order of the values."""
        return iter(self.codes)

    def __repr__(self) -> str:
        """One line: how many values, how many resolved, the first not found."""
        missed = ", ".join(shorten(str(value), 30) for value in list(self.not_found)[:3])
        more = "…" if len(self.not_found) > 3 else ""  # noqa: PLR2004 - three are enough
        clashes = f", {len(self.clashes)} read as ISO codes clash" if self.clashes else ""
        return (
            f"CountryCodes({len(self.codes)} values, {len(self.mapping)} distinct resolved, "
            f"{len(self.not_found)} not found{': ' + missed + more if missed else ''}{clashes})"
        )

    def to_pandas(self) -> pd.Series:
        """The codes as a pandas Series, with the index of the Series converted.

        Raises:
            MissingExtraError: pandas is not installed (the ``pandas``
                extra).
        """
        pandas = optional_module("pandas", "pandas")
        return pandas.Series(self.codes, index=self.index, dtype=object)


def country_codes(
    values: Iterable[object],
    *,
    to: CodeForm | Column = "alpha2",
    from_: Scheme | None = None,
    not_found: object = "raise",
) -> CountryCodes:
    """Convert every value of *values* (an iterable or a pandas Series) to a code.

    Each value is anything `country_code` accepts, in the scheme *from_* declares
    (ISO codes and names without it); each distinct value is resolved once. A float
    that holds a whole number (a column of numeric codes with a gap is read as floats)
    is read as that number. *to* is the code form or crosswalk column, as for
    `country_code`; the columns of numbers (``"iso3n"``, ``"m49"``, ``"cown"``,
    ``"gwn"``) give whole numbers. Without *from_*, a value read as an ISO code that another scheme
    gives to a different entity is converted as ISO's and noted in the result's
    ``clashes``: ``PA`` is Panama, though it is Paraguay in FIPS 10-4. *not_found* says what a value
    that names no country (or several) becomes: ``"raise"`` (the default) raises the
    error of the first one, noting the others; ``"keep"`` keeps the value; anything
    else is the fill value (``None``, ``""``, ``"XX"``...). A missing value (``None``,
    ``NaN``, pandas' ``NA``) is never an error: its code is ``None``.

    Raises:
        UnknownCountryError: with ``not_found="raise"``, a value names no country.
        AmbiguousCountryError: with ``not_found="raise"``, a value names several.
        ArgumentTypeError: with ``not_found="raise"``, a value is neither text nor a
            whole number; or *values* is one text, bytes, a DataFrame or not iterable.
        InvalidArgumentError: *to* is not a code form or column, or *from_* is not a
            scheme.

    Examples:
        >>> result = country_codes(["Mexique", "Korea, Rep.", "Atlantis", 76], not_found="keep")
        >>> list(result)
        ['MX', 'KR', 'Atlantis', 'BR']
        >>> list(result.not_found)
        ['Atlantis']
        >>> list(country_codes(["PA", "DO", "ES"], from_="fips"))
        ['PY', 'DM', 'SV']
        >>> country_codes(["PA", "MX"]).clashes["PA"]
        "'PA' is Panama in ISO 3166; in FIPS 10-4 (GDELT) it is Paraguay: pass from_='fips'"
    """
    if from_ is None:
        country_code("MX", to=to)  # checks *to* before any value
    else:
        schemes.check_scheme(from_)
        schemes.check_column(to)
    _check_column(values)
    series_index = getattr(values, "index", None) if _is_series(values) else None
    mapping: dict[Hashable, Any] = {}
    # Each miss keeps its message only: an error object holds its traceback and frames,
    # about 2 KB each, which a column of a million distinct misses would pile up.
    failed: dict[Hashable, str] = {}
    first: RegionalMigrationError | None = None
    clashes: dict[Hashable, str] = {}
    codes: list[Any] = []
    for value in values:
        if _is_missing(value):
            codes.append(None)
            continue
        key = _key(value)
        if key not in mapping and key not in failed:
            try:
                mapping[key] = _convert(value, to, from_, clashes)
            except RegionalMigrationError as error:
                failed[key] = str(error)
                if first is None and not_found == "raise":
                    first = error.with_traceback(None)
        if key in mapping:
            codes.append(mapping[key])
        else:
            codes.append(value if not_found == "keep" else not_found)
    if first is not None:
        raise _first(first, failed)
    return CountryCodes(
        codes=tuple(codes),
        mapping=mapping,
        not_found=failed,
        index=series_index,
        clashes=clashes,
    )


def _convert(
    value: object, to: CodeForm | Column, from_: Scheme | None, clashes: dict[Hashable, str]
) -> Any:  # noqa: ANN401 - text or a number, as *to* asks
    """The code of one *value*; a clash with another scheme goes into *clashes*."""
    value = schemes.whole(value)
    code = country_code(value, to=to, from_=from_)  # type: ignore[arg-type]
    if from_ is None and isinstance(value, str):
        iso = code if to == "alpha2" else country_code(value)
        note = schemes.clash(value, iso)
        if note is not None:
            clashes[_key(value)] = note
    return int(code) if to in _NUMBERS else code


def _check_column(values: object) -> None:
    """Refuse what is not a column of values: text, bytes, a table, a non-iterable.

    One text given alone would be converted letter by letter, and a table by its
    column labels.

    Raises:
        ArgumentTypeError: *values* is one of those.
    """
    pandas = sys.modules.get("pandas")
    if isinstance(values, str | bytes | bytearray):
        got = f"one {type(values).__name__} value"
        hint = "pass a list such as ['Brasil'], or use country_code() for one value"
    elif pandas is not None and isinstance(values, pandas.DataFrame):
        got = "a DataFrame"
        hint = "pass one of its columns, such as frame['country']"
    elif not isinstance(values, Iterable):
        got = type(values).__name__
        hint = "pass a list or a pandas Series of names or codes"
    else:
        return
    raise ArgumentTypeError(f"country_codes() converts a column of values, not {got}; {hint}")


def _key(value: object) -> Hashable:
    """*value* as a key of the result's mappings: itself, or its repr if unhashable."""
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _first(first: RegionalMigrationError, failed: dict[Hashable, str]) -> RegionalMigrationError:
    """The first error, with a note naming the other values not resolved."""
    others = list(failed)[1:]
    if others:
        listed = ", ".join(shorten(str(value), 30) for value in list(failed)[1 : _LISTED + 1])
        more = f" and {len(others) - _LISTED} more" if len(others) > _LISTED else ""
        first.add_note(
            f"{len(others)} other values were not resolved either: {listed}{more}; "
            "pass not_found='keep' or a fill value to convert the rest"
        )
    return first


def _is_series(values: object) -> bool:
    """Whether *values* is a pandas Series (without importing pandas for other input)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(values, pandas.Series)


def _is_missing(value: object) -> bool:
    """``None``, a float ``NaN``, or pandas' ``NA`` and ``NaT``."""
    if value is None:
        return True
    # Any real number that is not whole, NumPy's float32 and float16 included.
    if isinstance(value, Real) and not isinstance(value, Integral):
        return math.isnan(value)
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


publish(globals())
