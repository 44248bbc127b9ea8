"""Foreign names in the instrumental and long foreign names after a role (issue #15).

Self-written sentences in the style of city news, Russian and Ukrainian: a foreign name the
dictionaries do not know, after a preposition of company or an instrumental role noun, is put
in the nominative by its endings (`lexicon.INSTRUMENTAL_NAME_ENDINGS`); a foreign name whose
tail the dictionary knows keeps its first given name.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import NewsItem, ParticipantKind


def _people(item: NewsItem) -> dict[str, str | None]:
    """Return each person's nominative name with their role."""
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


def _mentions(item: NewsItem, name: str) -> list[str]:
    """Return the mentions of the person ``name`` as written."""
    (person,) = [p for p in item.participants if p.name == name]
    return [item.text[m.start : m.end] for m in person.mentions]


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        (
            (
                "Визит в Ровно\n\nГородской голова встретился с Драгошем Чуботару, "
                "председателем совета уезда Ботошани.\n"
            ),
            "Драгош Чуботару",
            "Драгошем Чуботару",
        ),
        (
            "Переговоры в Одессе\n\nГубернатор провел переговоры с Маей Чобану.\n",
            "Мая Чобану",
            "Маей Чобану",
        ),
        (
            "Переговори в Одесі\n\nГолова ОВА провів переговори з Михаєм Чуботару.\n",
            "Михай Чуботару",
            "Михаєм Чуботару",
        ),
        (
            "Переговори в Одесі\n\nГолова ОВА провів переговори з Маєю Чобану.\n",
            "Мая Чобану",
            "Маєю Чобану",
        ),
    ],
)
def test_a_foreign_name_after_a_preposition_of_company_is_put_in_the_nominative(
    text: str, name: str, written: str
) -> None:
    # ``-ем`` after the vowel of a name in ``-й``, ``-ей``/``-єю`` of a name in ``-я``; an
    # ending in ``-у`` does not decline.
    item = uanews.parse(text)
    assert name in _people(item)
    assert _mentions(item, name)[0] == written


@pytest.mark.parametrize(
    ("text", "role", "written"),
    [
        (
            (
                "Делегация в Луцке\n\nДелегацию принял мэр вместе с вице-мэром Аушрой "
                "Мацейкене. Мацейкене рассказала о партнерстве городов.\n"
            ),
            "вице-мэр",
            "Аушрой Мацейкене",
        ),
        (
            (
                "Делегація у Луцьку\n\nДелегацію прийняв міський голова разом із віце-мером "
                "Аушрою Мацейкене. Мацейкене розповіла про партнерство міст.\n"
            ),
            "віце-мер",
            "Аушрою Мацейкене",
        ),
    ],
)
def test_a_lithuanian_vice_mayor_in_the_instrumental_is_found_with_her_role(
    text: str, role: str, written: str
) -> None:
    # ``-ой``/``-ою`` of a name in ``-а``; the surname in ``-е`` does not decline.
    item = uanews.parse(text)
    assert _people(item)["Аушра Мацейкене"] == role
    assert _mentions(item, "Аушра Мацейкене") == [written, "Мацейкене"]


def test_a_name_after_a_whole_instrumental_title_is_put_in_the_nominative() -> None:
    # The role phrase (``Послом Кореи в Украине``) ends before the name, which agrees with it.
    item = uanews.parse(
        "Встреча\n\nМэр провел встречу с Чрезвычайным и Полномочным Послом Кореи в Украине "
        "Хироюки Накамурой. Накамура отметил важность визита.\n"
    )
    assert _mentions(item, "Хироюки Накамура") == ["Хироюки Накамурой", "Накамура"]


def test_a_name_after_a_role_with_a_place_complement_leaves_the_place_out() -> None:
    item = uanews.parse(
        "Встреча в Виннице\n\nПамятную доску открыли вместе с мэром Алитуса Витаутасом "
        "Римкусом. Римкус поблагодарил город.\n"
    )
    assert _people(item)["Витаутас Римкус"] == "мэр Алитуса"


def test_a_name_after_a_whole_instrumental_role_phrase_leaves_the_complement_out() -> None:
    item = uanews.parse(
        "Разговор по видеосвязи\n\nНачальник ОВА поговорил по видеосвязи с президентом совета "
        "уезда Тулча Михаем Бэлану.\n"
    )
    assert "Михай Бэлану" in _people(item)
    assert _mentions(item, "Михай Бэлану") == ["Михаем Бэлану"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Встреча в Киеве\n\nПосол Индии в Украине Харш Кумар Джайн встретился с министром.\n",
            "посол Индии в Украине",
        ),
        (
            "Зустріч у Києві\n\nПосол Індії в Україні Харш Кумар Джайн зустрівся з міністром.\n",
            "посол Індії в Україні",
        ),
    ],
)
def test_a_long_foreign_name_keeps_its_first_given_name_and_its_order(text: str, role: str) -> None:
    # The dictionary knows ``Кумар Джайн``; the role's phrase stops before ``Харш``.
    item = uanews.parse(text)
    assert _people(item) == {"Харш Кумар Джайн": role}


def test_a_place_after_a_role_noun_does_not_join_the_name_after_it() -> None:
    item = uanews.parse("Визит в Житомир\n\nДелегацию возглавил мэр Люблина Томаш Барчак.\n")
    assert _people(item) == {"Томаш Барчак": "мэр Люблина"}


def test_a_country_and_its_leader_in_the_genitive_are_no_instrumental_name() -> None:
    item = uanews.parse("Переговоры\n\nОтношения с Венгрией Орбана обсудили министры.\n")
    assert not [p for p in item.participants if "Венгри" in p.name]


@pytest.mark.parametrize(
    "text",
    [
        "Переговоры\n\nСотрудничество с Литвой Науседы обсудили в мэрии.\n",
        "Переговори\n\nСпівпрацю з Литвою Науседи обговорили в мерії.\n",
        "Переговоры\n\nДоговор с Эстонией Кариса подписали в среду.\n",
    ],
)
def test_a_country_and_a_surname_in_the_genitive_are_no_instrumental_name(text: str) -> None:
    # A surname in ``-а`` declines (``Науседой``): one in ``-ы``/``-и``/``-а`` after ``с`` is
    # the country's leader in the genitive, not a name in the instrumental. The Ukrainian
    # dictionary tags no country, so the ending alone must tell.
    item = uanews.parse(text)
    assert not [p for p in item.participants if p.name.startswith(("Литв", "Эстони"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча\n\nГубернатор встретился с Каролем Барчаком в Ужгороде.\n", "Кароль Барчак"),
        ("Зустріч\n\nМер зустрівся з Рафаелем Гроссі в ратуші.\n", "Рафаель Гроссі"),
        ("Зустріч\n\nМер зустрівся з Томашем Грабчиком в ратуші.\n", "Томаш Грабчик"),
        ("Встреча\n\nМэр встретился с Томашем Грабчиком в ратуше.\n", "Томаш Грабчик"),
    ],
)
def test_a_name_in_a_soft_sign_keeps_it_in_the_nominative(text: str, name: str) -> None:
    # ``-ем`` after ``л`` is of a name in ``-ль`` (``Кароль``), a hard ``л`` takes ``-ом``;
    # after a hissing consonant ``-ем`` is only the ending (``Томаш``).
    assert name in _people(uanews.parse(text))


def test_a_first_name_that_is_a_common_word_is_taken_after_an_instrumental_role() -> None:
    # ``роза`` is a flower: the ending and the role noun before it say it is a name.
    item = uanews.parse("Визит\n\nМэр встретился с вице-мэром Розой Мацейкене из Алитуса.\n")
    assert _people(item) == {"Роза Мацейкене": "вице-мэр"}


def test_an_oblique_foreign_name_takes_the_nominative_written_in_another_paragraph() -> None:
    # The foreign names are read block by block in each block's language, but a genitive in
    # one paragraph still takes the nominative written in the next: one person, not two.
    item = uanews.parse(
        "Візит\n\nМер привітав посла Кутраппалі Раджеша у ратуші.\n\n"
        "Кутраппалі Раджеш зазначив, що співпраця міст триватиме.\n"
    )
    assert _people(item) == {"Кутраппалі Раджеш": "посол"}
    assert _mentions(item, "Кутраппалі Раджеш") == ["Кутраппалі Раджеша", "Кутраппалі Раджеш"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча\n\nМэр встретился с вице-мэром Анной-Марией Шмидт.\n", "Анна-Мария Шмидт"),
        ("Встреча\n\nВстреча с Анной-Марией Шмидт прошла в ратуше.\n", "Анна-Мария Шмидт"),
        ("Зустріч\n\nМер зустрівся з Жаном-П’єром Дюбуа в ратуші.\n", "Жан-П’єр Дюбуа"),
    ],
)
def test_both_parts_of_a_hyphenated_first_name_are_put_in_the_nominative(
    text: str, name: str
) -> None:
    assert name in _people(uanews.parse(text))
