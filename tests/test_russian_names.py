"""Russian names, roles and organisations in every construction a report uses them in.

The sentences are written for these tests in the style of Russian-language Ukrainian news
(agencies' Russian editions, city sites); none is taken from any corpus.
"""

import pytest

import uanews
from uanews.model import EventKind, ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.quotes import lexicon as uk_quotes
from uanews.parser.quotes import lexicon_ru as ru_quotes
from uanews.parser.quotes.role_synonyms import role_groups


def _people(text: str) -> dict[str, str | None]:
    """Return each person's name with its role."""
    item = uanews.parse(text)
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


def _organizations(text: str) -> list[str]:
    """Return the organisations' names."""
    item = uanews.parse(text)
    return [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # the role before the name, in the nominative
        (
            "Мэр Одессы Геннадий Труханов осмотрел отремонтированную школу.",
            "Геннадий Труханов",
            "мэр Одессы",
        ),
        # after the name, between commas
        (
            "Игорь Терехов, городской голова Харькова, осмотрел отремонтированную школу.",
            "Игорь Терехов",
            "городской голова Харькова",
        ),
        # in the genitive after ``по словам``
        (
            "По словам главы Харьковской ОВА Олега Синегубова, ночью враг атаковал область.",
            "Олег Синегубов",
            "глава Харьковской ОВА",
        ),
        # in the instrumental after ``встретился с``
        (
            "Министр встретился с главой Одесской ОВА Олегом Кипером.",
            "Олег Кипер",
            "глава Одесской ОВА",
        ),
        # a noun of common gender takes a masculine adjective, never a neuter one
        (
            "С городским головой Николаева Александром Сенкевичем встретились послы.",
            "Александр Сенкевич",
            "городской голова Николаева",
        ),
        (
            "Заместитель министра экономики Алексей Соболев провел рабочую встречу.",
            "Алексей Соболев",
            "заместитель министра экономики",
        ),
        # ``по`` with a dative names the role's field, as Ukrainian ``з`` with a genitive does
        (
            "Как отметил вице-премьер-министр по восстановлению Алексей Кулеба, работы идут.",
            "Алексей Кулеба",
            "вице-премьер-министр по восстановлению",
        ),
        (
            (
                "Заместитель министра по вопросам европейской интеграции Ирина Петренко "
                "рассказала о реформе."
            ),
            "Ирина Петренко",
            "заместитель министра по вопросам европейской интеграции",
        ),
        # ``Верховная Рада`` is a body; its purpose with ``по`` stops at the person's name
        (
            "Уполномоченный Верховной Рады по правам человека Дмитрий Лубинец посетил Харьков.",
            "Дмитрий Лубинец",
            "уполномоченный Верховной Рады по правам человека",
        ),
        # a body's territory after its name completes the role
        (
            "Об этом рассказал начальник ГУ ГСЧС в Днепропетровской области Александр Иванов.",
            "Александр Иванов",
            "начальник ГУ ГСЧС в Днепропетровской области",
        ),
        # the city after ``г.`` is part of the court's name
        (
            "Судья Печерского районного суда г. Киева Ирина Петренко отклонила ходатайство.",
            "Ирина Петренко",
            "судья Печерского районного суда г. Киева",
        ),
    ],
)
def test_a_role_in_every_construction(sentence, name, role):
    people = _people(f"Новости города\n\n{sentence}\n")
    assert people.get(name) == role


def test_a_circumstance_after_po_is_no_field_of_the_role():
    people = _people(
        "Новости города\n\nВиталий Ким, глава ОВА, после совещания рассказал журналистам "
        "о ремонте. Об этом сообщил мэр по итогам заседания. Мэр Николаева Александр "
        "Сенкевич подписал распоряжение.\n"
    )
    assert people["Александр Сенкевич"] == "мэр Николаева"
    assert all("итогам" not in (role or "") for role in people.values())


def test_a_body_territory_completes_a_ukrainian_role_too():
    people = _people(
        "Пожежа на складі\n\nПро це розповів начальник ГУ ДСНС у Полтавській області "
        "Олександр Іванов.\n"
    )
    assert people["Олександр Іванов"] == "начальник ГУ ДСНС у Полтавській області"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the dictionary files a woman's surname under the man's: ``Иванову`` of ``Иванов``
        ("Мэр поблагодарил Наталью Иванову за помощь.", "Наталья Иванова"),
        ("Награду вручили Ирине Ковальской.", "Ирина Ковальская"),
        ("Как сообщила Оксана Петрова, работы продолжаются.", "Оксана Петрова"),
        # and a woman's patronymic under the man's: ``Сергеевной`` of ``Сергеевич``
        (
            "Директор лицея Алина Сергеевна Бережная рассказала о ремонте.",
            "Алина Сергеевна Бережная",
        ),
        ("Мэр встретился с Алиной Сергеевной Бережной.", "Алина Сергеевна Бережная"),
        ("Мэр встретился с Игорем Сергеевичем Бережным.", "Игорь Сергеевич Бережный"),
        # a man's surname in -а declines like a feminine noun
        ("Премьер встретился с Алексеем Кулебой.", "Алексей Кулеба"),
        ("Встреча прошла при участии министра иностранных дел Андрея Сибиги.", "Андрей Сибига"),
        ("Мэр поблагодарил Алексея Кулебу за поддержку.", "Алексей Кулеба"),
        ("Мэр поблагодарил Ольгу Стефанишину за поддержку.", "Ольга Стефанишина"),
        # a consonant stem declines like a masculine noun
        ("Мэр поблагодарил Андрея Мельника за поддержку.", "Андрей Мельник"),
    ],
)
def test_a_russian_name_in_the_nominative(sentence, name):
    assert name in _people(f"Новости города\n\n{sentence}\n")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        # a preposition after the name is no part of it
        (
            "Хозяйственный суд города Житомира в среду отклонил иск.",
            "Хозяйственный суд города Житомира",
        ),
        # the city after ``г.`` completes a name at a sentence start
        (
            "Шевченковский районный суд г. Киева избрал меру пресечения.",
            "Шевченковский районный суд г. Киева",
        ),
        (
            "Иск подали в Окружной административный суд города Киева на прошлой неделе.",
            "Окружной административный суд города Киева",
        ),
        # Russian ``по`` with a dative says what a body is for, as Ukrainian ``з`` does
        (
            "Об этом сообщили в Государственной службе Украины по чрезвычайным ситуациям.",
            "Государственная служба Украины по чрезвычайным ситуациям",
        ),
    ],
)
def test_an_organisation_ends_on_a_word_of_its_name(sentence, organization):
    assert organization in _organizations(f"Новости суда\n\n{sentence}\n")


def test_a_ukrainian_district_court_compound_heads_its_name():
    organizations = _organizations(
        "Новини суду\n\nПро це йдеться в рішенні Шевченківського райсуду м. Харкова.\n"
    )
    assert "Шевченківський райсуд м. Харкова" in organizations


def test_the_city_completes_a_ukrainian_court_at_a_sentence_start():
    organizations = _organizations(
        "Новини суду\n\nШевченківський районний суд м. Києва обрав запобіжний захід.\n"
    )
    assert "Шевченківський районний суд м. Києва" in organizations


MIXED = """\
Делегація Кракова відвідала Одесу

Делегація польського міста Кракова у вівторок зустрілася з мером і обговорила відновлення \
лікарень, пошкоджених обстрілами. Сторони домовилися про обмін досвідом у сфері громадського \
транспорту та енергетики.

Польські партнери вже передали місту генератори, медичне обладнання та шкільні автобуси. \
Наступна зустріч запланована на осінь.

Мэр Одессы Геннадий Труханов рассказал журналистам, что город получит новые автобусы уже в \
этом году.
"""


def test_an_office_named_in_ukrainian_is_held_by_a_role_found_in_a_russian_paragraph():
    # ``з мером`` names the mayor; his role ``мэр Одессы`` is Russian, read in its paragraph.
    item = uanews.parse(MIXED)
    assert item.language == "uk"
    mayor = next(p for p in item.participants if p.name == "Геннадий Труханов")
    (meeting,) = [event for event in item.events if event.kind is EventKind.MEETING]
    assert mayor.id in meeting.participants


def test_the_role_synonym_groups_of_both_languages_are_one_list():
    # The offices table compares group numbers across a mixed item's paragraphs.
    assert len(uk_quotes.ROLE_SYNONYMS) == len(ru_quotes.ROLE_SYNONYMS)
    with using_language("ru"):
        assert role_groups("мэр Одессы") == role_groups("городской голова Одессы")
    with using_language("ru"):
        russian = role_groups("глава Харьковской ОВА")
    assert russian == role_groups("голова Харківської ОВА")


@pytest.mark.parametrize(
    "text",
    [
        "Новости\n\nДепутаты поддержали Юлию Свириденко. Об этом рассказала Юлия Свириденко.\n",
        "Новини\n\nДепутати підтримали Юлію Свириденко. Про це розповіла Юлія Свириденко.\n",
    ],
)
def test_an_oblique_first_name_before_an_undeclined_surname_joins_its_nominative(text):
    # ``Юлию`` is Юлий's dative or Юлия's accusative; the nominative elsewhere tells which.
    people = _people(text)
    assert len(people) == 1
    assert next(iter(people)) in {"Юлия Свириденко", "Юлія Свириденко"}


def test_two_people_of_one_undeclined_surname_stay_two():
    people = _people("Новости\n\nЮлий Свириденко и Юлия Свириденко пришли на выборы вместе.\n")
    assert {"Юлий Свириденко", "Юлия Свириденко"} <= set(people)
