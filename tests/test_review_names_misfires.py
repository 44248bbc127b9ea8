"""Ordinary news sentences that participants rules must not misread.

The sentences are written for these tests in the style of Ukrainian and Russian-language news;
none is taken from any corpus.
"""

import uanews
from uanews.model import ParticipantKind


def _people(text: str) -> list[str]:
    """Return the people's names."""
    item = uanews.parse(text)
    return [p.name for p in item.participants if p.kind is ParticipantKind.PERSON]


def test_holiday_date_is_no_first_name() -> None:
    """``8 Марта`` is the holiday's date: ``Марта`` does not open the mayor's name."""
    people = _people("Накануне 8 Марта Кличко поздравил киевлянок с праздником и вручил им цветы.")
    assert not any(name.startswith("Марта") for name in people)


def test_holiday_date_before_a_full_name() -> None:
    """After ``8 Марта`` the full name that follows is found whole and alone."""
    people = _people("К 8 Марта Ирина Петрова, директор школы, подготовила концерт для учителей.")
    assert people == ["Ирина Петрова"]


def test_name_spelt_like_a_month_after_a_count_of_things() -> None:
    """A number of things before ``Марта`` is no date: the name stays a name."""
    people = _people("Все 12 участников поддержала Марта Кос, еврокомиссар по расширению.")
    assert "Марта Кос" in people


def _kinds(text: str) -> dict[str, ParticipantKind]:
    """Return each participant's name with its kind."""
    return {p.name: p.kind for p in uanews.parse(text).participants}


def test_latin_name_after_a_company_noun_is_no_person() -> None:
    """``компанія General Motors повідомила``: the company speaks, not a man of that name."""
    uk = _kinds("Компанія General Motors повідомила про відкликання понад тисячі авто.")
    ru_ = _kinds("Вчера компания Toyota Motor объявила о продаже завода под Петербургом.")
    assert uk.get("General Motors") is not ParticipantKind.PERSON
    assert ru_.get("Toyota Motor") is not ParticipantKind.PERSON


def test_latin_name_before_a_verb_is_still_a_person() -> None:
    """Without an organisation noun before it, a Latin name before ``заявив`` is a person."""
    kinds = _kinds("Після зустрічі у Брюсселі Jan Kowalski заявив про підтримку України.")
    assert kinds.get("Jan Kowalski") is ParticipantKind.PERSON


def test_full_name_after_a_settlement_noun_is_a_person() -> None:
    """``У селі Марія Петренко відкрила``: a first name and a surname name a villager."""
    assert "Марія Петренко" in _people("У селі Марія Петренко відкрила пекарню для переселенців.")
    assert "Мария Петренко" in _people("В селе Мария Петренко открыла пекарню для переселенцев.")


def test_one_word_after_a_settlement_noun_is_the_village() -> None:
    """``біля села Зоряне``: one word after the settlement noun is the village's name."""
    people = _people("Біля села Зоряне Іван Сидоренко знайшов снаряд під час робіт у полі.")
    assert people == ["Іван Сидоренко"]


def _organizations(text: str) -> list[str]:
    """Return the organisations' names."""
    item = uanews.parse(text)
    return [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]


def test_body_named_by_a_short_clause_keeps_its_name() -> None:
    """A body noun before a short slogan with a verb names the body (no clause break inside)."""
    organizations = _organizations(
        "Громадська організація «Ми будуємо Україну разом» передала генератори лікарні."
    )
    assert "громадська організація «Ми будуємо Україну разом»" in organizations
    assert "фонд «Мы помогаем детям Донбасса»" in _organizations(
        "Фонд «Мы помогаем детям Донбасса» передал лекарства больнице."
    )


def test_long_quoted_statement_after_a_body_noun_is_no_name() -> None:
    """A whole sentence in marks after a body noun is speech, not the body's name."""
    organizations = _organizations(
        "На території господарства «Ми відновимо все до весни і посіємо пшеницю» працюють сапери."
    )
    assert not any("«" in name for name in organizations)


def test_numbered_plant_named_by_an_adjective() -> None:
    """``Київська ТЕЦ-6``: an adjective names the plant; its number stays in its name."""
    assert "Київська ТЕЦ-6" in _organizations(
        "Київська ТЕЦ-6 працює у звичайному режимі, повідомили в компанії."
    )
    assert "Киевская ТЭЦ-5" in _organizations(
        "После обстрела Киевская ТЭЦ-5 снова дает тепло, сообщили в компании."
    )


def test_numbered_plant_alone_and_machine_numbers_are_no_bodies() -> None:
    """``ТЕЦ-5`` with no adjective is a kind of plant; ``РМ-70`` is a machine."""
    assert _organizations("Удар пошкодив ТЕЦ-5 та залізничну колію біля міста.") == []
    assert _organizations("Бригада отримала РМ-70 та дві гаубиці від партнерів.") == []


def test_compound_words_for_state_matters_name_no_body() -> None:
    """``Держбюджет``, ``Госдолг``, ``Нацвалюта`` open like a state body's stump but name things."""
    assert _organizations("Держбюджет на наступний рік ухвалили в другому читанні.") == []
    assert _organizations("Держборг України зріс за місяць на три відсотки.") == []
    assert _organizations("Госдолг вырос за месяц на три процента.") == []
    assert _organizations("Нацвалюта подешевела к доллару на межбанке.") == []


def test_compound_names_of_state_bodies_still_found() -> None:
    """Stumps whose rest names a body stay organisations, also at a sentence start."""
    assert "Держприкордонслужба" in _organizations(
        "Держприкордонслужба посилила охорону кордону на Волині."
    )
    assert "Нацполиция" in _organizations("Нацполиция открыла производство по факту кражи.")


def test_surname_after_a_courtesy_noun_agrees_with_it() -> None:
    """``госпожа Петрова``: the feminine noun makes the surname a woman's, ``Петрова``."""
    people = _people("Перед началом заседания госпожа Петрова заявила о поддержке реформы.")
    assert people == ["Петрова"]
    people = _people("Министр встретился с господином Петровым и обсудил с ним ремонт школ.")
    assert people == ["Петров"]


def test_acronym_keeps_the_country_in_russian_too() -> None:
    """``СБУ Украины`` keeps its country as ``СБУ України`` does."""
    assert "СБУ Украины" in _organizations("В СБУ Украины сообщили о задержании агента в Одессе.")
    assert "СБУ України" in _organizations("У СБУ України повідомили про затримання агента.")
