"""File output that never leaves a half-written file behind.

A file is written to a temporary file beside its target, named
``.<target name>.<pid>.<12 hex digits>.tmp``, and renamed over the target when complete. A
temporary file left by a process that was killed (``kill -9``, a power cut) is removed the
next time uanews writes into that directory: one whose process is no longer running, or, for
the older ``.<target name>.<12 hex digits>.tmp`` names without a process id, one not modified
for `STALE_SECONDS`.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

__all__ = ["STALE_SECONDS", "AtomicFile", "atomic_write", "remove_stale_temporaries"]

_ATTEMPTS: Final = 100

STALE_SECONDS: Final = 600
"""A temporary file without a process id in its name is stale once unmodified this long."""

_TEMPORARY: Final = re.compile(r"\..+?\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]{12}\.tmp")
"""The names of uanews's temporary files (with a process id, or the older ones without)."""

_cleaned: set[str] = set()
"""Directories this process has already cleared of stale temporary files."""


class AtomicFile:
    """A text file written beside its target and renamed over it on `commit`.

    The text goes to a temporary file in the target's directory (so the rename stays on one file
    system). `commit` flushes, fsyncs and renames it with `os.replace`;
    `discard` removes it and leaves the target as it was. Missing parent directories of
    the target are created. A target that exists keeps its permission bits; a new one gets
    those a plain ``open()`` would give (the umask decides).
    """

    def __init__(self, path: str | os.PathLike[str], *, encoding: str = "utf-8") -> None:
        """Create the temporary file for ``path``; nothing is visible at ``path`` yet."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.path.parent, once=True)
        self.mode = _mode_of(self.path)
        descriptor, self.temporary = _create_temporary(self.path)
        try:
            self.handle: TextIO = os.fdopen(descriptor, "w", encoding=encoding, newline="")
        except BaseException:
            os.close(descriptor)
            self.temporary.unlink()
            raise
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
            if self.mode is not None:
                self.temporary.chmod(self.mode)
            self.temporary.replace(self.path)
        except BaseException:
            _close_quietly(self.handle)
            _remove(self.temporary)
            raise
        _fsync_directory(self.path.parent)

    def discard(self) -> None:
        """Remove the temporary file; the target path is left untouched."""
        if self._done:
            return
        self._done = True
        try:
            _close_quietly(self.handle)
        finally:
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


def remove_stale_temporaries(directory: str | os.PathLike[str], *, once: bool = False) -> int:
    """Remove the stale temporary files of uanews in ``directory``; return how many.

    Stale means left by a process that is no longer running (the process id is in the name),
    or, for a name without one, not modified for `STALE_SECONDS`. With ``once``, a directory
    already cleared by this process is not scanned again. Files that cannot be removed are
    left alone.
    """
    key = os.path.realpath(directory)
    if once and key in _cleaned:
        return 0
    _cleaned.add(key)
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        found = _TEMPORARY.fullmatch(entry.name)
        if found is None or not _is_stale(entry, found.group("pid")):
            continue
        with contextlib.suppress(OSError):
            Path(entry.path).unlink()
            removed += 1
    return removed


def _is_stale(entry: os.DirEntry[str], pid: str | None) -> bool:
    """Return whether the temporary file ``entry`` (of process ``pid``) is left over."""
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        modified = entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if pid is None:
        return time.time() - modified > STALE_SECONDS
    return not _is_running(int(pid))


def _is_running(pid: int) -> bool:
    """Return whether a process with id ``pid`` runs on this machine (True if unsure)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # no permission to signal it: it exists; or no such id
        return True
    return True


def _mode_of(path: Path) -> int | None:
    """Return the permission bits of the existing file at ``path``, or None if there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return stat.S_IMODE(status.st_mode) if stat.S_ISREG(status.st_mode) else None


def _create_temporary(target: Path) -> tuple[int, Path]:
    """Create and open a new, uniquely named file beside ``target``; return (fd, path)."""
    for _ in range(_ATTEMPTS):
        name = f".{target.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
        candidate = target.with_name(name)
        try:
            # Mode 0o666 lets the umask decide, as a plain open() would (mkstemp forces 0o600).
            descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return descriptor, candidate
    msg = f"could not create a temporary file beside {target}"
    raise FileExistsError(msg)


def _close_quietly(handle: TextIO) -> None:
    """Close ``handle``; an error flushing what is left (a full disk) is of no use any more."""
    with contextlib.suppress(OSError):
        handle.close()
    if not handle.closed:  # close() failed before closing: free the descriptor at least
        with contextlib.suppress(OSError):
            os.close(handle.fileno())


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
