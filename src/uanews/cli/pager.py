"""Paging long output on a terminal: through ``$PAGER``, or ``less``, as git and man do."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping
from typing import Final, TextIO

__all__ = ["DEFAULT_PAGER", "LESS_OPTIONS", "page", "pager_command"]

DEFAULT_PAGER: Final = "less"
"""The pager used when ``$PAGER`` is not set (if it is installed)."""

LESS_OPTIONS: Final = "FRX"
"""``$LESS`` when unset: quit if the text fits one screen, keep colours, leave it on screen."""

_NO_PAGER: Final = frozenset({"", "cat"})


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """Return the pager to run, as arguments: ``$PAGER``, else ``less`` if installed; or None.

    ``PAGER=`` (empty) or ``PAGER=cat`` means no pager.
    """
    configured = environ.get("PAGER")
    if configured is not None:
        words = shlex.split(configured)
        return None if configured.strip() in _NO_PAGER or not words else words
    found = shutil.which(DEFAULT_PAGER)
    return [found] if found else None


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return callable(isatty) and bool(isatty())


def page(text: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> None:
    """Write ``text`` to ``stream``, through the pager when ``stream`` is a terminal.

    Without a terminal, a pager, or when the pager cannot be started, ``text`` is written as
    it is. Quitting the pager early is not an error.
    """
    environ = os.environ if environ is None else environ
    command = pager_command(environ) if _is_terminal(stream) else None
    if command is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    child_environ = {**environ}
    child_environ.setdefault("LESS", LESS_OPTIONS)
    try:
        subprocess.run(  # noqa: S603 - the user's own $PAGER, as git and man run it
            command, input=text, text=True, encoding="utf-8", env=child_environ, check=False
        )
    except BrokenPipeError:  # the pager quit before reading everything
        return
    except OSError:  # no such program, not executable
        stream.write(text)
        stream.flush()
