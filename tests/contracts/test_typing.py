"""What a type checker sees of the package: typos are caught, annotations are possible."""

from __future__ import annotations

from pathlib import Path

from mypy import api

import regional_migration as rm

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
import regional_migration as rm

metric: rm.Metric = "jaccard"
key: rm.ProcessKey = "CRM"
lang: rm.Language = "es"
kind: rm.EventKind = "joined"
hint: rm.Hint | None = None
version: str = rm.DATA_VERSION
table: rm.MembershipTable = rm.membership_table()
rm.DATA_VERSON
rm.proceses()
"""


def test_mypy_catches_misspelt_names_and_accepts_the_annotations(tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(USER_CODE, "utf-8")
    out, _, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            "",
            str(script),
        ]
    )
    errors = [line.split(": error: ")[1] for line in out.splitlines() if ": error: " in line]
    assert len(errors) == 2, out
    assert errors[0].startswith('Module has no attribute "DATA_VERSON"'), out
    assert errors[1].startswith('Module has no attribute "proceses"'), out
    assert status == 1


def test_every_annotation_type_is_exported() -> None:
    for name in ("Metric", "ProcessKey", "Language", "EventKind", "Hint", "Status", "Kind"):
        assert name in rm.__all__
        assert getattr(rm, name) is not None
