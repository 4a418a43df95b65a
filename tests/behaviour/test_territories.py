"""A territory answers every question a state answers.

The Caribbean Migration Consultations count territories among their members: the
Cayman Islands (KY), a British overseas territory, go through every public function and
command here, as a state would.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from pathlib import Path

TERRITORY = "KY"


def test_names_in_four_languages_resolve_to_the_territory() -> None:
    names = [rm.country_name(TERRITORY, lang) for lang in ("en", "es", "fr", "pt")]
    assert names == ["Cayman Islands", "Islas Caimán", "Îles Caïmans", "Ilhas Cayman"]
    assert [rm.country_code(name) for name in names] == [TERRITORY] * 4
    assert list(rm.country_codes(["Cayman Islands", "CYM", "136"])) == [TERRITORY] * 3


def test_processes_and_queries_answer_for_the_territory() -> None:
    assert [p.id for p in rm.processes_of(TERRITORY)] == ["CMC"]
    assert rm.processes_of(TERRITORY, on="2015-12-31") == ()
    cmc = rm.get("Consultas sobre Migraciones en el Caribe")
    assert cmc.status_of("Islas Caimán") == "member"
    assert "Cayman Islands" in cmc
    assert TERRITORY in cmc.members_on("2017-01-01")
    note = next(m.note for m in cmc.memberships if m.country == TERRITORY)
    assert note is not None
    assert "British overseas territory (GB)" in note
    assert rm.processes(kind="regional_consultative_process")[0].id == "CMC"


def test_answers_carry_the_territory() -> None:
    assert TERRITORY in rm.overlap("CMC", "EU-CELAC-MD") or TERRITORY in rm.get("CMC").members
    comparison = rm.compare("CMC", "OCAM")
    assert TERRITORY in comparison.only["CMC"]
    assert rm.overlap_matrix(["CMC", "OCAM"]) is not None
    table = rm.membership_table(processes=["CMC"])
    assert TERRITORY in {row.country for row in table}
    assert TERRITORY in {row.country for row in rm.history(processes=["CMC"])}
    panel = rm.panel([2017], processes=["CMC"])
    assert TERRITORY in {row.country for row in panel}
    assert any(TERRITORY in str(event) for event in rm.timeline("CMC"))
    profile = rm.country_profile(TERRITORY, lang="fr")
    assert profile.country == TERRITORY
    assert "CMC" in repr(profile)


def test_plot_and_data_package_carry_the_territory(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    figure = rm.plot_membership_grid(["CMC"])
    labels = [label.get_text() for axis in figure.axes for label in axis.get_yticklabels()]
    assert "Cayman Islands" in labels
    package = rm.write_datapackage(tmp_path / "package")
    memberships = (package.parent / "memberships.csv").read_text(encoding="utf-8")
    assert "CMC" in memberships
    assert ",KY," in memberships or "KY," in memberships


@pytest.mark.parametrize(
    "args",
    [
        ("country", "Cayman Islands"),
        ("members", "CMC"),
        ("show", "CMC"),
        ("compare", "CMC", "OCAM"),
        ("timeline", "CMC"),
        ("export",),
    ],
)
def test_every_command_answers_for_the_territory(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert TERRITORY in out or "Cayman" in out, args
    json.loads(out)


def test_the_matrix_counts_the_territories(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["matrix", "CMC", "OCAM", "--format", "json"]) == 0
    values = json.loads(capsys.readouterr().out)["values"]
    assert values[0][0] == len(rm.get("CMC").members) == 24  # 8 of them territories
