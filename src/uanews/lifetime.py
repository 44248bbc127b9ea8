"""Worker processes that do not outlive their parent.

A pool's worker blocks waiting for work; if its parent is killed outright (``kill -9``), no one
tells it to stop, and it would wait for ever. `die_with_parent`, called in the worker (a pool
initializer), ends it when the parent ends. `starting_workers` keeps the termination signals
from breaking a worker that is still starting, and `ignore_interrupts` keeps Ctrl-C (sent to
the whole process group) from giving a worker a traceback: the parent ends its workers itself.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Final

__all__ = ["die_with", "die_with_parent", "ignore_interrupts", "is_running", "starting_workers"]

_PR_SET_PDEATHSIG: Final = 1
"""The ``prctl`` option that has Linux signal a process when its parent dies."""

_WATCH_SECONDS: Final = 1.0
"""How often a worker without ``prctl`` checks that its parent is still there."""


def die_with_parent(parent: int, *, by_signal: bool = True) -> None:
    """End this process when process ``parent`` ends, even by ``kill -9``; return at once.

    On Linux the kernel sends SIGTERM when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere, or without ``by_signal``, a daemon thread polls the parent's id. A parent
    already gone ends this process now. Linux counts the *thread* that started this process
    as its parent, and signals when that thread ends: pass ``by_signal=False`` for a process
    started by any thread but the main one, which may end before the process should.
    """
    if by_signal and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            done = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) == 0
        except (OSError, AttributeError):
            done = False
        if done:
            if os.getppid() != parent:  # the parent died before the signal was set up
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def die_with(process: int) -> None:
    """End this process when process ``process`` ends, even by ``kill -9``; return at once.

    For a process that is not this one's parent (a worker forked by a fork server watches the
    process that uses the server). On Linux a daemon thread waits on a process file descriptor
    of it (``pidfd_open``: exact, whatever process ids the system reuses); elsewhere it polls
    that the process still exists. A process already gone ends this one now.
    """
    try:
        handle = os.pidfd_open(process)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # not Linux, or a kernel before 5.3
        threading.Thread(target=_watch_process, args=(process,), daemon=True).start()
        return
    threading.Thread(target=_wait_for_end, args=(handle,), daemon=True).start()


def _wait_for_end(handle: int) -> None:
    """Exit this process as soon as the process file descriptor ``handle`` is readable."""
    select.select([handle], [], [])
    os._exit(1)


def _watch_process(process: int) -> None:
    """Exit this process as soon as process ``process`` is no longer there."""
    while is_running(process):
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def is_running(pid: int) -> bool:
    """Return True when a process ``pid`` exists (this user's or another's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(parent: int) -> None:
    """Exit this process as soon as its parent is no longer process ``parent``."""
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def ignore_interrupts() -> None:
    """Ignore SIGINT in this (worker) process from now on; return at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def starting_workers() -> Iterator[None]:
    """Within the block, SIGTERM waits until its end and SIGINT is ignored; yield nothing.

    Start worker processes inside it. A SIGTERM handled while a worker is being started
    would stop this process half-way through sending the worker its start-up data (the
    worker then dies of the truncated data with a traceback); held, it is raised again
    once the block ends. A worker started meanwhile inherits the ignored SIGINT from its
    first instruction on, before any of its own code runs (SIGINT reaches the whole process
    group; the parent ends its workers itself). A Ctrl-C in these few milliseconds is lost.
    Only the main thread can set signal handlers; elsewhere the block runs unchanged.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        del frame
        held.append(signum)

    previous_term = signal.signal(signal.SIGTERM, hold)
    previous_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL if previous_int is None else previous_int)
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous_term is None else previous_term)
        if held:
            signal.raise_signal(signal.SIGTERM)
