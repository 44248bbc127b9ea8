"""Verbs of warning, advising and urging attribute the words said, in both languages.

``– застерігає поліцейський``, ``– радить лікарка``, ``– закликали в поліції`` (Russian
``предостерегает``, ``советует``, ``призвал``) are verbs of speech like ``попередив``; a sentence
where they govern an infinitive (``закликав мешканців не ігнорувати``) reports no words.
Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from quote_support import spoken

UK = """\
Поліція попереджає про шахраїв

Речник поліції Тернопільщини Остап Вербенчук розповів про нові схеми шахраїв.

«Якщо вам телефонують від імені банку, покладіть слухавку», – застерігає Вербенчук.

– Нікому не називайте код із повідомлення, навіть родичам, – радить він.

Мер закликав мешканців не ігнорувати сигнали повітряної тривоги. Лікарі радять пити більше води.
"""

RU = """\
Полиция предупреждает о мошенниках

Спикер полиции Тернопольщины Остап Вербенчук рассказал о новых схемах мошенников.

«Если вам звонят от имени банка, положите трубку», – предостерегает Вербенчук.

– Никому не называйте код из сообщения, даже родственникам, – советует он.

Мэр призвал жителей не игнорировать сигналы воздушной тревоги. Врачи советуют пить больше воды.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            UK,
            [
                ("Якщо вам телефонують від імені банку, покладіть слухавку", "Остап Вербенчук"),
                ("Нікому не називайте код із повідомлення, навіть родичам", "Остап Вербенчук"),
            ],
        ),
        (
            RU,
            [
                ("Если вам звонят от имени банка, положите трубку", "Остап Вербенчук"),
                ("Никому не называйте код из сообщения, даже родственникам", "Остап Вербенчук"),
            ],
        ),
    ],
)
def test_warning_and_advice_verbs_attribute_quotes(text, expected):
    assert spoken(text) == expected


def test_urging_in_the_locative_of_a_body_attributes_a_dash_line():
    text = (
        "Негода в горах\n\n"
        "Рятувальники розчищають перевали від снігу.\n\n"
        "– Без крайньої потреби не виїжджайте в гори, – закликали в Національній поліції.\n"
    )
    assert spoken(text) == [("Без крайньої потреби не виїжджайте в гори", "Національна поліція")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Удар по місту\n\nМіський голова Ярема Гудзенко розповів про наслідки удару.\n\n"
                "«Просимо не публікувати фото наслідків ударів», – звернувся він до містян.\n"
            ),
            "Ярема Гудзенко",
        ),
        (
            (
                "Удар по городу\n\nМэр Ярема Гудзенко рассказал о последствиях удара.\n\n"
                "«Просим не публиковать фото последствий ударов», – обратился он к горожанам.\n"
            ),
            "Ярема Гудзенко",
        ),
    ],
)
def test_a_subject_pronoun_between_the_verb_of_address_and_its_addressee(text, speaker):
    assert [who for _words, who in spoken(text)] == [speaker]


def test_a_bare_dash_before_a_verb_of_address_with_a_pronoun_is_no_attribution():
    text = (
        "Тарифи в громаді\n\nМешканці назвали новий тариф «грабіжницьким» – звернулися вони "
        "до юристів.\n"
    )
    assert spoken(text) == []


@pytest.mark.parametrize("verb", ["підсумовує", "зізнається", "жартує", "повторює"])
def test_summing_up_confessing_joking_and_repeating_attribute_a_dash_line(verb):
    text = (
        "Новини міста\n\nТренер Ярема Гудзенко розповів про сезон.\n\n"
        f"– Поки немає поля, немає й команди, – {verb} він.\n"
    )
    assert spoken(text) == [("Поки немає поля, немає й команди", "Ярема Гудзенко")]


@pytest.mark.parametrize("verb", ["подытоживает", "признается", "шутит", "повторяет"])
def test_russian_summing_up_confessing_joking_and_repeating_attribute_a_dash_line(verb):
    text = (
        "Новости города\n\nТренер Ярема Гудзенко рассказал о сезоне.\n\n"
        f"– Пока нет поля, нет и команды, – {verb} он.\n"
    )
    assert spoken(text) == [("Пока нет поля, нет и команды", "Ярема Гудзенко")]


def test_repeating_a_route_and_joking_with_pupils_report_no_words():
    text = (
        "Новини міста\n\nМіський голова Ярема Гудзенко повторив маршрут колони. Учні "
        "повторюють правила безпеки, а тренер жартує з ними.\n"
    )
    assert spoken(text) == []
