"""The per-language cache of rule functions: same answers as the function, bounded tables."""

from __future__ import annotations

import inspect

import pytest

from uanews.parser.language import _Tables, drop_oldest, language_cache, pick, using_language


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


def test_one_argument_function_called_by_keyword_is_cached_too() -> None:
    calls: list[str] = []

    @language_cache()
    def tagged(word: str) -> str:
        calls.append(word)
        return pick("uk:", "ru:") + word

    assert tagged(word="a") == "uk:a"  # as functools.lru_cache accepts it
    assert tagged(word="a") == "uk:a"
    assert tagged("a") == "uk:a"
    with using_language("ru"):
        assert tagged(word="a") == "ru:a"
    assert calls == ["a", "a"]  # a keyword call finds the positional call's answer
    with pytest.raises(TypeError):
        tagged()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        tagged(other="a")  # type: ignore[call-arg]


def test_one_argument_wrapper_takes_the_parameter_as_the_function_does() -> None:
    calls: list[str] = []

    @language_cache()
    def only(word: str, /) -> str:
        calls.append(word)
        return word.upper()

    assert only("a") == "A"
    assert only("a") == "A"
    with pytest.raises(TypeError):
        only(word="a")  # type: ignore[call-arg]  # positional only, as the function
    assert calls == ["a"]
    # No ``**kwargs`` on the hot path: a hit builds no keyword dictionary.
    assert not only.__code__.co_flags & inspect.CO_VARKEYWORDS
    assert only.__code__.co_varnames[0] == "word"

    @language_cache()
    def clashing(table: str) -> str:  # a name the fast wrapper uses for itself
        calls.append(table)
        return table

    assert clashing(table="b") == clashing(table="b") == "b"
    assert calls == ["a", "b"]


class _EmptiedMeanwhile(dict[str, int]):
    """A table another thread emptied between the size check and the removal."""

    def __len__(self) -> int:
        return 10


def test_a_full_table_emptied_by_another_thread_still_takes_the_answer() -> None:
    tables = _Tables[int](1)
    table = _EmptiedMeanwhile()
    tables.by_languages[("uk",)] = table  # type: ignore[assignment]  # a dict all the same
    assert tables.store(("uk",), "a", 1) == 1
    assert dict(table) == {"a": 1}


def test_drop_oldest_removes_the_first_entry_and_ignores_an_empty_table() -> None:
    table = {"a": 1, "b": 2}
    drop_oldest(table)
    assert table == {"b": 2}
    empty: dict[str, int] = {}
    drop_oldest(empty)
    assert empty == {}


def test_equal_set_answers_are_kept_as_one_object() -> None:
    @language_cache()
    def letters(word: str) -> frozenset[str]:
        return frozenset(word)

    first, second = letters("ab"), letters("ba")
    assert first == second == {"a", "b"}
    assert first is second  # one object for the garbage collector, not one per form
    assert letters("abc") == {"a", "b", "c"}
    assert letters("abc") is not first


def test_a_none_answer_is_kept_like_any_other() -> None:
    calls: list[str] = []

    @language_cache()
    def nothing(word: str) -> None:
        calls.append(word)

    @language_cache()
    def nothing_either(word: str, *, case: str | None = None) -> None:
        calls.append(f"{word}/{case}")

    assert [nothing("a"), nothing("a"), nothing_either("b"), nothing_either("b")] == [None] * 4
    assert calls == ["a", "b/None"]
