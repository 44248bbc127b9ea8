"""Person names are found in any grammatical case and brought to the nominative."""

from __future__ import annotations

import pytest

from uanews.model import NewsItem, Paragraph
from uanews.parser.participants import extract_participants
from uanews.parser.participants.names import find_names, name_gender, restore_case, surname_forms


def names(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.name) for found in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вчора приїхав Олексій Кучер.", [("Олексій Кучер", "Олексій Кучер")]),
        ("Зустріч Олексія Кучера тривала годину.", [("Олексія Кучера", "Олексій Кучер")]),
        ("Подякували Олексієві Кучеру.", [("Олексієві Кучеру", "Олексій Кучер")]),
        ("Говорили з Галиною Литвинець.", [("Галиною Литвинець", "Галина Литвинець")]),
        ("Запросили Ірину Коваль.", [("Ірину Коваль", "Ірина Коваль")]),
    ],
)
def test_names_in_any_case_come_out_nominative(text, expected):
    assert names(text) == expected


def test_foreign_names_the_dictionary_does_not_know():
    found = names("Зустріч Олексія Кучера і Вальдемараса Сарапінаса пройшла онлайн.")
    assert found == [
        ("Олексія Кучера", "Олексій Кучер"),
        ("Вальдемараса Сарапінаса", "Вальдемарас Сарапінас"),
    ]


def test_a_misread_surname_after_a_first_name_is_still_a_surname():
    # The dictionary reads ``Колб`` as the genitive plural of ``колба``.
    assert names("Слово взяв Олександр Колб.") == [("Олександр Колб", "Олександр Колб")]


def test_upper_case_names_get_normal_case():
    assert names("ОЛЕКСАНДР ЛУЦИК") == [("ОЛЕКСАНДР ЛУЦИК", "Олександр Луцик")]


def test_name_with_patronymic():
    found = names("Лист підписав Петро Іванович Мельник.")
    assert found == [("Петро Іванович Мельник", "Петро Іванович Мельник")]


def test_initial_and_surname():
    assert names("Вірші написав Т. Шевченко.") == [("Т. Шевченко", "Т. Шевченко")]


def test_a_capital_at_sentence_start_is_not_a_name_by_itself():
    assert names("Шкода, що зустріч перенесли. Коваль працює.") == []


def test_a_word_that_can_only_be_a_name_counts_alone():
    assert names("Про це заявив Порошенко.") == [("Порошенко", "Порошенко")]


def test_a_quoted_title_is_not_a_person():
    assert names("Підприємство «Порошенко» працює.") == []


def test_apostrophes_of_any_form_are_understood():
    assert [name for _, name in names("Виступив Володимир Вʼятрович.")] == ["Володимир Вʼятрович"]


def test_restore_case_handles_hyphenated_names():
    assert restore_case("РАВІТИ-ГАВРОНСЬКИЙ") == "Равіти-Гавронський"


def test_surname_forms_cover_the_cases_of_a_mans_surname():
    assert {"кучера", "кучеру", "кучером", "кучерові"} <= surname_forms("Кучер")


def test_characters_the_dictionary_cannot_read_are_not_names():
    # pymorphy3 raises ValueError on letters without a Unicode name, such as U+17000.
    assert names("\U00017000 Олексій Кучер") == [("Олексій Кучер", "Олексій Кучер")]


def test_surname_forms_cover_a_family_named_in_the_plural():
    assert {"петренки", "петренків"} <= surname_forms("Петренко")
    assert {"аметови", "аметових"} <= surname_forms("Аметов")


def test_a_first_name_before_a_full_name_is_not_its_surname():
    found = names("Заступник мера Ромен Олег Мельничук відкрив ярмарок.")
    assert found == [("Олег Мельничук", "Олег Мельничук")]


def test_a_foreign_name_coordinated_with_a_known_person_is_found():
    found = names("Переговори Олега Бондаря та Іона Чобану тривали годину.")
    assert [text for text, _ in found] == ["Олега Бондаря", "Іона Чобану"]


def test_a_common_noun_phrase_after_a_conjunction_is_no_name():
    found = names("Угоду підписали з Олегом Бондарем та Новою Поштою.")
    assert [text for text, _ in found] == ["Олегом Бондарем"]


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Богдан", "masc"), ("Петро", "masc"), ("Богдана", "femn"), ("Коваленко", None)],
)
def test_a_nominative_name_gives_its_gender(word, gender):
    assert name_gender(word) == gender


def test_names_in_a_list_of_places_are_places():
    """``з міст Брест, Ліда та Мінськ``: names after a place noun and its list are places."""
    item = NewsItem(paragraphs=(Paragraph("Приїхали гості з міст Брест, Ліда та Мінськ."),))
    participants, _ = extract_participants(item)
    assert participants == ()


def test_a_name_after_a_settlement_abbreviation_or_a_bridge_is_a_place():
    """``м. Ніна`` would be a town; ``мосту Патона`` a bridge named after a person."""
    for text in ("Команда з м. Лілія приїхала.", "Затор утворився на мосту Патона вранці."):
        item = NewsItem(paragraphs=(Paragraph(text),))
        participants, _ = extract_participants(item)
        assert participants == (), text


def test_a_three_word_foreign_name_is_kept_whole():
    """A known first name and two words the dictionary does not know: one foreign name."""
    text = "Портрет замовила Марія Бассано Ланьєр, англійська поетеса."
    assert [(n.text, n.name) for n in find_names(text)] == [
        ("Марія Бассано Ланьєр", "Марія Бассано Ланьєр")
    ]


def test_a_known_word_after_a_name_does_not_lengthen_it():
    """``Андрій Петренко Полтава``: a known third word is no part of a foreign name."""
    text = "Слово мав Андрій Петренко Полтава."
    assert [n.name for n in find_names(text)] == ["Андрій Петренко"]


def test_the_full_stop_of_an_abbreviation_ends_no_sentence():
    """After ``м.``, ``вул.``, ``проф.`` the capital is the name's own, not the sentence's."""
    from uanews.parser.participants.names import sentence_initial  # noqa: PLC0415

    for text, word in (
        ("Офіс на вул. Франка відкрили.", "Франка"),
        ("Лекцію читала проф. Коваль учора.", "Коваль"),
        ("Турнір пройшов у м. Суми навесні.", "Суми"),
    ):
        assert not sentence_initial(text, text.index(word)), text
    text = "Він пішов додому. Франко залишився."
    assert sentence_initial(text, text.index("Франко"))


def test_a_lone_first_name_is_not_read_as_an_oblique_surname():
    """``Ганна`` alone is the first name, not ``Ганн`` in the genitive."""
    assert [n.name for n in find_names("Її мати Ганна теж гончарка.")] == ["Ганна"]
