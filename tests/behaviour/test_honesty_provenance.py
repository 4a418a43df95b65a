"""Provenance that is whole: every cited source resolves, has a kind, and shows itself briefly."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

import regional_migration as rm
from regional_migration.cli import main


def cited_ids() -> set[str]:
    """Every source id that the shipped data files cite, read from the raw JSON."""
    found: set[str] = set()

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                if name != "sources" or key == "":  # the top-level table is the list itself
                    walk(item, name)
                else:
                    found.update(i for i in item if isinstance(i, str))
        elif isinstance(value, list):
            for item in value:
                walk(item, key)

    for name in ("processes.json", "instruments.json"):
        text = files("regional_migration").joinpath("data", name).read_text(encoding="utf-8")
        document = json.loads(text)
        walk({k: v for k, v in document.items() if k != "sources"})
    return found


def test_every_cited_source_resolves_through_sources_and_the_cli(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cited = cited_ids()
    assert len(cited) > 400
    listed = {source.id for source in rm.sources()}
    assert cited <= listed
    for source_id in sorted(cited):
        assert main(["sources", source_id, "--format", "json"]) == 0, source_id
        assert json.loads(capsys.readouterr().out)["rows"][0]["id"] == source_id


def test_instrument_sources_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert rm.sources().get("acnur_cl_2018") is not None
    assert main(["sources", "acnur_cl_2018"]) == 0
    assert "intergovernmental" in capsys.readouterr().out


def test_every_source_has_a_kind() -> None:
    kinds = {source.kind for source in rm.sources()}
    assert kinds == {"official", "intergovernmental", "news", "academic", "secondary"}
    assert rm.sources().get("crm_about").kind == "intergovernmental"  # type: ignore[union-attr]


def test_sources_show_briefly() -> None:
    found = rm.sources()
    assert repr(found).startswith(f"<{len(found)} sources: ")
    assert len(repr(found)) < 120
    html = found._repr_html_()
    assert len(html) < 12_000
    assert 'href="https://' in html
    source = found.get("crm_about")
    assert source is not None
    assert repr(source).startswith("<Source crm_about: ")
    assert len(repr(source)) < 120
    assert f'href="{source.url}"' in source._repr_html_()


def test_sources_command_keeps_to_a_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--kind", "official", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows
    assert {row["kind"] for row in rows} == {"official"}
    assert main(["sources", "--kind", "official", "--kind", "intergovernmental"]) == 0
    assert "tipo" in (main(["sources", "--lang", "es"]), capsys.readouterr().out)[1]


def test_tables_and_panels_carry_confidence_note_and_sources() -> None:
    history = rm.history(processes=["FEM"], details=True)
    record = history.records()[0]
    assert record["confidence"] == "high"
    assert record["sources"]
    assert all(s in {x.id for x in rm.sources()} for s in record["sources"].split())
    assert ",confidence,note,sources" in history.to_csv()
    assert "confidence" not in rm.history(processes=["FEM"]).to_csv()
    table = rm.membership_table(processes=["1951 Convention"], details=True)
    assert {"confidence", "note", "sources"} <= set(table.records()[0])
    found = rm.panel([2020], processes=["FEM"], details=True)
    assert found.records()[0]["confidence"] == "high"
    pytest.importorskip("pandas")
    assert "sources" in table.to_pandas().columns
    assert "note" in found.to_pandas().columns
