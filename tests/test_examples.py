"""The shipped examples run: convert a dump, use the library in an app (Dask: see test_dask)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import uanews
from cli_support import EXAMPLE_DUMP, write_binary
from uanews.parser import iter_dump

EXAMPLES = Path(__file__).parent.parent / "examples"


def load_example(name: str):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(name: str, *args, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter running a shipped example
        [sys.executable, str(EXAMPLES / f"{name}.py"), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


def test_the_example_dump_holds_both_seed_layouts():
    items = list(iter_dump(EXAMPLE_DUMP, extract=False))
    assert len(items) == 2
    assert any(paragraph.caption for paragraph in items[1].paragraphs)  # broadcast captions


def test_convert_dump_script_writes_json_lines(tmp_path):
    result = run_script("convert_dump", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "seeds.jsonl").read_text("utf-8").splitlines()
    assert [uanews.loads(line) for line in lines] == list(iter_dump(EXAMPLE_DUMP))


def test_convert_dump_script_reports_a_bad_dump(tmp_path):
    result = run_script("convert_dump", write_binary(tmp_path / "bad.txt"), "x.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert "binary data" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_app_script_prints_quotes_with_their_speakers(tmp_path):
    result = run_script("app", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    items = list(iter_dump(EXAMPLE_DUMP))
    app = load_example("app")
    assert result.stdout.splitlines() == list(app.summarize(items))
    assert result.stdout.startswith("#1 ")
