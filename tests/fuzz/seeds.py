"""Seed inputs for the fuzz targets, built at run time from the shipped example dump.

Nothing here copies news text: the seeds are made from ``examples/dumps/seeds.txt`` and a
few lines written for the purpose.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import uanews

_EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dumps" / "seeds.txt"
_OWN = "Заголовок новини\n\nМіський голова відкрив школу. «Ми раді», — сказав він.\n"


def _texts() -> list[str]:
    texts = [_OWN]
    if _EXAMPLE.exists():
        texts.append(_EXAMPLE.read_text("utf-8"))
    return texts


def seeds(target: str) -> list[bytes]:
    """Return the seed inputs for ``target`` (see `tests.fuzz.targets.TARGETS`)."""
    texts = _texts()
    if target in {"parse_bytes", "cli_convert"}:
        encoded = [text.encode(encoding) for text in texts for encoding in ("utf-8", "cp1251")]
        encoded.append(codecs.BOM_UTF16_LE + _OWN.encode("utf-16-le"))
        if target == "cli_convert":
            encoded = [bytes([flags]) + data for data in encoded for flags in (1, 3)]
        return encoded
    if target == "parse_str":
        return [b"\x00" + text.encode() for text in texts]
    items = [uanews.parse(_OWN)]
    if _EXAMPLE.exists():
        items += list(uanews.iter_dump(_EXAMPLE))
    documents = [uanews.dumps(item).encode() for item in items]
    if target == "iter_jsonl":
        return [b"\n".join(documents)]
    return documents
