"""No public object can be changed where another caller would see it, and each pickles.

The samples are reached from the public API and checked against ``__all__``, so that a
new public type is covered the day it is added. Run at the lowest and the newest
pydantic the package declares (``.ci/run``), since pydantic's own frozen check changed
between them.
"""

from __future__ import annotations

import copy
import functools
import pickle
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest
from pydantic import BaseModel, ValidationError

import regional_migration as rm

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def _caught(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except rm.RegionalMigrationError as error:
        return error
    raise AssertionError("no error raised")


ERRORS: dict[type, Callable[[], BaseException]] = {
    rm.AmbiguousCountryError: lambda: _caught(lambda: rm.country_code("Congo")),
    rm.ArgumentTypeError: lambda: _caught(lambda: rm.get(42)),  # type: ignore[arg-type]
    rm.DataError: lambda: rm.DataError("processes.json", "processes.0.id", "bad"),
    rm.InvalidArgumentError: lambda: _caught(lambda: rm.vote("A/RES/73/195").countries("Yes")),  # type: ignore[arg-type]
    rm.InvalidDateError: lambda: _caught(lambda: rm.get("CRM").members_on("someday")),
    rm.MissingExtraError: lambda: rm.MissingExtraError("pandas", "pandas"),
    rm.NotInResultError: lambda: _caught(lambda: rm.overlap_matrix(["CRM"])["CRM", "MIRPS"]),
    rm.RegionalMigrationError: lambda: rm.RegionalMigrationError("plain"),
    rm.UnknownCountryError: lambda: _caught(lambda: rm.country_code("Atlantis")),
    rm.UnknownProcessError: lambda: _caught(lambda: rm.get("CMR")),
    rm.UnknownVoteError: lambda: _caught(lambda: rm.vote("A/RES/1/1")),
    rm.UnsupportedLanguageError: lambda: _caught(lambda: rm.country_name("MX", "de")),
}


def _roots() -> Iterator[object]:
    """Every answer the public API gives, once or more of each kind."""
    yield rm.processes()
    yield rm.refugee_commissions()
    yield rm.instruments()
    yield rm.votes()
    yield rm.compare("CRM", "MIRPS")
    yield rm.overlap_matrix()
    yield rm.timeline("FEM")
    yield rm.membership_table(processes=["FEM", "MIRPS"])
    yield rm.panel([2020], processes=["MIRPS"])
    yield rm.country_profile("MX")
    yield rm.country_codes(["MX", "Atlantis"], not_found="keep")
    yield rm.sources()
    yield rm.meetings("MIRPS")
    yield rm.map_table(["CRM", "MIRPS"], mode="overlap")
    yield rm.UnknownProcessError.every  # a Hint


def _walk(value: object) -> Iterator[object]:
    yield value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name))
    elif isinstance(value, tuple | frozenset):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, MappingProxyType):
        for item in value.values():
            yield from _walk(item)


@functools.cache
def samples() -> dict[type, object]:
    """The first instance reached of every type, by type."""
    found: dict[type, object] = {}
    for root in _roots():
        for item in _walk(root):
            found.setdefault(type(item), item)
    return found


PUBLIC_TYPES = sorted(
    (value for name in rm.__all__ if isinstance(value := getattr(rm, name), type)),
    key=lambda kind: kind.__name__,
)
VALUES = [kind for kind in PUBLIC_TYPES if not issubclass(kind, BaseException)]


def test_every_public_type_has_a_sample() -> None:
    missing = [k.__name__ for k in VALUES if k not in samples()]
    assert not missing
    assert {k for k in PUBLIC_TYPES if issubclass(k, BaseException)} == set(ERRORS)


def _attributes(kind: type) -> list[str]:
    """The public attributes of *kind*: its fields, properties and cached properties."""
    names = set(getattr(kind, "model_fields", ()))
    for name in dir(kind):
        if not name.startswith("_") and isinstance(
            getattr(kind, name, None), property | functools.cached_property
        ):
            names.add(name)
    names.update(getattr(kind, "__dataclass_fields__", ()))
    names.update(getattr(kind, "_fields", ()))
    return sorted(names)


MUTABLE = (list, dict, set, bytearray)


@pytest.mark.parametrize("kind", VALUES, ids=lambda kind: kind.__name__)
def test_no_attribute_can_be_assigned_deleted_or_changed_in_place(kind: type) -> None:
    item = samples()[kind]
    for name in _attributes(kind):
        if name == "model_fields_set":
            continue  # a copy each time, checked below
        before = getattr(item, name)
        with pytest.raises((ValidationError, AttributeError, TypeError)):
            setattr(item, name, ())
        with pytest.raises((ValidationError, AttributeError, TypeError)):
            delattr(item, name)
        after = getattr(item, name)
        assert after == before, name
        for inner in _walk(after):
            assert not isinstance(inner, MUTABLE), (name, type(inner))


def test_cached_properties_of_shared_instruments_cannot_be_replaced() -> None:
    gcm, convention = rm.get("GCM"), rm.get("1954 Convention")
    assert isinstance(gcm, rm.Instrument)
    members, unknown = len(gcm.members), len(gcm.unknown)
    with pytest.raises(ValidationError, match="frozen"):
        gcm.memberships = ()  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        gcm.unknown = frozenset()
    with pytest.raises(ValidationError, match="frozen"):
        del convention.memberships
    assert len(rm.get("GCM").members) == members > 0
    assert len(gcm.unknown) == unknown > 0
    assert rm.get("1954 Convention") is convention


# The records of the data, shared by every caller; an answer is built for each call.
SHARED = [k for k in VALUES if issubclass(k, rm.Process.__mro__[1]) and k is not rm.Process]


@pytest.mark.parametrize("kind", [rm.Process, *SHARED], ids=lambda kind: kind.__name__)
def test_the_set_of_fields_given_cannot_be_emptied(kind: type[BaseModel]) -> None:
    item = samples()[kind]
    assert isinstance(item, BaseModel)
    dumped = item.model_dump(exclude_unset=True)
    item.model_fields_set.clear()
    assert item.model_dump(exclude_unset=True) == dumped


def test_a_process_keeps_its_fields_set_for_every_caller() -> None:
    rm.get("CRM").model_fields_set.clear()
    assert rm.get("CRM").model_dump(exclude_unset=True)["id"] == "CRM"


def _same(a: object, b: object) -> bool:
    if isinstance(a, BaseException):
        return type(a) is type(b) and a.args == b.args and str(a) == str(b)
    if type(a).__name__ == "CountryCodes":
        return list(a) == list(b) and repr(a) == repr(b)  # type: ignore[call-overload]
    return a == b


@pytest.mark.parametrize("kind", PUBLIC_TYPES, ids=lambda kind: kind.__name__)
def test_every_public_type_pickles_and_copies(kind: type) -> None:
    item = ERRORS[kind]() if kind in ERRORS else samples()[kind]
    assert type(item) is kind
    for twin in (
        pickle.loads(pickle.dumps(item)),  # noqa: S301 - our own bytes
        copy.copy(item),
        copy.deepcopy(item),
    ):
        assert type(twin) is kind
        assert _same(twin, item)


def test_recorded_votes_go_through_a_process_pool_style_round_trip() -> None:
    vote = rm.vote("A/RES/73/195")
    back = pickle.loads(pickle.dumps(vote))  # noqa: S301 - our own bytes
    assert back == vote
    assert back.countries("yes") == vote.countries("yes")
    with pytest.raises(TypeError):
        back.votes["MX"] = "no"


def test_a_partial_roll_stays_partial_and_read_only_through_pickle_and_copy() -> None:
    forums = rm.vote("A/RES/73/326")
    for back in (
        pickle.loads(pickle.dumps(forums)),  # noqa: S301 - our own bytes
        copy.copy(forums),
        copy.deepcopy(forums),
    ):
        assert back == forums
        assert (back.roll, back.note, dict(back.votes)) == ("partial", forums.note, {"US": "no"})
        assert back.unrecorded == forums.unrecorded
        with pytest.raises(rm.NotInResultError, match="not on record"):
            back["Paraguay"]
        with pytest.raises(TypeError):
            back.votes["PY"] = "yes"  # type: ignore[index]
    for name, value in (("roll", "complete"), ("unrecorded", frozenset()), ("note", None)):
        with pytest.raises((TypeError, ValueError, AttributeError)):
            setattr(forums, name, value)
    assert forums.roll == "partial"
    assert forums.unrecorded
