"""uanews: Ukrainian news as plain text in, clean typed data out.

The names below are loaded on first use (PEP 562): ``import uanews`` costs a few milliseconds,
and the parser, its dictionaries and the JSON converter are imported only by code that uses
them.
"""

from __future__ import annotations

import importlib

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
