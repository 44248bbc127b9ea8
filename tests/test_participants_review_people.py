"""Review of the sixth participants pass (issue 15): constructs that broke its new rules.

Every text here was written for these tests, in the style of regional news.
"""

from __future__ import annotations

import pytest

from organization_support import organizations


@pytest.mark.parametrize(
    ("paragraph", "council"),
    [
        (
            "Рішення ухвалила Житомирська міська рада. Батьки учнів раді, що ремонт завершать.",
            "Житомирська міська рада",
        ),
        (
            "Звернення підтримала Житомирська міська рада. Директорка ліцею завжди рада допомогти.",
            "Житомирська міська рада",
        ),
        (
            "Сквер озеленила Уманська міська рада. Пенсіонерка Ганна Лисенко рада новим лавкам.",
            "Уманська міська рада",
        ),
    ],
)
def test_glad_is_no_mention_of_the_council_named_before(paragraph, council):
    # ``рада``, ``раді`` are also forms of ``радий`` (glad): after a subject, before an
    # infinitive or a clause they are a predicate, not the council.
    assert organizations(paragraph) == {council: [council]}


@pytest.mark.parametrize(
    ("paragraph", "bare"),
    [
        (
            "Проєкт розробила Житомирська міська рада. Наступного тижня рада розгляне його.",
            "рада",
        ),
        ("Проєкт розробила Житомирська міська рада. Депутати ради проголосують у четвер.", "ради"),
        ("Проєкт розробила Житомирська міська рада. Документ передали раді на підпис.", "раді"),
        (
            "Проєкт розробила Житомирська міська рада. Юристи кажуть, що рада діяла законно.",
            "рада",
        ),
    ],
)
def test_a_bare_council_still_refers_back(paragraph, bare):
    assert organizations(paragraph) == {
        "Житомирська міська рада": ["Житомирська міська рада", bare]
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "Оголошення опублікували в розділі «Новини» на сайті громади.",
        "Анонс концерту вийшов у рубриці «Вісті» обласного радіо.",
    ],
)
def test_a_press_noun_alone_in_marks_is_no_outlet(paragraph):
    assert organizations(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "name", "mention"),
    [
        (
            "Про нові тарифи депутат розповів «Подільським вістям» у середу.",
            "Подільські вісті",
            "Подільським вістям",
        ),
        (
            "О новых тарифах депутат рассказал «Подольским новостям» в среду.",
            "Подольские новости",
            "Подольским новостям",
        ),
    ],
)
def test_a_press_noun_with_its_modifier_is_an_outlet_in_any_case(paragraph, name, mention):
    assert organizations(paragraph) == {name: [mention]}
