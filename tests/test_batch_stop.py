"""Stopping a worker pool early ends its manager thread, even after a half-written result.

A worker killed while it writes a result leaves part of a message in the pool's result
pipe; the pool's manager thread, reading that message, then waits for the rest for ever,
and the interpreter waits for the thread at exit (CPython gh-94777). `uanews.batch` stops
its pools through `_stop_now`, which must leave no such thread behind.
"""

from __future__ import annotations

import multiprocessing
import struct
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest

from uanews import batch

HALF_WRITTEN = 1 << 20
"""The size the half-written message claims; only a few of its bytes are ever written."""

WAIT = 60.0
"""Seconds the test waits, at most, for a state the pool reaches in milliseconds."""


def _write_half_a_result() -> None:
    """In a pool worker: write the start of a result message, then wait to be terminated."""
    # The pool's worker loop calls this function directly; its result queue is a local there.
    result_queue = sys._getframe(1).f_locals["result_queue"]  # noqa: SLF001
    writer = result_queue._writer  # noqa: SLF001
    writer._send(struct.pack("!i", HALF_WRITTEN) + b"only the beginning")  # noqa: SLF001
    time.sleep(WAIT)


def _sleep() -> None:
    """In a pool worker: be busy until terminated."""
    time.sleep(WAIT)


def _pool(workers: int = 1) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _reading_a_message(thread: threading.Thread) -> bool:
    """Whether ``thread`` is inside a connection's ``recv`` (reading a result message)."""
    frame = sys._current_frames().get(thread.ident or -1)  # noqa: SLF001
    while frame is not None:
        if frame.f_code.co_name == "recv":
            return True
        frame = frame.f_back
    return False


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:  # pragma: no cover - the pool never got there
            pytest.fail(f"the pool never got to {what}")
        time.sleep(0.01)


def test_stopping_a_pool_stuck_on_a_half_written_result_ends_its_manager_thread():
    pool = _pool()
    future = pool.submit(_write_half_a_result)
    parts = batch._pool_parts(pool)  # noqa: SLF001
    assert parts.manager is not None
    manager = parts.manager
    # The manager thread has read the message's length and waits for the rest: gh-94777.
    _wait_for(lambda: _reading_a_message(manager), "reading the half-written message")
    batch._stop_now(pool)  # noqa: SLF001
    assert not manager.is_alive(), "the manager thread still waits for the rest of the message"
    with pytest.raises(BrokenProcessPool):
        future.result(timeout=WAIT)
    assert all(process.exitcode is not None for process in parts.processes)


def test_stopping_busy_workers_ends_the_workers_and_the_manager_thread():
    pool = _pool(workers=2)
    futures = [pool.submit(_sleep) for _ in range(2)]
    parts = batch._pool_parts(pool)  # noqa: SLF001
    _wait_for(lambda: all(future.running() for future in futures), "running both calls")
    batch._stop_now(pool)  # noqa: SLF001
    assert parts.manager is not None
    assert not parts.manager.is_alive()
    assert len(parts.processes) == 2
    assert all(process.exitcode is not None for process in parts.processes)


def test_the_pool_internals_that_stopping_needs_are_still_there():
    # `uanews.batch` reaches into ProcessPoolExecutor's private attributes (there is no
    # public way to close the result pipe); a Python that renames them fails here, loudly.
    pool = _pool()
    try:
        pool.submit(int).result(timeout=WAIT)
        parts = batch._pool_parts(pool)  # noqa: SLF001
        assert len(parts.processes) == 1
        assert all(process.is_alive() for process in parts.processes)
        assert isinstance(parts.manager, threading.Thread)
        assert parts.manager.is_alive()
        assert parts.result_writer is not None
        assert not parts.result_writer.closed
    finally:
        pool.shutdown(wait=True)
