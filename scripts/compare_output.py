"""Check that a change leaves the parser's output identical: write the full JSON, diff two runs.

Usage::

    .venv/bin/python scripts/compare_output.py write [DIR ...] -o OUT
    .venv/bin/python scripts/compare_output.py diff BEFORE AFTER
    .venv/bin/python scripts/compare_output.py against REF [DIR ...] [--keep OUT]

``write`` parses every ``.txt`` file of each ``DIR`` (default: the dev corpus,
``../shared/corpus/dev/raw`` beside the repository) with `uanews.parse_file` and writes the
whole JSON of each item, indented, to ``OUT/<directory name>.<file stem>.json`` (a file that
does not parse is written as ``{"error": ...}``, so a changed error shows too). A file given
instead of a directory is read as a dump with `uanews.iter_dump`, its items written as
``OUT/<directory name>.<stem>-0001.json`` and on. ``diff`` compares two such
directories file by file and prints, for each item that differs, the first JSON paths that
differ; it exits 1 if anything differs. ``against`` extracts the sources of git ``REF``
(say ``main``) into a temporary directory (``git archive``), writes its output with that code
and the output of the working tree's code, and diffs them.

Keep the outputs outside the repository: the corpus's licence does not allow copying its
text, and the JSON holds it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "raw"
MAX_PATHS = 5

Json = Any  # what json.loads returns


def _inputs(paths: Sequence[Path]) -> list[tuple[Path, bool]]:
    """Return the files to parse, each with whether it is a dump: a file named is a dump."""
    files: list[tuple[Path, bool]] = []
    for path in paths:
        if path.is_file():
            files.append((path, True))
        elif path.is_dir():
            files.extend((file, False) for file in sorted(path.glob("*.txt")))
        else:
            msg = f"{path}: no such file or directory"
            raise SystemExit(msg)
    return files


def _items(path: Path, *, dump: bool) -> Iterator[tuple[str, Json]]:
    """Yield (name, JSON) of each item of ``path``: one item, or each item of a dump."""
    import uanews  # noqa: PLC0415 - imported late so that ``against`` can pick the code first

    name = f"{path.parent.name}.{path.stem}"
    if not dump:
        try:
            yield name, json.loads(uanews.dumps(uanews.parse_file(path)))
        except uanews.UanewsError as error:
            yield name, {"error": str(error)}
        return
    try:
        for number, item in enumerate(uanews.iter_dump(path), start=1):
            yield f"{name}-{number:04d}", json.loads(uanews.dumps(item))
    except uanews.UanewsError as error:
        yield f"{name}-error", {"error": str(error)}


def write(paths: Sequence[Path], out: Path) -> int:
    """Write the JSON of each item of ``paths`` into ``out``; return how many it wrote."""
    import uanews  # noqa: PLC0415 - see _items

    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for path, dump in _inputs(paths):
        for name, data in _items(path, dump=dump):
            text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
            (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")
            count += 1
    print(f"wrote {count} items to {out} with {Path(uanews.__file__).parent}")
    return count


def _differences(before: Json, after: Json, path: str = "$") -> Iterator[str]:
    """Yield the JSON paths where ``before`` and ``after`` differ, outermost first."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(before.keys() | after.keys()):
            if key not in after:
                yield f"{path}.{key}: only before"
            elif key not in before:
                yield f"{path}.{key}: only after"
            else:
                yield from _differences(before[key], after[key], f"{path}.{key}")
    elif isinstance(before, list) and isinstance(after, list):
        for index, (one, other) in enumerate(zip(before, after, strict=False)):
            yield from _differences(one, other, f"{path}[{index}]")
        if len(before) != len(after):
            yield f"{path}: {len(before)} elements before, {len(after)} after"
    elif before != after:
        yield f"{path}: {_short(before)} -> {_short(after)}"


def _short(value: Json) -> str:
    """Return ``value`` as JSON, cut to 80 characters."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def diff(before: Path, after: Path) -> int:
    """Print how the item files of ``before`` and ``after`` differ; return 1 if they do."""
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    changed = 0
    for name in names:
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"{name}: only in {after if new.exists() else before}")
            changed += 1
            continue
        if old.read_bytes() == new.read_bytes():
            continue
        changed += 1
        paths = list(
            _differences(json.loads(old.read_text("utf-8")), json.loads(new.read_text("utf-8")))
        )
        print(f"{name}: {len(paths)} difference(s)")
        for line in paths[:MAX_PATHS]:
            print(f"  {line}")
        if len(paths) > MAX_PATHS:
            print(f"  ... and {len(paths) - MAX_PATHS} more")
    print(f"{len(names)} items compared, {changed} differ")
    return 1 if changed else 0


def _run_write(src: Path, dirs: Sequence[Path], out: Path) -> None:
    """Run ``write`` in a fresh interpreter that imports uanews from ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable, __file__, "write", *map(str, dirs), "-o", str(out)]
    subprocess.run(command, check=True, env=env, cwd=src.parent)  # noqa: S603 - our own script


def against(ref: str, dirs: Sequence[Path], keep: Path | None) -> int:
    """Write the output of git ``ref`` and of the working tree, diff them; return as `diff`."""
    with tempfile.TemporaryDirectory(prefix="uanews-compare-") as scratch:
        base = keep or Path(scratch)
        tree = Path(scratch) / "tree"
        tree.mkdir()
        # The ref's files only (git archive): no worktree or other state added to the repository.
        archive = subprocess.run(  # noqa: S603 - git with our arguments
            ["git", "-C", str(ROOT), "archive", ref, "src"],  # noqa: S607 - git from PATH
            check=True,
            capture_output=True,
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as files:
            files.extractall(tree, filter="data")
        _run_write(tree / "src", dirs, base / "before")
        _run_write(ROOT / "src", dirs, base / "after")
        return diff(base / "before", base / "after")


def main(argv: Sequence[str]) -> int:
    """Run the command named in ``argv``; return the exit status."""
    parser = argparse.ArgumentParser(description="write and diff the parser's full JSON output")
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="write the JSON of each .txt file of DIR")
    writing.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    writing.add_argument("-o", "--out", type=Path, required=True, help="output directory")
    diffing = commands.add_parser("diff", help="diff two directories that write produced")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    ref = commands.add_parser("against", help="diff a git ref's output with the working tree's")
    ref.add_argument("ref", help="a git commit, branch or tag")
    ref.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    ref.add_argument("--keep", type=Path, help="keep both outputs here (before/, after/)")
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.dirs, args.out)
        return 0
    if args.command == "diff":
        return diff(args.before, args.after)
    dirs = [path.resolve() for path in args.dirs]
    return against(args.ref, dirs, args.keep.resolve() if args.keep else None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
