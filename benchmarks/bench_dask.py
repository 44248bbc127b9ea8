"""Scale-out of the Dask recipe: one big real-text dump, 1 and 2 workers, beside the CLI.

Usage::

    python benchmarks/bench_dask.py --corpus ../shared/corpus/dev/raw [--size-mb 25]
        [--blocksize 1MiB] [--workers 1 2] [--keep DIR]

It builds one dump of about ``--size-mb`` MB in a temporary directory (never in the repo)
by repeating the ``*.txt`` news texts of ``--corpus`` with a running number in each
headline, then times, for each worker count N, in fresh processes:

* ``python examples/dask_convert.py dump.txt out/ --workers N`` (the ``processes``
  scheduler; the dump is split into partitions of ``--blocksize``);
* ``uanews convert dump.txt -o out.jsonl --workers N``;

and prints wall-clock seconds, CPU seconds (user and system time of the run and of every
process it started), items per wall-clock second, items per CPU second (the figure for
sizing a cluster: it changes much less than wall-clock time when other work shares the
machine) and the speed-up in wall-clock time over the first worker count. It checks that
the recipe's parts, concatenated, are byte for byte what ``uanews convert`` writes. This
is a script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dask.utils import format_bytes, parse_bytes

from uanews.partition import iter_partitions

ROOT = Path(__file__).parent.parent
RECIPE = ROOT / "examples" / "dask_convert.py"
SEPARATOR = "\n====\n\n"
MB = 1_000_000


def build_dump(corpus: list[Path], path: Path, size_mb: float) -> int:
    """Write a dump of about ``size_mb`` MB from the texts in ``corpus``; return its items."""
    texts = [
        text.strip() + "\n"
        for folder in corpus
        for file in sorted(folder.glob("*.txt"))
        if (text := file.read_text(encoding="utf-8")).strip()
    ]
    if not texts:
        msg = f"no *.txt news texts in {', '.join(map(str, corpus))}"
        raise SystemExit(msg)
    limit = int(size_mb * MB)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            # A running number makes every item differ from the others.
            chunk = ("" if count == 0 else SEPARATOR) + f"{count + 1}. {texts[count % len(texts)]}"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            count += 1
    return count


def _cpu_of_children() -> float:
    """Return the user and system seconds of the waited-for descendants of this process."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float]:
    """Run ``command``; return its wall-clock and CPU seconds (it must exit 0)."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        msg = f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}"
        raise SystemExit(msg)
    return elapsed, _cpu_of_children() - cpu


def uanews_command() -> list[str]:
    """Return the command that runs the uanews CLI of this interpreter."""
    return [sys.executable, "-m", "uanews"]


def run_recipe(
    dump: Path, out: Path, workers: int, blocksize: int
) -> tuple[tuple[float, float], dict[str, Any]]:
    """Run the recipe on ``dump``; return its (wall, CPU seconds) and its manifest."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, str(RECIPE), str(dump), str(out), "--workers", str(workers)]
    seconds = timed([*command, "--blocksize", str(blocksize), "--retries", "0"])
    manifest: dict[str, Any] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return seconds, manifest


def cpu_bound_speed_up(manifest: dict[str, Any], split_cpu: float) -> float:
    """Return the speed-up over one core that the run's CPU times allow on free cores.

    The parts' CPU seconds (from the manifest) summed, plus the serial split, over the split
    plus the busiest worker's CPU seconds: Amdahl's law with measured terms. Unlike the
    wall-clock speed-up it does not depend on how much of the machine other work takes.
    """
    per_worker: collections.Counter[str] = collections.Counter()
    for part in manifest["parts"]:
        per_worker[part["worker"]] += part["cpu_seconds"]
    total = sum(per_worker.values())
    return (split_cpu + total) / (split_cpu + max(per_worker.values()))


def split_seconds(dump: Path, blocksize: int) -> float:
    """Return the CPU seconds this process takes to split ``dump`` into partitions."""
    start = time.process_time()
    list(iter_partitions(dump, blocksize=blocksize))
    return time.process_time() - start


def run_cli(dump: Path, output: Path, workers: int) -> tuple[float, float]:
    """Run ``uanews convert`` on ``dump``; return its wall-clock and CPU seconds."""
    command = [*uanews_command(), "convert", str(dump), "-f", "jsonl", "-o", str(output)]
    return timed([*command, "--workers", str(workers), "--quiet"])


def concatenated(folder: Path) -> bytes:
    """Return the parts under ``folder``, in order, as one file."""
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("part-*.jsonl")))


def main(argv: list[str]) -> int:
    """Build the dump, time the runs, print the table; exit 1 if outputs differ."""
    parser = argparse.ArgumentParser(description="Dask recipe scale-out on one big dump")
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--size-mb", type=float, default=25.0)
    parser.add_argument("--blocksize", type=parse_bytes, default=parse_bytes("1MiB"))
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="build the dump and outputs here, keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        dump = where / "dump.txt"
        items = build_dump(args.corpus, dump, args.size_mb)
        size = dump.stat().st_size
        print(f"# {platform.python_implementation()} {platform.python_version()}, ", end="")
        print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
        blocksize = format_bytes(args.blocksize)
        print(f"# dump: {size / MB:.1f} MB, {items} items; blocksize {blocksize}")
        split_cpu = split_seconds(dump, args.blocksize)
        print(f"# splitting the dump into partitions: {split_cpu:.2f} CPU seconds")
        print(
            "| run | workers | wall s | CPU s | items/s | items per CPU second "
            "| speed-up | CPU-bound speed-up |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        same = True
        parts_dir, cli_output = where / "parts", where / "cli.jsonl"
        for name in ("recipe", "cli"):
            base: float | None = None
            for workers in args.workers:
                if name == "recipe":
                    (seconds, cpu), manifest = run_recipe(dump, parts_dir, workers, args.blocksize)
                    done = manifest["items"]
                    label = f"dask_convert.py ({len(manifest['parts'])} parts)"
                    bound = f"{cpu_bound_speed_up(manifest, split_cpu):.2f}×"
                else:
                    (seconds, cpu), done = run_cli(dump, cli_output, workers), items
                    label, bound = "uanews convert", "–"
                    same = same and concatenated(parts_dir) == cli_output.read_bytes()
                base = base or seconds  # the first worker count is the reference
                print(
                    f"| {label} | {workers} | {seconds:.1f} | {cpu:.1f} | {done / seconds:.1f} | "
                    f"{done / cpu:.1f} | {base / seconds:.2f}× | {bound} |"
                )
        print(f"# recipe parts concatenated == uanews convert output: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
