"""Participants, sixth pass (issue 15): organisation, person and role constructs in both languages.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

from organization_support import organizations, parse_paragraph, people
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            "Грант на очисні споруди надав Північний інвестиційний банк (NIB) минулого року.",
            "Північний інвестиційний банк",
            "Північний інвестиційний банк (NIB)",
        ),
        (
            "Деньги на фильтры выделила Балтийская экологическая ассоциация (BEA) весной.",
            "Балтийская экологическая ассоциация",
            "Балтийская экологическая ассоциация (BEA)",
        ),
    ],
)
def test_a_latin_acronym_in_parentheses_stays_in_the_mention(paragraph, name, mention):
    found = organizations(paragraph)
    assert found == {name: [mention]}


def test_an_acronym_in_the_names_script_is_a_mention_of_its_own():
    found = organizations(
        "Перевірку провела Державна екологічна інспекція (ДЕІ). Висновки ДЕІ оприлюднить у травні."
    )
    assert found == {
        "Державна екологічна інспекція": ["Державна екологічна інспекція", "ДЕІ", "ДЕІ"]
    }


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Мэр поблагодарил спасателей ГСЧС в Николаевской области.", "ГСЧС в Николаевской области"),
        ("Об этом сообщили в ГСЧС в Кировоградской области.", "ГСЧС в Кировоградской области"),
        ("Мер подякував рятувальникам ДСНС у Черкаській області.", "ДСНС у Черкаській області"),
        ("Про це повідомили в ДСНС у Волинській області.", "ДСНС у Волинській області"),
    ],
)
def test_a_territorial_service_takes_the_region_it_serves(paragraph, name):
    assert list(organizations(paragraph)) == [name]


def test_the_army_in_a_region_is_only_the_army():
    found = organizations("Бойцы ВСУ в Харьковской области отбили атаку у села.")
    assert list(found) == ["ВСУ"]


def test_a_unit_of_a_service_keeps_the_region_after_a_role():
    found = organizations("Совещание провел начальник ГУ ГСЧС в Сумской области Олег Кравец.")
    assert list(found) == ["ГУ ГСЧС в Сумской области"]


def _cores(text: str, language: str) -> list[str]:
    """Return the core of each role phrase that names a position, read in ``language``."""
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


def _nominatives(text: str, language: str) -> list[str]:
    """Return the nominative of each role phrase, read in ``language``."""
    with using_language(language):
        return [r.nominative for r in find_roles(text)]


@pytest.mark.parametrize(
    ("text", "language", "core"),
    [
        ("Пресс-офицер бригады рассказал о ротации.", "ru", "Пресс-офицер бригады"),
        ("Прес-офіцер бригади розповів про ротацію.", "uk", "Прес-офіцер бригади"),
        ("Бизнес-тренер провел занятие для студентов.", "ru", "Бизнес-тренер"),
    ],
)
def test_a_field_before_the_hyphen_stays_in_the_role_at_a_sentence_start(text, language, core):
    assert _cores(text, language) == [core]


def test_a_name_before_the_hyphen_is_still_no_part_of_the_role():
    assert _cores("На выставке показали работы Шевченко-художника.", "ru") == ["художника"]


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("Проект представил замминистра Олег Дорош.", "ru", "замминистра"),
        ("Совещание провел замглавы областного совета.", "ru", "замглавы областного совета"),
        ("Проєкт презентував замміністра Олег Дорош.", "uk", "замміністра"),
        ("Нараду провів замдиректора ліцею.", "uk", "замдиректора ліцею"),
    ],
)
def test_a_clipped_deputy_title_is_a_role_that_does_not_decline(text, language, role):
    assert _nominatives(text, language) == [role]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Замок на горе отреставрировали к лету.", "ru"),
        ("Замір води провели вранці.", "uk"),
    ],
)
def test_a_word_that_only_starts_like_a_deputy_is_no_role(text, language):
    assert _nominatives(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Местные предприниматели собрали деньги на генераторы.", "ru"),
        ("Місцеві підприємці зібрали гроші на генератори.", "uk"),
    ],
)
def test_entrepreneurs_alone_name_no_position(text, language):
    assert _cores(text, language) == []


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Генератор подарил предприниматель Степан Гнатюк из Ровно.", "предприниматель"),
        ("Генератор подарував підприємець Степан Гнатюк.", "підприємець"),
    ],
)
def test_an_entrepreneur_keeps_the_role_beside_a_name(paragraph, role):
    item = parse_paragraph(paragraph)
    [person] = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "language", "cores"),
    [
        ("Порушника затримали патрульні біля вокзалу.", "uk", ["патрульні"]),
        ("Нарушителя передали патрульным на трассе.", "ru", ["патрульным"]),
        ("Патрульні екіпажі чергували біля мосту.", "uk", []),
        ("Число патрульных машин выросло вдвое.", "ru", []),
    ],
)
def test_patrol_officers_are_a_profession_but_patrol_cars_are_not(text, language, cores):
    assert _cores(text, language) == cores


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            "С директором лицея Игорем Сидоришиным Ткачук обсудил ремонт спортзала.",
            "Игорь Сидоришин",
            "Игорем Сидоришиным",
        ),
        (
            "С Олегом Бондариным Ткачук обсудил ремонт спортзала.",
            "Олег Бондарин",
            "Олегом Бондариным",
        ),
    ],
)
def test_a_declined_name_ends_at_its_surname_before_another_persons(paragraph, name, mention):
    found = people(paragraph)
    assert found[name] == [mention]
    assert all("Ткачук" not in m for mentions in found.values() for m in mentions if m != "Ткачук")


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            "Встречу с мэром Шяуляя Аурелией Мацкявичене провели онлайн.",
            "Аурелия Мацкявичене",
            "Аурелией Мацкявичене",
        ),
        (
            "Переговоры с Анной Марией Вилкене прошли в Вильнюсе.",
            "Анна Мария Вилкене",
            "Анной Марией Вилкене",
        ),
    ],
)
def test_a_foreign_name_in_the_instrumental_still_takes_all_its_words(paragraph, name, mention):
    assert people(paragraph)[name] == [mention]


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        ("Об этом она рассказала «Деловой правде» в четверг.", "Деловая правда", "Деловой правде"),
        ("Корреспондент «Южного курьера» побывал на месте.", "Южный курьер", "Южного курьера"),
        ("Про це вона розповіла «Діловій правді» в четвер.", "Ділова правда", "Діловій правді"),
        (
            "Кореспондент «Південного кур'єра» побував на місці.",
            "Південний кур'єр",
            "Південного кур'єра",
        ),
    ],
)
def test_an_outlets_title_in_marks_is_an_organisation_in_any_case(paragraph, name, mention):
    assert organizations(paragraph) == {name: [mention]}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Фильм «Вся правда о драконах» показали в кинотеатре.",
        "Він повторив: «Правда переможе».",
        "Звіт оприлюднено у «Віснику державних закупівель» минулого тижня.",
    ],
)
def test_a_title_or_words_with_a_press_noun_are_no_outlet(paragraph):
    assert organizations(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Прогноз на тиждень оприлюднив Український центр моделювання погоди.",
            "Український центр моделювання погоди",
        ),
        (
            "Український центр моделювання погоди оприлюднив прогноз на тиждень.",
            "Український центр моделювання погоди",
        ),
        (
            "Украинский центр моделирования погоды обнародовал прогноз на неделю.",
            "Украинский центр моделирования погоды",
        ),
    ],
)
def test_a_body_named_by_its_field_keeps_an_ongoing_activity_and_its_object(paragraph, name):
    assert list(organizations(paragraph)) == [name]


def test_an_act_a_company_is_allowed_keeps_out_of_its_name():
    found = organizations("Комісія дозволила Північній залізниці застосування спрощеної процедури.")
    assert "Північна залізниця" in found
    assert found["Північна залізниця"] == ["Північній залізниці"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Реєстрація на НМТ триватиме до кінця березня, а ДПА цього року скасували.",
        "Регистрация на НМТ продлится до конца марта, сообщили в школе.",
    ],
)
def test_a_school_exam_is_no_organisation(paragraph):
    assert organizations(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "Меморандум подписали областная администрация и Совет уезда Клуж в пятницу.",
            ["областная администрация", "Совет уезда Клуж"],
        ),
        (
            "Меморандум підписали обласна рада і Рада повіту Клуж у п'ятницю.",
            ["обласна рада", "Рада повіту Клуж"],
        ),
        (
            "Меморандум подписали Совет уезда Ботошани и областной совет.",
            ["Совет уезда Ботошани", "областной совет"],
        ),
    ],
)
def test_a_foreign_place_after_a_place_noun_stays_in_the_bodys_name(paragraph, names):
    assert sorted(organizations(paragraph)) == sorted(names)


@pytest.mark.parametrize(
    ("paragraph", "body", "person"),
    [
        (
            "Делегацию возглавил председатель Совета уезда Клуж Мирча Ионеску.",
            "Совет уезда Клуж",
            "Мирча Ионеску",
        ),
        (
            "Делегацию возглавил председатель Совета уезда Мирча Ионеску.",
            "Совет уезда",
            "Мирча Ионеску",
        ),
    ],
)
def test_a_person_after_a_place_noun_is_no_place(paragraph, body, person):
    assert list(organizations(paragraph)) == [body]
    assert list(people(paragraph)) == [person]


def test_an_indeclinable_reading_does_not_keep_a_declined_head_as_written():
    found = organizations("Перевірку зв'язку провів Держспецзв'язку разом із поліцією.")
    assert "Держспецзв'язок" in found


def test_a_bare_council_refers_back_to_the_one_council_named_before():
    found = organizations(
        "Сесія Чернігівської обласної ради не відбулася. Голова закликав відновити роботу ради, "
        "бо без неї кошторис не ухвалять."
    )
    assert found == {"Чернігівська обласна рада": ["Чернігівської обласної ради", "ради"]}


def test_a_bare_council_refers_to_no_body_when_two_councils_were_named():
    found = organizations(
        "Сесії Чернігівської обласної ради та Ніжинської міської ради перенесли. "
        "Голова закликав відновити роботу ради."
    )
    assert all("ради" not in mentions for mentions in found.values())


def test_a_council_of_directors_is_no_back_reference():
    found = organizations(
        "Сесія Чернігівської обласної ради не відбулася. Рада директорів банку зібралася вчора."
    )
    assert found == {"Чернігівська обласна рада": ["Чернігівської обласної ради"]}
