"""`show` pages through $PAGER (or less) on a terminal, and never when piped."""

from __future__ import annotations

import io
import re
import shlex
import sys

import pytest

from cli_support import EXAMPLE_DUMP
from uanews.cli import main
from uanews.cli.pager import LESS_OPTIONS, page, pager_command

COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])[;m]")


class Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self):
        return True


def _recording_pager(tmp_path):
    """Return a $PAGER that saves what it reads, and $LESS, to files in ``tmp_path``."""
    script = (
        "import os, sys, pathlib; d = pathlib.Path(sys.argv[1]); "
        "(d / 'paged.txt').write_text(sys.stdin.read(), 'utf-8'); "
        "(d / 'less.txt').write_text(os.environ.get('LESS', '-'), 'utf-8')"
    )
    return shlex.join([sys.executable, "-c", script, str(tmp_path)])


def _show(monkeypatch, stdout, *args):
    monkeypatch.setattr(sys, "stdout", stdout)
    return main(["show", str(EXAMPLE_DUMP), "--width", "100", *args])


def test_show_on_a_terminal_goes_through_the_pager(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGER", _recording_pager(tmp_path))
    monkeypatch.delenv("LESS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal = Terminal()
    assert _show(monkeypatch, terminal) == 0
    paged = (tmp_path / "paged.txt").read_text("utf-8")
    assert terminal.getvalue() == ""
    assert "Надзвичайним і Повноважним" in paged
    assert COLOUR.search(paged)  # colours kept for the pager
    assert (tmp_path / "less.txt").read_text("utf-8") == LESS_OPTIONS


def test_no_color_turns_the_colours_off_and_less_keeps_its_own_options(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGER", _recording_pager(tmp_path))
    monkeypatch.setenv("LESS", "-S")
    monkeypatch.setenv("NO_COLOR", "1")
    assert _show(monkeypatch, Terminal()) == 0
    # Bold and underline stay; foreground colours (SGR 30-38, 90-97) go.
    assert not COLOUR.search((tmp_path / "paged.txt").read_text("utf-8"))
    assert (tmp_path / "less.txt").read_text("utf-8") == "-S"


@pytest.mark.parametrize("pager", ["cat", ""])
def test_pager_cat_or_empty_writes_straight_to_the_terminal(monkeypatch, pager):
    monkeypatch.setenv("PAGER", pager)
    terminal = Terminal()
    assert _show(monkeypatch, terminal) == 0
    assert "Надзвичайним і Повноважним" in terminal.getvalue()


def test_no_pager_option_and_piped_output_are_never_paged(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGER", _recording_pager(tmp_path))
    terminal = Terminal()
    assert _show(monkeypatch, terminal, "--no-pager") == 0
    piped = io.StringIO()
    assert _show(monkeypatch, piped) == 0
    assert not (tmp_path / "paged.txt").exists()
    assert "Надзвичайним і Повноважним" in terminal.getvalue()
    assert "Надзвичайним і Повноважним" in piped.getvalue()
    assert "\x1b[" not in piped.getvalue()


def test_a_pager_that_cannot_start_falls_back_to_plain_output(tmp_path):
    terminal = Terminal()
    page("текст\n", terminal, {"PAGER": str(tmp_path / "no-such-pager")})
    assert terminal.getvalue() == "текст\n"


def test_pager_command_defaults_to_less_when_installed(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    assert pager_command({}) == ["/usr/bin/less"]
    monkeypatch.setattr("shutil.which", lambda _name: None)
    assert pager_command({}) is None
    assert pager_command({"PAGER": "less -R"}) == ["less", "-R"]
