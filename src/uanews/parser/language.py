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
word by the dictionary of its own language (`uanews.parser.morph`). The paragraphs proven to be
in another language are the item's *regions* (`using_regions`); a rule that reads one sentence
or paragraph at a time reads it in its own language inside `reading_at`, so that every word
list `pick` returns there is that paragraph's.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import inspect
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, ParamSpec, TypeVar, cast

from attrs import frozen

__all__ = [
    "CACHE_BUDGET",
    "LANGUAGES",
    "CacheInfo",
    "Region",
    "cache_entries",
    "caches",
    "count_entries",
    "current_language",
    "drop_oldest",
    "item_languages",
    "language_at",
    "language_cache",
    "languages_at",
    "pick",
    "reading_at",
    "register_cache",
    "reset_caches",
    "rule_language",
    "set_cache_budget",
    "shared_set",
    "using_language",
    "using_regions",
]

LANGUAGES = ("uk", "ru")
"""The languages whose morphology and lexicons the rules know, the default first."""

_DEFAULT = LANGUAGES[0]
_LANGUAGES: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar(
    "uanews_languages", default=(_DEFAULT,)
)
"""The languages of the item being read, its main language first."""

Region = tuple[int, int, str]
"""A span of the item's text (start, end) in a rule language other than the item's own."""

_REGIONS: contextvars.ContextVar[tuple[tuple[int, ...], tuple[Region, ...]]] = (
    contextvars.ContextVar("uanews_regions", default=((), ()))
)
"""The regions of the item being read, sorted, with their starts for a binary search."""

_ITEM_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "uanews_item_language", default=None
)
"""The item's main language while `reading_at` has put a region's language first."""

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def rule_language(code: str) -> str:
    """Return the rule language for an ISO 639-1 ``code``: itself if known, else Ukrainian."""
    return code if code in LANGUAGES else _DEFAULT


def current_language() -> str:
    """Return the language the rules read in the current context (``"uk"`` or ``"ru"``)."""
    return _LANGUAGES.get()[0]


item_languages: Callable[[], tuple[str, ...]] = _LANGUAGES.get
"""Return the rule languages of the current item, its main language first.

The context variable's own bound ``get`` (a C function): the screens ask it for every block
and sentence a rule screens, some fifteen thousand times a warm pass of the dev texts.
"""


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
    item = _ITEM_LANGUAGE.set(None)  # a new choice: no region is being read in it
    try:
        yield language
    finally:
        _ITEM_LANGUAGE.reset(item)
        _LANGUAGES.reset(token)


@contextlib.contextmanager
def using_regions(regions: tuple[Region, ...]) -> Iterator[None]:
    """Inside the ``with`` block, the spans ``regions`` of the item's text are in their language.

    Each region is (start, end, code) with a rule language's code; regions must not overlap.
    The previous regions come back when the block ends, also on an exception.
    """
    ordered = tuple(sorted(region for region in regions if region[2] in LANGUAGES))
    token = _REGIONS.set((tuple(region[0] for region in ordered), ordered))
    try:
        yield
    finally:
        _REGIONS.reset(token)


def language_at(offset: int) -> str:
    """Return the rule language of the item's text at ``offset``: its region's, or the item's."""
    starts, regions = _REGIONS.get()
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset < regions[index][1]:
        return regions[index][2]
    return _LANGUAGES.get()[0] if not starts else _item_language()


def languages_at(offsets: Sequence[int]) -> tuple[str, ...]:
    """Return `language_at` of each of ``offsets`` (the starts of an item's blocks).

    In an item with no region (most) every block is in the item's language: one tuple, no
    call an offset.
    """
    if not _REGIONS.get()[0]:
        return (_LANGUAGES.get()[0],) * len(offsets)
    return tuple(map(language_at, offsets))


def _item_language() -> str:
    """Return the item's own language while a region's may be the current one."""
    return _ITEM_LANGUAGE.get() or _LANGUAGES.get()[0]


def reading_at(offset: int) -> contextlib.AbstractContextManager[str]:
    """Read the text at ``offset`` in its own language inside the ``with`` block; yield it.

    Outside a region (and in an item with none, at no cost) nothing changes. Inside one, its
    language comes first and the item's other languages stay present, so `pick`, the
    morphology and `language_cache` all follow the paragraph. Wrap only work that finishes
    inside the block: a generator that yields inside it would carry the language out.

    Returns a context manager whose ``with`` value is that language. It is a small class, not
    a generator: the rules enter one for every block and sentence, and a generator-based
    context manager costs several times as much to enter and leave.
    """
    if not _REGIONS.get()[0]:
        return _AS_ITEM  # no region: nothing to change, one shared manager
    return _ReadingAt(offset)


class _AsItem:
    """The context manager of `reading_at` in an item with no region: it changes nothing."""

    __slots__ = ()

    def __enter__(self) -> str:
        """Return the current language."""
        return _LANGUAGES.get()[0]

    def __exit__(self, *_exception: object) -> None:
        """Change nothing (an exception goes on)."""


_AS_ITEM = _AsItem()
"""The one `_AsItem`: it keeps no state, so every ``with`` can share it."""


class _ReadingAt:
    """The context manager of `reading_at`: decides on entering, restores on leaving."""

    __slots__ = ("_offset", "_resets")

    def __init__(self, offset: int) -> None:
        """Keep ``offset``; nothing changes before the block is entered."""
        self._offset = offset
        self._resets: (
            tuple[contextvars.Token[tuple[str, ...]], contextvars.Token[str | None]] | None
        ) = None

    def __enter__(self) -> str:
        """Put the language of the text at the offset first; return it."""
        if not _REGIONS.get()[0]:
            return _LANGUAGES.get()[0]
        language = language_at(self._offset)
        languages = _LANGUAGES.get()
        if language == languages[0]:
            return language
        item = _ITEM_LANGUAGE.set(_item_language())
        others = tuple(other for other in (*languages, _item_language()) if other != language)
        token = _LANGUAGES.set((language, *dict.fromkeys(others)))
        self._resets = (token, item)
        return language

    def __exit__(self, *_exception: object) -> None:
        """Bring the previous languages back (also on an exception, which goes on)."""
        resets = self._resets
        if resets is not None:
            self._resets = None
            _LANGUAGES.reset(resets[0])
            _ITEM_LANGUAGE.reset(resets[1])


def pick(uk: _T, ru: _T) -> _T:
    """Return the entry for the current language: ``ru`` for Russian, ``uk`` otherwise."""
    return ru if _languages_now()[0] == "ru" else uk


_languages_now = _LANGUAGES.get
"""`_LANGUAGES.get`, bound once: `pick` is called over a hundred thousand times a cold pass."""


def language_cache(
    maxsize: int | None = 65536,
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Return a decorator that caches a function separately for each rule language.

    The decorated function's answer may depend on the current language (it reads morphology or
    a lexicon): ``functools.lru_cache`` alone would hand a Russian answer to a Ukrainian caller.
    Each language (and each mix of languages) gets its own table of at most ``maxsize``
    answers (None: no bound); when a table is full, its oldest answer makes room.

    The rules ask these functions about every word, many times over, so a hit must cost little:
    the table is a plain dictionary looked up in the wrapper, and a function of one positional
    argument gets a wrapper of one argument (no packing of the arguments into a key).
    """

    def decorate(func: Callable[_P, _R]) -> Callable[_P, _R]:
        if maxsize == 0:
            return func  # as lru_cache(0): nothing is kept
        tables = _Tables[_R](maxsize)
        _ALL_TABLES.append((func, tables))
        if _one_argument(func):
            one = _cached_one(cast("Callable[[object], _R]", func), tables)
            return cast("Callable[_P, _R]", functools.wraps(func)(one))
        return functools.wraps(func)(_cached_any(func, tables))

    return decorate


@frozen
class CacheInfo:
    """One `language_cache` function: its name, arguments, bound and answers kept now."""

    name: str
    """The function's module and qualified name."""

    arguments: int
    """How many parameters the function takes (0: it answers one question per language)."""

    maxsize: int | None
    """At most this many answers a table of one combination of languages (None: no bound)."""

    kept: int
    """The answers its tables hold now, over every combination of languages."""


def caches() -> list[CacheInfo]:
    """Return what each process-wide cache keeps: the `language_cache` functions, then the rest.

    The `language_cache` functions come in definition order, then the caches put under the
    budget by `register_cache`. Process-wide caches must not grow with the input: a function
    keyed by words, names or roles needs a bound, or a long conversion keeps every one it was
    asked about; all of them together keep at most `CACHE_BUDGET` answers (`cache_entries`).
    """
    found = [
        CacheInfo(
            f"{func.__module__}.{func.__qualname__}",
            len(inspect.signature(func).parameters),
            tables.maxsize,
            sum(len(table) for table in list(tables.by_languages.values())),
        )
        for func, tables in _ALL_TABLES
    ]
    found.extend(CacheInfo(name, 1, maxsize, kept()) for name, maxsize, kept, _ in _OTHERS)
    return found


class _Tables(Generic[_R]):
    """The answers of one function, a table per combination of languages."""

    def __init__(self, maxsize: int | None) -> None:
        """Start with no table; each will hold at most ``maxsize`` answers (None: any)."""
        self.maxsize = maxsize
        self.by_languages: dict[tuple[str, ...], dict[object, _R]] = {}

    def new(self, languages: tuple[str, ...]) -> dict[object, _R]:
        """Return the table of ``languages``, made empty if there is none yet."""
        return self.by_languages.setdefault(languages, {})

    def store(self, languages: tuple[str, ...], key: object, value: _R) -> _R:
        """Keep ``value`` under ``key`` in the table of ``languages``; return ``value``.

        The table's oldest answer makes room if it is full; if the process-wide budget
        (`CACHE_BUDGET`) is spent, every cache is emptied first (`reset_caches`). The table is
        looked up here, after the answer was computed: computing it may have emptied them.
        """
        table = self.new(languages)
        if self.maxsize is not None and len(table) >= self.maxsize:
            drop_oldest(table)  # one answer for another: the count stays
        else:
            budget = _BUDGET
            if budget.entries >= budget.limit:
                reset_caches()
                table = self.new(languages)
            budget.entries += 1
        if type(value) is frozenset:
            value = _shared(value)  # type: ignore[arg-type, assignment]  # no cast: a hot path
        table[key] = value
        return value


def _shared(answer: frozenset[Any]) -> frozenset[Any]:
    """Return the kept frozenset equal to ``answer``, keeping ``answer`` if there is none.

    Cached answers are mostly small sets of lemmas, cases or names, and most equal another
    (many forms of one lexeme, many words with none): one object each instead of thousands
    means fewer objects for the garbage collector to walk. At most `_SHARED_SETS` are kept;
    then they are all let go (the tables still hold theirs).
    """
    kept = _SHARED.get(answer)
    if kept is not None:
        return kept
    if len(_SHARED) >= _SHARED_SETS:
        _SHARED.clear()
    _SHARED[answer] = answer
    return answer


CACHE_BUDGET = 5 << 15
"""At most this many answers (163,840) all the process-wide caches keep together; then all go.

Every `language_cache` answer counts one, and so does every form a `uanews.parser.document`
screen has answered for (`count_entries`). A dump of real news brings new names and word forms
in every item, and some eighty functions ask about each: bounded only one by one (tens of
thousands of answers a function and language) the caches would grow to hundreds of MiB.
Sizing: the 40 items of the dev corpus (about 15,000 words) leave 133,029 answers, which fit
with a fifth to spare, so a batch of news that size is parsed warm the second time; items
naming new people (`benchmarks/bench.py --names-mb`) keep about 300 bytes an answer (with the
pymorphy3 readings and name analyses they hold), so the caches stay under about 50 MiB.
Emptying them all at once costs nothing per hit and no bookkeeping; the common words are asked
again after a reset, a fraction of one item's cold cost (`set_cache_budget` changes the bound).
"""


class _Budget:
    """What the caches of the process keep together: the count, its limit and the resets."""

    __slots__ = ("entries", "limit", "resets")

    def __init__(self, limit: int) -> None:
        """Start with nothing kept, at most ``limit`` answers."""
        self.entries = 0
        self.limit = limit
        self.resets = 0


_BUDGET = _Budget(CACHE_BUDGET)
"""The one budget of every process-wide cache."""

_OTHERS: list[tuple[str, int, Callable[[], int], Callable[[], object]]] = []
"""The caches kept outside `language_cache` (`register_cache`): name, bound, size, forget."""


def register_cache(
    name: str, maxsize: int, kept: Callable[[], int], forget: Callable[[], object]
) -> None:
    """Put a cache kept outside `language_cache` under the common budget; return None.

    A cache that grows with new word forms (the screens of `uanews.parser.document`) counts
    what it adds with `count_entries`, and `reset_caches` calls ``forget`` to empty it with all
    the others. ``kept`` returns how many answers it holds now, ``maxsize`` its own bound; both
    are listed by `caches` under ``name``.
    """
    _OTHERS.append((name, maxsize, kept, forget))


def count_entries(added: int) -> None:
    """Count ``added`` new answers against the budget, emptying every cache if it is spent.

    Returns None. A caller that holds a table of its own must look it up again after this
    call (or go on with the one it holds, whose answers stay right but are no longer kept).
    """
    budget = _BUDGET
    budget.entries += added
    if budget.entries > budget.limit:
        reset_caches()
        budget.entries = added  # the caller keeps them (in a table it makes anew)


def set_cache_budget(entries: int) -> int:
    """Let the caches keep at most ``entries`` answers together from now on; return the old.

    A smaller budget saves memory on dumps of ever new names at the cost of computing common
    answers again after each reset; the answers themselves never change. Raises
    ``ValueError`` if ``entries`` is not positive.
    """
    if entries < 1:
        message = f"a cache budget must be at least one answer, not {entries}"
        raise ValueError(message)
    previous, _BUDGET.limit = _BUDGET.limit, entries
    if _BUDGET.entries > entries:
        reset_caches()
    return previous


def cache_entries() -> tuple[int, int, int]:
    """Return (answers counted since the last reset, the budget, resets so far)."""
    return _BUDGET.entries, _BUDGET.limit, _BUDGET.resets


def reset_caches() -> None:
    """Empty every process-wide cache at once and start counting again; return None.

    Each cache keeps only answers that depend on nothing but its arguments and the rule
    languages, so an emptied one computes the same answers again: a reset costs time, never
    a different result. A caller in the middle of a lookup keeps the table it holds; the
    answers it writes there are right, and let go with it.
    """
    for _func, tables in _ALL_TABLES:
        tables.by_languages.clear()  # the wrappers hold its lookup; each table is let go whole
    _SHARED.clear()
    for _name, _maxsize, _kept, forget in _OTHERS:
        forget()
    _BUDGET.entries = 0
    _BUDGET.resets += 1


_ALL_TABLES: list[tuple[Callable[..., Any], _Tables[Any]]] = []
"""Every `language_cache` function defined so far, with its tables (for `caches`)."""

_SHARED: dict[frozenset[Any], frozenset[Any]] = {}
"""One kept object per distinct frozenset answer of any `language_cache` function."""
_SHARED_SETS = 65536

shared_set: Callable[[frozenset[Any]], frozenset[Any]] = _shared
"""Return the kept frozenset equal to the one given (kept now if there is none), as the caches do.

A cache that holds sets of its own (the per-form records of `uanews.parser.morph`) shares them
with the `language_cache` answers: one object for each distinct set of lemmas or cases. (The
function itself, not a wrapper: a record asks it of several sets.)
"""


def drop_oldest(table: dict[Any, Any]) -> None:
    """Remove the oldest entry of ``table`` (dictionaries keep insertion order), if any.

    Safe when another thread empties or changes ``table`` meanwhile: then nothing is removed.
    Returns None.
    """
    try:
        oldest = next(iter(table))
    except (StopIteration, RuntimeError):  # emptied, or changed while being read
        return
    table.pop(oldest, None)


def _cached_one(func: Callable[[object], _R], tables: _Tables[_R]) -> Callable[..., _R]:
    """Return ``func`` of one argument answering from ``tables``: one lookup per hit.

    The wrapper takes its one argument under the parameter name of ``func`` (positionally, or
    by keyword unless ``func`` takes it positionally only), as ``func`` does: no ``**kwargs``,
    whose dictionary a call would build even when it stays empty, and a keyword call is keyed
    like a positional one (the answer is the same).
    """
    table_of, new_table, maxsize = tables.by_languages.get, tables.new, tables.maxsize
    languages_now = _LANGUAGES.get
    budget = _BUDGET

    def cached(arg: object) -> _R:
        languages = languages_now()
        table = table_of(languages)
        if table is None:
            table = new_table(languages)
        found = table.get(arg, _MISSING)
        if found is _MISSING:
            # `_Tables.store`, written out: a miss is the first question about a new form,
            # which a cold pass asks about a hundred thousand times.
            resets = budget.resets
            answer = func(arg)
            if budget.resets != resets:  # computing it emptied the caches: a new table
                table = new_table(languages)
            if maxsize is not None and len(table) >= maxsize:
                drop_oldest(table)  # one answer for another: the count stays
            else:
                if budget.entries >= budget.limit:
                    reset_caches()
                    table = new_table(languages)
                budget.entries += 1
            if type(answer) is frozenset:
                answer = _shared(answer)  # type: ignore[arg-type, assignment]  # as in store
            table[arg] = answer
            return answer
        return found  # type: ignore[return-value]

    (parameter,) = inspect.signature(func).parameters.values()
    code = cached.__code__
    if parameter.name in code.co_varnames[1:] + code.co_freevars:
        return _cached_any(func, tables)  # a name the wrapper uses itself: keyed by all
    cached.__code__ = code.replace(
        co_varnames=(parameter.name, *code.co_varnames[1:]),
        co_posonlyargcount=int(parameter.kind is inspect.Parameter.POSITIONAL_ONLY),
    )
    return cached


def _cached_any(func: Callable[_P, _R], tables: _Tables[_R]) -> Callable[_P, _R]:
    """Return ``func`` answering from ``tables``, keyed by all its arguments."""
    table_of, new_table, store = tables.by_languages.get, tables.new, tables.store
    languages_now = _LANGUAGES.get

    def cached(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        languages = languages_now()
        table = table_of(languages)
        if table is None:
            table = new_table(languages)
        key = (_ARGUMENTS, args, tuple(kwargs.items()))
        found = table.get(key, _MISSING)
        if found is _MISSING:
            return store(languages, key, func(*args, **kwargs))
        return found  # type: ignore[return-value]

    return cached


_ARGUMENTS = object()
"""Marks a key made of all the arguments: no single argument can equal it."""
_MISSING = object()
"""What a table gives for a key it lacks: no answer can be this object."""


def _one_argument(func: Callable[..., object]) -> bool:
    """Return True if ``func`` takes exactly one positional argument and nothing else."""
    try:
        parameters = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return (
        len(parameters) == 1
        and parameters[0].kind in positional
        and parameters[0].default is inspect.Parameter.empty
    )
