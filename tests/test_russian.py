"""Russian-language Ukrainian news: the same extraction as for Ukrainian items.

Every text here was written for these tests in the style of the Russian editions of Ukrainian
outlets (agencies, city sites of Kharkiv, Odesa, Dnipro); none is taken from any corpus.
"""

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

import uanews
from uanews.lang import detect_language, proven_language
from uanews.model import EventKind, PartialDate, QuoteKind
from uanews.parser.events.dates import find_dates
from uanews.parser.language import (
    current_language,
    item_languages,
    language_cache,
    pick,
    using_language,
)
from uanews.parser.morph import nominative_or_none, parse_word, to_nominative
from uanews.parser.quotes.speech import is_speech_form

MAYOR = """\
Мэр Одессы Геннадий Труханов встретился с послом Литвы

Мэр Одессы Геннадий Труханов 12 сентября встретился с Чрезвычайным и Полномочным Послом Литвы \
в Украине. Об этом сообщила пресс-служба Одесского городского совета.

«Мы благодарны литовским партнерам за поддержку, которую они оказывают нашему городу», – \
сказал Геннадий Труханов.

По словам городского головы, стороны обсудили восстановление энергетической инфраструктуры.
"""

SCHOOLS = """\
В Харькове обсудили восстановление школ

Городской голова Харькова Игорь Колесник в понедельник, 15 сентября, провел встречу \
с представителями Европейского инвестиционного банка. Стороны обсудили восстановление школ \
и больниц, разрушенных в результате обстрелов.

«Мы уже подготовили проекты для двенадцати учебных заведений и рассчитываем начать работы \
до конца года», – отметил Игорь Колесник.

По словам мэра, первые школы откроют в декабре.

Как подчеркнула директор департамента образования Наталья Бондаренко, занятия в укрытиях \
продолжатся.
"""

MINISTER = """\
Министр здравоохранения посетил Днепр

Министр здравоохранения Украины Виктор Ляшко вчера посетил Днепр. В ходе визита он осмотрел \
отремонтированное отделение областной больницы.

Днепропетровская областная военная администрация и фонд «Сильные вместе» подписали \
меморандум о сотрудничестве в сфере реабилитации ветеранов.

Глава Днепропетровской ОВА Сергей Лысак написал в своем Telegram-канале, что к концу года \
в области заработают еще три реабилитационных центра.

«Каждый ветеран должен получить помощь рядом с домом», – заявил Виктор Ляшко.
"""

GRANTS = """\
В Одессе презентовали программу поддержки предпринимателей

В Одесском городском совете в среду презентовали новую программу поддержки малого бизнеса.

Заместитель городского головы Петр Осипенко рассказал, что заявки на гранты начнут \
принимать в октябре.

– Мы хотим, чтобы предприниматели оставались в городе и нанимали людей, – сказал он.

Ранее, 3 сентября 2025 года, горсовет объявил конкурс для социальных предприятий.
"""

MIXED = """\
Голова Харківської ОВА Олег Синєгубов зустрівся з волонтерами

Голова Харківської ОВА Олег Синєгубов 12 вересня зустрівся з волонтерами, які допомагають \
евакуйованим мешканцям області.

«Мы будем и дальше помогать каждому, кто вынужден был покинуть свой дом», – сказал \
волонтер Андрей Мельник.
"""


def people(item):
    return {p.name: p for p in item.participants if p.kind.value == "person"}


def quotes(item):
    result = []
    for quote in item.quotes:
        speaker = None if quote.speaker is None else item.participant(quote.speaker).name
        result.append((quote.kind, quote.cue, speaker, quote.text.split()[0]))
    return result


# --------------------------------------------------------------------------- language plumbing


def test_the_language_choice_is_scoped_and_ukrainian_by_default():
    assert current_language() == "uk"
    with using_language("ru") as language:
        assert language == "ru"
        assert pick("uk", "ru") == "ru"
        with using_language("und"):
            assert current_language() == "uk"
        assert current_language() == "ru"
    assert current_language() == "uk"
    with using_language("en"):
        assert pick("uk", "ru") == "uk"


def test_other_languages_of_an_item_come_along():
    with using_language("uk", "ru", "en", "uk"):
        assert item_languages() == ("uk", "ru")
        assert current_language() == "uk"


def test_language_cache_keeps_one_answer_per_language():
    calls = []

    @language_cache()
    def which(word):
        calls.append(word)
        return pick("uk", "ru") + word

    assert which("x") == "ukx"
    with using_language("ru"):
        assert which("x") == "rux"
        assert which("x") == "rux"
    assert which("x") == "ukx"
    assert calls == ["x", "x"]


def test_russian_words_get_the_russian_dictionary():
    with using_language("ru"):
        (first, *_) = parse_word("сказала")
        assert first.normal_form == "сказать"
    # Ukrainian stays the default; the Russian reading of ``сказала`` is not known there.
    assert all(parse.normal_form != "сказать" for parse in parse_word("сказала"))


def test_a_word_with_russian_letters_is_read_as_russian_in_a_ukrainian_item():
    assert any(parse.normal_form == "объявить" for parse in parse_word("объявил"))


def test_ukrainian_runs_never_load_the_russian_dictionary():
    script = textwrap.dedent(
        """
        import sys
        import uanews
        uanews.parse("Мер Харкова Ігор Терехов зустрівся з послом.\\n\\n"
                     "Про це повідомила пресслужба міської ради.\\n")
        print("pymorphy3_dicts_ru" in sys.modules)
        """
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_language_check_words_prove_russian_without_marker_letters():
    # No ы, э, ё, ъ: the function words ``что``, ``его``, ``уже`` decide it.
    assert proven_language("Мэр сказал, что его команда уже готова к зиме") == "ru"
    assert proven_language("Мер сказав, що його команда вже готова до зими") == "uk"
    assert proven_language("Москва") is None
    assert detect_language(MAYOR) == "ru"


# --------------------------------------------------------------------------- morphology


@pytest.mark.parametrize(
    ("phrase", "case", "nominative"),
    [
        ("городского головы Харькова", "gent", "городской голова Харькова"),
        ("мэра Одессы", "gent", "мэр Одессы"),
        ("Министерства обороны Украины", "gent", "Министерство обороны Украины"),
        ("Одесском городском совете", "loct", "Одесский городской совет"),
        # The dictionary reads Лозовском only as a surname, Купянском only as the town.
        ("Лозовском районе", "loct", "Лозовский район"),
        ("Купянском районе", "loct", "Купянский район"),
        ("Купянской общине", "loct", "Купянская община"),
        ("Краматорского района", "gent", "Краматорский район"),
    ],
)
def test_russian_phrases_in_the_nominative(phrase, case, nominative):
    with using_language("ru"):
        assert to_nominative(phrase, case=case) == nominative


@pytest.mark.parametrize(
    ("phrase", "case", "nominative"),
    [
        ("Лозівському районі", "loct", "Лозівський район"),
        ("Купʼянської громади", "gent", "Купʼянська громада"),
    ],
)
def test_the_same_ukrainian_phrases_still_agree(phrase, case, nominative):
    with using_language("uk"):
        assert to_nominative(phrase, case=case) == nominative


def test_a_reading_after_an_unknown_prefix_is_no_nominative():
    # pymorphy3 reads Ирпене as ир- + пене (of пена): a guess, not the town Ирпень.
    with using_language("ru"):
        assert nominative_or_none("Ирпене", case="loct") is None


def test_names_in_the_nominative_by_russian_morphology():
    item = uanews.parse(
        "Встреча в мэрии\n\nГородской голова встретился с представителями бизнеса. "
        "Мэр поблагодарил Наталью Бондаренко и Геннадия Труханова за помощь городу.\n"
    )
    assert {"Наталья Бондаренко", "Геннадий Труханов"} <= set(people(item))


def test_the_dictionary_e_with_dots_follows_the_text():
    item = uanews.parse(GRANTS)
    # The dictionary writes ``Пётр``; the text writes ``Петр``.
    assert "Петр Осипенко" in people(item)


# --------------------------------------------------------------------------- quotes, speakers


@pytest.mark.parametrize(
    "form",
    [
        "сказал",
        "сказала",
        "сообщила",
        "сообщили",
        "заявили",
        "заявляет",
        "подчеркнул",
        "написал",
        "отметила",
        "сообщается",
        "говорится",
        "сказано",
        "рассказал",
        "уточнили",
    ],
)
def test_russian_speech_verbs_in_every_person_gender_and_tense(form):
    with using_language("ru"):
        assert is_speech_form(form)


@pytest.mark.parametrize("form", ["сказал", "сообщила", "подчеркнул", "говорится"])
def test_russian_only_forms_are_no_ukrainian_cues(form):
    assert not is_speech_form(form)


def test_gerunds_and_first_person_are_no_cues():
    with using_language("ru"):
        assert not is_speech_form("сказав")
        assert not is_speech_form("скажу")
        assert not is_speech_form("сообщивший")


def test_direct_and_source_quotes_with_speakers():
    item = uanews.parse(MAYOR)
    # ``Об этом сообщила пресс-служба``, like ``Про це повідомила пресслужба``, names who
    # reported the narration before it: an attribution, not a quote.
    assert quotes(item) == [
        (QuoteKind.DIRECT, "сказал", "Геннадий Труханов", "Мы"),
        # ``городской голова`` is the mayor's formal title: the same person.
        (QuoteKind.INDIRECT, "По словам", "Геннадий Труханов", "стороны"),
    ]


def test_as_cue_and_role_synonym():
    item = uanews.parse(SCHOOLS)
    assert quotes(item) == [
        (QuoteKind.DIRECT, "отметил", "Игорь Колесник", "Мы"),
        (QuoteKind.INDIRECT, "По словам", "Игорь Колесник", "первые"),
        (QuoteKind.INDIRECT, "подчеркнула", "Наталья Бондаренко", "занятия"),
    ]


def test_wrote_in_telegram_that():
    item = uanews.parse(MINISTER)
    assert quotes(item) == [
        (QuoteKind.INDIRECT, "написал", "Сергей Лысак", "к"),
        (QuoteKind.DIRECT, "заявил", "Виктор Ляшко", "Каждый"),
    ]


def test_that_clause_and_dash_line_with_a_pronoun():
    item = uanews.parse(GRANTS)
    assert quotes(item) == [
        (QuoteKind.INDIRECT, "рассказал", "Петр Осипенко", "заявки"),
        (QuoteKind.DIRECT, "сказал", "Петр Осипенко", "Мы"),
    ]


def test_speech_verb_after_a_negation_is_no_report():
    item = uanews.parse(
        "Заголовок\n\nВ горсовете не сообщили, что именно обсуждали на закрытом заседании.\n"
    )
    assert item.quotes == ()


# --------------------------------------------------------------------------- participants


def test_role_and_full_name_in_the_nominative_at_the_start_of_a_sentence():
    item = uanews.parse(MAYOR)
    mayor = people(item)["Геннадий Труханов"]
    assert mayor.role == "мэр Одессы"
    assert all(mention.text == "Геннадий Труханов" for mention in mayor.mentions)


def test_roles_of_russian_officials():
    roles = {name: p.role for name, p in people(uanews.parse(SCHOOLS)).items()}
    assert roles == {
        "Игорь Колесник": "городской голова Харькова",
        "Наталья Бондаренко": "директор департамента образования",
    }
    roles = {name: p.role for name, p in people(uanews.parse(MINISTER)).items()}
    assert roles == {
        "Виктор Ляшко": "министр здравоохранения Украины",
        "Сергей Лысак": "глава Днепропетровской ОВА",
    }


def test_russian_organisations():
    names = {p.name for p in uanews.parse(MAYOR).participants if p.kind.value == "organization"}
    assert "Одесский городской совет" in names
    names = {p.name for p in uanews.parse(SCHOOLS).participants if p.kind.value != "person"}
    assert "Европейский инвестиционный банк" in names


# --------------------------------------------------------------------------- events


def events(item):
    return [(event.kind, event.date, event.place) for event in item.events]


def test_meeting_with_date():
    item = uanews.parse(MAYOR)
    (meeting,) = item.events
    assert meeting.kind is EventKind.MEETING
    assert meeting.date == PartialDate(month=9, day=12)
    assert item.participant(meeting.participants[0]).name == "Геннадий Труханов"
    # ``Послом Литвы в Украине``: the post's country, not where the meeting was; with no
    # other place named, the city of the mayor who met is (``Мэр Одессы``).
    assert meeting.places == ("Одесса",)


def test_held_a_meeting():
    (meeting,) = uanews.parse(SCHOOLS).events
    assert meeting.kind is EventKind.MEETING
    assert meeting.date == PartialDate(month=9, day=15)


def test_visit_and_signed_memorandum():
    kinds = [event.kind for event in uanews.parse(MINISTER).events]
    assert kinds == [EventKind.VISIT, EventKind.AGREEMENT]


def test_presentation_place_and_announcement_date():
    assert events(uanews.parse(GRANTS)) == [
        (EventKind.PRESENTATION, None, "Одесса"),
        (EventKind.ANNOUNCEMENT, PartialDate(2025, 9, 3), None),
    ]


def test_visit_destination_in_the_accusative():
    item = uanews.parse(
        "Визит премьера\n\nПремьер-министр Украины Денис Шмыгаль прибыл в Чернигов "
        "с рабочим визитом.\n"
    )
    assert events(item) == [(EventKind.VISIT, None, "Чернигов")]


def test_a_game_is_no_meeting():
    item = uanews.parse(
        "Спорт\n\nВ финале турнира «Шахтер» встретился с «Динамо» и победил со счетом 2:1.\n"
    )
    assert item.events == ()


# --------------------------------------------------------------------------- dates


REFERENCE = dt.date(2025, 9, 13)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12 сентября 2025 года", PartialDate(2025, 9, 12)),
        ("1 января", PartialDate(month=1, day=1)),
        ("в феврале 2024 г.", PartialDate(2024, 2)),
        ("в конце октября", PartialDate(month=10)),
        ("к маю", None),
        ("вчера", PartialDate(2025, 9, 12)),
        ("позавчера", PartialDate(2025, 9, 11)),
        ("сегодня", PartialDate(2025, 9, 13)),
        ("в прошлом году", PartialDate(2024)),
        ("в сентябре этого года", PartialDate(2025, 9)),
        ("два года назад", PartialDate(2023)),
        ("месяц назад", PartialDate(2025, 8)),
        ("в 1990-е годы", PartialDate(1990)),
        ("XXI века", PartialDate(2001)),
    ],
)
def test_russian_dates(text, date):
    found = find_dates(f"Это произошло {text}.", reference=REFERENCE)
    if date is None:
        assert all(mention.date is None for mention in found) or not found
    else:
        assert [mention.date for mention in found] == [date]


@pytest.mark.parametrize(
    "form",
    ["декабрь", "декабря", "декабрю", "декабрем", "декабрём", "декабре"],
)
def test_month_names_in_every_case(form):
    assert find_dates(f"в {form} 2024 года")[0].date == PartialDate(2024, 12)


def test_day_range():
    (mention,) = find_dates("с 1 по 3 октября")
    assert (mention.date, mention.end_date) == (
        PartialDate(month=10, day=1),
        PartialDate(month=10, day=3),
    )


def test_ukrainian_dates_are_unchanged():
    (mention,) = find_dates("21 вересня 2021 року")
    assert mention.date == PartialDate(2021, 9, 21)


# --------------------------------------------------------------------------- mixed items


def test_a_russian_quote_in_a_ukrainian_paragraph_setting():
    item = uanews.parse(MIXED)
    names = people(item)
    assert names["Олег Синєгубов"].role == "голова Харківської ОВА"
    (quote,) = item.quotes
    assert (quote.kind, quote.cue) == (QuoteKind.DIRECT, "сказал")
    assert item.participant(quote.speaker).name == "Андрей Мельник"
    assert quote.language == "ru"


ATTACK = """\
Оккупанты обстреляли Херсон

Вечером 20 сентября российские войска обстреляли Херсон из артиллерии. В результате удара \
погибли двое мирных жителей, еще пятеро получили ранения, сообщил глава Херсонской ОВА \
Александр Прокудин.

В Днепре утром вспыхнул пожар на складе. Спасатели ликвидировали возгорание за час.
"""


def test_attack_with_place_and_casualty_counts_in_words():
    # The fire after the strike is dropped, as in the same report in Ukrainian.
    (attack,) = uanews.parse(ATTACK).events
    assert (attack.kind, attack.place, attack.date) == (
        EventKind.ATTACK,
        "Херсон",
        PartialDate(month=9, day=20),
    )
    assert (attack.killed, attack.injured) == (2, 5)


def test_road_accident_is_an_incident():
    item = uanews.parse(
        "ДТП под Киевом\n\nНа трассе Киев – Чоп утром произошло ДТП: столкнулись грузовик "
        "и легковой автомобиль. Пострадали три человека.\n"
    )
    (accident,) = item.events
    assert accident.kind is EventKind.INCIDENT
    assert accident.injured == 3


def test_a_one_sentence_russian_item_without_russian_letters_is_russian():
    # No ы э ё and no Russian-only function word: langdetect alone calls such text Bulgarian.
    item = uanews.parse(
        "Совещание руководителей общин\n\nСовещание руководителей общин запланировано "
        "на 9 марта в Харькове.\n"
    )
    assert item.language == "ru"


def test_a_strike_on_a_district_named_by_its_adjective():
    item = uanews.parse(
        "Обстрел Купянского района\n\nВ Купянском районе Харьковской области в результате "
        "обстрела 8 июля ранены трое мирных жителей, сообщили в ОВА.\n"
    )
    (attack,) = item.events
    assert (attack.kind, attack.place, attack.injured) == (
        EventKind.ATTACK,
        "Купянский район",
        3,
    )


def test_no_place_made_up_from_a_prefix_guess():
    item = uanews.parse(
        "Пожар в Ирпене\n\nВ Ирпене 5 мая загорелся склад. Пострадали двое работников.\n"
    )
    (fire,) = item.events
    assert fire.place != "Ирпена"


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("Медики госпитализировали семерых, сообщил глава ОВА.", 7),
        ("Пострадали тринадцать человек, их доставили в больницу.", 13),
        ("Ранения получили сорок два человека.", 42),
    ],
)
def test_casualty_counts_in_words_up_to_a_hundred(sentence, injured):
    item = uanews.parse(
        "Атака на Сумы\n\nНочью 7 апреля российские войска атаковали Сумы ударными дронами. "
        f"{sentence}\n"
    )
    (attack,) = item.events
    assert attack.injured == injured


def test_an_outlet_in_marks_before_a_citation_speaks():
    item = uanews.parse(
        "Взрыв в Одессе\n\nВ Одессе утром прогремел взрыв, сообщает «Думская» со ссылкой на "
        "местных жителей. Пострадавших нет.\n"
    )
    assert ("Думская", "organization") in [(p.name, p.kind.value) for p in item.participants]


def test_a_night_dated_by_the_day_it_ends_on():
    item = uanews.parse(
        "Атака на Одессу\n\nВ ночь на 5 марта российские войска атаковали Одессу ударными "
        "дронами. Пострадали двое мужчин, сообщил глава ОВА Олег Кипер.\n"
    )
    (attack,) = item.events
    assert attack.date == PartialDate(month=3, day=5)


def test_victims_of_two_settlements_add_up():
    item = uanews.parse(
        "Обстрел Харьковщины\n\nУтром 3 мая оккупанты обстреляли Харьковщину. В поселке "
        "Печенеги ранена женщина, в селе Петровка пострадал мужчина.\n"
    )
    (attack,) = item.events
    assert attack.injured == 2


def test_a_pronoun_subject_stands_for_the_person_named_before():
    item = uanews.parse(
        "Министр в Харькове\n\nМинистр здравоохранения Виктор Ляшко рассказал журналистам о "
        "реформе. После этого он посетил областную клиническую больницу в Харькове.\n"
    )
    (visit,) = item.events
    assert visit.kind is EventKind.VISIT
    assert [item.participant(p).name for p in visit.participants] == ["Виктор Ляшко"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Утром 3 мая под удар попал Изюм.", ("Изюм",)),
        ("Утром 3 мая под обстрел попали Купянск и Изюм.", ("Купянск", "Изюм")),
        ("Днем 9 мая обстрелу подверглась Марганецкая община.", ("Марганецкая община",)),
    ],
)
def test_places_struck_named_as_the_subject(sentence, places):
    item = uanews.parse(f"Новости\n\n{sentence} Пострадали двое мужчин.\n")
    (attack,) = item.events
    assert (attack.kind, attack.places) == (EventKind.ATTACK, places)
