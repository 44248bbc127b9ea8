"""What every command shares: the program name, exit statuses, suffixes and the streams."""

from __future__ import annotations

from typing import IO, Final, TextIO

from attrs import frozen

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_STATUS_HELP",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "JSON_SUFFIXES",
    "PROG",
    "REPORTS_PER_INPUT",
    "STDIN",
    "TEXT_SUFFIXES",
    "Streams",
    "Terminated",
    "interrupted_status",
]

PROG: Final = "uanews"
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
EXIT_TERMINATED: Final = 143

TEXT_SUFFIXES: Final = (".txt",)
"""What ``convert`` and ``show`` look for inside a directory given as input."""

JSON_SUFFIXES: Final = (".json", ".jsonl")
"""What ``render`` and ``validate`` look for inside a directory given as input."""

REPORTS_PER_INPUT: Final = 5
"""How many failures ``render`` and ``validate`` print per input before summing up the rest."""

EXIT_STATUS_HELP: Final = (
    "Exit status: 0 everything worked; 1 some input failed (each failure reported on stderr, "
    "the rest still done); 2 usage error; 130 interrupted; 143 terminated (SIGTERM)"
)

STDIN: Final = "-"
"""The command-line name of standard input (and of standard output for ``-o``)."""


@frozen
class Streams:
    """The standard streams a command writes to (real ones, or test doubles)."""

    stdin: IO[bytes]
    stdout: TextIO
    stderr: TextIO


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as for Ctrl-C (every ``except KeyboardInterrupt`` cleans up)."""


def interrupted_status(exc: KeyboardInterrupt) -> int:
    """Return the exit status for an interruption: 143 for SIGTERM, 130 for Ctrl-C."""
    return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
