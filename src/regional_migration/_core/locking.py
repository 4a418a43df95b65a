"""The one lock under which the package loads anything, held across a fork.

Every first load of data, and every import made on first use rather than at import
time, runs under this lock. A fork waits for the lock (as `logging` makes a fork
wait for its own), so that no load and no import is half done when the process is
copied: a child forked while another thread made a first query (a pre-forking
server, a pool of workers) would otherwise wait forever on an import lock that the
loading thread held, and that thread does not exist in the child. The child then
takes a new lock of its own.
"""

from __future__ import annotations

# logging first: hooks run before a fork in the reverse order of their registration,
# so ours, registered after logging's, takes our lock before logging takes its own. The
# other order deadlocks: a load (holding our lock) that logs would wait for logging's
# lock, held by the forking thread that waits for ours. A first load imports logging
# anyway (pydantic and pycountry log); importing it here moves about 4 ms to the import
# of the package. Importing it on the first use of the lock instead leaves a window in
# which a fork can take logging's hooks without ours registered after them.
import logging  # noqa: F401 - imported for the order of the fork hooks
import os
import threading

__all__ = ["lock"]

_lock = threading.RLock()


def lock() -> threading.RLock:
    """The lock of this process (a forked child has a new one); take it with ``with``."""
    return _lock


def _before_fork() -> None:
    _lock.acquire()


def _after_fork_in_parent() -> None:
    _lock.release()


def _after_fork_in_child() -> None:  # pragma: no cover - runs in the child only
    # The thread that forked holds the parent's lock in the child too; a fresh lock
    # leaves nothing held by a thread that the child does not have.
    global _lock  # noqa: PLW0603 - replaced only in a freshly forked child
    _lock = threading.RLock()


if hasattr(os, "register_at_fork"):  # pragma: no branch - every POSIX system has it
    os.register_at_fork(
        before=_before_fork,
        after_in_parent=_after_fork_in_parent,
        after_in_child=_after_fork_in_child,
    )
