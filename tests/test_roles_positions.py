"""Role phrases that name a position, and where the position ends (texts written for the tests)."""

from __future__ import annotations

import pytest

from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _phrase(text: str, noun: str):
    """Return the role phrase of ``text`` whose span holds ``noun``."""
    start = text.index(noun)
    (phrase,) = [p for p in find_roles(text) if p.start <= start < p.end]
    return phrase


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Експерти вважають, що ціни на пальне зростуть.", "Експерти"),
        ("Запрошені фахівці оглянули міст.", "фахівці"),
        ("На зустріч прийшли представники.", "представники"),
        ("Під час спеки в нього боліла голова.", "голова"),
        ("Про це йдеться в останній главі.", "главі"),
    ],
)
def test_bare_capacity_or_ambiguous_nouns_name_no_position(text: str, noun: str) -> None:
    """A capacity noun or a noun that is also a common word, alone, describes: no position."""
    assert not _phrase(text, noun).position


@pytest.mark.parametrize(
    ("text", "noun", "core"),
    [
        ("Слово мав член наглядової ради банку.", "член", "член наглядової ради"),
        ("Його найняв фахівець із кібербезпеки.", "фахівець", "фахівець із кібербезпеки"),
        ("Виступив директор з маркетингу.", "директор", "директор з маркетингу"),
        ("Голова Петро Кравчук відкрив сесію.", "Голова", "Голова"),
        ("Рішення підписав міський голова.", "голова", "міський голова"),
    ],
)
def test_positions_with_a_complement_a_modifier_or_a_name(text: str, noun: str, core: str) -> None:
    """The same nouns name a position with a complement, a field, a modifier or a name."""
    phrase = _phrase(text, noun)
    assert phrase.position
    assert text[phrase.core_start : phrase.core_end] == core


@pytest.mark.parametrize(
    ("text", "noun", "core"),
    [
        ("До Харкова приїхав депутат з Луцька.", "депутат", "депутат"),
        ("Вчора говорив директор з батьками учнів.", "директор", "директор"),
        (
            "Наказ видав начальник відділу кадрів Полтавської міської ради.",
            "начальник",
            "начальник відділу кадрів",
        ),
        ("Засідання вів голова обласної ради.", "голова", "голова"),
        ("Позов подав юридичний радник турецької фірми.", "радник", "юридичний радник"),
        ("Лист отримав голова тендерного комітету.", "голова", "голова тендерного комітету"),
        ("Нагороду вручив тренер команди «Сокіл» Ігор Марченко.", "тренер", "тренер"),
        (
            "Відповів голова наглядового комітету «Укрнафти».",
            "голова",
            "голова наглядового комітету",
        ),
        ("Місто відвідали спортсмени з усієї країни.", "спортсмени", "спортсмени"),
        ("Фахівці одного з банків перевірили звіт.", "Фахівці", "Фахівці"),
    ],
)
def test_where_the_position_ends(text: str, noun: str, core: str) -> None:
    """Places, company and named bodies stay out of the position; units of a body stay in."""
    phrase = _phrase(text, noun)
    assert text[phrase.core_start : phrase.core_end] == core


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ціни прокоментував зернотрейдер з Одеси.", "зернотрейдер"),
        ("На концерті виступав рок-музикант.", "рок-музикант"),
        ("Пацієнта оглянув кардіолог.", "кардіолог"),
        ("Пташок рахували орнітологи.", "орнітологи"),
    ],
)
def test_professions_by_their_make_up(text: str, noun: str) -> None:
    """Compounds of a role noun and ``-лог`` nouns of a science are professions."""
    assert _phrase(text, noun).position


@pytest.mark.parametrize(
    "text",
    ["Станцію зупинили через реактор.", "Видали новий каталог.", "Відбувся діалог сторін."],
)
def test_things_are_no_professions(text: str) -> None:
    """Inanimate nouns with the same endings name no role."""
    assert find_roles(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Производители молока просят снизить налоги.", "ru"),
        ("Производитель техники сменил владельца.", "ru"),
    ],
)
def test_derived_words_ending_like_a_role_are_none(text: str, language: str) -> None:
    """A listed role after a consonant is a derived word's tail (произ-водитель), no role."""
    with using_language(language):
        assert find_roles(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [("Машину осмотрел автомеханик из Ровно.", "автомеханик")],
)
def test_stem_compounds_are_professions(text: str, noun: str) -> None:
    """A stem joined to a listed role by its linking vowel is a profession (авт-о-механик)."""
    with using_language("ru"):
        assert _phrase(text, noun).position


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "За словами директора департаменту освіти Ірини Коваленко, все готово.",
            "директор департаменту освіти",
        ),
        ("Гостей привітав заслужений артист України Микола Гнатюк.", "заслужений артист України"),
    ],
)
def test_the_role_of_a_person_in_the_nominative_singular(text: str, role: str) -> None:
    """A genitive singular role is put in the nominative singular, not the plural."""
    import uanews  # noqa: PLC0415 - the whole pipeline, for the person's role

    item = uanews.parse("Новини\n\n" + text + "\n")
    assert [p.role for p in item.participants] == [role]


@pytest.mark.parametrize(
    "text",
    ["Його військова кар'єра тривала десять років.", "Поліцейський патруль зупинив авто."],
)
def test_role_adjectives_before_their_noun_describe_it(text: str) -> None:
    """``військова кар'єра``: a role adjective used attributively describes its noun."""
    assert find_roles(text) == []


def test_a_role_adjective_before_a_name_is_a_role() -> None:
    """``Слідчий Іван Петренко``: the name is in apposition; the role stands."""
    text = "Слідчий Іван Петренко допитав свідка."
    assert [text[p.core_start : p.core_end] for p in find_roles(text)] == ["Слідчий"]


def test_a_role_joined_to_a_name_by_a_hyphen() -> None:
    """``Шевченка-художника``: the part after the hyphen is the role."""
    text = "Виставка показує Шевченка-художника."
    assert [(text[p.core_start : p.core_end], p.nominative) for p in find_roles(text)] == [
        ("художника", "художник")
    ]


def test_a_capitalised_compound_role_is_one_role() -> None:
    """``Прем'єр-міністр`` at a sentence start is one role noun, not a name and a role."""
    text = "Прем'єр-міністр Віктор Лисенко доповів уряду."
    assert [text[p.core_start : p.core_end] for p in find_roles(text)] == ["Прем'єр-міністр"]


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("Водитель маршрутного такси получил ушибы.", "ru", "Водитель"),
        ("Пятеро рабочих строительной фирмы уволились.", "ru", "рабочих"),
        ("Будівельники підрядника зводять укриття.", "uk", "Будівельники"),
    ],
)
def test_a_trade_keeps_no_complement(text: str, language: str, noun: str) -> None:
    """A trade's genitive names whom or what the worker works for or on, not a post."""
    with using_language(language):
        phrase = _phrase(text, noun)
    assert text[phrase.core_start : phrase.core_end] == noun


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        ("Приказ подписал начальник городской военной администрации.", "ru", "начальник"),
        ("Решение объявил глава районной военной администрации.", "ru", "глава"),
        ("Звернення підписав начальник обласної військової адміністрації.", "uk", "начальник"),
    ],
)
def test_a_territorial_body_of_a_kind_is_no_unit(text: str, language: str, noun: str) -> None:
    """A territory's adjective first, then the body's kind (военной): a body, not the job's unit."""
    with using_language(language):
        phrase = _phrase(text, noun)
    assert text[phrase.core_start : phrase.core_end] == noun


def test_a_unit_by_its_work_stays_in_the_position() -> None:
    """An adjective of what the unit does, with no territory first, keeps it in the job."""
    text = "Голова тендерного комітету мовчав."
    with using_language("uk"):
        phrase = _phrase(text, "Голова")
    assert text[phrase.core_start : phrase.core_end] == "Голова тендерного комітету"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Об отключениях предупредил руководитель района.", "руководитель"),
        ("На открытие приехал мэр города.", "мэр"),
    ],
)
def test_a_place_noun_after_a_role_is_no_part_of_it(text: str, noun: str) -> None:
    """The place where the post is (района, города) stays out, as a city's name does."""
    with using_language("ru"):
        phrase = _phrase(text, noun)
    assert text[phrase.core_start : phrase.core_end] == noun
