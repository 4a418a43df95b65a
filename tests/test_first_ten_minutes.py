"""The first ten minutes in a notebook, executed in a fresh kernel without any magic.

The notebook (tests/notebooks/first_ten_minutes.ipynb) shows a one-line repr per
process, an HTML summary of the processes, a plot, the history and a panel as
DataFrames, and a merge with a small UNHCR-style table by alpha-3 code and by name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import regional_migration as rm

NOTEBOOK = Path(__file__).resolve().parent / "notebooks" / "first_ten_minutes.ipynb"
KERNEL = "regional-migration-first-minutes"


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Register this interpreter as a kernel, visible only to this test, with no backend set."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": KERNEL, "language": "python"}),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # a fresh kernel, as a user has it
    return KERNEL


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
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=kernel_name,
        timeout=120,
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]

    def result(index: int) -> dict[str, Any]:
        found = [o for o in code[index].outputs if o.output_type == "execute_result"]
        assert found, code[index].source
        data: dict[str, Any] = found[-1]["data"]
        return data

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
