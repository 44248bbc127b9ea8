"""The staged parser of the plain-text news format: split -> blocks -> structure -> extraction.

See ``docs/format.md`` for the format's grammar. The stages live in their own modules:
`decode`, `split`, `blocks`, `layout` (with `meta`), and
`extract`; `pipeline` runs them.
"""

from uanews.parser.layout import Structure
from uanews.parser.pipeline import iter_dump, parse, parse_file, parse_lines, parse_structure

__all__ = ["Structure", "iter_dump", "parse", "parse_file", "parse_lines", "parse_structure"]
