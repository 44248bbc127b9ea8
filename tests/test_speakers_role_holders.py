"""Speakers named through the role they hold, interviewees named before the questions.

- a role noun in the genitive after a source phrase (``по словам начальника ОВА``) is the person
  holding that role, not the office;
- a generic leader noun with a body's name (``сказал глава Укрэнерго``) is the person the text
  made that body's head, and a pronoun after it goes on with that person;
- a plural profession completed by a body (``Следователи полиции сообщили``) is that group;
- a masculine title given to a woman (``заявила вице-мэр``) still names her;
- the interviewee is the person the headline names, the questions address, or a speech verb has
  for its subject in the lead, when the interviewer is named too;
- ``», — обратился к жителям X`` attributes the quote before it.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from quote_support import said as _said
from uanews.model import QuoteKind
from uanews.parser.language import using_language
from uanews.parser.quotes.cues import attribution_cue

SOURCE_ROLE_RU = """\
Сергей Дубенко: в Житомирской области построят три укрытия для школ

В Житомирской области до конца года построят три противорадиационных укрытия для сельских \
школ. Об этом рассказал начальник Житомирской ОВА Сергей Дубенко.

По словам начальника ОВА, первое укрытие откроют уже в декабре в Коростене.
"""

SOURCE_ROLE_UK = """\
Сергій Дубенко: на Житомирщині збудують три укриття для шкіл

На Житомирщині до кінця року збудують три протирадіаційні укриття для сільських шкіл. Про це \
розповів начальник Житомирської ОВА Сергій Дубенко.

За словами начальника ОВА, перше укриття відкриють уже в грудні в Коростені.
"""


@pytest.mark.parametrize(
    ("text", "quote", "holder"),
    [
        (SOURCE_ROLE_RU, "первое укрытие откроют уже в декабре в Коростене", "Сергей Дубенко"),
        (SOURCE_ROLE_UK, "перше укриття відкриють уже в грудні в Коростені", "Сергій Дубенко"),
    ],
)
def test_a_role_after_a_source_phrase_is_its_holder_not_the_office(text, quote, holder):
    assert _said(text)[quote] == holder


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            (
                "Укрытия для школ Житомирщины\n\n"
                "В Житомирской ОВА обсудили строительство укрытий для сельских школ.\n\n"
                "По словам начальника ОВА, первое укрытие откроют уже в декабре.\n"
            ),
            "первое укрытие откроют уже в декабре",
        ),
        (
            (
                "Укриття для шкіл Житомирщини\n\n"
                "У Житомирській ОВА обговорили будівництво укриттів для сільських шкіл.\n\n"
                "За словами начальника ОВА, перше укриття відкриють уже в грудні.\n"
            ),
            "перше укриття відкриють уже в грудні",
        ),
    ],
)
def test_a_role_nobody_holds_is_no_office_either(text, quote):
    # the head of the office spoke, and the text never names him: unknown, not the office
    assert _said(text)[quote] is None


@pytest.mark.parametrize(
    ("text", "quote", "body"),
    [
        (
            (
                "Авария на трассе под Стрыем\n\n"
                "Вечером под Стрыем столкнулись два автомобиля. По данным сотрудников полиции, "
                "водитель легковушки выехал на встречную полосу.\n"
            ),
            "водитель легковушки выехал на встречную полосу",
            "полиция",
        ),
        (
            (
                "Аварія на трасі під Стриєм\n\n"
                "Увечері під Стриєм зіткнулися два автомобілі. За даними працівників поліції, "
                "водій легковика виїхав на зустрічну смугу.\n"
            ),
            "водій легковика виїхав на зустрічну смугу",
            "поліція",
        ),
    ],
)
def test_plural_staff_after_a_source_phrase_give_their_body(text, quote, body):
    # no one holder of a role: the staff speak for the body, as without the source phrase
    assert _said(text)[quote] == body


LEADER_RU = """\
Укрэнерго: графики отключений сохранятся до весны

Графики отключений света в большинстве областей сохранятся как минимум до марта. Об этом \
сообщил председатель правления компании «Укрэнерго» Виталий Зайченко.

«Энергосистема выдерживает нагрузку, но резерва мощности почти нет. Каждая новая атака \
отбрасывает ремонт на недели», — сказал глава Укрэнерго.

Он добавил, что в Киеве и области отключения будут короче, чем в прошлом месяце.
"""

LEADER_UK = """\
Укренерго: графіки відключень збережуться до весни

Графіки відключень світла в більшості областей збережуться щонайменше до березня. Про це в \
ефірі телемарафону повідомив голова правління НЕК «Укренерго» Віталій Зайченко.

«Енергосистема витримує навантаження, але резерву потужності майже немає. Кожна нова атака \
відкидає ремонт на тижні», – сказав очільник Укренерго.

Він додав, що в Києві та області відключення будуть коротшими, ніж минулого місяця.
"""


@pytest.mark.parametrize(
    ("text", "name", "quotes"),
    [
        (
            LEADER_RU,
            "Виталий Зайченко",
            (
                (
                    "Энергосистема выдерживает нагрузку, но резерва мощности почти нет. Каждая "
                    "новая атака отбрасывает ремонт на недели"
                ),
                "в Киеве и области отключения будут короче, чем в прошлом месяце",
            ),
        ),
        (
            LEADER_UK,
            "Віталій Зайченко",
            (
                (
                    "Енергосистема витримує навантаження, але резерву потужності майже немає. "
                    "Кожна нова атака відкидає ремонт на тижні"
                ),
                "в Києві та області відключення будуть коротшими, ніж минулого місяця",
            ),
        ),
    ],
)
def test_a_generic_leader_noun_names_the_head_of_that_body(text, name, quotes):
    said = _said(text)
    # ``глава`` / ``очільник`` is no ``председатель правления`` / ``голова правління`` by
    # its word, but heads the same body; the pronoun after it goes on with him
    assert [said[quote] for quote in quotes] == [name, name]


def test_a_leader_of_another_body_is_not_named() -> None:
    text = LEADER_RU.replace("глава Укрэнерго", "глава Укрзализныци")
    said = _said(text)
    quote = next(quote for quote in said if quote.startswith("Энергосистема"))
    assert said[quote] is None


@pytest.mark.parametrize(
    ("text", "quote", "group"),
    [
        (
            (
                "В Ровно подожгли склад стройматериалов\n\n"
                "Вечером 3 марта в Ровно загорелся склад стройматериалов на улице Киевской.\n\n"
                "Следователи полиции сообщили, что склад подожгли умышленно: на месте нашли "
                "канистру из-под бензина.\n"
            ),
            "склад подожгли умышленно: на месте нашли канистру из-под бензина",
            "следователи полиции",
        ),
        (
            (
                "У Рівному підпалили склад будматеріалів\n\n"
                "Увечері 3 березня в Рівному загорівся склад будматеріалів на вулиці Київській.\n\n"
                "Слідчі поліції повідомили, що склад підпалили навмисно: на місці знайшли "
                "каністру з-під бензину.\n"
            ),
            "склад підпалили навмисно: на місці знайшли каністру з-під бензину",
            "слідчі поліції",
        ),
    ],
)
def test_a_profession_completed_by_a_body_speaks_as_the_group(text, quote, group):
    assert _said(text)[quote] == group


VICE_MAYOR_RU = """\
Гости из Паневежиса приехали в Луцк

Во вторник в Луцк приехали представители Паневежиса во главе с вице-мэром Эгле \
Вайткуте.

Гостей встретил городской голова Луцка Игорь Полищук. Стороны договорились о сотрудничестве в \
сфере транспорта.

«Паневежис поможет Луцку с новыми трамваями и обучением водителей», — заявила вице-мэр.
"""


def test_a_masculine_title_given_to_a_woman_names_her() -> None:
    # the dictionary knows no gender of ``Эгле``: only the masculine title would give one
    said = _said(VICE_MAYOR_RU)
    assert said["Паневежис поможет Луцку с новыми трамваями и обучением водителей"] == (
        "Эгле Вайткуте"
    )


def test_a_masculine_title_does_not_name_a_man_for_a_feminine_verb() -> None:
    text = VICE_MAYOR_RU.replace("вице-мэром Эгле Вайткуте", "вице-мэром Олегом Вайткусом")
    said = _said(text)
    assert said["Паневежис поможет Луцку с новыми трамваями и обучением водителей"] is None


HEADLINE_INTERVIEW_RU = """\
Пожарный Андрей Ковальчук — о ночных вызовах и усталости

Андрей Ковальчук десять лет служит в ГСЧС в Чернигове. Корреспондентка «Северного края» Ирина \
Левченко поговорила с ним о работе во время обстрелов.

— Андрей, как проходит обычная смена?

— Спокойных смен почти не бывает. Мы выезжаем на пожары после каждой атаки.

— Что помогает не сдаваться?

— Команда. Когда рядом люди, на которых можно положиться, работать легче.
"""

HEADLINE_INTERVIEW_UK = """\
Пожежник Андрій Ковальчук — про нічні виклики і втому

Андрій Ковальчук десять років служить у ДСНС у Чернігові. Кореспондентка «Сіверського краю» \
Ірина Левченко поговорила з ним про роботу під час обстрілів.

— Андрію, як минає звичайна зміна?

— Спокійних змін майже не буває. Ми виїжджаємо на пожежі після кожної атаки.

— Що допомагає не здаватися?

— Команда. Коли поруч люди, на яких можна покластися, працювати легше.
"""

LEAD_INTERVIEW_RU = """\
Как работает хирург в прифронтовом Изюме

О работе в прифронтовой больнице журналисту «Слобожанских вестей» Игорю Карпенко рассказала \
хирург Ольга Мельничук.

— Как изменилась ваша работа после начала войны?

— Мы оперируем круглосуточно. Иногда за ночь привозят по восемь человек.

— Хватает ли вам лекарств?

— Сейчас хватает, помогают волонтеры и международные фонды.
"""

LEAD_INTERVIEW_UK = """\
Як працює хірургиня у прифронтовому Ізюмі

Про роботу в прифронтовій лікарні журналісту «Слобожанських вістей» Ігорю Карпенку розповіла \
хірургиня Ольга Мельничук.

— Як змінилася ваша робота після початку війни?

— Ми оперуємо цілодобово. Іноді за ніч привозять по вісім людей.

— Чи вистачає вам ліків?

— Зараз вистачає, допомагають волонтери та міжнародні фонди.
"""


@pytest.mark.parametrize(
    ("text", "interviewee"),
    [
        (HEADLINE_INTERVIEW_RU, "Андрей Ковальчук"),
        (HEADLINE_INTERVIEW_UK, "Андрій Ковальчук"),
        (LEAD_INTERVIEW_RU, "Ольга Мельничук"),
        (LEAD_INTERVIEW_UK, "Ольга Мельничук"),
    ],
)
def test_the_interviewee_is_told_from_the_interviewer(text, interviewee):
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert len(answers) == 2
    assert {item.participant(quote.speaker or "").name for quote in answers} == {interviewee}


def test_an_interviewee_addressed_in_the_questions_is_the_one() -> None:
    # the headline names nobody and both are named in the lead; the question calls him by name
    text = HEADLINE_INTERVIEW_RU.replace(
        "Пожарный Андрей Ковальчук — о ночных вызовах и усталости",
        "Ночные вызовы и усталость: разговор с пожарным",
    )
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert {item.participant(quote.speaker or "").name for quote in answers} == {"Андрей Ковальчук"}


def test_the_reporter_titled_in_the_lead_is_the_interviewer() -> None:
    # no headline name, no address, no speech verb: ``Корреспондентка ... Ирина Левченко``
    # asks, so the other one named answers
    text = HEADLINE_INTERVIEW_RU.replace(
        "Пожарный Андрей Ковальчук — о ночных вызовах и усталости",
        "Ночные вызовы и усталость: разговор с пожарным",
    ).replace("— Андрей, как проходит", "— Как проходит")
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert len(answers) == 2
    assert {item.participant(quote.speaker or "").name for quote in answers} == {"Андрей Ковальчук"}


def test_a_person_talked_about_in_a_question_is_not_the_interviewee() -> None:
    # no headline name, no speech verb, no reporter's title: only an address by name would
    # tell the two apart
    text = (
        "Ночные вызовы и усталость: разговор с пожарным\n\n"
        "Андрей Ковальчук десять лет служит в ГСЧС в Чернигове. Ирина Левченко из «Северного "
        "края» поговорила с ним о работе во время обстрелов.\n\n"
        "— Что вам сказала Ирина Левченко перед первой сменой?\n\n"
        "— Что спокойных смен почти не бывает.\n\n"
        "— Что помогает не сдаваться?\n\n"
        "— Команда и люди рядом.\n"
    )
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert len(answers) == 2
    assert all(quote.speaker is None for quote in answers)


def test_the_one_who_asks_is_the_interviewer() -> None:
    # ``спросила`` is a speech verb, but its subject asks: she is not who answers
    text = (
        "Ночные вызовы: разговор с пожарным\n\n"
        "Андрей Ковальчук десять лет служит в ГСЧС в Чернигове. О сменах во время обстрелов "
        "его спросила Ирина Левченко.\n\n"
        "— Как проходит обычная смена?\n\n"
        "— Спокойных смен почти не бывает.\n\n"
        "— Что помогает не сдаваться?\n\n"
        "— Команда и люди рядом.\n"
    )
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert len(answers) == 2
    assert all(quote.speaker is None for quote in answers)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "В Черкассах проверят все сирены\n\n"
                "Городской голова Черкасс Анатолий Бондаренко выступил на сессии городского "
                "совета.\n\n"
                "«Прошу не игнорировать сигналы тревоги и сразу спускаться в укрытия», — "
                "обратился к черкассцам Бондаренко.\n"
            ),
            "Прошу не игнорировать сигналы тревоги и сразу спускаться в укрытия",
            "Анатолий Бондаренко",
        ),
        (
            (
                "У Черкасах перевірять усі сирени\n\n"
                "Міський голова Черкас Анатолій Бондаренко виступив на сесії міської ради.\n\n"
                "«Прошу не ігнорувати сигнали тривоги і відразу спускатися в укриття», – "
                "звернувся до черкащан Бондаренко.\n"
            ),
            "Прошу не ігнорувати сигнали тривоги і відразу спускатися в укриття",
            "Анатолій Бондаренко",
        ),
    ],
)
def test_addressing_someone_after_a_quote_attributes_it(text, quote, name):
    assert _said(text)[quote] == name


@pytest.mark.parametrize(
    ("language", "words", "cue"),
    [
        ("ru", "обратился к жителям мэр", "обратился"),
        ("ru", "обратился в суд мэр", None),
        ("uk", "звернувся до громади мер", "звернувся"),
        ("uk", "звернувся по допомогу мер", None),
        # With no addressee, its subject right after it: the speaker it names says the words.
        ("ru", "обратился заместитель главы ОВА Юрий Зозулинский", "обратился"),
        ("uk", "звернувся заступник начальника ОВА Юрій Зозулінський", "звернувся"),
        ("uk", "звернувся Юрій Зозулінський", "звернувся"),
        ("uk", "звернувся з проханням мер", None),
    ],
)
def test_a_verb_of_addressing_is_a_cue_only_with_its_addressee_or_subject(language, words, cue):
    text = "«Берегите себя», — " + words
    start = text.index(words)
    with using_language(language):
        found = attribution_cue(text, start, len(text))
    assert (None if found is None else text[found.start : found.end]) == cue


@pytest.mark.parametrize(
    ("language", "opening", "cue"),
    [
        ("ru", "«Берегите себя», — ", "обратился"),
        ("ru", "«Вы готовы?» — ", "обратился"),
        ("ru", "назвал тариф «грабительским» — ", None),
        ("uk", "«Бережіть себе», – ", "звернувся"),
        ("uk", "назвав тариф «грабіжницьким» – ", None),
    ],
)
def test_a_verb_of_addressing_is_a_cue_only_after_set_off_words(language, opening, cue):
    # a bare dash after a term in marks joins a second predicate: turning to someone for help
    verb = "обратился к юристу" if language == "ru" else "звернувся до юриста"
    text = opening + verb + " Петренко"
    with using_language(language):
        found = attribution_cue(text, len(opening), len(text))
    assert (None if found is None else text[found.start : found.end]) == cue


@pytest.mark.parametrize(
    "text",
    [
        (
            "Жильцы дома на Лесном массиве судятся с управляющей компанией\n\n"
            "Жильцы девятиэтажки на Лесном массиве назвали новый тариф на уборку "
            "«грабительским» — обратились к юристу и подали иск.\n"
        ),
        (
            "Мешканці будинку на Лісовому масиві судяться з керуючою компанією\n\n"
            "Мешканці дев'ятиповерхівки на Лісовому масиві назвали новий тариф на прибирання "
            "«грабіжницьким» — звернулися до суду з позовом.\n"
        ),
    ],
)
def test_a_term_in_marks_before_turning_to_someone_is_no_quote(text):
    assert uanews.parse(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "interviewee"),
    [
        (
            (
                "Почему решение Владимира Зеленского о пошлинах поможет фермерам\n\n"
                "Экономист Андрей Ковальчук ответил на вопросы журналистки Ирины Левченко о "
                "новых пошлинах на импорт зерна.\n\n"
                "— Кто выиграет от новых пошлин?\n\n"
                "— В первую очередь мелкие фермеры юга.\n\n"
                "— А кто проиграет?\n\n"
                "— Трейдеры, которые возят дешевое зерно.\n"
            ),
            "Андрей Ковальчук",
        ),
        (
            (
                "Чому рішення Володимира Зеленського щодо мит допоможе фермерам\n\n"
                "Економіст Андрій Ковальчук відповів на запитання журналістки Ірини Левченко "
                "про нові мита на імпорт зерна.\n\n"
                "— Хто виграє від нових мит?\n\n"
                "— Насамперед дрібні фермери півдня.\n\n"
                "— А хто програє?\n\n"
                "— Трейдери, які возять дешеве зерно.\n"
            ),
            "Андрій Ковальчук",
        ),
    ],
)
def test_a_person_the_headline_talks_about_is_not_the_interviewee(text, interviewee):
    # the headline names Зеленский inside its sentence, not set off by a colon or a dash
    item = uanews.parse(text)
    answers = [quote for quote in item.quotes if quote.kind is QuoteKind.INTERVIEW]
    assert len(answers) == 2
    assert {item.participant(quote.speaker or "").name for quote in answers} == {interviewee}


_WATER_RU = (
    "В Полтаве водоканал повысит тарифы\n\n"
    "{role} КП «Полтававодоканал» Иван Петренко {news} Предприятие объявило о повышении тарифа "
    "на воду с января.\n\n"
    "«Без нового тарифа мы не закупим реагенты для очистки», — сказал глава "
    "«Полтававодоканала».\n"
)
_WATER_UK = (
    "У Полтаві водоканал підвищить тарифи\n\n"
    "{role} КП «Полтававодоканал» Іван Петренко {news} Підприємство оголосило про підвищення "
    "тарифу на воду з січня.\n\n"
    "«Без нового тарифу ми не закупимо реагенти для очищення», — сказав очільник "
    "«Полтававодоканалу».\n"
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            _WATER_RU.format(role="Директор", news="провел пресс-конференцию."),
            "Без нового тарифа мы не закупим реагенты для очистки",
            "Иван Петренко",
        ),
        (
            _WATER_RU.format(role="Бывший директор", news="задержан по подозрению в растрате."),
            "Без нового тарифа мы не закупим реагенты для очистки",
            None,
        ),
        (
            _WATER_UK.format(role="Директор", news="провів пресконференцію."),
            "Без нового тарифу ми не закупимо реагенти для очищення",
            "Іван Петренко",
        ),
        (
            _WATER_UK.format(role="Колишній директор", news="затриманий за підозрою в розтраті."),
            "Без нового тарифу ми не закупимо реагенти для очищення",
            None,
        ),
    ],
)
def test_a_former_head_is_not_the_one_a_leader_noun_names(text, quote, speaker):
    # ``глава``/``очільник`` names who heads the body now; a former director does no longer
    assert _said(text)[quote] == speaker
