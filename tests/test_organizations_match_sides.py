"""A quoted name that wins, loses or plays a match is a sports club (ORG)."""

from __future__ import annotations

from organization_support import organization_mentions

_organizations = organization_mentions


def test_subject_and_object_of_a_result_verb_are_clubs():
    found = _organizations(
        "У матчі 9-го туру Першої ліги полтавська «Вербичанка» обіграла сумський "
        "«Світанок-Прилуки» з рахунком 3:1."
    )
    assert {"Вербичанка", "Світанок-Прилуки"} <= found


def test_russian_subject_and_object_of_a_result_verb_are_clubs():
    found = _organizations(
        "В матче 9-го тура Первой лиги винницкая «Вербичанка» победила «Рассвет-Прилуки» со "
        "счетом 3:1."
    )
    assert {"Вербичанка", "Рассвет-Прилуки"} <= found


def test_the_opponent_after_against_in_a_sentence_of_a_match_is_a_club():
    found = _organizations("Наступний матч команда зіграє вдома проти «Світанка-Прилуки».")
    assert "Світанка-Прилуки" in found
    found_ru = _organizations("Следующий матч команда сыграет дома против «Рассвета-Прилуки».")
    assert "Рассвета-Прилуки" in found_ru


def test_a_quoted_title_without_a_match_is_no_club():
    found = _organizations("Депутати виступили проти «Зеленого коридору» на засіданні сесії.")
    assert not any("Зеленого" in name for name in found)
    found = _organizations("У кінотеатрі показали фільм «Світанок-Прилуки» про війну.")
    assert "Світанок-Прилуки" not in found


def test_the_club_of_a_coach_or_a_player_is_an_organisation():
    found = _organizations("Воротар «Світанка-Прилуки» двічі врятував команду в першому таймі.")
    assert "Світанка-Прилуки" in found
    found_ru = _organizations("Вратарь «Рассвета-Прилуки» дважды спас команду в первом тайме.")
    assert "Рассвета-Прилуки" in found_ru


def test_a_title_in_marks_after_a_verb_of_a_coach_is_no_club():
    assert "Світанок" not in _organizations("Тренер назвав «Світанок» найкращим фільмом року.")


def test_a_name_opening_a_sentence_that_reports_its_match_is_a_club():
    found = _organizations(
        "Полтавська «Вербичанка» у матчі 12-го туру Першої ліги перемогла суперниць з рахунком 3:0."
    )
    assert "Вербичанка" in found
    found_ru = _organizations(
        "Винницкая «Вербичанка» в матче 12-го тура Первой лиги победила соперниц со счетом 3:0."
    )
    assert "Вербичанка" in found_ru


def test_a_name_opening_a_sentence_without_a_match_result_is_no_club():
    assert "Вербичанка" not in _organizations(
        "«Вербичанка» – так називається новий ансамбль, який виступить перед матчем."
    )
