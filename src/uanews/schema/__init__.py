"""The JSON Schemas (draft 2020-12) of the uanews JSON contract, shipped with the package.

`SCHEMA_FILE` describes version 2, the version uanews writes; the schema of version 1, which
uanews still reads, is kept beside it (`SCHEMA_FILES`).
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Final

__all__ = ["SCHEMA_FILE", "SCHEMA_FILES", "load_schema"]

SCHEMA_FILES: Final = {1: "news-item-v1.schema.json", 2: "news-item-v2.schema.json"}
"""The file name of the schema of each contract version, inside this package."""

SCHEMA_FILE: Final = SCHEMA_FILES[2]
"""The file name of the schema for contract version 2, the version `uanews.dumps` writes."""


def load_schema(version: int = 2) -> dict[str, object]:
    """Return the JSON Schema of one news item in contract ``version`` (1 or 2), parsed.

    Raises ``ValueError`` for a version without a schema.
    """
    if version not in SCHEMA_FILES:
        known = ", ".join(map(str, SCHEMA_FILES))
        msg = f"no JSON Schema for contract version {version!r}; there are {known}"
        raise ValueError(msg)
    text = files(__name__).joinpath(SCHEMA_FILES[version]).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema
