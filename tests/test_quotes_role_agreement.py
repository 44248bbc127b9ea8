"""A role noun after a quote names the holder it agrees with: an adjective of a place
(``словацького міністра``) picks the holder whose role names that place, and a feminine verb
and title (``міністерка запевнила``) do not rule out a woman whose role noun is masculine.

Every text was written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from quote_support import spoken

TALKS_UK = (
    "Переговори в Києві\n\n"
    "Міністр енергетики України Олег Бойчишин зустрівся в Києві з міністром енергетики "
    "Словаччини Петером Гудаком. «Ми обговорили поставки обладнання», – сказав Бойчишин.\n\n"
    "За словами словацького міністра, Братислава передасть два трансформатори до кінця року.\n"
)
TALKS_RU = (
    "Переговоры в Киеве\n\n"
    "Министр энергетики Украины Олег Бойчишин встретился в Киеве с министром энергетики "
    "Словакии Петером Гудаком. «Мы обсудили поставки оборудования», – сказал Бойчишин.\n\n"
    "По словам словацкого министра, Братислава передаст два трансформатора до конца года.\n"
)


@pytest.mark.parametrize(
    ("text", "last", "speaker"),
    [
        (TALKS_UK, "Братислава передасть два трансформатори до кінця року", "Петер Гудак"),
        (TALKS_RU, "Братислава передаст два трансформатора до конца года", "Петер Гудак"),
        # No adjective, or one of no place: the minister named last, as before.
        (
            TALKS_UK.replace("словацького міністра", "міністра"),
            "Братислава передасть два трансформатори до кінця року",
            "Олег Бойчишин",
        ),
        (
            TALKS_UK.replace("словацького міністра", "нового міністра"),
            "Братислава передасть два трансформатори до кінця року",
            "Олег Бойчишин",
        ),
    ],
)
def test_an_adjective_of_a_place_picks_the_holder_of_that_place(text, last, speaker):
    assert spoken(text)[-1] == (last, speaker)


def test_an_adjective_of_a_place_no_role_names_leaves_the_last_holder():
    text = TALKS_UK.replace("словацького міністра", "чеського міністра")
    assert spoken(text)[-1] == (
        "Братислава передасть два трансформатори до кінця року",
        "Олег Бойчишин",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Онлайн-переговори\n\n"
                "Міністр оборони України Роман Гайович провів переговори з міністром оборони "
                "Естонії Кайре Леппік. Сторони обговорили поставки генераторів.\n\n"
                "Естонська міністерка запевнила, що перша партія прибуде до Різдва.\n"
            ),
            "Кайре Леппік",
        ),
        # (the Russian text was read right before: a check that it stays so)
        (
            (
                "Онлайн-переговоры\n\n"
                "Министр обороны Украины Роман Гайович провел переговоры с министром обороны "
                "Эстонии Майлис Реппе. Стороны обсудили поставки генераторов.\n\n"
                "Министр заверила, что первая партия прибудет до Рождества.\n"
            ),
            "Майлис Реппе",
        ),
    ],
)
def test_a_feminine_verb_allows_a_woman_whose_role_noun_is_masculine(text, speaker):
    assert [name for _text, name in spoken(text)] == [speaker]


def test_a_feminine_verb_still_rules_out_a_man_by_his_name():
    text = (
        "Онлайн-переговори\n\n"
        "Міністр оборони України Роман Гайович провів переговори з міністром оборони Естонії "
        "Андресом Таммом. Сторони обговорили поставки генераторів.\n\n"
        "Міністерка запевнила, що перша партія прибуде до Різдва.\n"
    )
    assert [name for _text, name in spoken(text)] == [None]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("Председатель Херсонской областной военной администрации", "Игорь Сахновский"),
        # a chair of another body is no head of the ОВА
        ("Председатель областного совета", None),
    ],
)
def test_the_chair_of_a_regional_military_administration_is_its_head(role, speaker):
    text = (
        "Обстрел Берислава\n\n"
        f"{role} Игорь Сахновский сообщил, что ночью армия РФ обстреляла Берислав.\n\n"
        "«Пострадавших, к счастью, нет», – добавил глава ОВА.\n"
    )
    assert spoken(text)[-1] == ("Пострадавших, к счастью, нет", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Новий сорбент для води\n\n"
                "Львівські хіміки створили дешевий сорбент для очищення води. Керівниця "
                "лабораторії, доцентка кафедри хімії Оксана Федишин розповіла, що сорбент "
                "уже випробували в трьох громадах.\n\n"
                "«Один фільтр служить пів року», – сказала науковиця.\n"
            ),
            "Оксана Федишин",
        ),
        (
            (
                "Новый сорбент для воды\n\n"
                "Львовские химики создали дешевый сорбент для очистки воды. Как рассказал "
                "доцент кафедры химии Виктор Мазурик, сорбент уже испытали в трех громадах.\n\n"
                "«Один фильтр служит полгода», – пояснил ученый.\n"
            ),
            "Виктор Мазурик",
        ),
        # a feminine noun and verb after a man: someone else
        (
            (
                "Новий сорбент для води\n\n"
                "Львівські хіміки створили дешевий сорбент для очищення води. Доцент кафедри "
                "хімії Олег Федишин розповів, що сорбент уже випробували в трьох громадах.\n\n"
                "«Один фільтр служить пів року», – сказала науковиця.\n"
            ),
            None,
        ),
    ],
)
def test_a_scientist_noun_names_the_academic_quoted_before(text, speaker):
    assert spoken(text)[-1] == (
        "Один фільтр служить пів року" if "фільтр" in text else "Один фильтр служит полгода",
        speaker,
    )
