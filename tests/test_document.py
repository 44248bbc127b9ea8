"""The document layer answers exactly what scanning would, and each item text is read once."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from uanews.model import Mention, NewsItem, Paragraph, Participant, ParticipantKind, Span
from uanews.parser import document, parse
from uanews.parser.document import (
    WORD,
    MentionIndex,
    Screen,
    SpanIndex,
    Token,
    forms,
    same_text,
    tokenize,
)
from uanews.parser.language import using_language
from uanews.parser.participants.registry import (
    OrganizationDraft,
    PersonDraft,
    Registry,
    _NamesIndex,
)
from uanews.parser.quotes.marks import MarkPair, _outermost
from uanews.parser.quotes.speaker_context import Placed, placed_mentions

# Letters, joiners, digits and separators: words of every shape, cut anywhere.
_PIECES = st.sampled_from(
    [
        "прес",
        "служба",
        "пам",
        "ять",
        "Київ",
        "ABC",
        "-",
        "'",
        "’",
        "`",
        "‘",
        " ",
        "\n",
        "5",
        "_",
        ".",
    ]
)
_TEXTS = st.lists(_PIECES, min_size=0, max_size=600).map("".join)


def _scan(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, end)]


@given(_TEXTS, st.integers(-5, 2500), st.integers(-5, 2500))
def test_the_words_of_any_stretch_are_those_a_scan_of_it_finds(text, start, end):
    long_text = text * (1 + 1200 // max(1, len(text)))  # past the length that is indexed
    assert tokenize(long_text, start, end) == _scan(long_text, start, end)
    assert tokenize(text, start, end) == _scan(text, start, end)


@given(_TEXTS, st.integers(-5, 2500), st.integers(-5, 2500))
def test_the_forms_of_a_stretch_are_the_texts_of_its_words(text, start, end):
    long_text = text * (1 + 1200 // max(1, len(text)))
    for whole in (text, long_text):
        expected = {token.text for token in _scan(whole, max(start, 0), max(end, 0))}
        assert forms(whole, start, end) == expected
        assert forms(whole, start, end) == expected  # kept, and still the same


def test_a_screen_answers_as_its_question_and_asks_each_form_once_per_language():
    asked: list[tuple[str, str]] = []

    def question(word: str) -> bool:
        from uanews.parser.language import current_language  # noqa: PLC0415 - as the rules do

        asked.append((current_language(), word))
        return word.startswith("м") == (current_language() == "uk")

    screen = Screen(question)
    words = forms("Мер міста мав зустріч, мер міста мовчав.")
    with using_language("uk"):
        assert screen.passing(words) == {"міста", "мав", "мер", "мовчав"}
        assert screen.passing(frozenset({"мер", "зустріч", "дім"})) == {"мер"}
    with using_language("ru"):
        assert screen.passing(words) == {"Мер", "зустріч"}
    ukrainian = [word for language, word in asked if language == "uk"]
    assert sorted(ukrainian) == sorted({*words, "дім"})
    assert len([word for language, word in asked if language == "ru"]) == len(words)


def test_a_full_screen_starts_again_and_still_answers_right():
    screen = Screen(str.isupper, maxsize=3)
    assert screen.passing(frozenset({"СБУ", "мер", "ООН"})) == {"СБУ", "ООН"}
    assert screen.passing(frozenset({"НАТО", "дім"})) == {"НАТО"}
    assert screen.passing(frozenset({"СБУ", "мер"})) == {"СБУ"}


def test_default_bounds_are_the_whole_text():
    text = "Прес-служба міста повідомила про зустріч. " * 40
    assert tokenize(text) == _scan(text, 0, len(text))


def _count_item_tokenisations(monkeypatch) -> list[int]:
    """Return a list that gets the length of every text the item tokeniser builds from now on."""
    built: list[int] = []
    original = document._TextTokens.__init__  # noqa: SLF001 - counting how often it runs

    def counting(self, text):
        built.append(len(text))
        original(self, text)

    monkeypatch.setattr(document._TextTokens, "__init__", counting)  # noqa: SLF001 - as above
    document._text_tokens.cache_clear()  # noqa: SLF001 - start from no text read
    return built


def test_an_item_text_is_tokenised_once_however_many_rules_read_it(monkeypatch):
    built = _count_item_tokenisations(monkeypatch)
    paragraph = (
        "Голова обласної ради Петро Коваленко зустрівся з делегацією компанії «Світанок». "
        "Про це повідомила пресслужба ради. «Ми домовилися про співпрацю», - сказав Коваленко."
    )
    item = parse("Зустріч у раді\n\n" + "\n\n".join([paragraph] * 30) + "\n")
    assert len(item.paragraphs) == 30
    assert built.count(len(item.text)) == 1
    assert all(size == len(item.text) for size in built)


def test_an_item_with_straight_quotes_in_every_paragraph_is_tokenised_once(monkeypatch):
    # Straight quotes read as « » keep the index of the item's words (was once per block).
    built = _count_item_tokenisations(monkeypatch)
    paragraph = (
        'Директор ООО "Северный мост" Игорь Сомов встретился с представителями АО '
        '"Речной порт". Стороны обсудили ремонт причала, сообщили в компании.'
    )
    item = parse("Встреча в порту\n\n" + "\n\n".join([paragraph] * 12) + "\n")
    assert len(item.paragraphs) == 12
    assert built.count(len(item.text)) == 1
    names = {participant.name for participant in item.participants}
    assert any("Северный мост" in name for name in names), names


_SPANS = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda p: Span(p[0], p[0] + p[1])),
    max_size=40,
)


@given(_SPANS, st.integers(-2, 350), st.integers(0, 30))
def test_span_index_answers_as_a_scan_of_every_span(spans, position, length):
    index = SpanIndex(spans[: len(spans) // 2])
    for span in spans[len(spans) // 2 :]:
        index.add(span)
    query = Span(max(0, position), max(0, position) + length)
    assert index.covers(position) == any(s.start <= position < s.end for s in spans)
    overlap = sum(max(0, min(query.end, s.end) - max(query.start, s.start)) for s in spans)
    assert index.overlap(query) == overlap
    assert sorted(index, key=lambda s: (s.start, s.end)) == list(index)


def _item(mentions: list[tuple[int, int, int]]) -> NewsItem:
    text = "а" * 400
    people: dict[int, list[Mention]] = {}
    for owner, start, size in mentions:
        people.setdefault(owner, []).append(
            Mention(text[start : start + size], start, start + size)
        )
    participants = tuple(
        Participant(
            id=f"p{owner}",
            kind=ParticipantKind.PERSON,
            name=f"Особа {owner}",
            mentions=tuple(found),
        )
        for owner, found in sorted(people.items())
    )
    return NewsItem(paragraphs=(Paragraph(text),), participants=participants)


_MENTIONS = st.lists(
    st.tuples(st.integers(1, 5), st.integers(0, 380), st.integers(1, 15)), max_size=30
).map(
    lambda found: list(
        {(start, owner): (owner, start, size) for owner, start, size in found}.values()
    )
)


@given(_MENTIONS, st.integers(0, 400), st.integers(0, 60))
def test_participants_inside_a_sentence_as_a_scan_finds_them(mentions, start, length):
    item = _item(mentions)
    end = start + length
    found = []
    for participant in item.participants:
        starts = [m.start for m in participant.mentions if start <= m.start and m.end <= end]
        if starts:
            found.append((min(starts), participant.id))
    assert MentionIndex(item).participants_inside(start, end) == [pid for _, pid in sorted(found)]


@given(_MENTIONS, _SPANS, st.integers(0, 400), st.integers(0, 60))
def test_speaker_mentions_answer_as_a_scan_of_every_mention(mentions, quoted, anchor, width):
    item = _item(mentions)
    placed = placed_mentions(item, quoted)
    every = sorted(
        (
            # each with the words of its participant's first mention of that span
            Placed(
                m.start,
                m.end,
                p,
                next(x.text for x in p.mentions if x.start == m.start and x.end == m.end),
            )
            for p in item.participants
            for m in p.mentions
            if not any(s.start <= m.start < s.end for s in quoted)
        ),
        key=lambda e: (e.start, e.end),
    )
    assert list(placed) == every
    low = max(0, anchor - width)
    assert list(placed.between(low, anchor)) == [e for e in every if low <= e.start < anchor]
    assert placed.overlapping(low, anchor) == [e for e in every if e.start < anchor and e.end > low]
    for participant in item.participants:
        last = [e.start for e in every if e.start < anchor and e.participant.id == participant.id]
        index = placed.last_before(participant.id, anchor)
        assert (placed.start_of(index) if index >= 0 else -1) == (last[-1] if last else -1)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=25))
def test_outermost_pairs_are_those_no_pair_encloses(raw):
    pairs = [MarkPair(min(a, b), max(a, b)) for a, b in raw]
    expected = [
        pair
        for pair in pairs
        if not any(o.open < pair.open and pair.close < o.close for o in pairs)
    ]
    assert _outermost(pairs) == expected


def test_word_is_the_one_pattern_of_the_participant_rules():
    from uanews.parser.participants import names  # noqa: PLC0415 - the re-export is the point

    assert names.tokenize is tokenize
    assert names.Token is Token
    assert re.fullmatch(WORD, "пам’ять") is not None


# --------------------------------------------------------------------------- registry indexes


class _PlainRegistry:
    """The organisation rules of the registry as plain scans: what its indexes must answer."""

    def __init__(self, text):
        self.organizations = {}
        self.text = text

    def inside(self, mention):
        return any(
            m.start <= mention.start and mention.end <= m.end
            for o in self.organizations.values()
            if o.kind is ParticipantKind.ORGANIZATION
            for m in o.mentions
        )

    def add(self, name, mention, kind):
        key = name.lower()
        if kind is ParticipantKind.ORGANIZATION:
            if self.inside(mention):
                return
            for old_key, organization in list(self.organizations.items()):
                if organization.kind is not ParticipantKind.ORGANIZATION:
                    continue
                organization.mentions = [
                    m
                    for m in organization.mentions
                    if not (mention.start <= m.start and m.end <= mention.end)
                ]
                if not organization.mentions:
                    del self.organizations[old_key]
        organization = self.organizations.setdefault(key, OrganizationDraft(name, kind))
        if all(m.start != mention.start for m in organization.mentions):
            organization.mentions.append(mention)


_ADDS = st.lists(
    st.tuples(
        st.sampled_from(["Рада", "Фонд", "Школа", "Клуб"]),
        st.integers(0, 120),
        st.integers(1, 25),
        st.sampled_from([ParticipantKind.ORGANIZATION, ParticipantKind.GROUP]),
        st.booleans(),
    ),
    max_size=40,
)


@given(_ADDS, st.integers(0, 140), st.integers(1, 30))
def test_registry_organisation_index_answers_as_scans_of_every_mention(adds, start, length):
    text = "б" * 200
    registry, plain = Registry(text), _PlainRegistry(text)
    for name, at, size, kind, further in adds:
        mention = Mention(text[at : at + size], at, at + size)
        known = [o for o in registry.organizations.values() if o.name == name]
        if further and known:  # a further mention, as find_further_mentions adds them
            if not registry.inside_organization(mention):
                registry.append_mention(known[0], mention)
            twin = next(o for o in plain.organizations.values() if o.name == name)
            if not plain.inside(mention):
                twin.mentions.append(mention)
            continue
        registry.add_organization(name, mention, kind)
        plain.add(name, mention, kind)
    assert list(registry.organizations.items()) == list(plain.organizations.items())
    probe = Mention(text[start : start + length], start, start + length)
    assert registry.inside_organization(probe) == plain.inside(probe)
    end = start + length
    across = [
        m
        for o in plain.organizations.values()
        if o.kind is ParticipantKind.ORGANIZATION
        for m in o.mentions
        if start < m.start < end < m.end
    ]
    found = registry.organization_mentions().first_across(start, end)
    assert [entry.mention for entry in found] == across


def test_lone_surnames_are_looked_up_as_every_person_would_be_tested():
    text = "Олексій Кучер, Ірина Коваль і Петро Коваль. " * 3
    registry = Registry(text)
    for first, surname in [("Олексій", "Кучер"), ("Ірина", "Коваль"), ("Петро", "Коваль")]:
        registry.people.append(PersonDraft(first, None, surname, None))
    for word in ["Кучера", "Коваль", "Ковалю", "Кучер", "Петренко", "КУЧЕР"]:
        index = _NamesIndex.of(registry.people)
        assert index.by_surname(word) == [p for p in registry.people if p.surname_matches(word)]
    assert _NamesIndex.of(registry.people).by_first_name({"ірина"}) == [registry.people[1]]


def test_mentions_are_placed_once_per_item_not_once_per_quote(monkeypatch):
    from uanews.parser.participants import registry  # noqa: PLC0415 - patched below
    from uanews.parser.quotes import speaker_context  # noqa: PLC0415 - patched below

    placed: list[int] = []
    rebuilt: list[int] = []
    mentions_init = speaker_context.Mentions.__init__
    index_init = registry._OrganizationIndex.__init__  # noqa: SLF001 - counting its builds

    def count_placed(self, entries):
        placed.append(len(entries))
        mentions_init(self, entries)

    def count_rebuilt(self, organizations):
        rebuilt.append(len(organizations))
        index_init(self, organizations)

    monkeypatch.setattr(speaker_context.Mentions, "__init__", count_placed)
    monkeypatch.setattr(registry._OrganizationIndex, "__init__", count_rebuilt)  # noqa: SLF001
    paragraph = (
        "«Ми відкриємо центр до осені», - сказав директор фонду «Надія» Іван Петренко. "
        "За словами Петренка, фонд «Надія» вже отримав кошти. «Робота триває», - додав він."
    )
    item = parse("Новий центр\n\n" + "\n\n".join([paragraph] * 25) + "\n")
    assert len(item.quotes) >= 50
    assert len(placed) == 1
    # Built on first use and again after organisations merge at the end, not per mention.
    assert len(rebuilt) <= 3


def test_a_caller_passing_the_same_quoted_list_gets_the_mentions_placed_once(monkeypatch):
    from uanews.parser.quotes import speaker_context  # noqa: PLC0415 - patched below
    from uanews.parser.quotes.speakers import Attribution, resolve_speaker  # noqa: PLC0415

    item = parse("Зустріч\n\nІван Коваль приїхав. «Добре», - сказав Коваль. «Так», - сказав він.\n")
    placed: list[int] = []
    original = speaker_context.Mentions.__init__

    def counting(self, entries):
        placed.append(len(entries))
        original(self, entries)

    monkeypatch.setattr(speaker_context.Mentions, "__init__", counting)
    quoted = [part for quote in item.quotes for part in quote.parts]
    windows = [
        Attribution(Span(quote.cue_span.start, quote.cue_span.end + 8), quote.cue_span.start)
        for quote in item.quotes
        if quote.cue_span is not None
    ]
    assert len(windows) == 2
    speakers = [resolve_speaker(item, window, quoted=quoted) for window in windows]
    assert len(placed) == 1
    fresh = [resolve_speaker(item, window, quoted=list(quoted)) for window in windows]
    assert speakers == fresh == ["p1", "p1"]
    assert len(placed) == 3
    quoted.append(Span(0, 1))  # a changed list is placed again
    resolve_speaker(item, windows[0], quoted=quoted)
    assert len(placed) == 4


def test_people_index_follows_mentions_changed_outside_the_registry():
    text = "Іван Коваль приїхав. Коваль сказав."
    registry = Registry(text)
    person = PersonDraft("Іван", None, "Коваль", None)
    registry.people.append(person)
    person.mentions.append(Mention("Іван Коваль", 0, 11))
    person.mentions.append(Mention("Коваль", 21, 27))
    assert registry.person_at(21) is person
    assert registry.person_starts() == {0, 21}
    person.mentions.remove(Mention("Коваль", 21, 27))  # as a rule taking a mention away
    assert registry.person_at(21) is None
    assert registry.person_offsets() == frozenset(range(11))
    person.mentions = [Mention("Коваль", 21, 27)]
    assert registry.person_starts() == {21}


def test_an_equal_text_object_is_answered_with_the_one_seen_first():
    parts = ["Мер міста ", "зустрівся з делегацією."]
    first, second = "".join(parts), "".join(parts)
    assert first == second
    assert first is not second
    assert same_text(first) is first
    assert same_text(second) is first  # compared once, then known by identity
    assert same_text(second) is first
    other = "Інший текст."
    assert same_text(other) is other


@given(_TEXTS)
def test_an_indexed_text_keeps_one_start_and_end_per_word(text):
    long_text = text * (1 + 1200 // max(1, len(text)))
    indexed = document._text_tokens(long_text)  # noqa: SLF001 - the index's own lists
    assert indexed.tokens == _scan(long_text, 0, len(long_text))
    assert indexed.starts == [token.start for token in indexed.tokens]
    assert indexed.ends == [token.end for token in indexed.tokens]


def test_the_same_word_form_is_one_string_object_in_every_text():
    first = tokenize("Мер міста приїхав. " * 60)
    second = tokenize("Сьогодні міста мовчали.")  # a slice of another text: a new object
    assert first[1].text == second[1].text == "міста"
    assert first[1].text is second[1].text


_FORMS = st.frozensets(st.sampled_from(["мер", "Мер", "рада", "СБУ", "ООН", "дім", "a", "Київ"]))


@given(st.lists(st.tuples(_FORMS, st.sampled_from(["uk", "ru"]), st.integers(0, 2)), max_size=30))
def test_screens_of_a_family_answer_as_screens_alone(asks):
    def questions():
        return [str.isupper, lambda word: word[:1] == "м", lambda word: len(word) > 3]

    family = document.ScreenFamily(maxsize=5)
    together = [Screen(question, family=family) for question in questions()]
    alone = [Screen(question) for question in questions()]
    for words, language, member in asks:
        with using_language(language):
            assert together[member].passing(words) == alone[member].passing(words)


def test_a_family_asks_each_question_of_each_form_once_and_checks_a_stretch_once():
    asked: list[tuple[str, str]] = []

    def recorded(name, question):
        def ask(word):
            asked.append((name, word))
            return question(word)

        return ask

    family = document.ScreenFamily()
    upper = Screen(recorded("upper", str.isupper), family=family)
    long = Screen(recorded("long", lambda word: len(word) > 3), family=family)
    words = forms("Рада ООН і СБУ провели нараду в залі ради.")
    with using_language("uk"):
        assert upper.passing(words) == {"ООН", "СБУ"}
        # The family asked every question of the stretch's forms at once (alone, ``long``
        # would be asked only when it screens the stretch itself).
        assert {name for name, _word in asked} == {"upper", "long"}
        assert long.passing(words) == {"Рада", "провели", "нараду", "залі", "ради"}
        assert upper.passing(words) == {"ООН", "СБУ"}
    assert sorted(asked) == sorted([("upper", w) for w in words] + [("long", w) for w in words])
    late = Screen(recorded("late", lambda word: word.startswith("р")), family=family)
    with using_language("uk"):
        assert late.passing(words) == {"ради"}
        assert upper.passing(words) == {"ООН", "СБУ"}


def _capitalised(word: str) -> bool:
    """The made-up screens' test: a capital first."""
    return word[:1].isupper()


def _capital_question(word: str) -> bool:
    """A made-up question whose yes answers all pass `_capitalised`."""
    return word[:1].isupper() and len(word) > 2


def _long_question(word: str) -> bool:
    """Another one that needs a capital."""
    return _capitalised(word) and len(word) > 3


@given(st.lists(st.tuples(_FORMS, st.sampled_from(["uk", "ru"]), st.integers(0, 2)), max_size=30))
def test_a_question_with_a_test_answers_as_when_asked_of_every_form(asks):
    questions = [_capital_question, str.islower, _long_question]
    family = document.ScreenFamily(maxsize=5)
    together = [
        Screen(_capital_question, family=family, only=_capitalised),
        Screen(str.islower, family=family),
        Screen(_long_question, family=family, only=_capitalised),
    ]
    alone = [Screen(_capital_question, only=_capitalised), Screen(str.islower)]
    alone.append(Screen(_long_question, only=_capitalised))
    plain = [Screen(question) for question in questions]
    for words, language, member in asks:
        with using_language(language):
            answer = plain[member].passing(words)
            assert together[member].passing(words) == answer
            assert alone[member].passing(words) == answer


def test_a_question_with_a_test_is_asked_only_of_forms_that_pass_it_read_once():
    asked: list[str] = []
    tested: list[str] = []

    def question(word):
        asked.append(word)
        return _capital_question(word)

    def test(word):
        tested.append(word)
        return _capitalised(word)

    family = document.ScreenFamily()
    capitals = Screen(question, family=family, only=test)
    longer = Screen(_long_question, family=family, only=test)
    lower = Screen(str.islower, family=family)
    words = forms("Голова громади Остап Вербицький відкрив ЦНАП у селі Ясенівка.")
    with using_language("uk"):
        assert capitals.passing(words) == {"Голова", "Остап", "Вербицький", "ЦНАП", "Ясенівка"}
        assert longer.passing(words) == {"Голова", "Остап", "Вербицький", "ЦНАП", "Ясенівка"}
        assert "громади" in lower.passing(words)
    assert sorted(asked) == sorted(word for word in words if word[:1].isupper())
    assert "у" not in asked
    assert sorted(tested) == sorted(words)  # once a form for both questions


_FORMS_TESTED = (
    "голова",
    "громади",
    "ради",
    "організації",
    "нафтогазу",
    "громадське",
    "google",
    "міністерства",
    "управлінню",
    "іт-компанія",
    "совета",
    "минздрава",
    "укрэнерго",
    "государственное",
    "мвт",
    "«рада»",
    "1-го",
    "Шевченка",
    "Коваль-художника",
    "Іваненко-Петрук",
    "ЦНАП",
    "ЦНАПу",
    "МВС",
    "Укрзалізниця",
    "Google",
    "Громадське",
    "Приватне",
    "Государственное",
    "приватне",
    "государственное",
    "коваль-художника",
    "Оксана",
    "Ирина",
)


def test_each_block_screen_with_a_test_says_no_to_the_forms_failing_it():
    # The family asks such a question only of the forms passing its test: it must say no to
    # every other form.
    family = document.BLOCK_SCREENS
    tested = [
        (question, only)
        for question, only in zip(family._questions, family._only, strict=True)  # noqa: SLF001
        if only is not None
    ]
    assert len(tested) == 9
    for language in ("uk", "ru"):
        with using_language(language):
            for question, only in tested:
                for word in _FORMS_TESTED:
                    if not only(word):
                        assert not question(word), (question, word)
                # Not a question that says no to everything it is asked.
                assert any(question(word) for word in _FORMS_TESTED if only(word)), question
