"""The command line delivers its answer whole, or says in one line why it could not.

Files are replaced in one step or left alone, a closed pipe ends the command quietly,
and an output that cannot show every character escapes it instead of failing.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from pathlib import Path

POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX file descriptors")
COMMAND = [sys.executable, "-m", "regional_migration"]
SUSPENDED_CSV = rm.membership_table(statuses=("suspended",)).to_csv()


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    assert err.startswith("regional-migration: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# export -o FILE


def test_export_refuses_to_replace_a_file_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "table.csv"
    target.write_text("keep me\n", encoding="utf-8")
    status, out, err = call(capsys, "export", "--status", "suspended", "-o", str(target))
    assert (status, out) == (2, "")
    assert f"{str(target)!r} already exists; pass --force" in one_error_line(err)
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert files_in(tmp_path) == ["table.csv"]


def test_export_with_force_replaces_the_file_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "table.csv"
    target.write_text("old\n" * 10_000, encoding="utf-8")
    status, out, err = call(capsys, "export", "--status", "suspended", "-o", str(target), "--force")
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == SUSPENDED_CSV
    assert files_in(tmp_path) == ["table.csv"]  # no temporary file left behind


@POSIX
def test_a_new_file_gets_the_usual_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    umask = os.umask(0o027)
    try:
        assert call(capsys, "export", "-o", str(tmp_path / "table.csv"))[0] == 0
    finally:
        os.umask(umask)
    assert (tmp_path / "table.csv").stat().st_mode & 0o777 == 0o640


@POSIX
def test_export_never_writes_through_a_symbolic_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n", encoding="utf-8")
    link = tmp_path / "table.csv"
    link.symlink_to(precious)
    status, _, err = call(capsys, "export", "-o", str(link))
    assert status == 2
    assert "is a symbolic link; pass --force to replace the link itself" in one_error_line(err)
    status, _, err = call(capsys, "export", "--status", "suspended", "-o", str(link), "--force")
    assert (status, err) == (0, "")
    assert not link.is_symlink()
    assert link.read_text(encoding="utf-8") == SUSPENDED_CSV
    assert precious.read_text(encoding="utf-8") == "precious\n"


def test_export_to_dash_writes_standard_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = call(capsys, "export", "--status", "suspended", "-o", "-")
    assert (status, out, err) == (0, SUSPENDED_CSV, "")
    assert files_in(tmp_path) == []


def test_an_unwritable_folder_is_named_in_the_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "table.csv"
    status, _, err = call(capsys, "export", "-o", str(target))
    assert status == 2
    assert f"cannot write {str(target)!r}: No such file or directory" in one_error_line(err)


@POSIX
def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    import resource  # noqa: PLC0415 - POSIX only
    import signal  # noqa: PLC0415

    def small_files() -> None:  # the child may write 1,000 bytes per file, like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    target = tmp_path / "table.csv"
    target.write_text("the old table\n", encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - this interpreter on our own module
        [*COMMAND, "export", "-o", str(target), "--force"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=small_files,
    )
    assert done.returncode == 2
    assert f"cannot write {str(target)!r}: File too large" in one_error_line(done.stderr)
    assert target.read_text(encoding="utf-8") == "the old table\n"
    assert files_in(tmp_path) == ["table.csv"]


# Standard output


@POSIX
def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte is written
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter on our own module
            [*COMMAND, "list"], stdout=write, stderr=subprocess.PIPE, check=False
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (1, b"")


@POSIX
def test_a_closed_pipe_in_process_returns_1_and_silences_the_exit_flush(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    read, write = os.pipe()
    os.close(read)
    with open(write, "w", encoding="utf-8") as stream:  # noqa: PTH123 - a descriptor
        monkeypatch.setattr(sys, "stdout", stream)
        assert main(["list"]) == 1
        stream.write("more")
        stream.flush()  # now goes to devnull: no second error
        monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_an_output_that_cannot_encode_a_name_escapes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert main(["show", "CSM", "--lang", "es"]) == 0
    monkeypatch.undo()
    ascii_out.seek(0)
    assert "observador (1): M\\xe9xico (MX)" in ascii_out.read()


def test_an_ascii_terminal_gets_escapes_not_a_traceback() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter on our own module
        [*COMMAND, "show", "CSM", "--lang", "es"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"Per\\xfa (PE)" in done.stdout


@POSIX
def test_a_closed_standard_output_is_one_line_and_status_2() -> None:
    done = subprocess.run(
        ["/bin/sh", "-c", '"$0" -m regional_migration list >&-', sys.executable],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "cannot write to standard output: it is closed" in one_error_line(done.stderr)


def test_no_standard_streams_at_all_is_status_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["list"]) == 2


class _FullDisk(io.StringIO):
    def write(self, _: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failing_standard_output_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert main(["list"]) == 2
    monkeypatch.undo()
    err = one_error_line(capsys.readouterr().err)
    assert "cannot write to standard output: No space left on device" in err


# Arguments


@POSIX
def test_an_undecodable_byte_in_an_argument_is_called_so() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter on our own module
        [*COMMAND, "country", b"M\xe9xico"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    assert done.returncode == 2
    err = one_error_line(done.stderr)
    assert "the undecodable byte 0xE9" in err
    assert "control character" not in err


def test_the_library_names_an_undecodable_byte_too() -> None:
    with pytest.raises(rm.UnknownCountryError, match="undecodable byte 0xE9") as info:
        rm.country_code("M\udce9xico")  # how Python keeps the byte 0xE9 of a Latin-1 argument
    assert "control character" not in str(info.value)
