"""File output that never leaves a half-written file behind.

A file is written to a temporary file beside its target, named
``.<target name>.<pid>.<12 hex digits>.tmp``, and renamed over the target when complete. A
temporary file left by a process that was killed (``kill -9``, a power cut) is removed the
next time uanews writes into that directory: one whose process is no longer running, or, for
the older ``.<target name>.<12 hex digits>.tmp`` names without a process id, one not modified
for `STALE_SECONDS`.

An interruption (SIGTERM, Ctrl-C) can come at any moment, even between creating a temporary
file and arming the code that would remove it. So every temporary file is listed from before
it exists until it is renamed or removed, and `remove_unfinished_temporaries` (run as each
command of the command line ends, and at exit) removes those the interrupted code left.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Final, TextIO

__all__ = [
    "STALE_SECONDS",
    "AtomicFile",
    "atomic_write",
    "remove_stale_temporaries",
    "remove_unfinished_temporaries",
]

_ATTEMPTS: Final = 100

STALE_SECONDS: Final = 600
"""A temporary file without a process id in its name is stale once unmodified this long."""

_TEMPORARY: Final = re.compile(r"\..+?\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]{12}\.tmp")
"""The names of uanews's temporary files (with a process id, or the older ones without)."""

_cleaned: set[str] = set()
"""Directories this process has already cleared of stale temporary files."""

_unfinished: dict[Path, int] = {}
"""The temporary files neither renamed nor removed yet, each with the id of its process.

A path goes in before its file is created and out only once the file is renamed or removed:
a temporary file that exists is always listed, whatever moment an interruption comes.
"""


class AtomicFile:
    """A text file written beside its target and renamed over it on `commit`.

    The text (or, through ``binary``, the bytes) goes to a temporary file in the target's
    directory (so the rename stays on one file system). `commit` flushes, fsyncs and renames it
    with `os.replace`;
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
        self._done = False
        binary, self.temporary = _create_temporary(self.path)
        self.binary: BinaryIO = binary
        try:
            # Write text to ``handle`` or bytes to ``binary`` (Parquet), not both.
            self.handle: TextIO = io.TextIOWrapper(self.binary, encoding=encoding, newline="")
        except BaseException:
            self.binary.close()
            _remove(self.temporary)
            raise

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
        _unfinished.pop(self.temporary, None)
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


def remove_unfinished_temporaries() -> int:
    """Remove the temporary files this process created and neither renamed nor removed.

    For a program at its end (the command line runs it as every command ends, and it runs at
    exit): whatever moment an interruption came, even while a file was being created or
    renamed, no temporary file of this process is left. Those of the process's parent (listed
    before a ``fork``) are the parent's to remove. An `AtomicFile` still open can no longer be
    committed. Returns how many files were removed.
    """
    process = os.getpid()
    removed = 0
    for path, owner in list(_unfinished.items()):
        if owner != process:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
        _unfinished.pop(path, None)
    return removed


atexit.register(remove_unfinished_temporaries)


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


def _create_temporary(target: Path) -> tuple[BinaryIO, Path]:
    """Create and open a new, uniquely named file beside ``target``; return (file, path)."""
    for _ in range(_ATTEMPTS):
        name = f".{target.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
        candidate = target.with_name(name)
        _unfinished[candidate] = os.getpid()  # listed before it exists: see _unfinished
        try:
            # "x": only if new (O_EXCL). A file object at once, not a bare descriptor: whatever
            # interrupts this, the descriptor is closed once (when the object goes), never twice.
            binary = open(candidate, "xb", opener=_open_new)  # noqa: SIM115 - AtomicFile closes it
        except FileExistsError:
            _unfinished.pop(candidate, None)  # another file by that name: not ours to remove
            continue
        except OSError:
            _unfinished.pop(candidate, None)  # not created
            raise
        return binary, candidate
    msg = f"could not create a temporary file beside {target}"
    raise FileExistsError(msg)


def _open_new(path: str, flags: int) -> int:
    """Open ``path`` with ``flags``; mode 0o666 lets the umask decide, as a plain open() would.

    (`tempfile.mkstemp` forces 0o600.) Returns the file descriptor.
    """
    return os.open(path, flags, 0o666)


def _close_quietly(handle: TextIO) -> None:
    """Close ``handle``; an error flushing what is left (a full disk) is of no use any more."""
    with contextlib.suppress(OSError):
        handle.close()
    if not handle.closed:  # close() failed before closing: free the descriptor at least
        with contextlib.suppress(OSError):
            os.close(handle.fileno())


def _remove(path: Path) -> None:
    """Delete the temporary file ``path`` if it still exists."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    _unfinished.pop(path, None)


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
