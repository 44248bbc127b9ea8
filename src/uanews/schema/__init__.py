"""The JSON Schema (draft 2020-12) of the uanews JSON contract, shipped with the package."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Final

__all__ = ["SCHEMA_FILE", "load_schema"]

SCHEMA_FILE: Final = "news-item-v1.schema.json"
"""The file name of the schema for contract version 1, inside this package."""


def load_schema() -> dict[str, object]:
    """Return the JSON Schema of one news item in contract version 1, as parsed JSON."""
    text = files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema
