"""Places listed after a plural head and a colon, and adjectives the dictionary lacks.

``под обстрелом четыре громады: Вербовская, Ясеновская и ...``: the names after the colon are
in the nominative, in apposition to the head, whatever its case; after a territory head each is
an adjective of it (``Вербовская громада``), after a settlement head each is a village, and the
territory holding them (``села Бериславского района: ...``) is a place too. Coordinated
adjectives agree with their head, so they share their inflection: one the dictionary does not
know as an adjective is read by its ending (``Белозорскую``).

Every text here was written for these tests in the style of Ukrainian outlets that publish in
Russian and Ukrainian; none is taken from any corpus.
"""

from __future__ import annotations

import uanews
from event_support import only_event
from uanews.model import EventKind


def test_russian_communities_after_a_genitive_plural_and_a_colon() -> None:
    item = uanews.parse(
        "Обстрелы Херсонщины\n\n"
        "Утром 3 марта российские войска обстреляли Бериславский район."
        " Под огнем оказались четыре громады: Вербовская, Ясеновская, Дудчанская и Тягинская."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == (
        "Бериславский район",
        "Вербовская громада",
        "Ясеновская громада",
        "Дудчанская громада",
        "Тягинская громада",
    )


def test_ukrainian_communities_after_a_plural_head_and_a_colon() -> None:
    item = uanews.parse(
        "Обстріли Херсонщини\n\n"
        "Уранці 3 березня російські війська обстріляли Бериславський район."
        " Під обстрілом опинилися три громади: Вербівська, Ясенівська та Тягинська."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == (
        "Бериславський район",
        "Вербівська громада",
        "Ясенівська громада",
        "Тягинська громада",
    )


def test_russian_villages_of_a_district_after_a_colon() -> None:
    item = uanews.parse(
        "Обстрел приграничья\n\n"
        "В ночь на 9 марта армия РФ обстреливала приграничье Сумской области."
        " Под ударами оказались села Конотопского района: Ольховка, Заречье и Березовка."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == (
        "Сумская область",
        "Конотопский район",
        "Ольховка",
        "Заречье",
        "Березовка",
    )


def test_ukrainian_settlements_after_a_colon() -> None:
    item = uanews.parse(
        "Обстріл прикордоння\n\n"
        "Уночі 9 березня армія РФ обстріляла прикордоння Сумщини."
        " Під обстріл потрапили населені пункти: Вільшанка, Заріччя і Березівка."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Сумщина", "Вільшанка", "Заріччя", "Березівка")


def test_a_colon_after_a_settlement_noun_that_names_no_list_gives_no_place() -> None:
    item = uanews.parse(
        "Обстрел района\n\n"
        "Утром 11 марта оккупанты обстреляли Бериславский район."
        " Пострадали села: повреждены дома и линия электропередачи."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Бериславский район",)


def test_russian_coordinated_communities_one_adjective_unknown_to_the_dictionary() -> None:
    item = uanews.parse(
        "Обстрелы громад\n\n"
        "Утром 12 марта оккупанты ударили по Конотопскому району."
        " Также враг обстрелял Белозорскую, Краснопольскую и Миропольскую громады."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == (
        "Конотопский район",
        "Белозорская громада",
        "Краснопольская громада",
        "Миропольская громада",
    )


def test_a_town_before_coordinated_communities_stays_a_town() -> None:
    item = uanews.parse(
        "Обстрелы Никопольщины\n\n"
        "Вечером 13 марта россияне обстреляли Никопольский район."
        " Также оккупанты ударили по Марганцу, Покровской и Мировской громадам."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == (
        "Никопольский район",
        "Марганец",
        "Покровская громада",
        "Мировская громада",
    )


def test_people_listed_after_a_colon_are_no_villages() -> None:
    # ``села`` is also the genitive singular: ``жители села: Имя Фамилия`` lists people
    item = uanews.parse(
        "Обстрел села\n\n"
        "Днем 14 марта оккупанты обстреляли село Лозовое. Ранены жители села: Степан Гордиенко"
        " и Лидия Журавская."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Лозовое",)


def test_russian_listed_communities_agreeing_with_an_accusative_head() -> None:
    # after ``обстреляли две громады:`` the adjectives may take the head's case
    item = uanews.parse(
        "Обстрелы громад\n\n"
        "Поздно вечером 15 марта армия РФ обстреляла две громады: Ильинскую и Зеленодольскую,"
        " ранен мужчина."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Ильинская громада", "Зеленодольская громада")


def test_ukrainian_listed_communities_agreeing_with_a_dative_head() -> None:
    item = uanews.parse(
        "Удари по громадах\n\n"
        "Пізно ввечері 15 березня армія РФ вдарила по двох громадах: Іллінській та"
        " Зеленодольській, поранено чоловіка."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert attack.places == ("Іллінська громада", "Зеленодольська громада")


def test_ukrainian_settlements_under_strikes_after_a_be_verb_and_a_colon() -> None:
    item = uanews.parse(
        "Обстріли Харківщини\n\n"
        "За минулу добу армія рф обстріляла Харківщину 90 разів."
        " Під ворожими ударами були ці населені пункти: Золочів, Богодухів, Валки і Великий Бурлук."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert set(attack.places) >= {"Золочів", "Богодухів", "Валки", "Великий Бурлук"}


def test_russian_settlements_under_fire_after_a_be_verb() -> None:
    item = uanews.parse(
        "Обстрелы Харьковщины\n\n"
        "За минувшие сутки армия РФ обстреляла Харьковщину 90 раз."
        " Под огнем находились Золочев, Богодухов и Лозовая."
    )
    attack = only_event(item, EventKind.ATTACK)
    assert set(attack.places) >= {"Золочев", "Богодухов", "Лозовая"}


def test_ukrainian_communities_of_an_unnamed_region_after_a_colon() -> None:
    item = uanews.parse(
        "Ворог атакував прикордоння\n\n"
        "Протягом доби російські війська атакували громади області: Золочівську,"
        " Богодухівську та Валківську."
    )
    assert only_event(item, EventKind.ATTACK).places == (
        "Золочівська громада",
        "Богодухівська громада",
        "Валківська громада",
    )


def test_russian_communities_of_a_named_region_after_a_colon() -> None:
    item = uanews.parse(
        "Враг атаковал приграничье\n\n"
        "За сутки враг обстрелял четыре громады Харьковщины: Золочевскую, Богодуховскую,"
        " Кегичевскую и Барвенковскую."
    )
    assert only_event(item, EventKind.ATTACK).places == (
        "Харьковщина",
        "Золочевская громада",
        "Богодуховская громада",
        "Кегичевская громада",
        "Барвенковская громада",
    )


def test_ukrainian_settlements_of_a_community_in_the_accusative_after_a_colon() -> None:
    item = uanews.parse(
        "Ворог атакував прикордоння\n\n"
        "Уранці ворог атакував населені пункти громади: Кленове, Іванівку та Томарине."
    )
    assert only_event(item, EventKind.ATTACK).places == ("Кленове", "Іванівка", "Томарине")
