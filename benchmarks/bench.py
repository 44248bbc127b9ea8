"""Throughput and memory of uanews: library calls, the CLI on a generated dump, and a ceiling.

Usage: ``python benchmarks/bench.py [--size-mb N] [--keep DIR]``. It generates a dump of about
N MB (default 10; the performance page uses 100) by repeating the items of the shipped example
dump with a running number in each, then prints one table:

* items/s for ``parse`` (full extraction and structure only), ``dumps`` and ``loads``;
* ``uanews convert big.txt --format jsonl -o out.jsonl --workers N`` for N = 1 and 2: MB/s of
  input and the peak resident memory of the largest process (``ru_maxrss`` of its children,
  measured in a fresh wrapper process per run so runs do not mix), also on a dump a quarter
  the size to show that memory does not grow with the input;
* the ceiling for the same file: read, split into items and paragraphs, ``json.dumps`` each,
  no extraction, one process.

This is a script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import uanews
from uanews.parser import parse

EXAMPLE_DUMP = Path(__file__).parent.parent / "examples" / "dumps" / "seeds.txt"
SEPARATOR = "\n====\n\n"
MB = 1_000_000
MIN_SECONDS = 2.0


def seed_texts() -> list[str]:
    """Return the item texts of the example dump."""
    raw = EXAMPLE_DUMP.read_text(encoding="utf-8")
    return [part.strip("\n") + "\n" for part in raw.split("\n====\n") if part.strip()]


def generate_dump(path: Path, size_mb: float) -> int:
    """Write a dump of about ``size_mb`` MB to ``path``; return how many items it holds."""
    texts = seed_texts()
    limit = int(size_mb * MB)
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            # A running number varies every item, so nothing can be cached between them.
            text = f"{count + 1}. {texts[count % len(texts)]}"
            chunk = text if count == 0 else SEPARATOR + text
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            count += 1
    return count


def rate(work: Callable[[], int]) -> float:
    """Return how many units per second ``work`` does, repeating it for at least 2 s."""
    units = 0
    start = time.perf_counter()
    while True:
        units += work()
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            return units / elapsed


def library_rates() -> dict[str, float]:
    """Return items/s of parse (extract and structure only), dumps and loads."""
    texts = seed_texts()
    items = [parse(text) for text in texts]
    encoded = [uanews.dumps(item) for item in items]

    def parse_all() -> int:
        for text in texts:
            parse(text)
        return len(texts)

    def parse_structure() -> int:
        for text in texts:
            parse(text, extract=False)
        return len(texts)

    def dumps_all() -> int:
        for item in items:
            uanews.dumps(item)
        return len(items)

    def loads_all() -> int:
        for text in encoded:
            uanews.loads(text)
        return len(encoded)

    return {
        "parse (extract)": rate(parse_all),
        "parse (structure only)": rate(parse_structure),
        "dumps": rate(dumps_all),
        "loads": rate(loads_all),
    }


def measure_command(command: list[str]) -> tuple[float, int]:
    """Run ``command`` from a fresh wrapper process; return (wall seconds, peak RSS in KiB)."""
    wrapper = [sys.executable, __file__, "--measure", "--", *command]
    result = subprocess.run(wrapper, capture_output=True, text=True, check=True)  # noqa: S603 - our own interpreter and script
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak)


def _measure_here(command: list[str]) -> None:
    """Run ``command``, then print its wall time and the peak RSS among this process's children."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - the command bench.py built
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    print(f"{elapsed:.6f} {peak}")


def uanews_command() -> list[str]:
    """Return the command that runs the ``uanews`` CLI with this interpreter."""
    return [sys.executable, "-m", "uanews"]


def cli_run(dump: Path, output: Path, workers: int) -> tuple[float, int]:
    """Return (MB/s, peak RSS KiB) of converting ``dump`` to JSON Lines with ``workers``."""
    command = [
        *uanews_command(),
        "convert",
        str(dump),
        "--format",
        "jsonl",
        "-o",
        str(output),
        "--workers",
        str(workers),
        "--quiet",
    ]
    seconds, peak = measure_command(command)
    return dump.stat().st_size / MB / seconds, peak


def _paragraph_chunks(path: Path) -> Iterator[list[str]]:
    """Yield each item of the dump at ``path`` as its list of paragraphs (blank-line blocks)."""
    paragraphs: list[str] = []
    current: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.strip() == "====":
                if current:
                    paragraphs.append(" ".join(current))
                yield paragraphs
                paragraphs, current = [], []
            elif not line.strip():
                if current:
                    paragraphs.append(" ".join(current))
                current = []
            else:
                current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs:
        yield paragraphs


def ceiling(dump: Path, output: Path) -> float:
    """Return MB/s of reading, splitting into paragraphs and ``json.dumps`` with no extraction."""
    start = time.perf_counter()
    with output.open("w", encoding="utf-8") as out:
        for paragraphs in _paragraph_chunks(dump):
            out.write(json.dumps({"paragraphs": paragraphs}, ensure_ascii=False))
            out.write("\n")
    return dump.stat().st_size / MB / (time.perf_counter() - start)


def count_items(path: Path) -> int:
    """Return how many items the CLI wrote to the JSON Lines file at ``path``."""
    with path.open(encoding="utf-8") as lines:
        return sum(1 for line in lines if line.strip())


def main(argv: list[str]) -> int:
    """Generate the dump, run every measurement and print the table."""
    if argv[:2] == ["--measure", "--"]:
        _measure_here(argv[2:])
        return 0
    parser = argparse.ArgumentParser(description="uanews throughput and memory")
    parser.add_argument("--size-mb", type=float, default=10.0, help="dump size (default 10)")
    parser.add_argument("--keep", type=Path, help="write the dump and outputs here, keep them")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        big, quarter = work / "big.txt", work / "quarter.txt"
        items = generate_dump(big, args.size_mb)
        generate_dump(quarter, args.size_mb / 4)
        size = big.stat().st_size / MB
        print(f"# uanews {uanews_version()} benchmark, {time.strftime('%Y-%m-%d')}")
        print(
            f"# {platform.python_implementation()} {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}"
        )
        print(f"# dump: {size:.1f} MB, {items} items (example items repeated, numbered)")
        print()
        print(f"| {'measure':<44} | {'result':>22} |")
        print(f"| {'-' * 44} | {'-' * 22}:|")
        for name, value in library_rates().items():
            print(f"| {name:<44} | {value:>14,.0f} items/s |")
        speeds: dict[int, float] = {}
        for workers in (1, 2):
            out = work / f"out{workers}.jsonl"
            speed, peak = cli_run(big, out, workers)
            speeds[workers] = speed
            written = count_items(out)
            if written != items:
                print(f"CLI wrote {written} items, expected {items}", file=sys.stderr)
                return 1
            label = f"CLI --workers {workers}, {size:.3g} MB"
            print(f"| {label:<44} | {speed:>17.2f} MB/s |")
            print(f"| {'  peak RSS (largest process)':<44} | {peak / 1024:>19.0f} MiB |")
            _, quarter_peak = cli_run(quarter, work / f"quarter{workers}.jsonl", workers)
            label = f"  peak RSS on a {size / 4:.3g} MB dump (streaming check)"
            print(f"| {label:<44} | {quarter_peak / 1024:>19.0f} MiB |")
        if (work / "out1.jsonl").read_bytes() != (work / "out2.jsonl").read_bytes():
            print("--workers 1 and --workers 2 wrote different output", file=sys.stderr)
            return 1
        speedup = speeds[2] / speeds[1]
        print(f"| {'speed-up of --workers 2 over --workers 1':<44} | {speedup:>21.2f}x |")
        speed = ceiling(big, work / "ceiling.jsonl")
        print(f"| {'ceiling: read + split + json.dumps, 1 process':<44} | {speed:>17.2f} MB/s |")
    return 0


def uanews_version() -> str:
    """Return the version of the uanews being measured."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - only here

    try:
        return version("uanews")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
