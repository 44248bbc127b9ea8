"""`uanews convert` draws a progress bar on stderr only when stderr is a terminal."""

from __future__ import annotations

import io
import sys

from cli_support import EXAMPLE_DUMP, run
from uanews.cli import main


class Terminal(io.StringIO):
    """A stderr stand-in that says it is a terminal."""

    def isatty(self):
        return True


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    status, _, err = run(["convert", EXAMPLE_DUMP], capsys)
    assert status == 0
    assert err == "converted 2 items from 1 file, 0 failed\n"
    assert "\x1b" not in err


def test_a_progress_bar_is_drawn_when_stderr_is_a_terminal(monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["convert", str(EXAMPLE_DUMP)]) == 0
    capsys.readouterr()
    drawn = terminal.getvalue()
    assert "converting" in drawn
    assert drawn.endswith("converted 2 items from 1 file, 0 failed\n")


def test_quiet_draws_no_progress_bar_even_on_a_terminal(monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["convert", "--quiet", str(EXAMPLE_DUMP)]) == 0
    capsys.readouterr()
    assert terminal.getvalue() == ""
