"""The ``uanews`` command: convert, render, validate, schema and show.

Every subcommand is a function from parsed arguments and the standard streams to an exit code:
0 when everything worked, 1 when some input failed (each failure is reported on stderr as
``uanews: <file>: <message>`` and the rest still runs), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.metadata
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Final, TextIO

import orjson
from attrs import define, frozen
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from uanews.batch import (
    NO_ITEMS,
    Begin,
    ConvertOptions,
    End,
    Failure,
    OutputFormat,
    Piece,
    Sink,
    Source,
    convert_events,
    describe_error,
    open_sink,
    read_events,
)
from uanews.convert import from_dict, loads
from uanews.errors import ParseError, SchemaError, UanewsError
from uanews.io import AtomicFile, atomic_write
from uanews.model import NewsItem
from uanews.parser import iter_dump
from uanews.render import write_dump

__all__ = ["main"]

PROG: Final = "uanews"
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

TEXT_SUFFIXES: Final = (".txt",)
"""What ``convert`` and ``show`` look for inside a directory given as input."""

JSON_SUFFIXES: Final = (".json", ".jsonl")
"""What ``render`` and ``validate`` look for inside a directory given as input."""

REPORTS_PER_INPUT: Final = 5
"""How many failures ``render`` and ``validate`` print per input before summing up the rest."""

NOT_JSON: Final = "not JSON or JSON Lines (a plain-text dump? use uanews convert)"
_JSON_STARTS: Final = (b"{", b"[")
_BOM: Final = b"\xef\xbb\xbf"

EXIT_STATUS_HELP: Final = (
    "Exit status: 0 everything worked; 1 some input failed (each failure reported on stderr, "
    "the rest still done); 2 usage error; 130 interrupted"
)

_GLOB_CHARS: Final = frozenset("*?[")
_STDIN: Final = "-"


@frozen
class Streams:
    """The standard streams a command writes to (real ones, or test doubles)."""

    stdin: IO[bytes]
    stdout: TextIO
    stderr: TextIO


@frozen
class Input:
    """An input resolved from the command line, with its output name for ``-o DIR/``."""

    source: Source
    stem: PurePath


def _plural(count: int, word: str) -> str:
    """Return ``"1 item"`` / ``"2 items"``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _report(streams: Streams, message: str) -> None:
    """Write one error line to stderr."""
    streams.stderr.write(f"{PROG}: {message}\n")
    streams.stderr.flush()


# ---------------------------------------------------------------------------------------------
# Inputs


def _directory_files(directory: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Return the files under ``directory`` (recursively) with one of ``suffixes``, sorted."""
    return sorted(
        path for path in directory.rglob("*") if path.suffix in suffixes and path.is_file()
    )


def _resolve(argument: str, suffixes: tuple[str, ...]) -> list[Input] | str:
    """Return the inputs one command-line argument names, or why it names none."""
    if argument == _STDIN:
        return [Input(Source("<stdin>"), PurePath("stdin"))]
    path = Path(argument)
    if path.is_dir():
        inside = [
            Input(Source(str(found), found), found.relative_to(path).with_suffix(""))
            for found in _directory_files(path, suffixes)
        ]
        wanted = " or ".join(f"*{suffix}" for suffix in suffixes)
        return inside or f"{argument}: no {wanted} file in this directory"
    if path.exists():
        return [Input(Source(argument, path), PurePath(path.stem))]
    if not _GLOB_CHARS.intersection(argument):
        return f"{argument}: No such file or directory"
    matches = [Path(match) for match in sorted(glob.glob(argument, recursive=True))]  # noqa: PTH207 - a pattern from the user, not a path
    files = [Input(Source(str(match), match), PurePath(match.stem)) for match in matches]
    found = [entry for entry in files if entry.source.path and entry.source.path.is_file()]
    return found or f"{argument}: no file matches this pattern"


def expand_inputs(
    arguments: Sequence[str], suffixes: tuple[str, ...]
) -> tuple[list[Input], list[str]]:
    """Return the inputs that ``arguments`` name, and a message for each that names nothing.

    An argument is ``-`` (standard input), a file, a directory (searched recursively for
    ``suffixes``) or a glob pattern (expanded here, so quoting it from the shell works too).
    An input named twice is read once.
    """
    inputs: list[Input] = []
    problems: list[str] = []
    seen: set[str] = set()
    for argument in arguments:
        resolved = _resolve(argument, suffixes)
        if isinstance(resolved, str):
            problems.append(resolved)
            continue
        for entry in resolved:
            path = entry.source.path
            key = os.path.realpath(path) if path is not None else _STDIN
            if key not in seen:
                seen.add(key)
                inputs.append(entry)
    return inputs, problems


# ---------------------------------------------------------------------------------------------
# Outputs


def _is_directory_target(output: str | None) -> bool:
    """Return whether ``-o`` names a directory (it exists as one, or ends with a slash)."""
    if output is None or output == _STDIN:
        return False
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


class _Outputs:
    """Where ``convert`` writes: stdout, one file, or one file per input in a directory."""

    def __init__(self, output: str | None, output_format: OutputFormat, streams: Streams) -> None:
        self.output = output
        self.format = output_format
        self.streams = streams
        self.directory = Path(output) if output and _is_directory_target(output) else None
        self.file: AtomicFile | None = None
        self.sink: Sink | None = None
        self.count = 0
        if self.directory is None:
            self._open(None if output in {None, _STDIN} else Path(str(output)))

    def _open(self, path: Path | None) -> None:
        if path is None:
            self.sink = open_sink(self.streams.stdout, self.format)
        else:
            self.file = AtomicFile(path)
            self.sink = open_sink(self.file.handle, self.format)
        self.count = 0

    def begin(self, entry: Input) -> None:
        """Start the output of one input (a new file in directory mode)."""
        if self.directory is not None:
            self._open(self.directory / entry.stem.with_suffix(self.format.suffix))

    def add(self, text: str) -> None:
        """Write one serialised item."""
        if self.sink is not None:
            self.sink.add(text)
            self.count += 1

    def end(self) -> None:
        """Finish one input's file in directory mode; an input without items gets none."""
        if self.directory is not None:
            self._close(commit=self.count > 0)

    def finish(self, *, commit: bool) -> None:
        """Finish the single output (or abandon the pending file when ``commit`` is false)."""
        self._close(commit=commit)

    def _close(self, *, commit: bool) -> None:
        if self.sink is not None and (commit or self.file is None):
            self.sink.close()
        if self.file is not None:
            if commit:
                self.file.commit()
            else:
                self.file.discard()
        self.file = None
        self.sink = None


def _output_clashes(inputs: Sequence[Input], suffix: str) -> list[str]:
    """Return the output names in directory mode that two inputs would both write."""
    owners: dict[PurePath, str] = {}
    clashes: list[str] = []
    for entry in inputs:
        name = entry.stem.with_suffix(suffix)
        if name in owners:
            clashes.append(f"{entry.source.name} and {owners[name]} would both write {name}")
        owners.setdefault(name, entry.source.name)
    return clashes


# ---------------------------------------------------------------------------------------------
# Progress


def _size(path: Path | None) -> int | None:
    """Return the size of the file at ``path`` in bytes, or None if unknown."""
    if path is None:
        return None
    try:
        return path.stat().st_size
    except OSError:
        return None


class _Progress:
    """A progress bar in bytes on stderr, shown only when stderr is a terminal."""

    def __init__(self, inputs: Sequence[Input], stream: TextIO, *, enabled: bool) -> None:
        self.bar: Progress | None = None
        self.task = TaskID(0)
        self.read: dict[str, int] = {}
        if not enabled:
            return
        sizes = [_size(entry.source.path) for entry in inputs]
        total = None if None in sizes else sum(size or 0 for size in sizes)
        self.bar = Progress(
            TextColumn("converting"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=True,
        )
        self.task = self.bar.add_task("convert", total=total)
        self.bar.start()

    def advance(self, source: str, size: int) -> None:
        """Count ``size`` more bytes read from ``source``."""
        if self.bar is None:
            return
        self.read[source] = self.read.get(source, 0) + size
        self.bar.advance(self.task, size)

    def finish_input(self, source: str, size: int) -> None:
        """Count the rest of an input that has been read to its end."""
        self.advance(source, max(0, size - self.read.get(source, 0)))

    def stop(self) -> None:
        """Remove the bar from the terminal."""
        if self.bar is not None:
            self.bar.stop()


def _wants_progress(stream: TextIO, *, quiet: bool) -> bool:
    """Return whether to draw a progress bar: only for a terminal, never when quiet."""
    isatty = getattr(stream, "isatty", None)
    return not quiet and callable(isatty) and bool(isatty())


# ---------------------------------------------------------------------------------------------
# convert


@define
class _Tally:
    """What a run did: items written, inputs read, failures reported."""

    items: int = 0
    inputs: int = 0
    failures: int = 0


def _cmd_convert(args: argparse.Namespace, streams: Streams) -> int:
    """Convert text dumps to JSON, JSON Lines or ninjs."""
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
        _report(streams, problem)
        tally.failures += 1
    if _is_directory_target(args.output):
        clashes = _output_clashes(inputs, output_format.suffix)
        if clashes:
            for clash in clashes:
                _report(streams, clash)
            return EXIT_USAGE
    if problems and args.fail_fast:
        return EXIT_FAILED
    status = _run_convert(args, streams, inputs, options, tally)
    if not args.quiet:
        streams.stderr.write(
            f"converted {_plural(tally.items, 'item')} from {_plural(tally.inputs, 'file')}, "
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
    outputs = _Outputs(args.output, options.format, streams)
    progress = _Progress(
        inputs, streams.stderr, enabled=_wants_progress(streams.stderr, quiet=args.quiet)
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
                    _report(streams, outcome.text)
                    tally.failures += 1
            elif isinstance(event, Failure):
                _report(streams, event.message)
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


# ---------------------------------------------------------------------------------------------
# Reading JSON back (render, validate, show)


def _is_json_at_all(data: bytes) -> bool:
    """Return whether ``data`` could be JSON or JSON Lines, judged by its first non-blank line.

    A JSON item starts with ``{`` (``[`` for an array); anything else must at least be a JSON
    value on its own, so a plain-text dump is caught once instead of line by line.
    """
    first = next((line for line in data.removeprefix(_BOM).splitlines() if line.strip()), b"")
    if first.lstrip().startswith(_JSON_STARTS):
        return True
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return True


def _document_items(data: bytes, name: str) -> Iterator[NewsItem | SchemaError] | None:
    """Return the items of ``data`` read as one JSON document (an object or an array).

    None when ``data`` is not one document but holds several lines: JSON Lines, to be read
    line by line whatever the file is called.
    """
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if data.strip().count(b"\n") == 0:
            return iter((SchemaError(f"malformed JSON: {exc}", source=name),))
        return None
    if isinstance(document, list):
        return (
            _guarded(from_dict, element, f"{name}[{index}]")
            for index, element in enumerate(document)
        )
    return iter((_guarded(from_dict, document, name),))


def _json_items(
    data: bytes, name: str, *, lines: bool
) -> Iterator[NewsItem | SchemaError | UanewsError]:
    """Yield each item in JSON ``data`` (an object, an array, or JSON Lines), or its error.

    Errors are yielded, not raised, so one bad item does not hide the ones after it. Input
    that is not JSON at all (a text dump, say) yields one error, not one per line; empty
    input is an error unless it is JSON Lines, where it holds no item.
    """
    if not data.removeprefix(_BOM).strip():
        if not lines:
            yield UanewsError(f"{name}: the input is empty: no JSON item in it")
        return
    if not _is_json_at_all(data):
        yield UanewsError(f"{name}: {NOT_JSON}")
        return
    if not lines:
        document = _document_items(data, name)
        if document is not None:
            yield from document
            return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _guarded(loads, line, f"{name}:{number}")


def _guarded(load: Callable[..., NewsItem], data: object, source: str) -> NewsItem | SchemaError:
    """Return ``load(data, source=source)``, or the `SchemaError` it raised."""
    try:
        return load(data, source=source)
    except SchemaError as exc:
        return exc


def _read_bytes(source: Source, streams: Streams) -> bytes:
    """Return the whole content of ``source``."""
    if source.path is None:
        return streams.stdin.read()
    return source.path.read_bytes()


def _iter_json_sources(
    inputs: Iterable[Input], streams: Streams
) -> Iterator[tuple[Input, NewsItem | UanewsError | OSError]]:
    """Yield, per input, each item it holds or each error that stopped one."""
    for entry in inputs:
        try:
            data = _read_bytes(entry.source, streams)
        except OSError as exc:
            yield entry, exc
            continue
        lines = entry.source.name.endswith(".jsonl")
        for result in _json_items(data, entry.source.name, lines=lines):
            yield entry, result


class _CappedReports:
    """Failure reports on stderr, at most `REPORTS_PER_INPUT` per input; the rest are summed up.

    Inputs are read one after the other, so a change of input name closes the previous one.
    """

    def __init__(self, streams: Streams, limit: int = REPORTS_PER_INPUT) -> None:
        self.streams = streams
        self.limit = limit
        self.current: str | None = None
        self.shown = 0
        self.hidden = 0

    def report(self, name: str, message: str) -> None:
        """Report ``message`` about input ``name``, or only count it past the limit."""
        if name != self.current:
            self.close()
            self.current = name
        if self.shown < self.limit:
            _report(self.streams, message)
            self.shown += 1
        else:
            self.hidden += 1

    def close(self) -> None:
        """Say how many reports of the current input were not shown, if any."""
        if self.hidden and self.current is not None:
            _report(self.streams, f"{self.current}: and {self.hidden} more not shown")
        self.shown = 0
        self.hidden = 0


def _cmd_render(args: argparse.Namespace, streams: Streams) -> int:
    """Render JSON or JSON Lines items back to the plain-text dump format."""
    inputs, problems = expand_inputs(args.inputs, JSON_SUFFIXES)
    failures = len(problems)
    for problem in problems:
        _report(streams, problem)

    reports = _CappedReports(streams)

    def items() -> Iterator[NewsItem]:
        nonlocal failures
        for entry, result in _iter_json_sources(inputs, streams):
            if isinstance(result, NewsItem):
                yield result
            else:
                reports.report(entry.source.name, describe_error(result, entry.source.name))
                failures += 1
        reports.close()

    if args.output in {None, _STDIN}:
        write_dump(items(), streams.stdout)
        streams.stdout.flush()
    else:
        with atomic_write(args.output) as handle:
            write_dump(items(), handle)
    return EXIT_FAILED if failures else EXIT_OK


def _cmd_validate(args: argparse.Namespace, streams: Streams) -> int:
    """Check JSON or JSON Lines files against the uanews model."""
    inputs, problems = expand_inputs(args.inputs, JSON_SUFFIXES)
    for problem in problems:
        _report(streams, problem)
    valid = 0
    invalid = len(problems)
    reports = _CappedReports(streams)
    for entry, result in _iter_json_sources(inputs, streams):
        if isinstance(result, NewsItem):
            valid += 1
        else:
            reports.report(entry.source.name, describe_error(result, entry.source.name))
            invalid += 1
    reports.close()
    if not args.quiet:
        streams.stderr.write(
            f"validated {_plural(valid, 'item')} in {_plural(len(inputs), 'file')}, "
            f"{invalid} invalid\n"
        )
    return EXIT_FAILED if invalid else EXIT_OK


# ---------------------------------------------------------------------------------------------
# schema and show


def _cmd_schema(args: argparse.Namespace, streams: Streams) -> int:
    """Print the JSON Schema of the uanews JSON contract."""
    from uanews.schema import load_schema  # noqa: PLC0415 - only this command needs it

    text = json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output in {None, _STDIN}:
        streams.stdout.write(text)
    else:
        with atomic_write(args.output) as handle:
            handle.write(text)
    return EXIT_OK


def _load_one(entry: Input, index: int, streams: Streams) -> NewsItem:
    """Return item number ``index`` (1-based) of a text dump or a JSON file."""
    name = entry.source.name
    results: Iterator[NewsItem | UanewsError | OSError]
    if name.endswith(JSON_SUFFIXES):
        results = (result for _, result in _iter_json_sources([entry], streams))
    elif entry.source.path is None:
        results = iter_dump(streams.stdin, source=name)
    else:
        results = iter_dump(entry.source.path, source=name)
    count = 0
    for count, result in enumerate(results, start=1):
        if not isinstance(result, NewsItem):
            raise result
        if count == index:
            return result
    if count == 0:
        # The parser reads an empty dump as zero items; say so rather than "no item 1".
        raise ParseError(NO_ITEMS, source=name)
    msg = f"{name}: has no item {index} (it holds {_plural(count, 'item')})"
    raise IndexError(msg)


def _cmd_show(args: argparse.Namespace, streams: Streams) -> int:
    """Show one item in the terminal: text with quotes highlighted, participants, events."""
    from uanews.show import show  # noqa: PLC0415 - rich rendering loads only for this command

    inputs, problems = expand_inputs([args.input], (*TEXT_SUFFIXES, *JSON_SUFFIXES))
    for problem in problems:
        _report(streams, problem)
    if not inputs:
        return EXIT_FAILED
    if len(inputs) > 1:
        _report(streams, f"{args.input}: names {len(inputs)} files; show reads one")
        return EXIT_USAGE
    entry = inputs[0]
    try:
        item = _load_one(entry, args.item, streams)
    except (UanewsError, OSError, IndexError) as exc:
        _report(streams, describe_error(exc, entry.source.name))
        return EXIT_FAILED
    show(item, streams.stdout, width=args.width)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# Arguments


def _positive(text: str) -> int:
    """Return ``text`` as a positive integer, for ``--workers``."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _date(text: str) -> dt.date:
    """Return ``text`` (``YYYY-MM-DD``) as a date, for ``--reference``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _version() -> str:
    """Return the installed uanews version."""
    try:
        return importlib.metadata.version("uanews")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _add_inputs(command: argparse.ArgumentParser, help_text: str) -> None:
    """Give ``command`` its positional ``INPUT ...`` arguments (one or more)."""
    command.add_argument("inputs", nargs="+", metavar="INPUT", help=help_text)


def _add_output_file(command: argparse.ArgumentParser) -> None:
    """Give ``command`` the option ``-o/--output FILE`` (default: standard output)."""
    command.add_argument("-o", "--output", metavar="FILE", help="output file (default stdout)")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``uanews`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Ukrainian news as plain text in, clean typed data out.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command. {EXIT_STATUS_HELP}.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="print the version"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )

    convert = commands.add_parser(
        "convert",
        help="convert text dumps to JSON, JSON Lines or ninjs",
        description="Parse text dumps (items separated by ==== lines) and write JSON, "
        "JSON Lines or IPTC ninjs. A failed input or item is reported and skipped.",
        epilog=EXIT_STATUS_HELP,
    )
    _add_inputs(convert, "file, directory (*.txt), glob, or - for stdin")
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
        type=_positive,
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
        type=_date,
        metavar="YYYY-MM-DD",
        help="date that relative dates resolve against (default: each item's publication date)",
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    convert.set_defaults(handler=_cmd_convert)

    render = commands.add_parser(
        "render",
        help="render JSON items back to the plain-text format",
        description="Read JSON objects, JSON arrays or JSON Lines and write one plain-text "
        "dump, items separated by ==== lines. An invalid item is reported and skipped "
        f"(the first {REPORTS_PER_INPUT} per file are shown).",
        epilog=EXIT_STATUS_HELP,
    )
    _add_inputs(render, "file, directory (*.json, *.jsonl), glob, or - for stdin")
    _add_output_file(render)
    render.set_defaults(handler=_cmd_render)

    validate = commands.add_parser(
        "validate",
        help="check JSON files against the uanews model",
        description="Load every item strictly, as uanews.loads does; report each invalid one "
        f"with its JSON path (the first {REPORTS_PER_INPUT} per file), then a summary line.",
        epilog=EXIT_STATUS_HELP,
    )
    _add_inputs(validate, "file, directory (*.json, *.jsonl), glob, or - for stdin")
    validate.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    validate.set_defaults(handler=_cmd_validate)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the JSON contract",
        description="Print the JSON Schema (draft 2020-12) of uanews JSON, schema version 1.",
        epilog=EXIT_STATUS_HELP,
    )
    _add_output_file(schema)
    schema.set_defaults(handler=_cmd_schema)

    show = commands.add_parser(
        "show",
        help="show one item readably in the terminal",
        description="Show an item from a text dump or a JSON file: its text with quotes "
        "coloured by speaker, then tables of the quotes, participants, events and metadata, "
        "and the related titles. Colours only on a terminal.",
        epilog=EXIT_STATUS_HELP,
    )
    show.add_argument("input", metavar="INPUT", help="one text dump or JSON file, or - for stdin")
    show.add_argument(
        "-n",
        "--item",
        type=_positive,
        default=1,
        metavar="N",
        help="which item of the input, counting from 1 (default 1)",
    )
    show.add_argument(
        "--width",
        type=_positive,
        metavar="COLUMNS",
        help="output width in columns (default: the terminal's)",
    )
    show.set_defaults(handler=_cmd_show)
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
