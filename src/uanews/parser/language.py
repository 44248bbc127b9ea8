"""Which language the extraction rules read: one context-scoped choice, Ukrainian by default.

The extraction stage sets the language of the item it annotates (`using_language`); every rule
that needs morphology or a word list reads it from here instead of taking a parameter:
`uanews.parser.morph` picks the analyser, `pick` picks between a Ukrainian and a Russian lexicon
entry, and `language_cache` keeps one cache per language for functions whose answer depends on
them. A `contextvars.ContextVar` holds the choice, so threads and tasks annotating items in
different languages at once never see each other's.

Only Ukrainian and Russian have lexicons; any other code (``und``, ``en``) reads as Ukrainian.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar, cast

__all__ = [
    "LANGUAGES",
    "current_language",
    "language_cache",
    "pick",
    "rule_language",
    "using_language",
]

LANGUAGES = ("uk", "ru")
"""The languages whose morphology and lexicons the rules know, the default first."""

_DEFAULT = LANGUAGES[0]
_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("uanews_language", default=_DEFAULT)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def rule_language(code: str) -> str:
    """Return the rule language for an ISO 639-1 ``code``: itself if known, else Ukrainian."""
    return code if code in LANGUAGES else _DEFAULT


def current_language() -> str:
    """Return the language the rules read in the current context (``"uk"`` or ``"ru"``)."""
    return _LANGUAGE.get()


@contextlib.contextmanager
def using_language(code: str) -> Iterator[str]:
    """Read ``code``'s morphology and lexicons inside the ``with`` block; yield the language.

    A code without lexicons (``und``, ``en``) reads as Ukrainian. The previous choice comes back
    when the block ends, also on an exception.
    """
    language = rule_language(code)
    token = _LANGUAGE.set(language)
    try:
        yield language
    finally:
        _LANGUAGE.reset(token)


def pick(uk: _T, ru: _T) -> _T:
    """Return the entry for the current language: ``ru`` for Russian, ``uk`` otherwise."""
    return ru if _LANGUAGE.get() == "ru" else uk


def language_cache(
    maxsize: int | None = 65536,
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Return a decorator that caches a function separately for each rule language.

    The decorated function's answer may depend on the current language (it reads morphology or
    a lexicon): ``functools.lru_cache`` alone would hand a Russian answer to a Ukrainian caller.
    Each language gets its own ``lru_cache`` of ``maxsize`` entries.
    """

    def decorate(func: Callable[_P, _R]) -> Callable[_P, _R]:
        # lru_cache types its wrapper as taking any hashable arguments: cast back to ``func``'s.
        caches = {
            language: cast("Callable[_P, _R]", functools.lru_cache(maxsize)(func))
            for language in LANGUAGES
        }

        @functools.wraps(func)
        def cached(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            return caches[_LANGUAGE.get()](*args, **kwargs)

        return cached

    return decorate
