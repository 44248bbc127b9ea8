"""`uanews convert` never loses a file: no overwritten input, kept modes, no empty outputs.

Also: entries of a directory that cannot be inputs are reported as skipped, and a FIFO named
on the command line is read like standard input.
"""

from __future__ import annotations

import os
import stat
import sys
import threading

import pytest

from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, run, write_binary, write_dump

ITEMS = example_items_text()
FIFO_SKIPPED = "a FIFO (name it on the command line to read it)"


@pytest.mark.parametrize("command", ["convert", "render"])
def test_an_output_that_is_an_input_is_a_usage_error(tmp_path, capsys, command):
    if command == "convert":
        source = write_dump(tmp_path / "same.txt", ITEMS)
    else:
        source = tmp_path / "same.jsonl"
        assert run(["convert", EXAMPLE_DUMP, "-o", source], capsys)[0] == 0
    before = source.read_bytes()
    status, _, err = run([command, source, "-o", source], capsys)
    assert status == 2
    assert err == f"uanews: {source}: the output would overwrite the input {source}\n"
    assert source.read_bytes() == before


def test_an_output_that_resolves_to_an_input_through_a_link_is_a_usage_error(tmp_path, capsys):
    source = write_dump(tmp_path / "dump.txt", ITEMS)
    (tmp_path / "link.jsonl").symlink_to(source)
    os.link(source, tmp_path / "hard.txt")
    before = source.read_bytes()
    for target in ("link.jsonl", "hard.txt", "./sub/../dump.txt"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        status, _, err = run(["convert", source, "-o", f"{tmp_path}/{target}"], capsys)
        assert status == 2, target
        assert "the output would overwrite the input" in err
    assert source.read_bytes() == before


def test_the_mode_of_a_replaced_file_is_kept(tmp_path, capsys):
    target = tmp_path / "private.jsonl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    assert run(["convert", EXAMPLE_DUMP, "-o", target, "-q"], capsys)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(jsonl(target.read_text("utf-8"))) == 2


def test_a_run_where_every_input_failed_leaves_no_output_file(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.bin")
    target = tmp_path / "out.jsonl"
    status, _, _ = run(["convert", bad, tmp_path / "missing.txt", "-o", target], capsys)
    assert status == 1
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_a_run_where_every_input_failed_keeps_an_earlier_file(tmp_path, capsys):
    bad = write_binary(tmp_path / "bad.bin")
    target = tmp_path / "out.json"
    target.write_text("earlier", encoding="utf-8")
    status, _, err = run(["convert", bad, "-f", "json", "-o", target], capsys)
    assert status == 1
    assert target.read_text("utf-8") == "earlier"
    assert err.endswith("converted 0 items from 1 file, 1 failed\n")


def _fifo(path):
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_entries_that_are_not_files_are_reported_as_skipped(tmp_path, capsys):
    folder = tmp_path / "in"
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
        write_dump(folder / name, ITEMS[:1])
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    _fifo(folder / "pipe.txt")
    (folder / "x.txt").mkdir()
    status, out, err = run(["convert", folder], capsys)
    assert status == 0
    assert len(jsonl(out)) == 5
    assert err.splitlines() == [
        f"uanews: warning: {folder / 'gone.txt'}: skipped: a dangling symbolic link",
        f"uanews: warning: {folder / 'pipe.txt'}: skipped: {FIFO_SKIPPED}",
        f"uanews: warning: {folder / 'x.txt'}: skipped: a directory",
        "converted 5 items from 5 files, 0 failed, 3 skipped",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_validate_counts_skipped_entries_too(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    assert run(["convert", EXAMPLE_DUMP, "-o", folder / "good.jsonl"], capsys)[0] == 0
    (folder / "broken.json").symlink_to(folder / "nowhere.json")
    status, _, err = run(["validate", folder], capsys)
    assert status == 0
    assert err.endswith("validated 2 items in 1 file, 0 invalid, 1 skipped\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_on_the_command_line_is_read_like_stdin(tmp_path, capsys):
    pipe = _fifo(tmp_path / "feed")
    data = EXAMPLE_DUMP.read_bytes()

    def feed():
        with pipe.open("wb") as writer:
            writer.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    status, out, err = run(["convert", pipe], capsys)
    writer.join()
    assert status == 0
    assert len(jsonl(out)) == 2
    assert err == "converted 2 items from 1 file, 0 failed\n"


def test_a_dangling_link_named_on_the_command_line_says_so(tmp_path, capsys):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    status, _, err = run(["convert", tmp_path / "gone.txt"], capsys)
    assert status == 1
    assert err.startswith(f"uanews: {tmp_path / 'gone.txt'}: a dangling symbolic link\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_new_output_file_still_gets_the_umask_mode(tmp_path, capsys):
    old = os.umask(0o027)
    try:
        assert run(["convert", EXAMPLE_DUMP, "-o", tmp_path / "new.jsonl", "-q"], capsys)[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640
