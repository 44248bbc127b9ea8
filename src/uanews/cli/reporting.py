"""Messages on stderr: error lines, capped failure reports and the progress bar."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from uanews.cli.common import PROG, REPORTS_PER_INPUT, Streams
from uanews.cli.inputs import Input

__all__ = [
    "CappedReports",
    "ConvertProgress",
    "plural",
    "report",
    "summary_extras",
    "wants_progress",
    "warn",
]


def plural(count: int, word: str) -> str:
    """Return ``"1 item"`` / ``"2 items"``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def report(streams: Streams, message: str) -> None:
    """Write one error line to stderr."""
    streams.stderr.write(f"{PROG}: {message}\n")
    streams.stderr.flush()


def warn(streams: Streams, message: str) -> None:
    """Write one warning line to stderr: something was read only in part, or passed over."""
    report(streams, f"warning: {message}")


def summary_extras(*, skipped: int, structure_only: int = 0) -> str:
    """Return what to add to a summary line for skipped entries and structure-only items."""
    extras = ""
    if skipped:
        extras += f", {skipped} skipped"
    if structure_only:
        extras += f", {structure_only} structure only (over --max-item-chars)"
    return extras


class CappedReports:
    """Failure reports on stderr, at most `REPORTS_PER_INPUT` per input; the rest are summed up.

    Inputs are read one after the other, so a change of input name closes the previous one.
    """

    def __init__(self, streams: Streams, limit: int = REPORTS_PER_INPUT) -> None:
        """Start with no input and nothing reported."""
        self.streams = streams
        self.limit = limit
        self.current: str | None = None
        self.shown = 0
        self.hidden = 0

    def report(self, name: str, message: str) -> None:
        """Report ``message`` about input ``name``, or only count it past the limit."""
        if name != self.current:
            self.close()
            self.current = name
        if self.shown < self.limit:
            report(self.streams, message)
            self.shown += 1
        else:
            self.hidden += 1

    def close(self) -> None:
        """Say how many reports of the current input were not shown, if any."""
        if self.hidden and self.current is not None:
            report(self.streams, f"{self.current}: and {self.hidden} more not shown")
        self.shown = 0
        self.hidden = 0


def _size(path: Path | None) -> int | None:
    """Return the size of the file at ``path`` in bytes, or None if unknown."""
    if path is None:
        return None
    try:
        return path.stat().st_size
    except OSError:
        return None


class ConvertProgress:
    """A progress bar in bytes on stderr, shown only when stderr is a terminal."""

    def __init__(self, inputs: Sequence[Input], stream: TextIO, *, enabled: bool) -> None:
        """Draw the bar on ``stream`` if ``enabled``, sized by the inputs' total bytes."""
        self.bar: Progress | None = None
        self.task = TaskID(0)
        self.read: dict[str, int] = {}
        if not enabled:
            return
        sizes = [_size(entry.source.path) for entry in inputs]
        total = None if None in sizes else sum(size or 0 for size in sizes)
        self.bar = Progress(
            TextColumn("converting"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=True,
        )
        self.task = self.bar.add_task("convert", total=total)
        self.bar.start()

    def advance(self, source: str, size: int) -> None:
        """Count ``size`` more bytes read from ``source``."""
        if self.bar is None:
            return
        self.read[source] = self.read.get(source, 0) + size
        self.bar.advance(self.task, size)

    def finish_input(self, source: str, size: int) -> None:
        """Count the rest of an input that has been read to its end."""
        self.advance(source, max(0, size - self.read.get(source, 0)))

    def stop(self) -> None:
        """Remove the bar from the terminal."""
        if self.bar is not None:
            self.bar.stop()


def wants_progress(stream: TextIO, *, quiet: bool) -> bool:
    """Return whether to draw a progress bar: only for a terminal, never when quiet."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())
