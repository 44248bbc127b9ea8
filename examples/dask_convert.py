"""Scale out: convert dumps with Dask, every dump split into partitions of whole items.

Usage::

    python examples/dask_convert.py SRC DST [--address tcp://HOST:8786]
        [--scheduler processes] [--workers N] [--blocksize 1MiB] [--retries 2]

with the extra installed (``pip install "uanews[dask]"``). ``SRC`` is a dump or a
directory of ``*.txt`` dumps. Each dump is split into byte ranges of whole items
(`uanews.partition`), so one big dump spreads over every worker; item and line numbers in
error messages stay those of the whole dump. Partition ``i`` of ``SRC/a/b.txt`` becomes
``DST/a/b/part-0000i.jsonl`` (its items, in order: the parts of a dump, concatenated, are
what ``uanews convert`` writes) and ``part-0000i.meta.json`` (its byte range, items and
failures); ``DST/manifest.json`` sums up the run. Every file is written atomically, so a
run that failed or was killed can be run again: parts already written are kept, and only
the missing ones are converted.

Without ``--address`` (or ``DASK_SCHEDULER_ADDRESS``) the run uses Dask's local
``processes`` scheduler (``threads`` gains nothing: the parser is pure Python, so it holds
the GIL); with one, it runs on that ``dask.distributed`` cluster, where a worker plugin
loads the morphology dictionary once per worker process. An item that does not parse costs
only that item (its error is in the part's failures); a partition that fails as a whole (the
dump vanished, a worker died) is retried ``--retries`` times, then reported in the manifest
and in the exit status, never dropped.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

import orjson
from dask.base import compute
from dask.delayed import delayed
from dask.utils import parse_bytes

import uanews
from uanews.errors import UanewsError
from uanews.io import AtomicFile, atomic_write
from uanews.parser.morph import analyzer
from uanews.partition import DEFAULT_BLOCKSIZE, Partition, iter_partitions, parse_partition

SCHEDULERS = ("processes", "threads", "synchronous")
MANIFEST = "manifest.json"
WARM_UP_TEXT = "Міська рада ухвалила бюджет.\n\nДепутати обговорили ремонт доріг.\n"


class Job(TypedDict):
    """One partition to convert, and where its part and record go."""

    source: str
    partition: Partition
    part: str
    record: str
    dump_size: int
    dump_mtime_ns: int


class Record(TypedDict):
    """What converting one partition gave (``part-*.meta.json``, and a manifest entry)."""

    source: str
    part: str
    index: int
    start: int
    end: int
    first_item: int
    first_line: int
    dump_size: int
    dump_mtime_ns: int
    items: int
    failures: list[str]
    ok: bool
    attempts: int | None
    worker: str
    cpu_seconds: float


class Plan(TypedDict):
    """The partitions of every dump, and the dumps that could not be split at all."""

    jobs: list[Job]
    failures: list[str]


def warm_up() -> None:
    """Load what the parser loads on first use (the morphology dictionary), once a process."""
    analyzer()
    uanews.parse(WARM_UP_TEXT)


def dumps_under(src: Path) -> list[Path]:
    """Return ``src`` if it is a file, else every ``*.txt`` under it, sorted."""
    return [src] if src.is_file() else sorted(src.rglob("*.txt"))


def plan(src: str | Path, dst: str | Path, blocksize: int = DEFAULT_BLOCKSIZE) -> Plan:
    """Split every dump under ``src`` into partitions; return one job for each."""
    source_root, target_root = Path(src), Path(dst)
    jobs: list[Job] = []
    failures: list[str] = []
    base = source_root.parent if source_root.is_file() else source_root
    for dump in dumps_under(source_root):
        folder = target_root / dump.relative_to(base).with_suffix("")
        try:
            status = dump.stat()
            partitions = list(iter_partitions(dump, blocksize=blocksize))
        except OSError as error:
            failures.append(f"{dump}: {error.strerror or error}")
            continue
        if not partitions:
            failures.append(f"{dump}: no news items")
        for partition in partitions:
            name = f"part-{partition.index:05d}"
            jobs.append(
                {
                    "source": str(dump),
                    "partition": partition,
                    "part": str(folder / f"{name}.jsonl"),
                    "record": str(folder / f"{name}.meta.json"),
                    "dump_size": status.st_size,
                    "dump_mtime_ns": status.st_mtime_ns,
                }
            )
    return {"jobs": jobs, "failures": failures}


def _record(  # noqa: PLR0913 - one record, all its fields
    job: Job,
    items: int,
    failures: list[str],
    *,
    ok: bool,
    attempts: int,
    cpu_seconds: float = 0.0,
) -> Record:
    """Return the record of ``job``, converted in this process with ``cpu_seconds`` of CPU."""
    partition = job["partition"]
    return {
        "source": job["source"],
        "part": job["part"],
        "index": partition.index,
        "start": partition.start,
        "end": partition.end,
        "first_item": partition.first_item,
        "first_line": partition.first_line,
        "dump_size": job["dump_size"],
        "dump_mtime_ns": job["dump_mtime_ns"],
        "items": items,
        "failures": failures,
        "ok": ok,
        "attempts": attempts,
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "cpu_seconds": round(cpu_seconds, 3),
    }


_SAME = (
    "source",
    "part",
    "index",
    "start",
    "end",
    "first_item",
    "first_line",
    "dump_size",
    "dump_mtime_ns",
)
"""What a record from an earlier run must match for its part to be kept."""


def finished(job: Job) -> Record | None:
    """Return the record of ``job`` from an earlier run, if its part is there and still fits."""
    try:
        record: Record = orjson.loads(Path(job["record"]).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    expected: dict[str, object] = dict(_record(job, 0, [], ok=True, attempts=0))
    same = all(record.get(key) == expected[key] for key in _SAME)
    if not same or not record.get("ok") or not Path(job["part"]).is_file():
        return None
    return record


def convert_part(job: Job) -> Record:
    """Convert the partition of ``job`` into its part, write its record; return the record.

    Items that do not parse, and text that cannot be decoded, are failures in the record;
    anything else (the dump cannot be read, say) raises, for the scheduler to retry.
    """
    warm_up()
    start = time.process_time()
    partition = job["partition"]
    failures: list[str] = []
    items = 0
    output = AtomicFile(job["part"])
    try:
        try:
            for result in parse_partition(partition, source=job["source"]):
                if result.item is None:
                    failures.append(str(result.error))
                    continue
                output.handle.write(uanews.dumps(result.item))
                output.handle.write("\n")
                items += 1
        except UanewsError as error:  # undecodable bytes end the dump, as in `uanews convert`
            failures.append(str(error))
    except BaseException:
        output.discard()
        raise
    output.commit()
    cpu = time.process_time() - start
    record = _record(job, items, failures, ok=True, attempts=1, cpu_seconds=cpu)
    with atomic_write(job["record"]) as target:
        target.write(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
    return record


def _remove_stale_parts(jobs: list[Job]) -> None:
    """Delete parts (and records) left by an earlier run that no job writes any more."""
    wanted = {Path(path) for job in jobs for path in (job["part"], job["record"])}
    for folder in {Path(job["part"]).parent for job in jobs}:
        for path in folder.glob("part-*"):
            if path not in wanted:
                path.unlink()


def _failed(job: Job, error: BaseException, attempts: int) -> Record:
    """Return the record of a partition that could not be converted."""
    message = f"{job['source']}: partition {job['partition'].index}: {error!r}"
    return _record(job, 0, [message], ok=False, attempts=attempts)


def convert_with_retries(job: Job, retries: int) -> Record:
    """Run `convert_part` up to ``retries + 1`` times; return its record or the failure's.

    Dask's local schedulers do not retry tasks, so the recipe does it for them.
    """
    for attempt in range(1, retries + 2):
        try:
            record = convert_part(job)
        except Exception as error:  # noqa: BLE001 - any failure of a partition is reported
            if attempt > retries:
                return _failed(job, error, attempt)
        else:
            record["attempts"] = attempt
            return record
    msg = "unreachable: the last attempt returns"
    raise AssertionError(msg)


def _run_local(jobs: list[Job], settings: Settings) -> list[Record]:
    """Convert ``jobs`` with one of Dask's local schedulers."""
    convert_task = delayed(convert_with_retries, pure=False)
    tasks = [convert_task(job, settings.retries) for job in jobs]
    options: dict[str, Any] = {"scheduler": settings.scheduler}
    if settings.workers is not None and settings.scheduler != "synchronous":
        options["num_workers"] = settings.workers
    results: tuple[Record, ...] = compute(*tasks, **options)  # type: ignore[no-untyped-call]
    return list(results)


def _warm_up_plugin() -> Any:  # noqa: ANN401 - a distributed.WorkerPlugin, imported lazily
    """Return a worker plugin that warms every worker process up once, as it starts."""
    from distributed import WorkerPlugin  # noqa: PLC0415 - only clusters need distributed

    class WarmUp(WorkerPlugin):
        """Load the morphology once per worker process, before any task runs."""

        name = "uanews-warm-up"

        def setup(self, worker: Any) -> None:  # noqa: ANN401, ARG002 - the plugin interface
            warm_up()

    return WarmUp()


def _run_cluster(jobs: list[Job], settings: Settings) -> list[Record]:
    """Convert ``jobs`` on the ``dask.distributed`` cluster at ``settings.address``."""
    from distributed import Client, as_completed  # noqa: PLC0415 - only clusters need it

    retries = settings.retries
    results: dict[int, Record] = {}
    with Client(settings.address, timeout=settings.timeout) as client:  # type: ignore[no-untyped-call]
        client.register_plugin(_warm_up_plugin())
        futures = client.map(convert_part, jobs, retries=retries, pure=False)
        order = {future.key: number for number, future in enumerate(futures)}
        done = as_completed(futures, timeout=settings.deadline)  # type: ignore[no-untyped-call]
        try:
            for future in done:
                number = order[future.key]
                try:
                    record: Record = future.result()
                except Exception as error:  # noqa: BLE001 - a lost partition is reported
                    record = _failed(jobs[number], error, retries + 1)
                else:
                    record["attempts"] = None  # the cluster retries out of sight
                results[number] = record
        except TimeoutError as error:
            client.cancel(futures)
            for number, job in enumerate(jobs):
                results.setdefault(number, _failed(job, error, 0))
    return [results[number] for number in range(len(jobs))]


class Settings(NamedTuple):
    """How to run: on the cluster at ``address`` if set, else with a local ``scheduler``.

    ``workers`` is the number of local processes (or threads; default: one per core),
    ``blocksize`` the bytes a partition holds at least, ``retries`` how often a failed
    partition is tried again, ``timeout`` the seconds to wait for a cluster to answer,
    ``deadline`` the seconds to wait for a cluster's results (None: as long as it takes;
    the partitions not done by then are reported as failed, and a re-run does them).
    """

    address: str = ""
    scheduler: str = "processes"
    workers: int | None = None
    blocksize: int = DEFAULT_BLOCKSIZE
    retries: int = 2
    timeout: float = 60.0
    deadline: float | None = None


def convert(src: str | Path, dst: str | Path, settings: Settings | None = None) -> dict[str, Any]:
    """Convert every dump under ``src`` into parts under ``dst``; return the manifest.

    Parts whose record from an earlier run still fits are kept; the others are converted
    as ``settings`` say.
    """
    settings = settings or Settings()
    if settings.scheduler not in SCHEDULERS:
        msg = f"scheduler must be one of {', '.join(SCHEDULERS)}, not {settings.scheduler!r}"
        raise ValueError(msg)
    if settings.retries < 0:
        msg = f"retries must be 0 or more, not {settings.retries}"
        raise ValueError(msg)
    target = Path(dst)
    blocksize = settings.blocksize
    planned = plan(src, target, blocksize)
    jobs = planned["jobs"]
    _remove_stale_parts(jobs)
    kept = [finished(job) for job in jobs]
    todo = [job for job, record in zip(jobs, kept, strict=True) if record is None]
    if todo:
        (target / MANIFEST).unlink(missing_ok=True)  # stale until this run ends
        run = _run_cluster if settings.address else _run_local
        done = run(todo, settings)
    else:
        done = []
    fresh = iter(done)
    records = [record if record is not None else next(fresh) for record in kept]
    manifest = _manifest(records, planned["failures"], blocksize, converted=len(done))
    with atomic_write(target / MANIFEST) as handle:
        handle.write(orjson.dumps(manifest, option=orjson.OPT_INDENT_2).decode())
        handle.write("\n")
    return manifest


def _manifest(
    records: Iterable[Record], failures: list[str], blocksize: int, *, converted: int
) -> dict[str, Any]:
    """Return the manifest of a run: every part in order, totals, and what went wrong."""
    parts = list(records)
    return {
        "blocksize": blocksize,
        "parts": parts,
        "items": sum(part["items"] for part in parts),
        "failures": sum(len(part["failures"]) for part in parts) + len(failures),
        "failed_parts": sum(not part["ok"] for part in parts),
        "dump_failures": failures,
        "converted": converted,
        "kept": len(parts) - converted,
    }


def cluster_address(given: str | None) -> str:
    """Return the cluster address from ``--address`` or ``DASK_SCHEDULER_ADDRESS``, or ""."""
    return given or os.environ.get("DASK_SCHEDULER_ADDRESS", "")


def main(argv: list[str]) -> int:
    """Run `convert` from the command line; exit 1 if anything failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="a dump, or a directory of *.txt dumps")
    parser.add_argument("dst", type=Path, help="the directory for parts and manifest.json")
    parser.add_argument("--address", help="a dask.distributed scheduler, tcp://host:port")
    parser.add_argument("--scheduler", choices=SCHEDULERS, default="processes")
    parser.add_argument("--workers", type=int, help="local worker processes (default: cores)")
    parser.add_argument("--blocksize", type=parse_bytes, default=DEFAULT_BLOCKSIZE)
    parser.add_argument("--retries", type=int, default=2)
    args = parser.parse_args(argv)
    settings = Settings(
        address=cluster_address(args.address),
        scheduler=args.scheduler,
        workers=args.workers,
        blocksize=args.blocksize,
        retries=args.retries,
    )
    manifest = convert(args.src, args.dst, settings)
    for message in manifest["dump_failures"]:
        print(f"dask_convert: {message}", file=sys.stderr)
    for part in manifest["parts"]:
        for message in part["failures"]:
            print(f"dask_convert: {message}", file=sys.stderr)
    print(
        f"converted {manifest['items']} items in {len(manifest['parts'])} parts "
        f"({manifest['converted']} converted now, {manifest['kept']} kept), "
        f"{manifest['failures']} failed"
    )
    return 1 if manifest["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
