"""Worker processes that do not outlive their parent.

A pool's worker blocks waiting for work; if its parent is killed outright (``kill -9``), no one
tells it to stop, and it would wait for ever. `die_with_parent`, called in the worker (a pool
initializer), ends it when the parent ends.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from typing import Final

__all__ = ["die_with_parent"]

_PR_SET_PDEATHSIG: Final = 1
"""The ``prctl`` option that has Linux signal a process when its parent dies."""

_WATCH_SECONDS: Final = 1.0
"""How often a worker without ``prctl`` checks that its parent is still there."""


def die_with_parent(parent: int) -> None:
    """End this process when process ``parent`` ends, even by ``kill -9``; return at once.

    On Linux the kernel sends SIGTERM when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere a daemon thread polls the parent's id. A parent already gone ends this process
    now.
    """
    if sys.platform.startswith("linux"):
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


def _watch_parent(parent: int) -> None:
    """Exit this process as soon as its parent is no longer process ``parent``."""
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)
