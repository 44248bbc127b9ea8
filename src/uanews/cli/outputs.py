"""Where commands write: standard output, or files written atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePath

from uanews.batch import OutputFormat, Sink, open_sink
from uanews.cli.common import STDIN, Streams
from uanews.cli.inputs import Input
from uanews.io import AtomicFile
from uanews.tables import Table

__all__ = ["Outputs", "is_directory_target", "is_stdout", "output_clashes"]


def is_stdout(output: str | None) -> bool:
    """Return whether ``-o`` names standard output (absent, or ``-``)."""
    return output in {None, STDIN}


def is_directory_target(output: str | None) -> bool:
    """Return whether ``-o`` names a directory (it exists as one, or ends with a slash)."""
    if output is None or output == STDIN:
        return False
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


class Outputs:
    """Where ``convert`` writes: stdout, one file, or one file per input in a directory."""

    def __init__(
        self,
        output: str | None,
        output_format: OutputFormat,
        streams: Streams,
        *,
        table: Table = Table.ITEMS,
    ) -> None:
        """Open the single output now (stdout or ``-o FILE``); ``-o DIR/`` opens per input.

        A file is written only if an item was added to it. ``written`` counts the items
        really written: in committed files and on stdout.
        """
        self.output = output
        self.format = output_format
        self.table = table
        self.streams = streams
        self.written = 0
        self.directory = Path(output) if output and is_directory_target(output) else None
        self.file: AtomicFile | None = None
        self.sink: Sink | None = None
        self.count = 0
        if self.directory is None:
            self._open(None if is_stdout(output) else Path(str(output)))

    def _open(self, path: Path | None) -> None:
        if path is None:
            self.sink = open_sink(self.streams.stdout, self.format, table=self.table)
        else:
            self.file = AtomicFile(path)
            self.sink = open_sink(
                self.file.handle, self.format, table=self.table, binary=self.file.binary
            )
        self.count = 0

    def begin(self, entry: Input) -> None:
        """Start the output of one input (a new file in directory mode)."""
        if self.directory is not None:
            self._open(self.directory / entry.stem.with_suffix(self.format.suffix))

    def add(self, text: str) -> None:
        """Write one serialised item."""
        if self.sink is not None:
            self.sink.add(text)
            self.count += 1

    def end(self) -> None:
        """Finish one input's file in directory mode; an input without items gets none."""
        if self.directory is not None:
            self._close(commit=True)

    def finish(self, *, commit: bool) -> None:
        """Finish the single output (or abandon the pending file when ``commit`` is false)."""
        self._close(commit=commit)

    def _close(self, *, commit: bool) -> None:
        """Close the current output; a file is kept only if ``commit`` and it holds an item."""
        keep = commit and self.count > 0
        if self.sink is not None:
            if keep or self.file is None:
                self.sink.close()
            else:
                self.sink.discard()
        if self.file is not None:
            if keep:
                self.file.commit()
            else:
                self.file.discard()
        if self.sink is not None and (keep or self.file is None):
            self.written += self.count
        self.count = 0
        self.file = None
        self.sink = None


def output_clashes(inputs: Sequence[Input], suffix: str) -> list[str]:
    """Return the output names in directory mode that two inputs would both write."""
    owners: dict[PurePath, str] = {}
    clashes: list[str] = []
    for entry in inputs:
        name = entry.stem.with_suffix(suffix)
        if name in owners:
            clashes.append(f"{entry.source.name} and {owners[name]} would both write {name}")
        owners.setdefault(name, entry.source.name)
    return clashes
