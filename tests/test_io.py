"""Atomic output: a file appears complete or not at all, and no temporary file is left."""

from __future__ import annotations

import os

import pytest

from uanews.io import AtomicFile, atomic_write


def test_atomic_write_replaces_the_target_on_success(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target) as handle:
        handle.write("new ✓")
        assert target.read_text("utf-8") == "old"  # nothing visible until the end
    assert target.read_text("utf-8") == "new ✓"
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_leaves_the_target_and_no_temporary_file_on_error(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def write_half_then_fail():
        with atomic_write(target) as handle:
            handle.write("half")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        write_half_then_fail()
    assert target.read_text("utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


def test_discard_removes_the_temporary_file(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    pending = AtomicFile(target)
    pending.handle.write("text")
    assert pending.temporary.exists()
    pending.discard()
    assert list((tmp_path / "sub").iterdir()) == []


def test_the_written_file_gets_the_mode_a_plain_open_would_give(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "out.txt") as handle:
            handle.write("x")
    finally:
        os.umask(old)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644
