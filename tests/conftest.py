"""Shared test configuration: hypothesis settings profiles, and no process pool left running.

Pick one with the environment variable ``HYPOTHESIS_PROFILE`` (``dev`` when unset):
``dev`` is quick and random, ``ci`` tries more examples and is derandomized, so a CI run is
reproducible. No profile has a deadline: tests never depend on wall-clock time.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback

import pytest
from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", max_examples=400, derandomize=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# A test run started in the background by a non-interactive shell (``pytest &``) inherits
# SIGINT ignored, and so would every child process the signal tests start, which then cannot
# show what Ctrl-C does: the suite runs with Python's own SIGINT handler, as in a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


# A process pool's manager thread that outlives its test is a bug: a pool not shut down, or
# one whose workers were killed mid-write (CPython gh-94777: the thread then waits for ever on
# a half-written result, and the interpreter waits for the thread at exit). The library
# stops its pools through `uanews.batch._stop_now`, which ends that thread. A test that
# leaves one running fails, naming the thread and where it waits; and a session that still
# ends with one alive says so on stderr and exits with a failure at once, instead of hanging.
POOL_GRACE = 30.0
"""Seconds a test's leftover pool thread is given to end (it normally has ended already)."""

_EXIT_STATUS: list[int] = []


def _pool_threads() -> list[threading.Thread]:
    return [
        thread
        for thread in threading.enumerate()
        if type(thread).__name__ == "_ExecutorManagerThread" and thread.is_alive()
    ]


def _describe(threads: list[threading.Thread]) -> str:
    frames = sys._current_frames()  # noqa: SLF001 - the only way to see where a thread waits
    parts = []
    for thread in threads:
        frame = frames.get(thread.ident or -1)
        stack = "".join(traceback.format_stack(frame)) if frame is not None else "(no stack)\n"
        parts.append(f"{thread.name} ({type(thread).__name__}), waiting in:\n{stack}")
    return "".join(parts)


@pytest.fixture(autouse=True)
def _no_process_pool_left_running(request):
    before = set(_pool_threads())
    yield
    left = [thread for thread in _pool_threads() if thread not in before]
    for thread in left:
        thread.join(timeout=POOL_GRACE)
    left = [thread for thread in left if thread.is_alive()]
    if left:
        pytest.fail(
            f"{request.node.nodeid} left a process pool running:\n{_describe(left)}",
            pytrace=False,
        )


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest's hook signature
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):  # noqa: ARG001 - pytest's hook signature
    stuck = _pool_threads()
    if stuck and _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.write(
            "\n!!! a process pool's manager thread is still running at the end of the session;"
            " the interpreter would wait for it for ever at exit, so the run stops here and"
            f" fails:\n{_describe(stuck)}"
        )
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1] or 1)
