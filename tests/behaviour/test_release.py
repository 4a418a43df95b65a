"""The release: one zip of every format, each read back as its users' tools read it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import sys
import zipfile
from pathlib import Path
from typing import Any, get_args

import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pytest

import regional_migration as rm
from regional_migration._outputs import release as _release
from regional_migration.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release, written once and unzipped."""
    folder = tmp_path_factory.mktemp("release")
    path = rm.write_release(folder)
    assert path == folder / f"regional-migration-data-{rm.DATA_VERSION}.zip"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder / "out")
    return folder / "out" / f"regional-migration-data-{rm.DATA_VERSION}"


@pytest.fixture(scope="module")
def package(unzipped: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((unzipped / "datapackage" / "datapackage.json").read_text())
    return found


def _rows(unzipped: Path, table: str) -> list[dict[str, str]]:
    text = (unzipped / "datapackage" / f"{table}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_zip_holds_every_format(unzipped: Path, package: dict[str, Any]) -> None:
    names = {p.relative_to(unzipped).as_posix() for p in unzipped.rglob("*") if p.is_file()}
    for resource in package["resources"]:
        assert f"datapackage/{resource['path']}" in names
        assert f"spreadsheets/{resource['path']}" in names
    assert {"regional-migration.sqlite", "stata/panel.dta", "stata/memberships.dta"} <= names
    assert {"README.md", "SHA256SUMS", "datapackage/datapackage.json"} <= names


def test_sqlite_reads_back_typed_and_keyed(unzipped: Path, package: dict[str, Any]) -> None:
    connection = sqlite3.connect(unzipped / "regional-migration.sqlite")
    try:
        for resource in package["resources"]:
            name = resource["name"]
            count = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
            assert count == len(_rows(unzipped, name)), name
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            declared = {row[1]: row[2] for row in info}
            for field in resource["schema"]["fields"]:
                expected = "INTEGER" if field["type"] == "integer" else "TEXT"
                assert declared[field["name"]] == expected, (name, field["name"])
            keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
            assert keys == resource["schema"]["primaryKey"], name
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):  # a status the data does not know
            connection.execute(
                "INSERT INTO memberships (process, country, status, since, since_earliest, "
                "since_latest, confidence, sources) VALUES ('CRM', 'MX', 'boss', '2000', "
                "'2000-01-01', '2000-12-31', 'high', 'x')"
            )
    finally:
        connection.close()


@pytest.mark.parametrize("day", ["1996-12-31", "2010-06-30", "2018-09-04", "2024-01-01"])
def test_the_status_on_day_view_agrees_with_the_panel(unzipped: Path, day: str) -> None:
    connection = sqlite3.connect(unzipped / "regional-migration.sqlite")
    try:
        viewed = set(
            connection.execute(
                "SELECT process, country, status FROM status_on_day WHERE day = ?", (day,)
            ).fetchall()
        )
    finally:
        connection.close()
    answered = {(r.process, r.country, r.status) for r in rm.panel(days=[day]) if r.status}
    assert viewed == answered
    assert viewed or day < "1997"


def test_the_yearly_panel_says_every_value(unzipped: Path) -> None:
    connection = sqlite3.connect(unzipped / "regional-migration.sqlite")
    try:
        statuses = dict(connection.execute("SELECT status, count(*) FROM panel GROUP BY status"))
        mx_2018 = dict(
            connection.execute("SELECT process, status FROM panel WHERE iso2c='MX' AND year=2018")
        )
        current = connection.execute("SELECT count(*) FROM current_members").fetchone()[0]
    finally:
        connection.close()
    assert set(statuses) <= set(_release.PANEL_LABELS)
    assert {"member", "none", "unknown", "not founded"} <= set(statuses)
    assert mx_2018["MIRPS"] == "member"
    assert mx_2018["LAD"] == "not founded"
    assert current == sum(len(p.memberships_on()) for p in rm.processes())


def test_stata_reads_back_with_labels(unzipped: Path) -> None:
    with pd.io.stata.StataReader(unzipped / "stata" / "panel.dta") as reader:
        panel = reader.read()
        variables = reader.variable_labels()
        values = reader.value_labels()
    assert variables["status"].startswith("Status on 31 December")
    assert list(panel.columns) == ["iso2c", "iso3c", "iso3n", "year", "process", "status"]
    assert not panel["status"].isna().any()  # no empty cell that means "no"
    assert "member" in values["status"].values()
    mirps = panel[(panel["iso2c"] == "MX") & (panel["process"] == "MIRPS")]
    assert dict(zip(mirps["year"], mirps["status"], strict=True))[2018] == "member"
    memberships = pd.read_stata(unzipped / "stata" / "memberships.dta")
    assert len(memberships) == len(_rows(unzipped, "memberships"))
    assert (
        {"member", "observer"}
        <= set(memberships["status"].cat.categories)
        <= set(get_args(rm.Status))
    )


def test_spreadsheet_csv_opens_as_excel_reads_it(unzipped: Path) -> None:
    raw = (unzipped / "spreadsheets" / "countries.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel looks for
    text = raw.decode("utf-8-sig")
    assert text == (unzipped / "datapackage" / "countries.csv").read_text(encoding="utf-8")
    assert "Bolívia" in text
    assert "BolÃ" not in text
    panel = pd.read_csv(unzipped / "spreadsheets" / "panel.csv", encoding="utf-8-sig")
    assert list(panel.columns) == ["iso2c", "iso3c", "iso3n", "year", "process", "status"]
    assert not panel.isna().any().any()


def test_parquet_reads_back(unzipped: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: no Parquet to read back")
    frame = pd.read_parquet(unzipped / "parquet" / "memberships.parquet")
    assert len(frame) == len(_rows(unzipped, "memberships"))
    panel = pd.read_parquet(unzipped / "parquet" / "panel.parquet")
    assert str(panel["year"].dtype).startswith("int")


def test_sums_and_readme(unzipped: Path) -> None:
    lines = (unzipped / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    files = {p.relative_to(unzipped).as_posix() for p in unzipped.rglob("*") if p.is_file()}
    assert {line.split("  ", 1)[1] for line in lines} == files - {"SHA256SUMS"}
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((unzipped / name).read_bytes()).hexdigest() == digest
    readme = (unzipped / "README.md").read_text(encoding="utf-8")
    assert f"Data version {rm.DATA_VERSION}" in readme
    assert "CC-BY-4.0" in readme
    assert "regional_migration maintainers" in readme
    assert "regional-migration.sqlite" in readme


def test_the_release_says_which_rolls_are_partial(unzipped: Path) -> None:
    readme = (unzipped / "README.md").read_text(encoding="utf-8")
    assert "Partial rolls in this version: A/RES/73/326." in readme
    rolls = {row["resolution"]: row["roll"] for row in _rows(unzipped, "votes")}
    assert rolls["A/RES/73/326"] == "partial"
    forums = [row for row in _rows(unzipped, "state_votes") if row["resolution"] == "A/RES/73/326"]
    assert forums == [{"resolution": "A/RES/73/326", "country": "US", "vote": "no"}]
    connection = sqlite3.connect(unzipped / "regional-migration.sqlite")
    try:
        found = connection.execute(
            "SELECT vote FROM state_votes WHERE resolution = 'A/RES/73/326' AND country = 'PY'"
        ).fetchall()
        assert found == []
        assert connection.execute(
            "SELECT roll FROM votes WHERE resolution = 'A/RES/73/326'"
        ).fetchall() == [("partial",)]
    finally:
        connection.close()


def test_the_same_data_gives_the_same_bytes(tmp_path: Path) -> None:
    first = rm.write_release(tmp_path / "a").read_bytes()
    second = rm.write_release(tmp_path / "b").read_bytes()
    assert first == second
    again = rm.write_release(tmp_path / "a")  # replaces the zip of the same name
    assert again.read_bytes() == first
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [again.name]


def test_an_empty_path_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        with pytest.raises(rm.InvalidArgumentError, match="give the path of a folder"):
            rm.write_release(empty)
    with pytest.raises(rm.ArgumentTypeError, match="not NoneType"):
        rm.write_release(None)  # type: ignore[arg-type]
    with pytest.raises(rm.InvalidArgumentError):
        rm.write_release("a\0b")
    assert list(tmp_path.iterdir()) == []


def test_symbolic_links_are_refused_by_their_real_path(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(rm.InvalidArgumentError, match=f"symbolic link \\(to {real}\\)"):
        rm.write_release(link)
    outside = tmp_path / "outside.zip"
    outside.write_text("keep me")
    zip_link = real / f"regional-migration-data-{rm.DATA_VERSION}.zip"
    zip_link.symlink_to(outside)
    with pytest.raises(rm.InvalidArgumentError, match="it is a link or not a file"):
        rm.write_release(real)
    assert outside.read_text() == "keep me"
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(rm.InvalidArgumentError, match="is not a folder"):
        rm.write_release(a_file)


def test_a_failure_leaves_the_old_zip_and_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = rm.write_release(tmp_path)
    before = old.read_bytes()

    def full_disk(_folder: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_release, "write_datapackage", full_disk)
    with pytest.raises(OSError, match="No space left on device") as caught:
        rm.write_release(tmp_path)
    assert caught.value.filename == str(old.resolve())
    assert old.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [old.name]


def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError, match="Not a directory") as caught:
        rm.write_release(tmp_path / "file" / "below")
    assert caught.value.filename == str(tmp_path / "file" / "below")


def test_without_pandas_the_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(rm.MissingExtraError, match=r"the 'pandas' extra"):
        rm.write_release(tmp_path)


def test_without_pyarrow_the_readme_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    path = rm.write_release(tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        readme = archive.read(next(n for n in names if n.endswith("README.md"))).decode()
    assert not any("/parquet/" in name for name in names)
    assert "pyarrow was not installed" in readme


def test_the_command_writes_the_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", str(tmp_path)]) == 0
    assert f"regional-migration-data-{rm.DATA_VERSION}.zip" in capsys.readouterr().out
    assert main(["release", ""]) == 2
    assert "invalid release folder ''" in capsys.readouterr().err


def test_the_deposit_metadata_agrees_with_the_citation() -> None:
    yaml = pytest.importorskip("yaml")
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    zenodo = json.loads((ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    preferred = citation["preferred-citation"]
    assert zenodo["title"] == preferred["title"]
    assert zenodo["upload_type"] == "dataset"
    assert zenodo["license"] == preferred["license"].lower()
    assert [c["name"] for c in zenodo["creators"]] == [a["name"] for a in preferred["authors"]]
    assert zenodo["keywords"] == citation["keywords"]
    assert zenodo["description"].startswith(" ".join(preferred["abstract"].split()))
