"""Direct speech without quote marks: dash attributions, dash lines after a colon, headlines.

Under the annotation guidelines these are direct quotes:

- speech that ends in a dash attribution, ``Ми готові, – пояснив X.``: with no opening mark,
  the words run from the start of their paragraph (or from the end of an earlier sentence
  that has a cue of its own) to the dash;
- a line that opens with a dash right after a colon cue, ``X розповів:`` then ``– Ми ...``;
- a headline ``Name: words`` or ``words – Name``, where Name is a participant's mention
  (after a role, if any) and nothing else: the words are Name's;
- a broadcast paragraph after a caption's speech that goes on in the first person
  (`continued_speakers`): the caption's speaker still speaks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from uanews.model import NewsItem, Participant, ParticipantKind, QuoteKind, Span
from uanews.parser.language import language_cache, pick, reading_at
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import first_cue, is_finite_verb, last_cue
from uanews.parser.quotes.lexicon import (
    ANNOUNCING_CONJUNCTIONS,
    FIRST_PERSON_WORDS,
    HEADLINE_TOPIC_PREPOSITIONS,
)
from uanews.parser.quotes.role_synonyms import common_words, groups_at, role_groups, word_synonyms
from uanews.parser.quotes.speaker_grammar import is_preposition, person_nouns, titled_head
from uanews.parser.quotes.text import (
    CLOSING_MARKS,
    DASHES,
    OPENING_MARKS,
    STOPS,
    WORD,
    clause_end,
    same_stem,
    split_parts,
    strip,
    words,
)

__all__ = ["after_colon", "continued_speakers", "dash_attributed", "headline_speech"]

# ``..., – пояснив``: a comma or stop, spaces, a dash, spaces; the cue follows.
_DASH_ATTRIBUTION = re.compile(rf"(?P<punct>[,{STOPS}])[ \t]+[{DASHES}][ \t]+")
_DASH_LINE = re.compile(rf"[ \t]*[{DASHES}][ \t]+")
# The cue of a dash attribution stands among its first two words (``– розповіла вона``).
_ATTRIBUTION_CUE_WORDS = 2
_HEADLINE_COLON = re.compile(r":\s+")
_HEADLINE_DASH = re.compile(rf"\s+[{DASHES}]\s+")
# At most this many words of a role may stand before the name in a headline.
_HEADLINE_ROLE_WORDS = 4
_MIN_HEADLINE_WORDS = 3
_DATELINE = re.compile(
    r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ-]*(?:[ ][\w'’ʼ-]+){0,2},[ \t]*\d{1,2}[ \t]+[^\W\d_]+"
    r"(?:[ \t]+\d{4}(?:[ \t]+[^\W\d_]+\.?)?)?"
)
"""A place and a date (a year perhaps): the words of a dateline (``Умань, 3 березня 2026
року``), which an outlet after a dash signs (``– Укрінформ``); no one says them."""
_MIN_SPEECH_WORDS = 2
# A cue that announces what follows (``– вважають, що``, ``– сказав:``) attributes nothing before.
_ANNOUNCES, _ANNOUNCES_RU = (
    re.compile(rf"[^,.:;!?]{{0,40}}?(?:,\s*(?:{'|'.join(words)})(?![^\W\d_])|:)")
    for words in (ANNOUNCING_CONJUNCTIONS, ru.ANNOUNCING_CONJUNCTIONS)
)


def _has_marks(text: str, start: int, end: int) -> bool:
    """Return True if ``text[start:end]`` holds a quote mark."""
    return any(char in OPENING_MARKS or char in CLOSING_MARKS for char in text[start:end])


def dash_attributed(
    text: str, paragraph: Span, sentences: Sequence[Span], people: Sequence[int] = ()
) -> Iterator[Candidate]:
    """Yield speech without marks that ends in a dash attribution (``Ми готові, – пояснив X.``).

    ``people`` are where the item names people (sorted starts). An attribution that names no
    one (``– сказав посадовець``, ``– додав він``) refers back to someone named before it; the
    speech's first sentence, when it names a person and holds no first-person word, is the
    narration that introduces the speaker (``До ліцею завітав депутат облради X.``), as a
    speaker does not name himself: the speech starts after it (`_after_introduction`).
    """
    if _DASH_LINE.match(text, paragraph.start, paragraph.end):
        return  # a dash line: `direct.dash_lines` reads it
    start = paragraph.start
    for sentence in sentences:
        found = _attribution_in(text, sentence)
        if found is None:
            if last_cue(text, sentence.start, sentence.end) is not None:
                start = sentence.end  # an attribution of its own: what follows is new
            continue
        punct, cue, window = found
        if not _names_anyone(text, window) and not _prepositional(text, window):
            start = _after_introduction(text, sentences, start, sentence.start, people)
        start = _after_opening_dash(text, start, punct)
        first_end = punct + (0 if text[punct] == "," else 1)
        parts = [] if _has_marks(text, start, first_end) else split_parts(text, start, first_end)
        if not _enough_words(text, parts):
            start = sentence.end
            continue
        # ``A, – пояснив X. – B``: the speech goes on after the attribution to the paragraph end.
        going_on = _DASH_LINE.match(text, window.end + 1, paragraph.end)
        if parts and going_on is not None:
            parts += split_parts(text, going_on.end(), paragraph.end)
        if parts:
            yield Candidate(tuple(parts), QuoteKind.DIRECT, cue, window)
        if going_on is not None:
            return
        start = sentence.end


# A sentence's end, then a dash: direct speech opens inside the paragraph (``... . – Ми ...``).
_OPENING_DASH = re.compile(rf"[{STOPS}][ \t]+[{DASHES}][ \t]+")


def _after_opening_dash(text: str, start: int, end: int) -> int:
    """Return where speech starts: after the last dash opening a sentence in ``start``-``end``.

    ``Мешканці незадоволені. – Я щодня їжджу ..., – каже X.``: a dash after a sentence's end
    opens the direct speech the attribution closes; the sentence before it is narration.
    """
    ends = [found.end() for found in _OPENING_DASH.finditer(text, start, end)]
    return ends[-1] if ends else start


def _names_anyone(text: str, window: Span) -> bool:
    """Return True if the attribution's words hold a capitalised word (a name, a body)."""
    return any(word[:1].isupper() for word in WORD.findall(text[window.start : window.end]))


def _prepositional(text: str, window: Span) -> bool:
    """Return True if the attribution holds a preposition (``– повідомили в поліції``).

    Its speaker is a body, whom no sentence before introduces.
    """
    return any(is_preposition(word) for word in WORD.findall(text[window.start : window.end]))


def _after_introduction(
    text: str, sentences: Sequence[Span], start: int, end: int, people: Sequence[int]
) -> int:
    """Return where speech starts: after its first sentence, if that sentence introduces a person.

    The speech's first sentence (at ``start``, before the attribution's sentence at ``end``)
    introduces the speaker when it names a person and holds no word of the first person (a
    speaker may name others: ``Ми вдячні лікарю X``). Only the first sentence is read: a name
    further on is inside the speech.
    """
    at = bisect.bisect_left(sentences, start, key=_start)
    if at >= len(sentences) or sentences[at].start != start or sentences[at].end > end:
        return start
    first = sentences[at]
    named = bisect.bisect_left(people, first.start)
    if named >= len(people) or people[named] >= first.end:
        return start
    with_first_person = pick(FIRST_PERSON_WORDS, ru.FIRST_PERSON_WORDS)
    if any(
        word.lower() in with_first_person for word in WORD.findall(text[first.start : first.end])
    ):
        return start
    return first.end


def _start(span: Span) -> int:
    """Return where ``span`` starts."""
    return span.start


def _enough_words(text: str, parts: Sequence[Span]) -> bool:
    """Return True if ``parts`` hold enough words to be speech, not a lone noun."""
    found = [word for part in parts for word in WORD.findall(text[part.start : part.end])]
    return len(found) >= _MIN_SPEECH_WORDS


def _attribution_in(text: str, sentence: Span) -> tuple[int, Span, Span] | None:
    """Return where the punctuation, cue and attribution of ``..., – cue X`` are in a sentence."""
    for match in _DASH_ATTRIBUTION.finditer(text, sentence.start, sentence.end):
        attr_end = clause_end(text, match.end(), sentence.end)
        cue = first_cue(text, match.end(), attr_end, limit=_ATTRIBUTION_CUE_WORDS)
        if cue is not None and not pick(_ANNOUNCES, _ANNOUNCES_RU).match(
            text, cue.end, sentence.end
        ):
            return match.start("punct"), cue, Span(match.end(), attr_end)
    return None


def after_colon(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Sequence[Span]]
) -> Iterator[Candidate]:
    """Yield a dash line that follows a colon cue (``X розповів:`` then ``– Ми готові ...``).

    The line is the rest of the paragraph (or the next paragraph) after the colon; only the
    first dash line is taken: what follows may be a dialogue.
    """
    for index, own in enumerate(sentences):
        if not own:
            continue
        last = own[-1]
        colon_line = _colon_cue(text, last)
        if colon_line is None:
            continue
        cue, colon = colon_line
        line_start = text.find("\n", colon, last.end)
        if line_start >= 0:
            line = Span(line_start + 1, last.end)
        elif index + 1 < len(paragraphs):
            line = paragraphs[index + 1]
        else:
            continue
        # The window runs to the colon: the speaker may stand after an inverted cue (``Подробиці
        # розповів начальник управління X:``) as well as before it.
        yield from _dash_line(text, line, cue, Span(last.start, colon))


def _colon_cue(text: str, sentence: Span) -> tuple[Span, int] | None:
    """Return the cue and the colon of a sentence whose first line ends ``розповів:``."""
    line_end = text.find("\n", sentence.start, sentence.end)
    head_end = sentence.end if line_end < 0 else line_end
    head = text[sentence.start : head_end].rstrip()
    if not head.endswith(":"):
        return None
    colon = sentence.start + len(head) - 1
    cue = last_cue(text, sentence.start, colon)
    if cue is None:
        # ``Директор департамента Людмила Коваль:``: a speaker and a colon are the cue.
        return (Span(colon, colon + 1), colon) if _speaker_line(text, sentence, colon) else None
    if _has_marks(text, cue.end, colon):
        return None
    return cue, colon


def _speaker_line(text: str, sentence: Span, colon: int) -> bool:
    """Return True if the words before ``colon`` are only a speaker: a role and a full name.

    The sentence is the whole line, with no verb, at most `_MAX_SPEAKER_LINE_WORDS` words,
    and ends in a first name (by the dictionary) and a capitalised surname.
    """
    if text.find("\n", sentence.start, colon) >= 0:
        return False
    found = words(text, sentence.start, colon)
    if not _MIN_SPEECH_WORDS <= len(found) <= _MAX_SPEAKER_LINE_WORDS:
        return False
    first_name, surname = found[-2][0], found[-1][0]
    return (
        surname[:1].isupper()
        and first_name[:1].isupper()
        and _first_name(first_name)
        and not any(is_finite_verb(word) for word, _start, _end in found)
    )


_MAX_SPEAKER_LINE_WORDS = 10


@language_cache()
def _first_name(word: str) -> bool:
    """Return True if the dictionary reads ``word`` as a first name in the nominative."""
    return any(
        "Name" in parse.tag and parse.tag.case == "nomn" for parse in parse_word(word.lower())
    )


def _dash_line(text: str, line: Span, cue: Span, window: Span) -> Iterator[Candidate]:
    """Yield the words of ``line`` if it opens with a dash and has no attribution of its own."""
    opening = _DASH_LINE.match(text, line.start, line.end)
    if opening is None:
        return
    newline = text.find("\n", opening.end(), line.end)
    end = line.end if newline < 0 else newline
    for match in _DASH_ATTRIBUTION.finditer(text, opening.end(), end):
        if first_cue(text, match.end(), end, limit=_ATTRIBUTION_CUE_WORDS) is not None:
            return  # ``– A, – сказав X``: `direct.dash_lines` reads it
    span = strip(text, opening.end(), end)
    if span.end > span.start:
        yield Candidate((span,), QuoteKind.DIRECT, cue, window)


def headline_speech(item: NewsItem) -> Iterator[Candidate]:
    """Yield the quote of a headline ``Name: words`` or ``words – Name``."""
    headline = item.headline
    if not headline:
        return
    colon = _HEADLINE_COLON.search(headline)
    if colon is not None:
        speaker = _only_a_name(item, Span(0, colon.start()))
        voiced = False
        if speaker is None:
            # ``Главврач: «...»``, ``Мер Львова: «...»``, ``Голова Рівненської ОВА: школи
            # працюватимуть ...``: a role the body gives one person; the words are that
            # person's, in marks or not (annotation guidelines: a headline ``Name: words`` is
            # a quote), if without marks only when the body has that person speak
            # (`Candidate.voiced`).
            speaker = _role_holder(item, Span(0, colon.start())) or _head_noun_holder(
                item, Span(0, colon.start())
            )
            voiced = speaker is not None and headline[colon.end() : colon.end() + 1] not in (
                OPENING_MARKS
            )
        if speaker is None:
            # ``Мэр Львова о ремонте дорог: ...``: a speaker, then what about, then the words.
            before = Span(0, min(_before_topic(headline, 0), colon.start()))
            if before.end < colon.start():
                speaker = _only_a_name(item, before) or _role_holder(item, before)
        words = _words_span(headline, colon.end(), len(headline))
        if speaker is not None and words is not None:
            yield Candidate((words,), QuoteKind.DIRECT, None, None, speaker.id, voiced=voiced)
            return
    dashes = list(_HEADLINE_DASH.finditer(headline))
    if dashes:
        last = dashes[-1]
        tail = Span(last.end(), _before_topic(headline, last.end()))
        # ``Ми граємо за місто – капітан «Блискавок»``: the role's head noun, as before a colon.
        speaker = (
            _role_holder(item, tail)
            or _only_a_name(item, tail)
            or _head_noun_holder(item, tail, after_words=True)
        )
        words = _words_span(headline, 0, last.start())
        if (
            speaker is not None
            and words is not None
            and not _DATELINE.fullmatch(headline, words.start, words.end)
        ):
            yield Candidate((words,), QuoteKind.DIRECT, None, None, speaker.id)
            return
    echo = _echo_span(item, colon, dashes[-1] if dashes else None)
    if echo is not None:
        # A headline lifts its words from a quote of the body (``«Це питання безпеки»: Рада
        # ухвалила ...``, ``Ми граємо за місто – капітан «...»``), whatever title it gives
        # the speaker: the words are a quote only if a body quote holds them word for word,
        # and are that quote's speaker's (`Candidate.continues`, resolved as a pull-quote).
        yield Candidate((echo,), QuoteKind.DIRECT, None, None, continues=True)


def _echo_span(
    item: NewsItem, colon: re.Match[str] | None, dash: re.Match[str] | None
) -> Span | None:
    """Return the words of a headline that may repeat a quote of the body, if any.

    The words in marks that open it (``«words»: …``, ``«words» – …``, or the whole
    headline), else the words after its colon (``Role: words``), else those before its last
    dash (``words – Role``). Words without marks are a quote only beside who says them and
    only if they say something: the other side of the colon or dash names a speaker (a role
    noun or a participant's mention, `_names_a_speaker`) and the words hold a finite verb
    (``Погода на вихідні: дощі та похолодання`` is a topic and a summary;
    ``Оккупанты обстреляли район: ранены трое`` the writer's report).
    """
    headline = item.headline or ""
    whole = strip(headline, 0, len(headline))
    if whole.end - whole.start < 2:
        return None
    if headline[whole.start] in OPENING_MARKS:
        close = _closing_mark(headline, whole.start + 1)
        if close is not None:
            return _words_span(headline, whole.start, close + 1)
    if colon is not None:
        words = _words_span(headline, colon.end(), len(headline))
        if words is None or headline[colon.end()] in OPENING_MARKS:
            return words
        return words if _said_by(item, words, Span(0, colon.start())) else None
    if dash is not None and not _DATELINE.fullmatch(headline, 0, dash.start()):
        words = _words_span(headline, 0, dash.start())
        if words is not None and _said_by(item, words, Span(dash.end(), len(headline))):
            return words
    return None


def _said_by(item: NewsItem, words: Span, side: Span) -> bool:
    """Return True if the headline's unmarked ``words`` may be said by whom ``side`` names."""
    headline = item.headline or ""
    return (
        not _has_verb(headline[side.start : side.end])
        and _names_a_speaker(item, side)
        and any(is_finite_verb(word) for word in WORD.findall(headline[words.start : words.end]))
    )


def _names_a_speaker(item: NewsItem, side: Span) -> bool:
    """Return True if ``side`` of the headline holds a role noun or a participant's mention."""
    headline = item.headline or ""
    if any(person_nouns(word) for word in WORD.findall(headline[side.start : side.end])):
        return True
    return any(
        side.start <= mention.start and mention.end <= side.end
        for participant in item.participants
        for mention in participant.mentions
        if mention.end <= len(headline)
    )


def _has_verb(phrase: str) -> bool:
    """Return True if ``phrase`` holds a finite verb that is no homograph (`_verb_in_role`)."""
    found = WORD.findall(phrase)
    head = titled_head(found) if found else None
    return any(
        _verb_in_role(word, index, -1 if head is None else head) and not person_nouns(word)
        for index, word in enumerate(found)
    )


def _closing_mark(headline: str, start: int) -> int | None:
    """Return where the marks opened before ``start`` close, if the words stand on their own.

    Words in marks stand on their own when a colon, a dash or the headline's end follows.
    """
    for position in range(start, len(headline)):
        if headline[position] in CLOSING_MARKS:
            rest = headline[position + 1 :].lstrip(" \t")
            if not rest or rest[0] in f":{DASHES}":
                return position
            return None
        if headline[position] in OPENING_MARKS:
            return None  # marks inside marks: a name in the words, not the end of them
    return None


def _before_topic(headline: str, start: int) -> int:
    """Return where the speaker after a headline's dash ends: before a topic, if one follows.

    ``«...» – Кличко про відключення``: the speaker is ``Кличко``, the rest says what about.
    """
    topics = pick(HEADLINE_TOPIC_PREPOSITIONS, ru.HEADLINE_TOPIC_PREPOSITIONS)
    for match in WORD.finditer(headline, start):
        if match.start() > start and match.group().lower() in topics:
            return match.start()
    return len(headline)


def _role_holder(item: NewsItem, span: Span) -> Participant | None:
    """Return the one person whose role the words of ``span`` of the headline are, if any.

    ``«...» – глава Днепропетровской ОВА``: the text names Сергей Лысак with that role.
    """
    headline = item.headline or ""
    found = WORD.findall(headline[span.start : span.end])
    wanted = [word.lower() for word in found]
    groups = groups_at(common_words(found), 0)
    if not wanted or not (person_nouns(wanted[0]) or groups):
        # ``Главврач``: a role of the synonym lexicon is a role too
        return None
    holders = [
        participant
        for participant in item.participants
        if participant.role is not None
        and [word.lower() for word in WORD.findall(participant.role)] == wanted
    ]
    if not holders:
        # ``Мэр Львова`` for ``городской голова Львова Андрей Садовой``: a synonym of the
        # role, with the same proper names; an acronym (``Голова ОВА``) is the initials of the
        # role's words, so it matches ``голова Сумської обласної військової адміністрації``
        # as well as ``голова Харківської ОВА``.
        names = [word for word in found[1:] if word[:1].isupper()]
        holders = [
            participant
            for participant in item.participants
            if participant.kind is ParticipantKind.PERSON
            and participant.role is not None
            and groups & role_groups(participant.role)
            and _holds_all(participant.role, names)
        ]
    return holders[0] if len(holders) == 1 else None


def _head_noun_holder(
    item: NewsItem, span: Span, *, after_words: bool = False
) -> Participant | None:
    """Return the one person whose role has the head noun of the headline's role ``span``.

    ``Радник прем'єр-міністра`` for ``радник прем'єр-міністра з питань енергетики Name``,
    ``Миколаївський міський голова`` for ``міський голова Миколаєва Name``: the role noun a
    headline titles its speaker by (adjectives may stand before it) is the first role noun of
    the person's role in the body, or names the same office (`lexicon.ROLE_SYNONYMS`). With
    several such persons, the one whose role holds every other word of the headline's role
    (``Голова Полтавської ОВА``: an acronym is the initials of the role's words). The span is
    a noun phrase: no verb (``Міністр відвідав Ізмаїл: ...`` is the writer's), a few words.
    """
    headline = item.headline or ""
    found = WORD.findall(headline[span.start : span.end])
    if not found or len(found) > _HEADLINE_ROLE_SPAN_WORDS:
        return None
    if headline[:1] in OPENING_MARKS and not after_words:
        return None  # ``«words»: ...``: words in marks come first, no speaker
    head = titled_head(found)
    if head is None or any(_verb_in_role(word, index, head) for index, word in enumerate(found)):
        return None
    nouns = person_nouns(found[head])
    nouns |= word_synonyms(nouns)
    groups = frozenset().union(
        *(groups_at(common_words(found[start:]), 0) for start in range(head + 1))
    )
    holders = [
        participant
        for participant in item.participants
        if participant.kind is ParticipantKind.PERSON
        and participant.role is not None
        and (nouns & _role_head(participant.role) or groups & role_groups(participant.role))
    ]
    if len(holders) > 1:
        rest = [word for word in found[head + 1 :] if len(word) > _SHORT_WORD]
        holders = [holder for holder in holders if _holds_all(holder.role or "", rest)]
    names = [word for word in found[head + 1 :] if word[:1].isupper() and not word.isupper()]
    holders = [holder for holder in holders if _same_places(holder.role or "", names)]
    return holders[0] if len(holders) == 1 else None


def _verb_in_role(word: str, index: int, head: int) -> bool:
    """Return True if ``word`` of a headline's role span is a finite verb, not a homograph.

    The titled head is the role noun (``Мер`` is no past of ``мерти``), and a capitalised word
    after the first is a proper name (``Мэр Умани``: the town, not the imperative of
    ``уманить``); only the other words may make the span a clause of the writer's.
    """
    if index == head or (index > 0 and word[:1].isupper()):
        return False
    return is_finite_verb(word)


def _same_places(role: str, names: Sequence[str]) -> bool:
    """Return True unless the role names places of its own that the headline's names are not.

    ``Мэр Одессы`` is not ``городской голова Львова``; ``Директор Запорожского театра`` may be
    a ``директор`` the body names with no place.
    """
    own = [word for word in WORD.findall(role)[1:] if word[:1].isupper()]
    return not own or all(any(same_stem(name, word) for word in own) for name in names)


_HEADLINE_ROLE_SPAN_WORDS = 6
_SHORT_WORD = 2


def _role_head(role: str) -> frozenset[str]:
    """Return the lemmas of the first role noun of ``role`` (``радник`` of ``радник керівника``)."""
    for word in WORD.findall(role):
        nouns = person_nouns(word)
        if nouns:
            return nouns
    return frozenset()


def _holds_all(role: str, found: Sequence[str]) -> bool:
    """Return True if each word of ``found`` is a word of ``role`` or an acronym of its words."""
    own = WORD.findall(role)
    initials = "".join(word[:1] for word in own).lower()
    return all(
        any(same_stem(word, other) for other in own)
        or (word.isupper() and len(word) > 1 and word.lower() in initials)
        for word in found
    )


def _words_span(headline: str, start: int, end: int) -> Span | None:
    """Return the quoted words of a headline, without marks around them, if long enough."""
    span = strip(headline, start, end)
    if span.end - span.start > 1 and (
        headline[span.start] in OPENING_MARKS and headline[span.end - 1] in CLOSING_MARKS
    ):
        span = strip(headline, span.start + 1, span.end - 1)
    found = WORD.findall(headline[span.start : span.end])
    # Words someone says: a clause, or a phrase longer than a name (``Динамо Київ – Шахтар``
    # is a match, not a quote).
    if len(found) < _MIN_HEADLINE_WORDS and not any(is_finite_verb(word) for word in found):
        return None
    return span


def _only_a_name(item: NewsItem, span: Span) -> Participant | None:
    """Return the participant whose mention fills ``span`` of the headline, after a role."""
    headline = item.headline or ""
    target = strip(headline, span.start, span.end, chars=".,!?")
    for participant in item.participants:
        for mention in participant.mentions:
            if mention.end != target.end or not target.start <= mention.start:
                continue
            role = WORD.findall(headline[target.start : mention.start])
            if role and participant.kind is not ParticipantKind.PERSON:
                continue  # ``глава ОВА``: a person of the body, not the body itself
            if len(role) <= _HEADLINE_ROLE_WORDS and (not role or person_nouns(role[0])):
                return participant
    return None


def continued_speakers(item: NewsItem, speakers: Sequence[str | None]) -> tuple[str | None, ...]:
    """Return the paragraphs' caption speakers with each speech's first-person sequel added.

    ``speakers`` holds, per paragraph of ``item``, the participant a broadcast caption gives
    the paragraph (or None). A paragraph with no caption right after a caption's speech (or
    after such a sequel) is that speaker's still when it speaks in the first person (``Мы``,
    ``наш``, ``планируем``): only the speaker says "we" there, the reporter's narration
    does not (``Энергетики уже подключили часть потребителей``); the first paragraph without
    a first-person word ends the speech.
    """
    found: list[str | None] = []
    speaking: str | None = None
    spans = item.paragraph_spans()
    for paragraph, speaker, span in zip(item.paragraphs, speakers, spans, strict=True):
        if speaker is not None:
            speaking = speaker
        elif paragraph.caption is None and speaking is not None:
            with reading_at(span.start):
                speaking = speaking if _first_person(paragraph.text) else None
        else:
            speaking = None
        found.append(speaker if speaker is not None else speaking)
    return tuple(found)


def _first_person(text: str) -> bool:
    """Return True if ``text`` has a first-person pronoun or a verb read only in that person."""
    pronouns = pick(FIRST_PERSON_WORDS, ru.FIRST_PERSON_WORDS)
    return any(
        word.lower() in pronouns or _first_person_verb(word.lower()) for word in WORD.findall(text)
    )


@language_cache(maxsize=65536)
def _first_person_verb(word: str) -> bool:
    """Return True if every verb reading of ``word`` is in the first person (``планируем``)."""
    verbs = [parse for parse in parse_word(word) if "VERB" in parse.tag]
    return bool(verbs) and all("1per" in parse.tag for parse in verbs)
