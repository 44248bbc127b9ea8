"""The staged parser of the plain-text news format: split -> blocks -> structure -> extraction.

See ``docs/format.md`` for the format's grammar. The stages live in their own modules:
`decode`, `split`, `blocks`, `layout` (with `meta`), and
`extract`; `pipeline` runs them.

The names below are loaded on first use (PEP 562): importing one stage (``decode``, ``split``:
what splitting a dump needs) does not import the extractors that `pipeline` runs.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from uanews.parser.layout import Structure
    from uanews.parser.pipeline import (
        iter_dump,
        parse,
        parse_file,
        parse_lines,
        parse_structure,
    )

__all__ = ["Structure", "iter_dump", "parse", "parse_file", "parse_lines", "parse_structure"]

_HOME = {
    "Structure": "uanews.parser.layout",
    "iter_dump": "uanews.parser.pipeline",
    "parse": "uanews.parser.pipeline",
    "parse_file": "uanews.parser.pipeline",
    "parse_lines": "uanews.parser.pipeline",
    "parse_structure": "uanews.parser.pipeline",
}


def __getattr__(name: str) -> object:
    """Return the public name ``name``, importing its module on first use."""
    home = _HOME.get(name)
    if home is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Return the module's names, the lazy ones included."""
    return sorted({*globals(), *__all__})
