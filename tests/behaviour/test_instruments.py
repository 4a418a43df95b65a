"""The instruments: look-up, membership derived from each state's acts, votes, profiles."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import date
from importlib import resources
from typing import Any

import matplotlib as mpl
import pycountry
import pytest
from builders import NAME, SOURCE
from pydantic import ValidationError

import regional_migration as rm
from regional_migration import Instrument
from regional_migration._core import resources as _resources
from regional_migration._core.text import fold
from regional_migration._dataset.instruments import INSTRUMENTS
from regional_migration._dataset.schema import schema_text
from regional_migration.cli import main

mpl.use("Agg")

DATA = resources.files("regional_migration").joinpath("data")
RAW = DATA.joinpath("instruments.json").read_bytes()
FILE = _resources.validate(INSTRUMENTS, RAW)
BINDING_ACTIONS = frozenset(("ratification", "accession", "succession", "acceptance", "approval"))
IN_SCOPE = frozenset(
    (
        *("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO"),
        *("EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN"),
        *("LC", "VC", "SR", "TT", "US", "UY", "VE", "ES", "AD"),
    )
)

ISSUE_KEYS = {
    "1951 Convention": "REFUGEE-CONVENTION-1951",
    "Refugee Convention": "REFUGEE-CONVENTION-1951",
    "Convención de 1951": "REFUGEE-CONVENTION-1951",
    "1967 Protocol": "REFUGEE-PROTOCOL-1967",
    "1954 Convention": "STATELESS-CONVENTION-1954",
    "1961 Convention": "STATELESSNESS-CONVENTION-1961",
    "ICRMW": "MIGRANT-WORKERS-CONVENTION",
    "Migrant Workers Convention": "MIGRANT-WORKERS-CONVENTION",
    "Trafficking in Persons Protocol": "TRAFFICKING-PROTOCOL",
    "Smuggling of Migrants Protocol": "SMUGGLING-PROTOCOL",
    "MERCOSUR Residence Agreement": "MERCOSUR-RESIDENCE-2002",
    "Global Compact for Migration": "GLOBAL-COMPACT-MIGRATION",
    "GCM": "GLOBAL-COMPACT-MIGRATION",
    "Pacto Mundial para la Migración": "GLOBAL-COMPACT-MIGRATION",
    "Global Compact on Refugees": "GLOBAL-COMPACT-REFUGEES",
    "Cartagena Declaration": "CARTAGENA-DECLARATION-1984",
    "Brazil Declaration": "BRAZIL-DECLARATION-2014",
    "Chile Declaration": "CHILE-DECLARATION-2024",
}

# Words that name a kind of text, not one text: no key may be one of them alone.
GENERIC = frozenset(
    fold(word)
    for word in (
        *("convention", "protocol", "declaration", "compact", "agreement", "treaty"),
        *("convención", "protocolo", "declaración", "pacto", "acuerdo", "tratado"),
        *("convenção", "declaração", "acordo", "pacte", "déclaration", "accord"),
        *("plan of action", "refugees", "migration", "palermo"),
    )
)


def action(
    country: str = "MX", kind: str = "accession", day: str = "2000-01-01", **more: Any
) -> dict[str, Any]:
    return {
        "country": country,
        "action": kind,
        "date": day,
        "confidence": "high",
        "sources": [SOURCE],
        **more,
    }


def instrument(*actions: dict[str, Any], **changes: Any) -> Instrument:
    record: dict[str, Any] = {
        "id": "TEST-TREATY",
        "name": NAME,
        "short_name": NAME,
        "kind": "treaty",
        "adopted": "1990-01-01",
        "entry_into_force": "1995-01-01",
        "in_force_rule": {"days": 30, "months": 0, "article": "article 1"},
        "actions": list(actions),
        "sources": [SOURCE],
    }
    record.update(changes)
    return Instrument.model_validate(record)


def periods(
    found: rm.Process | Instrument, country: str
) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (m.status, str(m.since), None if m.until is None else str(m.until), m.began_by, m.ended_by)
        for m in found.memberships
        if m.country == country
    ]


# Look-up


@pytest.mark.parametrize(("key", "expected"), ISSUE_KEYS.items())
def test_every_key_of_the_issue_finds_its_instrument(key: str, expected: str) -> None:
    assert rm.get(key).id == expected
    assert rm.get(key.upper()).id == expected


def keys_of(found: rm.Process | Instrument) -> set[str]:
    """Every text that names *found*: id, aliases, names and acronyms."""
    keys = {found.id, *found.aliases}
    texts: list[object] = [found.name, found.acronym]
    if isinstance(found, Instrument):
        texts.append(found.short_name)
    for text in texts:
        if text is not None:
            keys.update(v for v in text.model_dump().values() if v)  # type: ignore[attr-defined]
    return keys


def test_no_key_names_two_things_and_none_is_generic() -> None:
    owners: dict[str, set[str]] = {}
    for found in (*rm.processes(), *rm.instruments()):
        for key in keys_of(found):
            owners.setdefault(fold(key), set()).add(found.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}
    for instrument in rm.instruments():
        for key in keys_of(instrument):
            assert fold(key) not in GENERIC, key
            assert rm.get(key) is instrument, key  # not a process, not refused as generic


def test_processes_stay_processes_and_instruments_are_listed() -> None:
    assert all(isinstance(p, rm.Process) for p in rm.processes())
    ids = [i.id for i in rm.instruments()]
    assert ids == sorted(ids)
    assert len(ids) == 16
    found = rm.get("1961 Convention")
    assert rm.get(found) is found


def test_an_unknown_key_suggests_processes_first_then_instruments() -> None:
    with pytest.raises(rm.UnknownProcessError, match="'CRM'"):
        rm.get("CMR")
    with pytest.raises(rm.UnknownProcessError, match="did you mean 'TRAFFICKING-PROTOCOL'"):
        rm.get("Trafficking Protocl")


def test_processes_alone_do_not_load_the_instruments() -> None:
    code = (
        "import sys, regional_migration as rm; rm.get('MIRPS').members; rm.get('Puebla Process');"
        "print(any('_instrument' in name for name in sys.modules))"
    )
    command = [sys.executable, "-c", code]
    out = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    assert out.stdout.strip() == "False"


# Membership derived from acts


def test_party_to_the_1967_protocol_only_comes_out_exactly_so() -> None:
    convention, protocol = rm.get("1951 Convention"), rm.get("1967 Protocol")
    for country in ("US", "VE"):
        assert country in protocol.members
        assert country not in convention.members
        assert not [m for m in convention.memberships if m.country == country]


def test_a_treaty_binds_from_its_rule_never_before_its_own_entry_into_force() -> None:
    convention = rm.get("1951 Convention")
    assert convention.members_on("1954-04-21") == frozenset()
    assert convention.founding_note("1950-01-01") == (
        "REFUGEE-CONVENTION-1951 was adopted on 1951-07-28"
    )
    assert convention.existed_on("1951-07-28")
    # Argentina acceded on 1961-11-15; article 43(2): the ninetieth day after.
    assert "AR" not in convention.members_on("1962-02-12")
    assert "AR" in convention.members_on("1962-02-13")
    (period,) = [m for m in convention.memberships if m.country == "AR"]
    assert period.began_by == "accession"
    assert period.ended_by is None
    # The Protocol binds on the day of deposit (article VIII(2)).
    protocol = rm.get("1967 Protocol")
    (argentina,) = [m for m in protocol.memberships if m.country == "AR"]
    assert str(argentina.since) == "1967-12-06"


def test_a_signatory_stands_between_signature_and_being_bound() -> None:
    icrmw = rm.get("ICRMW")
    assert periods(icrmw, "AR") == [
        ("signatory", "2004-08-10", "2007-06-01", "signature", "ratification"),
        ("member", "2007-06-01", None, "ratification", None),
    ]
    assert icrmw.countries_with("signatory", on="2005-01-01") >= {"AR"}
    assert "AR" in icrmw.members_on("2007-06-01")


def test_brazil_left_and_returned_to_the_migration_compact() -> None:
    gcm = rm.get("Global Compact for Migration")
    assert periods(gcm, "BR") == [
        ("member", "2018-12-10", "2019-01-08", "adoption", "withdrawal"),
        ("member", "2023-01-05", None, "return", None),
    ]
    assert "BR" not in gcm.members_on("2020-06-01")
    assert "BR" in gcm.members


def test_derivation_rules_on_made_up_acts() -> None:
    before = instrument(action(day="1993-05-01"))
    assert periods(before, "MX") == [("member", "1995-01-01", None, "accession", None)]
    recorded = instrument(action(day="2000-01-01", in_force="2000-03-01"))
    assert periods(recorded, "MX") == [("member", "2000-03-01", None, "accession", None)]
    left = instrument(
        action(kind="signature", day="1996-01-01"),
        action(kind="ratification", day="1997-01-01"),
        action(kind="denunciation", day="2001-01-01", in_force="2002-01-01"),
    )
    assert periods(left, "MX") == [
        ("signatory", "1996-01-01", "1997-01-31", "signature", "ratification"),
        ("member", "1997-01-31", "2002-01-01", "ratification", "denunciation"),
    ]
    same_day = instrument(
        action(kind="signature", day="1996-01-01"),
        action(kind="ratification", day="1996-01-01", in_force="1996-01-01"),
    )
    assert periods(same_day, "MX") == [("member", "1996-01-01", None, "ratification", None)]
    partial = instrument(action(day="2009-03-01"), entry_into_force="2009", in_force_rule=None)
    assert periods(partial, "MX") == [("member", "2009", None, "accession", None)]
    declared = instrument(
        action(kind="adoption", day="2018-12-10"),
        kind="declaration",
        entry_into_force=None,
        in_force_rule=None,
    )
    assert declared.members_on("2018-12-10") == {"MX"}
    assert not declared.binds


@pytest.mark.parametrize(
    ("acts", "problem"),
    [
        ((action(), action(day="2001-01-01")), "already party"),
        ((action(kind="denunciation"),), "not bound"),
        ((action(), action(kind="signature", day="2001-01-01")), "after a signature"),
        ((action(kind="adoption"),), "a treaty has no adoption"),
        ((action(day="2001-01-01"), action(country="AR")), "sorted"),
        ((action(in_force="1999-01-01"),), "before its date"),
    ],
)
def test_inconsistent_acts_are_refused(acts: tuple[dict[str, Any], ...], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        instrument(*acts)


def test_a_loosely_dated_act_binds_between_its_bounds() -> None:
    yearly = instrument(action(day="2000"))
    assert periods(yearly, "MX") == [("member", "2000-01-31/2001-01-30", None, "accession", None)]
    assert yearly.status_of("MX", on="2000-06-01") is None
    assert yearly.status_of("MX", on="2000-06-01", rule="possible") == "member"
    assert yearly.status_of("MX", on="2001-01-30") == "member"
    early = instrument(action(day="1990/1996"))
    assert periods(early, "MX") == [("member", "1995-01-01/1997-01-30", None, "accession", None)]
    unopened = instrument(action(day="2000"), entry_into_force=None)
    assert periods(unopened, "MX")[0][1] == "2000-01-31/2001-01-30"
    late = instrument(action(day="1991/1993"))
    assert periods(late, "MX") == [("member", "1995-01-01", None, "accession", None)]
    interval = instrument(action(kind="signature", day="1996"), action(day="1997-06/1998"))
    assert periods(interval, "MX")[0] == (
        "signatory",
        "1996",
        "1997-07-01/1999-01-30",
        "signature",
        "accession",
    )


def test_unknown_states_are_told_from_non_parties() -> None:
    unknown = {"country": "UY", "reason": "Not found.", "sources": [SOURCE]}
    absent = {"country": "CU", "note": "Never joined.", "sources": [SOURCE]}
    found = instrument(action(), unknowns=[unknown], non_parties=[absent])
    assert found.unknown == {"UY"}
    assert (found.status_of("Uruguay"), found.known("Uruguay")) == (None, False)
    assert (found.status_of("Cuba"), found.known("Cuba")) == (None, True)
    assert found.known("MX")
    text = instrument(
        kind="declaration",
        entry_into_force=None,
        in_force_rule=None,
        adopters_unknown="Adopted by a meeting.",
    )
    assert text.unknown == IN_SCOPE
    assert not text.known("Mexico")
    cartagena = rm.get("Cartagena Declaration")
    assert isinstance(cartagena, Instrument)
    assert cartagena.adopters_unknown is not None
    assert not cartagena.known("CR")
    protocol = rm.get("1967 Protocol")
    assert protocol.status_of("UY", on="1970-09-21", rule="possible") is None
    assert protocol.status_of("UY", on="1970-09-22") == "member"
    # Venezuela's ratification is known to the year: bound possibly, not certainly, in 2016.
    workers = rm.get("ICRMW")
    assert workers.status_of("VE", on="2016-12-01") is None
    assert workers.status_of("VE", on="2016-12-01", rule="possible") == "member"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"unknowns": [{"country": "MX", "reason": "x", "sources": [SOURCE]}]}, "with acts"),
        ({"non_parties": [{"country": "MX", "note": "x", "sources": [SOURCE]}]}, "with acts"),
        (
            {
                "unknowns": [
                    {"country": "UY", "reason": "x", "sources": [SOURCE]},
                    {"country": "CU", "reason": "x", "sources": [SOURCE]},
                ]
            },
            "sorted",
        ),
        (
            {
                "unknowns": [{"country": "UY", "reason": "x", "sources": [SOURCE]}],
                "non_parties": [{"country": "UY", "note": "x", "sources": [SOURCE]}],
            },
            "both unknown",
        ),
        (
            {"non_parties": [{"country": "UY", "note": "x", "sources": [SOURCE]}] * 2},
            "duplicate",
        ),
    ],
)
def test_inconsistent_unknowns_are_refused(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        instrument(action(), **changes)


@pytest.mark.parametrize(
    "acts",
    [
        (action(kind="return"),),
        (action(kind="adoption"), action(kind="adoption", day="2001-01-01")),
        (action(kind="withdrawal"),),
    ],
)
def test_a_declaration_takes_its_acts_in_order(acts: tuple[dict[str, Any], ...]) -> None:
    with pytest.raises(ValidationError):
        instrument(*acts, kind="compact", entry_into_force=None, in_force_rule=None)


@pytest.mark.parametrize(
    ("deposit", "expected"),
    [("2007-02-23", "2007-06-01"), ("2007-09-30", "2008-01-01"), ("2007-10-15", "2008-02-01")],
)
def test_the_month_rule_wraps_the_year(deposit: str, expected: str) -> None:
    rule = rm.InForceRule(days=0, months=3, article="article 87(2)")
    assert rule.in_force(date.fromisoformat(deposit)).isoformat() == expected


def test_acronym_falls_back_to_english() -> None:
    acronym = rm.get("GCM").acronym
    assert acronym is not None
    assert acronym.get("fr") == "GCM"
    with pytest.raises(rm.UnsupportedLanguageError):
        acronym.get("de")


# Data integrity


def test_every_action_is_sound() -> None:
    for found in FILE.instruments:
        assert [(a.country, a.date) for a in found.actions] == sorted(
            (a.country, a.date) for a in found.actions
        ), found.id
        by_country: dict[str, list[Any]] = {}
        for act in found.actions:
            assert pycountry.countries.get(alpha_2=act.country) is not None, act
            assert act.country in IN_SCOPE, act
            assert found.adopted.earliest <= act.date.earliest, (found.id, act)
            assert act.date.latest <= FILE.data_version, (found.id, act)
            assert act.in_force is None or act.in_force <= FILE.data_version, (found.id, act)
            by_country.setdefault(act.country, []).append(act)
        for country, acts in by_country.items():
            kinds = [a.action for a in acts]
            assert sum(k in BINDING_ACTIONS for k in kinds) <= 1, (found.id, country)
            if "signature" in kinds and set(kinds) & BINDING_ACTIONS:
                assert kinds.index("signature") < min(
                    kinds.index(k) for k in BINDING_ACTIONS if k in kinds
                ), (found.id, country)
            if "denunciation" in kinds:
                assert set(kinds[: kinds.index("denunciation")]) & BINDING_ACTIONS
            # each act may, at the latest, fall after the one before it
            for before, after in itertools.pairwise(acts):
                assert before.date.earliest <= after.date.latest, (found.id, country)
        assert found.memberships == Instrument.model_validate(found.model_dump()).memberships


def test_every_state_in_scope_is_an_act_a_known_non_party_or_unknown() -> None:
    for found in FILE.instruments:
        acted = {act.country for act in found.actions}
        absent = {entry.country for entry in found.non_parties}
        assert acted | absent | found.unknown == IN_SCOPE, found.id
        if found.binds:
            assert found.adopters_unknown is None, found.id
        if not found.actions:  # a text with no acts on record says why
            assert found.adopters_unknown is not None, found.id
            assert found.unknown == IN_SCOPE, found.id
        assert not acted & found.unknown, found.id


def test_loose_dates_are_never_made_days() -> None:
    for found in FILE.instruments:
        for act in found.actions:
            if not act.date.is_exact:
                assert act.note, (found.id, act.country)


def test_every_source_id_resolves_and_is_listed_once() -> None:
    raw = json.loads(RAW)
    listed = [s["id"] for s in raw["sources"]]
    assert listed == sorted(set(listed))
    cited = {
        source
        for record in (*raw["instruments"], *raw["votes"])
        for source in json.dumps(record) and _cited(record)
    }
    assert cited <= set(listed)


def _cited(value: object) -> set[str]:
    if isinstance(value, dict):
        found = set(value.get("sources", ())) if isinstance(value.get("sources"), list) else set()
        for item in value.values():
            found |= _cited(item)
        return found
    if isinstance(value, list):
        return set().union(*(_cited(item) for item in value)) if value else set()
    return set()


def test_complete_votes_cover_every_state_in_scope_and_partial_ones_say_so() -> None:
    for recorded in FILE.votes:
        if recorded.roll == "complete":
            assert set(recorded.votes) == IN_SCOPE
            assert recorded.unrecorded == frozenset()
        else:
            assert set(recorded.votes) < IN_SCOPE
            assert recorded.unrecorded == IN_SCOPE - set(recorded.votes)
            assert recorded.note is not None
        assert rm.get(recorded.instrument).id == recorded.instrument
    assert [v.roll for v in FILE.votes] == ["complete", "complete", "partial"]


def test_schema_is_in_sync() -> None:
    shipped = DATA.joinpath("instruments.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text("instruments"), "run: python scripts/generate_schema.py"


def test_file_is_canonical() -> None:
    assert RAW.decode("utf-8") == json.dumps(json.loads(RAW), indent=2, ensure_ascii=False) + "\n"


def test_broken_files_raise_data_errors() -> None:
    def check(raw: bytes) -> object:
        return _resources.validate(INSTRUMENTS, raw)

    with pytest.raises(rm.DataError, match="not valid JSON"):
        check(b"{")
    raw = json.loads(RAW)
    twice = {**raw, "sources": [raw["sources"][0], raw["sources"][0]]}
    with pytest.raises(rm.DataError, match="listed twice"):
        check(json.dumps(twice).encode())
    with pytest.raises(rm.DataError, match="at votes"):
        check(json.dumps({**raw, "votes": 1}).encode())
    unsorted = json.loads(RAW)
    unsorted["instruments"][0]["actions"].reverse()
    with pytest.raises(rm.DataError, match="sorted by country"):
        check(json.dumps(unsorted).encode())


# Votes


def test_a_vote_answers_by_any_country_name_or_code() -> None:
    compact = rm.vote("A/RES/73/195")
    assert compact["CL"] == "abstain"
    assert compact["Chili"] == compact["Chile"] == "abstain"
    assert compact["US"] == "no"
    assert compact.date == date(2018, 12, 19)
    assert compact.totals.yes == 152
    assert compact.sources
    assert [v.resolution for v in rm.votes()] == ["A/RES/73/151", "A/RES/73/195", "A/RES/73/326"]
    assert rm.vote("a/res/73/195") is compact
    assert hash(compact) == hash("A/RES/73/195")
    quito = rm.get("QUITO").members
    assert sorted(compact.countries("abstain") & quito) == ["CL", "DO"] or compact.countries(
        "abstain"
    )


def test_a_partial_roll_answers_only_for_the_states_its_sources_name() -> None:
    forums = rm.vote("A/RES/73/326")
    assert forums.roll == "partial"
    assert forums.instrument == "GLOBAL-COMPACT-MIGRATION"
    assert (forums.totals.yes, forums.totals.no, forums.totals.abstain) == (118, 5, 13)
    assert forums["United States"] == "no"
    assert dict(forums.votes) == {"US": "no"}
    assert forums.unrecorded == IN_SCOPE - {"US"}
    assert "PY" in forums.unrecorded
    # Paraguay is in scope but not on record: neither a vote nor "outside the scope".
    with pytest.raises(rm.NotInResultError, match="not on record") as caught:
        forums["Paraguay"]
    said = str(caught.value)
    assert "partial" in said
    assert "un_press_ga12166" in said
    assert "US 'no'" in said
    assert "outside" not in said
    with pytest.raises(rm.NotInResultError, match="outside the recorded scope"):
        forums["Hungary"]
    # countries() lists what is recorded, never the unrecorded states.
    assert forums.countries("no") == {"US"}
    for choice in ("yes", "abstain", "non_voting"):
        assert forums.countries(choice) == frozenset()
    assert "partial roll, 1 of 37 states in scope on record" in repr(forums)
    assert forums.note is not None
    assert "GA/12166" in forums.note
    # GA/12166's stored copy shows no day: the Holy See's statement after the adoption dates it.
    assert [s.id for s in forums.sources] == ["un_press_ga12166", "holysee_imrf_2019"]
    assert "19 July 2019" in forums.note
    # A complete roll has nothing unrecorded, and its repr is unchanged.
    compact = rm.vote("A/RES/73/195")
    assert compact.roll == "complete"
    assert compact.unrecorded == frozenset()
    assert "partial" not in repr(compact)


def _vote(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "resolution": "A/RES/73/999",
        "title": NAME,
        "instrument": "GLOBAL-COMPACT-MIGRATION",
        "date": "2019-07-19",
        "totals": {"yes": 100, "no": 5, "abstain": 13, "non_voting": 75},
        "roll": "partial",
        "votes": {"US": "no"},
        "note": "Only the United States is named.",
        "sources": [SOURCE],
    }
    return {**record, **changes}


def test_a_valid_partial_roll_builds() -> None:
    built = rm.RecordedVote.model_validate(_vote())
    assert built.roll == "partial"
    assert built.unrecorded == IN_SCOPE - {"US"}
    whole = rm.RecordedVote.model_validate(
        _vote(roll="complete", votes=dict.fromkeys(IN_SCOPE, "yes"), note=None)
    )
    assert whole.unrecorded == frozenset()
    unsaid = {k: v for k, v in _vote(votes=dict.fromkeys(IN_SCOPE, "yes")).items() if k != "roll"}
    assert rm.RecordedVote.model_validate(unsaid).roll == "complete"  # the default


def test_the_data_file_refuses_a_roll_that_does_not_add_up() -> None:
    def check(votes: list[dict[str, Any]]) -> object:
        raw = json.loads(RAW)
        return _resources.validate(INSTRUMENTS, json.dumps({**raw, "votes": votes}).encode())

    shipped = json.loads(RAW)["votes"]
    short = {**shipped[1], "votes": {k: v for k, v in shipped[1]["votes"].items() if k != "PY"}}
    with pytest.raises(rm.DataError, match="a complete roll gives the vote of every state"):
        check([shipped[0], short, shipped[2]])
    unnoted = {k: v for k, v in shipped[2].items() if k != "note"}
    with pytest.raises(rm.DataError, match="a partial roll needs a note"):
        check([shipped[0], shipped[1], unnoted])
    outside = {**shipped[2], "votes": {"HU": "no", "US": "no"}}
    with pytest.raises(rm.DataError, match="HU, outside the 37 states in scope"):
        check([shipped[0], shipped[1], outside])
    too_many = {**shipped[2], "votes": {"CA": "abstain", "MX": "abstain", "US": "no"}}
    too_many["totals"] = {**too_many["totals"], "abstain": 1}
    with pytest.raises(rm.DataError, match="2 states in scope are recorded as 'abstain'"):
        check([shipped[0], shipped[1], too_many])


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"roll": "complete"}, "a complete roll gives the vote of every state in scope"),
        ({k: v for k, v in _vote().items() if k != "roll"}, "a complete roll gives"),
        ({"votes": {"US": "no", "FR": "yes"}}, "FR, outside the 37 states in scope"),
        ({"votes": dict.fromkeys(IN_SCOPE, "yes")}, "so it is complete, not partial"),
        ({"note": None}, "a partial roll needs a note"),
        (
            {"votes": {"US": "no", "CA": "no"}, "totals": {**_vote()["totals"], "no": 1}},
            "more than the totals' 1",
        ),
        ({"roll": "unknown"}, "roll"),
    ],
)
def test_an_inconsistent_roll_is_refused(changes: dict[str, Any], problem: str) -> None:
    record = changes if "resolution" in changes else _vote(**changes)
    with pytest.raises(ValidationError, match=problem):
        rm.RecordedVote.model_validate(record)


def test_each_compact_follows_its_vote_as_its_notes_say() -> None:
    # A yes vote without an adoption is an endorsement on the day of the vote; a no or
    # an abstention is a non-party or an adoption refused; not voting leaves a state
    # without an adoption unknown. Only the vote that the first note names as the
    # adopting one settles positions: A/RES/73/326 set the review forums' format.
    settling = []
    for recorded in FILE.votes:
        compact = next(i for i in FILE.instruments if i.id == recorded.instrument)
        assert compact.notes[0].startswith("What adopting means here"), compact.id
        if recorded.resolution not in compact.notes[0]:
            assert "changes no state's position" in " ".join(compact.notes), recorded
            continue
        settling.append(recorded.resolution)
        acts = {act.country: act for act in compact.actions}
        absent = {entry.country for entry in compact.non_parties}
        for country, choice in recorded.votes.items():
            act = acts.get(country)
            if choice == "yes":
                assert act is not None, (compact.id, country)
                if act.action == "endorsement":
                    assert act.date.earliest == recorded.date, (compact.id, country)
            elif choice in ("no", "abstain"):
                assert country in absent, (compact.id, country)
            elif act is None and country not in absent:
                assert country in compact.unknown, (compact.id, country)
    for found in FILE.instruments:
        if not found.binds:
            assert found.notes[0].startswith("What adopting means here"), found.id
    assert settling == ["A/RES/73/151", "A/RES/73/195"]


def test_the_refugee_compact_is_settled_by_its_vote() -> None:
    refugees = rm.get("Global Compact on Refugees")
    assert isinstance(refugees, Instrument)
    assert refugees.adopters_unknown is None
    assert refugees.unknown == frozenset()
    assert len(refugees.members) == 35
    assert refugees.status_of("US") is None
    assert refugees.known("US")
    migration = rm.get("GCM")
    assert sorted(migration.unknown) == ["AG", "BZ", "TT"]
    assert migration.status_of("Uruguay") == "member"
    assert any("73/326" in note and "118" in note for note in migration.notes)


def test_the_cartagena_follow_ups_record_only_the_states_a_source_names() -> None:
    # Brazil 2014: UNHCR lists the 28 adopting countries, so every state is settled.
    brazil = rm.get("Brazil Declaration")
    assert isinstance(brazil, Instrument)
    assert brazil.unknown == frozenset()
    assert len(brazil.members) == 28
    assert brazil.known("Canada")
    assert brazil.status_of("Canada") is None
    # Chile 2024: 23 countries approved it, but only three are named by a source; the
    # others are unknown, never non-parties.
    chile = rm.get("Chile Declaration")
    assert isinstance(chile, Instrument)
    assert sorted(chile.members) == ["BR", "CL", "MX"]
    assert chile.non_parties == ()
    assert len(chile.unknown) == 34
    mexico = next(act for act in chile.actions if act.country == "MX")
    assert str(mexico.date) == "2024-12-12"
    assert [s.id for s in mexico.sources] == ["eleconomista_mx_cartagena40"]
    # Mexico 2004: twenty countries, none named, so every state in scope is unknown.
    plan = rm.get("Mexico Declaration")
    assert isinstance(plan, Instrument)
    assert plan.adopters_unknown is not None
    assert len(plan.unknown) == 37
    for found in (brazil, chile, plan):
        assert found.notes[0].startswith("What adopting means here"), found.id


def test_vote_look_up_errors() -> None:
    with pytest.raises(rm.UnknownVoteError, match="did you mean"):
        rm.vote("A/RES/73/1")
    with pytest.raises(rm.UnknownVoteError):
        rm.vote("x" * 500)
    with pytest.raises(rm.ArgumentTypeError):
        rm.vote(73)  # type: ignore[arg-type]
    with pytest.raises(rm.NotInResultError):
        rm.vote("A/RES/73/195")["FR"]


# Every helper takes instruments


def test_helpers_take_instruments() -> None:
    shared = rm.overlap("MIRPS", "1961 Convention")
    assert shared == rm.get("MIRPS").members & rm.get("1961 Convention").members
    comparison = rm.compare("1951 Convention", "1967 Protocol")
    assert {"US", "VE"} <= comparison.only_b
    matrix = rm.overlap_matrix(["CRM", "1967 Protocol"])
    assert matrix["1967 Protocol", "CRM"] == len(
        rm.get("CRM").members & rm.get("1967 Protocol").members
    )
    table = rm.membership_table(processes=["ICRMW"], statuses="signatory")
    assert {r.status for r in table.rows} == {"signatory"}
    events = rm.timeline("GCM")
    assert events[0].kind == "adopted"
    assert [(e.kind, e.by) for e in events if e.country == "BR"] == [
        ("joined", "adoption"),
        ("left", "withdrawal"),
        ("joined", "return"),
    ]
    assert rm.plot_membership_grid(["CRM", "1951 Convention"]).axes
    assert rm.plot_overlap_heatmap(["CRM", "1967 Protocol", "GCM"]).axes
    assert rm.get("1961 Convention").is_member("Brasil")


# Country profile


def test_country_profile() -> None:
    profile = rm.country_profile("Brasil")
    assert profile.country == "BR"
    assert "REFUGEE-CONVENTION-1951" in profile.bound_by
    assert "\n" not in repr(profile)
    assert str(profile) == repr(profile)
    assert str(rm.get("GCM")) == repr(rm.get("GCM"))
    assert str(rm.vote("A/RES/73/151")) == repr(rm.vote("A/RES/73/151"))
    assert repr(profile).startswith("<CountryProfile BR Brazil: 7 processes")
    assert "CONARE" in repr(profile)
    html = profile._repr_html_()
    assert "1951 Refugee Convention" in html
    assert "CONARE" in html
    frame = profile.to_pandas()
    assert list(frame.columns) == [
        "country",
        *("kind", "id", "name", "status", "since", "until", "began_by"),
    ]
    assert frame.attrs == {"data_version": rm.DATA_VERSION, "on": "current", "country": "BR"}
    past = rm.country_profile("BR", on="2019-06-01", lang="es")
    assert "GLOBAL-COMPACT-MIGRATION" not in past.bound_by
    assert "2019-06-01" in repr(past)
    signed = rm.country_profile("AR", on="2005-01-01")
    assert "MIGRANT-WORKERS-CONVENTION" in signed.signed_only
    assert "REFUGEE-CONVENTION-1951" in rm.country_profile("Uruguay").bound_by
    assert "STATELESS-CONVENTION-1954" in rm.country_profile("Haiti").bound_by
    assert "GLOBAL-COMPACT-MIGRATION" in rm.country_profile("Belize").unknown
    assert "REFUGEE-CONVENTION-1951" not in rm.country_profile("Cuba").unknown
    nothing = rm.country_profile("JP")
    assert nothing.processes == nothing.instruments == ()
    assert "refugee commission: not covered" in repr(nothing)
    assert "refugee commission: not covered" in nothing._repr_html_()
    assert "<em>none</em>" in nothing._repr_html_()
    with pytest.raises(rm.UnknownCountryError):
        rm.country_profile("Atlantis")


# Command line


def test_cli_takes_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["members", "1961 Convention", "--format", "csv"]) == 0
    assert ",Brazil,STATELESSNESS-CONVENTION-1961,member," in capsys.readouterr().out
    assert main(["show", "1967 Protocol", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["entry_into_force"] == "1967-10-04"
    assert "US" in shown["countries"]["member"]
    assert main(["show", "GCM"]) == 0
    assert "adopted: 2018-12-10" in capsys.readouterr().out
    assert main(["compare", "1951 Convention", "1967 Protocol"]) == 0
    assert "Only in REFUGEE-PROTOCOL-1967" in capsys.readouterr().out
    assert main(["country", "BR", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {"kind": "instrument", "id": "GLOBAL-COMPACT-MIGRATION"}.items() <= next(
        r for r in rows if r["id"] == "GLOBAL-COMPACT-MIGRATION"
    ).items()
    assert main(["country", "US"]) == 0
    out = capsys.readouterr().out
    assert "\ninstruments\n" in out
    assert "refugee commission: USCIS - Asylum Division" in out
    assert main(["country", "CU"]) == 0
    assert "refugee commission: none; UNHCR decides on refugee status" in capsys.readouterr().out
    assert main(["country", "FR"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "refugee commission: not covered by the data, which covers AD" in out
    assert main(["country", "Uruguay", "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "posición no establecida por las fuentes: CARTAGENA-DECLARATION-1984" in out


def test_reprs_fit_on_a_line_and_notebooks_get_html(capsys: pytest.CaptureFixture[str]) -> None:
    icrmw = rm.get("ICRMW")
    assert repr(icrmw).startswith("<Instrument MIGRANT-WORKERS-CONVENTION 'Migrant Workers")
    assert "signatory" in icrmw._repr_html_()
    assert "adopted 1990-12-18" in icrmw._repr_html_()
    assert main(["country", "BR"]) == 0
    assert "refugee commission: CONARE - Comitê Nacional para os Refugiados" in (
        capsys.readouterr().out
    )


def test_an_archived_copy_names_its_snapshot() -> None:
    with pytest.raises(ValidationError, match="snapshot_url"):
        rm.Source.model_validate({**SOURCE, "snapshot": "archived"})


def test_the_depositary_settles_positions_on_the_smuggling_protocol() -> None:
    smuggling = rm.get("SMUGGLING-PROTOCOL")
    assert isinstance(smuggling, Instrument)
    assert {"BB", "CU", "EC", "SV"} <= smuggling.members
    assert not {"CU", "EC", "SV"} & smuggling.unknown
    ratified = [a for a in smuggling.actions if a.country == "BB" and a.action == "ratification"]
    assert [str(a.date) for a in ratified] == ["2014-11-11"]


def test_states_without_a_row_in_the_table_read_are_non_parties() -> None:
    workers = rm.get("MIGRANT-WORKERS-CONVENTION")
    assert isinstance(workers, Instrument)
    absent = {"AG", "BB", "BS", "CR", "CU", "DM", "DO", "GD"}
    assert absent <= {n.country for n in workers.non_parties}
    assert not absent & workers.unknown
    assert not absent & workers.members


TREATIES = (
    "REFUGEE-CONVENTION-1951",
    "REFUGEE-PROTOCOL-1967",
    "STATELESS-CONVENTION-1954",
    "STATELESSNESS-CONVENTION-1961",
    "MIGRANT-WORKERS-CONVENTION",
    "TRAFFICKING-PROTOCOL",
    "SMUGGLING-PROTOCOL",
)


def _acts(found: object, country: str) -> list[tuple[str, str]]:
    assert isinstance(found, Instrument)
    return [(a.action, str(a.date)) for a in found.actions if a.country == country]


def test_the_depositary_tables_and_later_sources_settle_every_treaty() -> None:
    for key in TREATIES:
        found = rm.get(key)
        assert isinstance(found, Instrument)
        assert found.unknown == set(), key
        assert all("Searched:" in u.reason for u in found.unknowns), key
        # each treaty cites the depositary's status page, read from a dated snapshot
        page = "https://treaties.un.org/Pages/ViewDetails"
        assert any(s.url.startswith(page) for s in found.sources), key


def test_the_united_states_is_party_to_both_palermo_protocols() -> None:
    for key in ("TRAFFICKING-PROTOCOL", "SMUGGLING-PROTOCOL"):
        found = rm.get(key)
        assert isinstance(found, Instrument)
        assert _acts(found, "US") == [("signature", "2000-12-13"), ("ratification", "2005-11-03")]
        assert found.status_of("US", on="2005-12-02") == "signatory"
        assert found.status_of("US", on="2005-12-03") == "member"
        assert _acts(found, "JM") == [("signature", "2002-02-13"), ("ratification", "2003-09-29")]
    trafficking = rm.get("Trafficking Protocol")
    assert _acts(trafficking, "BB")[-1] == ("ratification", "2014-01-28/2014-12-11")
    assert _acts(rm.get("Smuggling Protocol"), "BB")[-1] == ("ratification", "2014-11-11")


def test_the_1961_convention_has_its_parties_of_the_americas() -> None:
    found = rm.get("1961 Convention")
    assert isinstance(found, Instrument)
    assert _acts(found, "GT") == [("accession", "2001-07-19")]
    assert _acts(found, "UY") == [("accession", "2001-09-21")]
    assert _acts(found, "AR") == [("accession", "2014-11-13")]
    assert _acts(found, "HN") == [("accession", "2012-12-18")]
    assert _acts(found, "BZ") == [("accession", "2015-01-28/2015-08-21")]
    assert found.status_of("BZ", on="2015-11-12") == "member"
    assert _acts(found, "DO") == [("signature", "1961-12-05")]
    crm = ["BZ", "CA", "CR", "GT", "HN", "NI", "PA"]
    assert sorted(rm.overlap("CRM", "1961 Convention")) == crm
    assert {"MX", "SV", "US"} <= {n.country for n in found.non_parties}


def test_corrected_dates_and_kinds_of_acts() -> None:
    assert _acts(rm.get("1954 Convention"), "HN") == [
        ("signature", "1954-09-28"),
        ("ratification", "2012-10-01"),
    ]
    assert _acts(rm.get("1951 Convention"), "JM") == [("succession", "1964-07-30")]
    assert _acts(rm.get("1967 Protocol"), "UY") == [("accession", "1970-09-22")]
    assert _acts(rm.get("Trafficking Protocol"), "HN") == [("accession", "2008-04-01")]
    assert _acts(rm.get("ICRMW"), "VE") == [("signature", "2011-10-04"), ("ratification", "2016")]
