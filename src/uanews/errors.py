"""Errors raised by uanews.

Every error subclasses `UanewsError` and a built-in exception, so callers can catch
either the library's base class or the built-in they already handle (``ValueError``).
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "ItemTooLargeWarning",
    "ModelError",
    "ParseError",
    "SchemaError",
    "UanewsError",
    "UanewsWarning",
]


class UanewsError(Exception):
    """Base class of every error that uanews raises on purpose."""


class ModelError(UanewsError, ValueError):
    """A model object would be inconsistent (bad date, dangling id, span out of range).

    ``path`` names the offending field relative to the object being built (``language``,
    ``participants[0].mentions[1]``), or is None when the object as a whole is at fault.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        """Build the error from a message and the path of the offending field."""
        self.path = path
        self.message = message
        super().__init__(message if path is None else f"{path}: {message}")


class SchemaError(UanewsError, ValueError):
    """JSON input does not follow the uanews JSON contract; the message names the JSON path."""

    def __init__(self, message: str, *, path: str = "$", source: str | None = None) -> None:
        """Build the error from a message, the JSON path at fault and the optional source name."""
        self.path = path
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{path}: {message}")


class DecodeError(UanewsError, ValueError):
    """Input is not text: bytes no supported encoding decodes, a NUL, or a lone surrogate.

    ``line`` and ``column`` (1-based) say where, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        """Build the error from a message and where it happened (file, 1-based line, column)."""
        self.source = source
        self.line = line
        self.column = column
        super().__init__(_located(message, source, line))


class ParseError(UanewsError, ValueError):
    """Text could not be parsed into a news item (for example, it is empty)."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        """Build the error from a message and where it happened (file name, 1-based line)."""
        self.source = source
        self.line = line
        super().__init__(_located(message, source, line))


class UanewsWarning(UserWarning):
    """Base class of the warnings uanews issues: the input was read, but not fully."""


class ItemTooLargeWarning(UanewsWarning):
    """An item was over the size limit for extraction and was parsed structure only."""


def _located(message: str, source: str | None, line: int | None) -> str:
    """Return ``message`` prefixed by ``source:line:`` where those are known."""
    where = source or "<input>"
    if line is not None:
        where = f"{where}:{line}"
    return f"{where}: {message}"
