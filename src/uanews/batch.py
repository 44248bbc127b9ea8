"""Convert many dumps to JSON text, streaming, in input order, optionally in worker processes.

This is the engine behind ``uanews convert``. Reading is a stream of *events* per input:
`Begin`, one `Span` per partition of a dump file (a byte range of whole items, see
`uanews.partition`) or, for standard input and other streams, one `Piece` per item (the
item's lines, not yet parsed), `Failure` when the input cannot be read, and `End`.
`convert_events` reads and parses each span and piece (in this process, or in a pool of
worker processes, a bounded number of batches in flight so memory stays flat) and yields
every event with its `Outcome`, in the order read, a span replaced by the pieces it holds:
so one big dump spreads over all the workers. Sinks (`open_sink`) write the outcomes as
JSON, JSON Lines or ninjs.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import multiprocessing
import os
import stat
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from enum import StrEnum
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Final, Protocol

import attrs
import orjson
from attrs import frozen

from uanews.convert import dumps
from uanews.errors import UanewsError
from uanews.io import AtomicFile
from uanews.lifetime import die_with, die_with_parent, ignore_interrupts, starting_workers
from uanews.model import NewsItem
from uanews.ninjs import to_ninjs
from uanews.parser.decode import read_lines
from uanews.parser.limits import MAX_ITEM_CHARS, size_warning
from uanews.parser.split import BadChunk, split_checked
from uanews.partition import Partition, iter_chunks, iter_partitions
from uanews.tables import CsvWriter, ParquetWriter, Table, rows

__all__ = [
    "BATCH_CHARS",
    "BATCH_ITEMS",
    "BLOCKSIZE",
    "Begin",
    "ConvertOptions",
    "End",
    "Event",
    "Failure",
    "Outcome",
    "OutputFormat",
    "Piece",
    "Sink",
    "Source",
    "Span",
    "convert_events",
    "convert_file",
    "convert_piece",
    "describe_error",
    "open_sink",
    "read_events",
    "serialize",
]

BATCH_ITEMS: Final = 64
"""At most this many items go to a worker process at once."""

BATCH_CHARS: Final = 1 << 18
"""A batch for a worker is closed once its items hold this many characters."""

BLOCKSIZE: Final = 1 << 16
"""Bytes of a dump file that `read_events` puts in one `Span`, at least (but the last).

Small enough that the last spans of a dump keep every worker busy to its end (a span of news
text takes well under a tenth of a second to parse, so a worker left without work waits at
most that long), large enough that handing one over costs next to nothing beside parsing it."""

IN_FLIGHT_PER_WORKER: Final = 3
"""Batches submitted but not yet written, per worker: bounds memory, keeps workers busy."""

STOP_GRACE: Final = 0.5
"""Seconds a terminated worker is given to exit before it is killed."""

MANAGER_GRACE: Final = 5.0
"""Seconds to wait, at most, for a stopped pool's manager thread to finish reaping workers."""

NO_ITEMS: Final = "no news items: the input is empty or holds only separators and whitespace"


class OutputFormat(StrEnum):
    """The output formats of ``uanews convert``."""

    JSON = "json"
    JSONL = "jsonl"
    NINJS = "ninjs"
    CSV = "csv"
    PARQUET = "parquet"

    @property
    def suffix(self) -> str:
        """The file name suffix for this format (``.json``, ``.jsonl``, ``.csv``, ``.parquet``)."""
        return ".json" if self is OutputFormat.NINJS else f".{self.value}"

    @property
    def tabular(self) -> bool:
        """Whether this format writes one table of rows (`uanews.tables`) instead of items."""
        return self in {OutputFormat.CSV, OutputFormat.PARQUET}


@frozen
class ConvertOptions:
    """How to parse and serialise: output format, pretty-printing, extraction, reference date.

    ``table`` is the table that the tabular formats (CSV, Parquet) write. An item whose lines
    hold more than ``max_item_chars`` characters (None: no limit) is parsed structure only,
    and its `Outcome` carries a warning saying so.
    """

    format: OutputFormat = OutputFormat.JSONL
    indent: bool = False
    extract: bool = True
    reference: dt.date | None = None
    table: Table = Table.ITEMS
    max_item_chars: int | None = MAX_ITEM_CHARS


@frozen
class Source:
    """One input: a file, or standard input when ``path`` is None; ``name`` is for messages."""

    name: str
    path: Path | None = None


@frozen
class Begin:
    """An input is about to be read."""

    source: Source


@frozen
class Piece:
    """The lines of one item of an input, unparsed; ``size`` is the bytes read to get it.

    ``index`` is the item's number in its input, from 0. A piece `convert_events` reads from a
    `Span` in a worker process comes back without its lines (``lines`` empty): its outcome
    holds the item.
    """

    source: str
    lines: tuple[str, ...]
    first_line: int
    size: int = 0
    index: int = 0


@frozen
class Failure:
    """An input could not be read (whole or in part); ``message`` says why and where."""

    source: Source
    message: str


@frozen
class End:
    """An input has been read to its end (or given up on after a `Failure`)."""

    source: Source
    size: int = 0


@frozen
class Span:
    """A partition of a dump file: whole items, unread; `convert_events` reads and parses it."""

    source: Source
    partition: Partition


Event = Begin | Span | Piece | Failure | End
"""What `read_events` yields."""


@frozen
class Outcome:
    """The result of one piece: its serialised JSON text, or an error message.

    A parsed piece also tells its item's ``id`` and ``language``, for filters that must not
    read the JSON back. For the tabular formats ``text`` is the JSON array of the item's rows.
    ``warning`` says what was not done to an item that was written (too large to extract).
    """

    ok: bool
    text: str
    item_id: str | None = None
    language: str | None = None
    warning: str | None = None


def describe_error(exc: BaseException, source: str) -> str:
    """Return a one-line message for ``exc`` that names ``source`` once."""
    if isinstance(exc, OSError) and exc.strerror:
        message = exc.strerror
    else:
        message = str(exc) or type(exc).__name__
    return message if message.startswith(source) else f"{source}: {message}"


def _stream_position(stream: IO[bytes], fallback: int) -> int:
    """Return how far ``stream`` has been read, or ``fallback`` where it cannot tell."""
    if stream.seekable():
        return stream.tell()
    return fallback


def _read_stream(stream: IO[bytes], source: Source) -> Iterator[Event]:
    """Yield the pieces of one open binary stream and, if it holds none, a failure.

    An item with a line that is not text (a bad byte, a NUL) is a `Failure` naming the item
    and its line; reading goes on with the next item.
    """
    position = 0
    count = 0
    for chunk in split_checked(read_lines(stream, source=source.name)):
        count += 1
        if isinstance(chunk, BadChunk):
            yield Failure(source, describe_error(chunk.error(source.name), source.name))
            continue
        now = _stream_position(stream, position)
        yield Piece(source.name, chunk.lines, chunk.first_line, now - position, count - 1)
        position = now
    if count == 0:
        yield Failure(source, f"{source.name}: {NO_ITEMS}")


def _read_spans(source: Source, path: Path) -> Iterator[Event]:
    """Yield a span for each partition of the dump file at ``path`` and, if none, a failure."""
    count = 0
    for partition in iter_partitions(path, blocksize=BLOCKSIZE):
        yield Span(source, partition)
        count += 1
    if count == 0:
        yield Failure(source, f"{source.name}: {NO_ITEMS}")


def read_events(sources: Iterable[Source], *, stdin: IO[bytes] | None = None) -> Iterator[Event]:
    """Yield the events of reading each source in turn (see the module docstring).

    A regular file gives spans (it is split while it is read), any other source pieces. A
    source that cannot be opened or decoded yields a `Failure` and reading goes on with the
    next. ``stdin`` is the binary stream for sources without a path.
    """
    for source in sources:
        yield Begin(source)
        size = 0
        try:
            if source.path is None:
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _read_stream(stream, source)
            else:
                status = source.path.stat()
                size = status.st_size
                if stat.S_ISREG(status.st_mode):
                    yield from _read_spans(source, source.path)
                else:
                    with source.path.open("rb") as handle:
                        yield from _read_stream(handle, source)
        except (UanewsError, OSError) as exc:
            yield Failure(source, describe_error(exc, source.name))
        yield End(source, size)


def serialize(item: NewsItem, options: ConvertOptions) -> str:
    """Return ``item`` as JSON text in ``options.format`` (one line unless ``indent``).

    For the tabular formats the text is a JSON array of the item's rows in ``options.table``.
    """
    if options.format.tabular:
        return orjson.dumps(rows(item, options.table)).decode()
    if options.format is OutputFormat.NINJS:
        flags = orjson.OPT_INDENT_2 if options.indent else 0
        return orjson.dumps(to_ninjs(item), option=flags).decode()
    return dumps(item, indent=options.indent and options.format is OutputFormat.JSON)


def convert_piece(piece: Piece, options: ConvertOptions) -> Outcome:
    """Return the parsed and serialised item of ``piece``, or the error that stopped it."""
    warning = None
    if options.extract:
        warning = size_warning(sum(len(line) for line in piece.lines), options.max_item_chars)
    # Imported here: a process that only splits a dump and writes (the parent of worker
    # processes) never loads the extractors.
    from uanews.parser.pipeline import parse_lines  # noqa: PLC0415

    try:
        # The piece's own first line number keeps error locations right in worker processes.
        item = parse_lines(
            piece.lines,
            source=piece.source,
            first_line=piece.first_line,
            index=piece.index,
            reference=options.reference,
            extract=options.extract and warning is None,
            max_chars=None,
        )
        text = serialize(item, options)
        item_id, language = item.id, item.language
    except UanewsError as exc:
        return Outcome(ok=False, text=describe_error(exc, piece.source))
    where = f"{piece.source}:{piece.first_line}: "
    return Outcome(
        ok=True,
        text=text,
        item_id=item_id,
        language=language,
        warning=None if warning is None else where + warning,
    )


def _iter_span(span: Span, options: ConvertOptions) -> Iterator[tuple[Event, Outcome | None]]:
    """Yield each piece of ``span`` with its outcome, then a failure if reading it failed.

    The first piece carries the span's size, for progress.
    """
    size = span.partition.size
    try:
        for number, chunk in iter_chunks(span.partition, source=span.source.name, resync=True):
            if isinstance(chunk, BadChunk):
                failure = chunk.error(span.source.name)
                yield Failure(span.source, describe_error(failure, span.source.name)), None
                continue
            # Item numbers count from 1 in the whole dump; an item's index from 0.
            piece = Piece(span.source.name, chunk.lines, chunk.first_line, size, number - 1)
            size = 0
            yield piece, convert_piece(piece, options)
    except (UanewsError, OSError) as exc:
        yield Failure(span.source, describe_error(exc, span.source.name)), None


_worker_options: ConvertOptions | None = None


def _start_worker(
    options: ConvertOptions,
    parent: int | None = None,
    *,
    by_signal: bool = True,
    served: bool = False,
) -> None:
    """Remember the options in a freshly started worker process; die with process ``parent``.

    The worker ignores Ctrl-C (its parent stops it); SIGTERM ends it quietly, by default.
    ``by_signal`` says whether the kernel may signal the parent's death (see
    `uanews.lifetime.die_with_parent`): not when the worker was started by another thread
    than the main one. ``served``: the worker was forked by a fork server (`_worker_context`),
    its parent process; the server lives as long as any of its workers (each holds the end of
    a pipe whose closing tells the server to stop), so the worker watches ``parent`` itself
    (`uanews.lifetime.die_with`).
    """
    global _worker_options  # noqa: PLW0603 - per-process state set once by the pool initializer
    ignore_interrupts()
    _worker_options = options
    if parent is None:
        return
    if served:
        die_with(parent)
    else:
        die_with_parent(parent, by_signal=by_signal)


WORKER_PRELOAD: Final = ("uanews.batch", "uanews.parser.pipeline", "uanews.warmed")
"""What the fork server imports once for every worker process it forks: the parser, warmed.

Importing `uanews.warmed` parses two sample items in the server (`uanews.warmup`), so the
workers share the dictionaries and compiled tables instead of each building its own. See
also `_worker_preload`."""


def _worker_preload() -> list[str]:
    """Return the modules the fork server imports: `WORKER_PRELOAD`, and perhaps the CLI.

    A program started from a file (the ``uanews`` console script) has each worker run that
    file again as it starts (``multiprocessing`` rebuilds ``__main__`` from it). When that
    program has imported `uanews.cli`, as the console script does, the server imports it
    first, so each worker finds it imported instead of importing it again (about a hundred
    modules). Started as ``python -m uanews``, or from a program of the caller's own that
    does not use the CLI, the workers import nothing more and the server does not either.
    """
    main = sys.modules.get("__main__")
    from_file = getattr(main, "__spec__", None) is None and hasattr(main, "__file__")
    cli = ["uanews.cli"] if from_file and "uanews.cli" in sys.modules else []
    return [*cli, *WORKER_PRELOAD]


def _worker_context() -> BaseContext:
    """Return how worker processes start: forked by a fork server, else spawned.

    The fork server (where the platform has one: Linux, the BSDs, macOS) is a process of its
    own, started once (spawned, a clean single-threaded interpreter) with the parser imported
    and warmed up (`_worker_preload`); each worker is forked from it, so none imports the
    parser again or builds its tables, and the process that converts never imports it at
    all. Never a plain fork of this process: the caller may run threads (a progress bar) that
    fork would copy mid-lock. The server ends when this process does. Elsewhere (Windows)
    workers are spawned and each imports the parser itself.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_worker_preload())
        return context
    return multiprocessing.get_context("spawn")


_Result = Outcome | list[tuple[Event, Outcome | None]]
"""What a worker gives back for a piece (its outcome) or a span (its events and outcomes)."""


def _convert_batch(work: Sequence[Piece | Span]) -> list[_Result]:
    """Return the outcome of each piece and the events of each span, in a worker process.

    The pieces of a span come back without their lines (``lines`` empty): their text is in
    the outcome, and sending it back twice would only cost pickling.
    """
    options = _worker_options if _worker_options is not None else ConvertOptions()
    return [
        convert_piece(unit, options) if isinstance(unit, Piece) else _span_results(unit, options)
        for unit in work
    ]


def _span_results(span: Span, options: ConvertOptions) -> list[tuple[Event, Outcome | None]]:
    """Return the events of ``span`` with their outcomes, its pieces without their lines."""
    return [
        (attrs.evolve(event, lines=()) if isinstance(event, Piece) else event, outcome)
        for event, outcome in _iter_span(span, options)
    ]


def _batches(events: Iterable[Event]) -> Iterator[list[Event]]:
    """Group ``events`` into consecutive batches small enough to hand to one worker."""
    batch: list[Event] = []
    items = 0
    chars = 0
    for event in events:
        batch.append(event)
        if isinstance(event, Span):
            yield batch
            batch, items, chars = [], 0, 0
        elif isinstance(event, Piece):
            items += 1
            chars += sum(len(line) for line in event.lines)
            if items >= BATCH_ITEMS or chars >= BATCH_CHARS:
                yield batch
                batch, items, chars = [], 0, 0
    if batch:
        yield batch


def _merge(batch: list[Event], results: list[_Result]) -> Iterator[tuple[Event, Outcome | None]]:
    """Pair each piece of ``batch`` with its outcome, replace spans by theirs, others with None."""
    done = iter(results)
    for event in batch:
        if isinstance(event, Piece | Span):
            result = next(done)
            if isinstance(result, Outcome):
                yield event, result
            else:
                yield from result
        else:
            yield event, None


def convert_events(
    events: Iterable[Event], options: ConvertOptions, *, workers: int = 1
) -> Iterator[tuple[Event, Outcome | None]]:
    """Yield each event with the outcome of parsing it (None for non-pieces), in order.

    A `Span` is replaced by the pieces of its items (each with its outcome) and, if it
    could not be read to its end, a `Failure`. With ``workers > 1`` spans and pieces are
    read and parsed in that many processes (a span's pieces then come back without their
    lines); at most
    ``IN_FLIGHT_PER_WORKER * workers`` batches are pending at once, so memory does not grow
    with the input. Stopping the iteration early cancels the work not yet started.
    """
    if workers <= 1:
        for event in events:
            if isinstance(event, Span):
                yield from _iter_span(event, options)
            else:
                yield event, (convert_piece(event, options) if isinstance(event, Piece) else None)
        return
    context = _worker_context()
    # Spawned workers are started by this thread (submit starts them); Linux's parent-death
    # signal would end them with it, so from a thread that may end first the worker polls.
    main_thread = threading.current_thread() is threading.main_thread()
    served = context.get_start_method() == "forkserver"
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=functools.partial(_start_worker, by_signal=main_thread, served=served),
        initargs=(options, os.getpid()),
    )
    pending: collections.deque[tuple[list[Event], Future[list[_Result]]]] = collections.deque()
    finished = False
    try:
        for batch in _batches(events):
            work = [event for event in batch if isinstance(event, Piece | Span)]
            with starting_workers():  # a submit may start a worker process
                future = pool.submit(_convert_batch, work)
            pending.append((batch, future))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                done, future = pending.popleft()
                yield from _merge(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from _merge(done, future.result())
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop_now(pool)


@frozen
class _PoolParts:
    """What stopping a pool at once needs and ProcessPoolExecutor keeps private."""

    processes: tuple[BaseProcess, ...]
    manager: threading.Thread | None
    result_writer: Connection | None


def _pool_parts(pool: ProcessPoolExecutor) -> _PoolParts:
    """Return the worker processes, manager thread and result pipe's write end of ``pool``.

    The only access to ProcessPoolExecutor's private attributes: there is no public way to
    end its workers before Python 3.14 (``terminate_workers``), and none at all to close its
    result pipe. Checked on CPython 3.11.7 (run by ``tests/test_batch_stop.py``, which fails
    if an attribute disappears) and read in CPython's main-branch (3.14+) sources.
    ``shutdown`` clears all three, so take them before calling it. A missing attribute gives
    an empty part, not an error.
    """
    processes = getattr(pool, "_processes", None) or {}
    result_queue = getattr(pool, "_result_queue", None)
    return _PoolParts(
        processes=tuple(processes.values()),
        manager=getattr(pool, "_executor_manager_thread", None),
        result_writer=getattr(result_queue, "_writer", None),
    )


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """End the workers at once: on Ctrl-C, an error, or a consumer that stopped early.

    Waiting for the batches in flight (up to `BATCH_ITEMS` items each) could take seconds;
    their results are not wanted, so the worker processes are terminated, not joined.
    """
    parts = _pool_parts(pool)  # before shutdown, which forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in parts.processes:
        process.terminate()
    # Waited for by their sentinels, which tell an end without reading its status: the pool's
    # manager thread reads it too (joining the workers), and a worker forked by the fork
    # server has its status sent once through that pipe, so a second reader would find the
    # pipe empty and record a wrong exit code.
    deadline = time.monotonic() + STOP_GRACE
    running = {process.sentinel: process for process in parts.processes}
    while running and (left := deadline - time.monotonic()) > 0:
        for sentinel in wait(list(running), timeout=left):
            del running[sentinel]  # type: ignore[arg-type] # the sentinels are ints
    for process in running.values():  # pragma: no cover - a worker that ignores SIGTERM
        process.kill()
    # A worker killed while it wrote a result leaves part of a message in the result pipe,
    # and the manager thread then waits for the rest for ever (and the interpreter with it,
    # at exit: CPython gh-94777). The workers are gone; closing this process's copy of the
    # pipe's write end lets the thread read end-of-file, count the pool broken and end.
    if parts.result_writer is not None:
        parts.result_writer.close()
    # The pool's manager thread joins the workers; once it ends, every exit status is
    # recorded (and joining them here returns at once). Without it, they are joined here.
    if parts.manager is not None:
        parts.manager.join(timeout=MANAGER_GRACE)
    for process in parts.processes:
        process.join()


class Sink(Protocol):
    """Where serialised items go: one output file or stream."""

    def add(self, text: str) -> None:
        """Write one serialised item."""

    def close(self) -> None:
        """Finish the output (close a JSON array); the stream itself stays open."""

    def discard(self) -> None:
        """Give up the output (its file is to be removed): release what the sink holds."""


class _LinesSink:
    """JSON Lines: one item per line."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target

    def add(self, text: str) -> None:
        self.target.write(text)
        self.target.write("\n")

    def close(self) -> None:
        self.target.flush()

    def discard(self) -> None:
        pass


def _member(text: str) -> str:
    """Return one JSON document indented to sit inside an array (strings hold no raw newline)."""
    return "  " + text.replace("\n", "\n  ")


class _DocumentSink:
    """One JSON document: a single item as an object, several as an array."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target
        self.first: str | None = None
        self.count = 0

    def add(self, text: str) -> None:
        # The first item is held back: only a second one tells object from array.
        self.count += 1
        if self.count == 1:
            self.first = text
            return
        if self.count == 2:
            self.target.write(f"[\n{_member(str(self.first))},\n")
            self.first = None
        else:
            self.target.write(",\n")
        self.target.write(_member(text))

    def close(self) -> None:
        if self.count == 0:
            self.target.write("[]\n")
        elif self.count == 1:
            self.target.write(f"{self.first}\n")
        else:
            self.target.write("\n]\n")
        self.target.flush()

    def discard(self) -> None:
        self.first = None


class _TableSink:
    """CSV or Parquet: each added text is a JSON array of rows of one table."""

    def __init__(self, writer: CsvWriter | ParquetWriter) -> None:
        self.writer = writer

    def add(self, text: str) -> None:
        self.writer.add(orjson.loads(text))

    def close(self) -> None:
        self.writer.close()

    def discard(self) -> None:
        self.writer.abort()


def open_sink(
    target: IO[str],
    output_format: OutputFormat,
    *,
    table: Table = Table.ITEMS,
    binary: IO[bytes] | None = None,
) -> Sink:
    """Return a sink writing ``output_format`` to ``target``: lines, one JSON document, a table.

    CSV writes rows of ``table`` to ``target``; Parquet writes them to the same file opened
    for bytes, ``binary``, and raises ``ValueError`` without one.
    """
    if output_format is OutputFormat.JSONL:
        return _LinesSink(target)
    if output_format is OutputFormat.CSV:
        return _TableSink(CsvWriter(target, table))
    if output_format is OutputFormat.PARQUET:
        if binary is None:
            msg = "parquet is written to a file, not to a text stream"
            raise ValueError(msg)
        return _TableSink(ParquetWriter(binary, table))
    return _DocumentSink(target)


def convert_file(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: ConvertOptions | None = None,
) -> tuple[int, list[str]]:
    """Convert the dump at ``source`` into ``target``, written atomically.

    Returns how many items were written and the error messages of the items (or the file)
    that could not be converted. Items that parse are written even when others fail; when
    none does and there were errors, no ``target`` is written at all.
    """
    options = options or ConvertOptions()
    path = Path(source)
    errors: list[str] = []
    count = 0
    output = AtomicFile(target)
    sink: Sink | None = None
    try:
        sink = open_sink(output.handle, options.format, table=options.table, binary=output.binary)
        events = read_events([Source(os.fspath(path), path)])
        for event, outcome in convert_events(events, options):
            if isinstance(event, Failure):
                errors.append(event.message)
            elif outcome is not None and outcome.ok:
                sink.add(outcome.text)
                count += 1
            elif outcome is not None:
                errors.append(outcome.text)
        sink.close()
    except BaseException:
        if sink is not None:
            sink.discard()
        output.discard()
        raise
    if count == 0 and errors:
        output.discard()
    else:
        output.commit()
    return count, errors
