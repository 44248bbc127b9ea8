"""The fork server of ``--workers N`` is warmed up before it forks: workers share its tables."""

from __future__ import annotations

import gc
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import uanews
from uanews import batch
from uanews.warmup import WARM_TEXTS


def _worker_state() -> tuple[int, int]:
    """In a worker: the analysers built and the objects frozen, before it parsed anything."""
    from uanews.parser import morph  # noqa: PLC0415 - in the worker

    return morph._analyzer.cache_info().currsize, gc.get_freeze_count()  # noqa: SLF001


def test_the_samples_reach_the_quote_and_event_rules_of_both_languages():
    items = [uanews.parse(text) for text in WARM_TEXTS]
    assert [item.language for item in items] == ["uk", "ru"]
    for item in items:
        assert item.quotes
        assert item.events
        assert item.participants


def test_warming_up_builds_both_analysers_and_freezes_what_it_made():
    code = (
        "import gc\n"
        "from uanews.warmup import warm_up\n"
        "from uanews.parser import morph\n"
        "print(warm_up(), morph._analyzer.cache_info().currsize, gc.get_freeze_count() > 0)\n"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert result.stdout.split() == ["2", "2", "True"]


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here"
)
def test_workers_are_forked_from_a_warmed_up_server():
    assert "uanews.warmed" in batch.WORKER_PRELOAD
    pool = ProcessPoolExecutor(max_workers=1, mp_context=batch._worker_context())  # noqa: SLF001
    try:
        analysers, frozen = pool.submit(_worker_state).result(timeout=300)
    finally:
        pool.shutdown(wait=True)
    assert analysers == 2
    assert frozen > 0


_CONSOLE_SCRIPT = Path(sys.executable).with_name("uanews")


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods() or not _CONSOLE_SCRIPT.exists(),
    reason="no fork server or no console script here",
)
@pytest.mark.parametrize(
    ("program", "imports"),
    [([str(_CONSOLE_SCRIPT)], 2), ([sys.executable, "-m", "uanews"], 1)],
    ids=["console-script", "python-m"],
)
def test_workers_do_not_import_the_cli_again(tmp_path, program, imports):
    # Started from the console script, each worker runs it again as ``__mp_main__``; the
    # script imports ``uanews.cli``, which the fork server has imported for it (the run
    # imports it twice: here and in the server). Started by ``-m``, the workers run nothing
    # again and the server does not import the CLI (once: here). ``-X importtime`` (by its
    # variable, which every process inherits) prints a line for each process importing it.
    dump = tmp_path / "dump.txt"
    dump.write_text("\n====\n".join(WARM_TEXTS * 3), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    command = [*program, "convert", str(dump), "--format", "jsonl", "-o", str(output)]
    result = subprocess.run(  # noqa: S603 - this interpreter or its console script, fixed arguments
        [*command, "--workers", "2", "--quiet"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"},
    )
    found = [line for line in result.stderr.splitlines() if line.endswith("| uanews.cli")]
    assert len(found) == imports
    assert len(output.read_text(encoding="utf-8").splitlines()) == 6
