"""The tour notebook runs from top to bottom in a fresh kernel, and is kept without outputs.

The kernel is this interpreter, registered under a name of its own in a temporary
Jupyter path, so that a ``python3`` kernel installed elsewhere on the machine can
never be picked up instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from notebook_kernel import register_kernel, result, run

ROOT = Path(__file__).resolve().parents[2]
TOUR = ROOT / "docs" / "tour.ipynb"
KERNEL = "regional-migration-tour"


def _cells() -> list[dict[str, Any]]:
    cells: list[dict[str, Any]] = json.loads(TOUR.read_text(encoding="utf-8"))["cells"]
    return cells


def test_committed_notebook_has_no_outputs() -> None:
    code = [cell for cell in _cells() if cell["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == [], "strip the outputs before committing docs/tour.ipynb"
        assert cell["execution_count"] is None


def test_site_shows_the_tour_with_outputs() -> None:
    # mkdocs-jupyter runs the notebook when the site is built; the build fails on an error.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # The title keeps the package's name, which the plugin would drop from the heading
    # (it is code there); the page links the notebook for download.
    assert "A tour of regional_migration: tour.ipynb\n" in config
    plugin = config.split("- mkdocs-jupyter:\n", 1)[1].split("\n  - ", 1)[0]
    assert "](tour.ipynb)" in TOUR.read_text(encoding="utf-8")
    options = ('include: ["tour.ipynb"]', "execute: true", "allow_errors: false")
    for option in (*options, "ignore_h1_titles: true", "include_source: true"):
        assert option in plugin


def test_notebook_is_a_valid_nbformat_4_file() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(TOUR, as_version=4)
    nbformat.validate(notebook)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds[0] == "markdown"
    assert kinds.count("code") >= 8


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Register this interpreter as a kernel, visible only to this test."""
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return register_kernel(KERNEL, "regional_migration tour", tmp_path, monkeypatch)


@pytest.mark.filterwarnings("ignore::DeprecationWarning:jupyter_client.*")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:zmq.*")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:traitlets.*")
def test_notebook_runs_top_to_bottom(kernel_name: str) -> None:
    code = run(TOUR, kernel_name)
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    for cell in code:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        streams = [o for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        assert not streams, (cell.source, streams)

    def data(index: int) -> dict[str, Any]:
        return result(code[index])

    assert data(0)["text/plain"].startswith("'20")
    assert "text/html" in data(1), "a process shows as HTML in a notebook"
    assert data(2)["text/plain"].startswith("['BZ', 'CA', 'CR', 'DO'")
    assert "'DO'" not in data(4)["text/plain"].split("],")[0]
    assert data(5)["text/plain"] == "(False, True)"
    assert "text/html" in data(8), "a comparison shows as HTML"
    assert "text/html" in data(12), "a country profile shows as HTML"
    assert data(12)["text/plain"].startswith("<CountryProfile BR Brazil")
    assert "image/png" in data(-1), "the last cell draws a picture"
