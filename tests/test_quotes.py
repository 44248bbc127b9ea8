import attrs
from hypothesis import given
from hypothesis import strategies as st

from quote_items import mentions, seed_000
from uanews.model import NewsItem, Paragraph, Participant, ParticipantKind, QuoteKind
from uanews.parser.quotes import extract_quotes


def person(pid, name, text, pattern, role=None):
    return Participant(
        pid, ParticipantKind.PERSON, name, role=role, mentions=mentions(text, pattern)
    )


def with_people(paragraphs, *people):
    item = NewsItem(paragraphs=tuple(Paragraph(p) for p in paragraphs))
    built = [person(pid, name, item.text, pattern, role) for pid, name, pattern, role in people]
    return attrs.evolve(item, participants=tuple(built))


def test_seed_000_direct_quotes_and_speakers():
    item = seed_000()
    direct = [q for q in extract_quotes(item) if q.kind is QuoteKind.DIRECT]
    assert [q.text.split()[0] for q in direct] == ["Харківська", "Ми", "Це", "Я"]
    assert [q.speaker for q in direct] == ["kucher", "kucher", "sarapinas", "kucher"]
    assert [q.cue for q in direct] == ["розповів", "поділився", "сказав", "сказав"]


def test_seed_000_interrupted_quote_has_two_parts_across_paragraphs():
    item = seed_000()
    quote = next(q for q in extract_quotes(item) if q.cue == "поділився")
    first, second = (item.text[p.start : p.end] for p in quote.parts)
    assert first.startswith("Ми хочемо створити")
    assert first.endswith("буде створена робоча група")
    assert second.startswith("Також потрібно розуміти")
    assert second.endswith("максимально корисним")
    assert quote.text == f"{first} {second}"


def test_seed_000_indirect_speech_of_the_ambassador():
    indirect = [q for q in extract_quotes(seed_000()) if q.kind is QuoteKind.INDIRECT]
    assert len(indirect) == 1
    assert indirect[0].speaker == "sarapinas"
    assert indirect[0].cue == "зазначив"
    assert indirect[0].text.startswith("зараз в Україні вже реалізується")


def test_names_and_terms_in_marks_are_not_quotes():
    texts = [q.text for q in extract_quotes(seed_000())]
    for term in ("Моя школа", "кремнієву долину", "електронний щоденник"):
        assert term not in texts


def test_quote_with_attribution_before_after_colon():
    item = with_people(
        ["Голова ради Петро Коваль зауважив: «Депутати мають вирішити це самі»."],
        ("koval", "Петро Коваль", r"Петро Коваль", "голова ради"),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "Депутати мають вирішити це самі"
    assert quote.speaker == "koval"


def test_interrupted_quote_inside_one_paragraph():
    item = with_people(
        ["«Ми почали роботу, - сказала Ірина Бойко. - Вона триває»."],
        ("boyko", "Ірина Бойко", r"Ірина Бойко", None),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "Ми почали роботу Вона триває"
    assert len(quote.parts) == 2
    assert quote.speaker == "boyko"


def test_dash_paragraph_is_a_direct_quote():
    item = with_people(
        ["– Ми готові до змін. Час діяти, – розповів Андрій Мельник."],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", None),
    )
    (quote,) = extract_quotes(item)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "Ми готові до змін. Час діяти"
    assert quote.speaker == "melnyk"


def test_za_slovamy_is_indirect_speech():
    item = with_people(
        ["За словами Андрія Мельника, роботи завершать до кінця року."],
        ("melnyk", "Андрій Мельник", r"Андрія Мельника", None),
    )
    (quote,) = extract_quotes(item)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "роботи завершать до кінця року"
    assert quote.speaker == "melnyk"


def test_pro_tse_back_reference_makes_no_quote_of_the_sentence_before():
    # The guidelines: a later ``Про це повідомив X.`` leaves the sentence before as narration.
    item = with_people(
        ["Міст відкриють у травні. Про це повідомив мер Андрій Мельник."],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "мер"),
    )
    assert extract_quotes(item) == ()


def test_back_reference_names_the_speaker_of_the_next_generic_cue():
    item = with_people(
        [
            "Ціни на житло зросли. Про це заявив директор агенції Андрій Мельник.",
            "«Попит тримається третій місяць поспіль», - вважає експерт.",
        ],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "директор агенції"),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "Попит тримається третій місяць поспіль"
    assert quote.speaker == "melnyk"


def test_opinion_without_a_named_source_is_not_a_quote():
    item = NewsItem(
        paragraphs=(
            Paragraph("Деякі фахівці вважають, що ціни впадуть до весни."),
            Paragraph("На думку місцевих аналітиків, попит уже не зросте."),
        )
    )
    assert extract_quotes(item) == ()


def test_opinion_of_a_named_source_is_a_quote():
    item = with_people(
        ["Економіст Андрій Мельник вважає, що ціни впадуть до весни."],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "економіст"),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "ціни впадуть до весни"
    assert quote.speaker == "melnyk"


def test_as_reported_before_is_an_unattributed_report():
    item = with_people(
        [
            "Мер Андрій Мельник відкрив сесію.",
            "Як повідомлялося, місто отримало кредит на ремонт мостів.",
        ],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "мер"),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "місто отримало кредит на ремонт мостів"
    assert quote.speaker is None


def test_negated_cue_is_not_speech():
    item = NewsItem(paragraphs=(Paragraph("У документі не пояснюється, чому обрали цю фірму."),))
    assert extract_quotes(item) == ()


def test_caption_paragraph_is_its_speakers_quote():
    item = NewsItem(
        paragraphs=(
            Paragraph("Вступ до сюжету."),
            Paragraph("Ми відкриті до нових проектів.", caption="ІВАН ПЕТРЕНКО ДИРЕКТОР"),
        )
    )
    item = attrs.evolve(
        item,
        paragraphs=(item.paragraphs[0], attrs.evolve(item.paragraphs[1], speaker="p1")),
        participants=(Participant("p1", ParticipantKind.PERSON, "Іван Петренко"),),
    )
    (quote,) = extract_quotes(item)
    assert quote.kind is QuoteKind.CAPTION
    assert quote.speaker == "p1"
    assert quote.text == "Ми відкриті до нових проектів."


def test_unbalanced_marks_give_no_quote_and_no_error():
    item = NewsItem(
        paragraphs=(
            Paragraph("Компанію оформлено на «Fusilero Enterprises і «Neblina Holdings»."),
            Paragraph("Інша фірма «Delacon» працює далі."),
        )
    )
    assert extract_quotes(item) == ()


MARKS = st.sampled_from([*'«»„“”"-–—,.:!? \n', "сказав Іван", "що ", "За словами", "Про це"])
WORDS = st.sampled_from(["Ми", "працюємо", "тут", "вона", "зазначила", "Петро", "голова"])


@given(st.lists(st.one_of(MARKS, WORDS), max_size=60), st.integers(1, 4))
def test_extract_quotes_never_fails_and_gives_valid_quotes(pieces, count):
    text = " ".join(pieces)
    paragraphs = tuple(Paragraph(chunk) for chunk in text.split("\n\n") if chunk.strip())
    item = NewsItem(headline="Заголовок", paragraphs=paragraphs[:count] or (Paragraph("x"),))
    quotes = extract_quotes(item)
    checked = attrs.evolve(item, quotes=quotes)
    for quote in checked.quotes:
        assert quote.text == checked.quote_text(quote)
        assert all(part.end > part.start for part in quote.parts)


@given(st.text(max_size=300), st.text(max_size=300))
def test_extract_quotes_on_arbitrary_text_gives_valid_quotes(first, second):
    paragraphs = tuple(Paragraph(p.strip()) for p in (first, second) if p.strip())
    item = NewsItem(paragraphs=paragraphs or (Paragraph("x"),))
    checked = attrs.evolve(item, quotes=extract_quotes(item))
    for quote in checked.quotes:
        assert quote.text == checked.quote_text(quote)


def test_cue_inserted_mid_sentence_splits_the_report():
    item = with_people(
        ["Петро Коваль оглянув поле.", "Урожай, каже агроном, буде вищим за торішній."],
        ("koval", "Петро Коваль", r"Петро Коваль", "агроном"),
    )
    (quote,) = extract_quotes(item)
    assert [item.text[p.start : p.end] for p in quote.parts] == [
        "Урожай",
        "буде вищим за торішній",
    ]
    assert quote.speaker == "koval"


def test_opinion_that_describes_a_group_is_not_a_quote():
    item = NewsItem(paragraphs=(Paragraph("Є багато тих, хто вважає, що зима буде теплою."),))
    assert extract_quotes(item) == ()


def test_plural_role_noun_leaves_the_speaker_unknown():
    item = with_people(
        ["Тренер Іван Коваль провів урок.", "Як стверджують тренери, діти швидко вчаться."],
        ("koval", "Іван Коваль", r"Іван Коваль", "тренер"),
    )
    (quote,) = extract_quotes(item)
    assert quote.speaker is None


def test_a_cue_in_the_future_tense_reports_nothing_said():
    item = with_people(
        ["Новий директор Андрій Мельник невдовзі заявить, що йде у відставку."],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "директор"),
    )
    assert extract_quotes(item) == ()


def test_source_phrase_without_a_comma_ends_at_the_predicate():
    item = with_people(
        ["За даними обласної поліції загинули двоє водіїв."],
    )
    (quote,) = extract_quotes(item)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "загинули двоє водіїв"
    assert quote.cue == "За даними"


def test_movliav_inside_a_sentence_reports_words_of_nobody_named():
    item = with_people(
        [
            "Мер Андрій Мельник відкрив засідання.",
            "Активісти не пустили депутатів до зали: мовляв, сесію скликали незаконно.",
        ],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "мер"),
    )
    (quote,) = extract_quotes(item)
    assert quote.text == "сесію скликали незаконно"
    assert quote.speaker is None


def test_movliav_opening_a_sentence_goes_on_with_the_speaker_before():
    item = with_people(
        [
            "Мер Андрій Мельник заявив, що сесію перенесуть.",
            "Мовляв, депутати ще не готові голосувати за бюджет.",
        ],
        ("melnyk", "Андрій Мельник", r"Андрій Мельник", "мер"),
    )
    assert [(q.text, q.speaker) for q in extract_quotes(item)] == [
        ("сесію перенесуть", "melnyk"),
        ("депутати ще не готові голосувати за бюджет", "melnyk"),
    ]


def test_source_phrases_of_records_report_their_words():
    item = NewsItem(
        paragraphs=(
            Paragraph("За повідомленням обласної поліції, затримали двох підозрюваних."),
            Paragraph("Згідно з матеріалами справи, фірма отримала аванс без договору."),
        )
    )
    assert [q.text for q in extract_quotes(item)] == [
        "затримали двох підозрюваних",
        "фірма отримала аванс без договору",
    ]
