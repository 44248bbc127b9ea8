"""Griffe extensions that make the API reference read the way the code is used.

Loaded by mkdocstrings (``mkdocs.yml``: ``extensions: [scripts/griffe_uanews.py]``); they change
only what the documentation shows, never the code:

- An attrs field written ``x: int = field(validator=_check)`` shows as ``x: int`` and
  ``field(default="und", validator=...)`` as ``= 'und'``: the reader sees the default, not the
  private validator.
- An enum lists every member with its value in one table, documented or not (mkdocstrings
  hides members without a docstring, which left the enums looking empty).
"""

from __future__ import annotations

from typing import Any

import griffe

_ATTRS_FIELD_CALLS = frozenset({"attrs.field", "attr.ib", "attr.attrib", "attr.field"})
_ENUM_BASES = frozenset(
    {"enum.Enum", "enum.StrEnum", "enum.IntEnum", "enum.Flag", "enum.IntFlag"},
)


def _canonical(expr: object) -> str:
    """Return the canonical path of a name or attribute expression, or an empty string."""
    return str(getattr(expr, "canonical_path", ""))


class AttrsFieldDefaults(griffe.Extension):
    """Show an attrs field's default (or nothing) instead of its ``field(...)`` call."""

    def on_attribute_instance(
        self,
        *,
        node: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
        attr: griffe.Attribute,
        agent: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
        **kwargs: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
    ) -> None:
        """Replace a ``field(...)`` value by its ``default`` or ``factory()``; return None."""
        value = attr.value
        if not isinstance(value, griffe.ExprCall):
            return
        if _canonical(value.function) not in _ATTRS_FIELD_CALLS:
            return
        keywords = {
            argument.name: argument.value
            for argument in value.arguments
            if isinstance(argument, griffe.ExprKeyword)
        }
        if "default" in keywords:
            attr.value = keywords["default"]
        elif "factory" in keywords:
            attr.value = f"{keywords['factory']}()"
        else:
            attr.value = None


class EnumMembers(griffe.Extension):
    """List an enum's members and their values in one table in the enum's docstring."""

    def on_class_members(
        self,
        *,
        node: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
        cls: griffe.Class,
        agent: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
        **kwargs: Any,  # noqa: ANN401, ARG002 - griffe's hook signature
    ) -> None:
        """Add an ``Attributes:`` section with every member of an enum class; return None.

        A member's own docstring moves into its row, so each member is shown once.
        """
        if not any(_canonical(base) in _ENUM_BASES for base in cls.bases):
            return
        rows = []
        for member in cls.members.values():
            if member.is_alias or not member.is_attribute or member.name.startswith("_"):
                continue
            row = f"    {member.name}: `{member.value}`"
            if member.docstring:
                row += " " + " ".join(member.docstring.value.split())
                member.docstring = None
            rows.append(row)
        if not rows:
            return
        section = "Attributes:\n" + "\n".join(rows)
        if cls.docstring:
            cls.docstring.value = f"{cls.docstring.value}\n\n{section}"
        else:
            cls.docstring = griffe.Docstring(section, parent=cls)
