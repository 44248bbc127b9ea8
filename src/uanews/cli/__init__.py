"""The ``uanews`` command: convert, render, validate, schema and show.

Every subcommand is a function from parsed arguments and the standard streams to an exit code:
0 when everything worked, 1 when some input failed (each failure is reported on stderr as
``uanews: <file>: <message>`` and the rest still runs), 2 for usage errors.

One module per command (`convert`, `render`, `validate`, `schema`, `show`), each with a
``register`` that adds its sub-parser and a ``run`` that carries it out; `inputs` expands the
command line's inputs, `outputs` writes (atomically), `reporting` writes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import IO, TextIO

from uanews.cli import convert, render, schema, show, validate
from uanews.cli.arguments import version
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    PROG,
    REPORTS_PER_INPUT,
    Streams,
    Terminated,
    interrupted_status,
)
from uanews.cli.inputs import expand_inputs
from uanews.cli.json_input import NOT_JSON
from uanews.cli.outputs import STDOUT_NAME, OutputError, writing
from uanews.cli.reporting import report
from uanews.io import remove_unfinished_temporaries

__all__ = ["NOT_JSON", "REPORTS_PER_INPUT", "build_parser", "expand_inputs", "main"]


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``uanews`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Ukrainian news as plain text in, clean typed data out.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command. {EXIT_STATUS_HELP}.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {version()}", help="print the version"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    for command in (convert, render, validate, schema, show):
        command.register(commands.add_parser)
    return parser


class _ClosedInput(io.BufferedIOBase):
    """Standard input when the process started without one (``<&-``): reading fails."""

    def readable(self) -> bool:
        """Return True: reading is what fails, with a clear message."""
        return True

    def read(self, size: int | None = -1, /) -> bytes:
        """Raise `OSError`: there is nothing to read from."""
        del size
        raise OSError(errno.EBADF, "standard input is closed")


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process started without one (``>&-``): writing fails."""

    def write(self, text: str) -> int:
        """Raise `OSError`: there is nowhere to write to."""
        del text
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        """Do nothing: nothing was written."""


class _Discard(io.TextIOBase):
    """Standard error when the process started without one (``2>&-``): messages are dropped."""

    def write(self, text: str) -> int:
        """Drop ``text``; return its length."""
        return len(text)


def _streams() -> Streams:
    """Return the process's standard streams, with stand-ins for those it was started without."""
    stdin: IO[bytes] = sys.stdin.buffer if sys.stdin is not None else _ClosedInput()  # type: ignore[assignment]  # a raw binary stream
    stdout: TextIO = sys.stdout if sys.stdout is not None else _ClosedOutput()  # type: ignore[assignment]  # a text stream
    stderr: TextIO = sys.stderr if sys.stderr is not None else _Discard()  # type: ignore[assignment]  # a text stream
    return Streams(stdin=stdin, stdout=stdout, stderr=stderr)


def _silence_stdout() -> None:
    """Point standard output at the null device, so that exiting flushes nothing more to it."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises `Terminated` (a KeyboardInterrupt), as Ctrl-C does.

    Only the main thread can set signal handlers; elsewhere the block runs unchanged.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        del signum, frame
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``uanews`` command with ``argv`` (default: the process arguments); return status.

    Nothing escapes as a traceback: SIGTERM and Ctrl-C stop the run cleanly (status 143 and
    130), and an error writing an output is one line, ``uanews: error: <what> (<path>)``.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # argparse exits for --help, --version (0) and usage errors (2): return that status.
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    streams = _streams()
    try:
        with _sigterm_as_interrupt():
            try:
                return _run(args, streams)
            finally:
                # An interruption can come at any moment, even between creating a temporary
                # file and arming the code that removes it: remove what is left.
                remove_unfinished_temporaries()
    except KeyboardInterrupt as exc:
        remove_unfinished_temporaries()  # again: a second signal may have cut it short
        return interrupted_status(exc)


def _run(args: argparse.Namespace, streams: Streams) -> int:
    """Run the command ``args`` chose; return its status, or 1 if writing an output failed."""
    handler: Callable[[argparse.Namespace, Streams], int] = args.handler
    try:
        status = handler(args, streams)
        with writing(STDOUT_NAME):
            streams.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``uanews convert ... | head``): stop quietly, as cat does.
        _silence_stdout()
        return EXIT_FAILED
    except OutputError as exc:
        report(streams, f"error: {exc}")
        if exc.target == STDOUT_NAME:
            _silence_stdout()
        return EXIT_FAILED
    except OSError as exc:
        where = exc.filename if exc.filename is not None else "?"
        report(streams, f"error: {exc.strerror or exc} ({where})")
        return EXIT_FAILED
    return status
