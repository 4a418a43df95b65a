"""Files written whole or not at all, never through a link, never over a device.

`write_file` writes one file (the command line's ``-o``); `write_folder` writes a
folder of files (a data package). Both write into a temporary file or folder beside
the target first, so that a full disk or an interruption leaves the old files as they
were, then put the new ones in place in one step each:

- a regular file is replaced by a rename, and only with *force*; without it, the
  new file is published with `os.link`, which fails when the name exists, so two
  writers racing for one name cannot both succeed;
- a character device or a named pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is
  written into, as a shell redirection does, never replaced by a regular file;
- a symbolic link is replaced itself (with *force*), never the file it points to;
- anything else (a folder, a socket, a block device) is refused.

Every message names the real path, symbolic links in its folders resolved.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from regional_migration._core.locking import lock
from regional_migration.errors import ArgumentTypeError, InvalidArgumentError, shorten

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["FileRefusedError", "FileWriteError", "check_path", "write_file", "write_folder"]

_PREFIX = ".rm-"  # the temporary names are short: a 255-byte name must still fit
_SHOWN = 4096  # characters of a path shown: a whole path, up to the longest Linux accepts


class FileWriteError(OSError):
    """A file could not be written; ``filename`` is its real path, the message says why."""

    def __str__(self) -> str:
        """The message: what could not be written, where, and why."""
        return f"cannot write {shorten(str(self.filename), _SHOWN)}: {self.strerror}"


class FileRefusedError(FileWriteError):
    """A file was not written, to keep what is at its path; the message says how to proceed."""

    def __str__(self) -> str:
        """The message: the path, then what is there and what to do."""
        return f"{shorten(str(self.filename), _SHOWN)} {self.strerror}"


def check_path(value: object, name: str) -> Path:
    """*value* as a path: text or a `os.PathLike`, not empty, without a NUL character.

    Raises:
        ArgumentTypeError: *value* is not a path.
        InvalidArgumentError: it is empty or holds a NUL character.
    """
    text = os.fspath(value) if isinstance(value, str | os.PathLike) else None
    if not isinstance(text, str):
        got = type(value).__name__
        raise ArgumentTypeError(f"give {name} as text or a pathlib.Path, not {got}")
    if not text:
        raise InvalidArgumentError(name, text, "give a path; '.' is the working folder")
    if "\0" in text:
        raise InvalidArgumentError(name, text, "a path cannot hold a NUL character")
    return Path(text)


def _real(path: Path) -> Path:
    """*path* with the links of its folders resolved (the last part is kept as it is)."""
    return Path(os.path.realpath(path.parent), path.name)


def _umask() -> int:
    """The umask, which new files and folders get their permissions through."""
    umask = os.umask(0)  # read the umask: the only way is to set it
    os.umask(umask)
    return umask


def _failed(exc: OSError, real: Path, folder: Path | None = None) -> FileWriteError:
    """*exc* as a `FileWriteError` naming *real*, and its folder when that is the cause."""
    why = exc.strerror or str(exc)
    if folder is not None and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = f"its folder {folder} cannot be written ({why})"
    return FileWriteError(exc.errno or 0, why, str(real))


def write_file(path: Path, text: str, *, force: bool) -> Path:
    """Write *text* to *path* whole or not at all (see the module's docstring).

    Returns:
        The real path written.

    Raises:
        FileWriteError: the file exists (without *force*), is a link (without
            *force*), is neither a regular file nor a device or pipe, or cannot be
            written.
    """
    real = _real(path)
    try:
        found: os.stat_result | None = real.stat()  # through a link: what it points to
    except OSError:
        found = None
    if found is not None and (stat.S_ISCHR(found.st_mode) or stat.S_ISFIFO(found.st_mode)):
        return _into_stream(real, text)
    try:
        _refuse(real, found, force=force)
        with lock():  # a first import runs under the lock a fork waits for
            import tempfile  # noqa: PLC0415 - cost: tempfile's import (and shutil's)

        handle, temporary = tempfile.mkstemp(dir=real.parent, prefix=_PREFIX)
    except FileWriteError:
        raise
    except OSError as exc:
        raise _failed(exc, real, real.parent) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(0o666 & ~_umask())  # as a new file, not mkstemp's 0600
        _publish(Path(temporary), real, force=force)
    except FileWriteError:
        raise
    except OSError as exc:
        raise _failed(exc, real, real.parent) from None
    finally:
        Path(temporary).unlink(missing_ok=True)  # gone already when replaced
    return real


def _into_stream(real: Path, text: str) -> Path:
    """Write *text* into the device or named pipe *real*, as a shell redirection does."""
    try:
        with real.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as exc:
        raise _failed(exc, real) from None
    return real


def _refuse(real: Path, found: os.stat_result | None, *, force: bool) -> None:
    """Refuse to replace what is at *real* when it must be kept."""
    linked = real.is_symlink()
    if linked and not force:
        raise FileRefusedError(
            errno.EEXIST, "is a symbolic link; pass --force to replace the link itself", str(real)
        )
    if found is not None and not linked and not stat.S_ISREG(found.st_mode):
        raise FileRefusedError(
            errno.EEXIST,
            "is not a regular file, a device or a pipe; choose another name",
            str(real),
        )
    if (found is not None or linked) and not force:
        raise FileRefusedError(errno.EEXIST, _EXISTS, str(real))


_EXISTS = "already exists; pass --force to replace it"
# A file system without hard links (FAT, some network shares) says so with these.
_NO_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS})


def _publish(temporary: Path, real: Path, *, force: bool) -> None:
    """Put the finished *temporary* file at *real*: over it with *force*, else only if free.

    Without *force*, `os.link` publishes the file only if nothing is at *real*, in one
    step, so that of two writers racing for a name one fails; where hard links are not
    supported, a check then a rename is the best there is.
    """
    if force:
        temporary.replace(real)
        return
    try:
        os.link(temporary, real)
    except FileExistsError:
        raise FileRefusedError(errno.EEXIST, _EXISTS, str(real)) from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS or real.exists() or real.is_symlink():
            raise
        temporary.replace(real)


def _check_names(real: Path, files: Mapping[str, str]) -> None:
    """Refuse to put a file where the folder *real* holds a folder of that name."""
    for name in files:
        if (real / name).is_dir() and not (real / name).is_symlink():
            raise FileWriteError(errno.EISDIR, "it is a folder", str(real / name))


def _check_folder(path: Path, real: Path) -> None:
    """Refuse a symbolic link as the folder, and anything but a folder."""
    if path.is_symlink():
        raise FileRefusedError(
            errno.EEXIST,
            f"is a symbolic link (to {path.readlink()}); give a real folder",
            str(path),
        )
    if real.exists() and not real.is_dir():
        raise FileWriteError(errno.ENOTDIR, "it is not a folder", str(real))


def write_folder(path: Path, files: Mapping[str, str]) -> Path:
    """Write *files* (names to texts) into the folder *path*, each whole or none.

    A new folder is written under a temporary name beside *path* and renamed in one
    step. Into an existing folder, every file is first written whole into a
    temporary folder beside it, then each is renamed over its old version, the last
    named last (a descriptor that lists the others); other files are left alone.

    Returns:
        The real path of the folder.

    Raises:
        FileWriteError: *path* is a symbolic link, or not a folder, or a file of it
            cannot be written; the message names the real path.
    """
    real = _real(path)
    try:
        _check_folder(path, real)
        real.parent.mkdir(parents=True, exist_ok=True)
        with lock():  # a first import runs under the lock a fork waits for
            import shutil  # noqa: PLC0415 - cost: shutil's import (and the compressors')
            import tempfile  # noqa: PLC0415 - cost: tempfile's import

        temporary = Path(tempfile.mkdtemp(dir=real.parent, prefix=_PREFIX))
    except FileWriteError:
        raise
    except OSError as exc:
        raise _failed(exc, real, real.parent) from None
    try:
        for name, text in files.items():
            with (temporary / name).open("w", encoding="utf-8", newline="") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
        if not real.exists():
            temporary.chmod(0o777 & ~_umask())  # as a new folder, not mkdtemp's 0700
            temporary.rename(real)
            return real
        _check_names(real, files)
        for name in files:
            (temporary / name).replace(real / name)  # a link is replaced, not followed
    except FileWriteError:
        raise
    except OSError as exc:
        inside = Path(exc.filename or "").name if exc.filename else ""
        raise _failed(exc, real / inside if inside in files else real, real) from None
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return real
