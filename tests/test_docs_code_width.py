"""Code in the documentation fits the page: no line a reader has to scroll sideways to see.

At 1280 px (Material theme, both sidebars shown) a code block holds 80 characters, and the
copy button in its top right corner covers the last two of them on the first lines:
`scripts/docs_check.py` measured both. So a code line has at most 78 characters. Wider windows
scale the font with the column, narrower ones hide the table of contents: 78 fits every
desktop width. The limit applies to fenced code blocks in every page under `docs/` and in the
docstrings that the API reference renders (`src/uanews`); mkdocs.yml formats signatures to
the same width (`line_length`).

README.md is not checked: GitHub shows it in a wider column, and its install commands are
kept on one line each so that they can be copied whole."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
SOURCE = ROOT / "src" / "uanews"
MAX_CODE_WIDTH = 78

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})")


def too_wide(text: str, where: str, first_line: int = 1) -> list[str]:
    """Return one message per over-wide code line (or unclosed fence) in Markdown ``text``.

    A line is measured from the indentation of its fence, so code inside a list item or an
    admonition counts only what the reader sees. ``first_line`` is the file line of ``text``'s
    first line; messages read ``where:LINE: ...``.
    """
    problems: list[str] = []
    fence: re.Match[str] | None = None
    opened = 0
    for number, line in enumerate(text.splitlines(), start=first_line):
        if fence is None:
            fence = _FENCE.match(line)
            opened = number
            continue
        closing = _FENCE.match(line)
        if (
            closing
            and closing["fence"][0] == fence["fence"][0]
            and len(closing["fence"]) >= len(fence["fence"])
            and not line[closing.end() :].strip()
        ):
            fence = None
            continue
        indent = len(fence["indent"].expandtabs(4))
        code = line.expandtabs(4)
        code = code[min(indent, len(code) - len(code.lstrip(" "))) :]
        if len(code) > MAX_CODE_WIDTH:
            problems.append(
                f"{where}:{number}: code line of {len(code)} characters "
                f"(at most {MAX_CODE_WIDTH} fit the page): {code.strip()[:60]}",
            )
    if fence is not None:
        problems.append(f"{where}:{opened}: code fence never closed")
    return problems


def docstrings(path: Path) -> list[tuple[int, str]]:
    """Return ``(first line, text)`` of every module, class and function docstring in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(
            node,
            ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef,
        ):
            continue
        text = ast.get_docstring(node)
        if text is None or not node.body:
            continue
        # get_docstring removes the common indentation; the text starts on the literal's line.
        found.append((node.body[0].lineno, text))
    return found


def doc_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def test_the_docs_have_pages_to_check():
    assert len(doc_pages()) >= 9
    assert any("```" in page.read_text(encoding="utf-8") for page in doc_pages())


@pytest.mark.parametrize("page", doc_pages(), ids=lambda page: page.relative_to(DOCS).as_posix())
def test_code_blocks_in_docs_pages_fit_the_column(page):
    where = page.relative_to(ROOT).as_posix()
    problems = too_wide(page.read_text(encoding="utf-8"), where)
    assert not problems, "\n".join(problems)


def test_code_blocks_in_docstrings_fit_the_column():
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for first_line, text in docstrings(path):
            problems += too_wide(text, where, first_line)
    assert not problems, "\n".join(problems)


def test_a_long_code_line_is_reported_with_its_file_and_line():
    text = (
        "Prose can be as long as it likes. " * 5 + "\n\n```python\nx = 1\n" + "y" * 79 + "\n```\n"
    )
    assert too_wide(text, "docs/page.md") == [
        f"docs/page.md:5: code line of 79 characters (at most 78 fit the page): {'y' * 60}",
    ]


def test_a_line_of_exactly_the_limit_fits():
    assert too_wide("```\n" + "x" * 78 + "\n```\n", "p.md") == []


def test_indented_fences_measure_from_their_indentation():
    inside_a_list = "1. step\n\n    ```sh\n    " + "a" * 78 + "\n    ```\n"
    assert too_wide(inside_a_list, "p.md") == []
    assert too_wide(inside_a_list.replace("a" * 78, "a" * 79), "p.md") != []


def test_tilde_and_longer_fences_close_only_on_their_own_kind():
    text = "~~~~\n```\n" + "z" * 90 + "\n```\n~~~~\n\n" + "prose " * 30 + "\n"
    assert [problem.split(":")[1] for problem in too_wide(text, "p.md")] == ["3"]


def test_an_unclosed_fence_is_reported():
    assert too_wide("text\n\n```python\nx = 1\n", "p.md") == ["p.md:3: code fence never closed"]


def test_docstring_lines_are_numbered_as_in_the_file(tmp_path):
    module = tmp_path / "m.py"
    long_line = "w" * 85
    module.write_text(f'"""Summary.\n\n```python\n{long_line}\n```\n"""\n', encoding="utf-8")
    ((first_line, text),) = docstrings(module)
    assert too_wide(text, "m.py", first_line)[0].startswith("m.py:4: code line of 85 characters")
