"""The documentation's figures: the script draws them, and the committed ones are current."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from png import png_text
from project_scripts import load_script

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "images"


def figures_script() -> ModuleType:
    return load_script("generate_figures")


SCRIPT = figures_script()


def test_script_draws_both_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert SCRIPT.main([str(tmp_path)]) == 0
    written = capsys.readouterr().out.split()
    assert [Path(p).name for p in written] == list(SCRIPT.FIGURES)
    for name in SCRIPT.FIGURES:
        path = tmp_path / name
        assert path.stat().st_size > 10_000
        assert png_text(path)["Description"] == SCRIPT.fingerprint()


@pytest.mark.parametrize("name", ["membership-grid.png", "overlap-heatmap.png", "four-cases.png"])
def test_committed_figures_match_the_data(name: str) -> None:
    stamp = png_text(IMAGES / name).get("Description")
    assert stamp == SCRIPT.fingerprint(), (
        f"docs/images/{name} was drawn from other data; run: python scripts/generate_figures.py"
    )


def test_docs_show_both_figures() -> None:
    text = (ROOT / "docs" / "plots.md").read_text(encoding="utf-8")
    for name in SCRIPT.FIGURES:
        assert f"](images/{name})" in text


def test_docs_show_every_helper_and_command() -> None:
    guide = (ROOT / "docs" / "compare.md").read_text(encoding="utf-8")
    for name in ("overlap", "compare", "overlap_matrix", "membership_table", "timeline"):
        assert f"rm.{name}(" in guide, name
    for name in ("to_pandas", "to_csv", "to_json", "_repr_html_"):
        assert name in guide, name
    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("list", "show", "members", "country", "compare", "matrix", "export"):
        assert f"$ regional-migration {command}" in cli, command
