"""README.md: its install commands are CI's, and every other command in it runs as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

import uanews
from cli_support import EXAMPLE_DUMP, ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks() -> list[tuple[str, str]]:
    """Return the README's sh and python code blocks, in order."""
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def _is_install(code: str) -> bool:
    return "pip install" in code


def test_the_install_commands_are_the_ones_ci_runs():
    # CI runs them quietly: the same commands with pip's -q.
    ci = (
        (ROOT / ".ci" / "run")
        .read_text(encoding="utf-8")
        .replace("pip install -q ", "pip install ")
    )
    installs = [code.strip() for kind, code in blocks() if kind == "sh" and _is_install(code)]
    assert len(installs) == 2
    for command in installs:
        assert command in ci, command


def test_every_other_command_runs_from_a_fresh_directory(tmp_path, monkeypatch):
    # A fresh directory with what a checkout gives the commands: the shipped example dump.
    (tmp_path / "examples" / "dumps").mkdir(parents=True)
    shutil.copy(EXAMPLE_DUMP, tmp_path / "examples" / "dumps" / "seeds.txt")
    monkeypatch.chdir(tmp_path)
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    ran = []
    for kind, code in blocks():
        if kind == "python":
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, str(README), "exec"), {})  # noqa: S102 - the README's code
            ran.append("python")
            continue
        if _is_install(code):
            continue
        for line in code.splitlines():
            result = subprocess.run(  # noqa: S603 - the README's own commands
                ["bash", "-c", line],  # noqa: S607 - bash from PATH, as a user runs it
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "PATH": path},
                timeout=300,
            )
            assert result.returncode == 0, (line, result.stdout, result.stderr)
            ran.append(line.split("#")[0].strip())
    assert sum(line.startswith("uanews ") for line in ran) >= 8
    # What the commands wrote is what they say.
    items = list(uanews.iter_dump("dumps/seeds.txt"))
    written = list(uanews.iter_jsonl(Path("out/all.jsonl").read_text("utf-8").splitlines()))
    assert written == items
    assert sorted(p.name for p in Path("out/each").iterdir()) == ["seeds.jsonl"]
    quotes = pq.read_table("out/quotes.parquet")
    assert quotes.num_rows == sum(len(item.quotes) for item in items)
    assert Path("back.txt").read_text("utf-8") == uanews.render_dump(items)
    assert Path("out/items.csv").read_text("utf-8").startswith("item_id,")
    assert Path("out/news-item.schema.json").stat().st_size > 1000
