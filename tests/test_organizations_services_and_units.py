"""Services with their territory, departments of bodies, weapons that are no body (issue #15).

Each paragraph is written for this test in the style of regional news, in Russian and in
Ukrainian: a service's acronym with the city or region it serves, a directorate placed by a
territorial adjective, a department with its field and its body, a territorial body after a
role, the region after ``в``/``во``, and initialisms of weapons and devices.
"""

from __future__ import annotations

import pytest

import uanews
from organization_support import organizations, parse_paragraph
from uanews.model import ParticipantKind


def mentions(paragraph: str) -> list[str]:
    """Return every organisation mention's text in the item with ``paragraph``."""
    return [text for found in organizations(paragraph).values() for text in found]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Огонь с крыши ангара сбили за два часа, уточнили в ГСЧС Ужгорода.",
            "ГСЧС Ужгорода",
        ),
        (
            "Як уточнили в ДСНС Вінниччини, пожежу в ангарі ліквідували за дві години.",
            "ДСНС Вінниччини",
        ),
        (
            "Пожежу на складі гасили понад дві години, розповіли в ДСНС Києва у понеділок.",
            "ДСНС Києва",
        ),
    ],
)
def test_a_service_keeps_the_city_or_region_it_serves(paragraph: str, mention: str) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "acronym"),
    [
        ("Задержанных передали в СБУ Петренко и Коваль, которые вели это дело.", "СБУ"),
        ("Сотрудники СБУ Ивана Мельника задержали у него дома вечером.", "СБУ"),
    ],
)
def test_a_person_after_an_acronym_is_not_its_territory(paragraph: str, acronym: str) -> None:
    assert acronym in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Подробности пожара на рынке назвали в городском управлении ГСЧС накануне.",
            "городском управлении ГСЧС",
        ),
        (
            "Про загорання на складі повідомили в обласному управлінні ДСНС у середу.",
            "обласному управлінні ДСНС",
        ),
    ],
)
def test_a_directorate_placed_by_a_territorial_adjective_joins_the_service(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Новую программу утвердил департамент социальной защиты Сумского горсовета.",
            "департамент социальной защиты Сумского горсовета",
        ),
        (
            "Афишу концертов утвердили в управлении культуры горсовета и разослали в клубы.",
            "управлении культуры горсовета",
        ),
        (
            "Перелік шкіл склали в управлінні освіти Ніжинської міської ради.",
            "управлінні освіти Ніжинської міської ради",
        ),
    ],
)
def test_a_department_with_its_field_and_body_is_one_organisation(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


def test_a_directorate_without_a_field_leaves_the_body_alone() -> None:
    found = mentions("Позов подали юристи управління Ніжинської міської ради.")
    assert "Ніжинської міської ради" in found
    assert not any(text.startswith("управління") for text in found)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Начальник городской военной администрации Тарас Дзюба рассказал о ремонте.",
            "городской военной администрации",
        ),
        (
            "Депутат районного совета Марина Ляшко предложила перенести сессию.",
            "районного совета",
        ),
        (
            "Начальник міської військової адміністрації Тарас Дзюба розповів про ремонт.",
            "міської військової адміністрації",
        ),
    ],
)
def test_a_territorial_body_after_a_role_is_an_organisation(paragraph: str, mention: str) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            (
                "Жалобу водителя передали в Управление государственной миграционной службы во "
                "Львовской области для проверки."
            ),
            "Управление государственной миграционной службы во Львовской области",
        ),
        (
            (
                "Затриманого передали до Головного управління Національної поліції у Волинській "
                "області для подальшого розслідування."
            ),
            "Головного управління Національної поліції у Волинській області",
        ),
    ],
)
def test_the_region_after_v_or_vo_completes_the_body(paragraph: str, mention: str) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Днем армия РФ атаковала окраину Изюма КАБами и накрыла поселок из РСЗО «Ураган».",
        "Удень армія РФ атакувала околицю Ізюма КАБами та накрила селище з РСЗВ «Ураган».",
        "Пострадавшему сделали МРТ и подключили к аппарату ИВЛ в реанимации.",
        "Постраждалому зробили МРТ і підключили до апарата ШВЛ у реанімації.",
        "Над городом всю ночь работала ПВО, обломки БпЛА упали на склады.",
    ],
)
def test_weapons_and_devices_are_no_organisations(paragraph: str) -> None:
    assert organizations(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "После ремонта снова принял учеников восстановленный лицей № 4 на окраине.",
            "лицей № 4",
        ),
        ("Після ремонту знову прийняла учнів відремонтована школа № 9 на околиці.", "школа № 9"),
        (
            "Призёров олимпиады наградили в специализированной школе № 12 в пятницу.",
            "специализированной школе № 12",
        ),
    ],
)
def test_a_participle_of_what_was_done_stays_out_of_a_numbered_name(
    paragraph: str, mention: str
) -> None:
    assert mentions(paragraph) == [mention]


def test_an_acronym_the_russian_dictionary_reads_as_a_name_is_a_body() -> None:
    item = uanews.parse(
        "МОН изменило правила конкурса на должность директора школы\n\n"
        "Новые правила опубликованы на сайте Министерства образования и науки Украины. "
        "Кандидаты подают заявки до 15 мая.\n"
    )
    assert item.language == "ru"
    found = [m.text for p in item.participants for m in p.mentions]
    assert "МОН" in found


@pytest.mark.parametrize(
    "paragraph",
    [
        "Депутаты Ровенского городского совета приняли решение о новом бюджете.",
        "Депутати Рівненської міської ради ухвалили рішення про новий бюджет.",
    ],
)
def test_deputies_of_a_council_are_no_organisation_of_their_own(paragraph: str) -> None:
    found = mentions(paragraph)
    assert len(found) == 1
    assert not found[0].lower().startswith("депутат")


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        (
            (
                "Министерство здравоохранения Украины утвердило новый перечень лекарств. По "
                "данным ведомства, список расширили на сорок позиций."
            ),
            "ведомства",
        ),
        (
            (
                "Міністерство охорони здоров'я України затвердило новий перелік ліків. За даними "
                "відомства, список розширили на сорок позицій."
            ),
            "відомства",
        ),
    ],
)
def test_a_noun_for_a_body_refers_back_to_the_one_named_before(paragraph: str, word: str) -> None:
    found = organizations(paragraph)
    assert len(found) == 1
    assert word in next(iter(found.values()))


def test_a_noun_for_a_body_refers_back_to_no_body_of_several() -> None:
    found = organizations(
        "Министерство здравоохранения Украины и Министерство финансов Украины подписали "
        "соглашение. По данным ведомства, деньги выделят весной."
    )
    assert all("ведомства" not in texts for texts in found.values()), found


def test_a_compound_preposition_after_a_body_is_no_field_of_it() -> None:
    found = mentions("Допомога Збройним Силам з боку громадян зросла за рік.")
    assert found == ["Збройним Силам"]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Полиция Ровенской области открыла уголовное производство по факту кражи.",
            "Полиция Ровенской области",
        ),
        (
            "Поліція Рівненської області відкрила кримінальне провадження за фактом крадіжки.",
            "Поліція Рівненської області",
        ),
    ],
)
def test_police_with_its_region_at_a_sentence_start_is_an_organisation(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


def test_police_alone_at_a_sentence_start_is_no_organisation() -> None:
    assert organizations("Полиция открыла уголовное производство по факту кражи в селе.") == {}


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Школу отремонтировали при поддержке правительства Канады и громады.",
            "правительства Канады",
        ),
        ("Школу відремонтували за підтримки уряду Канади та громади.", "уряду Канади"),
        ("Закон о языке в среду поддержал парламент Эстонии.", "парламент Эстонии"),
    ],
)
def test_a_countrys_government_or_parliament_is_an_organisation(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Воздушные силы ВСУ сообщили, что ночью сбили восемь дронов.", "Воздушные силы ВСУ"),
        ("Повітряні сили ЗСУ повідомили, що вночі збили вісім дронів.", "Повітряні сили ЗСУ"),
    ],
)
def test_a_plural_name_with_its_acronym_at_a_sentence_start_is_an_organisation(
    paragraph: str, mention: str
) -> None:
    assert mention in mentions(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Российские силы ночью атаковали село Ольховка в Харьковской области.",
        "Російські сили вночі атакували село Вільшанка на Харківщині.",
    ],
)
def test_forces_named_by_a_capital_of_position_only_are_no_organisation(paragraph: str) -> None:
    assert not any(
        text.lower().startswith("росс") or text.lower().startswith("росі")
        for text in mentions(paragraph)
    )


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Силы обороны Севера сообщили об уничтожении трёх складов.", "Силы обороны Севера"),
        ("Сили оборони Півночі повідомили про знищення трьох складів.", "Сили оборони Півночі"),
        (
            "Силы территориальной обороны ВСУ провели учения под Ровно.",
            "Силы территориальной обороны ВСУ",
        ),
        (
            "Сили територіальної оборони ЗСУ провели навчання під Рівним.",
            "Сили територіальної оборони ЗСУ",
        ),
        ("Воздушные силы ВСУ сообщили, что ночью сбили восемь дронов.", "Воздушные силы ВСУ"),
        ("Повітряні сили ЗСУ повідомили, що вночі збили вісім дронів.", "Повітряні сили ЗСУ"),
    ],
)
def test_a_plural_name_stays_plural_in_the_nominative(paragraph: str, name: str) -> None:
    assert name in organizations(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Оккупационные силы Беларуси ночью обстреляли приграничное село.",
        "Окупаційні сили Білорусі вночі обстріляли прикордонне село.",
        "Вражеские силы утром атаковали окраину Лимана.",
        "Ворожі сили вранці атакували околицю Лимана.",
        "Украинские силы ПВО за ночь уничтожили девять дронов над Полтавщиной.",
        "Українські сили ППО за ніч знищили дев'ять дронів над Полтавщиною.",
        "Тревога длилась два часа. Силы ПВО уничтожили девять дронов над Полтавщиной.",
        "Тривога тривала дві години. Сили ППО знищили дев'ять дронів над Полтавщиною.",
    ],
)
def test_forces_described_by_whose_they_are_or_their_weapon_are_no_organisation(
    paragraph: str,
) -> None:
    words = [word for text in mentions(paragraph) for word in text.lower().split()]
    assert not any(word.startswith("сил") for word in words)


@pytest.mark.parametrize(
    ("paragraph", "attacker"),
    [
        ("Оккупационные силы ночью обстреляли Никополь из артиллерии.", "оккупационные силы"),
        ("Окупаційні сили вночі обстріляли Нікополь з артилерії.", "окупаційні сили"),
        ("Российские силы ударили дронами по Сумам.", "российские силы"),
        ("Ворожі сили атакували дронами Суми.", "ворожі сили"),
    ],
)
def test_forces_of_an_enemy_army_are_the_attacker_group(paragraph: str, attacker: str) -> None:
    item = parse_paragraph(paragraph)
    groups = {p.id: p.name for p in item.participants if p.kind is ParticipantKind.GROUP}
    attacks = [event for event in item.events if event.kind.value == "attack"]
    assert attacks
    assert attacker in {groups.get(ident) for ident in attacks[0].participants}


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            (
                "Нарушителя задержали сотрудники патрульной полиции Ровенщины и ГУ Национальной "
                "полиции в Ровенской области."
            ),
            "патрульной полиции Ровенщины",
        ),
        (
            (
                "Порушника затримали працівники патрульної поліції Рівненщини та ГУ Національної "
                "поліції в Рівненській області."
            ),
            "патрульної поліції Рівненщини",
        ),
    ],
)
def test_a_classified_body_keeps_the_region_it_serves(paragraph: str, mention: str) -> None:
    found = mentions(paragraph)
    assert mention in found
    assert any(text.startswith(("ГУ Націон", "ГУ Национ")) for text in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Член профильной комиссии горсовета Лидия Курило выступила за проект.",
        "Член профільної комісії міськради Лідія Курило підтримала проєкт.",
    ],
)
def test_the_committee_of_the_field_in_question_is_no_body_of_its_own(paragraph: str) -> None:
    assert not any("комисс" in text or "коміс" in text for text in mentions(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        (
            "Служба такси «Уклон» подняла цены на поездки. По данным ведомства, тарифы выросли.",
            "ведомства",
        ),
        (
            "Служба таксі «Уклон» підняла ціни на поїздки. За даними відомства, тарифи зросли.",
            "відомства",
        ),
    ],
)
def test_a_noun_for_a_body_refers_back_to_no_quoted_brand(paragraph: str, word: str) -> None:
    # a quoted name is a company's: ``ведомство`` refers back to a government body only
    assert all(word not in texts for texts in organizations(paragraph).values())


@pytest.mark.parametrize(
    "paragraph",
    [
        "Депутаты поддержали отставку правительства Шмыгаля в четверг.",
        "Депутати підтримали відставку уряду Шмигаля в четвер.",
    ],
)
def test_a_governments_premier_is_no_country_of_the_body(paragraph: str) -> None:
    # ``правительства Японии`` is a body; a premier's name after it names no state
    assert not any(text.startswith(("правительств", "уряд")) for text in mentions(paragraph))
