"""Convert a dump of news items to JSON Lines with the library, one item at a time.

Usage: ``python examples/convert_dump.py [DUMP] [OUTPUT]`` (defaults: the shipped example dump,
and ``seeds.jsonl`` in the current directory). Memory stays flat however large the dump is:
`uanews.iter_dump` reads and parses one item at a time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uanews
from uanews.io import atomic_write

EXAMPLE_DUMP = Path(__file__).parent / "dumps" / "seeds.txt"


def convert(dump: Path, output: Path) -> int:
    """Write every item of ``dump`` to ``output`` as JSON Lines; return how many."""
    with atomic_write(output) as target:
        return uanews.dump_jsonl(uanews.iter_dump(dump), target)


def main(argv: list[str]) -> int:
    """Convert the dump named in ``argv`` (or the example) and say how many items it held."""
    dump = Path(argv[0]) if argv else EXAMPLE_DUMP
    output = Path(argv[1]) if len(argv) > 1 else Path("seeds.jsonl")
    try:
        count = convert(dump, output)
    except (uanews.UanewsError, OSError) as error:
        print(f"convert_dump: {error}", file=sys.stderr)
        return 1
    print(f"{count} items from {dump} written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
