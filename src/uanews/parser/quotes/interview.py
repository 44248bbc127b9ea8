"""Interviews: each answer of the interviewee is one quote of kind ``interview``.

Three layouts are read, each needing at least two questions, each question followed by an
answer (the interviewer's questions are no quotes):

- dash lines: paragraphs that open with a dash and carry no attribution; a line ending in
  ``?`` or opening with an imperative of a speech verb (``— Расскажите, ...``) is a
  question, the lines after it (to the next question) the answer;
- labels: ``Питання:`` / ``Кор.:`` open a question, ``Відповідь:`` or plain paragraphs the
  answer; a name that labels two answers or more (``Коржевський:``, ``Олег Белявский:``) is
  the speaker's label, not part of the answer, and the person it names is that answer's
  speaker;
- question paragraphs: one-sentence paragraphs ending in ``?``, each followed by answer
  paragraphs, in a text that says it is an interview (`lexicon.INTERVIEW_LEMMAS`).

The interviewee is the one person named before the first question (headline and lead,
outside quotes), else the one person named in the paragraph right before it; with two or
more candidates, nobody (a wrong speaker is worse than none). The words in marks of a
headline that announces the interview (``«...»: интервью с главой ОВА``) are the
interviewee's too: a quote of kind ``direct``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from uanews.model import Mention, NewsItem, ParticipantKind, QuoteKind, Span
from uanews.parser.language import pick, reading_at
from uanews.parser.morph import parse_word
from uanews.parser.quotes import lexicon_ru as ru
from uanews.parser.quotes.candidate import Candidate
from uanews.parser.quotes.cues import first_cue, is_finite_verb
from uanews.parser.quotes.lexicon import (
    ASKING_LEMMAS,
    HEADLINE_TOPIC_PREPOSITIONS,
    INTERVIEW_ANSWER_LABELS,
    INTERVIEW_LEMMAS,
    INTERVIEW_QUESTION_LABELS,
    INTERVIEWER_NOUNS,
    SPEECH_LEMMAS,
)
from uanews.parser.quotes.speaker_grammar import (
    head_cases,
    lemmas,
    masculine,
    oblique,
    titled_head,
)
from uanews.parser.quotes.speech import is_speech_form
from uanews.parser.quotes.text import DASHES, STOPS, WORD, strip

__all__ = ["interview_answers"]

_DASH_LINE = re.compile(rf"[ \t]*[{DASHES}][ \t]+")
_ATTRIBUTION = re.compile(rf"[,{STOPS}][ \t]+[{DASHES}][ \t]+")
_LABEL = re.compile(r"(?P<label>[^\W\d_]+)\.?\s*:\s*")
_MIN_QUESTIONS = 2
# A speaker's label opening an answer line: one to three capitalised words (an initial with
# its full stop counts) and a colon: ``Коржевський:``, ``Олег Белявский:``, ``О. Белявский:``.
_NAME_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’ʼ-]*\.?(?:[ \t]+[^\W\d_][\w'’ʼ-]*\.?){0,2})[ \t]*:[ \t]+"
)
_MIN_LABELLED_ANSWERS = 2
"""A label names the speaker only when it opens this many answer lines: one capitalised word
and a colon once (``Важливо: ...``) is a lead-in of the answer itself."""
_MIN_PULL_QUOTE_WORDS = 3
"""Words in marks that someone says are a clause or longer than a name (``«Укрпошта»``)."""
# A question paragraph with no dash or label is one short sentence.
_MAX_QUESTION_WORDS = 40
_ATTRIBUTION_CUE_WORDS = 2
# ``«words»: інтерв'ю з ...``: the headline opens with words in marks, then a colon.
_HEADLINE_QUOTE = re.compile(r"\s*[«„“\"](?P<words>[^«»„“”\"\n]+?)[»“”\"]\s*:\s+")


def _lines(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Return the non-empty lines of the paragraphs, in order."""
    found: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        while start <= paragraph.end:
            newline = text.find("\n", start, paragraph.end)
            end = paragraph.end if newline < 0 else newline
            line = strip(text, start, end)
            if line.end > line.start:
                found.append(line)
            start = end + 1
    return found


def _is_question(text: str, span: Span) -> bool:
    """Return True if the words at ``span`` end in a question mark."""
    return text[span.start : span.end].rstrip(' »”"“)')[-1:] == "?"


def _is_request(text: str, span: Span) -> bool:
    """Return True if the words at ``span`` open with an imperative of a speech verb.

    ``— Расскажите, что случилось ночью.``, ``– Поясніть, як це працює.``: the interviewer
    asks the interviewee to speak, a question without its mark. Read in its paragraph's
    language.
    """
    word = WORD.search(text, span.start, span.end)
    if word is None or word.start() != span.start:
        return False
    with reading_at(span.start):
        speech = pick(SPEECH_LEMMAS, ru.SPEECH_LEMMAS)
        return any(
            "impr" in parse.tag and parse.normal_form in speech
            for parse in parse_word(word.group().lower())
        )


def _attributed(text: str, line: Span) -> bool:
    """Return True if a dash line carries its own attribution (``– A, – сказав X``).

    The line is read in the language of its paragraph.
    """
    with reading_at(line.start):
        return any(
            first_cue(text, match.end(), line.end, limit=_ATTRIBUTION_CUE_WORDS) is not None
            for match in _ATTRIBUTION.finditer(text, line.start, line.end)
        )


def _label(text: str, line: Span) -> str | None:
    """Return the lower-case label opening ``line`` (``Питання:``), if any."""
    match = _LABEL.match(text, line.start, line.end)
    return None if match is None else match.group("label").lower()


def _label_kind(text: str, line: Span) -> tuple[str | None, bool, bool]:
    """Return the label of ``line``, and whether it asks or answers, in its paragraph's language."""
    label = _label(text, line)
    if label is None:
        return None, False, False
    with reading_at(line.start):
        asks = label in pick(INTERVIEW_QUESTION_LABELS, ru.INTERVIEW_QUESTION_LABELS)
        answers = label in pick(INTERVIEW_ANSWER_LABELS, ru.INTERVIEW_ANSWER_LABELS)
    return label, asks, answers


def _dash_layout(text: str, lines: Sequence[Span]) -> list[tuple[Span, bool]] | None:
    """Return the dash lines as (words, is question) if they make an interview."""
    found: list[tuple[Span, bool]] = []
    dashed = 0
    dash_lines: list[int] = []  # where in ``found`` each dash line is
    for line in lines:
        opening = _DASH_LINE.match(text, line.start, line.end)
        if opening is None:
            if found:
                found.append((line, False))  # an answer goes on in a plain paragraph
            continue
        if _attributed(text, line):
            return None
        words = Span(opening.end(), line.end)
        dash_lines.append(len(found))
        found.append((words, _is_question(text, words) or _is_request(text, words)))
        dashed = len(found)
    _alternate_turns(found, dash_lines)
    # Plain paragraphs after the last dash line are the reporter's again.
    return found[:dashed] if found else None


def _alternate_turns(found: list[tuple[Span, bool]], dash_lines: Sequence[int]) -> None:
    """Mark as the interviewer's a dash line between two answers, question mark or not.

    A dash opens a turn and the turns alternate: once a question has been answered, a dash
    line that follows the answer and is itself followed by an answer is the interviewer's
    (``– Люди скаржаться на тиск.``). One followed by a question is the answer going on, and
    dash lines with no question before them (a list) alternate nothing.
    """
    asked_once = False
    for at, index in enumerate(dash_lines):
        asked = found[index][1]
        if (
            not asked
            and asked_once
            and at > 0
            and not found[dash_lines[at - 1]][1]
            and at + 1 < len(dash_lines)
            and not found[dash_lines[at + 1]][1]
        ):
            found[index] = (found[index][0], True)
        asked_once = asked_once or asked


def _labelled_layout(
    text: str, lines: Sequence[Span], speakers: dict[int, tuple[str, int]]
) -> list[tuple[Span, bool]]:
    """Return the lines after the first question label as (words, is question).

    ``speakers`` are the answer lines' speaker labels (`_speaker_labels`): the answer's words
    start after them.
    """
    found: list[tuple[Span, bool]] = []
    labelled: list[bool] = []  # for each line of ``found``: does a label open it?
    for line in lines:
        label, asks, answers = _label_kind(text, line)
        match = _LABEL.match(text, line.start, line.end) if label else None
        words = line if match is None else Span(match.end(), line.end)
        if asks:
            found.append((words, True))
        elif found and line.start in speakers:
            found.append((Span(speakers[line.start][1], line.end), False))
        elif found:
            found.append((words, False) if answers else (line, False))
        else:
            continue
        labelled.append(asks or answers or line.start in speakers)
    return found[: _transcript_end(found, labelled)]


def _transcript_end(found: Sequence[tuple[Span, bool]], labelled: Sequence[bool]) -> int:
    """Return how many lines of a labelled layout the transcript holds.

    Where every answer before the last is one labelled line (two at least), the transcript
    labels each of its lines; lines with no label after the last labelled answer are the
    article's closing narration (``Компанія обслуговує понад 600 тисяч споживачів.``), not
    that answer.
    """
    last = max((at for at, label in enumerate(labelled) if label), default=-1)
    if last < 0 or found[last][1] or last == len(found) - 1:
        return len(found)
    answer_lines = 0
    answered = 0
    for (_, question), label in zip(found[:last], labelled[:last], strict=True):
        if question:
            answer_lines = 0
            continue
        answer_lines += 1
        answered += 1
        if not label or answer_lines > 1:
            return len(found)  # an answer of several lines, or one unlabelled: no such rule
    return last + 1 if answered >= _MIN_LABELLED_ANSWERS else len(found)


def _speaker_labels(
    text: str, lines: Sequence[Span], people: _People
) -> dict[int, tuple[str, int]]:
    """Return the speakers of the labelled answer lines, by line start: (speaker, words' start).

    A line after the first question label (``Кор.:``) that opens with capitalised words and a
    colon (``Коржевський:``, ``Олег Белявский:``) carries a speaker's label when the words name
    one person (`_People.named_in`) and label `_MIN_LABELLED_ANSWERS` answer lines or more: in a
    transcript each answer is introduced by who gives it. A line ending in ``?`` is a question
    (an interviewer labelled by name); an answer label of the lexicon (``Відповідь:``) and a
    word that names no one (``Важливо:``) are no speaker's label.
    """
    found: dict[int, tuple[str, int]] = {}
    asked = False
    for line in lines:
        _, asks, answers = _label_kind(text, line)
        if asks:
            asked = True
            continue
        match = _NAME_LABEL.match(text, line.start, line.end)
        if not asked or answers or match is None or _is_question(text, line):
            continue
        words = match.group("label").split()
        if all(word[:1].isupper() for word in words):
            named = people.named_in(match.start("label"), match.end("label"))
            if named is not None:
                found[line.start] = (named, match.end())
    counts = Counter(named for named, _ in found.values())
    return {
        start: (named, end)
        for start, (named, end) in found.items()
        if counts[named] >= _MIN_LABELLED_ANSWERS
    }


class _People:
    """The item's person mentions in text order: who is named in a stretch, by a search."""

    def __init__(self, item: NewsItem) -> None:
        placed = sorted(
            (mention.start, participant.id)
            for participant in item.participants
            if participant.kind is ParticipantKind.PERSON
            for mention in participant.mentions
        )
        self._starts = [start for start, _ in placed]
        self._ids = [found for _, found in placed]

    def named_in(self, start: int, end: int) -> str | None:
        """Return the id of the one person whose mentions open in ``start``-``end``, or None."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        named = set(self._ids[low:high])
        return named.pop() if len(named) == 1 else None


def _question_layout(text: str, lines: Sequence[Span]) -> list[tuple[Span, bool]]:
    """Return the lines from the first one-sentence question paragraph on."""
    found: list[tuple[Span, bool]] = []
    for line in lines:
        words = text[line.start : line.end]
        question = (
            _is_question(text, line)
            and len(WORD.findall(words)) <= _MAX_QUESTION_WORDS
            and not any(char in STOPS for char in words.rstrip(' ?»”"“)')[:-1] if char != "…")
        )
        if question or found:
            found.append((line, question))
    return found


def _answers(layout: Sequence[tuple[Span, bool]]) -> tuple[list[list[Span]], int]:
    """Return each answer (its lines) that follows a question, and where the first question is.

    No answers if there are too few questions and answers.
    """
    answers: list[list[Span]] = []
    first = -1
    for words, question in layout:
        if question:
            first = words.start if first < 0 else first
            answers.append([])
        elif answers:
            answers[-1].append(words)
    answered = [answer for answer in answers if answer]
    if len(answers) < _MIN_QUESTIONS or len(answered) < _MIN_QUESTIONS:
        return [], -1
    return answered, first


def _interview_word(item: NewsItem) -> bool:
    """Return True if the item's text says it is an interview (``інтерв'ю``, ``розмова``).

    The text is read a block at a time (up to each paragraph's start), each in its language.
    """
    text = item.text
    cuts = [0, *(span.start for span in item.paragraph_spans()), len(text)]
    for start, end in itertools.pairwise(cuts):
        with reading_at(start):
            said = any(
                lemmas(word.group()) & pick(INTERVIEW_LEMMAS, ru.INTERVIEW_LEMMAS)
                for word in WORD.finditer(text, start, end)
            )
        if said:
            return True
    return False


def _interviewee(
    item: NewsItem, before: int, lead: Span | None, questions: Sequence[Span] = ()
) -> str | None:
    """Return the id of the interviewee: the one person named before ``before``.

    With several (the interviewer is named too), the one of them the headline sets off as its
    speaker (``Name — о работе ...``: an interview's headline announces whom it talks to;
    `_headline_speaker`), else the one the
    ``questions`` address by name (``— Марта, как ...?``), else the one a speech verb has for
    its subject (`_speaks`), else the one no reporter's noun titles (``корреспондентка X``);
    failing those, the one person named in the paragraph ``lead`` right before the first
    question.
    """
    text = item.text
    headline_end = len(item.headline or "")
    people = [
        participant
        for participant in item.participants
        if participant.kind is ParticipantKind.PERSON
        and any(mention.start < before for mention in participant.mentions)
    ]
    tests: tuple[Callable[[Mention], bool], ...] = (
        lambda mention: _headline_speaker(text, mention.start, mention.end, headline_end),
        lambda mention: _addressed(text, mention.start, mention.end, questions),
        lambda mention: (
            mention.end <= before and _speaks(text, mention.start, mention.end, mention.text)
        ),
    )
    narrowed = [
        people,
        *([person for person in people if any(map(test, person.mentions))] for test in tests),
        [
            person
            for person in people
            if not any(_reporter(text, mention.start) for mention in person.mentions)
        ],
        [
            person
            for person in people
            if lead is not None
            and any(lead.start <= mention.start < lead.end for mention in person.mentions)
        ],
    ]
    return next((found[0].id for found in narrowed if len(found) == 1), None)


def _headline_speaker(text: str, start: int, end: int, headline_end: int) -> bool:
    """Return True if the mention at ``start``-``end`` is the speaker a headline announces.

    An interview's headline sets its interviewee off by a colon or a dash (``Name: …``,
    ``Name — о работе …``, ``… — Name``); a name in the headline's sentence (``решение
    Name о пошлинах``) is someone talked about.
    """
    if end > headline_end:
        return False
    after = text[end:headline_end].lstrip(" \t")
    before = text[:start].rstrip(" \t")
    return after.startswith((":", *DASHES)) or before.endswith(tuple(DASHES))


def _addressed(text: str, start: int, end: int, questions: Sequence[Span]) -> bool:
    """Return True if the mention at ``start``-``end`` addresses the one asked in a question.

    A name set off by a comma at the question's start (``— Марта, как вы ...?``) or at its end
    (``..., Андрей?``) is the vocative of address; a name inside the question (``что вам
    сказал министр X?``) is someone talked about.
    """
    # The questions are in text order and never overlap: the one holding ``start`` is found
    # by a binary search, not by a scan per mention.
    holding = bisect.bisect_right(questions, start, key=_start) - 1
    if holding < 0 or start >= questions[holding].end:
        return False
    question = questions[holding]
    before = text[question.start : start].strip()
    after = text[end : question.end].lstrip()
    return (not before and after.startswith(",")) or (
        before.endswith(",") and after[:1] in {"?", "!"}
    )


def _start(span: Span) -> int:
    """Return where ``span`` starts."""
    return span.start


def _speaks(text: str, start: int, end: int, words: str) -> bool:
    """Return True if the mention at ``start``-``end`` is the subject of a speech verb.

    ``рассказала анестезиолог Марта Гринчук``, ``Марта Гринчук рассказала``: the verb stands
    right after the name, or at most `_SUBJECT_REACH` words before it, in the same sentence;
    a name in an oblique case (``журналистке Дарине Вовк``) is no subject, nor is the subject
    of a verb of asking (`lexicon.ASKING_LEMMAS`): the interviewer.
    """
    with reading_at(start):
        cases = head_cases(words, last=True)
        if oblique(words) or (cases and "nomn" not in cases):
            return False
        after = WORD.search(text, end, min(len(text), end + _NEXT_WORD_REACH))
        if (
            after is not None
            and not text[end : after.start()].strip()
            and _answers_verb(after.group())
        ):
            return True
        low = max(0, start - _NEXT_WORD_REACH * _SUBJECT_REACH)
        sentence_start = max(text.rfind(stop, low, start) for stop in (*STOPS, "\n"))
        before = WORD.findall(text, max(low, sentence_start + 1), start)[-_SUBJECT_REACH:]
        return any(_answers_verb(word) for word in before)


def _reporter(text: str, start: int) -> bool:
    """Return True if a reporter's noun titles the name at ``start`` (``корреспондентка X``).

    The noun stands at most `_SUBJECT_REACH` words before the name (an outlet in marks may
    come between: ``журналистка «Вестей» X``), in the same sentence.
    """
    low = max(0, start - _NEXT_WORD_REACH * _SUBJECT_REACH)
    sentence_start = max(text.rfind(stop, low, start) for stop in (*STOPS, "\n"))
    with reading_at(start):
        reporters = pick(INTERVIEWER_NOUNS, ru.INTERVIEWER_NOUNS)
        return any(
            (found := lemmas(word)) & reporters or {masculine(lemma) for lemma in found} & reporters
            for word in WORD.findall(text, max(low, sentence_start + 1), start)[-_SUBJECT_REACH:]
        )


def _answers_verb(word: str) -> bool:
    """Return True if ``word`` is a speech verb whose subject says (not asks) something."""
    return is_speech_form(word) and not lemmas(word) & pick(ASKING_LEMMAS, ru.ASKING_LEMMAS)


_SUBJECT_REACH = 3
"""How many words (a role, a first name) may stand between a speech verb and its subject."""
_NEXT_WORD_REACH = 40
"""How far (code points) past a name the next word, and past a word the one before, may be."""


def _questions(layout: Sequence[tuple[Span, bool]]) -> list[Span]:
    """Return the words of the questions of ``layout``."""
    return [words for words, question in layout if question]


def _headline_words(item: NewsItem) -> Span | None:
    """Return the words in marks of a headline ``«words»: інтерв'ю з ...``, or None.

    What follows the colon must say it is an interview (`lexicon.INTERVIEW_LEMMAS`) or title
    the one who speaks (``«...»: голова громади про відбудову мостів``, a noun phrase with a
    role noun first and no verb): the words in marks are then the interviewee's, taken from
    the answers.
    """
    headline = item.headline
    if not headline:
        return None
    match = _HEADLINE_QUOTE.match(headline)
    if match is None:
        return None
    with reading_at(0):
        rest = [word.group() for word in WORD.finditer(headline, match.end())]
        announced = any(
            lemmas(word) & pick(INTERVIEW_LEMMAS, ru.INTERVIEW_LEMMAS) for word in rest
        ) or _titles_a_speaker(rest)
    if not announced:
        return None
    span = strip(headline, match.start("words"), match.end("words"))
    words = WORD.findall(headline[span.start : span.end])
    if len(words) < _MIN_PULL_QUOTE_WORDS and not any(is_finite_verb(word) for word in words):
        return None  # ``«Укрпошта»: керівник відділення про тарифи``: a name in marks
    return span if span.end > span.start else None


def _titles_a_speaker(found: Sequence[str]) -> bool:
    """Return True if ``found`` opens with a role noun and has no finite verb (no clause).

    The topic after the speaker (``про рік змін``) is a noun phrase whose words are not read.
    """
    topics = pick(HEADLINE_TOPIC_PREPOSITIONS, ru.HEADLINE_TOPIC_PREPOSITIONS)
    speaker = list(itertools.takewhile(lambda word: word.lower() not in topics, found))
    return titled_head(speaker) is not None and not any(is_finite_verb(word) for word in speaker)


def interview_answers(item: NewsItem, paragraphs: Sequence[Span]) -> Iterator[Candidate]:
    """Yield each interviewee's answer of an interview laid out in the paragraphs."""
    text = item.text
    lines = _lines(text, paragraphs)
    layout = _dash_layout(text, lines) or []
    answers, first = _answers(layout)
    labels: dict[int, tuple[str, int]] = {}
    if not answers:
        labels = _speaker_labels(text, lines, _People(item))
        layout = _labelled_layout(text, lines, labels)
        answers, first = _answers(layout)
    if not answers:
        # The layout first: reading every word's lemmas for the interview word costs more.
        layout = _question_layout(text, lines)
        asked, asked_first = _answers(layout)
        if asked and _interview_word(item):
            answers, first = asked, asked_first
    if not answers:
        return
    lead = next((span for span in reversed(paragraphs) if span.end <= first), None)
    # An answer's label names its speaker; labels naming one person name the interviewee.
    by_words = {end: named for named, end in labels.values()}
    labelled = set(by_words.values())
    speaker: str | None = next(iter(labelled)) if len(labelled) == 1 else None
    if speaker is None:
        speaker = _interviewee(item, first, lead, _questions(layout))
    headline = _headline_words(item)
    if headline is not None:
        yield Candidate((headline,), QuoteKind.DIRECT, None, None, speaker)
    for answer in answers:
        for turn in _turns(answer, by_words):
            said_by = by_words.get(turn[0].start) or speaker
            yield Candidate(tuple(turn), QuoteKind.INTERVIEW, None, None, said_by)


def _turns(answer: Sequence[Span], by_words: dict[int, str]) -> list[list[Span]]:
    """Return an answer cut at each labelled line: two labelled speakers give two answers."""
    turns: list[list[Span]] = []
    for line in answer:
        if not turns or line.start in by_words:
            turns.append([])
        turns[-1].append(line)
    return turns
