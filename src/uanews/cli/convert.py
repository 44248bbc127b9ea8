"""``uanews convert``: text dumps to JSON, JSON Lines, ninjs, or a table as CSV or Parquet."""

from __future__ import annotations

import argparse
from collections.abc import Callable

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
from uanews.cli.arguments import add_inputs, date, languages, positive
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
from uanews.cli.outputs import Outputs, is_directory_target, is_stdout, output_clashes
from uanews.cli.reporting import ConvertProgress, plural, report, wants_progress
from uanews.tables import Table

__all__ = ["register", "run"]


@define
class _Tally:
    """What a run did: items written, inputs read, failures reported, items left out.

    ``items`` counts only what is really written: items in an output file that was abandoned
    (Ctrl-C, ``--fail-fast``) are not.
    """

    items: int = 0
    inputs: int = 0
    failures: int = 0
    duplicates: int = 0
    other_languages: int = 0
    interrupted: bool = False


def _summary(tally: _Tally, args: argparse.Namespace) -> str:
    """Return the summary line of a run."""
    parts = [
        f"converted {plural(tally.items, 'item')} from {plural(tally.inputs, 'file')}",
        f"{tally.failures} failed",
    ]
    if args.dedupe:
        parts.append(f"{plural(tally.duplicates, 'duplicate')} dropped")
    if args.language:
        parts.append(f"{tally.other_languages} not in {', '.join(sorted(args.language))}")
    prefix = "interrupted: " if tally.interrupted else ""
    return prefix + ", ".join(parts) + "\n"


def _usage_problem(args: argparse.Namespace, output_format: OutputFormat) -> str | None:
    """Return why the options cannot go together, or None."""
    if args.table is not None and not output_format.tabular:
        return "--table needs --format csv or --format parquet"
    if output_format is OutputFormat.PARQUET and is_stdout(args.output):
        return "parquet is written to a file: give -o FILE.parquet or -o DIR/"
    return None


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Convert text dumps to JSON, JSON Lines, ninjs, CSV or Parquet; return the exit status."""
    output_format = OutputFormat(args.format)
    problem = _usage_problem(args, output_format)
    if problem is not None:
        report(streams, problem)
        return EXIT_USAGE
    options = ConvertOptions(
        format=output_format,
        indent=args.indent,
        extract=not args.no_extract,
        reference=args.reference,
        table=Table(args.table or Table.ITEMS),
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
        streams.stderr.write(_summary(tally, args))
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
    outputs = Outputs(args.output, options.format, streams, table=options.table)
    keep = _Filter(args, tally)
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
                    if keep(outcome):
                        outputs.add(outcome.text)
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
        tally.interrupted = True
        return EXIT_INTERRUPTED
    finally:
        progress.stop()
        outputs.finish(commit=completed and not (tally.failures and args.fail_fast))
        tally.items = outputs.written
    return EXIT_OK


class _Filter:
    """``--language`` and ``--dedupe``: whether to write an item, counting those left out."""

    def __init__(self, args: argparse.Namespace, tally: _Tally) -> None:
        self.languages: frozenset[str] | None = args.language
        self.dedupe: bool = args.dedupe
        self.tally = tally
        self.seen: set[str] = set()

    def __call__(self, outcome: Outcome) -> bool:
        if self.languages is not None and outcome.language not in self.languages:
            self.tally.other_languages += 1
            return False
        if self.dedupe and outcome.item_id is not None:
            if outcome.item_id in self.seen:
                self.tally.duplicates += 1
                return False
            self.seen.add(outcome.item_id)
        return True


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``convert`` command and its options with ``add_parser``."""
    convert = add_parser(
        "convert",
        help="convert text dumps to JSON, JSON Lines, ninjs, CSV or Parquet",
        description="Parse text dumps (items separated by ==== lines) and write JSON, "
        "JSON Lines, IPTC ninjs, or one table of them as CSV or Parquet. A failed input or item "
        "is reported and skipped; no output file is written when no item was.",
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
        "ninjs (IPTC ninjs 2.1, export only), csv or parquet (one --table)",
    )
    convert.add_argument(
        "--table",
        choices=[member.value for member in Table],
        metavar="TABLE",
        help="the table that csv and parquet write: items (the default), paragraphs, "
        "participants, mentions, quotes or events",
    )
    convert.add_argument(
        "--language",
        type=languages,
        metavar="CODES",
        help="keep only items in these languages, comma-separated ISO 639 codes (uk,ru)",
    )
    convert.add_argument(
        "--dedupe",
        action="store_true",
        help="drop an item whose id (a hash of its normalised text) was already written",
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
