from __future__ import annotations

import argparse
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

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on our own module
        [sys.executable, "-m", "regional_migration", *args],
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal 80 columns wide, as docs/cli.md shows the output."""
    monkeypatch.setenv("COLUMNS", "80")


def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough that no table wraps."""
    monkeypatch.setenv("COLUMNS", "1000")


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
    assert data["processes"] == ["CSM", "QUITO"]
    assert data["only"]["CSM"] == ["BO", "SR", "VE"]
    assert data["shared"] == sorted(data["shared"])
    assert {"country": "BO", "name": "Bolivia", "part": "only", "processes": "CSM"} in data["rows"]
    assert data["jaccard"] == rm.compare("CSM", "QUITO").jaccard
    assert data["data_version"] == rm.DATA_VERSION


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (
            ("compare", "CRM", "NOPE"),
            (
                r"no process or instrument named 'NOPE'; every process is listed by "
                r"'regional-migration list', every instrument by 'regional-migration instruments'$"
            ),
        ),
        (("members", "CMR"), r"no process or instrument named 'CMR'; did you mean .*'CRM'"),
        (("country", "ZZ"), r"'ZZ' .*; for example 'MX'"),
        (("country", "Mexic"), r"'Mexic' .*did you mean MX \(Mexico\)\?"),
        (("country", "Guyane"), r"'Guyane' is ambiguous: .*GF.*GY.*pass the ISO code instead"),
        (("members", "CRM", "--on", "4 Sept 2018"), r"invalid date '4 Sept 2018'; use YYYY"),
        (("frobnicate",), r"invalid choice: 'frobnicate'.*see 'regional-migration --help'"),
        (("compare",), r"required: PROCESS; see 'regional-migration compare --help'"),
        (("compare", "CRM"), r"compare needs two processes or more, got 1; see .*--help'$"),
        (("compare", "CRM", "Puebla Process"), r"CRM is given twice; compare different"),
        (("sources", "nope"), r"no source has the id 'nope'; see 'regional-migration sources'"),
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


def test_list(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    wide(monkeypatch)
    status, out, _ = call(capsys, "list")
    assert status == 0
    assert out.splitlines()[0].split() == ["id", "acronym", "name", "members"]
    assert len(out.splitlines()) == 2 + len(rm.processes())
    _, out, _ = call(capsys, "list", "--format", "csv", "--lang", "es")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["id"] == "CMC"
    assert rows[0]["name"] == rm.get("CMC").name.es
    _, out, _ = call(capsys, "list", "--format", "json")
    assert [p["id"] for p in json.loads(out)["rows"]] == [p.id for p in rm.processes()]


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "show", "MIRPS")
    assert status == 0
    assert out.startswith("MIRPS  ")
    assert "member (7): Belize (BZ), Costa Rica (CR)" in out
    _, out, _ = call(capsys, "show", "FEM", "--on", "2024-01-01", "--lang", "pt")
    assert "em 2024-01-01:" in out
    assert "Bolívia (BO)" in out
    _, out, _ = call(capsys, "show", "FEM", "--format", "json")
    data = json.loads(out)
    assert data["countries"]["suspended"] == ["VE"]
    assert (data["on"], data["data_version"]) == ("current", rm.DATA_VERSION)
    assert len(data["rows"]) == len(rm.membership_table(processes=["FEM"]))
    _, out, _ = call(capsys, "show", "MIRPS", "--format", "csv")
    assert out.startswith("country,alpha3,numeric,name,process,status,since,until,")


def test_members(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "members", "QUITO", "--on", "2018-09-04")
    assert status == 0
    assert len(out.splitlines()) == 2 + 11
    _, out, _ = call(capsys, "members", "FEM", "--status", "associate", "--format", "json")
    assert all(r["status"] == "associate" for r in json.loads(out)["rows"])
    _, out, _ = call(capsys, "members", "MIRPS", "--format", "csv")
    assert out == rm.membership_table(processes=["MIRPS"], statuses="member").to_csv()
    _, out, _ = call(capsys, "members", "MIRPS", "--format", "json")
    assert out == rm.membership_table(processes=["MIRPS"], statuses="member").to_json()


def test_country(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    wide(monkeypatch)
    assert call(capsys, "country", "Mexique")[1] == call(capsys, "country", "MX")[1]
    status, out, _ = call(capsys, "country", "mx")
    assert status == 0
    assert out.startswith("Mexico (MX, MEX, 484)\n")
    processes_part = out.split("\n\ninstruments\n")[0]
    listed = [(line.split()[0], line.split()[-2]) for line in processes_part.splitlines()[4:]]
    standing = [(r.process, r.status) for r in rm.membership_table().rows if r.country == "MX"]
    assert listed == standing
    members = [p for p, status in listed if status == "member"]
    assert members == [p.id for p in rm.processes_of("MX")]
    _, out, _ = call(capsys, "country", "BO", "--format", "json")
    data = json.loads(out)
    assert all("id" in item for item in data["rows"])
    assert "FEM" in [item["id"] for item in data["rows"]]
    assert (data["country"], data["alpha3"], data["name"]) == ("BO", "BOL", "Bolivia")
    _, out, _ = call(capsys, "country", "VE", "--format", "csv")
    assert "VE,process,FEM," in out
    assert out.startswith("country,kind,id,name,status,since,until,began_by\n")
    _, out, _ = call(capsys, "country", "FR", "--on", "2000-01-01")
    assert out.startswith("France (FR, FRA, 250) on 2000-01-01\nno status in any process\n")
    assert "refugee commission: not covered by the data" in out


def test_compare(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "compare", "CRM", "CSM")
    assert out.endswith("CRM and CSM share no full member.\n")
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--on", "2019-01-01")
    assert out.startswith("Full members of CRM and MIRPS on 2019-01-01\n")
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--format", "csv", "--lang", "fr")
    assert out.startswith("country,name,part,processes\nBZ,Belize,shared,CRM MIRPS\n")
    assert "CA,Canada,only,CRM\n" in out
    assert "US,États-Unis,only,CRM\n" in out
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--lang", "fr")
    assert "Indice de Jaccard : 0,64 (7 en commun sur 11" in out
    _, out, _ = call(capsys, "compare", "MIRPS", "CRM")
    assert out.endswith("Every full member of MIRPS is a full member of CRM.\n")
    _, out, _ = call(capsys, "compare", "CSM", "QUITO")
    assert "full member of" not in out.splitlines()[-1]


def test_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "matrix")
    assert out.splitlines()[0].split() == [p.id for p in rm.processes()]
    _, out, _ = call(capsys, "matrix", "CRM", "MIRPS", "--format", "csv")
    assert out == rm.overlap_matrix(["CRM", "MIRPS"]).to_csv()
    assert out == "process,CRM,MIRPS\nCRM,11,7\nMIRPS,7,7\n"
    _, out, _ = call(capsys, "matrix", "CRM", "MIRPS", "--metric", "jaccard")
    assert "0.64" in out
    _, out, _ = call(capsys, "matrix", "CRM", "MIRPS", "--metric", "jaccard", "--lang", "fr")
    assert "0,64" in out
    assert "0.64" not in out
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
    for args in (
        ("compare", "CRM", "NOPE"),
        ("compare", "CRM"),
        ("country", "ZZ"),
        ("matrix", "--on", "x"),
        (),
    ):
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
    text, count = script.refreshed()
    assert count >= 7
    assert text == (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert script.main(["--check"]) == 0


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
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[0]["id"] == "CRM"
    assert rows[0]["until"] is None


def test_options_go_before_or_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    _, before, _ = call(capsys, "--format", "json", "--lang", "fr", "list")
    _, after, _ = call(capsys, "list", "--format", "json", "--lang", "fr")
    assert before == after
    assert json.loads(before)["rows"][0]["name"] == rm.get("CMC").name.fr
    _, out, _ = call(capsys, "--format", "json", "list", "--format", "csv")
    assert out.startswith("id,acronym,name,kind,founded,members\n")  # the later one wins
    _, out, _ = call(capsys, "--lang", "pt", "export", "--status", "suspended")
    assert out.startswith("country,")  # export's own default format: csv


def test_help_states_every_default(capsys: pytest.CaptureFixture[str]) -> None:
    parser = main.__globals__["_parser"]()
    commands = parser._subparsers._group_actions[0].choices
    for sub in (parser, *commands.values()):
        for action in sub._actions:
            if action.help in (None, argparse.SUPPRESS) or action.dest in {"help", "version"}:
                continue
            required = action.required or action.nargs in (None, "+")
            if action.option_strings or not required:
                assert "(default: " in action.help, (sub.prog, action.dest)
    status, out, _ = call(capsys, "compare", "--help")
    assert status == 0
    assert "output format (default: table)" in out
    assert "language of everything a person reads (default: en)" in out


def test_list_gives_no_acronym_where_a_process_has_none(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "list", "--format", "json", "--lang", "en")
    acronyms = {p["id"]: p["acronym"] for p in json.loads(out)["rows"]}
    assert acronyms["CRM"] == "RCM"
    assert acronyms["QUITO"] is None


def test_compare_many(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "compare", "CRM", "MIRPS", "QUITO")
    assert status == 0
    shared = len(rm.overlap("CRM", "MIRPS", "QUITO"))
    assert out.startswith(f"Full members of CRM, MIRPS and QUITO\n\nIn all ({shared})\n")
    assert "  BZ  Belize (CRM, MIRPS)\n" in out
    assert len(re.findall(r"^  [A-Z]{2}  ", out, re.MULTILINE)) == len(
        rm.get("CRM").members | rm.get("MIRPS").members | rm.get("QUITO").members
    )
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "QUITO", "--format", "json")
    data = json.loads(out)
    assert data["shared"] == sorted(rm.overlap("CRM", "MIRPS", "QUITO"))
    assert data["only"]["MIRPS"] == []
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "QUITO", "LAD", "--on", "2015-01-01")
    assert "In some, not all (0)\n  (none)\n" in out
    _, out, _ = call(capsys, "compare", "LAD", "QUITO", "--on", "2000-01-01", "--format", "json")
    assert json.loads(out)["jaccard"] == 0.0


def test_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "timeline", "MIRPS")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"MIRPS  {rm.get('MIRPS').name.en}"  # it names its process
    assert lines[2].split() == ["date", "event", "country", "name", "status", "previous"]
    assert lines[4].split() == ["2017-10-26", "founded"]
    _, out, _ = call(capsys, "timeline", "FEM", "--format", "json")
    events = json.loads(out)["rows"]
    assert len(events) == len(rm.timeline("FEM"))
    suspended = [(e["process"], e["country"]) for e in events if e["kind"] == "suspended"]
    assert ("FEM", "VE") in suspended
    _, out, _ = call(capsys, "timeline", "FEM", "--format", "csv", "--lang", "es")
    assert out == rm.timeline("FEM").to_csv()


def test_commissions(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    wide(monkeypatch)
    status, out, _ = call(capsys, "commissions")
    assert status == 0
    assert len(out.splitlines()) == 2 + len(rm.refugee_commissions())
    _, out, _ = call(capsys, "commissions", "Brasil")
    assert out.startswith("Brazil (BR)\nkind: commission\nacronym: CONARE\nname: Comitê Nacional")
    assert "confidence: high\n" in out
    _, out, _ = call(capsys, "commissions", "FR")
    assert out.startswith("France (FR) is outside what the commission data covers: AD, AG")
    _, out, _ = call(capsys, "commissions", "FR", "--format", "json")
    assert json.loads(out)["rows"] == []
    _, out, _ = call(capsys, "commissions", "GY")
    assert out.startswith("Guyana (GY)\nkind: none: no procedure\nlegal basis: No national")
    _, out, _ = call(capsys, "commissions", "UY", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["acronym"] == "CORE"
    commission = rm.refugee_commission("UY")
    assert commission is not None
    assert rows[0]["sources"].split() == [s.id for s in commission.sources]


def test_sources(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    wide(monkeypatch)
    status, out, _ = call(capsys, "sources")
    assert status == 0
    assert len(out.splitlines()) == 2 + len(rm.sources())
    _, out, _ = call(capsys, "sources", "--format", "json")
    assert [s["id"] for s in json.loads(out)["rows"]] == [s.id for s in rm.sources()]
    _, out, _ = call(capsys, "sources", "crm_about", "--lang", "pt")
    assert "endereço: https://" in out
    _, out, _ = call(capsys, "sources", "crm_about", "--format", "csv")
    assert out.startswith("id,title,publisher,kind,url,published,seen,note\ncrm_about,")


def test_datapackage_says_where_it_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = call(capsys, "--lang", "fr", "datapackage", str(tmp_path))
    assert status == 0
    assert out == f"écrit : {tmp_path / 'datapackage.json'}\n"


def test_two_processes_with_the_same_members_are_said_so() -> None:
    same = rm.Comparison(
        a="A", b="B", shared=frozenset({"MX"}), only_a=frozenset(), only_b=frozenset()
    )
    text = main.__globals__["_comparison_text"]("fr", same)
    assert text.endswith("A et B ont les mêmes membres de plein droit.\n")


def test_a_commission_asked_as_a_process_points_to_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = call(capsys, "show", "CONARE")
    assert status == 2
    assert err.rstrip().endswith("listed by 'regional-migration commissions'")
    status, _, err = call(capsys, "compare", "CRM", "RCM")
    assert (status, err) == (
        2,
        "regional-migration: error: CRM is given twice; compare different processes\n",
    )


def test_an_unknown_source_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "sources", "x" * 500)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert len(err) < 200


def test_a_hint_without_a_command_keeps_its_python_call() -> None:
    error = rm.UnknownProcessError("x", hint=rm.Hint("see", "regional_migration.get()"))
    assert main.__globals__["_message"](error).endswith("see regional_migration.get()")


def test_show_sorts_names_as_the_language_does(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "show", "FEM", "--on", "2024-01-01", "--lang", "fr")
    assert "associé (7) : Bolivie (BO), Chili (CL), Colombie (CO), Équateur (EC), Guyana" in out


@pytest.mark.parametrize(
    ("command", "note"),
    [
        (("show", "LAD"), "LAD was founded on 2022-06-10"),
        (("members", "FEM", "--on", "2001-01-01"), "FEM was founded in 2003"),
        (("compare", "LAD", "CRM"), "LAD was founded on 2022-06-10"),
        (("matrix", "LAD", "CRM"), "LAD was founded on 2022-06-10"),
        (
            ("show", "LAD", "--lang", "es"),
            "LAD aún no existía el 2020-01-01 (fundación: 2022-06-10)",
        ),
        (("matrix", "--lang", "fr"), "LAD n'existait pas encore le 2020-01-01 (fondation : "),
    ],
)
def test_a_day_before_a_process_existed_is_said_not_left_empty(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...], note: str
) -> None:
    day = () if "--on" in command else ("--on", "2020-01-01")
    status, out, _ = call(capsys, *command, *day)
    assert status == 0
    assert note in out


def test_no_note_when_every_process_existed(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(capsys, "compare", "CRM", "MIRPS", "--on", "2020-01-01")
    assert "founded" not in out
    _, out, _ = call(capsys, "show", "CRM")
    assert "founded" not in out.split("website")[-1]


def test_instruments_lists_every_instrument(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per instrument
    status, out, _ = call(capsys, "instruments", "--format", "json")
    assert status == 0
    listed = json.loads(out)["rows"]
    assert [row["id"] for row in listed] == [i.id for i in rm.instruments()]
    first = listed[0]
    assert set(first) == {
        *("id", "name", "kind", "adopted", "entry_into_force", "members", "unknown", "scope")
    }
    _, out, _ = call(capsys, "instruments", "--lang", "es")
    assert "Convención de 1951" in out
    assert "tratado" in out


def test_vote_shows_each_state(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "vote", "A/RES/73/195", "--format", "csv")
    assert status == 0
    assert "A/RES/73/195,CL,Chile,abstain" in out.splitlines()
    _, out, _ = call(capsys, "vote", "A/RES/73/195", "--lang", "pt")
    assert "2018-12-19: 152 a favor, 5 contra, 12 abstenções, 24 sem votar" in out
    assert "abstenção" in out
    _, out, _ = call(capsys, "vote", "A/RES/73/151", "--format", "json")
    data = json.loads(out)
    assert {row["country"]: row["vote"] for row in data["rows"]}["US"] == "no"
    assert (data["resolution"], data["totals"]["no"]) == ("A/RES/73/151", 2)
    status, _, err = call(capsys, "vote", "A/RES/1/1")
    assert status == 2
    assert err.startswith("regional-migration: error: ")


def test_vote_shows_a_partial_roll_as_partial(capsys: pytest.CaptureFixture[str]) -> None:
    # A/RES/73/326: only the United States is on record; Paraguay is in scope but its
    # vote is not known, and no format shows it as a vote.
    status, out, _ = call(capsys, "vote", "A/RES/73/326")
    assert status == 0
    assert "partial roll: the sources name the votes of 1 of the 37 states in scope" in out
    table = {line.split()[0]: line for line in out.splitlines() if line[:2].isupper()}
    assert table["PY"].endswith("not on record")
    assert table["US"].rstrip().endswith(" no")
    _, out, _ = call(capsys, "vote", "A/RES/73/326", "--lang", "es")
    assert "lista parcial" in out
    assert "sin registro" in out
    _, out, _ = call(capsys, "vote", "A/RES/73/326", "--format", "csv")
    lines = out.splitlines()
    assert "A/RES/73/326,PY,Paraguay," in lines
    assert "A/RES/73/326,US,United States,no" in lines
    assert len(lines) == 1 + 37
    _, out, _ = call(capsys, "vote", "A/RES/73/326", "--format", "csv", "--provenance")
    assert "# note: partial roll" in out
    _, out, _ = call(capsys, "vote", "A/RES/73/326", "--format", "json")
    data = json.loads(out)
    votes = {row["country"]: row["vote"] for row in data["rows"]}
    assert votes["PY"] is None
    assert votes["US"] == "no"
    assert {code for code, vote in votes.items() if vote is not None} == {"US"}
    assert data["roll"] == "partial"
    assert "PY" in data["unrecorded"]
    assert "US" not in data["unrecorded"]
    assert data["totals"] == {"yes": 118, "no": 5, "abstain": 13, "non_voting": 57}
    # A complete roll says so, with nothing unrecorded and no note.
    _, out, _ = call(capsys, "vote", "A/RES/73/195", "--format", "json")
    data = json.loads(out)
    assert (data["roll"], data["unrecorded"], data["notes"]) == ("complete", [], [])
    _, out, _ = call(capsys, "vote", "A/RES/73/195")
    assert "partial" not in out
    assert "not on record" not in out


# One output contract for every command

EXAMPLES = {
    "list": ("list",),
    "instruments": ("instruments",),
    "show": ("show", "FEM", "--on", "2024-01-01"),
    "members": ("members", "MIRPS"),
    "country": ("country", "Mexico"),
    "compare": ("compare", "CRM", "MIRPS", "QUITO"),
    "matrix": ("matrix", "--metric", "jaccard"),
    "timeline": ("timeline", "FEM"),
    "vote": ("vote", "A/RES/73/195"),
    "meetings": ("meetings", "MIRPS"),
    "export": ("export", "--on", "2019-01-01"),
    "commissions": ("commissions",),
    "sources": ("sources",),
    "datapackage": ("datapackage",),
    "site": ("site",),
    "codes": ("codes", "PA", "DO", "--from", "fips"),
    "panel": ("panel", "2018", "--process", "MIRPS"),
    "release": ("release",),
}


def _commands() -> list[str]:
    parser = main.__globals__["_parser"]()
    return sorted(parser._subparsers._group_actions[0].choices)


def _example(name: str, tmp_path: Path) -> tuple[str, ...]:
    writes = name in {"datapackage", "site", "release"}  # a command that writes takes a folder
    return (*EXAMPLES[name], str(tmp_path / name)) if writes else EXAMPLES[name]


def test_every_command_has_an_example() -> None:
    assert sorted(EXAMPLES) == _commands()


@pytest.mark.parametrize("name", _commands())
def test_every_csv_reads_with_no_options_and_every_json_is_one_object(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    pd = pytest.importorskip("pandas")
    args = _example(name, tmp_path)
    status, text, err = call(capsys, *args, "--format", "csv")
    assert status == 0, err
    frame = pd.read_csv(io.StringIO(text))
    assert len(frame.columns) > 0
    assert not any(str(column).startswith("#") for column in frame.columns)
    status, marked, _ = call(capsys, *args, "--format", "csv", "--provenance")
    assert marked.startswith(f"# data_version: {rm.DATA_VERSION}\n")
    assert pd.read_csv(io.StringIO(marked), comment="#").shape == frame.shape
    status, text, err = call(capsys, *args, "--format", "json")
    assert status == 0, err
    data = json.loads(text)
    assert isinstance(data, dict)
    assert data["data_version"] == rm.DATA_VERSION
    assert isinstance(data["rows"], list)
    assert len(data["rows"]) == len(frame)
    status, table, _ = call(capsys, *args, "--provenance")
    assert table.endswith(f"# data_version: {rm.DATA_VERSION}\n# on: current\n") or (
        f"# data_version: {rm.DATA_VERSION}\n" in table
    )


@pytest.mark.parametrize("width", [80, 100, 120])
@pytest.mark.parametrize(
    "args", [("sources",), ("country", "Mexico"), ("list",), ("instruments",), ("commissions",)]
)
def test_tables_fit_the_terminal(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    width: int,
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    status, out, _ = call(capsys, *args)
    assert status == 0
    table = [line for line in out.splitlines() if line.startswith("-")]
    assert table
    for ruler in table:  # the rule under a header is as wide as the table
        assert len(ruler) <= width, ruler
    words = {word for line in out.splitlines() for word in line.split()}
    assert "sinc" not in words  # no header or word is broken in two
    if args == ("country", "Mexico"):
        assert {"Solutions", "Framework"} <= words  # the long name wraps between its words


def test_a_long_word_is_broken_only_when_nothing_else_fits() -> None:
    render_table = main.__globals__["render_table"]
    text = render_table(("id", "note"), [("A", "x" * 30 + " short")], width=25)
    assert max(len(line) for line in text.splitlines()) <= 25
    cells = [line[4:] for line in text.splitlines()[2:]]
    assert cells == ["x" * 21, "x" * 9 + " short"]
    same = render_table(("id", "note"), [("CRM", "fits")], width=5)
    assert same.splitlines()[-1] == "CRM  fits"  # cannot fit: left to the terminal
