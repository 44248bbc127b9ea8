"""Each command's `--help` offers exactly the options that docs/cli.md lists for it."""

from __future__ import annotations

import re

import pytest

from cli_support import ROOT, run

COMMANDS = ["convert", "render", "validate", "schema", "show"]
# An option and, if it takes one, its upper-case value name: `-o FILE`, `--fail-fast`.
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)(?: ([A-Z][A-Z-]*))?")


def _documented(command: str) -> set[tuple[str, str]]:
    """Return the options of ``command`` in the synopsis block of docs/cli.md."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    synopsis = text.split("```text\n", 1)[1].split("```", 1)[0]
    # A command's synopsis runs on over indented lines until the next `uanews` line.
    block = re.search(
        rf"^uanews {command}\b(.*?)(?=^uanews |\Z)", synopsis, re.MULTILINE | re.DOTALL
    )
    assert block is not None, f"docs/cli.md has no synopsis of {command}"
    return set(OPTION.findall(block.group(1)))


def _offered(command: str, capsys) -> set[tuple[str, str]]:
    """Return the options in the usage line of ``uanews COMMAND --help``, bar -h."""
    status, out, _ = run([command, "--help"], capsys)
    assert status == 0
    usage = out.split("\n\n", 1)[0]
    return set(OPTION.findall(usage)) - {("-h", "")}


@pytest.mark.parametrize("command", COMMANDS)
def test_help_and_docs_list_the_same_options(command, capsys):
    assert _offered(command, capsys) == _documented(command)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_states_the_exit_status(command, capsys):
    out = run([command, "--help"], capsys)[1]
    assert "Exit status: 0 everything worked" in " ".join(out.split())
