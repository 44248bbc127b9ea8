"""The shipped examples run: convert a dump, use the library in an app, scale out with Dask."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import uanews
from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, write_binary, write_dump
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


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_recipe_converts_a_directory(tmp_path, scheduler):
    pytest.importorskip("dask.bag")
    texts = example_items_text()
    write_dump(tmp_path / "src" / "one.txt", texts)
    write_dump(tmp_path / "src" / "nested" / "two.txt", texts[:1])
    write_binary(tmp_path / "src" / "broken.txt")
    dask_convert = load_example("dask_convert")
    results = dask_convert.convert_directory(tmp_path / "src", tmp_path / "dst", scheduler)
    by_name = {Path(result["source"]).name: result for result in results}
    assert by_name["one.txt"]["items"] == 2
    assert by_name["two.txt"]["items"] == 1
    assert by_name["broken.txt"]["items"] == 0
    assert "binary data" in by_name["broken.txt"]["errors"][0]
    assert not (tmp_path / "dst" / "broken.jsonl").exists()
    assert len(jsonl((tmp_path / "dst" / "one.jsonl").read_text("utf-8"))) == 2
    assert len(jsonl((tmp_path / "dst" / "nested" / "two.jsonl").read_text("utf-8"))) == 1


def test_dask_recipe_rejects_an_unknown_scheduler(tmp_path):
    pytest.importorskip("dask.bag")
    with pytest.raises(ValueError, match="scheduler"):
        load_example("dask_convert").convert_directory(tmp_path, tmp_path / "out", "gpu")
