"""The per-language cache of rule functions: same answers as the function, bounded tables."""

from __future__ import annotations

import pytest

from uanews.parser.language import language_cache, pick, using_language


def test_one_argument_answers_are_kept_per_language() -> None:
    calls: list[str] = []

    @language_cache()
    def tagged(word: str) -> str:
        calls.append(word)
        return pick("uk:", "ru:") + word

    assert [tagged("a"), tagged("a"), tagged("b")] == ["uk:a", "uk:a", "uk:b"]
    with using_language("ru"):
        assert tagged("a") == "ru:a"
    with using_language("uk", "ru"):  # a mixed item has a table of its own
        assert tagged("a") == "uk:a"
    assert calls == ["a", "b", "a", "a"]


def test_keyword_and_several_arguments_are_keyed_by_all_of_them() -> None:
    calls: list[tuple[str, str | None]] = []

    @language_cache()
    def joined(word: str, *, case: str | None = None) -> str:
        calls.append((word, case))
        return f"{word}/{case}"

    assert joined("x") == "x/None"
    assert joined("x", case="gent") == "x/gent"
    assert joined("x", case="gent") == "x/gent"
    assert joined("x", case="loct") == "x/loct"
    assert calls == [("x", None), ("x", "gent"), ("x", "loct")]


def test_a_full_table_drops_its_oldest_answer() -> None:
    calls: list[int] = []

    @language_cache(maxsize=2)
    def double(number: int) -> int:
        calls.append(number)
        return number * 2

    assert [double(1), double(2), double(3)] == [2, 4, 6]
    assert double(3) == 6  # still kept
    assert double(1) == 2  # dropped to make room for 3: computed again
    assert calls == [1, 2, 3, 1]


def test_a_raised_error_is_not_kept() -> None:
    calls: list[str] = []

    @language_cache()
    def fussy(word: str) -> str:
        calls.append(word)
        if not calls[1:]:
            msg = "first call fails"
            raise ValueError(msg)
        return word

    with pytest.raises(ValueError, match="first call fails"):
        fussy("w")
    assert fussy("w") == "w"
    assert calls == ["w", "w"]


def test_unhashable_arguments_are_refused_as_by_lru_cache() -> None:
    @language_cache()
    def size(words: list[str]) -> int:
        return len(words)

    with pytest.raises(TypeError):
        size(["a"])


def test_the_wrapper_keeps_the_name_and_docstring() -> None:
    @language_cache()
    def named(word: str) -> str:
        """Say the word."""
        return word

    assert named.__name__ == "named"
    assert named.__doc__ == "Say the word."
