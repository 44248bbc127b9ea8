"""Hard-wrapped text: a paragraph never runs across a boilerplate line set aside inside it."""

from __future__ import annotations

import uanews

WRAPPED = """Заголовок новини

Перший рядок абзацу, який зламано на ширині сімдесяти символів для
перевірки, продовжується тут і далі до кінця рядка без крапки в кінці
Фото: Іван Петренко
і закінчується тут після підпису до фото, який вставили посередині.
"""


def test_a_wrapped_paragraph_stops_at_a_metadata_line():
    item = uanews.parse(WRAPPED, extract=False)
    assert [p.text[:20] for p in item.paragraphs] == [
        "Перший рядок абзацу,",
        "і закінчується тут п",
    ]
    assert [m.text for m in item.metadata] == ["Фото: Іван Петренко"]


def test_every_block_of_it_maps_back_to_the_source():
    item = uanews.parse(WRAPPED)
    assert uanews.source_map(item, WRAPPED).unaligned == ()
