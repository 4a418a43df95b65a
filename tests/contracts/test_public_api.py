from __future__ import annotations

import inspect
import pickle
import re
import subprocess
import sys
import typing

import regional_migration as rm
from regional_migration import errors


def test_all_names_exist_once() -> None:
    assert len(set(rm.__all__)) == len(rm.__all__)
    for name in rm.__all__:
        assert getattr(rm, name) is not None


def test_dir_shows_public_names_only() -> None:
    assert sorted(dir(rm)) == sorted(rm.__all__)


def test_every_export_has_a_docstring() -> None:
    for name in rm.__all__:
        obj = getattr(rm, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), name


def test_exceptions_live_in_the_public_errors_module() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert cls.__module__ == "regional_migration.errors"
        assert getattr(rm, name) is cls
        if name != "Hint":
            assert issubclass(cls, errors.RegionalMigrationError)


# The public names of version 0.2, before the package was split into folders: none may
# disappear (a rename keeps the old name as an alias).
NAMES_0_2 = frozenset(
    {
        *("DATA_VERSION", "Acronym", "Action", "ActionKind", "AmbiguousCountryError"),
        *("ArgumentTypeError", "CodeForm", "Comparison", "Confidence", "CountryCodes"),
        *("CountryProfile", "DataError", "Discrepancy", "Document", "EventKind", "Hint"),
        *("InForceRule", "Instrument", "InstrumentDiscrepancy", "InstrumentKind"),
        *("InvalidArgumentError", "InvalidDateError", "Kind", "Language", "LocalizedText"),
        *("Membership", "MembershipRow", "MembershipTable", "Metric", "MissingExtraError"),
        *("NonParty", "NotInResultError", "Organization", "OverlapMatrix", "Panel"),
        *("PanelRow", "PartialDate", "PendingEvent", "Presidency", "Process", "ProcessKey"),
        *("Processes", "ProfileRow", "RecordedVote", "RefugeeCommission"),
        *("RefugeeCommissions", "RegionalMigrationError", "Rule", "Secretariat", "Source"),
        *("Status", "Timeline", "TimelineEvent", "Unknown", "UnknownCountryError"),
        *("UnknownProcessError", "UnknownVoteError", "UnsupportedLanguageError"),
        *("VoteChoice", "VoteTotals", "WorkingGroup", "__version__", "compare"),
        *("country_code", "country_codes", "country_name", "country_profile", "get"),
        *("history", "instruments", "membership_table", "overlap", "overlap_matrix"),
        *("panel", "plot_membership_grid", "plot_overlap_heatmap", "processes"),
        *("processes_of", "refugee_commission", "refugee_commissions", "sources"),
        *("timeline", "vote", "votes", "write_datapackage"),
    }
)


def test_no_public_name_of_0_2_disappears() -> None:
    assert set(rm.__all__) >= NAMES_0_2


def test_every_public_class_and_function_names_the_public_path() -> None:
    for name in rm.__all__:
        value = getattr(rm, name)
        if (inspect.isclass(value) or inspect.isfunction(value)) and name not in errors.__all__:
            assert value.__module__ == "regional_migration", name
            assert getattr(rm, value.__name__) is value, name


def _private_paths(value: object) -> set[bytes]:
    found = set(re.findall(rb"regional_migration[\w.]*", pickle.dumps(value)))
    return {
        path for path in found if path not in {b"regional_migration", b"regional_migration.errors"}
    }


def test_pickles_name_no_private_module() -> None:
    # One of every public type a question returns, each built without touching its name
    # on the face first, so that a type is public from its own module's import on.
    code = (
        "import pickle, re, regional_migration as rm\n"
        "values = [rm.get('MIRPS'), rm.get('1951 Convention'), "
        "          rm.processes(), rm.sources()]\n"
        "found = set(re.findall(rb'regional_migration[\\\\w.]*', pickle.dumps(values)))\n"
        "print(sorted(found))\n"
    )
    printed = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert printed == "[b'regional_migration']"


def test_answers_pickle_to_the_public_path() -> None:
    answers = [
        rm.membership_table(processes=["CRM"]),
        rm.overlap_matrix(["CRM", "MIRPS"]),
        rm.compare("CRM", "MIRPS"),
        rm.timeline("MIRPS"),
        rm.panel(years=[2020], processes=["CRM"]),
        rm.country_codes(["Mexico"]),
        rm.get("CRM").memberships[0],
        rm.get("CRM").memberships[0].since,
    ]
    for answer in answers:
        assert _private_paths(answer) == set(), type(answer).__name__


def test_types_serves_the_record_parts_also_found_at_the_top() -> None:
    from regional_migration import types  # noqa: PLC0415 - the module under test

    assert {"Membership", "Status", "Rule", "Action"} <= set(types.__all__)
    for name in types.__all__:
        assert getattr(types, name) is getattr(rm, name), name
    assert "get" not in types.__all__


def test_a_renamed_name_keeps_its_earlier_name_as_an_alias() -> None:
    assert rm.Unknown is rm.UnsettledPosition
    assert rm.UnknownProcessError is rm.UnknownKeyError
    assert {"Unknown", "UnknownProcessError"} <= set(rm.__all__)


def test_an_arrangement_is_a_process_or_an_instrument() -> None:
    assert isinstance(rm.get("MIRPS"), rm.Process)
    assert isinstance(rm.get("1951 Convention"), rm.Instrument)
    assert "Arrangement" in rm.__all__
    # The instruments' models load on first use, so the union names them as text.
    assert typing.get_args(rm.Arrangement)[0] is rm.Process
    assert "Instrument" in str(typing.get_args(rm.Arrangement)[1])
