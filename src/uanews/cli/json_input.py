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

__all__ = ["NOT_JSON", "iter_json_sources"]

NOT_JSON: Final = "not JSON or JSON Lines (a plain-text dump? use uanews convert)"
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
