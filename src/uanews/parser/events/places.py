"""Where an event happened, in the nominative: ``у Харкові`` -> ``Харків``.

`place` gives the first place of a meeting, visit, agreement, presentation or announcement:
``у/в <Place>`` (locative) and, for a visit, its destination ``до <Place>`` (genitive); a host
country after a post (``Посол Литви в Україні``) names the post, not the place. Failing those,
a settlement in the genitive (``у бібліотеці міста Полтави`` -> ``Полтава``). A region on
``на`` (``на Чернігівщині``) and what a visit visited (``відвідав Чернігів``) count too.

`strike_places` gives every place of an attack or an emergency, in text order:

- ``у/в/на <Place>`` (locative) and ``по <Place>`` (dative: ``вдарили по Харкову``), one or
  two words (``у Салтівському районі`` -> ``Салтівський район``, ``на Сумщині`` -> ``Сумщина``);
- the territory a part of which was struck (``прикордоння Сумщини``, ``населені пункти
  Бериславської громади``);
- a place it was near, in the genitive (``поблизу Ковеля``, ``біля села Кленове``, ``поблизу
  села Новий Калкаїв``);
- the object of a strike (``атакували Одесу``, ``обстріл Харкова``, ``атака на Одесу``,
  ``обстріляли Нікопольський район``, ``Харківщину атакували``), and the places a strike fell
  on named as the subject (``під обстріл потрапили Херсон і Білозерка``);
- after a settlement noun the name as written or declined (``у селі Кам'янка``, ``у місті
  Ізюмі`` -> ``Ізюм``), an adjective and its noun together (``у селі Велика Рублівка``);
- coordinated adjectives before a plural head (``у Куп'янському та Ізюмському районах``) give
  one place per adjective (``Куп'янський район``, ``Ізюмський район``).

Words inside a participant's mention (``Харківської ОВА``) are never places, nor is the
territory a body serves right after its mention (``ГУ ДСНС у Полтавській області``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from uanews.model import EventKind
from uanews.parser import lexicon_morph as ru_morph
from uanews.parser.events import lexicon_ru as ru
from uanews.parser.events.lexicon import (
    ATTACK_PLACE_PREPOSITIONS,
    CITY_OF_HEADS,
    CITY_PART_HEADS,
    DAY_NAMES,
    EARLIER_EVENT_PATTERN,
    EARLIER_OPENERS,
    HOST_COUNTRIES,
    LIST_CONJUNCTIONS,
    NEAR_PREPOSITIONS,
    NOT_ATTACK_PLACES,
    NOT_PLACES,
    OUTAGE_PATTERN,
    PART_OF_PLACE_PATTERN,
    PLACE_DESTINATION_PREPOSITIONS,
    PLACE_LIST_STOP_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_SECOND_WORDS,
    PLURAL_PLACE_HEADS,
    PLURAL_SETTLEMENT_NOUNS,
    POST_WORDS,
    PREPOSITION_SECOND_CASES,
    REGION_ADJECTIVE_SUFFIX_PATTERN,
    REGION_HEADS,
    REGION_SUFFIX,
    RELATIONAL_ADJECTIVE_PATTERN,
    RELATIVE_PRONOUN_PATTERN,
    ROUTE_FROM_PREPOSITIONS,
    ROUTE_TO_PREPOSITIONS,
    ROUTE_VERB_PATTERN,
    SETTLEMENT_GENITIVES,
    SETTLEMENT_GROUP_PATTERN,
    SETTLEMENT_NOUNS,
    STATEMENT_VERB_PATTERN,
    STREET_HEADS,
    STRIKE_MEANS_PREPOSITIONS,
    STRUCK_NOUNS,
    STRUCK_VERBS,
    TAKEN_TO_HOSPITAL_PATTERN,
    TERRITORY_HEADS,
    TOWN_BODY_WORDS,
    UNDER_FIRE_PATTERN,
    VISIT_MANNER_PATTERN,
    VISITED_VERBS,
    WHERE_WORDS,
    WORKS_PATTERN,
)
from uanews.parser.events.spans import SpanSet
from uanews.parser.language import current_language, pick, reading_at
from uanews.parser.morph import (
    analyzer,
    nominative_form,
    nominative_or_none,
    parse_word,
    unyo,
)
from uanews.parser.toponyms import (
    russian_adjectival_town,
    russian_place_nominative,
    russian_settlement_name,
    town_of_adjective,
    unknown_russian_word,
)

__all__ = [
    "Dateline",
    "city_after",
    "city_of",
    "dateline",
    "earlier_time",
    "one_name_per_region",
    "place",
    "place_parts",
    "strike_places",
    "town_of_body",
    "visited_objects",
]

_NAME = r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ\-]+"
"""A capitalised word, whatever the flags of the pattern around it."""
_PLACE_BODY = rf"(?P<first>{_NAME})(?:\s+(?P<second>[\w'’ʼ\-]+))?"
_PLACE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(PLACE_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_DESTINATION = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(PLACE_DESTINATION_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_POST_BEFORE = re.compile(
    r"(?<![\w'’ʼ\-])(?:"
    + "|".join(map(re.escape, sorted(POST_WORDS, key=len, reverse=True)))
    + r")(?![\w\-])(?:\s+[\w'’ʼ\-]+){0,3}\s*$",
    re.IGNORECASE,
)
_UPPER_START = re.compile(r"[A-ZА-ЯЁІЇЄҐ]")
# The same patterns over the Russian lexicon (`lexicon_ru`); `pick` chooses per item.
_PLACE_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.PLACE_PREPOSITIONS)})\s+{_PLACE_BODY}", re.IGNORECASE
)
_DESTINATION_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.PLACE_DESTINATION_PREPOSITIONS)})\s+{_PLACE_BODY}",
    re.IGNORECASE,
)
_POST_BEFORE_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.POST_WORDS)})(?![\w\-])(?:\s+[\w'’ʼ\-]+){{0,3}}\s*$",
    re.IGNORECASE,
)
_SETTLEMENT = "|".join(re.escape(noun) for noun in sorted(SETTLEMENT_NOUNS, key=len, reverse=True))
_ATTRIBUTE = r"(?:(?-i:[а-яёіїєґ])[\w'’ʼ\-]+\s+)?"
"""A lowercase word before a settlement noun: its attribute (``по соседнему селу``)."""


def _strike_body(prepositions: Iterable[str]) -> str:
    """Return the body of a strike's place phrase: a name and the word after it, if any.

    The word after is never one of ``prepositions``: it opens the next place phrase (``попала
    в ДТП в Недригайлове``), which a match taking it as the name's second word would hide.
    """
    opener = rf"(?:{'|'.join(prepositions)})(?![\w'’ʼ\-])"
    return rf"(?P<first>{_NAME})(?:\s+(?!{opener})(?P<second>[\w'’ʼ\-]+))?"


_STRIKE_PLACE = re.compile(
    rf"(?<![\w\-])(?P<prep>{'|'.join(ATTACK_PLACE_PREPOSITIONS)})\s+"
    rf"(?:{_ATTRIBUTE}(?P<settlement>(?<![\w\-])(?:{_SETTLEMENT}))\s*(?P<name>{_NAME})"
    rf"(?:\s+(?P<noun>{_NAME}))?|{_strike_body(ATTACK_PLACE_PREPOSITIONS)})",
    re.IGNORECASE,
)


def _near_pattern(prepositions: Iterable[str], settlements: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of a place near which something fell (``під Ірпенем``, ``возле села``).

    ``prepositions`` open it (spaces inside match any white space); a settlement noun in the
    genitive (``settlements``) may stand before the name.
    """
    near = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in prepositions)
    of = "|".join(map(re.escape, settlements))
    return re.compile(
        rf"(?<![\w\-])(?:{near})\s+(?:{_ATTRIBUTE}(?P<settlement>(?<![\w\-])(?:{of}))\s*)?"
        rf"(?P<name>{_NAME})"
        rf"(?:\s+(?P<noun>{_NAME}))?",
        re.IGNORECASE,
    )


def _part_of_pattern(part_of: str) -> re.Pattern[str]:
    """Return the pattern of a place named after the ``part_of`` words (``на околиці Харкова``)."""
    return re.compile(
        rf"(?<![\w\-]){part_of}\s+(?P<first>{_NAME})(?:\s+(?P<second>[\w'’ʼ\-]+))?",
        re.IGNORECASE,
    )


_NEAR = _near_pattern(NEAR_PREPOSITIONS, SETTLEMENT_GENITIVES)
_PART_OF = _part_of_pattern(PART_OF_PLACE_PATTERN)
_SETTLEMENT_RU = "|".join(
    re.escape(noun) for noun in sorted(ru.SETTLEMENT_NOUNS, key=len, reverse=True)
)
_STRIKE_PLACE_RU = re.compile(
    rf"(?<![\w\-])(?P<prep>{'|'.join(ru.ATTACK_PLACE_PREPOSITIONS)})\s+"
    rf"(?:{_ATTRIBUTE}(?P<settlement>(?<![\w\-])(?:{_SETTLEMENT_RU}))\s*(?P<name>{_NAME})"
    rf"(?:\s+(?P<noun>{_NAME}))?|{_strike_body(ru.ATTACK_PLACE_PREPOSITIONS)})",
    re.IGNORECASE,
)
_NEAR_RU = _near_pattern(ru.NEAR_PREPOSITIONS, ru.SETTLEMENT_GENITIVES)
_PART_OF_RU = _part_of_pattern(ru.PART_OF_PLACE_PATTERN)
_REGION = re.compile(rf"(?<![\w\-])на\s+(?P<first>{_NAME})(?P<second>)")
_ATTRIBUTE_OF_VISITED = r"(?:(?P<attr>(?-i:[а-яёіїєґ])[\w'’ʼ\-]+)\s+(?=(?-i:[A-ZА-ЯЁІЇЄҐ])))?"
"""A lowercase adjective between a verb of visiting and the town (``посетил польский Хелм``)."""
_VISITED = re.compile(
    rf"(?<![\w\-])(?:{VISITED_VERBS})\s+{_ATTRIBUTE_OF_VISITED}{_PLACE_BODY}",
    re.IGNORECASE,
)


def _settlement_of_pattern(settlements: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of a name after a settlement noun in the genitive (``села Зоряне``)."""
    of = "|".join(map(re.escape, settlements))
    return re.compile(rf"(?<![\w\-])(?:{of})\s*(?P<first>{_NAME})(?P<second>)", re.IGNORECASE)


_SETTLEMENT_OF = _settlement_of_pattern(SETTLEMENT_GENITIVES)
_SETTLEMENT_OF_RU = _settlement_of_pattern(ru.SETTLEMENT_GENITIVES)
_VISITED_RU = re.compile(
    rf"(?<![\w\-])(?:{ru.VISITED_VERBS})\s+{_ATTRIBUTE_OF_VISITED}{_PLACE_BODY}", re.IGNORECASE
)
_WHERE = rf"(?=\s*,\s*(?:{'|'.join(WHERE_WORDS)})(?![\w\-]))"
_WHERE_RU = rf"(?=\s*,\s*(?:{'|'.join(ru.WHERE_WORDS)})(?![\w\-]))"
_VISITED_WHERE = re.compile(
    rf"(?<![\w\-])(?:{VISITED_VERBS})\s+(?P<first>{_NAME})(?P<second>){_WHERE}", re.IGNORECASE
)
_DESTINATION_WHERE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(PLACE_DESTINATION_PREPOSITIONS)})\s+(?P<first>{_NAME})"
    rf"(?P<second>){_WHERE}",
    re.IGNORECASE,
)
_VISITED_WHERE_RU = re.compile(
    rf"(?<![\w\-])(?:{ru.VISITED_VERBS})\s+(?P<first>{_NAME})(?P<second>){_WHERE_RU}",
    re.IGNORECASE,
)
_DESTINATION_WHERE_RU = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(ru.PLACE_DESTINATION_PREPOSITIONS)})\s+(?P<first>{_NAME})"
    rf"(?P<second>){_WHERE_RU}",
    re.IGNORECASE,
)
"""A place visited or gone to that a ``, где``/``, де`` clause refers back to: the clause's
event (``посетил Харьков, где встретился с мэром``) happened there."""


def _alternatives(*words: tuple[str, ...]) -> str:
    """Return a pattern of ``words``, the longest first, each ending at a word's end."""
    listed = sorted({word for group in words for word in group}, key=len, reverse=True)
    return "|".join(
        re.escape(word) + ("" if word.endswith(".") else r"(?![\w\-])") for word in listed
    )


_STRUCK_SETTLEMENT = _alternatives(SETTLEMENT_NOUNS, SETTLEMENT_GENITIVES)
_STRUCK_SETTLEMENT_RU = _alternatives(ru.SETTLEMENT_NOUNS, ru.SETTLEMENT_GENITIVES)
_MEANS = (
    rf"(?:(?:{'|'.join(STRIKE_MEANS_PREPOSITIONS)})\s+(?-i:[а-яіїєґ])[\w'’ʼ\-]+"
    rf"(?:\s+(?!(?:{_STRUCK_SETTLEMENT}))(?-i:[а-яіїєґ])[\w'’ʼ\-]+)?\s+)?"
)
_MEANS_RU = (
    rf"(?:(?:{'|'.join(ru.STRIKE_MEANS_PREPOSITIONS)})\s+(?-i:[а-яё])[\w\-]+"
    rf"(?:\s+(?!(?:{_STRUCK_SETTLEMENT_RU}))(?-i:[а-яё])[\w\-]+)?\s+)?"
)
"""The weapon after a strike verb, before the place struck (``обстреляли из артиллерии``,
``обстріляли з важкої артилерії``): one or two lowercase words after its preposition; a
settlement noun is never the second (``обстріляли з артилерії селище X``: it heads the
object)."""
_CAPITAL = r"(?-i:[А-ЯЁІЇЄҐ])"
"""A capital Cyrillic letter: a word after a strike verb that starts with one is the place
struck (``обстреляли Лебедин Сумского района``), never the weapon's noun skipped before it."""
_WEAPON_NAME = rf"(?:(?P<weapon>{_CAPITAL}[\w'’ʼ\-]*?[ая]ми)\s+)?"
"""A capitalised weapon's name in the plural instrumental between a strike verb and the place
(``обстріляли Іскандерами Харків``, ``обстреляли Калибрами Николаев``): a place struck stands
in the accusative, so the instrumental (``-ами``, ``-ями``) is the means (`_weapon`)."""
_STRUCK = re.compile(
    rf"(?<![\w\-])(?:(?P<verb>{STRUCK_VERBS})\s+{_MEANS}"
    rf"(?:(?P<extra>(?-i:[а-яіїєґ])[\w'’ʼ\-]+)\s+(?=(?-i:[а-яіїєґ])))?"
    rf"(?:(?!(?:{_STRUCK_SETTLEMENT})|{_CAPITAL})(?P<skip>[\w\-]+)\s+)?{_WEAPON_NAME}"
    rf"|(?P<noun>{STRUCK_NOUNS})\s+)(?:(?P<settlement>{_STRUCK_SETTLEMENT})\s*)?"
    rf"(?P<first>{_NAME})(?:\s+(?P<second>[\w'’ʼ\-]+))?",
    re.IGNORECASE,
)
_STRUCK_RU = re.compile(
    rf"(?<![\w\-])(?:(?P<verb>{ru.STRUCK_VERBS})\s+{_MEANS_RU}"
    rf"(?:(?P<extra>(?-i:[а-яё])[\w\-]+)\s+(?=(?-i:[а-яё])))?"
    rf"(?:(?!(?:{_STRUCK_SETTLEMENT_RU})|{_CAPITAL})(?P<skip>[\w\-]+)\s+)?{_WEAPON_NAME}"
    rf"|(?P<noun>{ru.STRUCK_NOUNS})\s+)(?:(?P<settlement>{_STRUCK_SETTLEMENT_RU})\s*)?"
    rf"(?P<first>{_NAME})(?:\s+(?P<second>[\w\-]+))?",
    re.IGNORECASE,
)
_AND = "|".join(LIST_CONJUNCTIONS)
_AND_RU = "|".join(ru.LIST_CONJUNCTIONS)


def _next_struck_pattern(conjunctions: str, settlements: str) -> re.Pattern[str]:
    """Return the pattern of the next name of a list of places struck.

    It follows a comma or the list's conjunction and may have its settlement noun (``та
    селище X``).
    """
    noun = rf"(?:(?P<{{}}>{settlements})\s*)?"
    return re.compile(
        rf"\s*,\s*(?:(?:{conjunctions})\s+)?{noun.format('noun_first')}(?P<first>{_NAME})"
        rf"|\s+(?:{conjunctions})\s+{noun.format('noun_last')}(?P<last>{_NAME})"
    )


_NEXT_STRUCK = _next_struck_pattern(_AND, _STRUCK_SETTLEMENT)
_NEXT_STRUCK_RU = _next_struck_pattern(_AND_RU, _STRUCK_SETTLEMENT_RU)
"""The next name of a list of places struck (``обстреляли Херсон, Тарасовку и Кринички``,
``обстріляли село X та селище Y``)."""
_COORDINATED = re.compile(
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s+(?:{_AND})\s+{_NAME})\s+"
    rf"(?P<head>{'|'.join(PLURAL_PLACE_HEADS)})(?![\w\-])"
)
_LIST_SPLIT = re.compile(rf"\s*,\s*|\s+(?:{_AND})\s+")
_NOMINATIVE_PLACE = (
    rf"{_NAME}(?:\s+(?!(?:{'|'.join(PLACE_LIST_STOP_WORDS)})(?![\w'’ʼ\-]))"
    rf"(?-i:[а-яіїєґ])[\w'’ʼ\-]+|\s+{_NAME})?"
)
_UNDER_FIRE = re.compile(
    rf"(?<![\w\-]){UNDER_FIRE_PATTERN}\s+(?:[\w'’ʼ\-]+\s+){{0,2}}?"
    rf"(?P<list>{_NOMINATIVE_PLACE}(?:\s*,\s*{_NOMINATIVE_PLACE})*"
    rf"(?:\s+(?:{_AND})\s+{_NOMINATIVE_PLACE})?)",
    re.IGNORECASE,
)
_TERRITORY_BEFORE = r"(?:\s+(?P<second>(?-i:[а-яёіїєґ])[\w'’ʼ\-]+))?"
"""A lowercase word between a name struck and its verb: its territory noun perhaps
(``Черниговскую область атаковали``)."""
_STRUCK_BEFORE = re.compile(
    rf"(?<![\w\-'’ʼ])(?P<first>{_NAME}){_TERRITORY_BEFORE}\s+(?P<verb>{STRUCK_VERBS})(?![\w\-])",
    re.IGNORECASE,
)
_STRUCK_BEFORE_RU = re.compile(
    rf"(?<![\w\-])(?P<first>{_NAME}){_TERRITORY_BEFORE}\s+(?P<verb>{ru.STRUCK_BEFORE_VERBS})"
    rf"(?![\w\-])",
    re.IGNORECASE,
)
_COORDINATED_RU = re.compile(
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s+(?:{_AND_RU})\s+{_NAME})\s+"
    rf"(?P<head>{'|'.join(ru.PLURAL_PLACE_HEADS)})(?![\w\-])"
)
_LIST_SPLIT_RU = re.compile(rf"\s*,\s*|\s+(?:{_AND_RU})\s+")
_NOMINATIVE_PLACE_RU = (
    rf"{_NAME}(?:\s+(?!(?:{'|'.join(ru.PLACE_LIST_STOP_WORDS)})(?![\w\-]))(?-i:[а-яё])[\w\-]+"
    rf"|\s+{_NAME})?"
)
_UNDER_FIRE_RU = re.compile(
    rf"(?<![\w\-]){ru.UNDER_FIRE_PATTERN}\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?P<list>{_NOMINATIVE_PLACE_RU}(?:\s*,\s*{_NOMINATIVE_PLACE_RU})*"
    rf"(?:\s+(?:{_AND_RU})\s+{_NOMINATIVE_PLACE_RU})?)",
    re.IGNORECASE,
)


def _settlement_list_pattern(nouns: Iterable[str], conjunctions: str) -> re.Pattern[str]:
    """Return the pattern of two or more names after a plural settlement noun (``селах X и Y``)."""
    of = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    name = rf"{_NAME}(?:\s+{_NAME})?"
    return re.compile(
        rf"(?<![\w\-])(?P<noun>{of})\s+(?P<list>{name}(?:\s*,\s*{name})*"
        rf"(?:\s*,\s*|\s+(?:{conjunctions})\s+){name})",
        re.IGNORECASE,
    )


_SETTLEMENT_LIST = _settlement_list_pattern(PLURAL_SETTLEMENT_NOUNS, _AND)
_SETTLEMENT_LIST_RU = _settlement_list_pattern(ru.PLURAL_SETTLEMENT_NOUNS, _AND_RU)


def _colon_list_pattern(
    territories: Iterable[str], settlements: Iterable[str], group: str, conjunctions: str
) -> re.Pattern[str]:
    """Return the pattern of a list of places after a plural head and a colon.

    ``пять громад: Зеленодольская, Вишневская и ...``, ``села Коропского района:
    Рыхлы, Покошичи и ...``, ``населенные пункты: ...``: the head is a plural territory noun
    (``territories``) or settlement noun (``settlements``, the ``group`` phrase), perhaps with
    the territory that holds them in the genitive (``owner``: ``Конотопского района``,
    ``Сумщины``, or a lowercase ``области`` that names none); the names after the colon stand
    in apposition to the head, in the nominative or in the head's case (``ударили по двум
    громадам: Ильинской и ...``).
    """
    heads = "|".join(
        sorted({*map(re.escape, territories), *map(re.escape, settlements)}, key=len, reverse=True)
    )
    name = rf"{_NAME}(?:\s+{_NAME})?"
    return re.compile(
        rf"(?<![\w\-])(?P<head>{heads}|{group})(?![\w\-])"
        rf"(?:\s+(?P<owner>{_NAME}(?:\s+(?-i:[а-яёіїєґ])[\w\-]+)?|(?-i:[а-яёіїєґ])[\w\-]+))?"
        rf"\s*:\s*"
        rf"(?P<list>{name}(?:\s*,\s*{name})*(?:\s*,\s*|\s+(?:{conjunctions})\s+){name})",
        re.IGNORECASE,
    )


_COLON_LIST = _colon_list_pattern(
    PLURAL_PLACE_HEADS, PLURAL_SETTLEMENT_NOUNS, SETTLEMENT_GROUP_PATTERN, _AND
)
_COLON_LIST_RU = _colon_list_pattern(
    ru.PLURAL_PLACE_HEADS, ru.PLURAL_SETTLEMENT_NOUNS, ru.SETTLEMENT_GROUP_PATTERN, _AND_RU
)

Spans = SpanSet
"""The spans of the participants' mentions, whose words are never places."""


def _inside(offset: int, mentions: SpanSet) -> bool:
    """Return whether ``offset`` lies inside one of the ``mentions``."""
    return mentions.covers(offset)


def _patterns(kind: EventKind) -> list[tuple[re.Pattern[str], str]]:
    """Return the place patterns of the current language for ``kind``, each with its case."""
    if current_language() == "ru":
        # A Russian destination is accusative after ``в`` (``прибыл в Чернигов``).
        patterns = [(_PLACE_RU, "loct"), (_REGION, "loct")]
        if kind is EventKind.VISIT:
            patterns += [(_DESTINATION_RU, "accs"), (_VISITED_RU, "accs")]
        else:
            patterns += [(_DESTINATION_WHERE_RU, "accs"), (_VISITED_WHERE_RU, "accs")]
        return patterns
    patterns = [(_PLACE, "loct"), (_REGION, "loct")]
    if kind is EventKind.VISIT:
        patterns += [(_DESTINATION, "gent"), (_VISITED, "accs")]
    else:
        patterns += [(_DESTINATION_WHERE, "gent"), (_VISITED_WHERE, "accs")]
    return patterns


def place(text: str, start: int, end: int, kind: EventKind, mentions: Spans) -> str | None:
    """Return the first place named in ``text[start:end]``, in the nominative, or None."""
    found = place_parts(text, start, end, kind, mentions)
    return found[0] if found else None


def place_parts(
    text: str, start: int, end: int, kind: EventKind, mentions: Spans
) -> tuple[str, ...]:
    """Return the first place named in ``text[start:end]`` with its district, or ().

    A district with its city in the genitive after it (``в Покровском районе Кривого
    Рога``) gives the city first, then the district: the event was in both, and the city is
    its main place. Any other place is returned alone; with none, the place the event was
    near (``возле села Кленовое``, ``поблизу Ковеля``, `_near`).
    """
    settled = _settled_place(text, start, end, kind, mentions)
    for _, match, case in _candidates(text, start, end, kind, mentions):
        if settled is not None and match.start() > settled[0]:
            return (settled[1],)  # ``У селі Черняхів на Житомирщині``: the village, first
        if _no_place_of_it(match, start, end, mentions) or _works_site(kind, start, match):
            continue
        attribute = match.groupdict().get("attr")
        post_before = pick(_POST_BEFORE, _POST_BEFORE_RU)
        after_post = post_before.search(text, start, match.start()) is not None
        for phrase in _phrases(match, case, mentions):
            found = _nominative(phrase, case)
            if found is None and attribute is not None and not analyzer().word_is_known(phrase):
                found = phrase  # ``польский Хелм``: a foreign town the dictionary lacks
            if found is None or found.lower() in pick(NOT_PLACES, ru.NOT_PLACES):
                continue
            if _statement_after(text, match.start("first") + len(phrase), end):
                break  # ``В Нафтогазе сообщили``: the body that speaks, not a place
            if match.re is _REGION and not found.endswith(REGION_SUFFIX):
                continue  # ``на Салтівці`` may be a place, ``на Мінекономіки`` is not
            if after_post and found.lower() in pick(HOST_COUNTRIES, ru.HOST_COUNTRIES):
                break  # the post's country, when the post is not part of a participant's mention
            return _with_city(match, phrase, found, end, mentions)
    return _no_other_place(text, start, end, settled, mentions)


def _no_other_place(
    text: str, start: int, end: int, settled: tuple[int, str] | None, mentions: Spans
) -> tuple[str, ...]:
    """Return the place of ``text[start:end]`` when no place pattern gave one, or ().

    The village after a settlement noun (``settled``, `_settled_place`), else, with no place of
    its own, what the event was near (``Возле села Кленовое открыли мост``, `_near`).
    """
    if settled is not None:
        return (settled[1],)
    near = next(_near(text, start, end, mentions), None)
    return () if near is None else (near[1],)


_WORKS_KINDS = frozenset({EventKind.ANNOUNCEMENT, EventKind.AGREEMENT})
"""Kinds whose object may be works at a site of their own (`_works_site`)."""
_WORKS = re.compile(rf"(?<![\w\-]){WORKS_PATTERN}(?![\w\-])[^,;:()—–]*$", re.IGNORECASE)
_WORKS_RU = re.compile(rf"(?<![\w\-]){ru.WORKS_PATTERN}(?![\w\-])[^,;:()—–]*$", re.IGNORECASE)
_WORKS_REACH = 80
"""How many characters before a place its clause is read for a noun of works."""


def _works_site(kind: EventKind, start: int, match: re.Match[str]) -> bool:
    """Return whether the place ``match`` found is the site of works an event of ``kind`` is on.

    ``Исполком горсовета решил выделить 42 млн на замену водовода в Заводском районе``,
    ``підписали меморандум про будівництво електростанції у Миколаївській області``: after a
    noun of works (`lexicon.WORKS_PATTERN`) in the same clause (no comma, colon or dash
    between), read no further back than ``start`` and `_WORKS_REACH` characters, the place
    is where the works are to be, not where the decision was taken or the agreement signed
    (`_WORKS_KINDS`).
    """
    if kind not in _WORKS_KINDS:
        return False
    at = match.start()
    low = max(start, at - _WORKS_REACH)
    return pick(_WORKS, _WORKS_RU).search(match.string, low, at) is not None


_STRUCK_KINDS = frozenset({EventKind.ATTACK, EventKind.INCIDENT})
"""Kinds whose places `strike_places` reads, with settlement nouns of their own."""


def _settled_place(
    text: str, start: int, end: int, kind: EventKind, mentions: Spans
) -> tuple[int, str] | None:
    """Return the offset of the first place named after a settlement noun, and its name.

    ``У селі Черняхів на Житомирщині відкрили завод``, ``В селе Шабо открыли ...``: the name
    after a settlement noun (`lexicon.SETTLEMENT_NOUNS`: ``селі``, ``місті``, ``селе``) is the
    settlement's, in the nominative that apposition keeps or in the noun's case, read as a
    strike's is (`_settlement_name`); a lowercase noun stands between the preposition and the
    name, so the plain place pattern, which wants the name right after the preposition, does
    not see it. For any kind but a strike's or an emergency's, whose places `strike_places`
    reads already; not where the phrase is the place something or someone else is in
    (`_someone_elses`: ``завод, який працює в селі X``).
    """
    if kind in _STRUCK_KINDS:
        return None
    for match in pick(_STRIKE_PLACE, _STRIKE_PLACE_RU).finditer(text, start, end):
        if match.group("settlement") is None or _someone_elses(text, start, match.start()):
            continue
        case = pick(ATTACK_PLACE_PREPOSITIONS, ru.ATTACK_PLACE_PREPOSITIONS)[
            match.group("prep").lower()
        ]
        found = _settlement_name(match, case, mentions)
        if found is not None and found[1].lower() not in pick(NOT_PLACES, ru.NOT_PLACES):
            return match.start(), found[1]
    return None


def _no_place_of_it(match: re.Match[str], start: int, end: int, mentions: Spans) -> bool:
    """Return whether the candidate ``match`` in ``match.string[start:end]`` is no place of it.

    It is none when its word is lowercase or a participant's (``Посол Литви в Україні`` names a
    post), when it belongs to someone else (`_someone_elses`), or when a lowercase adjective
    before it does not make it a town (`_attributed_town`, `_named_on`: ``відвідав міський
    Центр надання послуг`` names an institution).
    """
    text, first = match.string, match.group("first")
    if not _UPPER_START.match(first) or _inside(match.start("first"), mentions):
        return True
    if _someone_elses(text, start, match.start()):
        return True  # ``с волонтерами, которые работают в Никополе``: where they are, not it
    attribute = match.groupdict().get("attr")
    return attribute is not None and (
        not _attributed_town(attribute, first) or _named_on(text, match.end("first"), end)
    )


def _phrases(match: re.Match[str], case: str, mentions: Spans) -> list[str]:
    """Return the place's one word and, first, its two words when they make one name.

    The second word joins a place's name when it is a territory's or state's word
    (`lexicon.PLACE_SECOND_WORDS`), the noun of an adjective (``Белой Церкви``), or, for an
    object visited, a territory noun (``посетил Винницкую область``).
    """
    first, second = match.group("first"), match.group("second")
    if _second_joins(match, mentions, territory=case == "accs"):
        return [f"{first} {second}", first]
    return [first]


def _second_joins(match: re.Match[str], mentions: Spans, *, territory: bool) -> bool:
    """Return whether ``match``'s second word joins its first in one place's name.

    It does when it is a territory's or state's word (`lexicon.PLACE_SECOND_WORDS`) or the
    noun of an adjective (``Белой Церкви``), and, where ``territory`` is set, a territory
    noun (``Винницкую область``); never when it opens a participant's mention.
    """
    first, second = match.group("first"), match.group("second")
    return (
        second is not None
        and not _inside(match.start("second"), mentions)
        and (
            second in pick(PLACE_SECOND_WORDS, ru.PLACE_SECOND_WORDS)
            or _name_pair(first, second)
            or (territory and _territory(second))
        )
    )


def _attributed_town(attribute: str, name: str) -> bool:
    """Return whether ``attribute name`` after a verb of visiting is a town and its adjective.

    ``посетил польский Хелм``, ``відвідав польський Хелм``: a relational adjective of a country
    or region (`lexicon.RELATIONAL_ADJECTIVE_PATTERN`) says whose town it is; the name must
    read as a town: a word the dictionary does not know, a toponym (Russian) or a lifeless
    noun (Ukrainian, whose dictionary marks no toponyms).
    """
    relational = pick(_RELATIONAL, _RELATIONAL_RU).fullmatch(attribute.lower())
    if relational is None or not _adjective(attribute):
        return False
    word = name.lower()
    if not analyzer().word_is_known(word):
        return True
    if current_language() == "ru":
        return any("Geox" in parse.tag.grammemes for parse in parse_word(word))
    return any(parse.tag.POS == "NOUN" and "inan" in parse.tag for parse in parse_word(word))


def _named_on(text: str, at: int, end: int) -> bool:
    """Return whether a lowercase word other than a function word follows offset ``at``.

    A town's name ends at a punctuation mark, a capitalised word or a function word
    (``посетил польский Хелм, где ...``, ``... Хелм и Люблин``); an institution's name goes on
    in lowercase (``Центр надання послуг``).
    """
    word = _NEXT_WORD.match(text, at, end)
    if word is None or not word.group("word")[:1].islower():
        return False
    return not any(
        parse.tag.POS in {"PREP", "CONJ", "PRCL"} for parse in parse_word(word.group("word"))
    )


_RELATIONAL = re.compile(RELATIONAL_ADJECTIVE_PATTERN)
_RELATIONAL_RU = re.compile(ru.RELATIONAL_ADJECTIVE_PATTERN)


def _with_city(
    match: re.Match[str], phrase: str, found: str, end: int, mentions: Spans
) -> tuple[str, ...]:
    """Return the place ``found`` for ``phrase`` ``match`` found, after its city if a district.

    ``в Богунском районе Житомира`` -> (``Житомир``, ``Богунский район``).
    """
    if " " in phrase and _city_part(phrase.rsplit(maxsplit=1)[-1]):
        city = city_after(match.string, match.start("first") + len(phrase), end, mentions)
        if city is not None:
            return city, found
    return (found,)


_EARLIER = re.compile(rf"(?<![\w\-]){EARLIER_EVENT_PATTERN}\s+[\w\-]+\s+$", re.IGNORECASE)
_EARLIER_RU = re.compile(rf"(?<![\w\-]){ru.EARLIER_EVENT_PATTERN}\s+[\w\-]+\s+$", re.IGNORECASE)
"""An earlier event's noun right before a place's preposition (``прошлого визита | в Сумы``)."""
_RELATIVE = re.compile(rf",\s*{RELATIVE_PRONOUN_PATTERN}(?![\w\-])", re.IGNORECASE)
_RELATIVE_RU = re.compile(rf",\s*{ru.RELATIVE_PRONOUN_PATTERN}(?![\w\-])", re.IGNORECASE)
_RELATIVE_REACH = 80
"""How many characters before a place its clause is read for a relative pronoun."""


_EARLIER_REACH = 40
"""How many characters before a place are read for an earlier event's noun."""


def _someone_elses(text: str, start: int, at: int) -> bool:
    """Return whether the place at offset ``at`` belongs to something else than the event.

    It does inside a relative clause (`_in_relative_clause`) and after the noun of an earlier
    event (``во время прошлого визита в Сумы``, ``під час минулого візиту до Сум``).
    """
    earlier = pick(_EARLIER, _EARLIER_RU)
    return (
        _in_relative_clause(text, start, at)
        or earlier.search(text, max(start, at - _EARLIER_REACH), at) is not None
    )


def _in_relative_clause(text: str, start: int, at: int) -> bool:
    """Return whether the clause before offset ``at`` is opened by a relative pronoun.

    Only the last comma's clause counts, read no further back than ``start`` and
    `_RELATIVE_REACH` characters.
    """
    low = max(start, at - _RELATIVE_REACH)
    comma = text.rfind(",", low, at)
    return comma >= 0 and pick(_RELATIVE, _RELATIVE_RU).match(text, comma, at) is not None


_STATEMENT = re.compile(rf"\s+{STATEMENT_VERB_PATTERN}(?![\w\-])", re.IGNORECASE)
_STATEMENT_RU = re.compile(rf"\s+{ru.STATEMENT_VERB_PATTERN}(?![\w\-])", re.IGNORECASE)


def _statement_after(text: str, at: int, end: int) -> bool:
    """Return whether a plural speech verb follows offset ``at`` (``В Нафтогазе | сообщили``).

    ``в/у <Name>`` right before it names the body whose staff made a statement (``В ГСЧС
    сообщили``, ``У Нафтогазі повідомили``), not where the event was.
    """
    return pick(_STATEMENT, _STATEMENT_RU).match(text, at, end) is not None


def visited_objects(text: str, start: int, end: int) -> list[int]:
    """Return the offsets of the capitalised words right after a verb of visiting in the span.

    What ``посетил``/``відвідав`` governs is the place visited: a city (read by `place`) or an
    institution named as a participant (``посетил Черниговскую областную больницу``).
    """
    visited = pick(_VISITED, _VISITED_RU)
    return [match.start("first") for match in visited.finditer(text, start, end)]


def _candidates(
    text: str, start: int, end: int, kind: EventKind, mentions: Spans
) -> list[tuple[int, re.Match[str], str]]:
    """Return the matches of places in ``text[start:end]`` for ``kind``, each with its case.

    By position only: Russian ``в`` opens both a place and a destination, the place first;
    the genitive settlements (`_settlements`) come after them all.
    """
    matches = [
        (match.start(), match, case)
        for pattern, case in _patterns(kind)
        for match in pattern.finditer(text, start, end)
    ]
    if kind is EventKind.VISIT:
        matches.extend(_visited_before(text, start, end, mentions))
    return [*sorted(matches, key=_first), *_settlements(text, start, end)]


def _first(found: tuple[int, re.Match[str], str]) -> int:
    """Return the offset a place's match starts at, to sort matches by."""
    return found[0]


_TERRITORY_WORD = r"(?:\s+(?P<second>(?-i:[а-яёіїєґ])[\w'’ʼ\-]+))?"
"""A lowercase word after a name before a verb of visiting: a territory noun perhaps
(``Винницкую область посетил``)."""
_VISITED_BEFORE = re.compile(
    rf"(?P<first>{_NAME}){_TERRITORY_WORD}(?:\s+{VISIT_MANNER_PATTERN})?"
    rf"\s+(?:{VISITED_VERBS})\s+(?P<subject>[\w'’ʼ\-]+)",
    re.IGNORECASE,
)
_VISITED_BEFORE_RU = re.compile(
    rf"(?P<first>{_NAME}){_TERRITORY_WORD}(?:\s+{ru.VISIT_MANNER_PATTERN})?"
    rf"\s+(?:{ru.VISITED_VERBS})\s+(?P<subject>[\w\-]+)",
    re.IGNORECASE,
)


def _visited_before(
    text: str, start: int, end: int, mentions: Spans
) -> list[tuple[int, re.Match[str], str]]:
    """Return the places visited that stand before their verb (``Житомир посетила делегация``).

    The name is the object, in the accusative, when the word after the verb can be its subject
    in the nominative (``делегация``, ``литовская``) and the name reads as a place, not as a
    person: a toponym (Russian) or a lifeless noun capitalised inside the sentence (Ukrainian,
    whose dictionary marks no toponyms).
    """
    found = []
    for match in pick(_VISITED_BEFORE, _VISITED_BEFORE_RU).finditer(text, start, end):
        name = match.group("first").lower()
        if _inside(match.start("first"), mentions) or not _subject(match.group("subject")):
            continue
        if _attribute_before(text, start, match.start()):
            continue  # ``Делегация польского Ополе посетила Днепр``: the guests' town
        second = match.group("second")
        if second is not None:
            if _territory(second) and _adjective(name):  # ``Винницкую область посетил``
                found.append((match.start(), match, "accs"))
            continue
        if _HYPHENATED_TOWN.fullmatch(match.group("first")):
            # ``Новоград-Волынский посетила``: a noun and an adjective agreeing, a town's name
            if _hyphenated_town(match.group("first"), "accs") is not None:
                found.append((match.start(), match, "accs"))
            continue
        readings = parse_word(name)
        if current_language() == "ru":
            place_like = unknown_russian_word(name) or any(
                "Geox" in parse.tag.grammemes and parse.tag.case == "accs" for parse in readings
            )
        else:
            place_like = bool(text[start : match.start()].strip()) and any(
                parse.tag.POS == "NOUN" and parse.tag.case == "accs" and "inan" in parse.tag
                for parse in readings
            )
        if place_like and not _animate(name):
            found.append((match.start(), match, "accs"))
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
"""The word right before an offset, spaces between."""


def _attribute_before(text: str, start: int, at: int) -> bool:
    """Return whether the name at ``at`` hangs on an adjective in the genitive before it.

    ``Делегация польского Ополе посетила Днепр``, ``Делегація польського Ополе відвідала
    Дніпро``: a lowercase adjective in the genitive before the name makes it a genitive too,
    the attribute of the noun before (whose town the guests are from), so it is not the
    object of the verb after it; the object is what follows the verb. A time before it
    (``Минулого тижня Житомир відвідала делегація``) ends in a noun, not an adjective.
    """
    word = _WORD_BEFORE.search(text, start, at)
    if word is None or not word.group(1)[:1].islower():
        return False
    readings = parse_word(word.group(1).lower())
    return bool(readings) and all(
        parse.tag.POS == "ADJF" and parse.tag.case in {"gent", "accs"} for parse in readings
    )


def _subject(word: str) -> bool:
    """Return whether ``word`` can start a subject: a noun or an adjective in the nominative."""
    return any(
        parse.tag.POS in {"NOUN", "ADJF"} and parse.tag.case == "nomn"
        for parse in parse_word(word.lower())
    )


def _settlements(text: str, start: int, end: int) -> list[tuple[int, re.Match[str], str]]:
    """Return the genitive settlement names of ``text[start:end]`` (``бібліотеці міста Полтави``).

    They come after the ``у/в`` places: a settlement in the genitive names where the place the
    event was at stands (``у бібліотеці міста Полтави``) when no ``у <Place>`` does.
    """
    settlement_of = pick(_SETTLEMENT_OF, _SETTLEMENT_OF_RU)
    return [(match.start(), match, "gent") for match in settlement_of.finditer(text, start, end)]


def _settlement_name(match: re.Match[str], case: str, mentions: Spans) -> tuple[int, str] | None:
    """Return the offset and nominative of the name after a settlement noun, or None.

    An adjective takes the noun after it (``у селі Велика Рублівка``, ``у місті Білій Церкві``);
    a name the dictionary does not know stays as written, in the nominative a settlement noun
    leaves it in (``у селищі Печеніги``).
    """
    name = match.group("name")
    if not name[:1].isupper() or _inside(match.start("name"), mentions):
        return None
    noun = match.group("noun")
    names = [name]
    if (
        noun is not None
        and _adjective(name)
        and not _only_adjective(noun)  # ``села Кленове Фастівського району``: the district's
        and not _inside(match.start("noun"), mentions)
        and not _territory_next(match.string, match.end("noun"))
    ):
        names.insert(0, f"{name} {noun}")
    if len(names) == 1 and current_language() == "ru" and unknown_russian_word(name):
        # ``возле села Вакуленцы``: no dictionary guess for a name Russian does not know.
        return match.start("name"), russian_settlement_name(name, case)
    for one in names:
        found = _named_nominative(one, noun if one is not name else None, case)
        if found is not None:
            return match.start("name"), found
    apposed = _apposed_adjective(name)  # ``по пгт Боровая``: an adjective name, as written
    if apposed is not None:
        return match.start("name"), apposed
    unknown = not any(analyzer().word_is_known(word.lower()) for word in names[-1].split())
    # ``у селищі Печеніги``: a name the dictionary does not know is kept as written; so is
    # one it reads only as a person's name (``возле села Зоряне``, read as a locative of
    # ``Зорян``) or as no noun or adjective at all (``возле села Красно``, an adverb or a short
    # adjective), which cannot agree with the settlement noun: the settlement's own name in
    # the nominative that apposition keeps.
    if unknown or (" " not in name and (_only_person_name(name) or _no_declined_reading(name))):
        return match.start("name"), names[-1]
    return None


def _named_nominative(name: str, noun: str | None, case: str) -> str | None:
    """Return the nominative of a settlement's ``name`` after its noun in ``case``, or None.

    ``noun`` is the name's second word when ``name`` is an adjective and that noun, else None.
    The name agrees with the settlement noun or keeps the nominative of apposition: a pair whose
    noun has no form of ``case`` (``поблизу села Руська Поляна``, not ``Русько``, a surname's
    form) and one word read in ``case`` only as a common noun's plural (``возле села
    Кожухов``, not ``Кожуха``) agree with no settlement noun, so they are in the nominative.
    """
    if noun is not None and not _has_case(noun, case):
        return nominative_or_none(name, case="nomn") or _apposed_pair(name)
    if noun is None and _plural_only_reading(name, case):
        return nominative_or_none(name, case="nomn") or name
    found = nominative_or_none(name, case=case) or nominative_or_none(name, case="nomn")
    if found is None and noun is not None:
        found = _apposed_pair(name)
    return found


def _plural_only_reading(word: str, case: str) -> bool:
    """Return whether ``word`` reads as a noun in ``case`` only in the plural of a common noun.

    A settlement named after its noun agrees with it in the singular (``села Кленового``) or is
    a plural-only name (``города Сум``); a plural of a noun that has a singular (``кожухов``,
    of ``кожух``) agrees with no settlement noun. Never for the nominative.
    """
    if case == "nomn":
        return False
    readings = [
        parse
        for parse in parse_word(word.lower())
        if parse.tag.POS == "NOUN" and parse.tag.case == case
    ]
    return bool(readings) and all(
        parse.tag.number == "plur" and "Pltm" not in parse.tag.grammemes for parse in readings
    )


def _has_case(word: str | None, case: str) -> bool:
    """Return whether ``word`` has a noun reading in ``case`` (any, when the case is nominative)."""
    if word is None or case == "nomn":
        return True
    return any(
        parse.tag.POS == "NOUN" and parse.tag.case == case for parse in parse_word(word.lower())
    )


def _apposed_pair(pair: str) -> str | None:
    """Return an adjective and a name after a settlement noun as written, if it is nominative.

    ``на село Малая Тарасовка``, ``в селе Малая Виска``: a two-word name the dictionary does not
    hold as one stays in the nominative apposition keeps; its adjective in the nominative shows
    it (the caller has already put aside a district's adjective before its noun); else None.
    """
    adjective, noun = pair.split()
    if _apposed_adjective(adjective) is None or _only_adjective(noun):
        return None
    return pair


def _no_declined_reading(word: str) -> bool:
    """Return True when ``word`` has dictionary readings but none as a noun or a full adjective."""
    parses = parse_word(word.lower())
    return bool(parses) and all(parse.tag.POS not in {"NOUN", "ADJF"} for parse in parses)


_PERSON_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _name_pair(first: str, second: str) -> bool:
    """Return whether two capitalised words are one place's name (``Кривом Роге``).

    The first is then an adjective agreeing with the second (``Белой Церкви``, ``Новой
    Ушице``); a noun and an adjective after it (``Купянску Харьковской``) are a town and the
    start of its region's name.
    """
    return (
        _UPPER_START.match(second) is not None and _adjective(first) and not _only_adjective(second)
    )


def _only_person_name(word: str) -> bool:
    """Return True when every dictionary reading of ``word`` is a person's name."""
    parses = parse_word(word.lower())
    return bool(parses) and all(_PERSON_NAME_TAGS & parse.tag.grammemes for parse in parses)


def _after_mention(text: str, at: int, mentions: Spans) -> bool:
    """Return whether a participant's mention ends right before offset ``at`` (spaces between)."""
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before >= 0 and _inside(before, mentions)


def _adjective(word: str) -> bool:
    """Return whether ``word`` can be an adjective: the first word of ``Велика Рублівка``."""
    return any(parse.tag.POS == "ADJF" for parse in parse_word(word.lower()))


def _territory(word: str) -> bool:
    """Return whether ``word`` is a form of a territory noun (``району``, ``громадою``)."""
    heads = pick(TERRITORY_HEADS, ru.TERRITORY_HEADS)
    return any(parse.normal_form in heads for parse in parse_word(word.lower()))


def _nominative(phrase: str, case: str) -> str | None:
    """Return the place ``phrase`` in ``case`` put in the nominative, or None.

    A Russian region in ``-щина`` declines regularly (`lexicon_ru.REGION_ENDINGS`), and the
    Russian dictionary knows few of them (it guesses ``Сумщиня``): its nominative comes from
    its ending (``на Харьковщине`` -> ``Харьковщина``).
    """
    ending = ru.REGION_ENDINGS.get(case)
    if (
        ending is not None
        and current_language() == "ru"
        and " " not in phrase
        and phrase[:1].isupper()
        and phrase.lower().endswith(ending)
    ):
        return phrase[: -len(ending)] + REGION_SUFFIX
    hyphenated = _hyphenated_town(phrase, case) if _HYPHENATED_TOWN.fullmatch(phrase) else None
    if hyphenated is not None:
        return hyphenated
    if current_language() == "ru" and phrase[:1].isupper() and unknown_russian_word(phrase):
        if phrase.endswith(ru.NEUTER_REGION_ENDING) and case in ru.NEUTER_REGION_KEPT_CASES:
            return phrase  # ``на Закарпатье``: a neuter region keeps its nominative's ending
        # ``в Ирпене``, ``в Кропивницком``: see `uanews.parser.toponyms`
        return russian_place_nominative(phrase, case) or russian_adjectival_town(phrase, case)
    found = nominative_or_none(phrase, case=case)
    if found is not None and " " not in phrase and _surname_adjective(phrase, case):
        return None  # ``в Ізмаїльському порту``: the adjective of the noun after it
    if found is not None and " " not in phrase:
        found = _masculine_town(phrase, case) or _neuter_town_of_surname(phrase, case) or found
    elif found is None and current_language() == "ru" and phrase.count(" ") == 1:
        found = _russian_pair(phrase, case) or _russian_city_part(phrase, case)
    return None if found is None else _unstressed_adjective(found, phrase)


def _neuter_town_of_surname(word: str, case: str) -> str | None:
    """Return the neuter town a Russian ``-ском`` form read only as a surname names, or None.

    ``в Каменском``: the Russian dictionary lacks the adjective and reads the form only as a
    surname's (``Каменский``), which is no place; a town named by an adjective shares that form
    with its neuter (``Каменское``), and when the dictionary has that neuter as a place
    (``Geox``), it is the town.
    """
    if current_language() != "ru":
        return None
    nouns = [
        parse
        for parse in parse_word(word.lower())
        if parse.tag.case == case and parse.tag.POS == "NOUN"
    ]
    if not nouns or not all("Surn" in parse.tag.grammemes for parse in nouns):
        return None
    for parse in nouns:
        lemma = parse.normal_form
        if not lemma.endswith(ru_morph.RUSSIAN_SK_LEMMA_ENDINGS):
            continue
        neuter = lemma[: -len("ий")] + ru_morph.RUSSIAN_NEUTER_ADJECTIVE_ENDING
        if any(
            "Geox" in town.tag.grammemes and town.tag.case == "nomn" and town.normal_form == neuter
            for town in analyzer("ru").parse(neuter)
        ):
            return _capitalised_as(neuter, word)
    return None


def _surname_adjective(word: str, case: str) -> bool:
    """Return whether ``word`` in ``case`` is an adjective whose only noun reading is a surname.

    ``в Ізмаїльському морському порту``: a place is a lifeless noun, so an adjective the
    dictionary also lists only as a person's surname (``Ізмаїльський``) is no place; a town
    named by an adjective has a lifeless noun reading too (``у Хмельницькому``,
    ``у Покровському``).
    """
    readings = [parse for parse in parse_word(word.lower()) if parse.tag.case == case]
    nouns = [parse for parse in readings if parse.tag.POS == "NOUN"]
    return (
        any(parse.tag.POS == "ADJF" for parse in readings)
        and bool(nouns)
        and all("Surn" in parse.tag.grammemes for parse in nouns)
    )


def _unstressed_adjective(found: str, phrase: str) -> str:
    """Return ``found`` with a guessed Russian ``-ской`` adjective as ``-ский``.

    ``в Яготинском районе``: for an adjective the dictionary does not know, the guesser may
    rank the stressed masculine ``-ской`` first; the adjectives of Ukrainian places keep the
    stress on their stem (``Яготинский``, ``Глобинский``), and the stressed ones (``Донской``,
    ``Заводской``) are dictionary words, so an unknown word takes the unstressed ending.
    """
    first, _, rest = found.partition(" ")
    written = phrase.split(maxsplit=1)[0]
    if (
        current_language() != "ru"
        or not first.endswith(ru.STRESSED_ADJECTIVE_ENDING)
        or analyzer().word_is_known(written.lower())
    ):
        return found
    first = first[: -len(ru.STRESSED_ADJECTIVE_ENDING)] + ru.UNSTRESSED_ADJECTIVE_ENDING
    return f"{first} {rest}" if rest else first


_HYPHENATED_TOWN = re.compile(r"(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ]+-(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ]+")
"""A town named by a noun and an adjective joined by a hyphen (``Переяслав-Хмельницкий``)."""


def _hyphenated_town(phrase: str, case: str) -> str | None:
    """Return the nominative of a hyphenated town, a noun and an adjective, in ``case``, or None.

    ``в Переяслав-Хмельницкий``, ``в Переяславе-Хмельницком``, ``до Новограда-Волинського``:
    both parts decline, the second as a masculine adjective agreeing with the first, so each is
    put in the nominative on its own: the noun by the place rules, the adjective in the
    masculine singular it agrees in. The dictionary holds few such towns as one word.
    """
    noun, adjective = phrase.split("-")
    readings = [
        parse
        for parse in parse_word(adjective.lower())
        if parse.tag.POS == "ADJF"
        and parse.tag.case == case
        and parse.tag.gender == "masc"
        and parse.tag.number != "plur"
    ]
    if not readings:
        return None
    head = _masculine_head(noun, case)
    form = readings[0].inflect({"nomn", "masc"} | ({"sing"} if readings[0].tag.number else set()))
    if head is None or form is None:
        return None
    return f"{head}-{_capitalised_as(unyo(str(form.word), adjective), adjective)}"


def _masculine_head(noun: str, case: str) -> str | None:
    """Return the nominative of the masculine noun a hyphenated town opens with, or None.

    The adjective after it agrees, so the noun is a masculine singular in ``case`` (``Кам'янці``
    is ``Кам'янець``, not ``Кам'янка``), or it stays in the nominative, undeclined
    (``Переяслава-Хмельницкого``).
    """
    for parse in parse_word(noun.lower()):
        if (
            parse.tag.POS == "NOUN"
            and parse.tag.gender == "masc"
            and parse.tag.number != "plur"
            and parse.tag.case in {case, "nomn"}
        ):
            form = nominative_form(parse, "sing", "masc")
            if form is not None:
                return _capitalised_as(unyo(str(form.word), noun), noun)
    return None


def _russian_pair(phrase: str, case: str) -> str | None:
    """Return the nominative of a Russian adjective and a place noun in ``case``, or None.

    ``обстреляли Великую Лепетиху``: the Russian dictionary lacks many Ukrainian towns named by
    an adjective and a noun. The adjective agrees with the noun, so its reading in ``case``
    gives the gender, and its nominative in that gender joins the noun's nominative read by
    the declension of Ukrainian place names in Russian (`russian_place_nominative`).
    """
    adjective, noun = phrase.split()
    if not (adjective[:1].isupper() and noun[:1].isupper()):
        return None
    readings = [
        parse
        for parse in parse_word(adjective.lower())
        if parse.tag.POS == "ADJF" and parse.tag.case == case and parse.tag.number == "sing"
    ]
    if not readings:
        return None
    named = russian_place_nominative(noun, case)
    if named is None:
        return None
    for parse in readings:
        form = parse.inflect({"nomn", "sing", parse.tag.gender})
        if form is not None and _gender_of_name(named) == parse.tag.gender:
            return f"{_capitalised_as(str(form.word), adjective)} {named}"
    return None


def _russian_city_part(phrase: str, case: str) -> str | None:
    """Return the nominative of a Russian district named by an unknown adjective, or None.

    ``в Пересыпском районе Одессы``, ``в Салтовском районе``: the Russian dictionary lacks
    many adjectives of Ukrainian city districts, and its guesser reads such a word first as
    a noun, so the phrase as a whole has no nominative. A lowercase noun of a part of a city
    (`lexicon_ru.CITY_PART_HEADS`: ``районе``, ``микрорайоне``) after it makes the word its
    adjective: the adjective's guessed reading in ``case`` that agrees with the noun, put in
    the nominative, names the district (``Пересыпский район``). Only for a word the
    dictionary does not know (`unknown_russian_word`): a known one has its own readings.
    """
    adjective, noun = phrase.split()
    if not (adjective[:1].isupper() and noun[:1].islower()) or not unknown_russian_word(adjective):
        return None
    heads = [
        parse
        for parse in parse_word(noun)
        if parse.tag.POS == "NOUN"
        and parse.normal_form in ru.CITY_PART_HEADS
        and parse.tag.case == case
        and parse.tag.number == "sing"
    ]
    if not heads:
        return None
    head = heads[0]
    for parse in parse_word(adjective.lower()):
        if (
            parse.tag.POS == "ADJF"
            and parse.tag.case == case
            and parse.tag.number == "sing"
            and parse.tag.gender == head.tag.gender
        ):
            form = parse.inflect({"nomn", "sing", head.tag.gender})
            if form is not None:
                return f"{_capitalised_as(str(form.word), adjective)} {head.normal_form}"
    return None


def _gender_of_name(name: str) -> str:
    """Return the gender a Russian place name's nominative ending shows (``-а``: feminine)."""
    return "femn" if name.lower().endswith(("а", "я")) else "masc"


def _masculine_town(word: str, case: str) -> str | None:
    """Return the masculine town an adjectival name in ``case`` names, if the dictionary has it.

    A town named by an adjective declines as one, and its masculine and neuter share the
    oblique forms (``у Кропивницькому``, ``з Кропивницького``: ``-ому``, ``-ого``), so the form
    cannot tell ``Кропивницький`` from a neuter ``Кропивницьке``. The dictionary lists the
    neuter noun with every form but a masculine place noun (``кропивницький``, inanimate)
    with only some, so its neuter answer wins by default; when the masculine of the
    adjective's lemma is a place noun of the dictionary too, it is the one taken, as the
    adjective's own dictionary form. Else None (``у Липівському`` -> ``Липівське``,
    whose masculine is no place noun).
    """
    if not word[:1].isupper() or case == "nomn":
        return None
    readings = parse_word(word.lower())
    shared = {
        parse.normal_form
        for parse in readings
        if parse.tag.POS == "ADJF" and parse.tag.case == case and parse.tag.gender == "neut"
    }
    for lemma in shared:
        if any(
            parse.tag.POS == "NOUN"
            and parse.normal_form == lemma
            and parse.tag.gender == "masc"
            and "inan" in parse.tag
            and parse.tag.case == "nomn"
            for parse in parse_word(lemma)
        ):
            return _capitalised_as(lemma, word)
    return None


def _apposed_name(name: str, case: str) -> str | None:
    """Return the nominative of a settlement's ``name`` after its noun in ``case``, or None.

    The name after ``село``/``с.`` mostly keeps its nominative (``обстреляли село Петровка``)
    and may agree with the noun (``обстрел села Петровки``); a name the dictionary does not
    know is read as after a settlement noun elsewhere (`_settlement_name`).
    """
    if current_language() == "ru" and unknown_russian_word(name):
        return russian_settlement_name(name, case)
    found = nominative_or_none(name, case="nomn")
    if found is None and case == "accs" and _animate_accusative(name):
        return name  # ``поселок Журавля``: no settlement is animate, so this is its nominative
    found = found or nominative_or_none(name, case=case)
    if found is None and not analyzer().word_is_known(name.lower()):
        return name
    return found


def _animate_accusative(word: str) -> bool:
    """Return whether ``word`` reads as an accusative noun only of an animate one (``журавля``).

    A settlement's name is lifeless: a form that is an accusative only of a person or an animal
    (the genitive-like accusative) is no accusative of a settlement's name.
    """
    readings = [
        parse
        for parse in parse_word(word.lower())
        if parse.tag.POS == "NOUN" and parse.tag.case == "accs"
    ]
    return bool(readings) and all("anim" in parse.tag for parse in readings)


def _apposed_adjective(name: str) -> str | None:
    """Return ``name`` if it reads as an adjective in the nominative, else None.

    After a settlement noun the name stands in apposition and keeps its nominative (``по пгт
    Боровая``, ``в селе Казачья``); a name made from an adjective has no noun reading to
    put in the nominative, so it is taken as written.
    """
    if any("ADJF" in parse.tag and parse.tag.case == "nomn" for parse in parse_word(name.lower())):
        return name
    return None


def _strike_place(match: re.Match[str], mentions: Spans) -> tuple[int, str] | None:
    """Return the offset and nominative of the place ``match`` found, or None."""
    case = pick(ATTACK_PLACE_PREPOSITIONS, ru.ATTACK_PLACE_PREPOSITIONS)[
        match.group("prep").lower()
    ]
    if match.group("settlement") is not None:
        return _settlement_name(match, case, mentions)
    first, second = match.group("first"), match.group("second")
    if not first[:1].isupper() or _inside(match.start("first"), mentions):
        return None
    phrases = [first]
    if _second_joins(match, mentions, territory=True):
        if _territory(second) and _after_mention(match.string, match.start(), mentions):
            return None  # ``ГУ ДСНС у Полтавській області``: the body's territory, not the event's
        phrases.insert(0, f"{first} {second}")
    elif _attribute_of(first, second, case):
        return None  # ``на Центральному ринку``: a market's name, no town
    second_cases = pick(PREPOSITION_SECOND_CASES, ru.PREPOSITION_SECOND_CASES)
    cases = [case, *second_cases.get(match.group("prep").lower(), ())]
    for phrase in phrases:
        for one in cases:
            found = _nominative(phrase, one)
            if found is not None:
                return match.start("first"), found
    return None


def _attribute_of(first: str, second: str | None, case: str) -> bool:
    """Return whether ``first`` is an adjective of the common noun ``second`` after it.

    ``на Центральному ринку``, ``у Шевченківському сквері``, ``на Приморському бульварі``: a
    capitalised adjective that agrees with the lowercase noun after it (the same case, and in
    the singular the same gender) names that market, square or street, which is no place name
    of its own, so the adjective alone is no town (``Центральний``, ``Приморське``). An
    adjective with no such noun after it may be one (``на Шуменском``, ``у Кропивницькому``).
    """
    if second is None or not second[:1].islower():
        return False
    adjectives = [
        parse.tag
        for parse in parse_word(first.lower())
        if parse.tag.POS == "ADJF" and parse.tag.case == case
    ]
    return any(
        parse.tag.POS == "NOUN"
        and parse.tag.case == case
        and any(
            tag.number == parse.tag.number
            and (tag.number == "plur" or tag.gender == parse.tag.gender)
            for tag in adjectives
        )
        for parse in parse_word(second.lower())
    )


def _coordinated(match: re.Match[str], mentions: Spans) -> list[tuple[int, str]]:
    """Return a place per adjective of ``Куп'янському та Ізюмському районах``.

    The head's singulars are tried in turn (``громади`` is a nominative or an accusative
    plural): the first that every adjective agrees with gives the places. Names that are no
    adjective before the adjectives (``обстреляли Никополь, Марганецкую и Покровскую
    громады``) are towns of the same list, in the head's case: each is a place of its own.
    """
    adjectives: list[tuple[int, str]] = []
    names: list[tuple[int, str]] = []  # ``Никополь, Марганецкая и Покровская громады``
    offset = match.start("list")
    listed = pick(_LIST_SPLIT, _LIST_SPLIT_RU).split(match.group("list"))
    for adjective, agrees in zip(listed, _agreeing(listed), strict=True):
        at = match.string.find(adjective, offset)
        offset = at + len(adjective)
        if _inside(at, mentions):
            return []
        if not adjectives and not agrees:
            names.append((at, adjective))  # a town listed before the adjectives of the head
        else:
            adjectives.append((at, adjective))
    for head, case in pick(PLURAL_PLACE_HEADS, ru.PLURAL_PLACE_HEADS)[match.group("head")]:
        found: list[tuple[int, str]] = []
        for at, name in names:
            nominative = _nominative(name, case) or _nominative(name, "nomn")
            if nominative is None:
                return []
            found.append((at, nominative))
        for at, adjective in adjectives:
            nominative = nominative_or_none(f"{adjective} {head}", case=case)
            if nominative is None or len(nominative.split()) != 2:
                break  # not adjectives agreeing with the head in this case
            found.append((at, _unstressed_adjective(nominative, adjective)))
        else:
            if adjectives:
                return found
    return []


def _settlement_list(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield each name of a list after a plural settlement noun (``в селах Петровка и Ивановка``).

    The names stand in apposition to the noun and mostly keep their nominative; they may agree
    with it (``в селах Петровке и Ивановке``), in the case `PLURAL_SETTLEMENT_NOUNS` gives.
    """
    nouns = pick(PLURAL_SETTLEMENT_NOUNS, ru.PLURAL_SETTLEMENT_NOUNS)
    for match in pick(_SETTLEMENT_LIST, _SETTLEMENT_LIST_RU).finditer(text, start, end):
        case = nouns[match.group("noun").lower()]
        offset = match.start("list")
        for name in pick(_LIST_SPLIT, _LIST_SPLIT_RU).split(match.group("list")):
            at = text.find(name, offset, end)
            offset = at + len(name)
            if _inside(at, mentions):
                break
            # ``Балабино Запорожского района``: the second word starts the district's name
            one = name if " " not in name or _name_pair(*name.split()) else name.split()[0]
            found = _apposed_name(one, case) or _apposed_adjective(one)
            if found is None:
                break  # ``Зоряне``: an adjective's name stays as written
            yield at, found


def _colon_list(match: re.Match[str], end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the holding territory and each place of a list after a colon (`_COLON_LIST`).

    After a territory head each name is an adjective of it, in the nominative singular
    (``громад: Зеленодольская, ...`` -> ``Зеленодольская громада``); a name that reads as a noun
    only is a town of the same list. After a settlement head each name is a settlement's, as
    written or in its nominative. The territory that holds them (``села Новгород-Северского
    района: ...``) is a place too, as a district named after its villages is.
    """
    text = match.string
    territory = _territory_lemma(match.group("head").lower())
    owner = match.group("owner")
    if owner is not None and owner[:1].isupper():  # (``громади області: ...``: no name)
        if _inside(match.start("owner"), mentions):
            return
        held = _nominative(owner, "gent")
        if held and (_territory(owner.rsplit(maxsplit=1)[-1]) or held.endswith(REGION_SUFFIX)):
            yield match.start("owner"), held
    offset = match.start("list")
    names = pick(_LIST_SPLIT, _LIST_SPLIT_RU).split(match.group("list"))
    # (no mention check: in apposition to a plural place noun the names are places, even
    # one a name reader took for a surname, ``Ольховская``, ``Рыхлы``)
    for name, agrees in zip(names, _agreeing(names), strict=True):
        at = text.find(name, offset, end)
        offset = at + len(name)
        if " " in name and _only_person_name(name.split(maxsplit=1)[0]):
            break  # ``ранены жители села: Иван Марченко и ...``: a given name and a surname
        found = _listed_name(name, territory if agrees else None)
        if found is None:
            break
        yield at, found


def _territory_lemma(head: str) -> str | None:
    """Return the nominative singular of a plural territory noun (``громад`` -> ``громада``)."""
    heads = pick(TERRITORY_HEADS, ru.TERRITORY_HEADS)
    return next(
        (parse.normal_form for parse in parse_word(head) if parse.normal_form in heads), None
    )


def _listed_name(name: str, territory: str | None) -> str | None:
    """Return the nominative of a ``name`` listed after a colon (`_colon_list`), or None.

    With a ``territory`` head (given for a name that agrees as an adjective, `_agreeing`) the
    name takes the head after it; any other name is a settlement's, in the nominative or as
    written.
    """
    if territory is not None and " " not in name:
        return f"{_agreeing_nominative(name, territory)} {territory}"
    return (
        _nominative(name, "nomn")
        or _settlement_as_written(name)
        or _apposed_adjective(name)
        or _nominative(name, "accs")  # ``атакували населені пункти: Кленове, Тарасівку ...``
    )


def _agreeing_nominative(adjective: str, noun: str) -> str:
    """Return ``adjective`` in the nominative singular of ``noun``'s gender, or as written.

    A name listed after a colon may agree with its head's case rather than stand in the
    nominative (``обстреляли две громады: Марганецкую и ...`` -> ``Марганецкая громада``); one
    that reads as a nominative adjective is kept as written. A word the dictionary knows only
    as a surname (``Лебединскую``) declines as an adjective and is read as one.
    """
    readings = [
        parse
        for parse in parse_word(adjective.lower())
        if parse.tag.POS == "ADJF" or "Surn" in parse.tag  # (a surname declines as one)
    ]
    if not readings or any(parse.tag.case == "nomn" for parse in readings):
        return adjective
    genders = {parse.tag.gender for parse in parse_word(noun) if parse.tag.POS == "NOUN"}
    for parse in readings:
        gender = parse.tag.gender
        if gender is None or gender not in genders or parse.tag.number == "plur":
            continue
        wanted = {"nomn", gender} if parse.tag.number is None else {"nomn", "sing", gender}
        form = parse.inflect(wanted)  # (the Ukrainian dictionary gives a gender no number)
        if form is not None:
            return _capitalised_as(str(form.word), adjective)
    return adjective


def _capitalised_as(word: str, written: str) -> str:
    """Return ``word`` with each hyphenated part capitalised where ``written``'s part is."""
    parts = zip(word.split("-"), written.split("-"), strict=False)
    return "-".join(one.capitalize() if was[:1].isupper() else one for one, was in parts)


_ENDING = 2
"""Letters of an adjective's inflection that adjectives agreeing in one list share (``-ая``)."""


def _agreeing(words: list[str]) -> list[bool]:
    """Return, for each of ``words`` of one list, whether it reads as an adjective of the list.

    Adjectives coordinated before one head agree with it, so they share their inflection: a
    word the dictionary does not know as an adjective (a community named after a village it
    lacks, ``Зеленодольскую``; a name in the other language's spelling, ``Вишнівська``) is one
    when it is unknown or ends as an adjective of the same list does; a town listed among them
    (``Никополю``) ends otherwise.
    """
    endings = {word[-_ENDING:].lower() for word in words if _adjective(word)}
    return [
        _adjective(word)
        or word[-_ENDING:].lower() in endings
        or (" " not in word and not analyzer().word_is_known(word.lower()))
        for word in words
    ]


def _struck(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the places a strike verb or noun governs (``атакували Одесу``)."""
    for match in pick(_STRUCK, _STRUCK_RU).finditer(text, start, end):
        name = match.group("first")
        if not name[:1].isupper() or _inside(match.start("first"), mentions):
            continue
        extra, skip = match.group("extra"), match.group("skip")
        if extra is not None and not (
            _instrumental_phrase(extra, skip)
            if skip is not None
            else match.group("settlement") is not None and _instrumental_noun(extra)
        ):
            continue  # ``обстреляли жилые дома Херсона``: no weapon, the object is not a name
        weapon = match.group("weapon")
        if weapon is not None and not _weapon(weapon):
            continue
        case = "gent" if match.group("noun") else "accs"
        if match.group("settlement") is not None:
            apposed = _struck_settlement(match, case, mentions)
            if apposed is not None:
                yield match.start("first"), apposed
                # ``обстріляли селище X та Y район``: the verb's objects are one list
                two = " " in apposed and match.group("second") is not None
                yield from _listed_struck(
                    text, match.end("second" if two else "first"), end, case, mentions
                )
            continue
        named = _struck_name(match, case)
        if named is not None:
            found, stop, listing = named
            yield match.start("first"), found
            if listing:
                yield from _listed_struck(text, stop, end, case, mentions)


def _struck_name(match: re.Match[str], case: str) -> tuple[str, int, bool] | None:
    """Return the name a strike verb governs (nominative, end, whether a list follows), or None.

    The name may take the word after it: a territory noun (``обстріляли Нікопольський район``,
    after which no list of towns follows) or the noun of an adjective (``обстреляли Новую
    Одессу``); a settlement named by an adjective stands alone (``обстреляли
    Кленовое``).
    """
    name, second = match.group("first"), match.groupdict().get("second")
    if second is not None and _territory(second):
        found = _nominative(f"{name} {second}", case)
        if found is not None:
            return found, match.end("second"), False
    elif second is not None and _name_pair(name, second):
        found = _nominative(f"{name} {second}", case)
        if found is not None:
            return found, match.end("second"), True
    found = _nominative(name, case)
    if found is None and _name_ends(second):
        found = _adjective_place(name, case)
    territory = second is not None and _territory(second)
    return None if found is None else (found, match.end("first"), not territory)


def _struck_settlement(match: re.Match[str], case: str, mentions: Spans) -> str | None:
    """Return the settlement a strike's settlement noun names, in the nominative, or None.

    ``обстреляли село Петровка``, ``обстрела с. Ольшанка``: the name after the noun, an
    adjective with its noun (``пгт Великий Бурлук``), as after a preposition.
    """
    name, second = match.group("first"), match.group("second")
    names = [name]
    if (
        second is not None
        and _UPPER_START.match(second)
        and _adjective(name)
        and not _only_adjective(second)
        and not _inside(match.start("second"), mentions)
        and not _territory_next(match.string, match.end("second"))
    ):
        names.insert(0, f"{name} {second}")
    found = next((one for n in names if (one := _apposed_name(n, case))), None)
    if found is None and len(names) == 2:
        found = _apposed_pair(names[0])
    return found or _apposed_adjective(name)  # ``обстреляли село Вербовое``


def _territory_next(text: str, at: int) -> bool:
    """Return whether the word after offset ``at`` is a territory noun (``района``, ``району``).

    The capitalised word before it is then the district's adjective (``село Вербовое
    Пологовского района``), not the second word of the settlement's name.
    """
    word = _NEXT_WORD.match(text, at)
    return word is not None and _territory(word.group("word"))


def _name_ends(word: str | None) -> bool:
    """Return whether a name ends before ``word``: none follows, or a function word does.

    ``обстреляли Кленовое и Кринички``: a settlement named by an adjective stands alone;
    ``обстреляли Харьковскую ТЭЦ`` is an adjective of the object after it.
    """
    return word is None or any(
        parse.tag.POS in {"PREP", "CONJ", "PRCL"} for parse in parse_word(word.lower())
    )


def _weapon(word: str) -> bool:
    """Return whether the capitalised ``word`` reads as a plural noun in the instrumental.

    ``Іскандерами``, ``Калибрами``: the weapon a strike was made with, not the place struck.
    """
    return any(
        parse.tag.POS == "NOUN" and parse.tag.case == "ablt" and parse.tag.number == "plur"
        for parse in parse_word(word.lower())
    )


def _instrumental_noun(word: str) -> bool:
    """Return whether ``word`` reads as a noun in the instrumental: the means of a strike.

    ``атакував дроном село X``, ``атаковали ракетой поселок X``: the one word between the
    verb and the settlement noun of the place struck is the weapon.
    """
    return any(
        parse.tag.POS == "NOUN" and parse.tag.case == "ablt" for parse in parse_word(word.lower())
    )


def _instrumental_phrase(adjective: str, noun: str) -> bool:
    """Return whether ``adjective noun`` reads as a weapon in the instrumental.

    ``атаковали ударными беспилотниками Измаильский район``, ``обстріляли керованими
    авіабомбами Харків``: the means of the strike stands between its verb and the place.
    """
    return any(
        parse.tag.POS == "ADJF" and parse.tag.case == "ablt" for parse in parse_word(adjective)
    ) and any(
        parse.tag.POS == "NOUN" and parse.tag.case == "ablt" for parse in parse_word(noun.lower())
    )


def _listed_struck(
    text: str, at: int, end: int, case: str, mentions: Spans
) -> Iterator[tuple[int, str]]:
    """Yield the names listed after a place struck, in its case (``Херсон, Тарасовку и ...``).

    The objects of one strike verb, noun or preposition are one list: each next name joined by
    a comma or ``и``/``і``/``та`` is a place struck while it reads as a place in the same case
    (with a territory noun after it: ``и Харьковскому району``; with its adjective: ``и Белой
    Церкви``; or a settlement named by an adjective: ``по Боровой`` -> ``Боровая``); a name
    after its own settlement noun (``село X та селище Y``) stands in apposition, in the
    nominative as after the first one. The list ends at the first that does not read so, or
    after the name that ``и`` joins last.
    """
    following = pick(_NEXT_STRUCK, _NEXT_STRUCK_RU)
    while (match := following.match(text, at, end)) is not None:
        group = "first" if match.group("first") is not None else "last"
        if _inside(match.start(group), mentions):
            return
        name, stop = match.group(group), match.end(group)
        head = _NEXT_WORD.match(text, stop, end)
        found = None
        if match.group(f"noun_{group}") is not None:  # ``та селище Рясне``: in apposition
            listed = _listed_settlement(text, (name, stop), head, case, mentions)
            if listed is None:
                return
            found, stop = listed
        elif head is not None and (
            _territory(head.group("word")) or _name_pair(name, head.group("word"))
        ):
            found = _nominative(f"{name} {head.group('word')}", case)
            stop = head.end() if found is not None else stop
        found = found or _nominative(name, case) or _adjective_place(name, case)
        if found is None:
            return
        yield match.start(group), found
        if group == "last":
            return
        at = stop


def _listed_settlement(
    text: str, named: tuple[str, int], head: re.Match[str] | None, case: str, mentions: Spans
) -> tuple[str, int] | None:
    """Return the nominative of a listed settlement after its noun and where it ends, or None.

    ``та селище Нова Гребля``: an adjective and the capitalised noun after it are one name, as
    after the list's first settlement noun (`_struck_settlement`); else the one ``named``
    (its text and end) alone.
    """
    name, stop = named
    if (
        head is not None
        and _UPPER_START.match(head.group("word"))
        and _adjective(name)
        and not _only_adjective(head.group("word"))
        and not _inside(head.start("word"), mentions)
        and not _territory_next(text, head.end())
    ):
        pair = f"{name} {head.group('word')}"
        found = _apposed_name(pair, case) or _apposed_pair(pair)
        if found is not None:
            return found, head.end()
    found = _apposed_name(name, case) or _apposed_adjective(name)
    return None if found is None else (found, stop)


_NEXT_WORD = re.compile(r"\s+(?P<word>[\w'’ʼ\-]+)")
"""The word after a listed name, which may be its territory noun (``Изюмскому району``)."""


def _adjective_place(word: str, case: str) -> str | None:
    """Return the nominative of a settlement named by an adjective, read in ``case``, or None.

    ``по Боровой``: the dictionary has the name only as an adjective, so its reading in
    ``case`` is put in the nominative of the same gender and number (``Боровая``).
    """
    if not word[:1].isupper():
        return None
    for parse in parse_word(word.lower()):
        if parse.tag.POS == "ADJF" and parse.tag.case == case:
            wanted = {"nomn", parse.tag.number or "sing"}
            if parse.tag.gender is not None:
                wanted.add(parse.tag.gender)
            form = parse.inflect(wanted)
            if form is not None:  # ``Пески-Радьковские``: each capitalised part stays so
                return _capitalised_as(str(form.word), word)
    return None


def _under_fire(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the places a strike fell on, named as its subject (``потрапили Херсон і Білозерка``).

    Each item of the list is a name, or an adjective and its noun (``Нікопольська громада``),
    in the nominative; a word that is not ends the list.
    """
    for match in pick(_UNDER_FIRE, _UNDER_FIRE_RU).finditer(text, start, end):
        offset = match.start("list")
        names = pick(_LIST_SPLIT, _LIST_SPLIT_RU).split(match.group("list"))
        # ``Куп'янська та Ізюмська громади``: adjectives of a plural head, which the
        # coordinated rule reads; else a name the dictionary lacks or reads only as an
        # adjective (``Днепряны``, ``Широкое``) is a settlement's, as written
        coordinated = names[-1].rsplit(maxsplit=1)[-1] in pick(
            PLURAL_PLACE_HEADS, ru.PLURAL_PLACE_HEADS
        )
        for name in names:
            at = text.find(name, offset, end)
            offset = at + len(name)
            if _inside(at, mentions):
                break
            found = _nominative(name, "nomn")
            if found is None and " " in name:
                found = _nominative(name.split()[0], "nomn")
            if found is None and not coordinated:
                found = _settlement_as_written(name.split()[0])
            elif found is not None and _only_adjective(found):
                found = None
            if found is None:
                break
            yield at, found


def _settlement_as_written(word: str) -> str | None:
    """Return ``word`` if it may be a settlement's name in the nominative as written, else None.

    That is a word the dictionary does not know (``Днепряны``, ``Дніпряни``) or knows
    only as an adjective in the nominative (``Широкое``): no other reading stands against it.
    """
    if not word.replace("-", "").isalpha():
        return None
    if not analyzer().word_is_known(word.lower()):
        return word
    return _apposed_adjective(word) if _only_adjective(word) else None


def _struck_before(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield a place struck that stands before its verb (``Харківщину атакували``).

    A territory stands there with its noun (``Черниговскую область атаковали``) when its form
    is only an accusative.

    The name is the object when its form is only an accusative (``Одесу``), or when a name the
    same in both cases (``Харків``) stands before a plural verb it cannot be the subject of
    (``Харків атакували дрони``). A plural of a countable noun can be that subject: ``Дрони
    атакували Одесу`` (capitalised only as the sentence's first word) names the weapon; a
    plural-only name (``Суми``, ``Чернівці``) is still a town.
    """
    for match in pick(_STRUCK_BEFORE, _STRUCK_BEFORE_RU).finditer(text, start, end):
        name, second = match.group("first"), match.group("second")
        if _inside(match.start("first"), mentions):
            continue
        if second is not None:
            if _territory(second) and _adjective(name):  # ``Черниговскую область атаковали``
                found = nominative_or_none(f"{name} {second}", case="accs")
                if found is not None and found.lower() != f"{name} {second}".lower():
                    yield match.start("first"), _unstressed_adjective(found, name)
            continue
        found = nominative_or_none(name, case="accs")
        if found is None or _animate(name):
            continue  # ``Окупантів атакували``: people, not a place
        if found.lower() != name.lower() or (
            _plural_verb(match.group("verb")) and not _countable_plural(name)
        ):
            yield match.start("first"), found


def _countable_plural(word: str) -> bool:
    """Return whether ``word`` reads as the nominative plural of a noun that has a singular.

    Such a plural (``дрони``, ``ракети``) may be the subject of a plural verb; a word with a
    plurale tantum reading (``Суми``, ``Чернівці``, tagged ``Pltm``) is read as a town's name.
    """
    readings = parse_word(word.lower())
    return not any("Pltm" in parse.tag for parse in readings) and any(
        parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.tag.case == "nomn"
        for parse in readings
    )


def _animate(word: str) -> bool:
    """Return whether ``word`` has an animate noun reading (a person or people)."""
    return any(
        parse.tag.POS == "NOUN" and "anim" in parse.tag for parse in parse_word(word.lower())
    )


def _only_adjective(phrase: str) -> bool:
    """Return whether ``phrase`` is one word that can only be an adjective (``Куп'янська``)."""
    readings = parse_word(phrase.lower()) if " " not in phrase else ()
    return bool(readings) and all(parse.tag.POS == "ADJF" for parse in readings)


def _plural_verb(word: str) -> bool:
    """Return whether every reading of ``word`` is a plural verb (``атакували``)."""
    readings = parse_word(word.lower())
    return bool(readings) and all(
        parse.tag.POS == "VERB" and parse.tag.number == "plur" for parse in readings
    )


def _part_of(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the territories a part of which was struck (``прикордоння Сумщини``)."""
    for match in pick(_PART_OF, _PART_OF_RU).finditer(text, start, end):
        first, second = match.group("first"), match.group("second")
        if _inside(match.start("first"), mentions):
            continue
        phrases = [first]
        if second is not None and (
            _territory(second) or second in pick(PLACE_SECOND_WORDS, ru.PLACE_SECOND_WORDS)
        ):
            phrases.insert(0, f"{first} {second}")
        found = next((one for one in (_nominative(p, "gent") for p in phrases) if one), None)
        if found is not None:
            yield match.start("first"), found


def _near(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the places something happened near (``поблизу Ковеля``)."""
    for match in pick(_NEAR, _NEAR_RU).finditer(text, start, end):
        name = match.group("name")
        if not name[:1].isupper() or _inside(match.start("name"), mentions):
            continue
        if match.group("settlement"):  # ``біля села Кленове``, ``поблизу села Новий Калкаїв``
            named = _settlement_name(match, "gent", mentions)
            if named is not None:
                yield named
            continue
        found = _nominative(name, "gent")
        if found is not None:
            yield match.start("name"), found


def strike_places(text: str, start: int, end: int, mentions: Spans) -> list[tuple[int, str]]:
    """Return (offset, nominative) of each place of a strike or emergency in the span."""
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    for match in pick(_COORDINATED, _COORDINATED_RU).finditer(text, start, end):
        places = _coordinated(match, mentions)
        if places:
            found.extend(places)
            covered.append((match.start(), match.end()))
    for match in pick(_COLON_LIST, _COLON_LIST_RU).finditer(text, start, end):
        places = list(_colon_list(match, end, mentions))
        if places:  # ``села Конотопского района: ...``: not an under-fire subject's name
            found.extend(places)
            covered.append((match.start(), match.end()))
    listed = SpanSet(covered)
    # ``атаковали Приморский и Суворовский районы``: the coordinated rule reads the list
    found.extend(one for one in _struck(text, start, end, mentions) if not listed.covers(one[0]))
    found.extend(_struck_before(text, start, end, mentions))
    found.extend(
        one for one in _under_fire(text, start, end, mentions) if not listed.covers(one[0])
    )
    found.extend(_near(text, start, end, mentions))
    found.extend(_settlement_list(text, start, end, mentions))
    found.extend(_part_of(text, start, end, mentions))
    for match in pick(_STRIKE_PLACE, _STRIKE_PLACE_RU).finditer(text, start, end):
        if _inside(match.start("prep") + len(match.group("prep")) + 1, listed):
            continue
        one = _strike_place(match, mentions)
        if one is not None:
            two = match.group("second") is not None and " " in one[1]
            after = match.end("second") if two else match.end("first")
            if match.group("settlement") is None and _statement_after(text, after, end):
                continue  # ``У Нафтогазі повідомили``: the body that speaks, not a place
            found.append(one)
            if match.group("settlement") is None:  # ``по Изюму, Балаклее и Лозовой``
                case = pick(ATTACK_PLACE_PREPOSITIONS, ru.ATTACK_PLACE_PREPOSITIONS)[
                    match.group("prep").lower()
                ]
                found.extend(_listed_struck(text, after, end, case, mentions))
    found.extend(_objects_held(text, start, end, mentions))
    cities = list(_cities_of_parts(text, start, end, mentions))
    found.extend(cities)
    excluded = pick(NOT_PLACES | NOT_ATTACK_PLACES, ru.NOT_PLACES | ru.NOT_ATTACK_PLACES)
    first = set(cities)
    return sorted(
        (
            one
            for one in found
            if one[1].lower() not in excluded
            and not _INFLECTED_ABBREVIATION.match(one[1])
            and not _taken_there(text, max(start, one[0] - _CLAUSE_REACH), one[0])
            and not _outage_reached(text, start, one[0])
            and not _route_end(text, start, one[0])
        ),
        key=lambda one: (one[0], one not in first, one[1]),
    )


_LOWER_WORD = r"(?-i:[а-яёіїєґ])[\w'’ʼ\-]*"

_INFLECTED_ABBREVIATION = re.compile(r"[А-ЯЁІЇЄҐA-Z]{2,}[а-яёіїєґa-z]+(?![\w'’ʼ\-])")
"""An abbreviation with a case ending (``КАБи``, ``КАБами``, ``ФАБів``): a declined common
noun, the weapon of a strike (``запустили по місту КАБи``), never a place's nominative."""


def _object_of_pattern(verbs: str) -> re.Pattern[str]:
    """Return the pattern of a strike verb, its lowercase object and a territory after it.

    ``обстреляли из минометов складские помещения Болградского района``: the
    words between the verb and the territory are the weapon and what was struck, in lowercase;
    the last of them (``object``) is the noun the territory depends on.
    """
    return re.compile(
        rf"(?<![\w\-])(?:{verbs})(?:\s+{_LOWER_WORD}){{0,3}}\s+(?P<object>{_LOWER_WORD})"
        rf"\s+(?P<first>{_NAME})"
        rf"\s+(?P<head>{_LOWER_WORD})(?![\w\-])",
        re.IGNORECASE,
    )


_STRUCK_OBJECT_OF = _object_of_pattern(STRUCK_VERBS)
_STRUCK_OBJECT_OF_RU = _object_of_pattern(ru.STRUCK_VERBS)


def _preposition(word: str) -> bool:
    """Return whether ``word`` can be a preposition (``в``, ``на``)."""
    return any(parse.tag.POS == "PREP" for parse in parse_word(word.lower()))


def _objects_held(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the territory in the genitive that holds a strike's lowercase object.

    ``обстреляли жилые дома Купянского района``, ``атакували складські приміщення
    Ізмаїльського району``: what was struck lies in the district or region named after it,
    and the strike happened there.
    """
    for match in pick(_STRUCK_OBJECT_OF, _STRUCK_OBJECT_OF_RU).finditer(text, start, end):
        if (
            _inside(match.start("first"), mentions)
            or not _territory(match.group("head"))
            or _preposition(match.group("object"))
        ):
            continue  # ``атаковали объект в Сумской области``: the preposition's place
        found = nominative_or_none(f"{match['first']} {match['head']}", case="gent")
        if found is not None:
            yield match.start("first"), found


_CITY_PARTS = re.compile(
    rf"(?P<list>{_NAME}(?:(?:\s*,\s*|\s+(?:{_AND}|{_AND_RU})\s+){_NAME})*)\s+(?P<head>[\w\-]+)"
)
"""Names before a word that may be a part of a city (``Приморский и Суворовский районы``)."""
_CITY_PART = re.compile(r"(?<![\w\-])(?P<head>(?-i:[а-яёіїєґ])[\w\-]+)(?=\s+\w)")
"""A lowercase word that may be a part of a city (``по промышленной зоне Днепра``)."""
_CITY_AFTER = re.compile(rf"\s+(?P<first>{_NAME})(?:\s+(?P<second>{_NAME}))?")
"""The capitalised word or two after a part of a city: its city in the genitive."""


def _cities_of_parts(text: str, start: int, end: int, mentions: Spans) -> Iterator[tuple[int, str]]:
    """Yield the city whose districts the span names, at the offset of the first district.

    ``в Шевченковском районе Запорожья``, ``обстреляли Приморский и Суворовский районы
    Одессы``, ``по промышленной зоне Днепра``: a part of a city
    (`lexicon.CITY_PART_HEADS`) with its city in the genitive after it; the event was in the
    city too, and the city is its main place (as the dev annotations give a district court's
    city as the place).
    """
    for pattern, at in ((_CITY_PARTS, "list"), (_CITY_PART, "head")):
        for match in pattern.finditer(text, start, end):
            if not _city_part(match.group("head")):
                continue
            city = city_after(text, match.end("head"), end, mentions)
            if city is not None:
                yield match.start(at), city


def _city_part(word: str) -> bool:
    """Return whether ``word`` is a form of a noun of a part of a city (``районе``)."""
    heads = pick(CITY_PART_HEADS, ru.CITY_PART_HEADS)
    return any(
        parse.tag.POS == "NOUN" and parse.normal_form in heads for parse in parse_word(word.lower())
    )


def city_after(text: str, at: int, end: int, mentions: Spans) -> str | None:
    """Return the city in the genitive right after offset ``at``, in the nominative, or None.

    One word (``Днепра``) or an adjective and its noun (``Кривого Рога``, ``Білої Церкви``); a
    region's adjective (``Одесской области``), a region (``Харьковщины``), a country or a
    word of a participant's mention is none.
    """
    match = _CITY_AFTER.match(text, at, end)
    if match is None or _inside(match.start("first"), mentions):
        return None
    first, second = match.group("first"), match.group("second")
    found = None
    if second is not None and _name_pair(first, second):
        found = _nominative(f"{first} {second}", "gent")
    elif not _adjective(first):
        found = _city_genitive(first)
        if found is None and current_language() == "ru" and unknown_russian_word(first):
            found = russian_place_nominative(first, "gent")
    elif _name_ends(_next_word(text, match.end("first"), end)):
        # ``промзоны Кропивницкого``, not ``Одесской области``, ``Одесского городского совета``
        found = _adjectival_city(first)
    excluded = pick(
        NOT_PLACES | NOT_ATTACK_PLACES | HOST_COUNTRIES,
        ru.NOT_PLACES | ru.NOT_ATTACK_PLACES | ru.HOST_COUNTRIES,
    )
    if found is None or found.lower() in excluded or found.endswith(REGION_SUFFIX):
        return None
    return found


_REGION_STEM = 3
_REGION_ADJECTIVE_SUFFIX = re.compile(REGION_ADJECTIVE_SUFFIX_PATTERN)
"""Fewest letters a ``-щина`` region's stem has (``Сум`` of ``Сумщина``)."""


def one_name_per_region(places: Sequence[str], named: Iterable[str]) -> list[str]:
    """Return ``places`` with each ``-щина`` region put as the territory ``named`` spells out.

    ``Одесщина`` and ``Одесская область``, ``Харківщина`` and ``Харківська область``,
    ``Никопольщина`` and ``Никопольский район`` are one territory under two names: when an
    event's sentences (``named``, the headline's too) give it with its head noun, that is
    the name kept, once (a region before a district, `lexicon.REGION_HEADS`).
    """
    spelled = [
        name
        for head in REGION_HEADS
        for name in dict.fromkeys(named)
        if " " in name and name.rsplit(maxsplit=1)[-1].lower() == head
    ]
    kept: list[str] = []
    for place in places:
        stem = place[: -len(REGION_SUFFIX)] if place.endswith(REGION_SUFFIX) else ""
        name = place
        if len(stem) >= _REGION_STEM:
            # the adjective's suffix follows the stem (``Київ-ська``, ``Одес-ская``): a name
            # that only begins so (``Киево-Святошинский район``) is another territory
            name = next(
                (
                    one
                    for one in spelled
                    if one.startswith(stem)
                    and _REGION_ADJECTIVE_SUFFIX.match(one, len(stem)) is not None
                ),
                place,
            )
        if name not in kept:
            kept.append(name)
    return kept


_CLAUSE_REACH = 80
"""How many characters before a place its clause is read for a verb of taking to hospital."""
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")
_TAKEN = re.compile(rf"(?<![\w\-]){TAKEN_TO_HOSPITAL_PATTERN}(?![\w\-])", re.IGNORECASE)
_TAKEN_RU = re.compile(rf"(?<![\w\-]){ru.TAKEN_TO_HOSPITAL_PATTERN}(?![\w\-])", re.IGNORECASE)


_OUTAGE = re.compile(rf"(?<![\w\-]){OUTAGE_PATTERN}(?![\w\-])", re.IGNORECASE)
_OUTAGE_RU = re.compile(rf"(?<![\w\-]){ru.OUTAGE_PATTERN}(?![\w\-])", re.IGNORECASE)


def _outage_reached(text: str, start: int, at: int) -> bool:
    """Return whether the sentence before offset ``at`` tells a supply cut off there.

    ``Без света остались абоненты в Лохвице и Гадяче``, ``знеструмлено частину Конотопа``:
    the place is where the outage reached, which may be far from the strike or the fire;
    the strike's own place before the outage words (``атаковали подстанцию в Миргородском
    районе, без света ...``) stays. The sentence is read from ``start`` to ``at``.
    """
    outage = pick(_OUTAGE, _OUTAGE_RU)
    return outage.search(text, start, at) is not None


def _route_pattern(verbs: str, starts: tuple[str, ...], ends: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a travel verb, its route's start and its end's preposition.

    The pattern reaches the end of the searched span; up to two lowercase words (``прямував
    рейсом``) may stand between the verb and the start.
    """
    return re.compile(
        rf"(?<![\w\-])(?:{verbs})(?:\s+{_LOWER_WORD}){{0,2}}"
        rf"\s+(?:{'|'.join(starts)})\s+{_NAME}(?:[\s\-]+{_NAME})?"
        rf"\s+(?P<to>{'|'.join(ends)})\s+$",
        re.IGNORECASE,
    )


_ROUTE = _route_pattern(ROUTE_VERB_PATTERN, ROUTE_FROM_PREPOSITIONS, ROUTE_TO_PREPOSITIONS)
_ROUTE_RU = _route_pattern(
    ru.ROUTE_VERB_PATTERN, ru.ROUTE_FROM_PREPOSITIONS, ru.ROUTE_TO_PREPOSITIONS
)
_ROUTE_REACH = 100
"""How many characters before a place its route's travel verb is looked for."""


def _route_end(text: str, start: int, at: int) -> bool:
    """Return whether the place at offset ``at`` is the end of a vehicle's route.

    ``автобус, следовавший из Нежина в Прилуки``, ``що прямував з Ніжина до Прилук``: a
    vehicle's route names where it was going, not where the crash or the strike was; the
    end stands right after the start, in the genitive after ``до`` or in the accusative after
    ``в``/``на``, while a locative (``после удара из Белгорода в Харькове``) is the place.
    Only a verb of travel makes it a route: a weapon launched ``з Криму на Одесу`` struck
    where it was sent, so that end is the place.
    """
    route = pick(_ROUTE, _ROUTE_RU).search(text, max(start, at - _ROUTE_REACH), at)
    if route is None:
        return False
    if route.group("to").lower() == "до":
        return True
    word = _NEXT_WORD.match(text, at - 1)
    return word is None or _nominative(word.group("word"), "loct") is None


def _taken_there(text: str, start: int, at: int) -> bool:
    """Return whether the clause before offset ``at`` takes the hurt to hospital there.

    ``Поранених доставили до лікарні в Харкові``, ``их госпитализировали в Сумах``: the place
    is where the hurt were treated, not where the strike or the emergency was. The clause is
    read back from ``at`` to the last comma, colon or dash, no further than ``start``.
    """
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, start, at)]
    clause_start = breaks[-1] if breaks else start
    return pick(_TAKEN, _TAKEN_RU).search(text, clause_start, at) is not None


_CITY_OF = re.compile(rf"(?<![\w\-'’ʼ])(?P<head>[\w\-]+)\s+(?P<city>{_NAME})")
"""A word and the capitalised word after it: a city's body, office or object and its city."""


def city_of(text: str, spans: Iterable[tuple[int, int]], mentions: Spans) -> str | None:
    """Return the first city named only as what a body, office or object belongs to, or None.

    ``Малиновский районный суд Одессы постановил``, ``в 12 школах Львова``, ``заместитель
    городского головы Полтавы провел``: a city in the genitive right after a noun of a city's
    bodies, offices and objects (`lexicon.CITY_OF_HEADS`) is where their event was, when the
    sentences ``spans`` name no other place, and only when they name one such city: the mayors
    of two cities meeting (``голова Харькова и мэр Вильнюса``) tell no place. Read in each
    span's language, the word must be a
    city's genitive: a toponym's (Russian) or a lifeless noun's (Ukrainian, whose dictionary
    marks no toponyms); a word that starts a participant's name (``голова Нацбанку``) or a
    country (``суд України``) is none.
    """
    cities: set[str] = set()
    for start, end in spans:
        with reading_at(start):
            cities.update(_cities_of(text, start, end, mentions))
    return cities.pop() if len(cities) == 1 else None


def _cities_of(text: str, start: int, end: int, mentions: Spans) -> Iterator[str]:
    """Yield each city of a body, office or object in ``text[start:end]``."""
    for match in _CITY_OF.finditer(text, start, end):
        at = match.start("city")
        if _inside(at, mentions) and not _inside(match.end("head") - 1, mentions):
            continue  # the name of a participant of its own, not a body's city
        if not _city_head(match.group("head")):
            continue
        found = _city_genitive(match.group("city"))
        excluded = pick(
            NOT_ATTACK_PLACES | HOST_COUNTRIES, ru.NOT_ATTACK_PLACES | ru.HOST_COUNTRIES
        )
        if found is not None and found.lower() not in excluded:
            yield found
            shared = pick(_SHARED_CITY, _SHARED_CITY_RU).match(text, match.end("city"), end)
            other = None if shared is None else _city_genitive(shared.group("city"))
            if other is not None and other.lower() not in excluded:
                yield other  # ``з керівниками музеїв Миколаєва та Херсона``: two cities' heads


_TOWN_BODY = re.compile(
    r"(?<![\w\-'’ʼ])(?P<adjective>[\w'’ʼ\-]+(?:ськ|цьк|зьк|ск|цк|зк)[а-яіїєё]{1,3})"
    r"\s+(?P<word>[\w\-]+)",
    re.IGNORECASE,
)
"""A ``-ський`` adjective and the word after it (``Львівська міська``, ``Днепровский горсовет``)."""


def town_of_body(text: str, spans: Iterable[tuple[int, int]]) -> str | None:
    """Return the one town a town's own body in the sentences ``spans`` is named after, or None.

    ``Львівська міська рада ухвалила``, ``виконавчий комітет Луцької міської ради``,
    ``Днепровский городской совет утвердил``, ``Исполком Криворожского горсовета``: a body,
    office or institution marked as a town's own (`lexicon.TOWN_BODY_WORDS`: ``міська``,
    ``городской``, ``горсовет``, ``мерія``) is named after its town by the adjective before
    that word, and what it does, decides or signs is done where it sits: the town
    (`uanews.parser.toponyms.town_of_adjective`), when the sentences name no place. A region's
    body (``обласна рада``, ``Одесский областной совет``) is no town's, and bodies of two towns
    (``Луцька і Люблінська міські ради``, the first adjective sharing the second's noun) tell
    no one place. Unlike a participant's mention,
    the adjective inside one is read: it is the body's own name that names its town.
    """
    towns: set[str] = set()
    for start, end in spans:
        with reading_at(start):
            words = pick(TOWN_BODY_WORDS, ru.TOWN_BODY_WORDS)
            language = current_language()
            for match in _TOWN_BODY.finditer(text, start, end):
                if not any(
                    parse.normal_form in words for parse in parse_word(match.group("word").lower())
                ):
                    continue
                adjectives = [match.group("adjective")]
                shared = pick(_SHARED_TOWN, _SHARED_TOWN_RU).search(
                    text, max(start, match.start() - _SHARED_TOWN_REACH), match.start()
                )
                if shared is not None:  # ``Луцька та Рівненська міські ради``: two towns
                    adjectives.append(shared.group("adjective"))
                for adjective in adjectives:
                    town = town_of_adjective(adjective, language)
                    if town is not None:
                        towns.add(town)
    return towns.pop() if len(towns) == 1 else None


def _shared_town_pattern(conjunctions: str) -> re.Pattern[str]:
    """Return the pattern of a town adjective coordinated before another, at a text's end."""
    return re.compile(
        r"(?<![\w\-'’ʼ])(?P<adjective>[\w'’ʼ\-]+(?:ськ|цьк|зьк|ск|цк|зк)[а-яіїєё]{1,3})"
        rf"(?:\s*,|\s+(?:{conjunctions}))\s+$",
        re.IGNORECASE,
    )


_SHARED_TOWN = _shared_town_pattern(_AND)
_SHARED_TOWN_RU = _shared_town_pattern(_AND_RU)
_SHARED_TOWN_REACH = 40
"""How many characters before a town's adjective one coordinated with it is looked for."""


_SHARED_CITY = re.compile(rf"\s+(?:{_AND})\s+(?P<city>{_NAME})")
_SHARED_CITY_RU = re.compile(rf"\s+(?:{_AND_RU})\s+(?P<city>{_NAME})")
"""A second city that shares the head before the first (``музеїв Миколаєва та Херсона``): the
bodies of two cities, which, like the mayors of two cities, tell no one place of the event."""


def _city_head(word: str) -> bool:
    """Return whether ``word`` is a form of a noun of a city's bodies, offices or objects.

    A street's noun in the singular is none (`lexicon.STREET_HEADS`): ``на проспекті Миру``
    names the street.
    """
    heads = pick(CITY_OF_HEADS, ru.CITY_OF_HEADS)
    streets = pick(STREET_HEADS, ru.STREET_HEADS)
    readings = [
        parse
        for parse in parse_word(word.lower())
        if parse.tag.POS == "NOUN" and parse.normal_form in heads
    ]
    return bool(readings) and not any(
        parse.normal_form in streets and parse.tag.number != "plur" for parse in readings
    )


def _next_word(text: str, at: int, end: int) -> str | None:
    """Return the word right after offset ``at`` (spaces between, no punctuation), or None."""
    word = _NEXT_WORD.match(text, at, end)
    return None if word is None else word.group("word")


def _adjectival_city(word: str) -> str | None:
    """Return the town named by an adjective in the genitive with no noun after it, or None.

    ``по промзоне Кропивницкого``, ``по промзоні Кропивницького``: the adjective stands alone,
    so it is a town's name, when the dictionary has it as an inanimate noun (Ukrainian, the
    masculine over the neuter by `_masculine_town`) or its Ukrainian spelling as one (Russian,
    `uanews.parser.toponyms.russian_adjectival_town`).
    """
    if current_language() == "ru":
        return russian_adjectival_town(word, "gent") if unknown_russian_word(word) else None
    if any(
        parse.tag.POS == "NOUN" and parse.tag.case == "gent" and "inan" in parse.tag
        for parse in parse_word(word.lower())
    ):
        return _nominative(word, "gent")
    return None


def _city_genitive(word: str) -> str | None:
    """Return the nominative of ``word`` if it reads as a city in the genitive, else None."""
    readings = parse_word(word.lower())
    fits = any(
        "Geox" in parse.tag.grammemes and parse.tag.case == "gent" for parse in readings
    ) or (
        current_language() != "ru"
        and analyzer().word_is_known(word.lower())
        and any(
            parse.tag.POS == "NOUN" and parse.tag.case == "gent" and "inan" in parse.tag.grammemes
            for parse in readings
        )
    )
    return nominative_or_none(word, case="gent") if fits else None


def _openers(words: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of a sentence's opening word or words among ``words``."""
    listed = "|".join(
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"[\s«\"„“(—–\-]*(?:{listed})(?![\w\-])", re.IGNORECASE)


_EARLIER_TIME = _openers(EARLIER_OPENERS)
_EARLIER_TIME_RU = _openers(ru.EARLIER_OPENERS)


def earlier_time(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` opens with an earlier time (``Накануне``).

    A later sentence of a strike report that opens so tells another strike, before the one
    reported first: the places it names are not that strike's; a paragraph after the lede
    that opens so tells another day's event (`lexicon.EARLIER_OPENERS`).
    """
    return pick(_EARLIER_TIME, _EARLIER_TIME_RU).match(text, start, end) is not None


_CAPITALS = r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’ʼ\-]+"
_DATELINE_WORDS = 3
"""At most how many words in capitals a dateline has (``БЕЛАЯ ЦЕРКОВЬ``, ``УМАНЬ``)."""
_CITY_PAIR = 2
"""How many words an adjective and its noun take (``БЕЛАЯ ЦЕРКОВЬ``)."""
_DATELINE = re.compile(
    rf"\s*(?P<city>{_CAPITALS}(?:[ \-]{_CAPITALS}){{0,{_DATELINE_WORDS - 1}}})"
    r"(?P<date>,\s*\d{1,2}\s+[^\W\d_]+)?\.(?=\s|$)"
)
"""A dateline: a city in capitals, a date after a comma perhaps, and a full stop (``ДНЕПР, 2
декабря.``, ``ЖИТОМИР.``)."""
_TITLED = r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ]+"
_TITLED_DATELINE = re.compile(
    rf"\s*(?P<city>{_TITLED}(?:[ \-]{_TITLED}){{0,{_DATELINE_WORDS - 1}}})"
    r"(?P<date>,\s*\d{1,2}\s+[^\W\d_]+|\.[ \t]+\d{1,2}\s+[^\W\d_]+(?=\.[ \t]+"
    rf"{_CAPITALS}[ \t]*[—–]))(?:\s+\d{{4}}(?:\s+[^\W\d_]+\.?)?)?"
    r"(?:\s*/[^/\n]{1,60}/)?"
    r"(?:\.(?=\s|$)|\s*[—–](?:[ \t]*[^\W\d_][^\n.]{0,40}(?=\n|$)|(?=\s)))"
)
"""A dateline in title case, which needs its date: a city, a comma, a day and a month (a year
perhaps), an outlet between slashes perhaps, and a full stop or a dash, alone on its line or
before the lead (``Вінниця, 3 грудня.``, ``Луцк, 5 декабря — ``, ``Рівне, 4 грудня 2026 року
– Укрінформ``); or a city, a full stop, a day and a month, when a full stop and an agency in
capitals and a dash follow (``Київ. 25 листопада. ІНТЕРФАКС-УКРАЇНА – ``)."""


@attrs.frozen
class Dateline:
    """The dateline opening a lede (``ДНЕПР, 2 декабря.``, ``УМАНЬ.``).

    Attributes:
        end: The offset right after its full stop.
        city: The city it names, in the nominative (``Днепр``), or None when its words in
            capitals do not read as a place (``ГСЧС.``, ``УВАГА.``).
    """

    end: int
    city: str | None


def dateline(text: str, start: int, end: int) -> Dateline | None:
    """Return the dateline opening ``text[start:end]``, or None.

    The form alone makes a dateline: at most `_DATELINE_WORDS` words in capitals, a date after
    a comma perhaps, and a full stop; the report's own words start after it. Its city
    (`_dateline_city`) is given only when the words read as a place. A dateline in title
    case (`_TITLED_DATELINE`) needs its date and a city that reads as one, as the form is
    that of any sentence opening with a capitalised word.
    """
    match = _DATELINE.match(text, start, end)
    if match is None:
        # in title case only a place that reads as one makes a dateline (``Вівторок, 3 грудня.``
        # is a day's name)
        titled = _TITLED_DATELINE.match(text, start, end)
        city = None if titled is None else _dateline_city(titled)
        if titled is None or city is None or city.lower() in pick(DAY_NAMES, ru.DAY_NAMES):
            return None
        return Dateline(titled.end(), city)
    return Dateline(match.end(), _dateline_city(match))


def _dateline_city(match: re.Match[str]) -> str | None:
    """Return the city of the dateline ``match`` in the nominative, or None if it names none.

    The city stands in capitals (``ДНЕПР`` -> ``Днепр``); it must read as a place: an adjective
    with its noun (``БЕЛАЯ ЦЕРКОВЬ``), a toponym (Russian), or a lifeless noun with a date after
    it (Ukrainian, whose dictionary marks no toponyms: ``УВАГА.`` names no city); a country or
    an acronym of a body (``ДСНС``) is none.
    """
    # ``БЕЛАЯ ЦЕРКОВЬ`` -> ``Белая Церковь``, ``ИВАНО-ФРАНКОВСК`` -> ``Ивано-Франковск``
    city = " ".join(
        "-".join(part.capitalize() for part in word.split("-"))
        for word in match.group("city").split()
    )
    words = city.split()
    if len(words) > _CITY_PAIR:  # (a pair at most reads as a city)
        return None
    readings = parse_word(words[-1].lower())
    if len(words) == _CITY_PAIR:  # ``Белая Церковь``: an adjective agreeing with its noun
        fits = _name_pair(*words)
    elif current_language() == "ru":
        fits = any("Geox" in p.tag.grammemes and p.tag.case == "nomn" for p in readings)
    else:  # no toponyms marked: a lifeless noun, and a date after it (``КИЇВ, 3 березня.``)
        fits = match.group("date") is not None and any(
            p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "nomn" for p in readings
        )
    found = nominative_or_none(city, case="nomn") if fits else None
    excluded = pick(NOT_ATTACK_PLACES | HOST_COUNTRIES, ru.NOT_ATTACK_PLACES | ru.HOST_COUNTRIES)
    if found is None or found.lower() in excluded:
        return None
    return found
