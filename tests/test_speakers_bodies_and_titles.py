"""Kind nouns, institution nouns and titles that point back to a body or person named before.

``у компанії переконані`` stands for the company the text named (by its own name, or called a
company: ``IT-компанія «X»``, ``компанії-розробнику``), not for a branch named in a person's
title (``директорка філії «Вагонна служба»``); a press office of ``компании`` speaks for that
company and is no organisation of its own. ``Директор закладу`` names the person titled by the
institution's name; an organisation between a title and a name (``тренер «Локомотива» Ігор
Дацюк``) is the title's complement. Every text here was written for these tests in the style of
Ukrainian outlets' reports.
"""

import uanews
from quote_support import spoken


def _organizations(text: str) -> list[str]:
    return [p.name for p in uanews.parse(text).participants if p.kind.value == "organization"]


UK_BRANCH = (
    "Новий нічний поїзд з'єднає Луцьк і Запоріжжя\n\n"
    "Перевізник ПрАТ «Волиньтранс» пустить додатковий рейс Луцьк – Запоріжжя.\n\n"
    "Рухомий склад для рейсу оновили на ремонтному заводі в Дарниці.\n\n"
    "«Пасажири давно просили цей рейс», – розповіла директорка філії «Вагонна служба» "
    "Марина Стельмах.\n\n"
    "У компанії запевнили, що поїзд буде заповнений і після свят.\n"
)


def test_a_ukrainian_kind_noun_is_the_company_not_a_branch() -> None:
    found = spoken(UK_BRANCH)
    assert found[0][1] == "Марина Стельмах"
    assert found[-1] == ("поїзд буде заповнений і після свят", "ПрАТ «Волиньтранс»")


RU_OFFICE = (
    "ООО «Днепроводсервис» начинает замену труб на Слобожанском проспекте\n\n"
    "ООО «Днепроводсервис» с понедельника перекроет две полосы движения. В пресс-службе "
    "компании уточнили, что работы продлятся до конца месяца.\n"
)


def test_a_russian_press_office_of_the_company_speaks_for_it() -> None:
    assert spoken(RU_OFFICE) == [("работы продлятся до конца месяца", "ООО «Днепроводсервис»")]
    assert "пресс-служба компании" not in _organizations(RU_OFFICE)


def test_a_press_office_of_a_company_never_named_stays_as_written() -> None:
    text = (
        "В Днепре заменят трубы на Слобожанском проспекте\n\n"
        "В пресс-службе компании уточнили, что работы продлятся до конца месяца.\n"
    )
    assert spoken(text) == [("работы продлятся до конца месяца", "пресс-служба компании")]


def test_a_company_named_as_one_is_its_kind_noun() -> None:
    text = (
        "Оператор відкрив нові відділення у Рівному\n\n"
        "Компанія «Поштовий експрес» відкрила три відділення на околицях Рівного.\n\n"
        "Директор відділення Тарас Бойко сказав, що черг стане менше.\n\n"
        "У компанії повідомили, що до весни відкриють ще два відділення.\n"
    )
    assert spoken(text)[-1] == (
        "до весни відкриють ще два відділення",
        "компанія «Поштовий експрес»",
    )


def test_a_title_before_its_club_in_marks_still_titles_the_name() -> None:
    text = (
        "Київський «Локомотив» переміг у Лізі чемпіонів\n\n"
        "Головний тренер «Локомотива» Ігор Дацюк після матчу похвалив захисників.\n\n"
        "«Ми довго не могли забити, але потім усе вийшло», – цитує тренера пресслужба "
        "Федерації волейболу України.\n"
    )
    assert spoken(text)[-1] == ("Ми довго не могли забити, але потім усе вийшло", "Ігор Дацюк")


def test_a_russian_title_before_its_club_in_marks_still_titles_the_name() -> None:
    text = (
        "Харьковский «Динамо-Слобожанщина» обыграл соперника из Польши\n\n"
        "Главный тренер «Динамо-Слобожанщины» Роман Лысенко поблагодарил болельщиков.\n\n"
        "«Во втором тайме мы наконец сыграли в свою игру», — цитирует тренера пресс-служба "
        "Европейской конфедерации волейбола.\n"
    )
    assert spoken(text)[-1][1] == "Роман Лысенко"


def test_a_role_of_the_institution_is_the_person_titled_by_its_name() -> None:
    text = (
        "У Сумах відкрили оновлену дитячу лікарню\n\n"
        "Очільниця ОВА Ірина Сидоренко зустрілася з директором Сумської дитячої лікарні "
        "Миколою Гаврилюком.\n\n"
        "Директор закладу повідомив, що нове обладнання дозволить лікувати складні травми.\n"
    )
    assert spoken(text)[-1][1] == "Микола Гаврилюк"


def test_a_russian_role_of_the_institution_is_the_person_titled_by_its_name() -> None:
    text = (
        "В Сумах открыли обновленную детскую больницу\n\n"
        "Глава ОВА Ирина Сидоренко встретилась с директором Сумской детской больницы "
        "Николаем Гаврилюком.\n\n"
        "Директор учреждения рассказал, что новое оборудование позволит лечить сложные травмы.\n"
    )
    assert spoken(text)[-1][1] == "Николай Гаврилюк"


def test_a_role_of_another_field_names_nobody_titled_otherwise() -> None:
    text = (
        "У Сумах відкрили оновлену дитячу лікарню\n\n"
        "Очільниця ОВА Ірина Сидоренко зустрілася з директором Сумської дитячої лікарні "
        "Миколою Гаврилюком.\n\n"
        "Директор водоканалу повідомив, що воду в лікарні дадуть увечері.\n"
    )
    assert spoken(text)[-1][1] != "Микола Гаврилюк"


def test_a_compound_kind_noun_is_the_company_the_text_called_so() -> None:
    text = (
        "У Львові запрацював застосунок для оплати паркування\n\n"
        "Застосунок створила львівська IT-компанія «Гармата Софт» на замовлення "
        "КП «Львівавтодор».\n\n"
        "Директорка департаменту мобільності Оксана Левицька сказала, що він безкоштовний.\n\n"
        "За два дні його встановили понад п'ять тисяч людей, повідомили в компанії-розробнику.\n"
    )
    assert spoken(text)[-1][1] == "львівська IT-компанія «Гармата Софт»"
