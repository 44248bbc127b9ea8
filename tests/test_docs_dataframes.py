"""docs/dataframes.md: every command and code block runs, in order, in a fresh directory."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from cli_support import EXAMPLE_DUMP, ROOT
from uanews.tables import COLUMNS

PAGE = ROOT / "docs" / "dataframes.md"
BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)

# News written for this test, in the style of the dumps (not from the corpus).
MORE = (
    "Мер зустрівся з волонтерами\n\n"
    "Міський голова Іван Коваленко зустрівся з волонтерами у четвер. «Ми допоможемо з "
    "приміщенням для складу», — сказав Іван Коваленко.\n\n"
    "Волонтери подякували за підтримку.\n"
)


def blocks() -> list[tuple[str, str]]:
    """Return the page's sh and python code blocks, in order."""
    return BLOCK.findall(PAGE.read_text(encoding="utf-8"))


def test_code_lines_fit_88_columns():
    long = [line for _, code in blocks() for line in code.splitlines() if len(line) > 88]
    assert long == []


def test_the_tables_section_lists_exactly_the_columns():
    text = PAGE.read_text(encoding="utf-8").split("## The tables", 1)[1]
    for table, columns in COLUMNS.items():
        section = text.split(f"### `{table.value}`", 1)[1].split("###", 1)[0]
        rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (.*) \|$", section, re.MULTILINE)
        assert rows == [(c.name, c.type, c.description) for c in columns], table


def test_every_block_runs_in_a_fresh_directory(tmp_path, monkeypatch):
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    shutil.copy(EXAMPLE_DUMP, dumps / "seeds.txt")
    (dumps / "more.txt").write_text(MORE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    namespace: dict[str, object] = {}
    printed = io.StringIO()
    found = blocks()
    assert [kind for kind, _ in found].count("python") >= 7
    for kind, code in found:
        if kind == "sh":
            for line in code.splitlines():
                result = subprocess.run(  # noqa: S603 - the page's own commands
                    ["bash", "-c", line],  # noqa: S607 - bash from PATH, as a user runs it
                    capture_output=True,
                    text=True,
                    check=False,
                    env={**os.environ, "PATH": path},
                    timeout=300,
                )
                assert result.returncode == 0, (line, result.stderr)
        else:
            with contextlib.redirect_stdout(printed):
                exec(compile(code, str(PAGE), "exec"), namespace)  # noqa: S102 - the page's code
    output = printed.getvalue()
    # DuckDB counted the speakers of both dumps, and the join named the files.
    assert "Іван Коваленко" in output
    assert "dumps/more.txt:1: Іван Коваленко: Ми допоможемо з приміщенням для складу" in output
    quotes = namespace["quotes"]
    everything = namespace["everything"]
    assert everything.num_rows == quotes.num_rows + 1  # type: ignore[attr-defined]
    assert "meeting" in output  # the events CSV
