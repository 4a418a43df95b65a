"""Exceptions raised by `regional_migration`.

Every exception the package raises on purpose derives from one base class::

    RegionalMigrationError(Exception)
    ├── UnknownProcessError(RegionalMigrationError, LookupError)
    ├── UnknownCountryError(RegionalMigrationError, ValueError)
    ├── AmbiguousCountryError(RegionalMigrationError, ValueError)
    ├── UnsupportedLanguageError(RegionalMigrationError, ValueError)
    ├── InvalidDateError(RegionalMigrationError, ValueError)
    ├── InvalidArgumentError(RegionalMigrationError, ValueError)
    ├── MissingExtraError(RegionalMigrationError, ImportError)
    └── DataError(RegionalMigrationError)

Messages show the offending input (shortened when long) and say how to fix it.
"""

from __future__ import annotations

import reprlib

__all__ = [
    "AmbiguousCountryError",
    "DataError",
    "InvalidArgumentError",
    "InvalidDateError",
    "MissingExtraError",
    "RegionalMigrationError",
    "UnknownCountryError",
    "UnknownProcessError",
    "UnsupportedLanguageError",
]

_SHOWN = 60  # characters of user input repeated in a message


def shorten(text: str, limit: int = _SHOWN) -> str:
    """Return ``repr(text)``, cut to *limit* characters so huge inputs stay readable.

    Examples:
        >>> shorten("CRM")
        "'CRM'"
        >>> shorten("x" * 100, limit=10)
        "'xxxxxxxxxx…' (100 characters)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}"[:-1] + f"…' ({len(text)} characters)"


def _one_of(items: tuple[str, ...]) -> str:
    """Join *items* as "A", "A or B", "A, B or C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _did_you_mean(suggestions: tuple[str, ...]) -> str:
    if not suggestions:
        return ""
    return "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"


class RegionalMigrationError(Exception):
    """Base class of every exception raised on purpose by this package."""


class UnknownProcessError(RegionalMigrationError, LookupError):
    """No process has this id, acronym, name or alias.

    Attributes:
        key: the text that was looked up.
        suggestions: ids of close matches, best first.

    Examples:
        >>> raise UnknownProcessError("CMR", ("CRM",))
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownProcessError: unknown process 'CMR'; did you mean 'CRM'?
    """

    def __init__(self, key: str, suggestions: tuple[str, ...] = (), hint: str = "") -> None:
        """Build the message from *key*, *suggestions* and an optional *hint*."""
        self.key = key
        self.suggestions = suggestions
        message = f"unknown process {shorten(key)}{_did_you_mean(suggestions)}"
        if hint:
            message += f" {hint}"
        elif not suggestions:
            message += "; regional_migration.processes() lists every process"
        super().__init__(message)


class UnknownCountryError(RegionalMigrationError, ValueError):
    """The text names no ISO 3166-1 country or territory.

    Attributes:
        text: the text that was looked up.
        reason: why it names no country, as the message says it.
        suggestions: close matches as ``"CODE (Name)"`` strings, best first.

    Examples:
        >>> raise UnknownCountryError("UK", "is not an ISO 3166-1 code", ("GB (United Kingdom)",))
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownCountryError: 'UK' is not ...; did you mean GB (...)?
    """

    def __init__(self, text: str, reason: str, suggestions: tuple[str, ...] = ()) -> None:
        """Build the message from *text*, a *reason* and *suggestions*."""
        self.text = text
        self.reason = reason
        self.suggestions = suggestions
        message = f"{shorten(text)} {reason}"
        if suggestions:
            message += f"; did you mean {_one_of(suggestions)}?"
        super().__init__(message)


class AmbiguousCountryError(RegionalMigrationError, ValueError):
    """The text names more than one country; the caller must choose.

    Attributes:
        text: the text that was looked up.
        candidates: ``(code, name)`` pairs, sorted by code.
        why: why the name is ambiguous.

    Examples:
        >>> raise AmbiguousCountryError("Congo", (("CD", "Congo-Kinshasa"), ("CG", "Congo")))
        Traceback (most recent call last):
            ...
        regional_migration.errors.AmbiguousCountryError: 'Congo' is ambiguous: it may mean CD ...
    """

    def __init__(self, text: str, candidates: tuple[tuple[str, str], ...], why: str = "") -> None:
        """Build the message listing every candidate."""
        self.text = text
        self.candidates = candidates
        self.why = why
        listed = _one_of(tuple(f"{code} ({name})" for code, name in candidates))
        message = f"{shorten(text)} is ambiguous: it may mean {listed}"
        if why:
            message += f"; {why}"
        message += "; pass the ISO code instead"
        super().__init__(message)


class UnsupportedLanguageError(RegionalMigrationError, ValueError):
    """A language other than English, Spanish, French or Portuguese was asked for.

    Examples:
        >>> raise UnsupportedLanguageError("de")
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnsupportedLanguageError: unsupported language 'de'; use ...
    """

    def __init__(self, lang: object) -> None:
        """Name the language asked for and the four available."""
        self.lang = lang
        shown = shorten(lang) if isinstance(lang, str) else type(lang).__name__
        super().__init__(f"unsupported language {shown}; use 'en', 'es', 'fr' or 'pt'")


class InvalidDateError(RegionalMigrationError, ValueError):
    """A date argument is not a date or an ISO 8601 ``YYYY-MM-DD`` string."""


class InvalidArgumentError(RegionalMigrationError, ValueError):
    """An argument has a value the call cannot use, such as an unknown status.

    Attributes:
        name: the argument's name.
        value: the value given.
        hint: what the call accepts instead.

    Examples:
        >>> raise InvalidArgumentError("status", "members", "use 'member' or 'observer'")
        Traceback (most recent call last):
            ...
        regional_migration.errors.InvalidArgumentError: invalid status 'members'; use 'member' ...
    """

    def __init__(self, name: str, value: object, hint: str) -> None:
        """Name the argument, show the value (shortened) and say what is accepted."""
        self.name = name
        self.value = value
        self.hint = hint
        shown = shorten(value) if isinstance(value, str) else reprlib.repr(value)
        super().__init__(f"invalid {name} {shown}; {hint}")

    def __reduce__(self) -> tuple[type[InvalidArgumentError], tuple[str, object, str]]:
        """Pickle and copy from the arguments, not from the finished message."""
        return (type(self), (self.name, self.value, self.hint))


class MissingExtraError(RegionalMigrationError, ImportError):
    """An optional dependency is needed for this call but is not installed."""

    def __init__(self, module: str, extra: str) -> None:
        """Say which module is missing and which extra installs it."""
        self.module = module
        self.extra = extra
        super().__init__(
            f"this needs the optional dependency {module!r}; "
            f"install it with: pip install 'regional-migration[{extra}]'"
        )


class DataError(RegionalMigrationError):
    """A data file shipped with the package (or given by the caller) is invalid."""
