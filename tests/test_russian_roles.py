"""Russian roles and organisations: function words, coordination, initialisms with adjectives.

The sentences are written for these tests in the style of Russian-language Ukrainian news;
none is taken from any corpus. Each Ukrainian case that shares the rule is checked beside it.
"""

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _cores(text: str, language: str) -> list[str]:
    """Return the core of each role phrase that names a position, read in ``language``."""
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


def _organizations(text: str) -> dict[str, list[str]]:
    """Return each organisation's name with its mentions as written."""
    item = uanews.parse(text)
    return {
        p.name: [item.text[m.start : m.end] for m in p.mentions]
        for p in item.participants
        if p.kind is ParticipantKind.ORGANIZATION
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "После работы волонтеры развезли помощь по селам.",
        "После начала войны многие жители уехали из города.",
        "Об этом стало известно после совещания в горсовете.",
    ],
)
def test_preposition_after_is_no_ambassador(sentence: str) -> None:
    # ``после`` is read first as a preposition: it is no form of ``посол`` here.
    assert not [core for core in _cores(sentence, "ru") if core.lower().startswith("после")]


def test_locative_of_ambassador_after_preposition() -> None:
    sentence = "В разговоре о после Японии министр ничего не сказал."
    assert _cores(sentence, "ru") == ["после", "министр"]


@pytest.mark.parametrize(
    ("sentence", "language", "cores"),
    [
        ("На месте работали спасатели и полицейские.", "ru", ["спасатели", "полицейские"]),
        ("На місці працювали рятувальники та поліцейські.", "uk", ["рятувальники", "поліцейські"]),
        (
            "Министр образования и науки провел совещание с ректорами.",
            "ru",
            ["Министр образования и науки", "ректорами"],
        ),
    ],
)
def test_conjunction_joins_roles_or_complements(
    sentence: str, language: str, cores: list[str]
) -> None:
    # A conjunction is never the last word of a role: it opens the next one, or it joins two
    # nouns of one complement.
    assert _cores(sentence, language) == cores


@pytest.mark.parametrize(
    ("sentence", "language", "core"),
    [
        (
            "Еврокомиссар по вопросам расширения посетила Киев.",
            "ru",
            "Еврокомиссар по вопросам расширения",
        ),
        (
            "Єврокомісар з питань розширення відвідала Київ.",
            "uk",
            "Єврокомісар з питань розширення",
        ),
    ],
)
def test_european_commissioner_is_a_role(sentence: str, language: str, core: str) -> None:
    assert _cores(sentence, language) == [core]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Как сообщили в Днепропетровской ОВА, ночью враг атаковал Никопольский район.",
            "Днепропетровская ОВА",
            "Днепропетровской ОВА",
        ),
        (
            "По данным Харьковской ОГА, пострадавших в результате обстрела нет.",
            "Харьковская ОГА",
            "Харьковской ОГА",
        ),
        (
            "Як повідомили в Дніпропетровській ОВА, вночі ворог атакував Нікопольський район.",
            "Дніпропетровська ОВА",
            "Дніпропетровській ОВА",
        ),
    ],
)
def test_adjective_before_unknown_initialism_belongs_to_name(
    text: str, name: str, mention: str
) -> None:
    # An initialism the dictionary does not know is indeclinable; the region's adjective before
    # it agrees with it and is part of the name, in the nominative of its own gender.
    found = _organizations(text)
    assert found.get(name) == [mention]


def test_known_initialism_keeps_its_reading() -> None:
    found = _organizations("Про це повідомили в Кіровоградській ОДА в понеділок.")
    assert found.get("Кіровоградська ОДА") == ["Кіровоградській ОДА"]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            'Об этом сообщили в АО "Полтаваоблэнерго", добавив, что работы продлятся до вечера.',
            'АО "Полтаваоблэнерго"',
            'АО "Полтаваоблэнерго"',
        ),
        (
            'Про це повідомили в АТ "Полтаваобленерго", додавши, що роботи триватимуть до вечора.',
            'АТ "Полтаваобленерго"',
            'АТ "Полтаваобленерго"',
        ),
    ],
)
def test_straight_quotes_pair_around_a_name(text: str, name: str, mention: str) -> None:
    # Straight double quotes typed for « » pair around the name after a legal form; the name
    # keeps the marks the text has.
    assert _organizations(text).get(name) == [mention]


def test_straight_quotes_around_speech_are_no_name() -> None:
    text = 'Директор сказал: "Работы завершим до зимы, как и обещали".'
    assert not [name for name in _organizations(text) if "Работы" in name]


def test_capital_initialism_before_a_quoted_name_is_its_form() -> None:
    # The Russian dictionary knows a noun ``нэк``; in capitals before a quoted name the word is
    # the company's form (``Национальная энергетическая компания``), as Ukrainian ``НЕК``.
    text = "Представители НЭК «Укрэнерго» заявили, что ситуация в энергосистеме сложная."
    assert _organizations(text).get("НЭК «Укрэнерго»") == ["НЭК «Укрэнерго»"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Об этом сообщает ГУ ГСЧС в Одесской области со ссылкой на спасателей.",
            "ГУ ГСЧС в Одесской области",
        ),
        (
            "Про це повідомляє ГУ ДСНС у Львівській області з посиланням на рятувальників.",
            "ГУ ДСНС у Львівській області",
        ),
        (
            "Как сообщили в ГУ Нацполиции в Киевской области, водитель скрылся с места ДТП.",
            "ГУ Нацполиции в Киевской области",
        ),
    ],
)
def test_main_directorate_with_its_territory_is_one_body(text: str, name: str) -> None:
    assert _organizations(text).get(name) == [name]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            (
                "Глава Одесской ОВА встретился с послом\n\nВстреча прошла в понедельник.\n\n"
                "Об этом сообщила пресс-служба ОВА.\n"
            ),
            "Одесская ОВА",
            ["Одесской ОВА", "ОВА"],
        ),
        (
            (
                "Голова Одеської ОДА зустрівся з послом\n\nЗустріч відбулася в понеділок.\n\n"
                "Про це повідомила пресслужба ОДА.\n"
            ),
            "Одеська ОДА",
            ["Одеської ОДА", "ОДА"],
        ),
    ],
)
def test_bare_acronym_repeats_the_one_qualified_name(
    text: str, name: str, mentions: list[str]
) -> None:
    assert _organizations(text).get(name) == mentions


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение подписали в Мариинском дворце в присутствии журналистов.",
        "Угоду підписали в Маріїнському палаці в присутності журналістів.",
    ],
)
def test_palace_named_by_an_adjective_is_a_building(text: str) -> None:
    assert _organizations(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Концерт прошел во Дворце спорта, собрав несколько тысяч зрителей.", "Дворец спорта"),
        ("Концерт відбувся в Палаці культури «Україна» у неділю.", "Палац культури «Україна»"),
    ],
)
def test_palace_with_what_it_houses_is_a_body(text: str, name: str) -> None:
    assert name in _organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Водитель автомобиля Volkswagen Crafter не справился с управлением на трассе.",
        "Грузовик MAN столкнулся с легковым автомобилем на трассе под Полтавой.",
        "Водій автомобіля Volkswagen Passat не впорався з керуванням на трасі.",
    ],
)
def test_vehicle_make_is_no_organization(text: str) -> None:
    assert _organizations(text) == {}


def test_company_noun_keeps_a_latin_name() -> None:
    text = "Компания Volkswagen объявила об открытии завода во Львовской области."
    assert "Volkswagen" in _organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "В результате удара повреждена ТЭЦ, жители остались без тепла.",
        "Внаслідок удару пошкоджено ТЕЦ, мешканці залишилися без тепла.",
        "Ему сообщили о подозрении по статье 115 УПК Украины.",
        "Йому повідомили про підозру за статтею 208 КПК України.",
    ],
)
def test_plant_kind_and_legal_code_are_no_organizations(text: str) -> None:
    assert not [name for name in _organizations(text) if name in {"ТЭЦ", "ТЕЦ", "УПК", "КПК"}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Херсонская ТЭЦ остановила работу из-за отсутствия газа.", "Херсонская ТЭЦ"),
        ("Херсонська ТЕЦ зупинила роботу через відсутність газу.", "Херсонська ТЕЦ"),
    ],
)
def test_plant_named_by_its_adjective_is_an_organization(text: str, name: str) -> None:
    assert name in _organizations(text)


def test_deciding_court_stops_before_a_preposition() -> None:
    # The Russian dictionary also reads ``в`` as the name of a letter in the genitive; a
    # preposition never continues a body's genitive complement.
    text = "Суд в Киеве арестовал подозреваемого без права внесения залога."
    names = _organizations(text)
    assert "суд" in names
    assert not [name for name in names if name.endswith(" в")]


def _people(text: str) -> dict[str, str | None]:
    """Return each person's name with its role."""
    item = uanews.parse(text)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "Малиновская громада получила новый автобус для перевозки школьников.",
        "Малинівська громада отримала новий автобус для перевезення школярів.",
    ],
)
def test_territorial_community_is_no_organization_nor_person(text: str) -> None:
    # A community (громада) is a place; the Russian dictionary lists ``Малиновская`` only as a
    # surname, but before an inanimate noun it agrees with it is the place's adjective.
    item = uanews.parse(text)
    assert [p.name for p in item.participants] == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Глава Малиновской громады Иван Петренко рассказал о ремонте школы.",
            "глава Малиновской громады",
        ),
        (
            "Голова Малинівської громади Іван Петренко розповів про ремонт школи.",
            "голова Малинівської громади",
        ),
    ],
)
def test_community_completes_its_head_role(text: str, role: str) -> None:
    assert next(iter(_people(text).values())) == role


def test_surname_before_a_verb_stays_a_person() -> None:
    assert "Марина Ковальская" in _people("Марина Ковальская заявила, что школа готова.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'По данным "Львовтеплоэнерго", горячую воду вернут в дома на следующей неделе.',
            "Львовтеплоэнерго",
        ),
        (
            "За даними «Львівтеплоенерго», гарячу воду повернуть у будинки наступного тижня.",
            "Львівтеплоенерго",
        ),
    ],
)
def test_quoted_name_cited_as_a_source_is_a_body(text: str, name: str) -> None:
    assert _organizations(text).get(name) == [name]


def test_quoted_word_after_other_words_is_no_source() -> None:
    text = 'Жители называют этот сквер "Зеленым", сообщили в горсовете.'
    assert "Зеленым" not in _organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Договор подписали с датской компанией Baltic Heat A/S, которая поставит котлы.",
            "Baltic Heat A/S",
        ),
        (
            "Договір підписали з данською компанією Baltic Heat A/S, яка постачатиме котли.",
            "Baltic Heat A/S",
        ),
    ],
)
def test_latin_legal_form_with_a_slash_ends_the_name(text: str, name: str) -> None:
    assert name in _organizations(text)
