"""File output that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

__all__ = ["AtomicFile", "atomic_write"]

_ATTEMPTS = 100


class AtomicFile:
    """A text file written beside its target and renamed over it on `commit`.

    The text (or, through ``binary``, the bytes) goes to a temporary file in the target's
    directory (so the rename stays on one file system). `commit` flushes, fsyncs and renames it
    with `os.replace`;
    `discard` removes it and leaves the target as it was. Missing parent directories of
    the target are created.
    """

    def __init__(self, path: str | os.PathLike[str], *, encoding: str = "utf-8") -> None:
        """Create the temporary file for ``path``; nothing is visible at ``path`` yet."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, self.temporary = _create_temporary(self.path)
        try:
            self.binary: BinaryIO = os.fdopen(descriptor, "wb")
        except BaseException:
            os.close(descriptor)
            self.temporary.unlink()
            raise
        # Write text to ``handle`` or bytes to ``binary`` (Parquet), not both.
        self.handle: TextIO = io.TextIOWrapper(self.binary, encoding=encoding, newline="")
        self._done = False

    def commit(self) -> None:
        """Make the written text appear at the target path, atomically and durably."""
        if self._done:
            return
        self._done = True
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            self.temporary.replace(self.path)
        except BaseException:
            self.handle.close()
            _remove(self.temporary)
            raise
        _fsync_directory(self.path.parent)

    def discard(self) -> None:
        """Remove the temporary file; the target path is left untouched."""
        if self._done:
            return
        self._done = True
        self.handle.close()
        _remove(self.temporary)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text file whose contents replace ``path`` only if the block ends without error."""
    target = AtomicFile(path, encoding=encoding)
    try:
        yield target.handle
    except BaseException:
        target.discard()
        raise
    target.commit()


def _create_temporary(target: Path) -> tuple[int, Path]:
    """Create and open a new, uniquely named file beside ``target``; return (fd, path)."""
    for _ in range(_ATTEMPTS):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            # Mode 0o666 lets the umask decide, as a plain open() would (mkstemp forces 0o600).
            descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return descriptor, candidate
    msg = f"could not create a temporary file beside {target}"
    raise FileExistsError(msg)


def _remove(path: Path) -> None:
    """Delete ``path`` if it still exists."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable where the platform allows it."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(directory, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
