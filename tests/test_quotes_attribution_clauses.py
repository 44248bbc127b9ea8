"""An attribution that another clause follows, and a quote that goes on in new marks after it.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian; none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews

RU = """\
Киев готовится к отключениям

Городской голова Киева Виталий Кличко в среду провел брифинг. «Генераторы уже в пути, первые \
передадим школам», – сказал он, а его заместитель Петр Пантелеев уточнил, что остальные \
получат поликлиники.

«Мы не оставим людей без тепла», – подчеркнул Кличко. – «Но прошу всех экономить \
электроэнергию».
"""

UK = """\
Київ готується до відключень

Міський голова Києва Віталій Кличко в середу провів брифінг. «Генератори вже в дорозі, перші \
передамо школам», – сказав він, а його заступник Петро Пантелеєв уточнив, що решту отримають \
поліклініки.

«Ми не залишимо людей без тепла», – наголосив Кличко. – «Але прошу всіх економити \
електроенергію».
"""


def _quotes(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    item = uanews.parse(text)
    return [
        (
            tuple(item.text[part.start : part.end] for part in quote.parts),
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "mayor", "deputy", "first", "second"),
    [
        (
            RU,
            "Виталий Кличко",
            "Петр Пантелеев",
            ("Генераторы уже в пути, первые передадим школам",),
            ("Мы не оставим людей без тепла", "Но прошу всех экономить электроэнергию"),
        ),
        (
            UK,
            "Віталій Кличко",
            "Петро Пантелеєв",
            ("Генератори вже в дорозі, перші передамо школам",),
            ("Ми не залишимо людей без тепла", "Але прошу всіх економити електроенергію"),
        ),
    ],
)
def test_two_speakers_in_one_sentence_and_a_quote_reopened_after_its_cue(
    text, mayor, deputy, first, second
):
    quotes = _quotes(text)
    # ``– сказал он, а его заместитель ... уточнил``: the pronoun's person said the words
    assert (first, mayor) in quotes
    # the deputy's own words after ``уточнил, что``
    assert any(speaker == deputy for _parts, speaker in quotes)
    # ``«A», – подчеркнул X. – «B»``: one quote of two parts
    assert (second, mayor) in quotes
    assert len(quotes) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Суперечка в облраді\n\n«Кошторис ще не погоджений», – заявив депутат Олег "
                "Савчук. – «Ми проголосуємо за нього завтра», – відповів голова комісії Андрій "
                "Гнатюк.\n"
            ),
            [
                (("Кошторис ще не погоджений",), "Олег Савчук"),
                (("Ми проголосуємо за нього завтра",), "Андрій Гнатюк"),
            ],
        ),
        (
            (
                "Спор в облсовете\n\n«Смета еще не согласована», – заявил депутат Олег "
                "Савчук. – «Мы проголосуем за нее завтра», – ответил глава комиссии Андрей "
                "Гнатюк.\n"
            ),
            [
                (("Смета еще не согласована",), "Олег Савчук"),
                (("Мы проголосуем за нее завтра",), "Андрей Гнатюк"),
            ],
        ),
    ],
)
def test_new_marks_with_their_own_attribution_are_the_next_speakers_quote(text, expected):
    # ``«A», – cue X. – «B», – cue Y``: the second marks are Y's, not the rest of X's quote
    assert _quotes(text) == expected


def test_new_marks_after_a_full_stop_without_a_dash_are_another_quote():
    text = (
        "Совещание в мэрии\n\n"
        "«Мы готовы к зиме», – сказал Виталий Кличко. Затем он показал плакат «Тепло для всех».\n"
    )
    assert [parts for parts, _speaker in _quotes(text)] == [("Мы готовы к зиме",)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            (
                "Новости Львова\n\nСадовой, как отметил Андрей Москаленко, лично проверит запуск "
                "маршрутов.\n"
            ),
            ("Садовой", "лично проверит запуск маршрутов"),
        ),
        (
            (
                "Новини Львова\n\nСадовий, як зазначив Андрій Москаленко, особисто перевірить "
                "запуск маршрутів.\n"
            ),
            ("Садовий", "особисто перевірить запуск маршрутів"),
        ),
        # a linking word before the parenthetical is the writer's, not the speaker's
        (
            "Новости Львова\n\nКроме того, как отметил Андрей Москаленко, проезд не подорожает.\n",
            ("проезд не подорожает",),
        ),
    ],
)
def test_a_report_broken_by_a_parenthetical_cue(text, parts):
    assert [found for found, _speaker in _quotes(text)] == [parts]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Новости Харькова\n\nВодоснабжение в Салтовском районе восстановлено, сообщила "
                "журналистам пресс-секретарь КП «Харьковводоканал» Юлия Гончаренко.\n"
            ),
            "Водоснабжение в Салтовском районе восстановлено",
        ),
        (
            (
                "Новини Харкова\n\nВодопостачання в Салтівському районі відновлено, повідомила "
                "журналістам пресслужба КП «Харківводоканал».\n"
            ),
            "Водопостачання в Салтівському районі відновлено",
        ),
    ],
)
def test_a_short_participle_is_the_predicate_of_a_trailing_report(text, words):
    # Russian ``восстановлено`` (a short participle) predicates as Ukrainian ``відновлено`` does
    assert [found for found, _speaker in _quotes(text)] == [(words,)]
