"""Files are written whole or not at all, never through a link, never over a pipe.

Special files are made in a temporary folder (a named pipe, symbolic links); no test
writes to a real device. Standard output pointed at ``/dev/full`` is only read from
by the command, to see that a failed write is reported.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable

POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX files")
COMMAND = [sys.executable, "-m", "regional_migration"]
SUSPENDED_CSV = rm.membership_table(statuses=("suspended",)).to_csv()
SUSPENDED = ("export", "--status", "suspended")


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("regional-migration: error: ")
    assert err.count("\n") == 1
    assert "None" not in err
    return err


def _run(
    *args: str,
    env: dict[str, str] | None = None,
    preexec_fn: Callable[[], object] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter on our own module
        [*COMMAND, *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        preexec_fn=preexec_fn,
    )


def _read_fifo(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    """Open *fifo* for reading without waiting, and read it to the end on a thread."""
    handle = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []

    def read() -> None:
        os.set_blocking(handle, True)
        with os.fdopen(handle, "rb") as stream:
            chunks.append(stream.read())

    return threading.Thread(target=read), chunks


# Item 6: a named pipe or a device is written into, never replaced.
@POSIX
@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("through_a_link", [False, True])
def test_export_writes_into_a_named_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *, force: bool, through_a_link: bool
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if through_a_link:  # as /dev/stdout is a link to the stream
        target = tmp_path / "stdout"
        target.symlink_to(fifo)
    reader, chunks = _read_fifo(fifo)
    status = main([*SUSPENDED, "-o", str(target), *(["--force"] if force else [])])
    reader.start()
    reader.join(timeout=30)
    assert status == 0, capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe
    assert target.is_symlink() == through_a_link
    assert chunks == [SUSPENDED_CSV.encode()]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", target.name})


@POSIX
def test_export_refuses_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main([*SUSPENDED, "-o", str(folder), "--force"]) == 2
    assert "is not a regular file, a device or a pipe" in _error(capsys)
    assert folder.is_dir()


# Item 8: of writers racing for one name without --force, one wins.
@POSIX
def test_racing_writers_without_force_cannot_all_succeed(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    racers = 12
    start = threading.Barrier(racers)
    results: list[int] = []

    def write() -> None:
        start.wait()
        results.append(main([*SUSPENDED, "-o", str(target)]))

    threads = [threading.Thread(target=write) for _ in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [0] + [2] * (racers - 1)
    assert target.read_text(encoding="utf-8") == SUSPENDED_CSV
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


# Item 17: the longest legal name, and a folder that cannot be written.
@POSIX
@pytest.mark.parametrize("length", [251, 255])
def test_export_writes_a_name_of_the_longest_legal_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], length: int
) -> None:
    target = tmp_path / ("t" * (length - 4) + ".csv")
    assert main([*SUSPENDED, "-o", str(target)]) == 0, capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == SUSPENDED_CSV
    assert main([*SUSPENDED, "-o", str(target), "--force"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_folder_that_cannot_be_written_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")

    def refused(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    assert main([*SUSPENDED, "-o", str(target), "--force"]) == 2
    err = _error(capsys)
    assert f"cannot write {str(target)!r}: its folder {tmp_path} cannot be written" in err
    assert target.read_text(encoding="utf-8") == "old\n"


@POSIX
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")
    tmp_path.chmod(0o555)
    try:
        assert main([*SUSPENDED, "-o", str(target), "--force"]) == 2
    finally:
        tmp_path.chmod(0o755)
    assert "its folder" in _error(capsys)


# Item 7: a data package is written whole, beside the target, and never through a link.
def _package(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@POSIX
def test_datapackage_refuses_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "pkg"
    link.symlink_to(elsewhere)
    assert main(["datapackage", str(link)]) == 2
    assert f"{str(link)!r} is a symbolic link" in _error(capsys)
    assert list(elsewhere.iterdir()) == []
    with pytest.raises(OSError, match="symbolic link"):
        rm.write_datapackage(link)


@POSIX
def test_datapackage_never_writes_through_a_link_inside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    rm.write_datapackage(folder)
    outside = tmp_path / "outside.csv"
    outside.write_text("keep me\n", encoding="utf-8")
    (folder / "memberships.csv").unlink()
    (folder / "memberships.csv").symlink_to(outside)
    rm.write_datapackage(folder)
    assert outside.read_text(encoding="utf-8") == "keep me\n"
    assert not (folder / "memberships.csv").is_symlink()


def test_datapackage_keeps_other_files_and_leaves_no_temporary(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "README.txt").write_text("mine\n", encoding="utf-8")
    rm.write_datapackage(folder)
    rm.write_datapackage(folder)
    assert (folder / "README.txt").read_text(encoding="utf-8") == "mine\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]
    assert json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"]


@POSIX
def test_a_new_package_folder_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        rm.write_datapackage(tmp_path / "pkg")
    finally:
        os.umask(umask)
    assert (tmp_path / "pkg").stat().st_mode & 0o777 == 0o750
    assert (tmp_path / "pkg" / "datapackage.json").stat().st_mode & 0o777 == 0o640


def test_datapackage_refuses_an_empty_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["datapackage", ""]) == 2
    assert "invalid directory ''" in _error(capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("directory", "error"),
    [
        (None, rm.ArgumentTypeError),
        (5, rm.ArgumentTypeError),
        (b"pkg", rm.ArgumentTypeError),
        ("", rm.InvalidArgumentError),
        ("a\0b", rm.InvalidArgumentError),
    ],
)
def test_write_datapackage_refuses_what_is_not_a_folder_path(
    directory: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        rm.write_datapackage(directory)  # type: ignore[arg-type]


@POSIX
def test_a_full_disk_leaves_the_old_package_whole(tmp_path: Path) -> None:
    import resource  # noqa: PLC0415 - POSIX only
    import signal  # noqa: PLC0415

    def small_files() -> None:  # the child may write 2,000 bytes per file, like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))

    folder = tmp_path / "pkg"
    rm.write_datapackage(folder)
    (folder / "memberships.csv").write_text("old,table\n", encoding="utf-8")
    before = _package(folder)
    done = _run("datapackage", str(folder), preexec_fn=small_files)
    assert done.returncode == 2
    assert done.stderr.startswith(f"regional-migration: error: cannot write '{folder}")
    assert "File too large" in done.stderr
    assert "None" not in done.stderr
    assert _package(folder) == before
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


@POSIX
def test_datapackage_messages_name_the_real_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "pkg").write_text("a file, not a folder\n", encoding="utf-8")
    (tmp_path / "via").symlink_to(real)
    assert main(["datapackage", str(tmp_path / "via" / "pkg")]) == 2
    assert f"cannot write {str(real / 'pkg')!r}: it is not a folder" in _error(capsys)


# Items 11 and 16: the help and the version reach standard output or say why not.
@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_help_in_another_language_on_an_ascii_output(lang: str) -> None:
    done = _run("--help", "--lang", lang, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.isascii()
    assert "\\x" in done.stdout or "\\u" in done.stdout  # what ASCII cannot show is escaped


@POSIX
def test_version_with_standard_output_closed() -> None:
    done = subprocess.run(
        ["/bin/sh", "-c", '"$0" -m regional_migration --version >&-', sys.executable],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "regional-migration: error: cannot write to standard output: it is closed\n"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_into_a_full_output_fail_with_its_name(option: str) -> None:
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        done = subprocess.run(  # noqa: S603 - this interpreter on our own module
            [*COMMAND, option], stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert done.returncode == 2
    assert done.stderr == (
        "regional-migration: error: cannot write to standard output: No space left on device\n"
    )


@POSIX
@pytest.mark.parametrize("command", [(*SUSPENDED, "-o"), ("datapackage",)])
def test_a_name_too_long_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    assert main([*command, str(tmp_path / ("x" * 300))]) == 2
    assert "File name too long" in _error(capsys)
    assert list(tmp_path.iterdir()) == []


def _no_space(_: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_in_process_keeps_the_old_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")
    folder = tmp_path / "pkg"
    rm.write_datapackage(folder)
    before = _package(folder)
    monkeypatch.setattr(os, "fsync", _no_space)
    assert main([*SUSPENDED, "-o", str(target), "--force"]) == 2
    assert f"cannot write {str(target)!r}: No space left on device" in _error(capsys)
    assert main(["datapackage", str(folder)]) == 2
    assert f"cannot write '{folder}" in _error(capsys)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _package(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg", "table.csv"]


def test_a_folder_where_a_file_goes_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pkg"
    (folder / "memberships.csv").mkdir(parents=True)
    assert main(["datapackage", str(folder)]) == 2
    assert f"cannot write {str(folder / 'memberships.csv')!r}: it is a folder" in _error(capsys)
    assert [p.name for p in folder.iterdir()] == ["memberships.csv"]


def test_without_hard_links_a_new_file_is_still_published_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "table.csv"
    assert main([*SUSPENDED, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == SUSPENDED_CSV
    assert main([*SUSPENDED, "-o", str(target)]) == 2
    assert "already exists" in _error(capsys)
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]
