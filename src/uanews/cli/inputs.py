"""Command-line inputs: files, directories, glob patterns and ``-`` for standard input.

A file named on the command line is read whatever it is, a FIFO included (read like standard
input). Inside a directory, and among the matches of a pattern, only regular files are inputs:
a dangling symbolic link, a FIFO, a directory or a device with a wanted suffix is *skipped*,
and reported as such, never passed over in silence.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Final

from attrs import define, frozen

from uanews.batch import Source
from uanews.cli.common import STDIN

__all__ = ["Expansion", "Input", "expand_inputs", "output_name"]

_GLOB_CHARS: Final = frozenset("*?[")
_SPECIAL_NAMES: Final = frozenset({"", ".", ".."})


@frozen
class Input:
    """An input resolved from the command line, with its output name for ``-o DIR/``.

    ``stem`` is the input's path (relative to the directory it was found in) without its
    suffix; `output_name` adds the output's suffix to it.
    """

    source: Source
    stem: PurePath


@define
class Expansion:
    """What the command line's inputs name.

    ``inputs`` are what to read; ``problems``, the arguments that name nothing (failures);
    ``skipped``, the entries found that cannot be inputs (warnings).
    """

    inputs: list[Input]
    problems: list[str]
    skipped: list[str]


def output_name(entry: Input, suffix: str) -> PurePath:
    """Return the name, relative to ``-o DIR/``, that ``entry`` is written to."""
    return entry.stem.with_name(entry.stem.name + suffix)


def _stem(relative: PurePath) -> PurePath:
    """Return ``relative`` without its suffix, or whole where that would leave no name."""
    name = relative.name.removesuffix(relative.suffix)
    return relative if name in _SPECIAL_NAMES else relative.with_name(name)


def _not_a_file(path: Path) -> str | None:
    """Return why ``path`` is not a regular file that can be read as an input, or None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a dangling symbolic link" if path.is_symlink() else "it no longer exists"
    except OSError as exc:
        return exc.strerror or str(exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (name it on the command line to read it)"
    return "not a regular file"


def _directory(path: Path, argument: str, suffixes: tuple[str, ...], found: Expansion) -> None:
    """Add the files under ``path`` (recursively) with one of ``suffixes`` to ``found``."""
    candidates = sorted(entry for entry in path.rglob("*") if entry.suffix in suffixes)
    before = len(found.inputs)
    for entry in candidates:
        why = _not_a_file(entry)
        if why is None:
            found.inputs.append(Input(Source(str(entry), entry), _stem(entry.relative_to(path))))
        else:
            found.skipped.append(f"{entry}: skipped: {why}")
    if len(found.inputs) == before:
        wanted = " or ".join(f"*{suffix}" for suffix in suffixes)
        found.problems.append(f"{argument}: no {wanted} file in this directory")


def _pattern(argument: str, found: Expansion) -> None:
    """Add the regular files that the glob pattern ``argument`` matches to ``found``."""
    matches = [Path(match) for match in sorted(glob.glob(argument, recursive=True))]  # noqa: PTH207 - a pattern from the user, not a path
    before = len(found.inputs)
    for match in matches:
        why = _not_a_file(match)
        if why is None:
            found.inputs.append(Input(Source(str(match), match), _stem(PurePath(match.name))))
        else:
            found.skipped.append(f"{match}: skipped: {why}")
    if len(found.inputs) == before:
        found.problems.append(f"{argument}: no file matches this pattern")


def _resolve(argument: str, suffixes: tuple[str, ...], found: Expansion) -> None:
    """Add what one command-line argument names to ``found``."""
    if argument == STDIN:
        found.inputs.append(Input(Source("<stdin>"), PurePath("stdin")))
        return
    path = Path(argument)
    if path.is_dir():
        _directory(path, argument, suffixes, found)
    elif path.exists():
        found.inputs.append(Input(Source(argument, path), _stem(PurePath(path.name))))
    elif path.is_symlink():
        found.problems.append(f"{argument}: a dangling symbolic link")
    elif _GLOB_CHARS.intersection(argument):
        _pattern(argument, found)
    else:
        found.problems.append(f"{argument}: No such file or directory")


def expand_inputs(arguments: Sequence[str], suffixes: tuple[str, ...]) -> Expansion:
    """Return the inputs that ``arguments`` name, the arguments naming none, the skipped entries.

    An argument is ``-`` (standard input), a file, a directory (searched recursively for
    ``suffixes``) or a glob pattern (expanded here, so quoting it from the shell works too).
    An input named twice is read once.
    """
    found = Expansion([], [], [])
    for argument in arguments:
        _resolve(argument, suffixes, found)
    unique: list[Input] = []
    seen: set[str] = set()
    for entry in found.inputs:
        path = entry.source.path
        key = os.path.realpath(path) if path is not None else STDIN
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    found.inputs = unique
    return found
