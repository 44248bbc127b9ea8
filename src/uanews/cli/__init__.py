"""The ``uanews`` command: convert, render, validate, schema and show.

Every subcommand is a function from parsed arguments and the standard streams to an exit code:
0 when everything worked, 1 when some input failed (each failure is reported on stderr as
``uanews: <file>: <message>`` and the rest still runs), 2 for usage errors.

One module per command (`convert`, `render`, `validate`, `schema`, `show`), each with a
``register`` that adds its sub-parser and a ``run`` that carries it out; `inputs` expands the
command line's inputs, `outputs` writes (atomically), `reporting` writes to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from uanews.cli import convert, render, schema, show, validate
from uanews.cli.arguments import version
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    PROG,
    REPORTS_PER_INPUT,
    Streams,
)
from uanews.cli.inputs import expand_inputs
from uanews.cli.json_input import NOT_JSON

__all__ = ["NOT_JSON", "REPORTS_PER_INPUT", "build_parser", "expand_inputs", "main"]


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``uanews`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Ukrainian news as plain text in, clean typed data out.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command. {EXIT_STATUS_HELP}.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {version()}", help="print the version"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    for command in (convert, render, validate, schema, show):
        command.register(commands.add_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``uanews`` command with ``argv`` (default: the process arguments); return status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # argparse exits for --help, --version (0) and usage errors (2): return that status.
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    streams = Streams(stdin=sys.stdin.buffer, stdout=sys.stdout, stderr=sys.stderr)
    handler: Callable[[argparse.Namespace, Streams], int] = args.handler
    try:
        return handler(args, streams)
    except BrokenPipeError:
        # The reader went away (``uanews convert ... | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
