"""Argument types and options that several commands share."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata

__all__ = ["add_inputs", "add_output_file", "date", "non_negative", "positive", "version"]


def positive(text: str) -> int:
    """Return ``text`` as a positive integer, for ``--workers``."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def non_negative(text: str) -> int:
    """Return ``text`` as a whole number, zero or more, for ``--max-item-chars``."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"expected a whole number, 0 or more, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def date(text: str) -> dt.date:
    """Return ``text`` (``YYYY-MM-DD``) as a date, for ``--reference``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def version() -> str:
    """Return the installed uanews version."""
    try:
        return importlib.metadata.version("uanews")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def add_inputs(command: argparse.ArgumentParser, help_text: str) -> None:
    """Give ``command`` its positional ``INPUT ...`` arguments (one or more)."""
    command.add_argument("inputs", nargs="+", metavar="INPUT", help=help_text)


def add_output_file(command: argparse.ArgumentParser) -> None:
    """Give ``command`` the option ``-o/--output FILE`` (default: standard output)."""
    command.add_argument("-o", "--output", metavar="FILE", help="output file (default stdout)")
