"""The first ten minutes in a notebook, executed in a fresh kernel without any magic.

The notebook (tests/notebooks/first_ten_minutes.ipynb) shows a one-line repr per
process, an HTML summary of the processes, a plot, the history and a panel as
DataFrames, and a merge with a small UNHCR-style table by alpha-3 code and by name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from notebook_kernel import register_kernel, run
from notebook_kernel import result as cell_result

import regional_migration as rm

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "first_ten_minutes.ipynb"
KERNEL = "regional-migration-first-minutes"


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Register this interpreter as a kernel, visible only to this test, with no backend set."""
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # a fresh kernel, as a user has it
    return register_kernel(KERNEL, KERNEL, tmp_path, monkeypatch)


def test_notebook_has_no_magic_and_no_outputs() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        assert "%" not in "".join(cell["source"]).replace("% ", ""), "no magic"
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning:jupyter_client.*")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:zmq.*")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:traitlets.*")
def test_first_ten_minutes(kernel_name: str) -> None:
    code = run(NOTEBOOK, kernel_name)

    def result(index: int) -> dict[str, Any]:
        return cell_result(code[index])

    summary = result(0)
    assert summary["text/plain"] == repr(rm.processes())
    assert "Regional Conference on Migration" in summary["text/html"]
    assert len(summary["text/html"]) < 10_000

    printed = "".join(o.text for o in code[1].outputs if o.output_type == "stream")
    lines = printed.splitlines()
    assert [line.split()[1].rstrip(":") for line in lines] == [p.id for p in rm.processes()]
    assert all(len(line) < 200 for line in lines)

    assert "image/png" in result(2), "the plot is drawn without %matplotlib inline"
    assert f"'data_version': '{rm.DATA_VERSION}'" in result(3)["text/plain"]
    assert "<table" in result(4)["text/html"]
    assert "QUITO" in result(5)["text/html"]
    merged = result(6)["text/plain"]
    assert "member" in merged
    assert len(merged.splitlines()) == 11  # every country of the table found its row
    by_name = result(7)["text/plain"]
    assert "member" in by_name
