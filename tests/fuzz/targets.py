"""The fuzz targets: one function per entry point, taking bytes, raising on a broken promise.

Errors that uanews documents (`uanews.errors.UanewsError` and its subclasses, raised on
purpose) are fine; anything else, or a result that breaks an invariant, is a failure.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import orjson

import uanews
from uanews.cli import main
from uanews.errors import DecodeError, ParseError, SchemaError
from uanews.parser.decode import read_lines
from uanews.parser.split import split_checked

Target = Callable[[bytes], None]

_SURROGATES = range(0xD800, 0xE000)


def _round_trip(item: uanews.NewsItem) -> None:
    """Check that ``item`` serialises and reads back equal."""
    text = uanews.dumps(item)
    assert uanews.loads(text) == item, "loads(dumps(item)) != item"


def parse_bytes(data: bytes) -> None:
    """`uanews.parse` of bytes: a `DecodeError`/`ParseError`, or an item that round-trips."""
    try:
        item = uanews.parse(data)
    except (DecodeError, ParseError):
        return
    _round_trip(item)


def text_of(data: bytes) -> str:
    """Return a ``str`` from fuzz bytes; the first byte picks how, so lone surrogates occur."""
    if not data:
        return ""
    mode, body = data[0] % 3, data[1:]
    if mode == 0:
        return body.decode("utf-8", errors="replace")
    if mode == 1:  # every UTF-16 code unit, lone surrogates included
        return body[: len(body) // 2 * 2].decode("utf-16-le", errors="surrogatepass")
    return body.decode("latin-1")


def parse_str(data: bytes) -> None:
    """`uanews.parse` of a ``str``: text with a lone surrogate must be a `DecodeError`."""
    text = text_of(data)
    has_surrogate = any(ord(char) in _SURROGATES for char in text)
    try:
        item = uanews.parse(text)
    except DecodeError:
        assert has_surrogate, "DecodeError for a str without lone surrogates"
        return
    except ParseError:
        return
    assert not has_surrogate, "a str with a lone surrogate was parsed"
    _round_trip(item)


def _outcome(load: Callable[[], uanews.NewsItem]) -> uanews.NewsItem | None:
    try:
        return load()
    except SchemaError:
        return None


_BOM = b"\xef\xbb\xbf"


def _message(load: Callable[[], uanews.NewsItem]) -> str:
    """Return the message of the `SchemaError` that ``load`` raises ("" if it raises none)."""
    try:
        load()
    except SchemaError as exc:
        return str(exc)
    return ""


def loads(data: bytes) -> None:
    """`uanews.loads`: a `SchemaError` or an item, by one rule whatever the form of the text.

    Bytes and the same text as ``str`` agree; a leading byte order mark changes nothing;
    bytes that are not UTF-8 are reported as such, with the offset; an accepted document has
    the integer schema version 1.
    """
    item = _outcome(lambda: uanews.loads(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        start, text = error.start, ""
    else:
        start = None
    if start is not None:
        assert item is None, "loads accepted bytes that are not UTF-8"
        message = _message(lambda: uanews.loads(data))
        assert f"not UTF-8 at byte {start} " in message, message
        return
    assert _outcome(lambda: uanews.loads(text)) == item, "loads(bytes) and loads(str) differ"
    if data.startswith(_BOM):
        without = _outcome(lambda: uanews.loads(data[len(_BOM) :]))
        assert without == item, "a byte order mark changed what loads reads"
    if item is not None:
        version = orjson.loads(data.removeprefix(_BOM))["schema_version"]
        assert type(version) is int, f"schema_version {version!r} accepted"
        _round_trip(item)


def lines_of(data: bytes) -> list[object]:
    """Return "lines" for `uanews.iter_jsonl`: bytes, str, None or a number, by each line's end."""
    lines: list[object] = []
    for raw in data.split(b"\n"):
        kind = raw[-1] % 8 if raw else 0
        if kind == 6:
            lines.append(None)
        elif kind == 7:
            lines.append(len(raw))
        elif kind % 2:
            lines.append(raw.decode("utf-8", errors="replace"))
        else:
            lines.append(raw)
    return lines


def iter_jsonl(data: bytes) -> None:
    """`uanews.iter_jsonl` of any lines: items, or a `SchemaError`."""
    try:
        items = list(uanews.iter_jsonl(lines_of(data)))  # type: ignore[arg-type]
    except SchemaError:
        return
    for item in items:
        _round_trip(item)


def _expected_items(data: bytes) -> int | None:
    """Return how many items (good or bad) the dump ``data`` holds, None if none is readable."""
    try:
        return sum(1 for _ in split_checked(read_lines(io.BytesIO(data))))
    except DecodeError:
        return None


def cli_convert(data: bytes) -> None:
    """``uanews convert DIR -o OUT/``: one line per failure, every item written or reported.

    The dump is written to a temporary directory; the first byte picks ``--no-extract`` and
    ``-f json``. Checks: exit status 0 or 1, nothing but ``uanews:`` lines on stderr, no
    temporary file left, and items written plus items reported equal the items in the dump.
    """
    flags = data[0] if data else 0
    args = ["--no-extract"] if flags & 1 else []
    json = bool(flags & 2)
    if json:
        args += ["-f", "json"]
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        (root / "in").mkdir()
        (root / "in" / "dump.txt").write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["convert", str(root / "in"), "-o", f"{root}/out/", "-q", *args])
        messages = err.getvalue().splitlines()
        assert status in {0, 1}, f"exit status {status}"
        assert all(line.startswith("uanews: ") for line in messages), err.getvalue()
        assert not any(path.suffix == ".tmp" for path in root.rglob("*")), "temporary file left"
        target = root / "out" / ("dump.json" if json else "dump.jsonl")
        written = _written(target, json=json)
        failures = [line for line in messages if not line.startswith("uanews: warning: ")]
        expected = _expected_items(data)
        if expected is None or expected == 0:
            assert (written, len(failures)) == (0, 1), err.getvalue()
        else:
            assert written + len(failures) == expected, (written, failures, expected)


def _written(target: Path, *, json: bool) -> int:
    """Return how many items the output file holds (each read back strictly)."""
    if not target.exists():
        return 0
    data = target.read_bytes()
    if not json:
        return sum(1 for _ in uanews.iter_jsonl(data.splitlines()))
    document = uanews.convert.read_json(data)
    documents = document if isinstance(document, list) else [document]
    for entry in documents:
        uanews.convert.from_dict(entry)
    return len(documents)


TARGETS: dict[str, Target] = {
    "parse_bytes": parse_bytes,
    "parse_str": parse_str,
    "loads": loads,
    "iter_jsonl": iter_jsonl,
    "cli_convert": cli_convert,
}
"""Every target by name, as ``python -m tests.fuzz NAME`` takes it."""
