"""Every error formats its own message, keeps uniform attributes and survives pickling.

Exact messages are pinned here, so that a change of wording is a visible decision.
"""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

import pytest

import regional_migration as rm
from regional_migration import errors

if TYPE_CHECKING:
    from collections.abc import Callable

EXAMPLES: list[errors.RegionalMigrationError] = [
    errors.UnknownProcessError("CMR", ("CRM",)),
    errors.UnknownProcessError("zzzz"),
    errors.UnknownProcessError("CONARE", hint=errors.Hint("see", "f()", "cmd")),
    errors.UnknownCountryError("UK", "is not an ISO 3166-1 code", ("GB (United Kingdom)",)),
    errors.AmbiguousCountryError("Congo", (("CD", "Congo - Kinshasa"), ("CG", "Congo")), "why"),
    errors.UnsupportedLanguageError("de"),
    errors.UnsupportedLanguageError(1),
    errors.InvalidDateError("invalid date 'x'"),
    errors.InvalidArgumentError("status", "members", "use 'member'"),
    errors.InvalidArgumentError("metric", ["x"], "use 'count'"),
    errors.ArgumentTypeError("a country is given as text, got NoneType"),
    errors.NotInResultError("CSM is not in this matrix"),
    errors.MissingExtraError("pandas", "pandas"),
    errors.DataError("processes.json", "processes.0.id", "CRM is listed twice"),
    errors.UnknownVoteError("A/RES/73/1", ("A/RES/73/151",)),
    errors.UnknownVoteError("x"),
]

MESSAGES = [
    "no process or instrument named 'CMR'; did you mean 'CRM'?",
    (
        "no process or instrument named 'zzzz'; every process is listed by "
        "regional_migration.processes(), every instrument by regional_migration.instruments()"
    ),
    "no process or instrument named 'CONARE'; see f()",
    "'UK' is not an ISO 3166-1 code; did you mean GB (United Kingdom)?",
    (
        "'Congo' is ambiguous: it may mean CD (Congo - Kinshasa) or CG (Congo); why; "
        "pass the ISO code instead"
    ),
    "unsupported language 'de'; use 'en', 'es', 'fr' or 'pt'",
    "unsupported language int; use 'en', 'es', 'fr' or 'pt'",
    "invalid date 'x'",
    "invalid status 'members'; use 'member'",
    "invalid metric ['x']; use 'count'",
    "a country is given as text, got NoneType",
    "CSM is not in this matrix",
    (
        "this needs the optional dependency 'pandas'; install the 'pandas' extra, as in: "
        "python3 -m pip install '.[pandas]' from a clone of the repository"
    ),
    "data file processes.json, at processes.0.id: CRM is listed twice",
    "no recorded vote on 'A/RES/73/1'; did you mean 'A/RES/73/151'?",
    "no recorded vote on 'x'; every recorded vote is listed by regional_migration.votes()",
]

ATTRIBUTES = (
    "text",
    "reason",
    "suggestions",
    "hint",
    "candidates",
    "module",
    "extra",
    "file",
    "name",
    "value",
)


def _state(error: BaseException) -> tuple[object, ...]:
    return (
        type(error),
        str(error),
        error.args,
        tuple(getattr(error, name, None) for name in ATTRIBUTES),
    )


@pytest.mark.parametrize(("error", "message"), list(zip(EXAMPLES, MESSAGES, strict=True)))
def test_exact_message(error: errors.RegionalMigrationError, message: str) -> None:
    assert str(error) == message


def test_every_error_class_has_an_example() -> None:
    excluded = {"Hint", "RegionalMigrationError"}
    classes = {getattr(errors, name).__name__ for name in errors.__all__ if name not in excluded}
    assert {type(e).__name__ for e in EXAMPLES} == classes


@pytest.mark.parametrize("error", EXAMPLES)
@pytest.mark.parametrize(
    "clone",
    [lambda e: pickle.loads(pickle.dumps(e)), copy.copy, copy.deepcopy],  # noqa: S301 - our own bytes
    ids=["pickle", "copy", "deepcopy"],
)
def test_round_trip(error: errors.RegionalMigrationError, clone: object) -> None:
    assert callable(clone)
    assert _state(clone(error)) == _state(error)


@pytest.mark.parametrize(
    "error", [errors.UnknownProcessError, errors.UnknownCountryError, errors.AmbiguousCountryError]
)
def test_look_up_errors_share_their_attributes(error: type[Exception]) -> None:
    raised: Callable[[], object] = {
        errors.UnknownProcessError: lambda: rm.get("CMR"),
        errors.UnknownCountryError: lambda: rm.country_code("Atlantis"),
        errors.AmbiguousCountryError: lambda: rm.country_code("Congo"),
    }[error]
    with pytest.raises(error) as caught:
        raised()
    value = caught.value
    assert isinstance(value.text, str)  # type: ignore[attr-defined]
    assert isinstance(value.reason, str)  # type: ignore[attr-defined]
    assert isinstance(value.suggestions, tuple)  # type: ignore[attr-defined]
    assert value.hint is None or isinstance(value.hint, errors.Hint)  # type: ignore[attr-defined]


def test_commission_hint_is_structured() -> None:
    with pytest.raises(rm.UnknownProcessError) as caught:
        rm.get("CONARE")
    assert caught.value.hint is not None
    assert caught.value.hint.call == "regional_migration.refugee_commissions()"
    assert str(caught.value) == (
        "no process or instrument named 'CONARE'; national refugee commissions (CONARE and their "
        "equivalents) are national bodies, not a regional process; they meet within "
        "MERCOSUR's migration forum, get('FEM'), and are listed by "
        "regional_migration.refugee_commissions()"
    )


@pytest.mark.parametrize("method", ["spawn", "fork", "forkserver"])
def test_a_pool_returns_the_real_error(method: str) -> None:
    context = multiprocessing.get_context(method)
    with context.Pool(2) as pool, pytest.raises(rm.UnknownCountryError) as caught:
        pool.map(rm.country_code, ["MX", "Atlantis"])
    assert caught.value.text == "Atlantis"


def test_a_process_pool_executor_returns_the_real_error() -> None:
    context = multiprocessing.get_context("spawn")
    with (
        ProcessPoolExecutor(2, mp_context=context) as pool,
        pytest.raises(rm.AmbiguousCountryError) as caught,
    ):
        list(pool.map(rm.country_code, ["MX", "Congo"]))
    assert caught.value.suggestions == ("CD", "CG")


@pytest.mark.parametrize(
    ("call", "error", "builtin"),
    [
        (
            lambda: rm.membership_table(statuses=("members",)),  # type: ignore[arg-type]
            rm.InvalidArgumentError,
            ValueError,
        ),
        (lambda: rm.overlap_matrix(metric="jacard"), rm.InvalidArgumentError, ValueError),  # type: ignore[arg-type]
        (lambda: rm.PartialDate("May 2000"), rm.InvalidDateError, ValueError),
        (lambda: rm.PartialDate(2000), rm.ArgumentTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: rm.country_code(None), rm.ArgumentTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: rm.get(1), rm.ArgumentTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: rm.processes_of(76.5), rm.ArgumentTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: rm.overlap_matrix(["CRM", "MIRPS"])["CRM", "CSM"], rm.NotInResultError, KeyError),
        (lambda: rm.overlap_matrix("CRM"), rm.ArgumentTypeError, TypeError),
        (lambda: 5 in rm.get("CRM"), rm.ArgumentTypeError, TypeError),
    ],
)
def test_deliberate_raises_are_the_librarys_own(
    call: object, error: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(error, builtin)
    assert callable(call)
    with pytest.raises(error):
        call()


def test_one_status_given_alone_is_not_spelled_out() -> None:
    alone = rm.membership_table(processes=["FEM"], statuses="suspended")
    assert alone == rm.membership_table(processes=["FEM"], statuses=("suspended",))
    with pytest.raises(rm.InvalidArgumentError, match=r"^invalid status 'member '; use"):
        rm.membership_table(statuses="member ")  # type: ignore[arg-type]
    with pytest.raises(rm.InvalidArgumentError, match=r"^invalid status 1; use"):
        rm.membership_table(statuses=[1])  # type: ignore[list-item]


def test_an_unknown_key_is_caught_under_its_earlier_name() -> None:
    assert rm.UnknownProcessError is rm.UnknownKeyError
    with pytest.raises(rm.UnknownProcessError) as caught:
        rm.get("Convention on Nothing At All")
    assert isinstance(caught.value, LookupError)
    assert str(caught.value).startswith("no process or instrument named ")
