"""Scale out: convert a directory of dumps with Dask, one task per dump file.

Usage: ``python examples/dask_convert.py SRC_DIR DST_DIR [--scheduler S]``, with the extra
installed (``pip install "uanews[dask]"``). Each ``*.txt`` under ``SRC_DIR`` becomes a
``.jsonl`` file at the same relative place under ``DST_DIR``, written atomically; a dump that
fails is reported and the others still convert. ``S`` is ``threads`` (default),
``processes`` or ``synchronous`` (one thread; for debugging); on a cluster, create a
``dask.distributed.Client`` first and the bag runs there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TypedDict

import dask.bag as db

from uanews.batch import ConvertOptions, OutputFormat, convert_file

SCHEDULERS = ("threads", "processes", "synchronous")


class Converted(TypedDict):
    """What converting one dump gave."""

    source: str
    target: str
    items: int
    errors: list[str]


def convert_one(paths: tuple[Path, Path]) -> Converted:
    """Convert one dump (``(source, target)``) to JSON Lines; return what happened."""
    source, target = paths
    options = ConvertOptions(format=OutputFormat.JSONL)
    try:
        items, errors = convert_file(source, target, options)
    except OSError as error:
        items, errors = 0, [f"{source}: {error}"]
    return {"source": str(source), "target": str(target), "items": items, "errors": errors}


def plan(src: Path, dst: Path) -> list[tuple[Path, Path]]:
    """Return (dump, output) pairs for every ``*.txt`` under ``src``, sorted."""
    return [
        (path, dst / path.relative_to(src).with_suffix(".jsonl"))
        for path in sorted(src.rglob("*.txt"))
    ]


def convert_directory(
    src: str | Path, dst: str | Path, scheduler: str = "threads"
) -> list[Converted]:
    """Convert every dump under ``src`` into ``dst`` with a Dask bag; return one record each."""
    if scheduler not in SCHEDULERS:
        msg = f"scheduler must be one of {', '.join(SCHEDULERS)}, not {scheduler!r}"
        raise ValueError(msg)
    pairs = plan(Path(src), Path(dst))
    if not pairs:
        return []
    bag = db.from_sequence(pairs, npartitions=min(len(pairs), 64)).map(convert_one)
    results: list[Converted] = bag.compute(scheduler=scheduler)
    return results


def main(argv: list[str]) -> int:
    """Run `convert_directory` from the command line; exit 1 if any dump had errors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--scheduler", choices=SCHEDULERS, default="threads")
    args = parser.parse_args(argv)
    results = convert_directory(args.src, args.dst, scheduler=args.scheduler)
    for result in results:
        for error in result["errors"]:
            print(f"dask_convert: {error}", file=sys.stderr)
    items = sum(result["items"] for result in results)
    failed = sum(1 for result in results if result["errors"])
    print(f"converted {items} items from {len(results)} dumps, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
