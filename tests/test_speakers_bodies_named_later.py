"""A body a cue names before the text names it in full speaks as written.

A cue looks back for its speaker: ``за даними поліції`` in the second paragraph cannot point
to the district police office the text introduces only two paragraphs on, so the speaker is
the body as written (``поліція``, ``полиция Черниговской области``). Every text here was
written for these tests in the style of Ukrainian outlets' reports.
"""

from quote_support import spoken


def test_a_ukrainian_source_body_named_in_full_only_later() -> None:
    text = (
        "Під Житомиром перекинувся рейсовий автобус\n\n"
        "За попередніми даними поліції, водій автобуса Iveco не впорався з керуванням "
        "на ожеледиці.\n\n"
        "Слідчі Житомирського районного управління поліції розпочали досудове розслідування.\n"
    )
    assert spoken(text)[0][1] == "поліція"


def test_a_russian_body_named_in_full_only_later() -> None:
    text = (
        "Под Черниговом перевернулся рейсовый автобус\n\n"
        "Как сообщили в полиции Черниговской области, двое пассажиров получили переломы.\n\n"
        "«Скорее всего, водитель превысил скорость», — сказала спикер областной полиции "
        "Дарья Мельник.\n"
    )
    found = spoken(text)
    assert found[0] == ("двое пассажиров получили переломы", "полиция Черниговской области")
    assert found[1][1] == "Дарья Мельник"


def test_a_body_named_before_the_cue_still_speaks_by_its_name() -> None:
    text = (
        "Під Житомиром перекинувся рейсовий автобус\n\n"
        "Слідчі Житомирського районного управління поліції розпочали досудове розслідування.\n\n"
        "У поліції повідомили, що двоє пасажирів отримали переломи.\n"
    )
    assert spoken(text)[0][1] == "Житомирське районне управління поліції"
