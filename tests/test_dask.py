"""The Dask recipe (examples/dask_convert.py): dumps split into parts, on a cluster, re-runnable."""

from __future__ import annotations

import collections
from pathlib import Path

import orjson
import pytest

import uanews.partition
from cli_support import example_items_text, write_binary, write_dump
from test_examples import load_example, run_script
from uanews.batch import ConvertOptions, convert_file
from uanews.errors import ParseError

pytest.importorskip("dask.bag")

BLOCKSIZE = 3000
"""Small enough that a dump of a dozen example items gives several parts."""


def numbered_items(count: int) -> list[str]:
    """Return ``count`` item texts: the example items with a number in each headline."""
    texts = example_items_text()
    return [f"Новина {number}. {texts[number % len(texts)]}" for number in range(count)]


def sources(root: Path) -> Path:
    """Write the dumps the tests convert under ``root / "src"``; return that directory."""
    write_dump(root / "src" / "one.txt", numbered_items(8))
    write_dump(root / "src" / "nested" / "two.txt", numbered_items(1))
    write_binary(root / "src" / "broken.txt")
    (root / "src" / "empty.txt").write_text("\n====\n  \n", encoding="utf-8")
    return root / "src"


def concatenated(folder: Path) -> bytes:
    """Return the parts in ``folder``, in order, as one file."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("part-*.jsonl")))


def expected_jsonl(dump: Path, tmp_path: Path) -> bytes:
    """Return what `convert_file` (the engine of ``uanews convert``) writes for ``dump``."""
    target = tmp_path / f"expected-{dump.stem}.jsonl"
    convert_file(dump, target, ConvertOptions())
    return target.read_bytes()


def local_cluster(distributed):
    """Return a two-process LocalCluster that listens on free ports of 127.0.0.1 only.

    ``dashboard_address=None`` is not enough: the scheduler still serves its HTTP routes
    on port 8787, and when another cluster on the machine holds that port, the "Port 8787
    is already in use" warning (an error under ``filterwarnings=error``) stops the cluster.
    """
    return distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address="127.0.0.1:0",
    )


@pytest.fixture(scope="module")
def recipe():
    return load_example("dask_convert")


def check_manifest(manifest, src: Path, dst: Path, tmp_path: Path):
    """The parts of each dump hold what ``uanews convert`` writes, and the manifest says so."""
    assert concatenated(dst / "one") == expected_jsonl(src / "one.txt", tmp_path)
    assert concatenated(dst / "nested" / "two") == expected_jsonl(src / "nested/two.txt", tmp_path)
    by_source = {}
    for part in manifest["parts"]:
        by_source.setdefault(Path(part["source"]).name, []).append(part)
    assert len(by_source["one.txt"]) >= 3  # one dump, spread over several tasks
    assert [part["index"] for part in by_source["one.txt"]] == list(
        range(len(by_source["one.txt"]))
    )
    assert sum(part["items"] for part in by_source["one.txt"]) == 8
    (broken,) = by_source["broken.txt"]
    assert broken["items"] == 0
    assert "binary data" in broken["failures"][0]
    assert "empty.txt: no news items" in manifest["dump_failures"][0]
    assert manifest["items"] == 9
    assert manifest["failures"] == 2
    assert manifest["failed_parts"] == 0


def test_the_recipe_runs_on_a_local_cluster(tmp_path, recipe):
    distributed = pytest.importorskip("distributed")
    src, dst = sources(tmp_path), tmp_path / "dst"
    with local_cluster(distributed) as cluster:
        settings = recipe.Settings(
            address=cluster.scheduler_address, blocksize=BLOCKSIZE, timeout=60, deadline=120
        )
        manifest = recipe.convert(src, dst, settings)
        with distributed.Client(cluster.scheduler_address, timeout=60) as client:
            plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    check_manifest(manifest, src, dst, tmp_path)
    assert all("uanews-warm-up" in names for names in plugins.values())
    assert len(plugins) == 2


def test_a_partition_that_fails_on_the_cluster_is_retried_and_reported(
    tmp_path, recipe, monkeypatch
):
    distributed = pytest.importorskip("distributed")
    dump = write_dump(tmp_path / "src" / "gone.txt", numbered_items(3))
    real_plan = recipe.plan

    def plan_then_lose_the_dump(*args):
        planned = real_plan(*args)
        dump.unlink()  # every attempt to read it fails, on any worker
        return planned

    monkeypatch.setattr(recipe, "plan", plan_then_lose_the_dump)
    with local_cluster(distributed) as cluster:
        settings = recipe.Settings(
            address=cluster.scheduler_address, blocksize=BLOCKSIZE, timeout=60, deadline=120
        )
        manifest = recipe.convert(tmp_path / "src", tmp_path / "dst", settings)
        runs = [
            entry.key
            for entry in cluster.scheduler.transition_log
            if entry.finish == "processing" and "convert_part" in str(entry.key)
        ]
    assert manifest["failed_parts"] == len(manifest["parts"]) >= 2
    # Dask ran each partition three times (the first try, then retries=2) before giving up.
    assert sorted(collections.Counter(runs).values()) == [3] * len(manifest["parts"])
    for part in manifest["parts"]:
        assert not part["ok"]
        assert part["attempts"] == 3  # the first try and two retries
        assert "FileNotFoundError" in part["failures"][0]
    assert not list((tmp_path / "dst").rglob("part-*"))


def test_a_rerun_converts_only_the_missing_part(tmp_path, recipe):
    src, dst = sources(tmp_path), tmp_path / "dst"
    settings = recipe.Settings(scheduler="synchronous", blocksize=BLOCKSIZE)
    first = recipe.convert(src, dst, settings)
    check_manifest(first, src, dst, tmp_path)
    parts = sorted(dst.rglob("part-*.jsonl"))
    assert first["converted"] == len(parts) == len(first["parts"])
    before = {path: (path.stat().st_mtime_ns, path.read_bytes()) for path in parts}
    lost = dst / "one" / "part-00001.jsonl"
    lost.unlink()
    second = recipe.convert(src, dst, settings)
    assert (second["converted"], second["kept"]) == (1, len(parts) - 1)
    after = {path: (path.stat().st_mtime_ns, path.read_bytes()) for path in parts}
    assert after[lost][1] == before[lost][1]
    assert {path: stamp for path, stamp in after.items() if path != lost} == {
        path: stamp for path, stamp in before.items() if path != lost
    }
    assert [part["items"] for part in second["parts"]] == [part["items"] for part in first["parts"]]
    assert recipe.convert(src, dst, settings)["converted"] == 0


def test_a_changed_dump_is_converted_again(tmp_path, recipe):
    src, dst = sources(tmp_path), tmp_path / "dst"
    settings = recipe.Settings(scheduler="synchronous", blocksize=BLOCKSIZE)
    first = recipe.convert(src, dst, settings)
    write_dump(src / "nested" / "two.txt", numbered_items(2))  # two items: two parts now
    second = recipe.convert(src, dst, settings)
    assert (second["converted"], second["kept"]) == (2, len(first["parts"]) - 1)
    assert second["items"] == first["items"] + 1
    assert concatenated(dst / "nested" / "two") == expected_jsonl(src / "nested/two.txt", tmp_path)
    write_dump(src / "nested" / "two.txt", numbered_items(1)[::-1])  # back to one part
    third = recipe.convert(src, dst, settings)
    assert third["converted"] == 1
    assert concatenated(dst / "nested" / "two") == expected_jsonl(src / "nested/two.txt", tmp_path)
    assert len(list((dst / "nested" / "two").iterdir())) == 2  # the part and its record


def test_an_item_that_fails_costs_only_that_item(tmp_path, recipe, monkeypatch):
    dump = write_dump(tmp_path / "src" / "d.txt", numbered_items(4))
    real_parse = uanews.partition.parse_lines
    bad_line = next(
        number
        for number, line in enumerate(dump.read_text("utf-8").split("\n"), start=1)
        if line.startswith("Новина 2.")
    )

    def parse_failing_on_item_three(lines, **options):
        if options["first_line"] <= bad_line < options["first_line"] + len(lines):
            msg = "cannot parse this one"
            raise ParseError(msg, source=options["source"], line=bad_line)
        return real_parse(lines, **options)

    monkeypatch.setattr(uanews.partition, "parse_lines", parse_failing_on_item_three)
    settings = recipe.Settings(scheduler="synchronous", blocksize=1)
    manifest = recipe.convert(tmp_path / "src", tmp_path / "dst", settings)
    assert manifest["items"] == 3
    assert manifest["failed_parts"] == 0
    failures = [message for part in manifest["parts"] for message in part["failures"]]
    assert failures == [f"{dump}:{bad_line}: cannot parse this one"]
    texts = concatenated(tmp_path / "dst" / "d").decode().splitlines()
    assert [uanews.loads(text).text.split(".")[0] for text in texts] == [
        "Новина 0",
        "Новина 1",
        "Новина 3",
    ]


def test_a_failing_partition_is_retried_then_reported(tmp_path, recipe, monkeypatch, capsys):
    write_dump(tmp_path / "src" / "d.txt", numbered_items(4))
    real_convert = recipe.convert_part
    calls = []

    def flaky(job):
        calls.append(job["partition"].index)
        if job["partition"].index == 1:  # always fails
            msg = "disk on fire"
            raise OSError(msg)
        if calls.count(job["partition"].index) == 1:  # fails once
            msg = "a hiccup"
            raise OSError(msg)
        return real_convert(job)

    monkeypatch.setattr(recipe, "convert_part", flaky)
    settings = recipe.Settings(scheduler="synchronous", blocksize=BLOCKSIZE, retries=2)
    manifest = recipe.convert(tmp_path / "src", tmp_path / "dst", settings)
    attempts = {part["index"]: (part["ok"], part["attempts"]) for part in manifest["parts"]}
    assert attempts[1] == (False, 3)
    assert all(outcome == (True, 2) for index, outcome in attempts.items() if index != 1)
    assert "disk on fire" in manifest["parts"][1]["failures"][0]
    assert manifest["failed_parts"] == 1
    assert manifest["failures"] == 1
    # A re-run tries the lost part again, and the command reports it: status 1, on stderr.
    argv = [tmp_path / "src", tmp_path / "dst", "--scheduler", "synchronous"]
    assert recipe.main([*map(str, argv), "--blocksize", str(BLOCKSIZE)]) == 1
    assert "disk on fire" in capsys.readouterr().err


def test_the_script_runs_with_worker_processes_by_default(tmp_path):
    src, dst = sources(tmp_path), tmp_path / "dst"
    argv = [src, dst, "--workers", "2", "--blocksize", BLOCKSIZE]
    result = run_script("dask_convert", *argv, cwd=tmp_path)
    assert result.returncode == 1  # broken.txt and empty.txt
    assert "binary data" in result.stderr
    assert "empty.txt: no news items" in result.stderr
    assert result.stdout.startswith("converted 9 items in ")
    check_manifest(orjson.loads((dst / "manifest.json").read_bytes()), src, dst, tmp_path)


def test_the_recipe_rejects_an_unknown_scheduler(tmp_path, recipe):
    with pytest.raises(ValueError, match="scheduler"):
        recipe.convert(tmp_path, tmp_path / "out", recipe.Settings(scheduler="gpu"))


def test_the_cluster_address_comes_from_the_environment(recipe, monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://10.0.0.1:8786")
    assert recipe.cluster_address(None) == "tcp://10.0.0.1:8786"
    assert recipe.cluster_address("tcp://other:1") == "tcp://other:1"
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS")
    assert recipe.cluster_address(None) == ""
