"""Organisations of the eighth review: named-after bodies in Russian, anti-corruption acronyms."""

from __future__ import annotations

import pytest

import uanews
from organization_support import organizations, people
from uanews.model import ParticipantKind


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            (
                "Студенты Одесского национального университета имени Ильи Мечникова собрали"
                " метеостанцию."
            ),
            "Одесский национальный университет имени Ильи Мечникова",
            "Одесского национального университета имени Ильи Мечникова",
        ),
        (
            (
                "Кроме того, Сумской государственный университет имени Антона Макаренко подписал"
                " меморандум с польским вузом."
            ),
            "Сумской государственный университет имени Антона Макаренко",
            "Сумской государственный университет имени Антона Макаренко",
        ),
        (
            (
                "Спектакль покажут в субботу в Драматическом театре имени Леси Украинки,"
                " сообщил режиссёр."
            ),
            "Драматический театр имени Леси Украинки",
            "Драматическом театре имени Леси Украинки",
        ),
        (
            (
                "Викладачі Тернопільського медичного університету імені Івана Горбачевського"
                " провели тренінг."
            ),
            "Тернопільський медичний університет імені Івана Горбачевського",
            "Тернопільського медичного університету імені Івана Горбачевського",
        ),
    ],
)
def test_the_person_a_body_is_named_after_stays_in_its_name(
    paragraph: str, name: str, mention: str
) -> None:
    assert organizations(paragraph) == {name: [mention]}
    assert people(paragraph) == {}


def test_a_street_named_after_people_is_no_body() -> None:
    assert organizations("Дорогу на улице имени Героев Труда отремонтировали за счёт города.") == {}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Вчора ВАКС заочно заарештував колишнього чиновника, а САП оскаржить вирок.",
            {"ВАКС": ["ВАКС"], "САП": ["САП"]},
        ),
        (
            "Прокурор САП попросив суд продовжити запобіжний захід.",
            {"САП": ["САП"]},
        ),
        (
            "Дело бывшего чиновника передали в ВАКС, процессуальное руководство осуществляет САП.",
            {"ВАКС": ["ВАКС"], "САП": ["САП"]},
        ),
    ],
)
def test_anti_corruption_acronyms_the_dictionary_reads_as_nouns(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Для ВПО у громаді відкрили ще один гуртожиток.",
        "Місто виділило кошти на житло для ВПО з інвалідністю.",
        "Для ВПЛ и ВПО в городе открыли ещё одно общежитие.",
    ],
)
def test_displaced_people_are_no_organisation(paragraph: str) -> None:
    assert organizations(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Про це посадовець розповів в ефірі Радіо Свобода у четвер.",
            {"Радіо Свобода": ["Радіо Свобода"]},
        ),
        (
            "Как заявил Степан Горобец в комментарии Интерфакс-Украина, тарифы будут прежними.",
            {"Интерфакс-Украина": ["Интерфакс-Украина"]},
        ),
        (
            "Як повідомляє Суспільне Житомир, рух трамваїв відновили.",
            {"Суспільне Житомир": ["Суспільне Житомир"]},
        ),
        (
            "Суспільне Ужгород поговорило з директоркою музею.",
            {"Суспільне Ужгород": ["Суспільне Ужгород"]},
        ),
    ],
)
def test_listed_outlets_and_regional_branches(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Слово свобода тут звучить як радіо свобода для кожного.",
        "Мовник Суспільне Тарас Гнатюк назвав найкращим ведучим року.",
    ],
)
def test_no_outlet_in_lower_case_or_before_a_person(paragraph: str) -> None:
    assert "Радіо Свобода" not in organizations(paragraph)
    assert not any(name.startswith("Суспільне ") for name in organizations(paragraph))


def test_an_agency_in_capitals_on_its_own_line_is_an_outlet() -> None:
    item = uanews.parse(
        "Под Херсоном обстреляли автобус\n\nУКРИНФОРМ\n\n"
        "В понедельник российские войска обстреляли автобус в пригороде Херсона.\n"
    )
    bodies = [p for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert [(p.name, [m.text for m in p.mentions]) for p in bodies] == [
        ("УКРИНФОРМ", ["УКРИНФОРМ"])
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "На форумі виступили представники Посольства Норвегії в Україні.",
            {"Посольство Норвегії в Україні": ["Посольства Норвегії в Україні"]},
        ),
        (
            "Візи тепер видає Консульство Литви у Львові.",
            {"Консульство Литви у Львові": ["Консульство Литви у Львові"]},
        ),
        (
            "Посольство Австрії у Сумах передало громаді два генератори.",
            {"Посольство Австрії": ["Посольство Австрії"]},
        ),
        (
            "В обсуждении участвовали сотрудники Посольства Эстонии в Украине.",
            {"Посольство Эстонии в Украине": ["Посольства Эстонии в Украине"]},
        ),
    ],
)
def test_a_mission_keeps_the_country_it_sits_in(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Меморандум підписали з Вінницькою торгово-промисловою палатою.",
            {"Вінницька торгово-промислова палата": ["Вінницькою торгово-промисловою палатою"]},
        ),
        (
            "Представители Харьковской торгово-промышленной палаты провели выставку.",
            {
                "Харьковская торгово-промышленная палата": [
                    "Харьковской торгово-промышленной палаты"
                ]
            },
        ),
        ("Пораненого перевели до реанімаційної палати обласної лікарні.", {}),
        ("Раненого перевели в реанимационную палату, сообщили врачи.", {}),
    ],
)
def test_a_chamber_named_by_its_adjectives_but_no_ward(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Про нові графіки повідомили в ДТЕК Одеські електромережі.",
            {"ДТЕК Одеські електромережі": ["ДТЕК Одеські електромережі"]},
        ),
        (
            "Графики отключений на завтра опубликовала ДТЭК Днепровские электросети.",
            {"ДТЭК Днепровские электросети": ["ДТЭК Днепровские электросети"]},
        ),
        ("Для ЗСУ Харківські волонтери зібрали два мільйони.", {"ЗСУ": ["ЗСУ"]}),
        (
            "Работы ведёт ДТЭК, Киевские электросети пока не ответили.",
            {"ДТЭК": ["ДТЭК"]},
        ),
    ],
)
def test_a_groups_acronym_with_its_regional_company(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Для ЗСУ Тернопільська громада закупила двадцять дронів.", {"ЗСУ": ["ЗСУ"]}),
        (
            "За словами представника ООН Українська сторона виконала всі умови.",
            {"ООН": ["ООН"]},
        ),
        (
            "У ДТЕК Київські регіональні електромережі повідомили про нові графіки.",
            {
                "ДТЕК Київські регіональні електромережі": [
                    "ДТЕК Київські регіональні електромережі"
                ]
            },
        ),
        (
            "Аварийные бригады ДТЭК Киевские региональные электросети работали всю ночь.",
            {"ДТЭК Киевские региональные электросети": ["ДТЭК Киевские региональные электросети"]},
        ),
    ],
)
def test_a_regional_company_is_named_by_its_network_noun(
    paragraph: str, expected: dict[str, list[str]]
) -> None:
    assert organizations(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "name", "person"),
    [
        (
            (
                "Ректор Львівського національного університету імені Франка Петро Коваль"
                " підписав угоду."
            ),
            "Львівський національний університет імені Франка",
            "Петро Коваль",
        ),
        (
            (
                "Ректор Харьковского национального университета имени Каразина Игорь Савченко"
                " подписал договор."
            ),
            "Харьковский национальный университет имени Каразина",
            "Игорь Савченко",
        ),
    ],
)
def test_a_person_after_a_one_word_namesake_is_no_part_of_it(
    paragraph: str, name: str, person: str
) -> None:
    assert list(organizations(paragraph)) == [name]
    assert people(paragraph) == {person: [person]}


def test_displaced_people_by_their_other_acronym_are_no_organisation() -> None:
    assert organizations("Для ВПЛ у місті відкрили ще один прихисток.") == {}
