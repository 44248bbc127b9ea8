"""In a labelled interview a name that opens two answers or more is the speaker's label: it is
no part of the answer, and the person it names gives the answer (``Коржевський: ...``,
``Олег Белявский: ...``). A capitalised word and a colon opening one answer only
(``Важливо: ...``) belongs to the answer.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import uanews
from uanews.model import QuoteKind

_UKRAINIAN = (
    "Директор водоканалу: «Мережі витримають зиму, якщо не буде нових ударів»\n"
    "\n"
    "Напередодні зими ми поговорили з директором КП «Міськводоканал» Тарасом "
    "Коржевським про стан мереж.\n"
    "\n"
    "Кор.: Тарасе Івановичу, чи будуть перебої з водою взимку?\n"
    "\n"
    "Коржевський: Якщо не буде нових ударів по підстанціях, то ні. Ми встановили "
    "резервні генератори на всіх насосних станціях.\n"
    "\n"
    "Кор.: Скільки коштувала ця робота?\n"
    "\n"
    "Коржевський: Близько 40 мільйонів гривень, більшу частину дали міжнародні "
    "партнери.\n"
    "\n"
    "Кор.: Що порадите мешканцям?\n"
    "\n"
    "Коржевський: Тримати вдома запас питної води на два-три дні.\n"
)

_RUSSIAN = (
    "«Тепло дадим вовремя»: интервью с директором теплосети\n"
    "\n"
    "О подготовке к зиме мы поговорили с директором КП «Теплосеть» Олегом "
    "Белявским.\n"
    "\n"
    "Корреспондент: Олег Петрович, когда включат отопление?\n"
    "\n"
    "Олег Белявский: Если погода не изменится, то с 15 октября. Котельные уже "
    "проверены.\n"
    "\n"
    "Корреспондент: А если будут новые удары?\n"
    "\n"
    "Олег Белявский: Тогда перейдем на модульные котельные, их у нас уже двадцать.\n"
)

_ONE_LEAD_IN = (
    "Лікар про щеплення\n"
    "\n"
    "Ми поговорили з головною лікаркою міської лікарні Ганною Мирошнюк.\n"
    "\n"
    "Кор.: Чи потрібне щеплення від грипу цього року?\n"
    "\n"
    "Важливо: щеплення краще зробити до кінця жовтня, поки не почалася епідемія.\n"
    "\n"
    "Кор.: Де його можна зробити?\n"
    "\n"
    "У кожній амбулаторії міста, вакцина безкоштовна для людей старших за 60 років.\n"
)


def _answers(text: str) -> list[tuple[str, str | None]]:
    item = uanews.parse(text)
    return [
        (quote.text, None if quote.speaker is None else item.participant(quote.speaker).name)
        for quote in item.quotes
        if quote.kind is QuoteKind.INTERVIEW
    ]


def test_a_surname_label_is_left_out_and_names_the_speaker() -> None:
    """Each answer starts after ``Коржевський:`` and is Taras Korzhevskyi's."""
    assert _answers(_UKRAINIAN) == [
        (
            (
                "Якщо не буде нових ударів по підстанціях, то ні. Ми встановили резервні "
                "генератори на всіх насосних станціях."
            ),
            "Тарас Іванович Коржевський",
        ),
        (
            "Близько 40 мільйонів гривень, більшу частину дали міжнародні партнери.",
            "Тарас Іванович Коржевський",
        ),
        ("Тримати вдома запас питної води на два-три дні.", "Тарас Іванович Коржевський"),
    ]


def test_a_full_name_label_after_correspondent_questions() -> None:
    """``Корреспондент:`` opens the questions; ``Олег Белявский:`` the answers, left out."""
    assert _answers(_RUSSIAN) == [
        (
            "Если погода не изменится, то с 15 октября. Котельные уже проверены.",
            "Олег Петрович Белявский",
        ),
        (
            "Тогда перейдем на модульные котельные, их у нас уже двадцать.",
            "Олег Петрович Белявский",
        ),
    ]


def test_the_headline_words_go_to_the_labelled_speaker() -> None:
    """The headline's words in marks are the interviewee's whom the labels name."""
    item = uanews.parse(_RUSSIAN)
    headline = [quote for quote in item.quotes if quote.kind is QuoteKind.DIRECT]
    assert [quote.text for quote in headline] == ["Тепло дадим вовремя"]
    assert headline[0].speaker is not None
    assert item.participant(headline[0].speaker).name == "Олег Петрович Белявский"


def test_a_lead_in_word_opening_one_answer_stays_in_it() -> None:
    """``Важливо:`` opens one answer only: it is the answer's own first word."""
    answers = [text for text, _ in _answers(_ONE_LEAD_IN)]
    assert answers[0].startswith("Важливо: щеплення краще зробити")


def test_a_closing_paragraph_after_one_line_answers_is_narration() -> None:
    """Every answer is one labelled line: the last paragraph, with no label, closes the article."""
    text = (
        "Енергетики про зиму\n\n"
        "Ми поговорили з директором обленерго.\n\n"
        "Питання: Чи будуть відключення?\n\n"
        "Відповідь: Якщо не буде нових ударів, то ні.\n\n"
        "Питання: Скільки бригад працює?\n\n"
        "Відповідь: Сорок, удвічі більше, ніж торік.\n\n"
        "Питання: Що порадите мешканцям?\n\n"
        "Відповідь: Не вмикати потужні прилади ввечері одночасно.\n\n"
        "Обленерго має в області дев'ять районних філій.\n"
    )
    assert [words for words, _ in _answers(text)] == [
        "Якщо не буде нових ударів, то ні.",
        "Сорок, удвічі більше, ніж торік.",
        "Не вмикати потужні прилади ввечері одночасно.",
    ]


def test_an_answer_of_several_paragraphs_keeps_the_last_one() -> None:
    """An earlier answer ran over two paragraphs: an unlabelled last one may be the answer's."""
    text = (
        "Енергетики про зиму\n\n"
        "Ми поговорили з директором обленерго.\n\n"
        "Питання: Чи будуть відключення?\n\n"
        "Відповідь: Якщо не буде нових ударів, то ні.\n\n"
        "Ми підготували резервні схеми живлення.\n\n"
        "Питання: Що порадите мешканцям?\n\n"
        "Відповідь: Не вмикати потужні прилади ввечері одночасно.\n\n"
        "Це дуже допомагає мережі.\n"
    )
    assert [words for words, _ in _answers(text)][-1] == (
        "Не вмикати потужні прилади ввечері одночасно. Це дуже допомагає мережі."
    )


def test_two_labelled_speakers_each_give_their_own_answers() -> None:
    """Two guests answer in turn: each labelled line is its speaker's answer."""
    text = (
        "Двоє лікарів про новий центр\n\n"
        "Ми поговорили з хірургинею Оксаною Тимошик і кардіологом Петром Гайдамашем.\n\n"
        "Кор.: Коли центр прийме перших пацієнтів?\n\n"
        "Тимошик: Уже в березні, обладнання завезли.\n\n"
        "Гайдамаш: Я обережніший: спершу треба набрати персонал.\n\n"
        "Кор.: Чого бракує найбільше?\n\n"
        "Тимошик: Медсестер, їх потрібно ще двадцять.\n\n"
        "Гайдамаш: А я сказав би, що анестезіологів.\n"
    )
    assert [(words[:12], name) for words, name in _answers(text)] == [
        ("Уже в березн", "Оксана Тимошик"),
        ("Я обережніши", "Петро Гайдамаш"),
        ("Медсестер, ї", "Оксана Тимошик"),
        ("А я сказав б", "Петро Гайдамаш"),
    ]


def test_a_word_naming_no_one_is_no_label_however_often_it_opens() -> None:
    """``Важливо:`` opens two answers, but names no person: it stays in the answers."""
    text = (
        "Лікарка про щеплення\n\n"
        "Ми поговорили з лікаркою Ганною Мирошнюк.\n\n"
        "Кор.: Коли краще щепитися?\n\n"
        "Важливо: до кінця жовтня, поки не почалася епідемія.\n\n"
        "Кор.: А дітям?\n\n"
        "Важливо: дітям теж, з шести місяців.\n"
    )
    answers = [words for words, _ in _answers(text)]
    assert len(answers) == 2
    assert all(words.startswith("Важливо:") for words in answers)
