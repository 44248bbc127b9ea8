"""Foreign names the dictionary does not know, taken by their place in the sentence.

Two or three capitalised words written in one script are a person's name when they stand
right before or after a singular speech verb (``Сундар Пічаї заявив``, ``повідомив Jan
Kowalski``) or right after a role noun (``посол Martin Jäger``). Cyrillic words must be
unknown to the dictionary or read as names, never places or organisations; Latin words must
not be organisation words (``Group``, ``Bank``). A name before a verb is in the nominative and kept
as written; one after a role noun in an oblique case is put in the nominative only when the
same name is written in the nominative elsewhere in the item.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from attrs import frozen

from uanews.parser.document import BLOCK_SCREENS, Screen, forms
from uanews.parser.language import language_cache, pick, reading_at
from uanews.parser.morph import listed, parse_word
from uanews.parser.participants import lexicon_ru as ru
from uanews.parser.participants.lexicon import (
    COMITATIVE_PREPOSITIONS,
    GENITIVE_NAME_ENDINGS,
    INDECLINABLE_NAME_ENDINGS,
    INSTRUMENTAL_NAME_ENDINGS,
    LATIN_ORGANIZATION_WORDS,
    ORGANIZATION_NOUNS,
    PLACE_NOUNS,
    VEHICLE_NOUNS,
)
from uanews.parser.participants.names import (
    NameSpan,
    Token,
    analyse,
    is_capitalised,
    sentence_initial,
    tokenize,
)
from uanews.parser.participants.roles import (
    RolePhrase,
    case_set,
    find_roles,
    is_role_noun,
    lemmas,
)
from uanews.parser.quotes.speech import is_speech_form

__all__ = ["find_foreign_names"]

_SIZES = (3, 2)
_PROPER_TAGS = frozenset({"Geox", "Orgn"})
_MAX_ENDING = 3  # letters a declined foreign name adds to its nominative (``Сундара``)
_ROLE_WINDOW = 8  # words before a run that a role phrase ending in or before it may take


@frozen
class _Candidate:
    """Words read as a foreign name and whether they stand in the nominative."""

    words: tuple[Token, ...]
    nominative: bool
    gender: str | None
    base: tuple[str, ...] | None = None
    """The nominative read from the words' endings (`_instrumental_name`), if known."""


@language_cache(maxsize=65536)
def _script(word: str) -> str | None:
    """Return ``latin`` or ``cyrillic`` for a word written in one of them only, else None."""
    scripts = {unicodedata.name(char, "").split(" ")[0] for char in word if char.isalpha()}
    if scripts == {"LATIN"}:
        return "latin"
    if scripts == {"CYRILLIC"}:
        return "cyrillic"
    return None


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Return True when only spaces on one line separate two words."""
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace() and "\n" not in gap


@language_cache(maxsize=65536)
def _proper_place_or_body(word: str) -> bool:
    """Return True when the dictionary reads ``word`` as a place or an organisation.

    A word the dictionary does not know is neither: its readings are guesses by analogy with
    its ending (Russian ``Хидэо`` may be guessed as a place like ``Сочи``).
    """
    lowered = word.lower()
    if not listed(lowered):
        return False
    return any(parse.tag.grammemes & _PROPER_TAGS for parse in parse_word(lowered))


def _common_noun(word: str) -> bool:
    """Return True for a word naming a role, an organisation or a place (``Посол``, ``Рада``)."""
    return is_role_noun(word) or bool(
        lemmas(word)
        & (pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS) | pick(PLACE_NOUNS, ru.PLACE_NOUNS))
    )


def _name_word(token: Token, script: str) -> bool:
    """Return True when ``token`` may be one word of a foreign name in ``script``."""
    word = token.text
    if not is_capitalised(word) or (word.isupper() and len(word) > 1):
        return False
    if script == "latin":
        return word.lower() not in LATIN_ORGANIZATION_WORDS
    if _proper_place_or_body(word) or _common_noun(word):
        return False
    info = analyse(word)
    # A known word that is no name is a common word, capitalised by its position or part
    # of an organisation's name (``Верховна Рада``).
    return not info.known or bool(info.readings)


def _runs(
    text: str, tokens: Sequence[Token], run_words: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """Yield (first, last index, script) of runs of adjacent capitalised words in one script.

    ``run_words`` are the forms among ``tokens`` that are capitalised and in one script.
    """
    index = 0
    while index < len(tokens):
        script = _script(tokens[index].text) if tokens[index].text in run_words else None
        if script is None:
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and _adjacent(text, tokens[last], tokens[last + 1])
            and tokens[last + 1].text in run_words
            and _script(tokens[last + 1].text) == script
        ):
            last += 1
        yield index, last, script
        index = last + 1


def _verb_gender(word: str) -> tuple[bool, str | None]:
    """Return whether a speech verb form can be singular, and its gender when it has one."""
    parses = [p for p in parse_word(word.lower()) if p.tag.POS == "VERB"]
    singular = [p for p in parses if "plur" not in p.tag]
    genders = {str(p.tag.gender) for p in singular if p.tag.gender is not None}
    return bool(singular), genders.pop() if len(genders) == 1 else None


def _acceptable(text: str, words: Sequence[Token], script: str) -> bool:
    """Return True when ``words`` may spell a foreign name the dictionary missed."""
    if not all(_name_word(token, script) for token in words):
        return False
    if script == "latin":
        return True
    infos = [analyse(token.text) for token in words]
    if all(info.known for info in infos):
        return False  # the dictionary knows every word: the name finder has decided
    first = words[0]
    return not (sentence_initial(text, first.start) and infos[0].known and not infos[0].readings)


def _before_verb(
    text: str, tokens: Sequence[Token], first: int, last: int, script: str
) -> _Candidate | None:
    """Return the name that ends the run right before a singular speech verb, if any."""
    verb = last + 1
    if verb >= len(tokens) or not _adjacent(text, tokens[last], tokens[verb]):
        return None
    if not is_speech_form(tokens[verb].text):
        return None
    singular, gender = _verb_gender(tokens[verb].text)
    if not singular or _named_body(text, tokens, first):
        return None
    earliest = _after_oblique_name(tokens, first, last)
    for size in _SIZES:
        start = last - size + 1
        if start < earliest:
            continue
        words = tuple(tokens[start : last + 1])
        if start > first and script == "latin":
            return None  # a longer Latin run is an organisation's name
        if _acceptable(text, words, script):
            return _Candidate(words, nominative=True, gender=gender)
    return None


def _surname_inside(words: Sequence[Token]) -> bool:
    """Return True when a first name and a surname end before the last of ``words``.

    ``Романом Ковалишиным Микитюк``: a first name, then a word read only as a surname (by the
    dictionary or the surname endings it guesses by), is a whole name; the word after it is
    another person's. A last word declined in the surname's oblique case, or both in the
    nominative, make a double surname instead, one name (``Свеном Гальвардсеном Естлундом``,
    ``Свен Гальвардсен Естлунд``).
    """
    if len(words) < _SIZES[0]:
        return False
    first, second = analyse(words[0].text), analyse(words[1].text)
    kinds = {reading.kind for reading in second.readings}
    if not (any(reading.kind == "Name" for reading in first.readings) and kinds == {"Surn"}):
        return False
    cases = {reading.case for reading in second.readings}
    last = {reading.case for reading in analyse(words[2].text).readings}
    if not last and _instrumental_ending(words[2].text) is not None:
        last = {"ablt"}  # no reading at all: its ending tells the case (``Естлундом``)
    declined = bool(cases & last - {"nomn"}) and "nomn" not in last
    return not (declined or ("nomn" in cases and "nomn" in last))


def _after_oblique_name(tokens: Sequence[Token], first: int, last: int) -> int:
    """Return where the verb's subject may open in the run ``tokens[first:last + 1]``.

    A first name the dictionary knows only in an oblique case (``Романом``) is no subject:
    with the word after it (its surname, in the same case) it names someone else, so the
    subject opens after both (``с Романом Ковалишиным Микитюк обсудил``: ``Микитюк``).
    """
    earliest = first
    for index in range(first, last + 1):
        info = analyse(tokens[index].text)
        names = [reading for reading in info.readings if reading.kind == "Name"]
        if info.known and names and not any(reading.case == "nomn" for reading in names):
            earliest = index + 2
    return earliest


def _named_body(text: str, tokens: Sequence[Token], first: int) -> bool:
    """Return True when an organisation noun right before a run says the run is its name.

    ``компанія General Motors повідомила``: the company speaks, not a person.
    """
    noun = first - 1
    return (
        noun >= 0
        and _adjacent(text, tokens[noun], tokens[first])
        and bool(lemmas(tokens[noun].text) & pick(ORGANIZATION_NOUNS, ru.ORGANIZATION_NOUNS))
    )


def _after_verb(
    text: str, tokens: Sequence[Token], first: int, last: int, script: str
) -> _Candidate | None:
    """Return the whole run when it follows a singular speech verb (``повідомив Jan Kowalski``)."""
    verb = first - 1
    if verb < 0 or not _adjacent(text, tokens[verb], tokens[first]):
        return None
    if is_capitalised(tokens[verb].text) or not is_speech_form(tokens[verb].text):
        return None
    singular, gender = _verb_gender(tokens[verb].text)
    words = tuple(tokens[first : last + 1])
    if not singular or len(words) not in _SIZES or not _acceptable(text, words, script):
        return None
    return _Candidate(words, nominative=True, gender=gender)


def _after_role(
    text: str, tokens: Sequence[Token], first: int, last: int, script: str
) -> _Candidate | None:
    """Return the name that opens the run right after a role noun, if any."""
    role = first - 1
    opening = first
    if is_role_noun(tokens[first].text) and first < last:
        role, opening = first, first + 1  # ``Посол Martin Jäger`` opens a sentence
    if role < 0 or not _adjacent(text, tokens[role], tokens[opening]):
        return None
    if not is_role_noun(tokens[role].text) or _make_after(tokens[role].text, script):
        return None
    return _name_opening(text, tokens, (opening, last, script), tokens[role])


_MIN_NAME_STEM = 2  # letters a first name keeps before its case ending (``Ма-ей``)


def _instrumental_name(
    text: str, tokens: Sequence[Token], first: int, last: int, script: str
) -> _Candidate | None:
    """Return a foreign name in the instrumental that ends the run, put in the nominative.

    The case is told by the word right before the run: a preposition of company
    (`lexicon.COMITATIVE_PREPOSITIONS`: ``с Сорином Григоряну``) or a role noun that can only be
    instrumental, which the name stands in apposition to (``с вице-мэром Розой Мацейкене``);
    after a role noun the run may open with the role's proper complement (``мэром Клайпеды
    Йонасом Вайткусом``). The name is its last two or three words, none a place, a body or a
    role noun, at least one unknown to the dictionary, the first with an instrumental ending
    (`lexicon.INSTRUMENTAL_NAME_ENDINGS`); each word is put in the nominative by that table.
    """
    opening = _instrumental_opening(text, tokens, first, last, script)
    if opening is None:
        return None
    for size in _SIZES:
        start = last - size + 1
        if start != opening:
            continue
        words = tuple(tokens[start : last + 1])
        read = [_instrumental_ending(token.text) for token in words]
        if (
            _surname_inside(words)
            or (
                read[0] is None
                and not _fixed_first_name(words[0].text)
                and not _indeclinable_first_name(words[0], words[1])
            )
            or not all(_instrumental_word(token) for token in words[1:])
            or (read[-1] is None and _genitive_ending(words[-1].text))  # ``з Литвою Науседи``
        ):
            return None
        if not _instrumental_word(words[0]) and not _place_spelt_name(words, read[-1]):
            return None
        if all(_known_instrumental(token.text) for token in words):
            return None  # the dictionary knows every word: the name finder has decided
        base, gender = _instrumental_base(words)
        return _Candidate(words, nominative=False, gender=gender, base=base)
    return None


def _instrumental_opening(
    text: str, tokens: Sequence[Token], first: int, last: int, script: str
) -> int | None:
    """Return where a name in the instrumental may open in the run, or None if it cannot.

    Right after a preposition of company the run is the name; right after an instrumental
    role noun, or after a whole role phrase headed by one (``с президентом совета уезда Ботошани
    Сорином Григоряну``), the run may open with the role's proper complement, left out: a place
    or body the dictionary knows, or a word without an instrumental ending.
    """
    before = first - 1
    if script != "cyrillic" or before < 0 or not _adjacent(text, tokens[before], tokens[first]):
        return None
    word = tokens[before].text
    if word.islower() and word in pick(COMITATIVE_PREPOSITIONS, ru.COMITATIVE_PREPOSITIONS):
        return first
    if _instrumental_role(word):
        opening = first
        while opening < last - 1 and _proper_place_or_body(tokens[opening].text):
            opening += 1  # ``мэром Клайпеды``: the role's complement, then the name
        return opening
    window = max(0, first - _ROLE_WINDOW)
    if not any(_instrumental_role(token.text) for token in tokens[window:before]):
        return None
    reaching = [
        role
        for role in find_roles(text, tokens[window].start, tokens[last].end)
        if role.end >= tokens[before].end
        and any(
            _instrumental_role(token.text)
            for token in tokens[window:before]
            if role.start <= token.start < role.core_end
        )
    ]
    if not reaching:
        return None
    opening = first
    while (
        opening < last - 1
        and _instrumental_ending(tokens[opening].text) is None
        and not _fixed_first_name(tokens[opening].text)
        and not _indeclinable_first_name(tokens[opening], tokens[opening + 1])
    ):
        opening += 1
    return opening


def _fixed_first_name(word: str) -> bool:
    """Return True for a first name the dictionary reads in the instrumental as written.

    ``Хидэо``: a first name that does not decline has no instrumental ending, but is in the
    instrumental after ``з`` or an instrumental role as the surname after it is.
    """
    return any(
        reading.kind == "Name" and reading.case == "ablt" for reading in analyse(word).readings
    )


def _indeclinable_first_name(token: Token, following: Token) -> bool:
    """Return True for an unknown word ending as an indeclinable first name, before a surname.

    ``Гельге Ульстейном``: a word the dictionary does not list, ending in a vowel a foreign
    first name keeps in every case (`lexicon.INDECLINABLE_NAME_ENDINGS`), right before a
    capitalised word with an instrumental ending that is no first name itself, opens the
    name; before a first name (``Кушадаси Яном Ковачем``) it is the role's complement.
    """
    word = token.text
    if not is_capitalised(word) or word.isupper() or listed(word.lower()):
        return False
    if not word.lower().endswith(pick(INDECLINABLE_NAME_ENDINGS, ru.INDECLINABLE_NAME_ENDINGS)):
        return False
    return _instrumental_ending(following.text) is not None and not any(
        reading.kind == "Name" for reading in analyse(following.text).readings
    )


def _instrumental_role(word: str) -> bool:
    """Return True when ``word`` is a role noun that can only be instrumental (``мэром``)."""
    return is_role_noun(word) and case_set(word) == {"ablt"}


def _instrumental_word(token: Token) -> bool:
    """Return True for a capitalised word that may be part of a foreign name in the instrumental.

    A first name that is also a common word (``Розой``: ``роза`` is a flower) is taken here: the
    case ending and the word before the run say it is a name.
    """
    word = token.text
    return (
        is_capitalised(word)
        and not word.isupper()
        and not _proper_place_or_body(word)
        and not _common_noun(word)
    )


def _place_spelt_name(
    words: Sequence[Token], surname_ending: tuple[str, str, str | None] | None
) -> bool:
    """Return True for a first name spelt like a place's instrumental before a foreign surname.

    ``Маей Санду``: the dictionary reads ``Маей`` as a river, but a place does not stand before
    a surname. Taken only for a first and a last name where the dictionary knows no
    instrumental of the last one (`_known_instrumental`), which is in the instrumental or of a
    form that does not decline (not in a genitive ending of `lexicon.GENITIVE_NAME_ENDINGS`:
    ``с Венгрией Орбана``, ``с Литвой Науседы`` are a country and its leader in the genitive).
    """
    if len(words) != _PAIR or not is_capitalised(words[0].text) or _common_noun(words[0].text):
        return False
    surname = words[-1].text
    return not _known_instrumental(surname) and (
        surname_ending is not None or not _genitive_ending(surname)
    )


def _genitive_ending(word: str) -> bool:
    """Return True when ``word`` ends as a surname in the genitive does (``Науседы``).

    The endings are `lexicon.GENITIVE_NAME_ENDINGS`. A surname in ``-а``/``-я`` declines
    (``Науседа``, ``Науседой``), so after a preposition of company one written so is not in
    the instrumental: ``с Литвой Науседы`` is a country and its leader in the genitive, in
    either language, whether the dictionary tags the country or not.
    """
    return word.lower()[-1:] in pick(GENITIVE_NAME_ENDINGS, ru.GENITIVE_NAME_ENDINGS)


@language_cache(maxsize=65536)
def _known_instrumental(word: str) -> bool:
    """Return True when the dictionary lists ``word`` with an instrumental reading.

    ``Санду`` is listed, but only as other cases of ``Санда``: after ``с`` it is a foreign
    surname that does not decline, which the name finder cannot read in the instrumental.
    """
    lowered = word.lower()
    return listed(lowered) and any(parse.tag.case == "ablt" for parse in parse_word(lowered))


_PAIR = 2


def _instrumental_ending(word: str) -> tuple[str, str, str | None] | None:
    """Return the ending of `lexicon.INSTRUMENTAL_NAME_ENDINGS` that ``word`` has, if any."""
    lowered = word.lower()
    for ending in pick(INSTRUMENTAL_NAME_ENDINGS, ru.INSTRUMENTAL_NAME_ENDINGS):
        if lowered.endswith(ending[0]) and len(lowered) - len(ending[0]) >= _MIN_NAME_STEM:
            return ending
    return None


def _make_after(word: str, script: str) -> bool:
    """Return True for a Latin run after a vehicle noun: the make (``водій Volkswagen Golf``).

    `lexicon.VEHICLE_NOUNS` holds the driver too (``водитель Mercedes-Benz Vito``), a role
    noun whose Latin complement names the vehicle, no person.
    """
    return script == "latin" and bool(lemmas(word) & pick(VEHICLE_NOUNS, ru.VEHICLE_NOUNS))


def _in_one_script(word: str) -> bool:
    """Return True for a capitalised word in one script: it may open a run (`_runs`)."""
    return is_capitalised(word) and _script(word) is not None


_RUN_WORDS = Screen(_in_one_script, family=BLOCK_SCREENS, only=is_capitalised)


def _candidates(text: str, start: int, end: int) -> Iterator[_Candidate]:
    """Yield the foreign names in ``text[start:end]`` found by their position."""
    run_words = _RUN_WORDS.passing(forms(text, start, end))
    if not run_words:
        return  # no capitalised word in one script: no run
    tokens = tokenize(text, start, end)
    for first, last, script in _runs(text, tokens, run_words):
        found = (
            _instrumental_name(text, tokens, first, last, script)
            or _before_verb(text, tokens, first, last, script)
            or _after_verb(text, tokens, first, last, script)
            or _after_role(text, tokens, first, last, script)
        )
        opening = max(0, first - _ROLE_WINDOW)
        if (
            found is None
            and first > 0
            and not all(analyse(token.text).known for token in tokens[first : last + 1])
            and any(is_role_noun(token.text) for token in tokens[opening:last])
        ):
            # A name the dictionary does not know may follow a role phrase: the phrases are
            # looked for in the few words before the run and the run itself.
            window = tokens[opening].start
            roles = {role.end: role for role in find_roles(text, window, tokens[last].end)}
            found = _after_role_phrase(text, tokens, (first, last, script), roles)
        if found is not None:
            yield found


def _after_role_phrase(
    text: str,
    tokens: Sequence[Token],
    run: tuple[int, int, str],
    roles: dict[int, RolePhrase],
) -> _Candidate | None:
    """Return the name that follows a whole role phrase in or right before the run, if any.

    ``Посол Японии в Украине Хидэо Норимацу``: the role's complement (the country, the
    place it serves in) stands between the role noun and the name, and may open the run of
    capitalised words itself. ``run`` is (first, last index, script) of the run (`_runs`); the
    role noun's case says whether the name is in the nominative.
    """
    first, last, script = run
    ending = next((index for index in range(first - 1, last) if tokens[index].end in roles), None)
    if ending is None or not _adjacent(text, tokens[ending], tokens[ending + 1]):
        return None
    role = roles[tokens[ending].end]
    opening = _taken_back(tokens, first, ending + 1, last, script)
    window = tokens[max(0, first - _ROLE_WINDOW) : ending + 1]
    head = next((token for token in window if token.end == role.core_end), None)
    if head is not None and _make_after(head.text, script):
        return None
    return _name_opening(text, tokens, (opening, last, script), head)


def _taken_back(tokens: Sequence[Token], first: int, opening: int, last: int, script: str) -> int:
    """Return where the name opens when the role's complement took its first words, or ``opening``.

    A role's complement may run on into the name (``директор компанії Кнуд`` before
    ``Скоугаард``, ``послом Швеції Свен`` before ``Гальвардсеном Естлундом``): the run's words the
    complement took back to the last place or body are the name's own when the dictionary
    reads them as a first name, or when what is left after the complement is one word, which
    alone is no foreign full name; the name stays within three words.
    """
    start = opening
    while start > first and start - 1 >= 0 and last - start + 2 <= _SIZES[0]:
        word = tokens[start - 1]
        if not _name_word(word, script) or _proper_place_or_body(word.text):
            break
        readings = analyse(word.text).readings
        if not (last - start + 1 < _PAIR or any(reading.kind == "Name" for reading in readings)):
            break
        start -= 1
    return start


def _name_opening(
    text: str, tokens: Sequence[Token], run: tuple[int, int, str], head: Token | None
) -> _Candidate | None:
    """Return the longest acceptable name that opens the run at ``opening``, if any.

    ``run`` is (opening, last index, script); a Latin name is the whole run. The name is in
    the nominative when the role noun ``head`` before it is (no head: not known to be).
    """
    opening, last, script = run
    length = last - opening + 1
    for size in _SIZES:
        if size > length or (script == "latin" and size != length):
            continue
        words = tuple(tokens[opening : opening + size])
        if size < length and _name_word(tokens[opening + size], script):
            continue  # a longer run than a name
        if _surname_inside(words):
            continue
        if _acceptable(text, words, script):
            nominative = head is not None and "nomn" in case_set(head.text)
            if head is not None and _instrumental_role(head.text):
                # ``Послом Кореи в Украине Хироюки Накамурой``: the name agrees with the role.
                base, gender = _instrumental_base(words)
                return _Candidate(words, nominative=False, gender=gender, base=base)
            return _Candidate(words, nominative=nominative, gender=None)
    return None


def _instrumental_base(words: Sequence[Token]) -> tuple[tuple[str, ...], str | None]:
    """Return the nominative of a name in the instrumental and the gender its endings show.

    Each word, and each part of a hyphenated one (``Анной-Марией`` -> ``Анна-Мария``: both
    parts decline), loses the ending of `lexicon.INSTRUMENTAL_NAME_ENDINGS` it has; a word
    with none does not decline (``Хироюки``). The gender is the first that an ending shows.
    """
    genders: list[str] = []
    base: list[str] = []
    for token in words:
        parts: list[str] = []
        for part in token.text.split("-"):
            ending = _instrumental_ending(part)
            if ending is None:
                parts.append(part)
                continue
            parts.append(part[: len(part) - len(ending[0])] + ending[1])
            if ending[2] is not None:
                genders.append(ending[2])
        base.append("-".join(parts))
    return tuple(base), genders[0] if genders else None


def _declined_from(word: str, nominative: str) -> bool:
    """Return True when ``word`` can be ``nominative`` with a case ending added or changed."""
    if word == nominative:
        return True
    stem = nominative[:-1] if nominative[-1:].lower() in "аеєиіїоуюяo" else nominative
    return word.startswith(stem) and 0 < len(word) - len(stem) <= _MAX_ENDING


def _nominative(candidate: _Candidate, known: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """Return the candidate's words in the nominative: as written or as written elsewhere."""
    written = tuple(token.text for token in candidate.words)
    if candidate.nominative:
        return written
    for words in known:
        if len(words) == len(written) and all(
            _declined_from(word, base) for word, base in zip(written, words, strict=True)
        ):
            return words
    return written if candidate.base is None else candidate.base


def find_foreign_names(text: str, blocks: Sequence[tuple[int, int]]) -> list[NameSpan]:
    """Return the foreign names found by position in the ``(start, end)`` blocks of ``text``.

    Each block is read in its own language (`reading_at`); a name in an oblique case takes the
    nominative written in any block (``посла Кутраппалі Раджеша`` in one paragraph,
    ``Кутраппалі Раджеш зазначив`` in the next).
    """
    candidates: list[_Candidate] = []
    for start, end in blocks:
        with reading_at(start):
            candidates.extend(_candidates(text, start, end))
    known = [tuple(token.text for token in found.words) for found in candidates if found.nominative]
    names: list[NameSpan] = []
    for found in candidates:
        words = _nominative(found, known)
        first, last = found.words[0], found.words[-1]
        names.append(NameSpan.of_words(text, first.start, last.end, words, found.gender))
    return names
