from __future__ import annotations

import csv
import io
import json
import sys

import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest
from builders import COLUMNS

from regional_migration import DATA_VERSION, MissingExtraError, membership_table, overlap_matrix


def test_table_csv_round_trips() -> None:
    table = membership_table(processes=["FEM"])
    text = table.to_csv()
    provenance = [line for line in text.splitlines() if line.startswith("#")]
    assert provenance == [f"# data_version: {DATA_VERSION}", "# on: current", "# rule: certain"]
    rows = list(csv.DictReader(io.StringIO(text.split("\n", 3)[3])))
    assert tuple(rows[0]) == COLUMNS
    # CSV has no null: an open end reads back as an empty field.
    expected = [{k: "" if v is None else v for k, v in r.items()} for r in table.records()]
    assert rows == expected
    assert text.endswith("\n")
    assert "\r" not in text


def test_table_json_is_deterministic() -> None:
    table = membership_table(processes=["MIRPS", "FEM"], lang="pt")
    text = table.to_json()
    assert text == membership_table(processes=["FEM", "MIRPS"], lang="pt").to_json()
    assert json.loads(text) == {
        "data_version": DATA_VERSION,
        "on": "current",
        "rule": "certain",
        "notes": [],
        "rows": list(table.records()),
    }
    assert "Bolívia" in text  # non-ASCII kept as is


def test_matrix_csv_and_json() -> None:
    m = overlap_matrix(["CRM", "MIRPS"])
    assert m.to_csv() == (
        f"# data_version: {DATA_VERSION}\n# on: current\n# rule: certain\n# metric: count\n"
        "process,CRM,MIRPS\nCRM,11,7\nMIRPS,7,7\n"
    )
    assert json.loads(m.to_json()) == {
        "data_version": DATA_VERSION,
        "metric": "count",
        "notes": [],
        "rule": "certain",
        "on": "current",
        "processes": ["CRM", "MIRPS"],
        "values": [[11, 7], [7, 7]],
    }
    assert m.rows()[1] == {"process": "MIRPS", "CRM": 7, "MIRPS": 7}


def test_matrix_to_pandas() -> None:
    frame = overlap_matrix(["CRM", "MIRPS", "CSM"]).to_pandas()
    assert list(frame.columns) == ["CRM", "MIRPS", "CSM"]
    assert frame.index.name == "process"
    assert frame.loc["MIRPS", "CRM"] == 7
    assert (frame.to_numpy() == frame.to_numpy().T).all()


def test_table_to_pandas_joins_on_iso3() -> None:
    frame = membership_table(statuses=["member"]).to_pandas()
    assert list(frame.columns) == list(COLUMNS)
    other = pd.DataFrame({"alpha3": ["MEX", "BRA"], "value": [1, 2]}, dtype="string")
    joined = frame.merge(other, on="alpha3")
    assert set(joined["country"]) == {"MX", "BR"}
    assert str(frame["since_earliest"].dtype).startswith("datetime64")
    assert frame["until_latest"].isna().all()
    past = membership_table(processes=["FEM"], on="2024-01-01").to_pandas()
    assert past["until_earliest"].notna().any()


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install '\.\[pandas\]'"):
        overlap_matrix().to_pandas()
    with pytest.raises(ImportError, match="'pandas'") as info:
        membership_table().to_pandas()
    assert (info.value.module, info.value.extra) == ("pandas", "pandas")  # type: ignore[attr-defined]


def test_open_ends_are_null_in_json() -> None:
    rows = json.loads(membership_table(processes=["FEM"], statuses=("member",)).to_json())["rows"]
    argentina = next(r for r in rows if r["country"] == "AR")
    assert (argentina["until"], argentina["until_earliest"], argentina["until_latest"]) == (
        None,
        None,
        None,
    )
