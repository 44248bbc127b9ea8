"""SIGTERM stops a conversion cleanly (exit 143, no temporary file); workers die with it.

These run ``python -m uanews`` in a child process and signal it mid-run. They wait for
processes with generous timeouts but assert nothing about how long anything takes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_support import SEPARATOR, jsonl, run
from uanews.io import STALE_SECONDS, remove_stale_temporaries
from uanews.lifetime import starting_workers

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc; parent-death signal is Linux's"
)

PATIENCE = 120.0
"""Seconds to wait for a child process to reach a state before the test gives up."""


def _big_dump(path: Path, count: int = 3000) -> Path:
    items = [
        f"Новина {number}: міська рада ухвалила бюджет\n\n"
        f"«Ми виділимо кошти на ремонт доріг», — сказав голова комісії Іван Петренко {number}."
        for number in range(count)
    ]
    path.write_text(SEPARATOR.join(items), encoding="utf-8")
    return path


def _wait_for(condition, what):
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _descendants(pid: int) -> list[int]:
    """Return the processes below ``pid``: its children, theirs, and so on.

    The workers of ``--workers N`` are the children of a fork server, the converting
    process's child (beside multiprocessing's resource tracker).
    """
    found = []
    waiting = [pid]
    while waiting:
        children = _children(waiting.pop())
        found.extend(children)
        waiting.extend(children)
    return found


def _workers(pid: int) -> list[int]:
    """Return the worker processes of the conversion ``pid``: those below one of its children."""
    return [worker for child in _children(pid) for worker in _descendants(child)]


def _gone(pid: int) -> bool:
    """Return whether process ``pid`` has ended (exited, or a zombie nobody reaped yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in {"Z", "X"}


def _temporaries(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name.endswith(".tmp"))


def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[bytes], Path]:
    dump = _big_dump(tmp_path / "big.txt")
    target = tmp_path / "out" / "all.jsonl"
    command = [sys.executable, "-m", "uanews", "convert", str(dump), "-o", str(target), *extra]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603 - our interpreter, our arguments
    _wait_for(lambda: target.parent.exists() and _temporaries(target.parent), "a temporary file")
    return child, target


def test_sigterm_cleans_up_and_exits_143(tmp_path):
    child, target = _start(tmp_path, "-q")
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=PATIENCE)
    assert child.returncode == 143
    assert b"Traceback" not in err
    assert not target.exists()
    assert _temporaries(target.parent) == []


def test_sigterm_with_workers_stops_them_too(tmp_path):
    child, target = _start(tmp_path, "-q", "--workers", "2")
    _wait_for(lambda: len(_workers(child.pid)) >= 2, "the worker processes")
    workers = _descendants(child.pid)  # the workers, the fork server, the resource tracker
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=PATIENCE)
    assert child.returncode == 143
    assert b"Traceback" not in err
    assert _temporaries(target.parent) == []
    for worker in workers:
        _wait_for(lambda worker=worker: _gone(worker), f"worker {worker} to end")


def test_workers_die_with_a_killed_parent_and_its_temporary_file_goes_next_time(tmp_path, capsys):
    child, target = _start(tmp_path, "-q", "--workers", "2")
    _wait_for(lambda: len(_workers(child.pid)) >= 2, "the worker processes")
    workers = _descendants(child.pid)  # the workers, the fork server, the resource tracker
    child.kill()
    child.communicate(timeout=PATIENCE)
    for worker in workers:
        _wait_for(lambda worker=worker: _gone(worker), f"orphaned worker {worker} to end")
    left = _temporaries(target.parent)
    assert len(left) == 1  # kill -9 gives no chance to clean up ...
    small = tmp_path / "small.txt"
    small.write_text("Заголовок\n\nКороткий текст новини.", encoding="utf-8")
    assert run(["convert", small, "-o", target, "-q", "--no-extract"], capsys)[0] == 0
    assert _temporaries(target.parent) == []  # ... but the next run beside it does
    assert len(jsonl(target.read_text("utf-8"))) == 1


def _dead_pid() -> int:
    """Return the id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_stale_temporary_files_are_removed(tmp_path):
    dead = tmp_path / f".out.jsonl.{_dead_pid()}.0123456789ab.tmp"
    alive = tmp_path / f".out.jsonl.{os.getppid()}.0123456789ab.tmp"
    old = tmp_path / ".out.jsonl.00112233aabb.tmp"
    recent = tmp_path / ".other.jsonl.ffeeddccbbaa.tmp"
    unrelated = tmp_path / ".out.jsonl.notours.tmp"
    for path in (dead, alive, old, recent, unrelated):
        path.write_text("partial", encoding="utf-8")
    an_hour_ago = time.time() - STALE_SECONDS - 60
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert remove_stale_temporaries(tmp_path) == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        path.name for path in (alive, recent, unrelated)
    )


def test_the_watchdog_ends_a_worker_whose_parent_was_killed(tmp_path):
    # The path taken where prctl is missing: a thread polling the parent's process id.
    pid_file = tmp_path / "grandchild.pid"
    grandchild = (
        "import os, pathlib, sys, time\n"
        "from uanews import lifetime\n"
        "pathlib.Path(sys.argv[1]).write_text(str(os.getpid()))\n"
        "lifetime._watch_parent(os.getppid())\n"
    )
    parent = (
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, '-c', {grandchild!r}, sys.argv[1]])\n"
        "time.sleep(600)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", parent, str(pid_file)])  # noqa: S603 - our interpreter, our code
    _wait_for(lambda: pid_file.exists() and pid_file.read_text(), "the grandchild to start")
    worker = int(pid_file.read_text())
    child.kill()
    child.wait(timeout=PATIENCE)
    _wait_for(lambda: _gone(worker), f"orphan {worker} to notice and end")


def test_a_sigterm_while_workers_start_waits_for_the_end_of_the_start():
    seen = []
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: seen.append(signum))
    try:
        with starting_workers():
            os.kill(os.getpid(), signal.SIGTERM)
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # what a new worker inherits
            time.sleep(0.01)  # room for the handler to run, were it not held
            assert seen == []
        assert seen == [signal.SIGTERM]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.mark.parametrize("watch", ["die_with", "_watch_process"])
def test_a_worker_watching_another_process_ends_with_it(tmp_path, watch):
    # A worker forked by the fork server watches the converting process, not its parent:
    # by a pidfd (die_with) or, where there is none, by polling (_watch_process).
    watched = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    ready = tmp_path / "watching"
    code = (
        "import pathlib, sys, time\n"
        "from uanews import lifetime\n"
        f"target = lifetime.{watch}\n"
        "if target is lifetime._watch_process:\n"
        "    import threading\n"
        "    threading.Thread(target=target, args=(int(sys.argv[1]),), daemon=True).start()\n"
        "else:\n"
        "    target(int(sys.argv[1]))\n"
        "pathlib.Path(sys.argv[2]).write_text('yes')\n"
        "time.sleep(600)\n"
    )
    watcher = subprocess.Popen([sys.executable, "-c", code, str(watched.pid), str(ready)])  # noqa: S603 - our interpreter, our code
    try:
        _wait_for(ready.exists, "the watcher to start watching")
        assert watcher.poll() is None  # alive while the watched process is
        watched.kill()
        watched.wait(timeout=PATIENCE)
        assert watcher.wait(timeout=PATIENCE) == 1
    finally:
        for process in (watched, watcher):
            if process.poll() is None:
                process.kill()
                process.wait()


def test_a_worker_told_to_watch_a_process_already_gone_ends_at_once():
    gone = _dead_pid()
    code = f"from uanews import lifetime\nlifetime.die_with({gone})\nimport time; time.sleep(600)\n"
    watcher = subprocess.run([sys.executable, "-c", code], timeout=PATIENCE, check=False)  # noqa: S603 - our interpreter, our code
    assert watcher.returncode == 1
