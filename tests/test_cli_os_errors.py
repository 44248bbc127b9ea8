"""Every OS error the CLI can meet is one line, ``uanews: error: <what> (<path>)``, exit 1.

Faults are simulated in-process by making the OS call raise its errno, and, where the
machine allows it, for real in a child process (``/dev/full``, closed standard streams).
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import EXAMPLE_DUMP, example_items_text, jsonl, run, write_dump
from uanews.cli import main


def _fail_temporary_files(monkeypatch, code):
    """Make creating uanews's temporary output files fail with ``code``."""
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):
        if str(path).endswith(".tmp"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def _fail_fsync(monkeypatch, code):
    def fake_fsync(_descriptor):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fake_fsync)


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("uanews: error: ")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("under", ["file.txt/out.jsonl", "file.txt/deeper/out.jsonl"])
def test_output_under_a_file_is_one_error_line(tmp_path, capsys, under):
    (tmp_path / "file.txt").write_text("not a directory", encoding="utf-8")
    target = tmp_path / under
    status, _, err = run(["convert", EXAMPLE_DUMP, "-o", target], capsys)
    assert status == 1
    assert _one_error_line(err) == (
        f"uanews: error: cannot create the file: a parent directory in its path is a file "
        f"({target})"
    )


def _json_input(tmp_path, capsys):
    path = tmp_path / "items.jsonl"
    assert run(["convert", EXAMPLE_DUMP, "-o", path], capsys)[0] == 0
    return path


@pytest.mark.parametrize("command", ["convert", "render", "schema"])
def test_a_read_only_file_system_is_one_error_line(tmp_path, capsys, monkeypatch, command):
    source = {
        "convert": [EXAMPLE_DUMP],
        "render": [_json_input(tmp_path, capsys)],
        "schema": [],
    }[command]
    target = tmp_path / "out" / "result"
    _fail_temporary_files(monkeypatch, errno.EROFS)
    status, _, err = run([command, *source, "-o", target], capsys)
    assert status == 1
    assert _one_error_line(err) == f"uanews: error: Read-only file system ({target})"
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("command", ["convert", "render", "schema"])
def test_a_full_disk_is_one_error_line_and_leaves_no_file(tmp_path, capsys, monkeypatch, command):
    source = {
        "convert": [EXAMPLE_DUMP],
        "render": [_json_input(tmp_path, capsys)],
        "schema": [],
    }[command]
    target = tmp_path / "out" / "result"
    target.parent.mkdir()
    target.write_text("earlier", encoding="utf-8")
    _fail_fsync(monkeypatch, errno.ENOSPC)
    status, _, err = run([command, *source, "-o", target], capsys)
    assert status == 1
    assert _one_error_line(err) == f"uanews: error: No space left on device ({target})"
    assert [path.name for path in target.parent.iterdir()] == ["result"]
    assert target.read_text("utf-8") == "earlier"


class _FullStream(io.StringIO):
    """A standard output on a full disk: every write fails with ENOSPC."""

    def write(self, _text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("command", [["convert", EXAMPLE_DUMP], ["schema"]])
def test_a_full_disk_on_stdout_is_one_error_line(capsys, monkeypatch, command):
    monkeypatch.setattr(sys, "stdout", _FullStream())
    status = main([str(arg) for arg in command])
    err = capsys.readouterr().err
    assert status == 1
    assert _one_error_line(err) == "uanews: error: No space left on device (<stdout>)"


def test_a_closed_stdout_is_one_error_line(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    status = main(["convert", str(EXAMPLE_DUMP)])
    err = capsys.readouterr().err
    assert status == 1
    assert _one_error_line(err) == "uanews: error: standard output is closed (<stdout>)"


def test_a_closed_stdout_does_not_matter_when_writing_to_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    target = tmp_path / "out.jsonl"
    assert main(["convert", str(EXAMPLE_DUMP), "-o", str(target), "-q"]) == 0
    assert len(jsonl(target.read_text("utf-8"))) == 2


def test_a_closed_stdin_is_reported_as_a_failed_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    status = main(["convert", "-"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.splitlines()[0] == "uanews: <stdin>: standard input is closed"
    assert "Traceback" not in err


def test_a_closed_stdin_is_no_problem_for_a_command_that_does_not_read_it(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["schema"]) == 0
    assert capsys.readouterr().out.startswith("{")


def _uanews(args, tmp_path, redirect):
    """Run ``python -m uanews args`` through a shell with ``redirect`` applied."""
    command = " ".join([sys.executable, "-m", "uanews", *map(str, args)]) + " " + redirect
    return subprocess.run(  # noqa: S602 - the redirections are the point
        command, shell=True, cwd=tmp_path, capture_output=True, text=True, check=False
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["convert", EXAMPLE_DUMP], ["schema"]])
def test_real_dev_full_on_stdout(tmp_path, command):
    done = _uanews(command, tmp_path, "> /dev/full")
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "uanews: error: No space left on device (<stdout>)"
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell redirections")
def test_real_closed_stdout_and_stdin(tmp_path):
    done = _uanews(["convert", EXAMPLE_DUMP], tmp_path, ">&-")
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "uanews: error: standard output is closed (<stdout>)"
    done = _uanews(["convert", "-", "-q"], tmp_path, "<&-")
    assert done.returncode == 1
    assert done.stderr == "uanews: <stdin>: standard input is closed\n"


def test_an_input_named_dot_dot_txt_converts_into_a_directory(tmp_path, capsys):
    texts = example_items_text()[:1]
    odd = write_dump(tmp_path / "..txt", texts)
    write_dump(tmp_path / "in" / "..txt", texts)
    status, _, err = run(["convert", odd, tmp_path / "in", "-o", f"{tmp_path}/out/", "-q"], capsys)
    assert (status, err) == (
        2,
        f"uanews: {tmp_path / 'in' / '..txt'} and {odd} would both write ..txt.jsonl\n",
    )
    status, _, err = run(["convert", odd, "-o", f"{tmp_path}/out/", "-q"], capsys)
    assert (status, err) == (0, "")
    assert len(jsonl((tmp_path / "out" / "..txt.jsonl").read_text("utf-8"))) == 1


def test_inputs_with_dots_in_their_names_do_not_clash_in_a_directory(tmp_path, capsys):
    texts = example_items_text()[:1]
    first = write_dump(tmp_path / "news.2024.txt", texts)
    second = write_dump(tmp_path / "news.2025.txt", texts)
    status, _, _ = run(["convert", first, second, "-o", f"{tmp_path}/out/", "-q"], capsys)
    assert status == 0
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "news.2024.jsonl",
        "news.2025.jsonl",
    ]
