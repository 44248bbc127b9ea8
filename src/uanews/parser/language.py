"""Which language the extraction rules read: one context-scoped choice, Ukrainian by default.

The extraction stage sets the language of the item it annotates (`using_language`); every rule
that needs morphology or a word list reads it from here instead of taking a parameter:
`uanews.parser.morph` picks the analyser, `pick` picks between a Ukrainian and a Russian lexicon
entry, and `language_cache` keeps one cache per language for functions whose answer depends on
them. A `contextvars.ContextVar` holds the choice, so threads and tasks annotating items in
different languages at once never see each other's.

Only Ukrainian and Russian have lexicons; any other code (``und``, ``en``) reads as Ukrainian.
An item that mixes the two (a Ukrainian report quoting Russian paragraphs, a dump of both) is
read in its main language, with the other one *also* present: the morphology then reads each
word by the dictionary of its own language (`uanews.parser.morph`).
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
    "item_languages",
    "language_cache",
    "pick",
    "rule_language",
    "using_language",
]

LANGUAGES = ("uk", "ru")
"""The languages whose morphology and lexicons the rules know, the default first."""

_DEFAULT = LANGUAGES[0]
_LANGUAGES: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar(
    "uanews_languages", default=(_DEFAULT,)
)
"""The languages of the item being read, its main language first."""

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def rule_language(code: str) -> str:
    """Return the rule language for an ISO 639-1 ``code``: itself if known, else Ukrainian."""
    return code if code in LANGUAGES else _DEFAULT


def current_language() -> str:
    """Return the language the rules read in the current context (``"uk"`` or ``"ru"``)."""
    return _LANGUAGES.get()[0]


def item_languages() -> tuple[str, ...]:
    """Return the rule languages of the current item, its main language first."""
    return _LANGUAGES.get()


@contextlib.contextmanager
def using_language(code: str, *also: str) -> Iterator[str]:
    """Read ``code``'s morphology and lexicons inside the ``with`` block; yield the language.

    ``also`` names other languages some paragraphs of the item are in. A code without lexicons
    (``und``, ``en``) reads as Ukrainian. The previous choice comes back when the block ends,
    also on an exception.
    """
    language = rule_language(code)
    others = tuple(
        dict.fromkeys(other for other in also if other in LANGUAGES and other != language)
    )
    token = _LANGUAGES.set((language, *others))
    try:
        yield language
    finally:
        _LANGUAGES.reset(token)


def pick(uk: _T, ru: _T) -> _T:
    """Return the entry for the current language: ``ru`` for Russian, ``uk`` otherwise."""
    return ru if _LANGUAGES.get()[0] == "ru" else uk


def language_cache(
    maxsize: int | None = 65536,
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Return a decorator that caches a function separately for each rule language.

    The decorated function's answer may depend on the current language (it reads morphology or
    a lexicon): ``functools.lru_cache`` alone would hand a Russian answer to a Ukrainian caller.
    Each language (and each mix of languages) gets its own ``lru_cache`` of ``maxsize`` entries.
    """

    def decorate(func: Callable[_P, _R]) -> Callable[_P, _R]:
        caches: dict[tuple[str, ...], Callable[_P, _R]] = {}

        @functools.wraps(func)
        def cached(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            languages = _LANGUAGES.get()
            cache = caches.get(languages)
            if cache is None:
                # lru_cache types its wrapper as taking any hashable arguments: cast back.
                cache = cast("Callable[_P, _R]", functools.lru_cache(maxsize)(func))
                cache = caches.setdefault(languages, cache)
            return cache(*args, **kwargs)

        return cached

    return decorate
