"""Unnamed groups name no speaker; a body's name in marks after a source phrase does.

Under the annotation guidelines the speaker is a person or an organisation the text names;
``null`` when the text does not say who: an unnamed group (``Энергетики сообщили``) is no
participant and never the person quoted before. ``За даними X,`` counts like ``за словами X,``:
a body's name in marks there (``По данным «Львовтеплоэнерго»``) is the speaker. Every text
here was written for these tests in the style of Ukrainian outlets' reports.
"""

import pytest

import uanews
from quote_support import spoken
from uanews.model import ParticipantKind

PERSON = (
    "В Днепре отключат воду\n\n"
    "Директор водоканала Ирина Петренко сообщила, что ремонт водовода займет два дня.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the dictionary's likeliest reading of ``энергетики`` is a genitive singular
        "Энергетики сообщили, что свет в домах вернут к утру.\n",
        "Спасатели рассказали, что за сутки потушили двенадцать пожаров.\n",
        # a group as a source: the text names no body, so no speaker
        "По данным спасателей, огонь удалось потушить за два часа.\n",
        "Коммунальщики предупреждают: «Воду дадут в четверг вечером».\n",
        "Коммунальщики предупреждают:\n\n«Воду дадут в четверг вечером, но она будет мутной».\n",
    ],
)
def test_an_unnamed_group_is_no_previous_speaker(paragraph: str) -> None:
    found = spoken(PERSON + paragraph)
    assert found[0][1] == "Ирина Петренко"
    assert len(found) == 2
    assert found[1][1] is None


def test_a_ukrainian_group_is_no_previous_speaker() -> None:
    text = (
        "У Полтаві горів склад\n\n"
        "Начальник ГУ ДСНС у Полтавській області Олег Коваль повідомив, що пожежу локалізували.\n\n"
        "Енергетики повідомили, що світло повернуть до ранку.\n"
    )
    assert spoken(text)[-1] == ("світло повернуть до ранку", None)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                "Во Львове начнут отопительный сезон\n\n"
                "Городской голова Андрей Садовой сообщил, что город готов к зиме.\n\n"
                "По данным «Львовтеплоэнерго», отопление подключат к 15 октября.\n"
            ),
            "Львовтеплоэнерго",
        ),
        (
            (
                "Во Львове отключат горячую воду\n\n"
                "Городской голова Андрей Садовой сообщил, что ремонт продлится неделю.\n\n"
                'В "Львовтеплоэнерго" уточнили, что горячую воду дадут к пятнице.\n'
            ),
            "Львовтеплоэнерго",
        ),
        (
            (
                "У Києві відключать гарячу воду\n\n"
                "Міський голова Віталій Кличко повідомив, що ремонт триватиме тиждень.\n\n"
                "У «Київтеплоенерго» пояснили, що гарячу воду дадуть до п’ятниці.\n"
            ),
            "Київтеплоенерго",
        ),
        (
            (
                "У Києві можливі відключення\n\n"
                "Міський голова Віталій Кличко заявив, що місто готове до зими.\n\n"
                'За даними "Київтеплоенерго", опалення дадуть до 20 жовтня.\n'
            ),
            "Київтеплоенерго",
        ),
    ],
)
def test_a_name_in_marks_after_a_source_phrase_or_before_a_cue_speaks(text: str, body: str) -> None:
    assert spoken(text)[-1][1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                "В Одессе восстановили свет\n\n"
                "ДТЭК в пятницу сообщил о ремонте сетей в Одессе. В компании пояснили, что свет"
                " вернут до вечера.\n"
            ),
            "ДТЭК",
        ),
        (
            (
                "В Одесі відновили світло\n\n"
                "ДТЕК у п'ятницю повідомив про ремонт мереж в Одесі. У компанії пояснили, що"
                " світло повернуть до вечора.\n"
            ),
            "ДТЕК",
        ),
    ],
)
def test_a_kind_noun_stands_for_the_body_named_by_its_bare_name(text: str, body: str) -> None:
    assert spoken(text)[-1][1] == body


def test_a_kind_noun_is_no_body_of_another_kind() -> None:
    text = (
        "В Одессе проверяют стройку\n\n"
        "Прокуратура Одесской области начала проверку. В компании пояснили, что документы"
        " на стройку в порядке.\n"
    )
    assert spoken(text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                "В Ровно ждут ливни\n\n"
                "Синоптики Ровенского областного гидрометцентра предупреждают, что за ночь "
                "выпадет месячная норма осадков.\n"
            ),
            "Ровенский областной гидрометцентр",
        ),
        (
            (
                "У Рівному чекають зливи\n\n"
                "Синоптики Рівненського обласного гідрометцентру попереджають, що за ніч "
                "випаде місячна норма опадів.\n"
            ),
            "Рівненський обласний гідрометцентр",
        ),
    ],
)
def test_forecasters_of_a_named_body_give_the_body(text: str, body: str) -> None:
    assert spoken(text)[0][1] == body


@pytest.mark.parametrize(
    "text",
    [
        "В Ровно похолодает\n\nСиноптики предупреждают, что ночью ударит мороз.\n",
        "У Рівному похолодає\n\nЗа даними синоптиків, уночі вдарить мороз.\n",
    ],
)
def test_forecasters_without_a_body_name_nobody(text: str) -> None:
    found = spoken(text)
    assert len(found) == 1
    assert found[0][1] is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            (
                "Под Ковелем грузовик съехал в кювет\n\n"
                "По предварительной информации следователей, водитель не справился с "
                "управлением на мокрой дороге.\n"
            ),
            "следователи",
        ),
        (
            (
                "Під Ковелем вантажівка з'їхала в кювет\n\n"
                "За попередніми даними слідчих, водій не впорався з керуванням на мокрій дорозі.\n"
            ),
            "слідчі",
        ),
        (
            (
                "Під Ковелем вантажівка з'їхала в кювет\n\n"
                "Слідчі повідомили, що водій не впорався з керуванням на мокрій дорозі.\n"
            ),
            "слідчі",
        ),
    ],
)
def test_investigators_speak_as_the_investigation(text: str, group: str) -> None:
    assert spoken(text)[0][1] == group


def test_one_unnamed_investigator_is_the_person_named_before() -> None:
    text = (
        "Под Ковелем грузовик съехал в кювет\n\n"
        "Следователь полиции Андрей Мазур выехал на место аварии.\n\n"
        "«Водитель не справился с управлением на мокрой дороге», – рассказал следователь.\n"
    )
    assert spoken(text) == [
        ("Водитель не справился с управлением на мокрой дороге", "Андрей Мазур")
    ]


def test_investigators_are_a_group_not_an_organisation() -> None:
    item = uanews.parse(
        "Під Ковелем вантажівка з'їхала в кювет\n\n"
        "За даними слідчих, водій не впорався з керуванням на мокрій дорозі.\n"
    )
    speaker = item.participant(item.quotes[0].speaker or "")
    assert (speaker.kind, speaker.id) == (ParticipantKind.GROUP, "g1")


def test_investigative_as_an_adjective_names_no_group() -> None:
    found = spoken(
        "Під Ковелем вантажівка з'їхала в кювет\n\n"
        "За даними слідчих органів, водій не впорався з керуванням на мокрій дорозі.\n"
    )
    assert found == [("водій не впорався з керуванням на мокрій дорозі", None)]


def test_investigators_of_a_named_body_keep_the_body_in_their_name() -> None:
    found = spoken(
        "Під Ковелем вантажівка з'їхала в кювет\n\n"
        "Слідчі поліції повідомили, що водій не впорався з керуванням на мокрій дорозі.\n"
    )
    assert found == [("водій не впорався з керуванням на мокрій дорозі", "слідчі поліції")]
