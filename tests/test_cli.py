from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from project_scripts import load_script

import regional_migration as rm
from regional_migration.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on our own module
        [sys.executable, "-m", "regional_migration", *args],
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


# Through a subprocess, as people run it


def test_compare_table_is_the_main_command() -> None:
    done = run("compare", "CRM", "MIRPS")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "In both (7)" in done.stdout
    assert "Only in MIRPS (0)" in done.stdout
    assert "Jaccard index: 0.64 (7 shared of 11 in either)" in done.stdout
    assert done.stdout.endswith("Every full member of MIRPS is a full member of CRM.\n")


def test_compare_json() -> None:
    done = run("compare", "CSM", "QUITO", "--format", "json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert {"shared", "only_a", "only_b", "jaccard"} <= set(data)
    assert data["only_a"] == sorted(data["only_a"])
    assert 0 <= data["jaccard"] <= 1


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (
            ("compare", "CRM", "NOPE"),
            r"unknown process 'NOPE'; every .* by 'regional-migration list'$",
        ),
        (("members", "CMR"), r"unknown process 'CMR'; did you mean .*'CRM'"),
        (("country", "ZZ"), r"'ZZ' .*; for example 'MX'"),
        (("country", "Mexic"), r"'Mexic' .*did you mean MX \(Mexico\)\?"),
        (("country", "Guyane"), r"'Guyane' is ambiguous: .*GF.*GY.*pass the ISO code instead"),
        (("members", "CRM", "--on", "4 Sept 2018"), r"invalid date '4 Sept 2018'; use YYYY"),
        (("frobnicate",), r"invalid choice: 'frobnicate'.*see 'regional-migration --help'"),
        (("compare", "CRM"), r"required: B; see 'regional-migration compare --help'"),
        (("list", "--lang", "de"), r"invalid choice: 'de'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], pattern: str) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("regional-migration: error: ")
    assert "Traceback" not in done.stderr
    assert re.search(pattern, done.stderr), done.stderr


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout == f"regional-migration {rm.__version__} (data {rm.DATA_VERSION})\n"


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "--version")
    assert (status, out) == (0, f"regional-migration {rm.__version__} (data {rm.DATA_VERSION})\n")


# Direct calls, for every command and format


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "list")
    assert status == 0
    assert out.splitlines()[0].split() == ["id", "acronym", "name", "members"]
    assert len(out.splitlines()) == 2 + len(rm.processes())
    _, out, _ = call(capsys, "list", "--format", "csv", "--lang", "es")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["id"] == "CRM"
    assert rows[0]["name"] == rm.get("CRM").name.es
    _, out, _ = call(capsys, "list", "--format", "json")
    assert [p["id"] for p in json.loads(out)] == [p.id for p in rm.processes()]


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "show", "MIRPS")
    assert status == 0
    assert out.startswith("MIRPS  ")
    assert "member (7): Belize (BZ), Costa Rica (CR)" in out
    _, out, _ = call(capsys, "show", "FEM", "--on", "2024-01-01", "--lang", "pt")
    assert "on 2024-01-01:" in out
    assert "Bolívia (BO)" in out
    _, out, _ = call(capsys, "show", "FEM", "--format", "json")
    data = json.loads(out)
    assert data["countries"]["suspended"] == ["VE"]
    assert data["on"] is None
    _, out, _ = call(capsys, "show", "MIRPS", "--format", "csv")
    header = next(line for line in out.splitlines() if not line.startswith("#"))
    assert header.startswith("country,alpha3,numeric,name,process,status,since,until,")


def test_members(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "members", "QUITO", "--on", "2018-09-04")
    assert status == 0
    assert len(out.splitlines()) == 2 + 11
    _, out, _ = call(capsys, "members", "FEM", "--status", "associate", "--format", "json")
    assert all(r["status"] == "associate" for r in json.loads(out))
    _, out, _ = call(capsys, "members", "MIRPS", "--format", "csv")
    assert out.splitlines()[0] == "country,alpha3,numeric,name,status,since,until"


def test_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert call(capsys, "country", "Mexique")[1] == call(capsys, "country", "MX")[1]
    status, out, _ = call(capsys, "country", "mx")
    assert status == 0
    assert out.startswith("Mexico (MX, MEX, 484)\n")
    listed = [(line.split()[0], line.split()[-2]) for line in out.splitlines()[4:]]
    standing = [(r.process, r.status) for r in rm.membership_table().rows if r.country == "MX"]
    assert listed == standing
    members = [p for p, status in listed if status == "member"]
    assert members == [p.id for p in rm.processes_of("MX")]
    _, out, _ = call(capsys, "country", "BO", "--format", "json")
    data = json.loads(out)
    assert all("id" in item for item in data)
    assert "FEM" in [item["id"] for item in data]
    _, out, _ = call(capsys, "country", "VE", "--format", "csv")
    assert "FEM," in out
    _, out, _ = call(capsys, "country", "FR", "--on", "2000-01-01")
    assert out == "France (FR, FRA, 250) on 2000-01-01\nno status in any process\n"


def test_compare(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "compare", "CRM", "CSM")
    assert out.endswith("CRM and CSM share no full member.\n")
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--on", "2019-01-01")
    assert out.startswith("Full members of CRM and MIRPS on 2019-01-01\n")
    _, out, _ = call(capsys, "compare", "CRM", "CRM")
    assert out.endswith("CRM and CRM have the same full members.\n")
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--format", "csv", "--lang", "fr")
    assert "CA,Canada,only_a" in out
    assert "US,États-Unis,only_a" in out
    _, out, _ = call(capsys, "compare", "MIRPS", "CRM")
    assert out.endswith("Every full member of MIRPS is a full member of CRM.\n")
    _, out, _ = call(capsys, "compare", "CSM", "QUITO")
    assert "full member of" not in out.splitlines()[-1]


def test_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "matrix")
    assert out.splitlines()[0].split() == [p.id for p in rm.processes()]
    _, out, _ = call(capsys, "matrix", "CRM", "MIRPS", "--format", "csv")
    assert out == rm.overlap_matrix(["CRM", "MIRPS"]).to_csv()
    assert out.endswith("\nprocess,CRM,MIRPS\nCRM,11,7\nMIRPS,7,7\n")
    _, out, _ = call(capsys, "matrix", "CRM", "MIRPS", "--metric", "jaccard")
    assert "0.64" in out
    _, out, _ = call(capsys, "matrix", "CRM", "--format", "json")
    assert json.loads(out)["values"] == [[11]]


def test_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, out, _ = call(capsys, "export")
    assert out == rm.membership_table().to_csv()
    _, out, _ = call(capsys, "export", "--format", "json", "--status", "member")
    assert json.loads(out)["rows"] == list(rm.membership_table(statuses=["member"]).records())
    _, out, _ = call(capsys, "export", "--format", "table", "--on", "2019-01-01")
    assert out.splitlines()[0].split()[:3] == ["country", "alpha3", "numeric"]
    target = tmp_path / "table.csv"
    status, out, _ = call(capsys, "export", "--output", str(target), "--lang", "es")
    assert (status, out) == (0, "")
    assert target.read_text(encoding="utf-8") == rm.membership_table(lang="es").to_csv()
    status, _, err = call(capsys, "export", "-o", str(tmp_path / "missing" / "x.csv"))
    assert status == 2
    assert err.startswith("regional-migration: error: cannot write ")


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "--help")
    assert status == 0
    for command in ("list", "show", "members", "country", "compare", "matrix", "export"):
        assert command in out


def test_documented_commands_print_what_the_docs_show(capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", text, re.DOTALL)
    checked = 0
    for block in blocks:
        command, _, expected = block.partition("\n")
        assert command.startswith("$ regional-migration ")
        status, out, err = call(capsys, *command.split()[2:])
        assert status == 0, err
        assert out == expected, command
        checked += 1
    assert checked >= 7


def test_errors_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (("compare", "CRM", "NOPE"), ("country", "ZZ"), ("matrix", "--on", "x"), ()):
        status, out, err = call(capsys, *args)
        assert (status, out) == (2, "")
        assert err.startswith("regional-migration: error: ")
        assert err.count("\n") == 1


def test_every_process_shows(capsys: pytest.CaptureFixture[str]) -> None:
    for process in rm.processes():
        status, out, _ = call(capsys, "show", process.id)
        assert status == 0
        assert out.startswith(f"{process.id}  {process.name.en}\n")
        if process.website:
            assert f"website: {process.website}\n" in out


def test_module_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    import runpy  # noqa: PLC0415

    monkeypatch.setattr(sys, "argv", ["regional-migration", "matrix", "CRM"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("regional_migration", run_name="__main__")
    assert info.value.code == 0


def test_docs_refresh_script_keeps_current_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = load_script("update_cli_docs")
    copy = tmp_path / "cli.md"
    copy.write_text((ROOT / "docs" / "cli.md").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(script, "DOC", copy)
    assert script.refresh() >= 7
    assert copy.read_text(encoding="utf-8") == (ROOT / "docs" / "cli.md").read_text(
        encoding="utf-8"
    )


def test_show_a_process_without_a_website(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bare = rm.Process.model_validate({**rm.get("MIRPS").model_dump(), "website": None})
    monkeypatch.setattr(rm, "get", lambda _key: bare)
    status, out, _ = call(capsys, "show", "MIRPS")
    assert status == 0
    assert "website:" not in out


def test_country_json_gives_null_for_an_open_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["country", "Mexique", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "CRM"
    assert rows[0]["until"] is None
