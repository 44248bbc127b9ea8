"""Reading JSON back for ``render``, ``validate`` and ``show``: objects, arrays, JSON Lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Final

import orjson

from uanews.batch import Source
from uanews.cli.common import Streams
from uanews.cli.inputs import Input
from uanews.convert import from_dict, loads, read_json
from uanews.errors import SchemaError, UanewsError
from uanews.model import NewsItem

__all__ = ["NINJS", "NOT_ITEMS", "NOT_JSON", "foreign_json", "iter_json_sources"]

NOT_JSON: Final = "not JSON or JSON Lines (a plain-text dump? use uanews convert)"
NINJS: Final = (
    "IPTC ninjs, not uanews JSON: ninjs is an export uanews does not read back "
    "(validate the output of uanews convert -f jsonl or -f json)"
)
NOT_ITEMS: Final = "JSON, but not uanews news items (no schema_version, headline or paragraphs)"
_ITEM_KEYS: Final = frozenset({"schema_version", "headline", "paragraphs", "text", "id"})
_JSON_STARTS: Final = (b"{", b"[")
_BOM: Final = b"\xef\xbb\xbf"


def _is_json_at_all(data: bytes) -> bool:
    """Return whether ``data`` could be JSON or JSON Lines, judged by its first non-blank line.

    A JSON item starts with ``{`` (``[`` for an array); anything else must at least be a JSON
    value on its own, so a plain-text dump is caught once instead of line by line.
    """
    first = next((line for line in data.removeprefix(_BOM).splitlines() if line.strip()), b"")
    if first.lstrip().startswith(_JSON_STARTS):
        return True
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return True


def foreign_json(value: object) -> str | None:
    """Return why the JSON ``value`` is no uanews item at all (ninjs, other JSON), or None.

    ``value`` is the first document of a file (the first element of an array, the first line
    of JSON Lines): a file of ninjs or of other JSON is reported once, not item by item.
    """
    if isinstance(value, list):
        if not value:
            return None  # an empty array of items
        value = value[0]
    if not isinstance(value, dict):
        return NOT_ITEMS
    standard = value.get("standard")
    if isinstance(standard, dict) and standard.get("name") == "ninjs":
        return NINJS
    if "schema_version" not in value and {"uri", "type"} <= value.keys():
        return NINJS
    if not _ITEM_KEYS.intersection(value):
        return NOT_ITEMS
    return None


def _first_value(data: bytes, *, lines: bool) -> object:
    """Return the first JSON value of ``data`` (the document, or its first line), or None."""
    try:
        return orjson.loads(data.removeprefix(_BOM))
    except orjson.JSONDecodeError:
        if not lines and data.strip().count(b"\n") == 0:
            return None
    first = next((line for line in data.removeprefix(_BOM).splitlines() if line.strip()), b"")
    try:
        return orjson.loads(first)
    except orjson.JSONDecodeError:
        return None


def _document_items(data: bytes, name: str) -> Iterator[NewsItem | SchemaError] | None:
    """Return the items of ``data`` read as one JSON document (an object or an array).

    None when ``data`` is not one document but holds several lines: JSON Lines, to be read
    line by line whatever the file is called.
    """
    try:
        document = read_json(data, source=name)
    except SchemaError as exc:
        if data.strip().count(b"\n") == 0:
            return iter((exc,))
        return None
    if isinstance(document, list):
        return (
            _guarded(from_dict, element, f"{name}[{index}]")
            for index, element in enumerate(document)
        )
    return iter((_guarded(from_dict, document, name),))


def _json_items(
    data: bytes, name: str, *, lines: bool
) -> Iterator[NewsItem | SchemaError | UanewsError]:
    """Yield each item in JSON ``data`` (an object, an array, or JSON Lines), or its error.

    Errors are yielded, not raised, so one bad item does not hide the ones after it. Input
    that is not JSON at all (a text dump, say) yields one error, not one per line; empty
    input is an error unless it is JSON Lines, where it holds no item.
    """
    if not data.removeprefix(_BOM).strip():
        if not lines:
            yield UanewsError(f"{name}: the input is empty: no JSON item in it")
        return
    if not _is_json_at_all(data):
        yield UanewsError(f"{name}: {NOT_JSON}")
        return
    first = _first_value(data, lines=lines)
    foreign = None if first is None else foreign_json(first)
    if foreign is not None:
        yield UanewsError(f"{name}: {foreign}")
        return
    if not lines:
        document = _document_items(data, name)
        if document is not None:
            yield from document
            return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _guarded(loads, line, f"{name}:{number}")


def _guarded(load: Callable[..., NewsItem], data: object, source: str) -> NewsItem | SchemaError:
    """Return ``load(data, source=source)``, or the `SchemaError` it raised."""
    try:
        return load(data, source=source)
    except SchemaError as exc:
        return exc


def _read_bytes(source: Source, streams: Streams) -> bytes:
    """Return the whole content of ``source``."""
    if source.path is None:
        return streams.stdin.read()
    return source.path.read_bytes()


def iter_json_sources(
    inputs: Iterable[Input], streams: Streams
) -> Iterator[tuple[Input, NewsItem | UanewsError | OSError]]:
    """Yield, per input, each item it holds or each error that stopped one."""
    for entry in inputs:
        try:
            data = _read_bytes(entry.source, streams)
        except OSError as exc:
            yield entry, exc
            continue
        lines = entry.source.name.endswith(".jsonl")
        for result in _json_items(data, entry.source.name, lines=lines):
            yield entry, result
