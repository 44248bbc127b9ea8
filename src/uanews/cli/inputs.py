"""Command-line inputs: files, directories, glob patterns and ``-`` for standard input."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Final

from attrs import frozen

from uanews.batch import Source
from uanews.cli.common import STDIN

__all__ = ["Input", "expand_inputs"]

_GLOB_CHARS: Final = frozenset("*?[")


@frozen
class Input:
    """An input resolved from the command line, with its output name for ``-o DIR/``."""

    source: Source
    stem: PurePath


def _directory_files(directory: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Return the files under ``directory`` (recursively) with one of ``suffixes``, sorted."""
    return sorted(
        path for path in directory.rglob("*") if path.suffix in suffixes and path.is_file()
    )


def _resolve(argument: str, suffixes: tuple[str, ...]) -> list[Input] | str:
    """Return the inputs one command-line argument names, or why it names none."""
    if argument == STDIN:
        return [Input(Source("<stdin>"), PurePath("stdin"))]
    path = Path(argument)
    if path.is_dir():
        inside = [
            Input(Source(str(found), found), found.relative_to(path).with_suffix(""))
            for found in _directory_files(path, suffixes)
        ]
        wanted = " or ".join(f"*{suffix}" for suffix in suffixes)
        return inside or f"{argument}: no {wanted} file in this directory"
    if path.exists():
        return [Input(Source(argument, path), PurePath(path.stem))]
    if not _GLOB_CHARS.intersection(argument):
        return f"{argument}: No such file or directory"
    matches = [Path(match) for match in sorted(glob.glob(argument, recursive=True))]  # noqa: PTH207 - a pattern from the user, not a path
    files = [Input(Source(str(match), match), PurePath(match.stem)) for match in matches]
    found = [entry for entry in files if entry.source.path and entry.source.path.is_file()]
    return found or f"{argument}: no file matches this pattern"


def expand_inputs(
    arguments: Sequence[str], suffixes: tuple[str, ...]
) -> tuple[list[Input], list[str]]:
    """Return the inputs that ``arguments`` name, and a message for each that names nothing.

    An argument is ``-`` (standard input), a file, a directory (searched recursively for
    ``suffixes``) or a glob pattern (expanded here, so quoting it from the shell works too).
    An input named twice is read once.
    """
    inputs: list[Input] = []
    problems: list[str] = []
    seen: set[str] = set()
    for argument in arguments:
        resolved = _resolve(argument, suffixes)
        if isinstance(resolved, str):
            problems.append(resolved)
            continue
        for entry in resolved:
            path = entry.source.path
            key = os.path.realpath(path) if path is not None else STDIN
            if key not in seen:
                seen.add(key)
                inputs.append(entry)
    return inputs, problems
