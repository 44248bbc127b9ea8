"""Shared test configuration: hypothesis settings profiles.

Pick one with the environment variable ``HYPOTHESIS_PROFILE`` (``dev`` when unset):
``dev`` is quick and random, ``ci`` tries more examples and is derandomized, so a CI run is
reproducible. No profile has a deadline: tests never depend on wall-clock time.
"""

from __future__ import annotations

import os
import sys
import threading

import pytest
from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", max_examples=400, derandomize=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# A process pool whose workers were killed mid-write can leave its manager thread waiting for
# ever on a half-written result (CPython gh-94777), and the interpreter joins that thread at
# exit. The library closes its end of the pipe when it stops a pool (`uanews.batch`), but a
# run of the suite has still been seen to hang there after every test passed: until that is
# found, a session that ends with such a thread still alive exits with its own status at once
# instead of hanging CI. The tests' results are not touched.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest's hook signature
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):  # noqa: ARG001 - pytest's hook signature
    stuck = [
        thread
        for thread in threading.enumerate()
        if type(thread).__name__ == "_ExecutorManagerThread" and thread.is_alive()
    ]
    if stuck and _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
