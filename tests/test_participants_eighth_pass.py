"""Participants, eighth pass (issue 15): organisation constructs of unseen news, both languages.

Every text here was written for these tests, in the style of regional news; none is taken from
any corpus or held-out set.
"""

from __future__ import annotations

import pytest

from organization_support import organizations, people


def _mentions(paragraph: str) -> set[str]:
    """Return the text of every organisation mention of ``paragraph``."""
    return {text for texts in organizations(paragraph).values() for text in texts}


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Слідчі ГУНП у Волинській області встановили водія, який збив пішохода.",
            "ГУНП у Волинській області",
        ),
        (
            "Як повідомили в ГУНП в Сумській області, затримано двох чоловіків.",
            "ГУНП в Сумській області",
        ),
        (
            "Экипаж УПП в Ровенской области остановил автомобиль на объездной дороге.",
            "УПП в Ровенской области",
        ),
        (
            "Следователи ГУНП в Черкасской области открыли производство по факту кражи.",
            "ГУНП в Черкасской области",
        ),
    ],
)
def test_a_police_directorate_keeps_the_region_it_serves(paragraph: str, mention: str) -> None:
    """``ГУНП`` and ``УПП`` serve one region each: the region after them is in the name."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Литовський інститут у Києві запрошує на вечір сучасної поезії.",
            "Литовський інститут у Києві",
        ),
        (
            "Директорка Литовського інституту у Львові відкрила вечір поезії.",
            "Литовського інституту у Львові",
        ),
        (
            "Британская рада в Украине объявила набор на курсы.",
            "Британская рада в Украине",
        ),
        (
            "Студенти Економічного університету в Братиславі приїдуть на практику.",
            "Економічного університету в Братиславі",
        ),
        (
            "Чешский центр в Киеве открыл выставку фотографий старой Праги.",
            "Чешский центр в Киеве",
        ),
        (
            "Преподаватели Аграрного университета в Нитре прочитали лекции.",
            "Аграрного университета в Нитре",
        ),
    ],
)
def test_a_bare_adjective_name_keeps_its_seat(paragraph: str, mention: str) -> None:
    """Adjectives and a head fit many bodies: the city after ``в``/``у`` says which one."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Шведський фонд у Чернігові передав генератори лікарні.", "Шведський фонд"),
        ("Данська рада в Ізюмі роздала будівельні матеріали.", "Данська рада"),
        ("Немецкий фонд в Чернигове передал генераторы больнице.", "Немецкий фонд"),
    ],
)
def test_a_city_before_the_subjects_verb_is_no_seat(paragraph: str, mention: str) -> None:
    """Before the verb of a subject name a city may be where it acted: the name stays bare."""
    assert _mentions(paragraph) == {mention}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Обласна лікарня у Житомирі отримала новий томограф.",
        "Студенти Технічного університету Кракова в Ужгороді провели семінар.",
    ],
)
def test_no_seat_without_a_bare_name(paragraph: str) -> None:
    """A capital due to position, or a name with its own complement, takes no seat."""
    assert not any(mention.endswith(("Житомирі", "Ужгороді")) for mention in _mentions(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Ремонт амбулаторії профінансував Європейський Союз.", "Європейський Союз"),
        ("Громада отримала обладнання за кошти ЄС.", "ЄС"),
        ("Ремонт амбулатории профинансировал Европейский Союз.", "Европейский Союз"),
        ("Громада получила оборудование за средства ЕС.", "ЕС"),
    ],
)
def test_the_european_union_is_an_organisation(paragraph: str, mention: str) -> None:
    """A union of states that funds and decides is a body, as ``ООН`` is."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Новий автобусний рейс сполучить Рівне з кордоном з ЄС.",
        "Новый автобусный рейс свяжет Ровно с границей с ЕС.",
        "Школу збудували ще за часів Радянського Союзу.",
    ],
)
def test_a_union_as_territory_or_state_is_no_organisation(paragraph: str) -> None:
    """Past a border the union is a territory; ``Радянський Союз`` was a state."""
    assert not _mentions(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Громада отримала грант програми Horizon Europe на ремонт бібліотеки.",
        "Община получила грант программы Horizon Europe на ремонт библиотеки.",
        "Місто долучилося до проєкту Green Cities Network.",
        "Ремонт оплатили з коштів програми Danube BRIDGE.",
        "Ремонт оплатили из средств программы Danube BRIDGE.",
    ],
)
def test_a_latin_name_after_a_programme_noun_is_its_title(paragraph: str) -> None:
    """A Latin name after ``програма`` or ``проєкт`` names the programme, no organisation."""
    assert not _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention", "name"),
    [
        (
            "Губернатор разом із послом Норвегії в Україні Уле Бйорнстадом Хансеном оглянув міст.",
            "Уле Бйорнстадом Хансеном",
            "Уле Бйорнстад Хансен",
        ),
        (
            "Мер зустрівся з послом Свеном Гальвардсеном Естлундом у ратуші.",
            "Свеном Гальвардсеном Естлундом",
            "Свен Гальвардсен Естлунд",
        ),
        (
            "Посол Свен Гальвардсен Естлунд подякував громаді за теплий прийом.",
            "Свен Гальвардсен Естлунд",
            "Свен Гальвардсен Естлунд",
        ),
        (
            "Меморандум підписали мер Луцька і директор компанії Кнуд Скоугаард.",
            "Кнуд Скоугаард",
            "Кнуд Скоугаард",
        ),
    ],
)
def test_a_foreign_double_surname_stays_whole(paragraph: str, mention: str, name: str) -> None:
    """A first name and two surnames in one case are one person, not cut after the second."""
    found = people(paragraph)
    assert mention in found.get(name, [])


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Аварію усунули працівники комунального підприємства «Калушводоканал».",
            "комунального підприємства «Калушводоканал»",
        ),
        (
            "Гроші передали державній установі «Обласний центр контролю хвороб».",
            "державній установі «Обласний центр контролю хвороб»",
        ),
        (
            "Аварию устранили работники коммунального предприятия «Калушводоканал».",
            "коммунального предприятия «Калушводоканал»",
        ),
        (
            "Продукты передали благотворительному фонду «Теплые руки».",
            "благотворительному фонду «Теплые руки»",
        ),
    ],
)
def test_a_declined_public_form_before_marks_is_part_of_the_name(
    paragraph: str, mention: str
) -> None:
    """Declined, the spelled-out ``КП``/``ДУ``/``БФ`` is part of the mention."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Комунальне підприємство «Калушводоканал» оголосило тендер.", "Калушводоканал"),
        ("Громада створила комунальне підприємство «Калуськтепло».", "Калуськтепло"),
        ("Договор подписали горсовет и IT-компания «Байтлаб».", "Байтлаб"),
        ("Угоду уклали громада та IT-компанія «Байтлаб».", "Байтлаб"),
        ("ІТ-школа «Алгоритм» набирає учнів на літні курси.", "Алгоритм"),
        ("IT-компания «Байтлаб» открыла офис во Львове.", "Байтлаб"),
        ("Латвійська компанія «Балтік Рейл» виграла тендер.", "Балтік Рейл"),
    ],
)
def test_a_form_in_the_nominative_or_a_descriptor_leaves_the_name_alone(
    paragraph: str, mention: str
) -> None:
    """In the nominative, or after a descriptor (``IT-компанія``), the ORG is the name in marks."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("ІТ-школа «Алгоритм» набирає учнів на літні курси.", "ІТ-школа «Алгоритм»"),
        ("IT-компания «Байтлаб» открыла офис во Львове.", "IT-компания «Байтлаб»"),
    ],
)
def test_an_initialism_opening_a_sentence_keeps_its_capitals(paragraph: str, name: str) -> None:
    """Only a capital due to position is lowered in the name: ``IT-`` stays, no ``iT-``."""
    mention = name.split("«")[1].rstrip("»")
    assert organizations(paragraph).get(name) == [mention]


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Коростенська швейна фабрика «Барвінок» оголосила набір.",
            "Коростенська швейна фабрика «Барвінок»",
        ),
        (
            "Коростенская швейная фабрика «Барвинок» объявила набор.",
            "Коростенская швейная фабрика «Барвинок»",
        ),
    ],
)
def test_a_place_and_field_name_before_marks_opening_a_sentence(
    paragraph: str, mention: str
) -> None:
    """A place's and a field's adjective make the body's own name, even at a sentence start."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Виконавчий комітет Білгород-Дністровської міської ради ухвалив новий тариф.",
            "Виконавчий комітет Білгород-Дністровської міської ради",
        ),
        (
            "Исполнительный комитет Белгород-Днестровского городского совета утвердил тариф.",
            "Исполнительный комитет Белгород-Днестровского городского совета",
        ),
    ],
)
def test_a_compound_place_adjective_continues_the_complement(paragraph: str, mention: str) -> None:
    """``Білгород-Дністровської`` declines in its last part: it is a genitive of the name."""
    assert mention in _mentions(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body", "back"),
    [
        (
            (
                "Рівненська облдержадміністрація оголосила конкурс. Учасники звернулися в "
                "адміністрацію з питаннями."
            ),
            "Рівненська облдержадміністрація",
            "адміністрацію",
        ),
        (
            (
                "Міністерство аграрної політики та продовольства оголосило грант. Заявки "
                "приймає міністерство до кінця місяця."
            ),
            "Міністерство аграрної політики та продовольства",
            "міністерство",
        ),
        (
            (
                "Сумская облгосадминистрация объявила конкурс. Участники обратились в "
                "администрацию с вопросами."
            ),
            "Сумская облгосадминистрация",
            "администрацию",
        ),
    ],
)
def test_a_bare_authority_noun_refers_back_to_the_body(
    paragraph: str, body: str, back: str
) -> None:
    """An administration or a ministry named bare after its full name is that body again."""
    assert back in organizations(paragraph)[body]


def test_a_bare_company_noun_stays_untagged() -> None:
    """A business named bare (``компанія``) is left untagged, as the dev gold leaves it."""
    found = _mentions("ТОВ «Зерноресурс» виграло тендер. Раніше компанія постачала пальне.")
    assert "компанія" not in found


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "РІВНЕ, 4 березня /Суспільне Рівне/. Уночі дрони атакували околиці міста.",
            "Суспільне Рівне",
        ),
        (
            "СУМЫ, 4 марта /Интерфакс-Украина/. Ночью дроны атаковали окраины города.",
            "Интерфакс-Украина",
        ),
        ("ЛУЦЬК /УНІАН/. Міська рада ухвалила бюджет.", "УНІАН"),
    ],
)
def test_the_agency_of_a_dateline_is_an_organisation(paragraph: str, mention: str) -> None:
    """The outlet between slashes after a dateline's city and date signs the report."""
    assert mention in _mentions(paragraph)


def test_an_acronym_of_a_named_body_without_its_place_joins_it() -> None:
    """``РВА`` after ``Самбірська районна військова адміністрація`` is that body again."""
    found = organizations(
        "Самбірська районна військова адміністрація оголосила збір. У РВА чекають волонтерів."
    )
    assert "РВА" in found["Самбірська районна військова адміністрація"]


@pytest.mark.parametrize(
    ("paragraph", "mention", "name"),
    [
        ("Пасічник показав кореспондентові Суспільного свою пасіку.", "Суспільного", "Суспільне"),
        ("Лікарка в інтерв'ю Суспільному розповіла про чергу.", "Суспільному", "Суспільне"),
        ("Фермер рассказал журналистам Общественного об убытках.", "Общественного", "Общественное"),
        (
            "Пасічник показав кореспондентові Громадського свою пасіку.",
            "Громадського",
            "Громадське",
        ),
        ("Лікарка в ефірі Громадського розповіла про чергу.", "Громадського", "Громадське"),
    ],
)
def test_a_neuter_adjective_after_a_press_noun_names_the_outlet(
    paragraph: str, mention: str, name: str
) -> None:
    """A capitalised neuter adjective standing as a noun after ``журналістам`` is an outlet."""
    assert mention in organizations(paragraph).get(name, [])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Директор у коментарі Суспільного мовника пояснив графік.",
        "Директор в інтерв'ю Київського обласного радіо пояснив графік.",
        "Журналісти Степового району провели семінар.",
    ],
)
def test_an_adjective_of_a_noun_names_no_outlet(paragraph: str) -> None:
    """An adjective with its noun after it, or a place's adjective, names no outlet alone."""
    assert not {"Суспільне", "Степове"} & set(organizations(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "mention", "name"),
    [
        (
            "Голова області зустрівся з послом Норвегії в Україні Сігве Тангеном Гальсетом.",
            "Сігве Тангеном Гальсетом",
            "Сігве Танген Гальсет",
        ),
        (
            "Глава области встретился с послом Норвегии в Украине Сигве Тангеном Хальсетом.",
            "Сигве Тангеном Хальсетом",
            "Сигве Танген Хальсет",
        ),
        ("Мер провів зустріч із Сігве Тангеном у ратуші.", "Сігве Тангеном", "Сігве Танген"),
        ("Делегацію прийняв разом з мером Кушадаси Яном Ковачем.", "Яном Ковачем", "Ян Ковач"),
    ],
)
def test_an_indeclinable_first_name_opens_a_name_in_the_instrumental(
    paragraph: str, mention: str, name: str
) -> None:
    """An unknown first name ending in ``-е`` stays as written before a surname in ``-ом``.

    Before a first name of the dictionary (``Яном``) such a word is the role's complement.
    """
    assert people(paragraph) == {name: [mention]}


@pytest.mark.parametrize(
    ("paragraph", "mention", "name"),
    [
        (
            "Мер підписав угоду з послом Швеції Карлом Густавом Ліндером.",
            "Карлом Густавом Ліндером",
            "Карл Густав Ліндер",
        ),
        (
            "Посол Швеції Карл Густав Ліндер відвідав школу.",
            "Карл Густав Ліндер",
            "Карл Густав Ліндер",
        ),
        (
            "Мэр подписал соглашение с послом Швеции Карлом Густавом Линдером.",
            "Карлом Густавом Линдером",
            "Карл Густав Линдер",
        ),
    ],
)
def test_two_first_names_and_a_surname_are_one_person(
    paragraph: str, mention: str, name: str
) -> None:
    """Two words read only as first names, then a surname, in one case: a double given name."""
    assert people(paragraph) == {name: [mention]}
