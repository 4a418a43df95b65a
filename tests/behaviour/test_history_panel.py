"""Questions that needed a loop: history, panels, status, the possible rule, provenance."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest

import regional_migration as rm
from regional_migration import ArgumentTypeError, InvalidArgumentError, InvalidDateError


def test_rules_differ_only_where_dates_are_loose() -> None:
    crm = rm.get("CRM")
    assert crm.members_on("1999-06-01", rule="possible") - crm.members_on("1999-06-01") == {"DO"}
    assert crm.is_member("DO", on="1999-06-01", rule="possible")
    assert not crm.is_member("DO", on="1999-06-01")
    assert crm.members_on("2010-01-01", rule="possible") == crm.members_on("2010-01-01")
    # An end known loosely: possibly still in until its last day.
    fem = rm.get("FEM")
    assert fem.existed_on("2003-01-01", rule="possible")
    assert not fem.existed_on("2003-01-01")
    assert fem.founding_note("2003-01-01", rule="possible") is None
    assert (
        fem.founding_note("2003-01-01")
        == "FEM was founded in 2003 (between 2003-01-01 and 2003-12-31)"
    )
    with pytest.raises(InvalidArgumentError, match="'certain' or 'possible'"):
        crm.members_on("2010-01-01", rule="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        rm.membership_table(rule=None)  # type: ignore[arg-type]


def test_the_possible_rule_reaches_every_helper() -> None:
    day = "1999-06-01"
    assert [p.id for p in rm.processes_of("DO", on=day, rule="possible")] == ["CRM", "OCAM"]
    assert rm.processes_of("DO", on=day) == ()
    assert "DO" in rm.overlap("CRM", "CRM", on=day, rule="possible")
    assert "DO" in rm.compare("CRM", "CSM", on=day, rule="possible").only_a
    assert rm.overlap_matrix(["CRM"], on=day, rule="possible")["CRM", "CRM"] == 11
    table = rm.membership_table(processes=["CRM"], on=day, statuses="member", rule="possible")
    assert "DO" in {row.country for row in table}
    assert table.provenance()["rule"] == "possible"


def test_status_of() -> None:
    fem = rm.get("FEM")
    assert fem.status_of("Bolivia", on="2024-08-06") == "associate"
    assert fem.status_of("BO", on=date(2024, 8, 7)) == "member"
    assert fem.status_of("VE") == "suspended"
    assert rm.get("LAD").status_of("MX", on="2020-01-01") is None
    crm = rm.get("CRM")
    assert crm.status_of("DO", on="1999-06-01") is None
    assert crm.status_of("DO", on="1999-06-01", rule="possible") == "member"


def test_founding_notes_explain_empty_answers() -> None:
    table = rm.membership_table(processes=["LAD", "CRM"], on="2020-01-01")
    assert table.notes == ("LAD was founded on 2022-06-10",)
    assert {row.process for row in table} == {"CRM"}
    assert "LAD was founded on 2022-06-10" in table._repr_html_()
    assert json.loads(table.to_json())["notes"] == ["LAD was founded on 2022-06-10"]
    comparison = rm.compare("LAD", "CRM", on="2020-01-01")
    assert comparison.notes == ("LAD was founded on 2022-06-10",)
    assert "LAD was founded" in comparison._repr_html_()
    matrix = rm.overlap_matrix(["CRM", "MIRPS"], on="2010-01-01")
    assert matrix.notes == ("MIRPS was founded on 2017-10-26",)
    assert "MIRPS was founded" in matrix._repr_html_()
    assert not any("founded" in note for note in rm.membership_table(on="2024-01-01").notes)
    assert rm.overlap_matrix().notes == ()


def test_history_keeps_ended_periods() -> None:
    table = rm.history(processes=["FEM"])
    assert table.history
    bolivia = [(r.status, str(r.since), r.until) for r in table if r.country == "BO"]
    assert bolivia == [
        ("associate", "1996", rm.PartialDate("2024-08-07")),
        ("member", "2024-08-07", None),
    ]
    every = rm.history()
    assert len(every) == sum(len(p.memberships) for p in rm.processes())
    assert len(every) > len(rm.membership_table())
    assert len(rm.history(statuses="member", lang="es")) < len(every)
    frame = every.to_pandas()
    assert frame.attrs == {"data_version": rm.DATA_VERSION, "on": "every period"}
    assert frame["until"].notna().any()
    assert every.to_csv().startswith("country,alpha3,")
    with_provenance = every.to_csv(provenance=True)
    assert with_provenance.startswith(f"# data_version: {rm.DATA_VERSION}\n# on: every period\n")
    assert json.loads(every.to_json())["on"] == "every period"


def test_tables_iterate_their_rows_and_refuse_to_be_arrays() -> None:
    table = rm.membership_table(processes=["MIRPS"])
    assert list(table) == list(table.rows)
    with pytest.raises(ArgumentTypeError, match=r"to_pandas\(\)"):
        pd.DataFrame(table)
    panel = rm.panel([2020], processes=["MIRPS"])
    assert list(panel) == list(panel.rows)
    with pytest.raises(ArgumentTypeError, match=r"to_pandas\(\)"):
        pd.DataFrame(panel)


def test_panel_by_year_long_and_wide() -> None:
    panel = rm.panel(range(2016, 2019), processes=["MIRPS", "QUITO"])
    assert panel.days == (date(2016, 12, 31), date(2017, 12, 31), date(2018, 12, 31))
    countries = {row.country for row in panel}
    assert len(panel) == len(countries) * 3 * 2
    assert panel.notes[:2] == ("MIRPS was founded on 2017-10-26", "QUITO was founded on 2018-09-04")
    long = panel.to_pandas()
    assert list(long.columns) == [
        *("country", "alpha3", "numeric", "name", "process", "year", "day", "status", "existed"),
        *("certainty", "possible"),
    ]
    assert long.attrs["on"] == "3 days from 2016-12-31 to 2018-12-31"
    assert long.attrs["data_version"] == rm.DATA_VERSION
    assert long["existed"].dtype == bool
    wide = panel.to_pandas(form="wide")
    assert list(wide.columns) == [
        "country",
        "alpha3",
        "numeric",
        "name",
        "year",
        "day",
        "MIRPS",
        "QUITO",
        "QUITO possible",
    ]
    assert len(wide) == len(countries) * 3
    mexico = wide[(wide.alpha3 == "MEX") & (wide.year == 2017)]
    assert mexico[["MIRPS", "QUITO"]].iloc[0].tolist() == ["member", pd.NA]
    assert wide.attrs == {**long.attrs, "notes": list(panel.notes)}
    with pytest.raises(InvalidArgumentError, match="'long' or 'wide'"):
        panel.to_pandas(form="tall")


def test_panel_by_day_and_its_exports() -> None:
    panel = rm.panel(days=["2024-08-06", date(2024, 8, 7)], processes=["FEM"], lang="pt")
    bolivia = [(str(r.day), r.status, r.name) for r in panel if r.country == "BO"]
    assert bolivia == [("2024-08-06", "associate", "Bolívia"), ("2024-08-07", "member", "Bolívia")]
    assert panel.to_csv().startswith("country,alpha3,")
    text = panel.to_csv(provenance=True)
    lines = text.splitlines()
    assert lines[:3] == [
        f"# data_version: {rm.DATA_VERSION}",
        "# on: 2 days from 2024-08-06 to 2024-08-07",
        "# rule: certain",
    ]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[3:]))))
    assert rows[0].keys() == {
        "country",
        "alpha3",
        "numeric",
        "name",
        "process",
        "year",
        "day",
        "status",
        "existed",
        "certainty",
        "possible",
    }
    data = json.loads(panel.to_json())
    assert data["rule"] == "certain"
    assert data["rows"][0]["day"] == "2024-08-06"
    assert repr(panel).startswith("<Panel: ")
    assert str(panel) == repr(panel)
    assert "Bolívia" in panel._repr_html_()
    empty = rm.panel([])
    assert len(empty) == 0
    assert empty.provenance()["on"] == "no day"


def test_panel_possible_rule_and_bad_arguments() -> None:
    certain = rm.panel(days=["1999-06-01"], processes=["CRM"])
    possible = rm.panel(days=["1999-06-01"], processes=["CRM"], rule="possible")
    status = {r.country: r.status for r in possible}
    assert status["DO"] == "member"
    assert {r.country: r.status for r in certain}["DO"] is None
    with pytest.raises(InvalidArgumentError, match="not both"):
        rm.panel()
    with pytest.raises(InvalidArgumentError, match="not both"):
        rm.panel([2000], days=["2000-01-01"])
    with pytest.raises(ArgumentTypeError, match="iterable"):
        rm.panel(2000)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="iterable"):
        rm.panel(days="2000-01-01")
    for bad in ("2000", 2000.0, True, 0):
        with pytest.raises(InvalidArgumentError, match="whole years"):
            rm.panel([bad])  # type: ignore[list-item]
    with pytest.raises(InvalidDateError):
        rm.panel(days=["June 2000"])


def test_timeline_exports_carry_provenance() -> None:
    events = rm.timeline("MIRPS")
    assert isinstance(events, tuple)
    assert events[0].kind == "founded"
    frame = events.to_pandas()
    assert list(frame.columns) == [
        "process",
        "date",
        "earliest",
        "latest",
        "kind",
        "country",
        "status",
        "previous",
    ]
    assert frame.attrs == {"data_version": rm.DATA_VERSION, "on": "every event"}
    assert str(frame["earliest"].dtype).startswith("datetime64")
    assert events.to_csv().startswith("process,date,")
    text = events.to_csv(provenance=True)
    assert text.startswith(f"# data_version: {rm.DATA_VERSION}\n# on: every event\nprocess,date,")
    data = json.loads(events.to_json())
    assert data["rows"][-1] == {
        "process": "MIRPS",
        "date": "2019-07-01/2019-07-26",
        "earliest": "2019-07-01",
        "latest": "2019-07-26",
        "kind": "joined",
        "country": "SV",
        "status": "member",
        "previous": None,
    }
    assert "2019-07-01/2019-07-26" in events._repr_html_()


def test_frames_carry_provenance() -> None:
    table = rm.membership_table(on="2018-01-01").to_pandas()
    assert table.attrs == {"data_version": rm.DATA_VERSION, "on": "2018-01-01", "rule": "certain"}
    matrix = rm.overlap_matrix(["CRM"], metric="jaccard").to_pandas()
    assert matrix.attrs == {
        "data_version": rm.DATA_VERSION,
        "on": "current",
        "rule": "certain",
        "metric": "jaccard",
    }
