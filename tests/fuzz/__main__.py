"""Run one fuzz target under atheris for a time budget: ``python -m tests.fuzz TARGET``.

From the repository root::

    pip install -e ".[fuzz]"
    python -m tests.fuzz parse_bytes --seconds 300

Every input is counted; an input that makes the target fail is counted, kept under
``--crashes`` (default ``fuzz-crashes/<target>/``) and fuzzing goes on, so one run reports
all the failures it met. At the end (or every 10,000 inputs) a line says how many inputs were
tried and how many failed. The exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("target", help="parse_bytes, parse_str, loads, iter_jsonl or cli_convert")
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--max-len", type=int, default=4096, help="longest input in bytes")
    parser.add_argument("--crashes", type=Path, help="where failing inputs are kept")
    return parser.parse_args()


class _Run:
    """Counts of one fuzz run, and where its failing inputs go."""

    def __init__(self, target: str, seconds: float, crashes: Path) -> None:
        self.target = target
        self.deadline = time.monotonic() + seconds
        self.crashes = crashes
        self.tried = 0
        self.failed = 0
        self.kinds: dict[str, int] = {}

    def summary(self) -> str:
        kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(self.kinds.items()))
        return f"fuzz {self.target}: {self.tried} inputs tried, {self.failed} failed" + (
            f" ({kinds})" if kinds else ""
        )

    def failure(self, data: bytes, exc: BaseException) -> None:
        self.failed += 1
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        kind = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.crashes.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()[:16]  # noqa: S324 - a file name, not security
        (self.crashes / f"{name}.bin").write_bytes(data)
        if self.kinds[kind] == 1:
            print(f"new failure: {kind}: {str(exc)[:200]}", file=sys.stderr, flush=True)


def main() -> None:
    """Fuzz the target named on the command line until the time budget is spent."""
    args = _arguments()
    try:
        import atheris  # noqa: PLC0415 - optional: only this command needs it
    except ImportError:
        sys.exit('atheris is not installed: pip install -e ".[fuzz]" (the suite does not need it)')
    with atheris.instrument_imports():
        from . import seeds, targets  # noqa: PLC0415 - uanews is imported under instrumentation

    if args.target not in targets.TARGETS:
        sys.exit(f"unknown target {args.target!r}; choose from {', '.join(targets.TARGETS)}")
    target = targets.TARGETS[args.target]
    run = _Run(args.target, args.seconds, args.crashes or Path("fuzz-crashes") / args.target)
    corpus = Path(tempfile.mkdtemp(prefix=f"uanews-fuzz-{args.target}-"))
    for number, seed in enumerate(seeds.seeds(args.target)):
        (corpus / f"seed-{number}").write_bytes(seed)

    def one_input(data: bytes) -> None:
        if time.monotonic() > run.deadline:
            print(run.summary(), flush=True)
            shutil.rmtree(corpus, ignore_errors=True)
            os._exit(1 if run.failed else 0)
        run.tried += 1
        try:
            target(data)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and kept
            run.failure(data, exc)
        if run.tried % 10_000 == 0:
            print(run.summary(), file=sys.stderr, flush=True)

    atheris.Setup(
        [sys.argv[0], f"-max_len={args.max_len}", "-timeout=60", str(corpus)],
        one_input,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
