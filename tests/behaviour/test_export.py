from __future__ import annotations

import csv
import io
import json
import sys
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest
from builders import COLUMNS

import regional_migration as rm
from regional_migration import DATA_VERSION, MissingExtraError, membership_table, overlap_matrix

if TYPE_CHECKING:
    from collections.abc import Callable


def test_table_csv_round_trips() -> None:
    table = membership_table(processes=["FEM"])
    text = table.to_csv(provenance=True)
    provenance = [line for line in text.splitlines() if line.startswith("#")]
    assert provenance == [f"# data_version: {DATA_VERSION}", "# on: current", "# rule: certain"]
    assert text.split("\n", 3)[3] == table.to_csv()  # plain CSV by default
    rows = list(csv.DictReader(io.StringIO(table.to_csv())))
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
    assert m.to_csv() == "process,CRM,MIRPS\nCRM,11,7\nMIRPS,7,7\n"
    assert m.to_csv(provenance=True) == (
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
        "uncertain": [[0, 0], [0, 0]],
        "values": [[11, 7], [7, 7]],
        "rows": [
            {"process": "CRM", "CRM": 11, "MIRPS": 7},
            {"process": "MIRPS", "CRM": 7, "MIRPS": 7},
        ],
    }
    assert m.records()[1] == {"process": "MIRPS", "CRM": 7, "MIRPS": 7}
    with pytest.warns(DeprecationWarning, match=r"use records\(\)"):
        assert m.rows() == m.records()


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


# One protocol for every answer: each answer type of the package, found in its face,
# writes CSV, JSON, pandas and HTML through it.

ANSWERS: dict[str, Callable[[], Any]] = {
    "membership_table": lambda: membership_table(processes=["LAD", "MIRPS"], on="2022-01-01"),
    "history": lambda: rm.history(processes=["FEM"], lang="fr"),
    "panel": lambda: rm.panel(range(2016, 2019), processes=["MIRPS", "QUITO"]),
    "timeline": lambda: rm.timeline("MIRPS"),
    "meetings": lambda: rm.meetings("MIRPS"),
    "map_table": lambda: rm.map_table(["CRM", "MIRPS"], mode="overlap"),
    "overlap_matrix": lambda: overlap_matrix(["CRM", "MIRPS", "CSM"]),
    "jaccard_matrix": lambda: overlap_matrix(["CRM", "MIRPS"], metric="jaccard"),
    "country_profile": lambda: rm.country_profile("Uruguay"),
    "empty_profile": lambda: rm.country_profile("FR"),
    "comparison": lambda: rm.compare("CRM", "MIRPS", on="2018-01-01"),
    "comparison_of_three": lambda: rm.compare("CRM", "MIRPS", "QUITO", lang="es"),
}


def _answer_types() -> set[type]:
    found = (getattr(rm, name) for name in rm.__all__)
    return {kind for kind in found if isinstance(kind, type) and hasattr(kind, "to_csv")}


def test_every_answer_type_is_tried() -> None:
    assert {type(build()) for build in ANSWERS.values()} == _answer_types()
    assert len(_answer_types()) >= 6


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_every_answer_exports_through_the_protocol(name: str) -> None:
    answer = ANSWERS[name]()
    records = [dict(r) for r in answer.records()]
    assert all(tuple(r) == answer.columns for r in records)
    # CSV: plain, read by pandas with no options, a column per entry of columns.
    text = answer.to_csv()
    assert not text.startswith("#")
    read = pd.read_csv(io.StringIO(text))
    assert tuple(read.columns) == answer.columns
    assert len(read) == len(records)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [{k: "" if v is None else str(v) for k, v in r.items()} for r in records]
    # The provenance, on request, in # lines that pandas skips as comments.
    marked = answer.to_csv(provenance=True)
    assert marked.startswith(f"# data_version: {DATA_VERSION}\n")
    assert pd.read_csv(io.StringIO(marked), comment="#").shape == read.shape
    # JSON: one object with the provenance, the notes and the rows.
    data = json.loads(answer.to_json())
    assert isinstance(data, dict)
    assert {k: data[k] for k in answer.provenance()} == answer.provenance()
    assert data["data_version"] == DATA_VERSION
    assert isinstance(data["notes"], list)
    assert data["rows"] == json.loads(json.dumps(records))
    # pandas, with the provenance in attrs.
    frame = answer.to_pandas()
    assert frame.attrs == answer.provenance()
    assert len(frame) == len(records)
    # HTML with a caption that says what the table shows; str is the repr; no array.
    html = answer._repr_html_()
    assert f"data version: {DATA_VERSION}" in html
    assert str(answer) == repr(answer)
    assert "\n" not in repr(answer)
    with pytest.raises(rm.ArgumentTypeError, match=r"to_pandas\(\)"):
        np.asarray(answer)
    if not isinstance(answer, tuple):  # pandas reads a tuple's items without asking
        with pytest.raises(rm.ArgumentTypeError, match=r"to_pandas\(\)"):
            pd.DataFrame(answer)


def test_an_answer_with_no_row_still_exports() -> None:
    empty = membership_table(processes=["LAD"], on="2020-01-01")
    assert len(empty) == 0
    assert empty.to_csv() == ",".join(empty.columns) + "\n"
    assert json.loads(empty.to_json())["notes"] == ["LAD was founded on 2022-06-10"]
    assert "<em>none</em>" in empty._repr_html_()
    assert "# note: LAD was founded on 2022-06-10\n" in empty.to_csv(provenance=True)
