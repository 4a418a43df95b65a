"""Exceptions raised by `regional_migration`.

Every exception the package raises on purpose derives from one base class::

    RegionalMigrationError(Exception)
    ├── UnknownKeyError(RegionalMigrationError, LookupError), also UnknownProcessError
    ├── UnknownVoteError(RegionalMigrationError, LookupError)
    ├── UnknownCountryError(RegionalMigrationError, ValueError)
    ├── AmbiguousCountryError(RegionalMigrationError, ValueError)
    ├── UnsupportedLanguageError(RegionalMigrationError, ValueError)
    ├── InvalidDateError(RegionalMigrationError, ValueError)
    ├── InvalidArgumentError(RegionalMigrationError, ValueError)
    ├── ArgumentTypeError(RegionalMigrationError, TypeError)
    ├── NotInResultError(RegionalMigrationError, KeyError)
    ├── MissingExtraError(RegionalMigrationError, ImportError)
    └── DataError(RegionalMigrationError)

Messages show the offending input (shortened when long) and say how to fix it. Each
exception builds its own message from its attributes, and keeps the arguments it was
built with in ``args``, so that it survives `pickle`, `copy` and a trip through a
process pool unchanged. The look-up errors share four attributes: ``text`` (what was
looked up), ``reason`` (why it failed), ``suggestions`` (what may have been meant) and
``hint`` (where to look next, or ``None``).
"""

from __future__ import annotations

import reprlib
from typing import NamedTuple

__all__ = [
    "AmbiguousCountryError",
    "ArgumentTypeError",
    "DataError",
    "Hint",
    "InvalidArgumentError",
    "InvalidDateError",
    "MissingExtraError",
    "NotInResultError",
    "RegionalMigrationError",
    "UnknownCountryError",
    "UnknownKeyError",
    "UnknownProcessError",
    "UnknownVoteError",
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


class Hint(NamedTuple):
    """Where to look next after a failed look-up: a lead-in, then the call to make.

    The message reads ``text`` followed by ``call``; the command line puts its own
    ``command`` in place of the call.

    Attributes:
        text: the lead-in, such as ``"every process is listed by"``.
        call: the Python call that answers, such as ``"regional_migration.processes()"``.
        command: the command-line sub-command that answers, such as ``"list"``; empty
            when there is none.

    Examples:
        >>> str(Hint("every process is listed by", "regional_migration.processes()", "list"))
        'every process is listed by regional_migration.processes()'
    """

    text: str
    call: str
    command: str = ""

    def __str__(self) -> str:
        """The hint as a Python user reads it."""
        return f"{self.text} {self.call}"


class RegionalMigrationError(Exception):
    """Base class of every exception raised on purpose by this package.

    Subclasses keep the arguments they were built with in ``args`` and format their
    message in `_message`; ``str()`` shows it.
    """

    def _message(self) -> str:
        return " ".join(str(arg) for arg in self.args)

    def __str__(self) -> str:
        """The message, built from the attributes."""
        return self._message()


class UnknownKeyError(RegionalMigrationError, LookupError):
    """No process or instrument has this id, acronym, name or alias.

    ``UnknownProcessError`` is the same class under its earlier name, so that
    ``except UnknownProcessError`` still catches it.

    Attributes:
        text: the text that was looked up.
        reason: why nothing matched.
        suggestions: ids of close matches (processes first, then instruments), best
            first.
        hint: where to look instead, or ``None``; without suggestions or a hint the
            message points to the lists of processes and of instruments.

    Examples:
        >>> raise UnknownKeyError("CMR", ("CRM",))
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownKeyError: no process or instrument named 'CMR';
        did you mean 'CRM'?
        >>> print(UnknownKeyError("zzzz"))
        no process or instrument named 'zzzz'; every process is listed by
        regional_migration.processes(), every instrument by regional_migration.instruments()
    """

    reason = "no process or instrument named"
    every = Hint(
        "every process is listed by regional_migration.processes(), every instrument by",
        "regional_migration.instruments()",
    )
    """The hint given when there is nothing closer to suggest."""

    def __init__(
        self, text: str, suggestions: tuple[str, ...] = (), hint: Hint | None = None
    ) -> None:
        """Keep *text*, *suggestions* and an optional *hint*."""
        super().__init__(text, suggestions, hint)
        self.text = text
        self.suggestions = suggestions
        self.hint = hint

    def _message(self) -> str:
        message = f"{self.reason} {shorten(self.text)}{_did_you_mean(self.suggestions)}"
        hint = self.hint
        if hint is None and not self.suggestions:
            hint = self.every
        if hint is not None:
            message += f"; {hint}"
        return message


UnknownProcessError = UnknownKeyError
"""The earlier name of `UnknownKeyError`, from before keys named instruments too."""


class UnknownVoteError(RegionalMigrationError, LookupError):
    """No recorded vote is on record for this resolution.

    Attributes:
        text: the resolution that was looked up.
        reason: why nothing matched.
        suggestions: the resolutions whose votes are recorded.
        hint: where every recorded vote is listed.

    Examples:
        >>> raise UnknownVoteError("A/RES/73/1", ("A/RES/73/151", "A/RES/73/195"))
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownVoteError: no recorded vote on 'A/RES/73/1'; did ...
    """

    reason = "no recorded vote on"
    hint = Hint("every recorded vote is listed by", "regional_migration.votes()")

    def __init__(self, text: str, suggestions: tuple[str, ...] = ()) -> None:
        """Keep *text* and the *suggestions*."""
        super().__init__(text, suggestions)
        self.text = text
        self.suggestions = suggestions

    def _message(self) -> str:
        message = f"{self.reason} {shorten(self.text)}{_did_you_mean(self.suggestions)}"
        return message if self.suggestions else f"{message}; {self.hint}"


class UnknownCountryError(RegionalMigrationError, ValueError):
    """The text names no ISO 3166-1 country or territory.

    Attributes:
        text: the text that was looked up.
        reason: why it names no country, as the message says it.
        suggestions: close matches as ``"CODE (Name)"`` strings, best first.
        hint: always ``None``; kept so that every look-up error has the same attributes.

    Examples:
        >>> raise UnknownCountryError("UK", "is not an ISO 3166-1 code", ("GB (United Kingdom)",))
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnknownCountryError: 'UK' is not ...; did you mean GB (...)?
    """

    hint: Hint | None = None

    def __init__(self, text: str, reason: str, suggestions: tuple[str, ...] = ()) -> None:
        """Keep *text*, a *reason* and *suggestions*."""
        super().__init__(text, reason, suggestions)
        self.text = text
        self.reason = reason
        self.suggestions = suggestions

    def _message(self) -> str:
        message = f"{shorten(self.text)} {self.reason}"
        if self.suggestions:
            message += f"; did you mean {_one_of(self.suggestions)}?"
        return message


class AmbiguousCountryError(RegionalMigrationError, ValueError):
    """The text names more than one country; the caller must choose.

    Attributes:
        text: the text that was looked up.
        reason: why the name is ambiguous (empty when the sources simply disagree).
        candidates: ``(code, name)`` pairs, sorted by code.
        suggestions: the candidates' codes, sorted.
        hint: always ``None``; kept so that every look-up error has the same attributes.

    Examples:
        >>> raise AmbiguousCountryError("Congo", (("CD", "Congo-Kinshasa"), ("CG", "Congo")))
        Traceback (most recent call last):
            ...
        regional_migration.errors.AmbiguousCountryError: 'Congo' is ambiguous: it may mean CD ...
    """

    hint: Hint | None = None

    def __init__(
        self, text: str, candidates: tuple[tuple[str, str], ...], reason: str = ""
    ) -> None:
        """Keep *text*, the *candidates* and the *reason*."""
        super().__init__(text, candidates, reason)
        self.text = text
        self.candidates = candidates
        self.reason = reason
        self.suggestions = tuple(code for code, _ in candidates)

    def _message(self) -> str:
        listed = _one_of(tuple(f"{code} ({name})" for code, name in self.candidates))
        message = f"{shorten(self.text)} is ambiguous: it may mean {listed}"
        if self.reason:
            message += f"; {self.reason}"
        return message + "; pass the ISO code instead"


class UnsupportedLanguageError(RegionalMigrationError, ValueError):
    """A language other than English, Spanish, French or Portuguese was asked for.

    Attributes:
        text: the language asked for, as text (the type's name if it is not text).
        reason: ``"unsupported language"``.
        suggestions: the four languages.
        hint: always ``None``; kept so that every look-up error has the same attributes.

    Examples:
        >>> raise UnsupportedLanguageError("de")
        Traceback (most recent call last):
            ...
        regional_migration.errors.UnsupportedLanguageError: unsupported language 'de'; use ...
    """

    reason = "unsupported language"
    suggestions = ("en", "es", "fr", "pt")
    hint: Hint | None = None

    def __init__(self, lang: object) -> None:
        """Keep the language asked for."""
        super().__init__(lang)
        self.text = lang if isinstance(lang, str) else type(lang).__name__

    def _message(self) -> str:
        shown = shorten(self.text) if isinstance(self.args[0], str) else self.text
        listed = _one_of(tuple(repr(lang) for lang in self.suggestions))
        return f"{self.reason} {shown}; use {listed}"


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
        """Name the argument, keep the value and say what is accepted."""
        super().__init__(name, value, hint)
        self.name = name
        self.value = value
        self.hint = hint

    def _message(self) -> str:
        value = self.value
        try:
            shown = shorten(value) if isinstance(value, str) else reprlib.repr(value)
        except ValueError:  # an int too long for repr(): str() of the error must not fail
            shown = f"<{type(value).__name__} too long to show>"
        return f"invalid {self.name} {shown}; {self.hint}"


class ArgumentTypeError(RegionalMigrationError, TypeError):
    """An argument has a type the function does not accept, such as a number for a name."""


class NotInResultError(RegionalMigrationError, KeyError):
    """A key asked of a result is not in it, such as a process absent from a matrix."""


class MissingExtraError(RegionalMigrationError, ImportError):
    """An optional dependency is needed for this call but is not installed.

    Attributes:
        module: the module that could not be imported.
        extra: the extra that installs it.
    """

    def __init__(self, module: str, extra: str) -> None:
        """Keep the missing *module* and the *extra* that installs it."""
        super().__init__(module, extra)
        self.module = module
        self.extra = extra

    def _message(self) -> str:
        return (
            f"this needs the optional dependency {self.module!r}; install the "
            f"{self.extra!r} extra, as in: python3 -m pip install '.[{self.extra}]' "
            "from a clone of the repository"
        )


class DataError(RegionalMigrationError):
    """A data file shipped with the package (or given by the caller) is invalid.

    Attributes:
        file: the file's name, such as ``"processes.json"``.
        place: where in the file, such as ``"processes.0.founded"``; empty for the
            whole file.
        problem: what is wrong there.

    Examples:
        >>> raise DataError("processes.json", "processes.3.id", "CRM is listed twice")
        Traceback (most recent call last):
            ...
        regional_migration.errors.DataError: data file processes.json, at processes.3.id: CRM ...
    """

    def __init__(self, file: str, place: str, problem: str) -> None:
        """Keep the *file*, the *place* in it and the *problem*."""
        super().__init__(file, place, problem)
        self.file = file
        self.place = place
        self.problem = problem

    def _message(self) -> str:
        where = f", at {self.place}" if self.place else ""
        return f"data file {self.file}{where}: {self.problem}"
