"""Roles and speakers: compound role nouns, a body's head by its common noun, a declined surname.

Every text was written for these tests in the style of regional news in Ukrainian and Russian;
the people are invented.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import Participant, ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.quotes.speaker_grammar import declined_as_man, own_name_gender


def _speaker(text: str, index: int = -1) -> str | None:
    item = uanews.parse(text)
    speaker = item.quotes[index].speaker
    return None if speaker is None else item.participant(speaker).name


def _role(text: str, name: str) -> str | None:
    item = uanews.parse(text)
    return next(p.role for p in item.participants if p.name == name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            (
                "Вакцинация продолжается\n\nВрач-педиатр городской больницы №2 Алла Стрижак "
                "советует не откладывать прививки.\n"
            ),
            "Алла Стрижак",
            "врач-педиатр городской больницы №2",
        ),
        (
            (
                "Щеплення тривають\n\nЛікар-педіатр міської лікарні №2 Алла Стрижак радить не "
                "відкладати щеплення.\n"
            ),
            "Алла Стрижак",
            "лікар-педіатр міської лікарні №2",
        ),
        (
            (
                "Гости из Польши\n\nВ Луцк прибыла делегация во главе с бурмистром Томашем "
                "Вишневским.\n"
            ),
            "Томаш Вишневский",
            "бурмистр",
        ),
        (
            (
                "Гості з Польщі\n\nДо Луцька прибула делегація на чолі з бурмістром Томашем "
                "Вишневським.\n"
            ),
            "Томаш Вишневський",
            "бурмістр",
        ),
    ],
)
def test_compound_and_foreign_role_nouns(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_compound_role_needs_a_role_noun_first() -> None:
    # ``студентка-заочница``: the first part is no role noun, so the compound is none.
    text = "ДТП в центре\n\nВчера студентка-заочница Алла Стрижак рассказала о ДТП.\n"
    assert _role(text, "Алла Стрижак") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Прививки\n\nВрач-педиатр городской больницы №2 Алла Стрижак провела прием.\n\n"
                "«Очередей нет, вакцина бесплатна», — пояснила врач.\n"
            ),
            "Алла Стрижак",
        ),
        (
            (
                "Щеплення\n\nЛікар-педіатр міської лікарні №2 Алла Стрижак провела прийом.\n\n"
                "«Черг немає, вакцина безкоштовна», — пояснила лікарка.\n"
            ),
            "Алла Стрижак",
        ),
    ],
)
def test_compound_role_names_its_holder(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


_HEAD = (
    "Мост открыли\n\nНа открытие приехали председатель агентства Олег Заставный и директор "
    "компании Иван Ростовцев.\n\n«Люди два года ездили в объезд», — сказал глава {body}.\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("агентства", "Олег Заставный"), ("компании", "Иван Ростовцев"), ("завода", None)],
)
def test_leader_noun_with_a_body_noun(body: str, speaker: str | None) -> None:
    assert _speaker(_HEAD.format(body=body)) == speaker


def test_leader_noun_with_a_body_noun_ukrainian() -> None:
    text = (
        "Міст відкрили\n\nНа відкриття приїхали голова агентства Олег Заставний і директор "
        "компанії Іван Ростовців.\n\n«Люди два роки їздили в об'їзд», — сказав очільник "
        "компанії.\n"
    )
    assert _speaker(text) == "Іван Ростовців"


def _person(name: str, *mentions: str) -> Participant:
    return Participant(
        id="p1",
        kind=ParticipantKind.PERSON,
        name=name,
        mentions=tuple(uanews.Mention(text, 0, len(text)) for text in mentions),
    )


@pytest.mark.parametrize(
    ("name", "mentions", "expected"),
    [
        ("Хельге Сваннеланд", ("Хельге Сваннеландом",), True),
        ("Олег Ковальчук", ("Олегом Ковальчуком",), True),
        ("Олег Ковальчук", ("Олегові Ковальчукові",), True),
        # A woman's surname ending in a consonant is not declined.
        ("Анна Ковальчук", ("Анной Ковальчук",), False),
        # ``-а``/``-у`` are a woman's endings too (``Иванова``, ``Иванову``).
        ("Петр Иванов", ("Петра Иванова",), False),
        # A surname ending in a vowel declines for both.
        ("Олена Шевчишина", ("Оленою Шевчишиною",), False),
    ],
)
def test_declined_as_man(name: str, mentions: tuple[str, ...], *, expected: bool) -> None:
    assert declined_as_man(_person(name, *mentions)) is expected


def test_declension_overrides_a_first_names_dictionary_gender() -> None:
    person = _person("Хельге Сваннеланд", "Хельге Сваннеландом")
    with using_language("ru"):
        assert own_name_gender(person) == "masc"
    undeclined = _person("Хельге Сваннеланд", "Хельге Сваннеланд")
    with using_language("ru"):
        assert own_name_gender(undeclined) == "femn"


def test_ambassador_named_by_title_after_a_declined_foreign_name() -> None:
    text = (
        "Глава ОВА провел встречу с послом\n\nСтепан Очеретнюк 17 октября провел встречу с "
        "Чрезвычайным и Полномочным Послом Норвегии в Украине Хельге Сваннеландом.\n\n"
        "Посол сообщил, что правительство его страны выделит области еще 12 млн долларов.\n"
    )
    assert _speaker(text) == "Хельге Сваннеланд"


@pytest.mark.parametrize(
    "text",
    [
        "Зустріч із послом\n\nВолодимир Гнатенко 17 жовтня провів зустріч у Києві.\n",
        "Встреча с послом\n\nСтепан Очеретнюк 17 октября провел встречу в Николаеве.\n",
    ],
)
def test_role_ending_a_block_titles_nobody_in_the_next(text: str) -> None:
    item = uanews.parse(text)
    assert [p.role for p in item.participants if p.kind is ParticipantKind.PERSON] == [None]


def test_role_before_a_name_on_the_same_line_still_titles_it() -> None:
    text = "Встреча\n\nПосол Норвегии Хельге Сваннеланд 17 октября провел встречу в Николаеве.\n"
    assert _role(text, "Хельге Сваннеланд") == "посол Норвегии"


_COURT = (
    "Суд\n\nОбвинувачений свою провину не визнав. {title} Степан Гайдучок заявив журналістам, "
    "що сторона захисту оскаржить вирок.\n\nПрокурорка Олена Мирчук сказала, що вирок "
    "справедливий.\n\n«Мій підзахисний не мав жодного умислу», – сказав адвокат.\n"
)
_COURT_RU = (
    "Суд\n\nОбвиняемый свою вину не признал. {title} Степан Гайдучок заявил журналистам, что "
    "сторона защиты обжалует приговор.\n\nПрокурор Олег Мирчук сказал, что приговор "
    "справедлив.\n\n«Мой подзащитный не имел умысла», – сказал адвокат.\n"
)


@pytest.mark.parametrize(
    ("template", "title", "speaker"),
    [
        (_COURT, "Його захисник", "Степан Гайдучок"),
        (_COURT_RU, "Его защитник", "Степан Гайдучок"),
        # Titled by no synonym of ``адвокат``: the lawyer is nobody the text named.
        (_COURT, "Його брат", None),
    ],
)
def test_defence_lawyer_by_synonym(template: str, title: str, speaker: str | None) -> None:
    assert _speaker(template.format(title=title)) == speaker
