from quote_items import mentions
from uanews.model import NewsItem, Paragraph, Participant, ParticipantKind, Span
from uanews.parser.speakers import Attribution, participant_gender, resolve_speaker


def item_with(text, *people):
    item = NewsItem(paragraphs=(Paragraph(text),))
    return NewsItem(
        paragraphs=item.paragraphs,
        participants=tuple(
            Participant(pid, ParticipantKind.PERSON, name, role=role, mentions=mentions(text, pat))
            for pid, name, pat, role in people
        ),
    )


def window_of(item, words):
    start = item.text.index(words)
    return Attribution(Span(start, start + len(words)), start)


def test_name_in_the_window_is_the_speaker():
    item = item_with("«Так», - сказав Іван Коваль.", ("p1", "Іван Коваль", "Іван Коваль", None))
    assert resolve_speaker(item, window_of(item, "сказав Іван Коваль")) == "p1"


def test_role_noun_finds_the_participant_with_that_role():
    text = (
        "Посол Литви Петрас Юозас приїхав. Мер Іван Коваль зустрів його. «Дякую», - сказав посол."
    )
    item = item_with(
        text,
        ("amb", "Петрас Юозас", "Петрас Юозас", "Посол Литви"),
        ("mayor", "Іван Коваль", "Іван Коваль", "Мер"),
    )
    assert resolve_speaker(item, window_of(item, "сказав посол")) == "amb"


def test_pronoun_resolves_to_the_only_person_of_its_gender():
    text = "Ірина Бойко та Іван Коваль прийшли. «Добре», - сказала вона."
    item = item_with(
        text,
        ("f", "Ірина Бойко", "Ірина Бойко", None),
        ("m", "Іван Коваль", "Іван Коваль", None),
    )
    assert resolve_speaker(item, window_of(item, "сказала вона")) == "f"


def test_ambiguous_pronoun_stays_unknown():
    text = "Петро Шевчук та Іван Коваль прийшли. «Добре», - сказав він."
    item = item_with(
        text,
        ("a", "Петро Шевчук", "Петро Шевчук", None),
        ("b", "Іван Коваль", "Іван Коваль", None),
    )
    assert resolve_speaker(item, window_of(item, "сказав він")) is None


def test_unnamed_speaker_is_none_not_a_guess():
    text = "Іван Коваль прийшов. «Ціни ростуть», - говорить один з продавців."
    item = item_with(text, ("p1", "Іван Коваль", "Іван Коваль", None))
    assert resolve_speaker(item, window_of(item, "говорить один з продавців")) is None


def test_subjectless_cue_continues_the_previous_speaker():
    item = item_with("А відтак уточнює: «Ще рано».")
    assert resolve_speaker(item, window_of(item, "А відтак уточнює"), previous="p9") == "p9"


def test_gender_comes_from_the_first_name():
    assert participant_gender(Participant("x", ParticipantKind.PERSON, "Ірина Бойко")) == "femn"
    assert participant_gender(Participant("y", ParticipantKind.PERSON, "Іван Коваль")) == "masc"
