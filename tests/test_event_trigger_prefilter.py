"""One kind's patterns alone rule a sentence out exactly when the full trigger test would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from uanews.model import EventKind
from uanews.parser.events.spans import SpanSet
from uanews.parser.events.triggers import find_triggers, lower_text, may_trigger
from uanews.parser.language import using_language

_WORDS = st.sampled_from(
    [
        "ворог",
        "атакував",
        "ракетний",
        "удар",
        "обстріл",
        "дронами",
        "зустрілися",
        "пожежа",
        "спалахнула",
        "підписали",
        "угоду",
        "матч",
        "хакерська",
        "атака",
        "не",
        "місто",
        "Київ",
        "«",
        "»",
        ",",
        ".",
        "вчора",
    ]
)
_WORDS_RU = st.sampled_from(
    [
        "враг",
        "атаковали",
        "нанесли",
        "ракетный",
        "удар",
        "обстрел",
        "дронами",
        "пожар",
        "вспыхнул",
        "взрыв",
        "прогремел",
        "ДТП",
        "встретился",
        "провел",
        "встречу",
        "подписали",
        "соглашение",
        "матч",
        "хакерская",
        "атака",
        "не",
        "город",
        "Киев",
        "«",
        "»",
        ",",
        ".",
        "вчера",
    ]
)
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)
_SENTENCES_RU = st.lists(_WORDS_RU, min_size=1, max_size=25).map(" ".join)
_LANGUAGE_AND_SENTENCE = st.one_of(
    st.tuples(st.just("uk"), _SENTENCES), st.tuples(st.just("ru"), _SENTENCES_RU)
)


@given(_LANGUAGE_AND_SENTENCE)
def test_a_kind_found_is_never_ruled_out(language_and_sentence: tuple[str, str]) -> None:
    language, sentence = language_and_sentence
    lowered = lower_text(sentence)
    with using_language(language):
        found = find_triggers(sentence, 0, len(sentence), SpanSet(()), lowered)
        for kind in EventKind:
            if kind in found:
                assert may_trigger(kind, 0, len(sentence), lowered)


def test_a_sentence_without_attack_words_is_ruled_out() -> None:
    sentence = "Депутати зустрілися з мешканцями міста."
    lowered = lower_text(sentence)
    assert not may_trigger(EventKind.ATTACK, 0, len(sentence), lowered)
    assert may_trigger(EventKind.ATTACK, 0, len(sentence), None)  # nothing to read: no ruling
    strike = "Ворог завдав ракетного удару по місту."
    assert may_trigger(EventKind.ATTACK, 0, len(strike), lower_text(strike))
    assert EventKind.ATTACK in find_triggers(strike, 0, len(strike), SpanSet(()), None)


def test_the_russian_words_of_the_property_find_triggers_of_several_kinds() -> None:
    # Without them the Russian half of the property above would test nothing.
    found: set[EventKind] = set()
    with using_language("ru"):
        for sentence in (
            "вчера враг атаковали город",
            "вспыхнул пожар",
            "встретился , подписали соглашение",
        ):
            lowered = lower_text(sentence)
            found |= set(find_triggers(sentence, 0, len(sentence), SpanSet(()), lowered))
    assert {EventKind.ATTACK, EventKind.INCIDENT, EventKind.MEETING} <= found
