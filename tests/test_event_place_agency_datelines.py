"""A title-case dateline with a full stop before its date and an agency after it.

``Київ. 25 листопада. ІНТЕРФАКС-УКРАЇНА – Міністерство ... підписали``: the city, a full stop,
the day and month, and the agency in capitals before a dash make a dateline, so the city is the
lead's place and the day its date, as after ``Київ, 25 листопада –``. A sentence that opens with
a city and a date but no agency and dash after them is no dateline.

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Ukrainian and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind
from uanews.parser.events.places import dateline
from uanews.parser.language import using_language


def test_ukrainian_agency_dateline_gives_its_city() -> None:
    text = "Київ. 25 листопада. ІНТЕРФАКС-УКРАЇНА – Міністерство енергетики підписало угоду."
    found = dateline(text, 0, len(text))
    assert found is not None
    assert found.city == "Київ"


def test_russian_agency_dateline_gives_its_city() -> None:
    text = "Харьков. 3 марта. ИНТЕРФАКС-УКРАИНА – Горсовет утвердил бюджет."
    with using_language("ru"):
        found = dateline(text, 0, len(text))
    assert found is not None
    assert found.city == "Харьков"


def test_a_city_and_a_date_with_no_agency_make_no_dateline() -> None:
    text = "Київ. 25 листопада відбулася нарада."
    assert dateline(text, 0, len(text)) is None


def test_the_lead_event_takes_the_agency_datelines_city_and_day() -> None:
    item = uanews.parse(
        "Міністерство підписало меморандум\n\n"
        "Київ. 25 листопада. ІНТЕРФАКС-УКРАЇНА – Міністерство енергетики та компанія «Вітер"
        " Поділля» підписали меморандум про співпрацю."
    )
    agreement = only_event(item, EventKind.AGREEMENT)
    assert agreement.places == ("Київ",)
    assert agreement.date is not None
    assert agreement.date.isoformat() == "--11-25"
