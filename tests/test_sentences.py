"""The document's sentence splitter: stops end sentences, abbreviations by class do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uanews.model import NewsItem, Paragraph
from uanews.parser import lexicon_sentences as lexicon
from uanews.parser.document import item_sentences, paragraph_sentences
from uanews.parser.events.sentences import sentences as event_sentences
from uanews.parser.extract import annotate
from uanews.parser.language import using_language, using_regions
from uanews.parser.quotes import extract_quotes
from uanews.parser.sentences import sentence_end, split


def cut(text: str, language: str = "uk") -> list[str]:
    return [text[span.start : span.end] for span in split(text, 0, len(text), language)]


# --- Ukrainian: abbreviations that bind to the next word ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Мер м. Києва відвідав ліцей. Потім він поїхав на завод.",
        "Завод ім. С. П. Корольова отримав замовлення. Потім прийшли інвестори.",
        "Пожежа сталася на вул. Франка. Потім вогонь перекинувся далі.",
        "Делегація з с. Велика Димерка прибула. Потім почалася нарада.",
        "Згідно з п. 3 постанови усе змінилося. Потім ухвалили ще одну.",
        "Склад біля ст. Фастів згорів. Потім пожежу загасили.",
        "Лекцію прочитав проф. Іваненко. Потім студенти ставили питання.",
    ],
)
def test_a_binding_abbreviation_never_ends_a_sentence(text: str) -> None:
    first, second = text.split(". Потім")
    assert cut(text) == [first + ".", "Потім" + second]


def test_initials_bind_with_or_without_a_space() -> None:
    text = "Заяву зробила Ю.Тимошенко. Її підтримав О. В. Кучер. Далі говорили інші."
    assert cut(text) == [
        "Заяву зробила Ю.Тимошенко.",
        "Її підтримав О. В. Кучер.",
        "Далі говорили інші.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("До Варшави прилетів держсекретар США Дж. Блінкен. Далі була нарада.", "uk"),
        ("В Варшаву прилетел госсекретарь США Дж. Блинкен. Далее было совещание.", "ru"),
    ],
)
def test_a_two_letter_initial_binds(text: str, language: str) -> None:
    first, second = text.split(". Дал")
    assert cut(text, language) == [first + ".", "Дал" + second]


def test_a_river_is_not_a_year_without_a_number() -> None:
    text = "Рятувальники на р. Десна знайшли човен. Власника шукають."
    assert cut(text) == ["Рятувальники на р. Десна знайшли човен.", "Власника шукають."]


# --- Ukrainian: abbreviations that close a number or a phrase ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Збитки оцінили у 150 тис. Поліція відкрила провадження.",
            ["Збитки оцінили у 150 тис.", "Поліція відкрила провадження."],
        ),
        (
            "Шкода склала 40 тис. грн. Слідчі встановлюють винних.",
            ["Шкода склала 40 тис. грн.", "Слідчі встановлюють винних."],
        ),
        (
            "Громада отримала 12 млн. Кошти підуть на дороги.",
            ["Громада отримала 12 млн.", "Кошти підуть на дороги."],
        ),
        (
            "Бюджет програми 2 млрд. Уряд обіцяє більше.",
            ["Бюджет програми 2 млрд.", "Уряд обіцяє більше."],
        ),
        (
            "Зарплата зросла до 500 дол. Вчителі задоволені.",
            ["Зарплата зросла до 500 дол.", "Вчителі задоволені."],
        ),
        (
            "Град пошкодив дахи в Полтавській обл. Рятувальники працюють.",
            ["Град пошкодив дахи в Полтавській обл.", "Рятувальники працюють."],
        ),
        (
            "Закупили крейду, зошити, фарби і т. д. Школи готові.",
            ["Закупили крейду, зошити, фарби і т. д.", "Школи готові."],
        ),
        (
            "Виступили мер, депутати та ін. Засідання тривало годину.",
            ["Виступили мер, депутати та ін.", "Засідання тривало годину."],
        ),
        (
            "Міст збудували у 1985 р. Тепер його ремонтують.",
            ["Міст збудували у 1985 р.", "Тепер його ремонтують."],
        ),
        (
            "Фортецю звели в XVII ст. Зараз там музей.",
            ["Фортецю звели в XVII ст.", "Зараз там музей."],
        ),
    ],
)
def test_a_closing_abbreviation_ends_a_sentence_before_a_capital(
    text: str, expected: list[str]
) -> None:
    assert cut(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ціни зросли на 20 тис. гривень за рік.",
        "Компанія заробила 3 млн. доларів минулого року.",
        "Штраф становить 850 грн. і сплачується одразу.",
        "Закон ухвалили у 2019 р. і відтоді не змінювали.",
        "Зарплата 15 тис. — це мало, кажуть вчителі.",
    ],
)
def test_a_closing_abbreviation_never_ends_a_sentence_before_a_lower_case_word(text: str) -> None:
    assert cut(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "У 2014 р. Росія окупувала Крим.",
        "З 1 січня 2024 р. Мінфін змінює правила.",
        "За 9 млн. Громада купила автобуси.",
    ],
)
def test_a_number_phrase_opening_a_sentence_binds_to_the_capital_after_it(text: str) -> None:
    assert cut(text) == [text]


# --- Russian -----------------------------------------------------------------------------


def test_russian_city_binds_and_year_ends() -> None:
    text = "Мэр г. Харькова подписал указ в 2023 г. Он вступит в силу завтра."
    assert cut(text, "ru") == [
        "Мэр г. Харькова подписал указ в 2023 г.",
        "Он вступит в силу завтра.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Пожар вспыхнул на ул. Садовой. Затем огонь перекинулся на склад.",
        "Школа им. Т. Г. Шевченко открылась. Затем прошла линейка.",
        "Поселок пгт Солнечный обесточен. Затем свет дали.",
        "Речь шла о новых налогах, т.е. Бюджет будет другим. Затем выступил министр.",
    ],
)
def test_russian_binding_abbreviations(text: str) -> None:
    first, second = text.rsplit(". Затем ", 1)
    assert cut(text, "ru") == [first + ".", "Затем " + second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ущерб составил 300 тыс. руб. Полиция ищет виновных.",
            ["Ущерб составил 300 тыс. руб.", "Полиция ищет виновных."],
        ),
        (
            "Купили столы, стулья и т.д. Ремонт завершен.",
            ["Купили столы, стулья и т.д.", "Ремонт завершен."],
        ),
        ("Штраф вырос до 500 руб. за нарушение.", ["Штраф вырос до 500 руб. за нарушение."]),
        ("В 2014 г. Россия аннексировала Крым.", ["В 2014 г. Россия аннексировала Крым."]),
    ],
)
def test_russian_closing_abbreviations(text: str, expected: list[str]) -> None:
    assert cut(text, "ru") == expected


def test_the_language_picks_the_abbreviations() -> None:
    text = "Мэр г. Харькова подписал указ."
    assert cut(text, "ru") == [text]
    assert cut(text, "uk") == ["Мэр г.", "Харькова подписал указ."]  # no ``г.`` in Ukrainian


# --- stops, quote marks, lines -----------------------------------------------------------


def test_other_stops_end_a_sentence_before_a_capital_a_digit_a_quote_or_a_dash() -> None:
    text = "Чому так? Ніхто не знає! 5 людей мовчать… «Ми чекаємо», кажуть вони. — Досить."
    assert cut(text) == [
        "Чому так?",
        "Ніхто не знає!",
        "5 людей мовчать…",
        "«Ми чекаємо», кажуть вони.",
        "— Досить.",
    ]


def test_a_stop_before_a_lower_case_word_ends_nothing() -> None:
    text = "Він вагався… але погодився. Зав. відділу теж."
    assert cut(text) == ["Він вагався… але погодився.", "Зав. відділу теж."]


def test_a_number_ends_a_sentence_but_a_list_number_does_not() -> None:
    assert cut("Кількість загиблих зросла до 12. Рятувальники працюють.") == [
        "Кількість загиблих зросла до 12.",
        "Рятувальники працюють.",
    ]
    assert cut("1. Відремонтувати дах школи.") == ["1. Відремонтувати дах школи."]


def test_quotation_marks_keep_their_stops_and_close_a_sentence() -> None:
    text = "Мер сказав: «Ми готові. Усі разом!» — і пішов. Потім почалася нарада."
    assert cut(text) == ["Мер сказав: «Ми готові. Усі разом!» — і пішов.", "Потім почалася нарада."]
    nested = "Він назвав „Нову пошту. Відділення“ партнером. Угоду підписали."
    assert cut(nested) == ["Він назвав „Нову пошту. Відділення“ партнером.", "Угоду підписали."]


def test_a_quotation_never_closed_protects_nothing() -> None:
    text = "Мер сказав: «Ми готові. Усі разом."
    assert cut(text) == ["Мер сказав: «Ми готові.", "Усі разом."]


def test_a_line_break_always_ends_a_sentence() -> None:
    assert cut("Голова ОДА м.\nКиїв") == ["Голова ОДА м.", "Київ"]


def test_the_clause_end_is_a_sentence_end() -> None:
    text = "сказав директор ТОВ «Зерно» О. Петренко 5 тис. разів. Далі"
    with using_language("uk"):
        assert (
            text[: sentence_end(text, 0, len(text))]
            == "сказав директор ТОВ «Зерно» О. Петренко 5 тис. разів"
        )


# --- the item's sentences ----------------------------------------------------------------


def _item() -> NewsItem:
    return NewsItem(
        headline="Мер м. Полтави відкрив школу",
        paragraphs=(
            Paragraph(
                "У школі ім. І. Котляревського навчатимуться 600 дітей. "
                "Ремонт коштував 40 млн. грн."
            ),
            Paragraph("Мэр г. Полтавы поблагодарил строителей. Они работали год."),
            Paragraph("Ми раді. Діти теж.", caption="Директорка школи"),
        ),
    )


def test_an_item_is_cut_once_per_block_in_each_block_language() -> None:
    item = _item()
    spans = item.paragraph_spans()
    with using_language("uk", "ru"), using_regions(((spans[1].start, spans[1].end, "ru"),)):
        cut_item = item_sentences(item)
        assert item_sentences(item) is cut_item  # cut once, then reused
        texts = [[item.text[s.start : s.end] for s in block] for block in cut_item]
        assert texts == [
            ["Мер м. Полтави відкрив школу"],
            [
                "У школі ім. І. Котляревського навчатимуться 600 дітей.",
                "Ремонт коштував 40 млн. грн.",
            ],
            ["Мэр г. Полтавы поблагодарил строителей.", "Они работали год."],
            ["Ми раді.", "Діти теж."],
        ]
        assert paragraph_sentences(item) == cut_item[1:]
        # The events read the same sentences, the captioned (spoken) paragraph left out.
        narration = [(s.start, s.end) for s in event_sentences(item)]
        assert narration == [(s.start, s.end) for block in cut_item[:3] for s in block]


def test_a_reported_clause_runs_over_a_currency_to_the_sentence_end() -> None:
    item = NewsItem(
        paragraphs=(
            Paragraph("Директор заявив, що ремонт коштував 150 тис. грн. Роботи тривали місяць."),
        )
    )
    with using_language("uk"):
        (quote,) = extract_quotes(item)
    assert quote.text == "ремонт коштував 150 тис. грн"


# --- properties --------------------------------------------------------------------------

_ABBREVIATIONS = sorted(
    {
        word
        for table in (lexicon.BINDING, lexicon.CLOSING, lexicon.NUMBER_BOUND)
        for words in table.values()
        for word in words
    }
)
_WORDS = st.one_of(
    st.sampled_from(
        ["Рада", "Київ", "ухвалила", "закон", "2021", "5", "XX", "С.", "—", "«Так.", "ні»", "\n"]
    ),
    st.sampled_from(_ABBREVIATIONS).map(lambda word: word + "."),
    st.text(alphabet='абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВКМПРСТ.,!?…«»„“"-() \n', max_size=8),
)
_TEXTS = st.lists(
    st.tuples(_WORDS, st.sampled_from([" ", "  ", ". ", "! ", "… ", "\u00a0"])), max_size=40
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@given(_TEXTS, st.sampled_from(["uk", "ru"]), st.integers(0, 5))
def test_sentences_tile_the_block(text: str, language: str, margin: int) -> None:
    text = "x" * margin + text + "x" * margin  # the block sits inside a larger text
    start, end = margin, len(text) - margin
    found = split(text, start, end, language)
    rebuilt, at = [], start
    for span in found:
        assert start <= at <= span.start < span.end <= end
        gap = text[at : span.start]
        assert not gap.strip()  # only white space between sentences
        sentence = text[span.start : span.end]
        assert sentence == sentence.strip()
        rebuilt += [gap, sentence]
        at = span.end
    assert not text[at:end].strip()
    assert "".join(rebuilt) + text[at:end] == text[start:end]


@given(
    st.lists(st.sampled_from(["Мер", "міста", "заявив", "у", "2021", "150"]), max_size=6),
    st.sampled_from(_ABBREVIATIONS),
    st.sampled_from(["гривень", "києва", "тому", "і", "жителів"]),
    st.sampled_from(["uk", "ru"]),
)
def test_no_sentence_ends_at_an_abbreviation_before_a_lower_case_word(
    before: list[str], abbreviation: str, after: str, language: str
) -> None:
    head = " ".join([*before, abbreviation]) + "."
    text = f"{head} {after} далі."
    assert [text[s.start : s.end] for s in split(text, 0, len(text), language)] == [text]


@given(
    st.sampled_from(sorted(lexicon.BINDING["uk"])),
    st.sampled_from(["Києва", "Франка", "Шевченка", "3", "Іванівка"]),
)
def test_a_binding_abbreviation_binds_whatever_follows(abbreviation: str, after: str) -> None:
    text = f"Новина про {abbreviation}. {after} сьогодні."
    assert cut(text) == [text]


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_each_abbreviation_has_one_class(language: str) -> None:
    binding, closing = lexicon.BINDING[language], lexicon.CLOSING[language]
    number_bound = lexicon.NUMBER_BOUND[language]
    assert not binding & closing
    assert not binding & number_bound
    assert not closing & number_bound


@pytest.mark.parametrize("place", ["із м. Суми", "зі школи ім. Шевченка"])
def test_a_pronoun_speaker_is_the_subject_of_a_sentence_an_abbreviation_does_not_cut(
    place: str,
) -> None:
    text = (
        f"Ірина Савчук {place} привітала гостей, серед яких була Ольга Марченко. "
        "Вона наголосила, що виставка триватиме місяць."
    )
    item = annotate(NewsItem(headline="Виставка", paragraphs=(Paragraph(text),)))
    names = {participant.id: participant.name for participant in item.participants}
    assert [(quote.text, names.get(quote.speaker or "")) for quote in item.quotes] == [
        ("виставка триватиме місяць", "Ірина Савчук")
    ]
