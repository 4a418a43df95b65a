from __future__ import annotations

import pickle
from datetime import date

import pytest
from builders import NAME, SOURCE, membership, process
from pydantic import ValidationError

import regional_migration as rm
from regional_migration import LocalizedText, Membership, Process, Source


def test_source_urls_must_be_web_addresses() -> None:
    with pytest.raises(ValidationError, match="url"):
        Source.model_validate({**SOURCE, "url": "file:///etc/passwd"})


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Source.model_validate({**SOURCE, "date_seen": "2026-11"})


def test_sources_are_required() -> None:
    with pytest.raises(ValidationError, match="at least 1 item"):
        Membership.model_validate(membership(sources=[]))


def test_source_ids_need_a_table() -> None:
    with pytest.raises(ValidationError, match="without a table of sources"):
        Membership.model_validate(membership(sources=["example"]))
    with pytest.raises(ValidationError, match="unknown source id 'nope'"):
        Membership.model_validate(membership(sources=["nope"]), context={"sources": {}})
    record = Membership.model_validate(
        membership(sources=["example"]),
        context={"sources": {"example": Source.model_validate(SOURCE)}},
    )
    assert record.sources[0].publisher == "Example"


def test_membership_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match="ends \\(1999\\) before it starts \\(2000\\)"):
        Membership.model_validate(membership(until="1999"))


def test_active_on_is_conservative_with_partial_dates() -> None:
    record = Membership.model_validate(membership(since="2000-05", until="2010"))
    assert not record.active_on(date(2000, 5, 15))  # may not have started yet
    assert record.active_on(date(2000, 5, 31))
    assert record.active_on(date(2009, 12, 31))
    assert not record.active_on(date(2010, 6, 1))  # may have ended already
    assert not record.is_current


def test_overlapping_periods_are_refused() -> None:
    with pytest.raises(ValidationError, match="MX has overlapping periods"):
        process(membership(until="2010"), membership(since="2005", status="suspended"))
    with pytest.raises(ValidationError, match="MX has overlapping periods"):
        process(membership(), membership(since="2005", status="suspended"))


def test_memberships_must_be_sorted() -> None:
    with pytest.raises(ValidationError, match="sorted by country"):
        process(membership(country="MX"), membership(country="BZ"))


def test_statuses_over_time() -> None:
    p = process(
        membership(country="BZ"),
        membership(country="CA", status="observer", since="2001"),
        membership(until="2010-06-01"),
        membership(since="2010-06-01", status="suspended"),
    )
    assert p.members == frozenset({"BZ"})
    assert p.observers == frozenset({"CA"})
    assert p.countries_with("suspended") == frozenset({"MX"})
    assert p.members_on(date(2005, 1, 1)) == frozenset({"BZ", "MX"})
    assert p.members_on("2011-01-01") == frozenset({"BZ"})
    assert p.members_on(date(1999, 12, 31)) == frozenset()
    assert [m.country for m in p.memberships_on(date(2011, 1, 1))] == ["BZ", "CA", "MX"]
    assert [(m.country, m.status) for m in p.memberships_on()] == [
        ("BZ", "member"),
        ("CA", "observer"),
        ("MX", "suspended"),
    ]
    assert p.memberships_on("2011-01-01") == p.memberships_on(date(2011, 1, 1))


def test_nobody_belongs_before_the_process_exists() -> None:
    p = process(membership(since="1991-03-26"), founded="2003")
    assert p.members_on(date(2003, 6, 1)) == frozenset()
    assert p.members_on(date(2004, 1, 1)) == frozenset({"MX"})


def test_aliases_must_be_unique() -> None:
    with pytest.raises(ValidationError, match="duplicate entries: \\['A'\\]"):
        process(aliases=["A", "A"])


def test_localized_text() -> None:
    text = LocalizedText.model_validate(NAME)
    assert [text.get(lang) for lang in ("en", "es", "fr", "pt")] == list(NAME.values())
    with pytest.raises(ValueError, match="unsupported language 'de'"):
        text.get("de")


def test_models_are_deeply_immutable_and_hashable() -> None:
    p = process(membership())
    with pytest.raises(ValidationError, match="frozen"):
        p.id = "OTHER"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        p.memberships[0].country = "CA"  # type: ignore[misc]
    assert isinstance(p.memberships, tuple)
    assert isinstance(p.members, frozenset)
    assert hash(p) == hash(process(membership()))


def test_round_trips() -> None:
    p = process(membership(since="1999-01-30/2000-03-23"))
    assert Process.model_validate_json(p.model_dump_json()) == p
    assert Process.model_validate(p.model_dump()) == p
    assert pickle.loads(pickle.dumps(p)) == p  # noqa: S301 - our own object
    assert p.model_dump(mode="json")["memberships"][0]["since"] == "1999-01-30/2000-03-23"


@pytest.mark.parametrize("model", list(rm.processes()), ids=lambda p: p.id)
def test_shipped_processes_round_trip(model: Process) -> None:
    again = Process.model_validate_json(model.model_dump_json())
    assert again == model
    assert hash(again) == hash(model)
