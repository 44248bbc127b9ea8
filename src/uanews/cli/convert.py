"""``uanews convert``: text dumps to JSON, JSON Lines, ninjs, or a table as CSV or Parquet."""

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
from uanews.cli.arguments import add_inputs, date, languages, non_negative, positive
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
from uanews.parser.limits import MAX_ITEM_CHARS
from uanews.tables import Table

__all__ = ["register", "run"]


@define
class _Tally:
    """What a run did: items written, inputs read, failures reported, items left out, warnings.

    ``items`` counts only what is really written: items in an output file that was abandoned
    (Ctrl-C, ``--fail-fast``) are not.
    """

    items: int = 0
    inputs: int = 0
    failures: int = 0
    duplicates: int = 0
    other_languages: int = 0
    interrupted: bool = False
    skipped: int = 0
    structure_only: int = 0


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
    extras = summary_extras(skipped=tally.skipped, structure_only=tally.structure_only)
    return prefix + ", ".join(parts) + extras + "\n"


def _usage_problem(args: argparse.Namespace, output_format: OutputFormat) -> str | None:
    """Return why the options cannot go together, or None."""
    if args.table is not None and not output_format.tabular:
        return "--table needs --format csv or --format parquet"
    if output_format is OutputFormat.PARQUET and is_stdout(args.output):
        return "parquet is written to a file: give -o FILE.parquet or -o DIR/"
    return None


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
    """Run the conversion loop; return a non-zero status only if it was cut short.

    The single output file (``-o FILE``) is kept only if the run was complete, not stopped
    by ``--fail-fast``, and wrote an item: a run in which every input failed, or every item
    was filtered out, leaves no file, and any earlier one as it was.
    """
    by_name = {entry.source.name: entry for entry in inputs}
    outputs = Outputs(args.output, options.format, streams, table=options.table)
    # From here on the output's temporary file exists: the block that finishes (or removes)
    # it starts at once, so a SIGTERM that comes in while the rest is set up cannot leak it.
    progress: ConvertProgress | None = None
    completed = False
    try:
        keep = _Filter(args, tally)
        progress = ConvertProgress(
            inputs, streams.stderr, enabled=wants_progress(streams.stderr, quiet=args.quiet)
        )
        events = read_events([entry.source for entry in inputs], stdin=streams.stdin)
        for event, outcome in convert_events(events, options, workers=args.workers):
            if isinstance(event, Begin):
                outputs.begin(by_name[event.source.name])
            elif isinstance(event, Piece) and outcome is not None:
                progress.advance(event.source, event.size)
                _write(outcome, outputs, streams, tally, keep)
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
        tally.interrupted = True
        return interrupted_status(exc)
    finally:
        if progress is not None:
            progress.stop()
        stopped = bool(tally.failures and args.fail_fast)
        # An output file is kept only if an item was written to it (see Outputs).
        outputs.finish(commit=completed and not stopped)
        tally.items = outputs.written
    return EXIT_OK


def _write(
    outcome: Outcome, outputs: Outputs, streams: Streams, tally: _Tally, keep: _Filter
) -> None:
    """Write one item's outcome unless filtered out, or report its failure; report a warning."""
    if not outcome.ok:
        report(streams, outcome.text)
        tally.failures += 1
        return
    if not keep(outcome):
        return
    outputs.add(outcome.text)
    if outcome.warning is not None:
        warn(streams, outcome.warning)
        tally.structure_only += 1


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
