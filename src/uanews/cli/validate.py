"""``uanews validate``: check JSON or JSON Lines files against the uanews model."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from uanews.batch import describe_error
from uanews.cli.arguments import add_inputs
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    JSON_SUFFIXES,
    REPORTS_PER_INPUT,
    Streams,
)
from uanews.cli.inputs import expand_inputs
from uanews.cli.json_input import iter_json_sources
from uanews.cli.reporting import CappedReports, plural, report, summary_extras, warn
from uanews.model import NewsItem

__all__ = ["register", "run"]


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Check JSON or JSON Lines files against the uanews model; return the exit status."""
    found = expand_inputs(args.inputs, JSON_SUFFIXES)
    inputs = found.inputs
    for problem in found.problems:
        report(streams, problem)
    for skipped in found.skipped:
        warn(streams, skipped)
    valid = 0
    invalid = len(found.problems)
    reports = CappedReports(streams)
    for entry, result in iter_json_sources(inputs, streams):
        if isinstance(result, NewsItem):
            valid += 1
        else:
            reports.report(entry.source.name, describe_error(result, entry.source.name))
            invalid += 1
    reports.close()
    if not args.quiet:
        streams.stderr.write(
            f"validated {plural(valid, 'item')} in {plural(len(inputs), 'file')}, "
            f"{invalid} invalid{summary_extras(skipped=len(found.skipped))}\n"
        )
    return EXIT_FAILED if invalid else EXIT_OK


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``validate`` command and its options with ``add_parser``."""
    validate = add_parser(
        "validate",
        help="check JSON files against the uanews model",
        description="Load every item strictly, as uanews.loads does; report each invalid one "
        f"with its JSON path (the first {REPORTS_PER_INPUT} per file), then a summary line.",
        epilog=EXIT_STATUS_HELP,
    )
    add_inputs(validate, "file, directory (*.json, *.jsonl), glob, or - for stdin")
    validate.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    validate.set_defaults(handler=run)
