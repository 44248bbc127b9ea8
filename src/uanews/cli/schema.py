"""``uanews schema``: print the JSON Schema of the uanews JSON contract."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from uanews.cli.arguments import add_output_file
from uanews.cli.common import EXIT_OK, EXIT_STATUS_HELP, Streams
from uanews.cli.outputs import STDOUT_NAME, is_stdout, writing
from uanews.io import atomic_write

__all__ = ["register", "run"]


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the JSON Schema of the uanews JSON contract; return the exit status."""
    from uanews.schema import load_schema  # noqa: PLC0415 - only this command needs it

    text = json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n"
    if is_stdout(args.output):
        with writing(STDOUT_NAME):
            streams.stdout.write(text)
            streams.stdout.flush()
    else:
        with writing(args.output), atomic_write(args.output) as handle:
            handle.write(text)
    return EXIT_OK


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``schema`` command and its options with ``add_parser``."""
    schema = add_parser(
        "schema",
        help="print the JSON Schema of the JSON contract",
        description="Print the JSON Schema (draft 2020-12) of uanews JSON, schema version 1.",
        epilog=EXIT_STATUS_HELP,
    )
    add_output_file(schema)
    schema.set_defaults(handler=run)
