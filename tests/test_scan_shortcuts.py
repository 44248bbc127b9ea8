"""Shortcuts of the seventh speed pass: the same answers as the plain scans, less work."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser.events import _ATTENDED, _JOINED_RU, _ONLINE, _mode
from uanews.parser.events.triggers import Screened
from uanews.parser.quotes.text import WORD, _scan, words

_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъАБВГҐДЕЄІЇЖЗИКЛМНОПЯЫЭabcXYZſİ"
_TEXTS = st.text(alphabet=_LETTERS + "-'ʼ’`‘ _.,«»1234567890\n", max_size=80)


@given(_TEXTS, st.integers(-5, 90), st.integers(-5, 90))
def test_split_scan_finds_what_the_pattern_finds(text: str, start: int, end: int) -> None:
    expected = tuple(
        (match.group(), match.start(), match.end()) for match in WORD.finditer(text, start, end)
    )
    assert _scan(text, start, end) == expected
    assert words(text, start, end) == expected


def test_words_of_a_long_text_are_the_patterns_matches() -> None:
    # Long enough for the whole-text index (`_TextWords`), which is built by the same scan.
    text = "Прес-служба міськради повідомила: пам'ять 12 героїв_вшанували о 10:00. " * 600
    for start, end in ((0, len(text)), (5, 4000), (17, 20000), (-3, 70), (40000, 40100)):
        expected = tuple(
            (match.group(), match.start(), match.end()) for match in WORD.finditer(text, start, end)
        )
        assert words(text, start, end) == expected


class _Counting:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.pattern = pattern.pattern
        self.searches = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.compiled.search(text)


def test_screened_pattern_is_searched_only_where_its_lowered_copy_matches() -> None:
    counting = _Counting(
        re.compile(r"(?<![\w\-])(?:онлайн|в\s+режимі\s+відео)(?![\w\-])", re.IGNORECASE)
    )
    screened = Screened(counting)  # type: ignore[arg-type]  # duck-typed for the count
    misses = ["Засідання комісії відбулося у Вінниці.", "Мер провів нараду з депутатами."]
    hits = ["Нараду провели ОНЛАЙН.", "Зустріч пройшла В РЕЖИМІ ВІДЕО."]
    assert [screened.occurs(text) for text in misses] == [False, False]
    assert counting.searches == 0  # the lowered copy ruled both out
    assert [screened.occurs(text) for text in hits] == [True, True]
    assert counting.searches == len(hits)
    # A letter ``re.IGNORECASE`` matches with another one: the pattern itself answers.
    assert not screened.occurs("Форум ſ відбувся.")
    assert counting.searches == len(hits) + 1


def test_a_pattern_without_a_lowered_copy_answers_alone() -> None:
    screened = Screened(re.compile(r"\Sонлайн", re.IGNORECASE))  # an upper-case escape
    assert screened.occurs("xОНЛАЙН")
    assert not screened.occurs("онлайн")


@given(_TEXTS)
def test_screened_event_patterns_answer_as_the_patterns(text: str) -> None:
    for screened in (_ATTENDED, _JOINED_RU, _ONLINE):
        assert screened.occurs(text) == (screened.pattern.search(text) is not None)


def test_mode_reads_the_same_words() -> None:
    assert _mode("Засідання пройшло онлайн.") is not None
    assert _mode("Засідання пройшло у залі ради.") == _mode("ЗАСІДАННЯ ПРОЙШЛО У ЗАЛІ РАДИ.")
