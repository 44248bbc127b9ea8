"""uanews: Ukrainian news as plain text in, clean typed data out.

The names below are loaded on first use (PEP 562): ``import uanews`` costs a few milliseconds,
and the parser, its dictionaries and the JSON converter are imported only by code that uses
them.
"""

from __future__ import annotations

import importlib
import sys
import types

# ``typing`` alone costs more than the rest of ``import uanews``; type checkers read the block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from uanews.align import SourceMap, source_map
    from uanews.convert import SCHEMA_VERSION, dump_jsonl, dumps, iter_jsonl, loads
    from uanews.errors import (
        DecodeError,
        ItemTooLargeWarning,
        ModelError,
        ParseError,
        SchemaError,
        UanewsError,
        UanewsWarning,
    )
    from uanews.model import (
        Event,
        EventKind,
        EventMode,
        Mention,
        Meta,
        MetaKey,
        NewsItem,
        Paragraph,
        PartialDate,
        Participant,
        ParticipantKind,
        Quote,
        QuoteKind,
        Span,
    )
    from uanews.parser import iter_dump, parse, parse_file
    from uanews.render import render, render_dump

    __version__: str

__all__ = [
    "SCHEMA_VERSION",
    "DecodeError",
    "Event",
    "EventKind",
    "EventMode",
    "ItemTooLargeWarning",
    "Mention",
    "Meta",
    "MetaKey",
    "ModelError",
    "NewsItem",
    "Paragraph",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantKind",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "SourceMap",
    "Span",
    "UanewsError",
    "UanewsWarning",
    "__version__",
    "dump_jsonl",
    "dumps",
    "iter_dump",
    "iter_jsonl",
    "loads",
    "parse",
    "parse_file",
    "render",
    "render_dump",
    "source_map",
]

_MODULES = {
    "uanews.align": ("SourceMap", "source_map"),
    "uanews.convert": ("SCHEMA_VERSION", "dump_jsonl", "dumps", "iter_jsonl", "loads"),
    "uanews.errors": (
        "DecodeError",
        "ItemTooLargeWarning",
        "ModelError",
        "ParseError",
        "SchemaError",
        "UanewsError",
        "UanewsWarning",
    ),
    "uanews.model": (
        "Event",
        "EventKind",
        "EventMode",
        "Mention",
        "Meta",
        "MetaKey",
        "NewsItem",
        "Paragraph",
        "PartialDate",
        "Participant",
        "ParticipantKind",
        "Quote",
        "QuoteKind",
        "Span",
    ),
    "uanews.parser": ("iter_dump", "parse", "parse_file"),
    "uanews.render": ("render", "render_dump"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}
# Public names that are also the names of their modules (``uanews.render.render``).
_SHADOWED = frozenset(name for name, module in _HOME.items() if module.rpartition(".")[2] == name)


class _Package(types.ModuleType):
    """The ``uanews`` module: its public functions stay themselves when their module loads.

    Importing a submodule sets the package's attribute of that name to the submodule; for
    ``uanews.render`` that would hide the function `render` (the eager imports used to set it
    back). A submodule named like its public function gives the function instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        """Set ``name``; a submodule in `_SHADOWED` is replaced by its function of that name."""
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        """Return how to pickle the package: by reference, as any module (cloudpickle, Dask)."""
        return importlib.import_module, (self.__name__,)


sys.modules[__name__].__class__ = _Package


def _version() -> str:
    """Return the installed distribution's version, or ``0+unknown`` in a bare source tree."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - on first use

    try:
        return version("uanews")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any of the names in __all__
    """Return the public name ``name``, importing its module on first use."""
    if name == "__version__":
        value: Any = _version()
    elif name in _HOME:
        value = getattr(importlib.import_module(_HOME[name]), name)
    else:
        msg = f"module 'uanews' has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Return the module's names, the lazily loaded ones included."""
    return sorted({*globals(), *__all__})
