"""Quote constructs found in the review of the second Russian round (issue 15).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind


def test_ukrainian_rozkazaty_is_a_speech_verb() -> None:
    item = uanews.parse("Волонтерка Ірина Лисенко розказала, що вночі в місті не було світла.")
    assert [(quote.kind, quote.text) for quote in item.quotes] == [
        (QuoteKind.INDIRECT, "вночі в місті не було світла")
    ]
