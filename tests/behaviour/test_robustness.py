"""Arbitrary text in, only our own errors out; and every public object is immutable.

Every public function or method that takes a string is fed Hypothesis text: short
and huge, with control, format, surrogate-free astral and right-to-left characters.
Each call either answers or raises a :class:`RegionalMigrationError` (which the
errors module documents as also being a ``LookupError``, ``ValueError`` or
``ImportError`` where that fits). The exceptions are documented in each function:
``PartialDate`` raises ``ValueError``, and options chosen from a fixed list
(``metric``, ``statuses``) raise ``ValueError`` naming the choices. How long the
calls take is measured by the benchmarks, not asserted here.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

OURS = rm.RegionalMigrationError

HOSTILE = ["\x00", "\u200b", "\ufeff", "\u202e", "\u00ad", "\n", "\t", "\u2028", "\U0001f600"]

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="ascii")),
    st.text(alphabet=st.sampled_from([*HOSTILE, "a", "É", " ", "-", "/", "0", "9"])),
    # Huge inputs, built by repetition so that generating them stays cheap.
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=8), st.integers(500, 200_000)),
    # Near misses of real keys, with a stray character.
    st.builds(
        lambda key, extra: key + extra,
        st.sampled_from(["CRM", "Mexico", "2018-09-04", "Quito Process", "en", "México"]),
        st.sampled_from(HOSTILE),
    ),
)


def answers_or_raises_ours(call: Callable[[], object], *also: type[Exception]) -> None:
    """Run *call*; it may return anything, or raise our errors or those in *also*."""
    try:
        call()
    except OURS:
        pass
    except also:
        pass


@given(texts)
def test_get(text: str) -> None:
    answers_or_raises_ours(lambda: rm.get(text))


@given(texts)
def test_country_code(text: str) -> None:
    answers_or_raises_ours(lambda: rm.country_code(text))


@given(texts, texts)
def test_country_name_both_arguments(country: str, lang: str) -> None:
    answers_or_raises_ours(lambda: rm.country_name(country, lang))
    answers_or_raises_ours(lambda: rm.country_name("MX", lang))
    answers_or_raises_ours(lambda: rm.country_name(country, "es"))


@given(texts, texts)
def test_processes_of(country: str, on: str) -> None:
    answers_or_raises_ours(lambda: rm.processes_of(country))
    answers_or_raises_ours(lambda: rm.processes_of("MX", on=on))


@given(texts)
def test_refugee_commission(text: str) -> None:
    answers_or_raises_ours(lambda: rm.refugee_commission(text))


@given(texts)
def test_partial_date(text: str) -> None:
    answers_or_raises_ours(lambda: rm.PartialDate(text), ValueError)


@given(texts, texts)
def test_process_methods(country: str, day: str) -> None:
    process = rm.get("CRM")
    answers_or_raises_ours(lambda: process.members_on(day))
    answers_or_raises_ours(lambda: process.memberships_on(day))
    answers_or_raises_ours(lambda: process.is_member(country))
    answers_or_raises_ours(lambda: process.is_member("MX", on=day))
    answers_or_raises_ours(lambda: country in process)
    answers_or_raises_ours(lambda: process.name.get(country))


@given(texts, texts)
def test_comparisons(key: str, day: str) -> None:
    answers_or_raises_ours(lambda: rm.overlap(key, "CRM"))
    answers_or_raises_ours(lambda: rm.overlap("CRM", "MIRPS", key))
    answers_or_raises_ours(lambda: rm.overlap("CRM", "MIRPS", on=day))
    answers_or_raises_ours(lambda: rm.compare("CRM", key))
    answers_or_raises_ours(lambda: rm.compare(key, "CRM", on=day))
    answers_or_raises_ours(lambda: rm.timeline(key))
    answers_or_raises_ours(lambda: rm.overlap_matrix([key, "CRM"]))
    answers_or_raises_ours(lambda: rm.overlap_matrix(["CRM"], on=day))


@given(texts)
def test_overlap_matrix_metric(metric: str) -> None:
    # The metric is one of two words; anything else is a documented ValueError.
    answers_or_raises_ours(lambda: rm.overlap_matrix(["CRM"], metric=metric), ValueError)  # type: ignore[arg-type]


@given(texts, texts)
def test_membership_table(text: str, day: str) -> None:
    answers_or_raises_ours(lambda: rm.membership_table(processes=["MIRPS"], lang=text))
    answers_or_raises_ours(lambda: rm.membership_table(processes=[text]))
    answers_or_raises_ours(lambda: rm.membership_table(processes=["MIRPS"], on=day))
    answers_or_raises_ours(
        lambda: rm.membership_table(processes=["MIRPS"], statuses=(text,)),  # type: ignore[arg-type]
        ValueError,
    )


@settings(max_examples=25)
@given(texts)
def test_plots_refuse_bad_text_before_drawing(text: str) -> None:
    pytest.importorskip("matplotlib")
    answers_or_raises_ours(lambda: rm.plot_membership_grid(["MIRPS"], lang=text))
    answers_or_raises_ours(lambda: rm.plot_membership_grid([text]))
    answers_or_raises_ours(lambda: rm.plot_overlap_heatmap(["MIRPS", text]))
    answers_or_raises_ours(lambda: rm.plot_membership_grid(["MIRPS"], on=text))


def _cli(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(argv)


@given(
    st.sampled_from(
        [
            ["show", "{}"],
            ["members", "{}"],
            ["country", "{}"],
            ["compare", "CRM", "{}"],
            ["matrix", "CRM", "{}"],
            ["show", "CRM", "--on", "{}"],
            ["members", "CRM", "--lang", "{}"],
            ["country", "MX", "--format", "{}"],
            ["{}"],
        ]
    ),
    texts,
)
def test_command_line(template: list[str], text: str) -> None:
    argv = [text if part == "{}" else part for part in template]
    # Every outcome is an exit status; nothing escapes as an exception.
    assert _cli(argv) in (0, 2)


@pytest.mark.parametrize(
    ("pasted", "code"),
    [
        ("\u200b68", "BO"),  # a zero-width space before a numeric code
        ("Costa\u00a0Rica", "CR"),  # a no-break space inside a name
        ("M\u00e9xico\u200b", "MX"),
        ("68..", "BO"),
    ],
)
def test_text_pasted_from_web_pages(pasted: str, code: str) -> None:
    assert rm.country_code(pasted) == code


@pytest.mark.parametrize("text", ["Mexi\x00co", "\x07MX\x07x", "Per\u00fa\u0000"])
def test_control_characters_are_refused_by_name(text: str) -> None:
    with pytest.raises(rm.UnknownCountryError, match="control character U\\+00"):
        rm.country_code(text)


def test_non_string_arguments_raise_type_error() -> None:
    for call in (
        lambda: rm.get(42),  # type: ignore[arg-type]
        lambda: rm.country_code(4.2),  # type: ignore[arg-type]
        lambda: rm.PartialDate(2018),  # type: ignore[arg-type]
        lambda: 42 in rm.get("CRM"),
    ):
        with pytest.raises(TypeError):
            call()


# Immutability


IMMUTABLE_LEAVES = (str, int, float, bool, type(None), date, rm.PartialDate)


def _public_objects() -> Iterator[object]:
    """One or more instances of every public model, reached from the public API."""
    yield from rm.processes()
    yield from rm.refugee_commissions()
    yield rm.compare("CRM", "MIRPS")
    yield rm.compare("CRM", "CSM", on="2010-01-01")
    yield rm.overlap_matrix()
    yield rm.overlap_matrix(metric="jaccard", on="2020-01-01")
    yield from rm.timeline("FEM")
    yield rm.membership_table(processes=["FEM", "MIRPS"])


def _walk(value: object) -> Iterator[object]:
    """*value* and everything inside it."""
    yield value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name))
    elif isinstance(value, tuple | frozenset):
        for item in value:
            yield from _walk(item)


def _everything() -> list[object]:
    return [item for top in _public_objects() for item in _walk(top)]


def test_every_public_model_type_is_reached() -> None:
    reached = {type(item) for item in _everything()}
    models = {
        rm.Process,
        rm.Membership,
        rm.Source,
        rm.LocalizedText,
        rm.Organization,
        rm.Secretariat,
        rm.Presidency,
        rm.WorkingGroup,
        rm.Document,
        rm.Discrepancy,
        rm.RefugeeCommission,
        rm.Comparison,
        rm.OverlapMatrix,
        rm.TimelineEvent,
        rm.MembershipTable,
        rm.MembershipRow,
        rm.PartialDate,
    }
    assert models <= reached, sorted(m.__name__ for m in models - reached)


def test_every_value_is_immutable_and_hashable() -> None:
    for item in _everything():
        assert isinstance(item, (BaseModel, tuple, frozenset, *IMMUTABLE_LEAVES)), type(item)
        hash(item)


def test_assignment_to_any_field_raises() -> None:
    seen: set[type] = set()
    for item in _everything():
        if not isinstance(item, BaseModel) or type(item) in seen:
            continue
        seen.add(type(item))
        for name in type(item).model_fields:
            with pytest.raises(ValidationError, match="frozen"):
                setattr(item, name, None)
            with pytest.raises(ValidationError, match="frozen"):
                delattr(item, name)
    assert len(seen) >= 16


def test_partial_dates_cannot_change() -> None:
    day = rm.PartialDate("2018-09")
    with pytest.raises(AttributeError, match="immutable"):
        day._text = "2019"
    with pytest.raises(AttributeError, match="immutable"):
        del day._earliest
    assert str(day) == "2018-09"


def test_answers_are_frozen_collections() -> None:
    crm = rm.get("CRM")
    answers: list[Any] = [
        rm.processes(),
        rm.processes_of("MX"),
        rm.refugee_commissions(),
        crm.members,
        crm.observers,
        crm.members_on("2000-01-01"),
        crm.memberships_on("2000-01-01"),
        rm.overlap("CRM", "MIRPS"),
        rm.timeline("CRM"),
    ]
    for answer in answers:
        assert isinstance(answer, tuple | frozenset), type(answer)
    with pytest.raises(AttributeError):
        crm.members.add("FR")  # type: ignore[attr-defined]


def test_a_caller_cannot_change_what_the_next_caller_sees() -> None:
    first = rm.get("MIRPS")
    members = set(first.members)
    members.add("FR")
    assert "FR" not in rm.get("MIRPS").members
    assert rm.get("MIRPS") is first
    assert hash(first) == hash(rm.Process.model_validate_json(first.model_dump_json()))
