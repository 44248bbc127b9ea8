"""Role phrases in constructions of Russian and Ukrainian reports (issue 15).

Each case gives the core the NER scorer compares with gold ``JOB`` (the position) and the role
a person gets. The sentences are written for these tests in the style of real reports; none is
taken from any corpus.
"""

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _cores(text: str, language: str) -> list[str]:
    """Return the cores of the role phrases that name a position."""
    with using_language(language):
        return [text[role.core_start : role.core_end] for role in find_roles(text) if role.position]


def _roles(text: str) -> dict[str, str | None]:
    """Return each person's name with their role."""
    item = uanews.parse(text)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


@pytest.mark.parametrize(
    ("text", "language", "cores"),
    [
        # profession nouns naming people are positions
        (
            "На месте работали спасатели и пиротехники, водитель не пострадал.",
            "ru",
            ["спасатели", "пиротехники", "водитель"],
        ),
        ("Строители и электрики восстановили подстанцию.", "ru", ["Строители", "электрики"]),
        (
            "На місці працювали рятувальники та піротехніки, водій не постраждав.",
            "uk",
            ["рятувальники", "піротехніки", "водій"],
        ),
        ("Будівельники та електрики відновили підстанцію.", "uk", ["Будівельники", "електрики"]),
        # a profession noun coordinated with another is a noun, not an adjective of it
        ("На объекте работают рабочие и строители.", "ru", ["рабочие", "строители"]),
        ("На об'єкті працюють робітники та будівельники.", "uk", ["робітники", "будівельники"]),
        ("Обстреляны военные и гражданские объекты.", "ru", []),
        ("Рабочая группа собралась в рабочем режиме.", "ru", []),
        # the vehicle a driver drove is no part of the position
        ("Водитель грузовика скрылся с места ДТП.", "ru", ["Водитель"]),
        ("Водій автобуса зупинився біля зупинки.", "uk", ["Водій"]),
        # a role noun that governs the instrumental keeps its complement (Russian)
        (
            "Заведующий отделением Сергей Ткаченко рассказал о больных.",
            "ru",
            ["Заведующий отделением"],
        ),
        (
            "Заведующая хирургическим отделением Ольга Гринько рассказала о больных.",
            "ru",
            ["Заведующая хирургическим отделением"],
        ),
        (
            "Завідувач відділення Сергій Ткаченко розповів про хворих.",
            "uk",
            ["Завідувач відділення"],
        ),
        # the unit is part of the position, the hospital a body of its own
        (
            "Завідувачка відділення обласної лікарні Ольга Гринько розповіла про хворих.",
            "uk",
            ["Завідувачка відділення"],
        ),
        # an establishment is a body of its own, whatever its complement
        (
            "Главный врач больницы скорой медицинской помощи Игорь Кравец рассказал о больных.",
            "ru",
            ["Главный врач"],
        ),
        (
            "Головний лікар лікарні швидкої медичної допомоги Ігор Кравець розповів про хворих.",
            "uk",
            ["Головний лікар"],
        ),
        ("Начальник отдела кадров Ирина Коваль уволилась.", "ru", ["Начальник отдела кадров"]),
        # a role in the name of a body is no person's position
        ("Об этом сообщили в Офисе генерального прокурора.", "ru", []),
        ("Про це повідомили в Офісі Генерального прокурора.", "uk", []),
        ("Радник Президента Олег Ткач відвідав Суми.", "uk", ["Радник Президента"]),
        # a city's adjective before a territorial title: a place, outside the core
        (
            "Днепровский городской голова Борис Руденко открыл сквер.",
            "ru",
            ["городской голова"],
        ),
        ("Дніпровський міський голова Борис Руденко відкрив сквер.", "uk", ["міський голова"]),
        ("Украинский посол выступил на брифинге.", "ru", ["посол"]),
        # ``глава`` with the state or its government is one title (a head of government)
        (
            "Главы правительств Польши и Литвы подписали соглашение.",
            "ru",
            ["Главы правительств"],
        ),
        ("Голова уряду Литви прибув до Києва.", "uk", ["Голова уряду"]),
        ("Глава государства подписал указ.", "ru", ["Глава государства"]),
        ("Голова обласної ради виступив на сесії.", "uk", ["Голова"]),
        # a capacity noun with an organisation only describes (the organisation is apart)
        ("Представители Госпродпотребслужбы провели проверку.", "ru", []),
        ("Представники Держпродспоживслужби провели перевірку.", "uk", []),
        # with a complement that says of what, it names a position
        (
            "Член наблюдательного совета Ирина Ковальчук",
            "ru",
            ["Член наблюдательного совета"],
        ),
        ("Фахівець із кібербезпеки Ірина Ковальчук", "uk", ["Фахівець із кібербезпеки"]),
        # a place in the complement is no part of the position
        ("Мэр встретился с послами стран Евросоюза.", "ru", ["Мэр", "послами"]),
        ("Мер зустрівся з послами країн Євросоюзу.", "uk", ["Мер", "послами"]),
        # a participle or adjective ending the complement names a person, not a field
        ("Адвокат подозреваемого заявил, что подаст апелляцию.", "ru", ["Адвокат"]),
        ("Адвокат підозрюваного заявив, що подасть апеляцію.", "uk", ["Адвокат"]),
        (
            "Начальник следственного управления провел брифинг.",
            "ru",
            ["Начальник следственного управления"],
        ),
    ],
)
def test_role_cores(text: str, language: str, cores: list[str]) -> None:
    """The position of each role phrase, as the NER gold tags it."""
    assert _cores(text, language) == cores


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Днепровский городской голова Борис Руденко открыл сквер.",
            "Борис Руденко",
            "днепровский городской голова",
        ),
        (
            "Проєкт підтримав Дніпровський міський голова Борис Руденко.",
            "Борис Руденко",
            "Дніпровський міський голова",
        ),
        (
            "Заведующая хирургическим отделением Ольга Гринько рассказала о больных.",
            "Ольга Гринько",
            "заведующая хирургическим отделением",
        ),
        (
            "Управляющий делами Кабинета министров Андрей Ковальчук провел совещание.",
            "Андрей Ковальчук",
            "управляющий делами Кабинета министров",
        ),
    ],
)
def test_role_of_a_person(text: str, name: str, role: str) -> None:
    """The whole title, the city's adjective and the instrumental complement included."""
    assert _roles(text)[name] == role
