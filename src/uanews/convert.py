r"""The one converter between the model and the uanews JSON contract (schema version 1).

All rules of the wire format live here: field names, how partial dates and enums are written,
the ``schema_version`` envelope, and strict loading. JSON text is encoded with orjson: UTF-8,
no ``\u`` escapes for non-ASCII text. Reading accepts one leading UTF-8 byte order mark
(as RFC 8259 allows a parser to) and reports bytes that are not UTF-8 by their offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import IO, Any, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
import orjson
from cattrs.errors import IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from uanews import model
from uanews.errors import ModelError, SchemaError, UanewsError
from uanews.model import NewsItem, PartialDate

__all__ = [
    "SCHEMA_VERSION",
    "converter",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "loads",
    "make_converter",
    "read_json",
    "to_dict",
]

SCHEMA_VERSION: Final = 1
"""The version of the JSON contract that `dumps` writes and `loads` reads."""

T = TypeVar("T")

_BOM_BYTES: Final = b"\xef\xbb\xbf"
_BOM_CHAR: Final = "\ufeff"
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class _StrictTypeError(TypeError):
    """A JSON value of the wrong type (raised inside hooks, reported as `SchemaError`)."""


def _json_type(value: object) -> str:
    """Return the JSON name of ``value``'s type, for error messages."""
    names = {
        bool: "boolean",
        int: "number",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _expect(value: object, kind: type, name: str) -> None:
    """Raise `_StrictTypeError` unless ``value`` is exactly of JSON type ``kind``."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        msg = f"expected {name}, got {_json_type(value)}"
        raise _StrictTypeError(msg)


def _structure_str(value: object, _type: type) -> str:
    _expect(value, str, "string")
    return value  # type: ignore[return-value]  # checked by _expect


def _structure_int(value: object, _type: type) -> int:
    _expect(value, int, "integer")
    return value  # type: ignore[return-value]  # checked by _expect


def _structure_partial_date(value: object, _type: type) -> PartialDate:
    _expect(value, str, "ISO 8601 partial date string")
    return PartialDate.fromisoformat(value)  # type: ignore[arg-type]  # checked by _expect


_MODEL_ENUMS: Final = tuple(
    value
    for value in vars(model).values()
    if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == model.__name__
)


def _enum_value(member: Enum) -> object:
    """Return the JSON value of an enum member."""
    return member.value


def _enum_structurer(type_: type[Enum]) -> Callable[[object, Any], Enum]:
    """Return a hook that accepts only the string values of the enum ``type_``."""
    allowed = ", ".join(repr(member.value) for member in type_)

    def structure(value: object, _type: Any) -> Enum:  # noqa: ANN401
        _expect(value, str, "string")
        try:
            return type_(value)
        except ValueError:
            msg = f"expected one of {allowed}, got {value!r}"
            raise _StrictTypeError(msg) from None

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:  # noqa: ANN401 - any type annotation
    """Return True for ``tuple[X, ...]``."""
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def configure_converter(converter: cattrs.Converter) -> None:
    """Install every rule of the JSON contract on ``converter``."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    # Each enum by its own class: class hooks win over predicates in cattrs, and the ``str``
    # hook would otherwise claim every StrEnum, whose values must be checked against the enum.
    for enum in _MODEL_ENUMS:
        converter.register_structure_hook(enum, _enum_structurer(enum))
        converter.register_unstructure_hook(enum, _enum_value)
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_structure_hook(PartialDate, _structure_partial_date)

    def tuple_factory(type_: Any) -> Callable[[object, Any], tuple[Any, ...]]:  # noqa: ANN401
        item_type = get_args(type_)[0]
        structure_item = converter.get_structure_hook(item_type)

        def structure_tuple(value: object, _type: Any) -> tuple[Any, ...]:  # noqa: ANN401
            _expect(value, list, "array")
            items: list[Any] = []
            errors: list[Exception] = []
            element: object
            for index, element in enumerate(value):  # type: ignore[arg-type]  # checked above
                try:
                    items.append(structure_item(element, item_type))
                except Exception as exc:  # noqa: BLE001 - collected and re-raised below
                    note = IterableValidationNote(
                        f"Structuring {type_} @ index {index}", index, item_type
                    )
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
            if errors:
                msg = "while structuring array"
                raise cattrs.IterableValidationError(msg, errors, type_)
            return tuple(items)

        return structure_tuple

    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple,
        lambda type_: _list_unstructurer(converter, get_args(type_)[0]),
    )

    def attrs_structure_factory(cls: type[Any]) -> Callable[[object, Any], Any]:
        inner = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)
        required = frozenset(a.name for a in attrs.fields(cls))

        def structure(value: object, type_: Any) -> Any:  # noqa: ANN401
            _expect(value, dict, "object")
            missing = required.difference(value)  # type: ignore[arg-type]  # checked above
            if missing:
                msg = "missing field(s): " + ", ".join(sorted(missing))
                raise _StrictTypeError(msg)
            return inner(value, type_)  # type: ignore[arg-type]  # checked above

        return structure

    converter.register_structure_hook_factory(attrs.has, attrs_structure_factory)
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: make_dict_unstructure_fn(cls, converter)
    )


def _list_unstructurer(converter: cattrs.Converter, item_type: Any) -> Callable[[Any], list[Any]]:  # noqa: ANN401
    """Return a hook that unstructures a homogeneous tuple into a JSON array."""
    hook = converter.get_unstructure_hook(item_type)
    return lambda value: [hook(element) for element in value]


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for the uanews JSON contract."""
    converter = cattrs.Converter(detailed_validation=True)
    configure_converter(converter)
    return converter


converter: Final = make_converter()
"""The converter that `dumps` and `loads` use."""


def _message(exc: BaseException, type_: object) -> str:
    """Return a readable message for one leaf error of a structuring failure."""
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}" if exc.args else "missing field"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return "unknown field(s): " + ", ".join(sorted(exc.extra_fields))
    if isinstance(exc, ModelError):
        return exc.message
    if isinstance(exc, (_StrictTypeError, UanewsError)):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"invalid value for {name}: {exc}"


def _schema_error(exc: Exception, source: str | None) -> SchemaError:
    """Turn a cattrs structuring failure into a `SchemaError` naming the JSON path."""
    # transform_error formats each leaf error once, in order, into one line: remember each
    # leaf's own field path (a ModelError raised by a whole-object validator has one) beside it.
    subpaths: list[str | None] = []

    def remember(leaf: BaseException, type_: object) -> str:
        subpaths.append(leaf.path if isinstance(leaf, ModelError) else None)
        return _message(leaf, type_)

    lines = cattrs.transform_error(exc, path="$", format_exception=remember)
    first = lines[0] if lines else str(exc)
    # The path comes last and is made of the model's field names only, never of input text.
    message, _, path = first.rpartition(" @ ")
    if not message:
        message, path = first, "$"
    subpath = subpaths[0] if subpaths else None
    if subpath:
        path += subpath if subpath.startswith("[") else f".{subpath}"
    more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
    return SchemaError(message + more, path=path, source=source)


def to_dict(item: NewsItem) -> dict[str, Any]:
    """Return ``item`` as JSON-ready primitives, with ``schema_version`` first."""
    return {"schema_version": SCHEMA_VERSION, **converter.unstructure(item)}


def from_dict(data: object, *, source: str | None = None) -> NewsItem:
    """Return the item that parsed JSON ``data`` describes; raise `SchemaError` if not."""
    if not isinstance(data, dict):
        msg = f"expected object, got {_json_type(data)}"
        raise SchemaError(msg, source=source)
    if "schema_version" not in data:
        msg = "missing field 'schema_version'"
        raise SchemaError(msg, source=source)
    version = data["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:  # not 1.0, not true
        msg = f"unsupported schema version {version!r}; this uanews reads {SCHEMA_VERSION}"
        raise SchemaError(msg, path="$.schema_version", source=source)
    body = {key: value for key, value in data.items() if key != "schema_version"}
    try:
        return converter.structure(body, NewsItem)
    except (cattrs.BaseValidationError, _StrictTypeError, UanewsError, ValueError) as exc:
        raise _schema_error(exc, source) from exc


def dumps(item: NewsItem, *, indent: bool = False) -> str:
    """Return ``item`` as JSON text: UTF-8, non-ASCII unescaped; ``indent`` pretty-prints."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(item), option=option).decode()


def _malformed(text: str | bytes, exc: orjson.JSONDecodeError) -> str:
    """Return why orjson could not read ``text``: not UTF-8 (where), or malformed JSON."""
    if isinstance(text, bytes):
        try:
            text.decode("utf-8")
        except UnicodeDecodeError as error:
            return f"not UTF-8 at byte {error.start} (counting from 0)"
    elif (found := _SURROGATE.search(text)) is not None:
        return (
            f"not Unicode text: a lone surrogate U+{ord(found.group()):04X} "
            f"at character {found.start()} (counting from 0)"
        )
    return f"malformed JSON: {exc}"


def read_json(text: str | bytes, *, source: str | None = None) -> object:
    """Return the JSON value in ``text``, which may start with a UTF-8 byte order mark.

    Raises `SchemaError` for text that is not JSON, saying where bytes are not UTF-8.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        text = bytes(text)
        body: str | bytes = text.removeprefix(_BOM_BYTES)
    else:
        body = text.removeprefix(_BOM_CHAR)
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise SchemaError(_malformed(text, exc), source=source) from exc


def loads(text: str | bytes, *, source: str | None = None) -> NewsItem:
    """Return the item in JSON ``text``; raise `SchemaError` naming the path if invalid.

    A leading UTF-8 byte order mark is allowed; bytes that are not UTF-8 are reported with
    their offset.
    """
    return from_dict(read_json(text, source=source), source=source)


def dump_jsonl(items: Iterable[NewsItem], target: IO[str]) -> int:
    """Write each item as one JSON line to the text file ``target``; return how many."""
    count = 0
    for item in items:
        target.write(dumps(item))
        target.write("\n")
        count += 1
    return count


def iter_jsonl(lines: Iterable[str | bytes], *, source: str | None = None) -> Iterator[NewsItem]:
    """Yield the item on each non-blank line of JSON Lines input (an open file or strings).

    A bad line raises `SchemaError` whose message names the line number; so does a line that
    is neither ``str`` nor ``bytes`` (``None``, say).
    """
    name = source or "<jsonl>"
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        value: object = line  # typed as text, but an iterable from a caller may hold anything
        if isinstance(value, bytearray | memoryview):
            value = bytes(value)
        if not isinstance(value, str | bytes):
            msg = f"not a line of text: expected str or bytes, got {type(value).__name__}"
            raise SchemaError(msg, source=where)
        if not value.strip():
            continue
        yield loads(value, source=where)
