"""A fork taken while another thread makes a first query gives a child that works.

Each run is a fresh interpreter, so that the query is a first one: a thread starts it,
the main thread forks a moment later (the moment varies across runs), and the child
asks the same question. A child that waits on a lock held by a thread it does not
have is killed after a generous delay and fails the test: nothing hangs the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")

QUERIES = {
    "process": "rm.get('CRM').members",
    "instruments": "rm.get('GCM').members",
    "country": "rm.country_code('Brasil')",
    "country miss": "rm.country_codes(['Brasil', 'Atlantis'], not_found=None)",
    "table": "rm.membership_table()",
    "profile": "rm.country_profile('MX')",
    "vote": "rm.vote('A/RES/73/195').countries('yes')",
    "compare": "rm.compare('CRM', 'MIRPS').jaccard",
    "panel": "rm.panel([2020])",
    "timeline": "rm.timeline('FEM')",
}
DELAYS = (0.0, 0.003, 0.01, 0.03, 0.06, 0.1)  # seconds between the first query and the fork
CHILD_LIMIT = 30  # seconds: a deadlocked child, not a slow machine

PROGRAM = """
import faulthandler, os, signal, sys, threading, time
faulthandler.dump_traceback_later({limit} + 15, exit=True)  # a hung parent shows where
import warnings
warnings.simplefilter("ignore", DeprecationWarning)  # a fork with a thread running
import regional_migration as rm
QUERIES = {queries!r}
first = threading.Thread(target=lambda: eval(QUERIES[sys.argv[1]]), daemon=True)
first.start()
time.sleep(float(sys.argv[2]))
pid = os.fork()
if pid == 0:
    faulthandler.register(signal.SIGALRM)  # a hung child shows where, then is killed
    signal.alarm({limit} - 5)
    eval(QUERIES[sys.argv[1]])
    os._exit(0)
deadline = time.monotonic() + {limit}
while time.monotonic() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        first.join()  # a thread still loading at exit aborts the interpreter
        sys.exit(os.waitstatus_to_exitcode(status))
    time.sleep(0.01)
os.kill(pid, 9)
os.waitpid(pid, 0)
sys.exit("the child hung")
"""


def _run(kind: str, delay: float) -> tuple[str, float, int, str]:
    program = PROGRAM.format(queries=QUERIES, limit=CHILD_LIMIT)
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, code written here
            [sys.executable, "-c", program, kind, str(delay)],
            capture_output=True,
            text=True,
            timeout=CHILD_LIMIT * 2,
            check=False,
        )
    except subprocess.TimeoutExpired:  # pragma: no cover - faulthandler ends it before
        return kind, delay, -1, "the parent hung"
    return kind, delay, done.returncode, done.stderr[-20000:]


@pytest.mark.parametrize("kind", sorted(QUERIES))
def test_a_fork_during_a_first_query_leaves_a_working_child(kind: str) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda delay: _run(kind, delay), DELAYS))
    failed = [result for result in results if result[2] != 0]
    for kind_, delay, status, err in failed:
        print(f"--- {kind_} after {delay} s: status {status}\n{err}")  # noqa: T201 - the stacks
    assert not failed, [result[:3] for result in failed]
