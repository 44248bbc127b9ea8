"""``uanews convert``: text dumps to JSON, JSON Lines or ninjs."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from attrs import define

from uanews.batch import (
    Begin,
    ConvertOptions,
    End,
    Failure,
    OutputFormat,
    Piece,
    convert_events,
    read_events,
)
from uanews.cli.arguments import add_inputs, date, positive
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    TEXT_SUFFIXES,
    Streams,
)
from uanews.cli.inputs import Input, expand_inputs
from uanews.cli.outputs import Outputs, is_directory_target, output_clashes
from uanews.cli.reporting import ConvertProgress, plural, report, wants_progress

__all__ = ["register", "run"]


@define
class _Tally:
    """What a run did: items written, inputs read, failures reported."""

    items: int = 0
    inputs: int = 0
    failures: int = 0


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Convert text dumps to JSON, JSON Lines or ninjs; return the exit status."""
    output_format = OutputFormat(args.format)
    options = ConvertOptions(
        format=output_format,
        indent=args.indent,
        extract=not args.no_extract,
        reference=args.reference,
    )
    inputs, problems = expand_inputs(args.inputs, TEXT_SUFFIXES)
    tally = _Tally()
    for problem in problems:
        report(streams, problem)
        tally.failures += 1
    if is_directory_target(args.output):
        clashes = output_clashes(inputs, output_format.suffix)
        if clashes:
            for clash in clashes:
                report(streams, clash)
            return EXIT_USAGE
    if problems and args.fail_fast:
        return EXIT_FAILED
    status = _run_convert(args, streams, inputs, options, tally)
    if not args.quiet:
        streams.stderr.write(
            f"converted {plural(tally.items, 'item')} from {plural(tally.inputs, 'file')}, "
            f"{tally.failures} failed\n"
        )
    if status != EXIT_OK:
        return status
    return EXIT_FAILED if tally.failures else EXIT_OK


def _run_convert(
    args: argparse.Namespace,
    streams: Streams,
    inputs: list[Input],
    options: ConvertOptions,
    tally: _Tally,
) -> int:
    """Run the conversion loop; return a non-zero status only if it was cut short."""
    by_name = {entry.source.name: entry for entry in inputs}
    outputs = Outputs(args.output, options.format, streams)
    progress = ConvertProgress(
        inputs, streams.stderr, enabled=wants_progress(streams.stderr, quiet=args.quiet)
    )
    events = read_events([entry.source for entry in inputs], stdin=streams.stdin)
    completed = False
    try:
        for event, outcome in convert_events(events, options, workers=args.workers):
            if isinstance(event, Begin):
                outputs.begin(by_name[event.source.name])
            elif isinstance(event, Piece) and outcome is not None:
                progress.advance(event.source, event.size)
                if outcome.ok:
                    outputs.add(outcome.text)
                    tally.items += 1
                else:
                    report(streams, outcome.text)
                    tally.failures += 1
            elif isinstance(event, Failure):
                report(streams, event.message)
                tally.failures += 1
            elif isinstance(event, End):
                progress.finish_input(event.source.name, event.size)
                outputs.end()
                tally.inputs += 1
            if tally.failures and args.fail_fast:
                break
        completed = True
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        progress.stop()
        outputs.finish(commit=completed and not (tally.failures and args.fail_fast))
    return EXIT_OK


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``convert`` command and its options with ``add_parser``."""
    convert = add_parser(
        "convert",
        help="convert text dumps to JSON, JSON Lines or ninjs",
        description="Parse text dumps (items separated by ==== lines) and write JSON, "
        "JSON Lines or IPTC ninjs. A failed input or item is reported and skipped.",
        epilog=EXIT_STATUS_HELP,
    )
    add_inputs(convert, "file, directory (*.txt), glob, or - for stdin")
    convert.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file, or a directory (existing, or ending with /) for one file per input; "
        "default stdout",
    )
    convert.add_argument(
        "-f",
        "--format",
        choices=[member.value for member in OutputFormat],
        default=OutputFormat.JSONL.value,
        help="json (one object, or an array), jsonl (one item per line; the default), "
        "ninjs (IPTC ninjs 2.1, export only)",
    )
    convert.add_argument(
        "-j",
        "--workers",
        type=positive,
        default=1,
        metavar="N",
        help="parse in N processes (default 1); the output is the same",
    )
    convert.add_argument(
        "--fail-fast",
        action="store_true",
        help="stop at the first failure; write no output file (-o FILE) or no further one",
    )
    convert.add_argument("--indent", action="store_true", help="pretty-print json and ninjs")
    convert.add_argument(
        "--no-extract",
        action="store_true",
        help="structure only: skip participants, quotes, events, language",
    )
    convert.add_argument(
        "--reference",
        type=date,
        metavar="YYYY-MM-DD",
        help="date that relative dates resolve against (default: each item's publication date)",
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    convert.set_defaults(handler=run)
