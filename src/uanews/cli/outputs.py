"""Where commands write: standard output, or files written atomically.

Every failure to write is an `OutputError`: one line naming what went wrong and the output
(``<stdout>`` or the file), never a traceback. An output that is one of the inputs is refused
before anything is read (`overwritten_inputs`).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath

from uanews.batch import OutputFormat, Sink, open_sink
from uanews.cli.common import STDIN, Streams
from uanews.cli.inputs import Input, output_name
from uanews.io import AtomicFile
from uanews.tables import Table

__all__ = [
    "STDOUT_NAME",
    "OutputError",
    "Outputs",
    "is_directory_target",
    "is_stdout",
    "output_clashes",
    "overwritten_inputs",
    "writing",
]

STDOUT_NAME = "<stdout>"
"""How messages name standard output."""

_NOT_A_DIRECTORY = frozenset({errno.ENOTDIR, errno.EEXIST})
"""What creating a missing parent directory fails with when a parent is a file."""


class OutputError(Exception):
    """Writing an output failed; ``str()`` says what went wrong and names the output."""

    def __init__(self, error: OSError, target: str) -> None:
        """Build the error from the OS error and the output's name."""
        self.error = error
        self.target = target
        if error.errno in _NOT_A_DIRECTORY:
            what = "cannot create the file: a parent directory in its path is a file"
        else:
            what = error.strerror or str(error)
        super().__init__(f"{what} ({target})")


@contextlib.contextmanager
def writing(target: str) -> Iterator[None]:
    """Turn an `OSError` inside the block into an `OutputError` naming ``target``.

    A broken pipe stays a `BrokenPipeError`: the reader went away, nothing to report.
    """
    try:
        yield
    except (BrokenPipeError, OutputError):
        raise
    except OSError as exc:
        raise OutputError(exc, target) from exc


def is_stdout(output: str | None) -> bool:
    """Return whether ``-o`` names standard output (absent, or ``-``)."""
    return output in {None, STDIN}


def is_directory_target(output: str | None) -> bool:
    """Return whether ``-o`` names a directory (it exists as one, or ends with a slash)."""
    if output is None or output == STDIN:
        return False
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def _identity(path: Path) -> tuple[int, int] | None:
    """Return the device and inode of the file at ``path``, or None if there is none."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def overwritten_inputs(targets: Iterable[tuple[str, Path]], inputs: Sequence[Input]) -> list[str]:
    """Return a message for each output in ``targets`` that is (or resolves to) an input.

    ``targets`` are (name for messages, path) pairs. Symbolic links and hard links count:
    files are compared by device and inode.
    """
    owners: dict[tuple[int, int], str] = {}
    for entry in inputs:
        if entry.source.path is not None and (key := _identity(entry.source.path)) is not None:
            owners.setdefault(key, entry.source.name)
    messages = []
    for name, path in targets:
        key = _identity(path)
        if key is not None and key in owners:
            messages.append(f"{name}: the output would overwrite the input {owners[key]}")
    return messages


class Outputs:
    """Where ``convert`` writes: stdout, one file, or one file per input in a directory.

    Every method raises `OutputError` (naming the file, or ``<stdout>``) when writing fails.
    """

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
        self.target = STDOUT_NAME if is_stdout(output) else str(output)
        self.count = 0
        if self.directory is None:
            self._open(None if is_stdout(output) else Path(str(output)))

    def target_of(self, entry: Input) -> Path | None:
        """Return the file that ``entry`` is written to in directory mode (None otherwise)."""
        if self.directory is None:
            return None
        return self.directory / output_name(entry, self.format.suffix)

    def _open(self, path: Path | None) -> None:
        with writing(self.target):
            if path is None:
                self.sink = open_sink(self.streams.stdout, self.format, table=self.table)
            else:
                file = AtomicFile(path)
                try:  # a SIGTERM (or an error) here would leave the temporary file behind
                    self.sink = open_sink(
                        file.handle, self.format, table=self.table, binary=file.binary
                    )
                except BaseException:
                    file.discard()
                    raise
                self.file = file
        self.count = 0

    def begin(self, entry: Input) -> None:
        """Start the output of one input (a new file in directory mode)."""
        path = self.target_of(entry)
        if path is not None:
            self.target = str(path)
            self._open(path)

    def add(self, text: str) -> None:
        """Write one serialised item."""
        if self.sink is not None:
            with writing(self.target):
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
        sink, file, count = self.sink, self.file, self.count
        keep = commit and count > 0
        self.file = None
        self.sink = None
        self.count = 0
        with writing(self.target):
            if file is None:
                if sink is not None:
                    sink.close()
                    self.written += count
                return
            try:
                if sink is not None:
                    if keep:
                        sink.close()
                    else:
                        sink.discard()
            except BaseException:
                file.discard()
                raise
            if keep:
                file.commit()
                self.written += count
            else:
                file.discard()


def output_clashes(inputs: Sequence[Input], suffix: str) -> list[str]:
    """Return the output names in directory mode that two inputs would both write."""
    owners: dict[PurePath, str] = {}
    clashes: list[str] = []
    for entry in inputs:
        name = output_name(entry, suffix)
        if name in owners:
            clashes.append(f"{entry.source.name} and {owners[name]} would both write {name}")
        owners.setdefault(name, entry.source.name)
    return clashes
