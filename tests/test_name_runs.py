"""The runs of capitalised words the name rule reads: only capitalised words are visited."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser.document import Token, tokenize
from uanews.parser.language import using_language
from uanews.parser.participants import names

_PIECES = st.sampled_from(
    ["Петро", "Коваленко", "О", ".", " ", "  ", "\n", "міста", "голова", ", ", "8", "Марта", "«"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _word_by_word(text: str, tokens: list[Token]) -> list[list[int]]:
    """The runs as token indices, every word looked at in turn (the rule's definition)."""
    runs: list[list[int]] = []
    run: list[int] = []
    previous_end = -1
    last_initial = False
    for index, token in enumerate(tokens):
        if not names.is_capitalised(token.text) or names._holiday_date(text, token):  # noqa: SLF001 - the rule's own test
            if run:
                runs.append(run)
            run, previous_end = [], -1
            continue
        gap = text[previous_end : token.start] if previous_end >= 0 else ""
        initial = len(token.text) == 1 and text[token.end : token.end + 1] == "."
        joined = previous_end >= 0 and (
            (gap.isspace() and "\n" not in gap)
            or (
                bool(run) and len(tokens[run[-1]].text) == 1 and last_initial and gap.strip() == "."
            )
        )
        if run and not joined:
            runs.append(run)
            run = []
        run.append(index)
        last_initial = initial
        previous_end = token.end
    if run:
        runs.append(run)
    return runs


@given(_TEXTS, st.sampled_from(["uk", "ru"]))
def test_runs_are_those_a_word_by_word_walk_finds(text, language):
    tokens = tokenize(text)
    with using_language(language):
        found = [
            [tokens.index(slot.token) for slot in run]
            for run in names._runs(text, tokens)  # noqa: SLF001 - the runs themselves
        ]
        assert found == _word_by_word(text, tokens)


def test_a_lower_case_word_or_a_line_break_ends_a_run():
    text = "Голова Петро Коваленко зустрів Олену\nПетренко та О. Іваненка"
    with using_language("uk"):
        runs = [[slot.token.text for slot in run] for run in names._runs(text, tokenize(text))]  # noqa: SLF001 - as above
    assert runs == [["Голова", "Петро", "Коваленко"], ["Олену"], ["Петренко"], ["О", "Іваненка"]]
