"""``uanews render``: JSON items back to the plain-text dump format."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

from uanews.batch import describe_error
from uanews.cli.arguments import add_inputs, add_output_file
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    JSON_SUFFIXES,
    REPORTS_PER_INPUT,
    Streams,
)
from uanews.cli.inputs import expand_inputs
from uanews.cli.json_input import iter_json_sources
from uanews.cli.outputs import STDOUT_NAME, is_stdout, overwritten_inputs, writing
from uanews.cli.reporting import CappedReports, report, warn
from uanews.io import atomic_write
from uanews.model import NewsItem

__all__ = ["register", "run"]


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Render JSON or JSON Lines items back to the plain-text dump format; return the status."""
    # Here, not at the top: the renderer reads the parser's word lists, which ``uanews``'s
    # other commands (the parent of ``convert --workers``) need not import.
    from uanews.render import write_dump  # noqa: PLC0415

    found = expand_inputs(args.inputs, JSON_SUFFIXES)
    inputs = found.inputs
    failures = len(found.problems)
    for problem in found.problems:
        report(streams, problem)
    for skipped in found.skipped:
        warn(streams, skipped)
    if not is_stdout(args.output):
        usage = overwritten_inputs([(args.output, Path(args.output))], inputs)
        for message in usage:
            report(streams, message)
        if usage:
            return EXIT_USAGE

    reports = CappedReports(streams)

    def items() -> Iterator[NewsItem]:
        nonlocal failures
        for entry, result in iter_json_sources(inputs, streams):
            if isinstance(result, NewsItem):
                yield result
            else:
                reports.report(entry.source.name, describe_error(result, entry.source.name))
                failures += 1
        reports.close()

    if is_stdout(args.output):
        with writing(STDOUT_NAME):
            write_dump(items(), streams.stdout)
            streams.stdout.flush()
    else:
        with writing(args.output), atomic_write(args.output) as handle:
            write_dump(items(), handle)
    return EXIT_FAILED if failures else EXIT_OK


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``render`` command and its options with ``add_parser``."""
    render = add_parser(
        "render",
        help="render JSON items back to the plain-text format",
        description="Read JSON objects, JSON arrays or JSON Lines and write one plain-text "
        "dump, items separated by ==== lines. An invalid item is reported and skipped "
        f"(the first {REPORTS_PER_INPUT} per file are shown).",
        epilog=EXIT_STATUS_HELP,
    )
    add_inputs(render, "file, directory (*.json, *.jsonl), glob, or - for stdin")
    add_output_file(render)
    render.set_defaults(handler=run)
