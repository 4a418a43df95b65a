"""The documentation's figures: the script draws them, and the committed ones are current."""

from __future__ import annotations

import ast
import doctest
import re
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


def _example_calls(page: str) -> dict[str, str]:
    """Each picture of *page* with the last ``figure = ...`` call of the example above it."""
    found: dict[str, str] = {}
    parser = doctest.DocTestParser()
    for before, image in re.findall(
        r"```pycon\n(.*?)```\s*!\[[^\]]*\]\(images/([\w.-]+)\)", page, re.DOTALL
    ):
        source = "".join(example.source for example in parser.get_examples(before))
        calls = [
            ast.unparse(node.value)
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["figure"]
        ]
        found[image] = calls[-1]
    return found


def test_each_picture_is_drawn_by_the_example_above_it() -> None:
    # The plots page shows a picture under each example: the script draws it with the
    # very call of that example, so that what a reader runs draws what the page shows.
    shown = _example_calls((ROOT / "docs" / "plots.md").read_text(encoding="utf-8"))
    drawn = {name: ast.unparse(ast.parse(call)) for name, call in figures_script().CALLS.items()}
    assert shown == drawn
