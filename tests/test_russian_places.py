"""Russian forms of Ukrainian place names the Russian dictionary lacks (`uanews.parser.toponyms`).

The sentences are written for these tests in the style of Russian-language Ukrainian news;
none is taken from any corpus.
"""

import pytest

import uanews
from uanews.parser.language import using_language
from uanews.parser.morph import to_nominative
from uanews.parser.toponyms import (
    russian_place_nominative,
    russian_settlement_name,
    unknown_russian_word,
)


@pytest.mark.parametrize(
    ("word", "case", "nominative"),
    [
        ("Ирпене", "loct", "Ирпень"),  # -ене of a masculine -ень, Ukrainian Ірпінь
        ("Ирпеня", "gent", "Ирпень"),
        ("Ирпенем", "ablt", "Ирпень"),
        ("Гостомеле", "loct", "Гостомель"),
        ("Бородянке", "loct", "Бородянка"),
        ("Бородянку", "accs", "Бородянка"),
        ("Гостомелю", "accs", "Гостомель"),  # the dative after ``по``: Ukrainian has no Гостомеля
        ("Мощуне", "loct", "Мощун"),  # a hard consonant before the locative -е
        ("Козаровичах", "loct", "Козаровичи"),  # a plural, и after ч
        ("Угледаре", "loct", "Угледар"),  # no Ukrainian spelling known: the sure ending
        ("Немешаево", "loct", "Немешаево"),  # -ево left undeclined
    ],
)
def test_a_place_name_the_russian_dictionary_lacks_is_put_in_the_nominative(word, case, nominative):
    with using_language("ru"):
        assert unknown_russian_word(word)
        assert russian_place_nominative(word, case) == nominative


@pytest.mark.parametrize("word", ["Телеграме", "Фейсбуке", "Приватбанке", "Энергоатоме", "Ютубе"])
def test_a_service_or_company_the_ukrainian_dictionary_knows_is_no_place(word):
    # Ukrainian knows ``Телеграм``, ``Приватбанк`` as nouns with no settlement name's ending
    with using_language("ru"):
        assert unknown_russian_word(word)
        assert russian_place_nominative(word, "loct") is None


def test_a_channel_the_news_cites_is_no_place_of_the_attack():
    text = (
        "Обстрел\n\nНочью оккупанты атаковали дронами Чернигов, об этом глава ОВА написал "
        "в Телеграме.\n"
    )
    assert [event.places for event in uanews.parse(text).events] == [("Чернигов",)]


def test_no_nominative_when_no_ending_is_sure():
    # -не may stand for -нь, -на, -ня or -н; with no Ukrainian spelling known it stays unread.
    with using_language("ru"):
        assert russian_place_nominative("Выдубне", "loct") is None


def test_a_name_after_a_settlement_noun_keeps_its_nominative_unless_it_agrees():
    with using_language("ru"):
        assert russian_settlement_name("Козаровичи", "gent") == "Козаровичи"
        assert russian_settlement_name("Ирпене", "loct") == "Ирпень"


def test_a_dictionary_word_is_not_read_by_endings():
    with using_language("ru"):
        assert not unknown_russian_word("Харькове")
        assert not unknown_russian_word("Новоград-Волынском")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Посол Японии посетил Ирпень\n\nЧрезвычайный и Полномочный Посол Японии в Украине "
                "во вторник побывал в Ирпене и осмотрел отстроенный детский сад.\n"
            ),
            "Ирпень",
        ),
        (
            (
                "Пожар на складе\n\nВечером 3 мая в Гостомеле загорелся склад стройматериалов, "
                "пострадали двое работников.\n"
            ),
            "Гостомель",
        ),
        (
            (
                "Враг атаковал Киевщину\n\nНочью россияне ударили по Гостомелю беспилотниками, "
                "ранены два человека.\n"
            ),
            "Гостомель",
        ),
        (
            (
                "ДТП на трассе\n\nУтром 8 апреля возле села Козаровичи столкнулись грузовик "
                "и легковой автомобиль, пострадали три человека.\n"
            ),
            "Козаровичи",
        ),
    ],
)
def test_an_event_place_the_russian_dictionary_lacks(text, place):
    item = uanews.parse(text)
    assert item.language == "ru"
    (event,) = item.events
    assert place in event.places


@pytest.mark.parametrize(
    ("phrase", "case", "nominative"),
    [
        # both -ский and -ской lemmas listed for the form: the stressed -ской is the name
        ("Донском районе", "loct", "Донской район"),
        ("Заводского района", "gent", "Заводской район"),
        ("Слободском районе", "loct", "Слободской район"),
        # one lemma listed: that one
        ("Киевском районе", "loct", "Киевский район"),
        ("Холодногорском районе", "loct", "Холодногорский район"),
    ],
)
def test_an_adjective_stressed_on_its_ending_keeps_its_nominative(phrase, case, nominative):
    with using_language("ru"):
        assert to_nominative(phrase, case=case) == nominative


def test_a_district_adjective_stressed_on_its_ending_as_an_event_place():
    item = uanews.parse(
        "Обстрел Заводского района\n\nВечером 4 марта в Заводском районе Запорожья "
        "в результате обстрела ранены два человека.\n"
    )
    (attack,) = item.events
    assert "Заводской район" in attack.places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Обстрел Харьковщины\n\nУтром 3 августа российские войска обстреляли село "
                "Ольшанка Купянского района, ранены два человека.\n"
            ),
            "Ольшанка",
        ),
        (
            (
                "Обстрел Харьковщины\n\nВ результате обстрела с. Кругляковка Купянского района "
                "7 августа ранен 52-летний мужчина.\n"
            ),
            "Кругляковка",
        ),
        (
            (
                "Обстріл Харківщини\n\nВранці 3 серпня російські війська обстріляли село "
                "Ольшанка Куп'янського району, поранено двох людей.\n"
            ),
            "Ольшанка",
        ),
    ],
)
def test_a_settlement_struck_is_named_after_its_noun(text, place):
    item = uanews.parse(text)
    (attack,) = item.events
    assert place in attack.places
