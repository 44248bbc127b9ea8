"""``uanews convert``: text dumps to JSON, JSON Lines or ninjs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from attrs import define

from uanews.batch import (
    Begin,
    ConvertOptions,
    End,
    Failure,
    Outcome,
    OutputFormat,
    Piece,
    convert_events,
    read_events,
)
from uanews.cli.arguments import add_inputs, date, non_negative, positive
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    TEXT_SUFFIXES,
    Streams,
    interrupted_status,
)
from uanews.cli.inputs import Input, expand_inputs, output_name
from uanews.cli.outputs import (
    Outputs,
    is_directory_target,
    is_stdout,
    output_clashes,
    overwritten_inputs,
)
from uanews.cli.reporting import (
    ConvertProgress,
    plural,
    report,
    summary_extras,
    wants_progress,
    warn,
)
from uanews.parser.pipeline import MAX_ITEM_CHARS

__all__ = ["register", "run"]


@define
class _Tally:
    """What a run did: items written, inputs read, failures reported, warnings given."""

    items: int = 0
    inputs: int = 0
    failures: int = 0
    skipped: int = 0
    structure_only: int = 0


def _usage_errors(args: argparse.Namespace, inputs: list[Input], outputs_suffix: str) -> list[str]:
    """Return why the output cannot be written as asked: names clash, or it is an input."""
    if is_stdout(args.output):
        return []
    if not is_directory_target(args.output):
        return overwritten_inputs([(args.output, Path(args.output))], inputs)
    paths = [Path(args.output) / output_name(entry, outputs_suffix) for entry in inputs]
    targets = [(str(path), path) for path in paths]
    return output_clashes(inputs, outputs_suffix) + overwritten_inputs(targets, inputs)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Convert text dumps to JSON, JSON Lines or ninjs; return the exit status."""
    output_format = OutputFormat(args.format)
    options = ConvertOptions(
        format=output_format,
        indent=args.indent,
        extract=not args.no_extract,
        reference=args.reference,
        max_item_chars=args.max_item_chars or None,
    )
    found = expand_inputs(args.inputs, TEXT_SUFFIXES)
    tally = _Tally(skipped=len(found.skipped))
    for problem in found.problems:
        report(streams, problem)
        tally.failures += 1
    for skipped in found.skipped:
        warn(streams, skipped)
    usage = _usage_errors(args, found.inputs, output_format.suffix)
    if usage:
        for message in usage:
            report(streams, message)
        return EXIT_USAGE
    if found.problems and args.fail_fast:
        return EXIT_FAILED
    status = _run_convert(args, streams, found.inputs, options, tally)
    if not args.quiet:
        extras = summary_extras(skipped=tally.skipped, structure_only=tally.structure_only)
        streams.stderr.write(
            f"converted {plural(tally.items, 'item')} from {plural(tally.inputs, 'file')}, "
            f"{tally.failures} failed{extras}\n"
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
    """Run the conversion loop; return a non-zero status only if it was cut short.

    The single output file (``-o FILE``) is kept only if the run was complete, not stopped
    by ``--fail-fast``, and wrote an item or met no failure: a run in which every input
    failed leaves no file, and any earlier one as it was.
    """
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
                _write(outcome, outputs, streams, tally)
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
    except KeyboardInterrupt as exc:
        return interrupted_status(exc)
    finally:
        progress.stop()
        stopped = bool(tally.failures and args.fail_fast)
        nothing = tally.items == 0 and tally.failures > 0
        outputs.finish(commit=completed and not stopped and not nothing)
    return EXIT_OK


def _write(outcome: Outcome, outputs: Outputs, streams: Streams, tally: _Tally) -> None:
    """Write one item's outcome, or report its failure; report a warning that came with it."""
    if not outcome.ok:
        report(streams, outcome.text)
        tally.failures += 1
        return
    outputs.add(outcome.text)
    tally.items += 1
    if outcome.warning is not None:
        warn(streams, outcome.warning)
        tally.structure_only += 1


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
    convert.add_argument(
        "--max-item-chars",
        type=non_negative,
        default=MAX_ITEM_CHARS,
        metavar="N",
        help=f"an item longer than N characters is parsed structure only, with a warning "
        f"(default {MAX_ITEM_CHARS}; 0: no limit)",
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    convert.set_defaults(handler=run)
