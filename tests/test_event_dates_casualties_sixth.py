"""Event dates and casualty counts on unseen text, sixth pass (issue 15), Ukrainian and Russian.

Dates: a date that qualifies a noun (a year of birth or of building, a century after a noun, a
year under a passive participle) is not the event's; a start date told in the present is when
a change takes effect, not when it was announced; ``Наступного дня`` / ``На следующий день``
count from the day stated before; a lede with no date leaves it to the headline. Casualties:
burns and carbon monoxide poisoning injure; person nouns no list holds count when they are
the object of a casualty word or joined to a victim; a count of things counts nobody; ``Ніхто
не травмувався`` is nobody killed either; a denied victims verb after a plural of people.

Every text here was written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from event_support import only_event
from uanews.model import EventKind, PartialDate
from uanews.parser.events.casualties import casualties
from uanews.parser.events.dates import day_after, find_dates, of_a_noun, starts_later
from uanews.parser.language import using_language


def _mention(text: str, words: str) -> tuple[str, object]:
    """Return ``text`` and its date mention that starts with ``words``."""
    start = text.index(words)
    found = next(mention for mention in find_dates(text) if mention.start == start)
    return text, found


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("uk", "Загинув чоловік 1971 року народження.", "1971"),
        ("uk", "У будинку 1959 року побудови обвалився дах.", "1959"),
        ("ru", "Погибла женщина 1948 года рождения.", "1948"),
        ("ru", "В доме 1966 года постройки обрушилась лестница.", "1966"),
        ("uk", "Відкрили садибу XVIII століття після ремонту.", "XVIII"),
        ("ru", "Открыли музей в особняке XIX века.", "XIX"),
        ("uk", "Запрацював музей у будівлі кінця XIX століття.", "XIX"),
        ("uk", "Відкрили ліцей, пошкоджений влітку 2023 року.", "влітку"),
        ("ru", "Открыли мост, разрушенный весной 2022 года.", "весной"),
        ("ru", "Возобновил работу завод, построенный в 1978 году.", "1978"),
    ],
)
def test_a_date_of_a_noun_is_not_the_events(language: str, text: str, words: str) -> None:
    with using_language(language):
        sentence, mention = _mention(text, words)
        assert of_a_noun(sentence, mention)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("uk", "У XIX столітті тут стояв млин.", "XIX"),
        ("ru", "В начале XX века здесь построили вокзал.", "XX"),
        ("uk", "Міст відкрили у 2024 році.", "2024"),
        ("ru", "Пострадавший дом восстановили в 2023 году.", "2023"),
    ],
)
def test_a_date_of_the_clause_stays(language: str, text: str, words: str) -> None:
    with using_language(language):
        sentence, mention = _mention(text, words)
        assert not of_a_noun(sentence, mention)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "later"),
    [
        ("uk", "Перевізник з 9 січня запускає новий автобусний рейс до Чернівців.", True),
        ("uk", "З 1 квітня в місті подорожчає проїзд.", True),
        ("ru", "С 15 февраля в области вводится новый график отключений.", True),
        ("ru", "Компания с 3 марта назначает дополнительный поезд.", True),
        ("uk", "З 1 березня набрав чинності новий порядок.", False),
        ("ru", "С 20 января в городе ввели комендантский час.", False),
    ],
)
def test_a_start_date_in_the_present_starts_later(language: str, text: str, *, later: bool) -> None:
    with using_language(language):
        mention = find_dates(text)[0]
        assert starts_later(text, mention) is later


def test_an_announcement_of_a_start_date_is_dated_when_announced() -> None:
    item = uanews.parse(
        "Перевізник запускає рейс до Чернівців\n\n"
        "ТОВ «Буковина-Тур» з 9 січня призначає новий щоденний автобусний рейс Київ – Чернівці."
        " Про це перевізник повідомив 17 грудня."
    )
    event = only_event(item, EventKind.ANNOUNCEMENT)
    assert event.date == PartialDate(None, 12, 17)


def test_russian_opening_in_a_building_of_a_century_has_no_date() -> None:
    item = uanews.parse(
        "В Остроге открыли музей книги\n\n"
        "В Остроге Ровенской области после ремонта открыли музей книги, который размещается в"
        " особняке XVIII века.\n\nНа открытие пришли жители города."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event.date is None


def test_ukrainian_opening_of_a_bridge_destroyed_years_before_has_no_date() -> None:
    item = uanews.parse(
        "На Сумщині відкрили відновлений міст\n\n"
        "Біля села Кленове Сумського району після ремонту відкрили рух мостом через Псел,"
        " підірваним восени 2022 року.\n\nМіст відновили за кошти донорів."
    )
    event = only_event(item, EventKind.PRESENTATION)
    assert event.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 квітня делегація прибула до Рівного. Наступного дня сторони підписали угоду.", (4, 4)),
        ("3 апреля делегация прибыла в Ровно. На следующий день подписали договор.", (4, 4)),
        ("30 квітня делегація прибула. Наступного дня підписали угоду.", (5, 1)),
        ("12 мая прибыли гости. В тот же день они подписали меморандум.", (5, 12)),
    ],
)
def test_a_next_day_word_counts_from_the_day_stated_before(
    text: str, expected: tuple[int, int]
) -> None:
    start = text.index(". ") + 2
    assert day_after(text, start, len(text)) == PartialDate(None, *expected)


def test_a_next_day_word_with_no_day_before_names_none() -> None:
    text = "Делегація прибула до Рівного. Наступного дня сторони підписали угоду."
    assert day_after(text, text.index("Наступного"), len(text)) is None


def test_the_day_after_28_february_without_a_year_is_not_guessed() -> None:
    text = "28 лютого прибули гості. Наступного дня підписали угоду."
    assert day_after(text, text.index("Наступного"), len(text)) is None


def test_a_signing_on_the_next_day_of_a_visit_is_dated() -> None:
    item = uanews.parse(
        "Делегація Кошалина побувала в Рівному\n\n"
        "14 березня до Рівного прибула делегація польського міста Кошалін.\n\n"
        "Наступного дня міський голова Рівного Петро Ярема і віцемер Кошалина Анджей Вуйчик"
        " підписали угоду про партнерство."
    )
    event = only_event(item, EventKind.AGREEMENT)
    assert event.date == PartialDate(None, 3, 15)


def test_russian_fire_dated_only_in_its_headline_with_poisoned_victims() -> None:
    item = uanews.parse(
        "5 марта в Житомире горела девятиэтажка: погибла пенсионерка\n\n"
        "В Житомире на улице Лесной загорелась квартира на пятом этаже.\n\n"
        "Погибла женщина 1939 года рождения, трое соседей отравились угарным газом."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.date == PartialDate(None, 3, 5)
    assert (event.killed, event.injured) == (1, 3)


def test_ukrainian_fire_with_a_burnt_firefighter_is_one_injured() -> None:
    item = uanews.parse(
        "На Волині горів склад\n\n"
        "У середу, 11 лютого, на складі будматеріалів у селі Зміїнець під Луцьком спалахнула"
        " пожежа.\n\n"
        "Під час гасіння один пожежник отримав опіки обличчя, його доправили до лікарні."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.injured == 1


@pytest.mark.parametrize(
    ("language", "sentence", "injured"),
    [
        ("uk", "Поранено вчительку та охоронця школи.", 2),
        ("uk", "Травмовано літню прибиральницю і двірника.", 2),
        ("ru", "Ранены учительница и охранник школы.", 2),
        ("ru", "Травмированы пожилая уборщица и дворник.", 2),
        ("uk", "Внаслідок атаки ворога поранено жінку.", 1),
        ("ru", "В результате атаки врага ранена женщина.", 1),
        ("uk", "З опіками госпіталізували двох пожежників.", 2),
        ("ru", "С ожогами госпитализировали троих жильцов.", 3),
        ("uk", "Четверо людей отруїлися чадним газом.", 4),
    ],
)
def test_person_nouns_burns_and_poisoning_count_the_injured(
    language: str, sentence: str, injured: int
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, injured)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("uk", "Внаслідок обстрілу постраждали чотири громади району."),
        ("uk", "Постраждали 17 приватних будинків і дві школи."),
        ("ru", "Пострадали три громады района."),
        ("ru", "Пострадали 14 частных домов."),
    ],
)
def test_a_count_of_things_counts_no_victims(language: str, sentence: str) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, None)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("uk", "Ніхто не травмувався, але мешканців евакуювали."),
        ("ru", "Никто не был ранен."),
        ("ru", "Беспилотник попал в гараж, жильцы соседнего дома не пострадали."),
        ("uk", "Дрон влучив у гараж, власники будинку не постраждали."),
    ],
)
def test_nobody_hurt_is_nobody_killed(language: str, sentence: str) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (0, 0)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("uk", "Поранених немає."), ("ru", "Раненых нет.")],
)
def test_no_wounded_denies_only_the_wounded(language: str, sentence: str) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == (None, 0)


def test_ukrainian_decision_dated_in_the_sentence_after_it() -> None:
    item = uanews.parse(
        "Суд зобов'язав орендаря повернути місту ділянку\n\n"
        "Господарський суд Житомирської області задовольнив позов міської ради та зобов'язав"
        " ТОВ «Гадяч-Агро» повернути громаді ділянку площею 2 га. Рішення ухвалено 9 березня,"
        " його ще можна оскаржити."
    )
    event = only_event(item, EventKind.ANNOUNCEMENT)
    assert event.date == PartialDate(None, 3, 9)


def test_russian_decision_dated_by_the_ruling_cited_after_it() -> None:
    item = uanews.parse(
        "Суд обязал перевозчика вернуть деньги\n\n"
        "Хозяйственный суд Ровенской области в среду удовлетворил требования горсовета к ООО"
        " «Гадяч-Авто». Согласно решению от 14 октября, компания должна вернуть в бюджет"
        " 800 тысяч гривен."
    )
    event = only_event(item, EventKind.ANNOUNCEMENT)
    assert event.date == PartialDate(None, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Університети підписали меморандум онлайн\n\n"
            "Житомирська політехніка та Технічний університет у Брно (Чехія) підписали меморандум"
            " про співпрацю. Церемонія відбулася у режимі відеоконференції у четвер, 6 березня."
        ),
        (
            "Университеты подписали меморандум онлайн\n\n"
            "Житомирская политехника и Технический университет в Брно (Чехия) подписали меморандум"
            " о партнерстве. Церемония состоялась по видеосвязи в четверг, 6 марта."
        ),
    ],
)
def test_a_ceremony_sentence_dates_the_signing_it_tells_of(text: str) -> None:
    event = only_event(uanews.parse(text), EventKind.AGREEMENT)
    assert event.date == PartialDate(None, 3, 6)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("uk", "«Обидва поранені перебувають у лікарні», – сказав лікар.", (None, 2)),
        ("uk", "Обидва склади постраждали від вогню.", (None, None)),
        ("ru", "Оба склада пострадали от огня.", (None, None)),
        (
            "uk",
            (
                "Ще трьох людей, серед яких і дитину, медики доставили до обласної лікарні імені"
                " О. О. Богомольця."
            ),
            (None, 3),
        ),
        ("ru", "Четверых пассажиров доставили в городскую больницу.", (None, 4)),
        ("ru", "Генераторы доставили в больницу утром.", (None, None)),
        ("ru", "Еще двое горожан ранены, их доставили в городскую больницу.", (None, 2)),
        ("uk", "Ще двоє містян поранені, їх доправили до лікарні.", (None, 2)),
        ("uk", "Власника будинку, 58-річного чоловіка, з опіками госпіталізували.", (None, 1)),
        (
            "ru",
            "«Погибла женщина 52 лет. Еще четверо соседей получили травмы», — написал мэр.",
            (1, 4),
        ),
    ],
)
def test_counts_of_both_hospital_and_quoted_sentences(
    language: str, sentence: str, expected: tuple[int | None, int | None]
) -> None:
    with using_language(language):
        assert casualties(sentence, 0, len(sentence)) == expected


def test_a_headline_year_alone_does_not_date_the_lede_event() -> None:
    item = uanews.parse(
        "Третя пожежа 2025 року: у Черкасах горів склад\n\n"
        "У Черкасах на вулиці Смілянській загорівся склад побутової хімії."
    )
    event = only_event(item, EventKind.INCIDENT)
    assert event.date is None
