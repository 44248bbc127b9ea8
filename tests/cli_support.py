"""Helpers for the command-line tests: the shipped example dump and ways to make inputs."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson

from uanews.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE_DUMP = ROOT / "examples" / "dumps" / "seeds.txt"
SEPARATOR = "\n====\n\n"


def example_items_text() -> list[str]:
    """Return the texts of the items in the example dump, in order."""
    return [part.strip("\n") + "\n" for part in EXAMPLE_DUMP.read_text("utf-8").split("\n====\n")]


def write_dump(path: Path, texts: list[str]) -> Path:
    """Write ``texts`` to ``path`` as one dump; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SEPARATOR.join(texts), encoding="utf-8")
    return path


def write_binary(path: Path) -> Path:
    """Write a file that is not text (it holds NUL bytes); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01\x02 binary \x00 data")
    return path


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    """Run ``uanews argv``; return (exit status, stdout, stderr)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl(text: str) -> list[dict]:
    """Return the objects of JSON Lines ``text``."""
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]
