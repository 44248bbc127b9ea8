"""A SIGTERM or Ctrl-C at any moment of a conversion leaves no temporary file, no traceback.

The signal is raised at one moment of ``uanews convert ... -o FILE`` (or ``-o DIR/``, one
file per input) per run, through
`sys.settrace`: each moment where CPython runs a signal handler (a function's start, a loop's
back edge, the return of a call) in the command line's code and in `uanews.io`, from the
moment the output's temporary file exists to the end of the command. It is the deterministic
form of a signal that happens to arrive then (``kill`` from outside lands at such a moment
only by luck of timing, as under a loaded machine). No wall-clock time is involved.
"""

from __future__ import annotations

import dis
import functools
import gc
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest

import uanews.__main__ as uanews_main
from cli_support import jsonl, write_dump
from uanews import cli, io
from uanews.cli.common import EXIT_INTERRUPTED

_IO = io.__file__
_CLI = str(Path(cli.__file__).parent) + os.sep


_STATUS = {signal.SIGTERM: 143, signal.SIGINT: 130}

Tracer = Callable[[FrameType, str, Any], Any]


@functools.cache
def _handler_points(code: CodeType) -> frozenset[int]:
    """Return the offsets in ``code`` where CPython checks for a signal to handle."""
    points = set()
    after_call = False
    for instruction in dis.get_instructions(code):
        if after_call or instruction.opname in {"RESUME", "JUMP_BACKWARD"}:
            points.add(instruction.offset)
        after_call = instruction.opname.startswith("CALL")
    return frozenset(points)


class _Killed(BaseException):
    """SIGTERM came with its default action: the process would have ended there and then."""


def _killed(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise _Killed


def _watched(code: CodeType) -> bool:
    """Return whether every moment of ``code`` gets the signal: file output, the command line.

    Not those of `uanews.cli.main` itself: once it has returned, a signal is its caller's.
    """
    if code is cli.main.__code__:
        return False
    return code.co_filename == _IO or code.co_filename.startswith(_CLI)


class _Moments:
    """A trace function that counts the moments after ``directory`` holds a temporary file.

    With ``signal_at``, it raises ``signum`` at that moment (the handler runs then).
    """

    def __init__(self, directory: Path, signum: int, signal_at: int | None) -> None:
        self.directory = directory
        self.signum = signum
        self.signal_at = signal_at
        self.count = 0
        self.armed = False
        self.fired = False

    def trace(self, frame: FrameType, event: str, arg: object) -> Tracer | None:
        if not _watched(frame.f_code):
            return None
        frame.f_trace_opcodes = True
        return self.moment(frame, event, arg)

    def moment(self, frame: FrameType, event: str, arg: object) -> Tracer | None:
        del arg
        if not self.armed and frame.f_code.co_filename == _IO:
            self.armed = any(path.suffix == ".tmp" for path in self.directory.iterdir())
        if (
            self.armed
            and not self.fired
            and event == "opcode"
            and frame.f_lasti in _handler_points(frame.f_code)
        ):
            if self.count == self.signal_at:
                self.fired = True
                signal.raise_signal(self.signum)  # the Python-level handler runs here
            self.count += 1
        return self.moment


def _convert(
    tmp_path: Path, output: str, signum: int, signal_at: int | None
) -> tuple[_Moments, object]:
    """Run the conversion to ``output`` traced; return the tracer and the status (or what
    escaped main)."""
    dump = write_dump(tmp_path / "in.txt", ["Заголовок\n\nКороткий текст новини про ремонт.\n"])
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    for path in out.iterdir():
        path.unlink()
    moments = _Moments(out, signum, signal_at)
    target = str(out / output) if output else str(out) + os.sep
    argv = ["convert", str(dump), "-o", target, "-q", "--no-extract"]
    previous_term = signal.signal(signal.SIGTERM, _killed)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    outcome: object
    # A file object the signal kept from its owner is closed when collected, with a warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            sys.settrace(moments.trace)
            try:
                outcome = cli.main(argv)
            finally:
                sys.settrace(None)
        except BaseException as exc:  # noqa: BLE001 - what escapes main is what is checked
            outcome = type(exc)
        finally:
            signal.signal(signal.SIGTERM, previous_term)
            signal.signal(signal.SIGINT, previous_int)
    return moments, outcome


@pytest.mark.parametrize(
    ("signum", "output", "written"),
    [
        (signal.SIGTERM, "all.jsonl", "all.jsonl"),
        (signal.SIGINT, "all.jsonl", "all.jsonl"),
        (signal.SIGTERM, "", "in.jsonl"),  # -o DIR/: the file is opened inside the loop
    ],
    ids=["sigterm", "sigint", "sigterm-directory"],
)
def test_a_signal_at_any_moment_leaves_no_temporary_file_and_no_traceback(
    tmp_path, capsys, signum, output, written
):
    moments, outcome = _convert(tmp_path, output, signum, None)
    assert outcome == 0
    total = moments.count
    assert total > 50  # the file's creation, the conversion, the commit and the command's end
    out = tmp_path / "out"
    for moment in range(total):
        moments, outcome = _convert(tmp_path, output, signum, moment)
        assert moments.fired, moment
        left = sorted(path.name for path in out.iterdir())
        where = f"signal at moment {moment} of {total}: {outcome!r}, {left}"
        assert not [name for name in left if name.endswith(".tmp")], where
        # Stopped cleanly, or (SIGTERM once main restored its default action) killed outright.
        assert outcome == _STATUS[signum] or (outcome is _Killed and signum == signal.SIGTERM), (
            where
        )
        assert left in ([], [written]), where
        if left:  # committed before the signal: whole, never part of it
            assert len(jsonl((out / written).read_text("utf-8"))) == 1, where
        assert "Traceback" not in capsys.readouterr().err, where
    with warnings.catch_warnings():  # what is left in reference cycles goes here, not later
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


_INTERRUPT_IMPORT = """
import importlib.abc, runpy, signal, sys

module, entry = sys.argv[1:]

class Interrupt(importlib.abc.MetaPathFinder):
    # Ctrl-C at the moment the command line's code imports the module.
    def find_spec(self, name, path=None, target=None):
        if name == module:
            sys.meta_path.remove(self)
            signal.raise_signal(signal.SIGINT)

sys.meta_path.insert(0, Interrupt())
sys.argv = ["uanews", "--version"]
if entry == "module":
    runpy.run_module("uanews", run_name="__main__", alter_sys=True)
else:
    from uanews.__main__ import run
    sys.exit(run())
"""


@pytest.mark.parametrize("entry", ["module", "script"])
def test_a_ctrl_c_while_the_command_is_imported_is_status_130_without_traceback(entry):
    # python -m uanews, and the uanews script (uanews.__main__:run); --version would exit 0.
    command = [sys.executable, "-c", _INTERRUPT_IMPORT, "uanews.batch", entry]
    done = subprocess.run(command, capture_output=True, timeout=120, check=False)  # noqa: S603 - our interpreter, our code
    assert done.returncode == EXIT_INTERRUPTED, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stdout == b""


def test_a_ctrl_c_that_python_wrapped_while_a_class_was_made_is_status_130(monkeypatch):
    # Python 3.11 turns what __set_name__ raises into a RuntimeError caused by it.
    def wrapped():
        message = "Error calling __set_name__"
        raise RuntimeError(message) from KeyboardInterrupt()

    monkeypatch.setattr(cli, "main", wrapped)
    assert uanews_main.run() == EXIT_INTERRUPTED  # the status main gives a Ctrl-C


def test_any_other_runtime_error_is_not_taken_for_a_ctrl_c(monkeypatch):
    def broken():
        message = "a bug"
        raise RuntimeError(message)

    monkeypatch.setattr(cli, "main", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        uanews_main.run()
