"""Ctrl-C and early stops: workers are terminated, not waited for, and the summary is true."""

from __future__ import annotations

import multiprocessing
import signal
import threading

import pytest

from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, run, write_dump
from uanews.batch import ConvertOptions, Source, convert_events, read_events
from uanews.cli import convert, outputs, reporting
from uanews.cli.common import Terminated


def _many_items(tmp_path, count=400):
    texts = example_items_text()
    return write_dump(
        tmp_path / "many.txt", [texts[number % len(texts)] for number in range(count)]
    )


def _workers():
    # Forked by the fork server where there is one (``ForkServerProcess-N``), else spawned.
    return [
        child
        for child in multiprocessing.active_children()
        if child.name.startswith(("ForkServer", "Spawn"))
    ]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, GeneratorExit])
def test_stopping_the_conversion_terminates_the_busy_workers(tmp_path, stop):
    dump = _many_items(tmp_path)
    events = read_events([Source(str(dump), dump)])
    results = convert_events(events, ConvertOptions(), workers=2)
    try:
        next(results)  # the first batch is done; the other batches in flight are being parsed
        workers = _workers()
        if stop is KeyboardInterrupt:
            with pytest.raises(KeyboardInterrupt):
                results.throw(KeyboardInterrupt())
    finally:
        results.close()
    assert workers
    # Killed by a signal (a negative exit code), not left to finish their batches and exit 0.
    codes = [worker.exitcode for worker in workers]
    assert all(code in {-signal.SIGTERM, -signal.SIGKILL} for code in codes), codes
    assert _workers() == []


def test_a_conversion_that_runs_to_its_end_lets_the_workers_exit_normally(tmp_path):
    dump = write_dump(tmp_path / "few.txt", example_items_text())
    results = convert_events(read_events([Source(str(dump), dump)]), ConvertOptions(), workers=2)
    try:
        first = next(results)
        workers = _workers()
        rest = list(results)
    finally:
        results.close()
    assert [outcome.ok for _, outcome in [first, *rest] if outcome is not None] == [True, True]
    assert workers
    assert all(worker.exitcode == 0 for worker in workers)


def test_workers_started_by_a_thread_that_ends_outlive_it(tmp_path):
    # Linux's parent-death signal follows the thread that started a process: workers
    # started by a thread that ends must not be ended with it (the consumer would get a
    # broken pool), only with the process.
    dump = _many_items(tmp_path, count=60)
    events = read_events([Source(str(dump), dump)])
    results = convert_events(events, ConvertOptions(extract=False), workers=2)
    first = []
    starter = threading.Thread(target=lambda: first.append(next(results)))
    starter.start()
    starter.join()
    try:
        workers = _workers()
        rest = list(results)
    finally:
        results.close()
    assert workers
    outcomes = [outcome for _, outcome in [*first, *rest] if outcome is not None]
    assert len(outcomes) == 60
    assert all(outcome.ok for outcome in outcomes)
    assert all(worker.exitcode == 0 for worker in workers), [w.exitcode for w in workers]


def _interrupt_after(monkeypatch, count):
    """Make the output raise KeyboardInterrupt (Ctrl-C) when item ``count + 1`` is added."""
    add = outputs.Outputs.add
    added = []

    def interrupted(self, text):
        if len(added) == count:
            raise KeyboardInterrupt
        added.append(text)
        add(self, text)

    monkeypatch.setattr(outputs.Outputs, "add", interrupted)


def test_ctrl_c_with_an_output_file_writes_and_counts_nothing(tmp_path, capsys, monkeypatch):
    _interrupt_after(monkeypatch, 1)
    target = tmp_path / "out.jsonl"
    status, _, err = run(["convert", EXAMPLE_DUMP, "-o", target, "-j", "2"], capsys)
    assert status == 130
    assert list(tmp_path.iterdir()) == []
    assert err == "interrupted: converted 0 items from 0 files, 0 failed\n"


def test_ctrl_c_on_stdout_counts_the_lines_already_written(capsys, monkeypatch):
    _interrupt_after(monkeypatch, 1)
    status, out, err = run(["convert", EXAMPLE_DUMP], capsys)
    assert status == 130
    assert len(jsonl(out)) == 1
    assert err == "interrupted: converted 1 item from 0 files, 0 failed\n"


def test_ctrl_c_in_directory_mode_keeps_and_counts_the_finished_files(
    tmp_path, capsys, monkeypatch
):
    dumps = tmp_path / "in"
    write_dump(dumps / "a.txt", example_items_text())
    write_dump(dumps / "b.txt", example_items_text())
    _interrupt_after(monkeypatch, 3)  # a.txt's two items, then one of b.txt's
    out = tmp_path / "out"
    status, _, err = run(["convert", dumps, "-o", f"{out}/"], capsys)
    assert status == 130
    assert [path.name for path in out.iterdir()] == ["a.jsonl"]
    assert err == "interrupted: converted 2 items from 1 file, 0 failed\n"


def test_a_sigterm_while_the_run_is_set_up_leaves_no_temporary_file(tmp_path, capsys, monkeypatch):
    # The output's temporary file exists from the start; a SIGTERM that comes in while the
    # rest of the run is set up (the progress display here) must remove it all the same.
    class TerminatedWhileStarting(reporting.ConvertProgress):
        def __init__(self, *_args, **_kwargs):
            raise Terminated

    monkeypatch.setattr(convert, "ConvertProgress", TerminatedWhileStarting)
    target = tmp_path / "out" / "all.jsonl"
    status, _, _ = run(["convert", EXAMPLE_DUMP, "-o", target], capsys)
    assert status == 143
    assert list(target.parent.iterdir()) == []


def test_a_sink_that_cannot_be_opened_leaves_no_temporary_file(tmp_path, capsys, monkeypatch):
    def terminated(*_args, **_kwargs):
        raise Terminated

    monkeypatch.setattr(outputs, "open_sink", terminated)
    target = tmp_path / "out" / "all.jsonl"
    status, _, _ = run(["convert", EXAMPLE_DUMP, "-o", target], capsys)
    assert status == 143
    assert list(target.parent.iterdir()) == []
