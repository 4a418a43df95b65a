"""Run a notebook top to bottom in a kernel of this interpreter, for the notebook tests."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pathlib import Path


def register_kernel(
    name: str, display_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Register this interpreter as kernel *name*, visible only to the calling test."""
    spec = tmp_path / "jupyter" / "kernels" / name
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": display_name, "language": "python"}),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    return name


def run(notebook_file: Path, kernel_name: str) -> list[Any]:
    """Execute the notebook, stopping at the first error; its code cells with their outputs."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(notebook_file, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=kernel_name,
        timeout=120,
        allow_errors=False,
        resources={"metadata": {"path": str(notebook_file.parent)}},
    )
    client.execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def result(cell: Any) -> dict[str, Any]:
    """The data of the cell's last result, by MIME type; fails if it has none."""
    found = [o for o in cell.outputs if o.output_type == "execute_result"]
    assert found, cell.source
    data: dict[str, Any] = found[-1]["data"]
    return data
