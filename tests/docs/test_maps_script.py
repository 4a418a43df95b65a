"""The documentation's maps and explorer: the script writes them, the committed ones are current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from png import png_text
from project_scripts import load_script

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

SCRIPT = load_script("generate_maps")


def test_script_draws_the_maps_and_writes_the_explorer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert SCRIPT.main([str(tmp_path), "--check"]) == 1  # nothing there yet
    assert "is stale; run: python scripts/generate_maps.py" in capsys.readouterr().out
    assert SCRIPT.main([str(tmp_path)]) == 0
    written = capsys.readouterr().out.split()
    assert [p.rsplit("/", 1)[1] for p in written] == list(SCRIPT.MAPS)
    for name in SCRIPT.MAPS:
        assert png_text(tmp_path / "images" / name)["Description"] == SCRIPT.fingerprint()
    assert sorted(p.name for p in (tmp_path / "explorer").iterdir()) == [
        "en.html",
        "es.html",
        "fr.html",
        "pt.html",
    ]
    assert SCRIPT.main([str(tmp_path), "--check"]) == 0


def test_committed_maps_and_explorer_match_the_data() -> None:
    assert SCRIPT.main(["--check"]) == 0, "run: python scripts/generate_maps.py"
