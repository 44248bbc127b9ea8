"""uanews: Ukrainian news as plain text in, clean typed data out."""

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("uanews")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

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
