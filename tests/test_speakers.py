from quote_items import mentions
from uanews.model import NewsItem, Paragraph, Participant, ParticipantKind, Span
from uanews.parser.quotes.speakers import Attribution, participant_gender, resolve_speaker


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


def item_of(text, *participants):
    """Return a one-paragraph item with (id, kind, name, pattern, role) participants."""
    item = NewsItem(paragraphs=tuple(Paragraph(p) for p in text.split("\n\n")))
    return NewsItem(
        paragraphs=item.paragraphs,
        participants=tuple(
            Participant(pid, kind, name, role=role, mentions=mentions(item.text, pattern))
            for pid, kind, name, pattern, role in participants
        ),
    )


PERSON, ORG = ParticipantKind.PERSON, ParticipantKind.ORGANIZATION


def before_cue(item, words, cue):
    start = item.text.index(words)
    return Attribution(Span(start, item.text.index(cue)), item.text.index(cue))


def test_mention_inside_a_relative_clause_is_not_the_speaker():
    text = "Сенатор Олег Бойко, якого підтримав мер Іван Шевчук, заявив, що зміни потрібні."
    item = item_of(
        text,
        ("a", PERSON, "Олег Бойко", "Олег Бойко", "Сенатор"),
        ("b", PERSON, "Іван Шевчук", "Іван Шевчук", "мер"),
    )
    assert resolve_speaker(item, before_cue(item, "Сенатор", "заявив")) == "a"


def test_relative_clause_holding_a_parenthetical_runs_to_the_last_comma():
    text = (
        "На сайті «Ранок», який, як кажуть, контролює ТОВ «Меридіан», "
        "з'явилося повідомлення, що все."
    )
    item = item_of(
        text,
        ("o1", ORG, "Ранок", "Ранок", None),
        ("o2", ORG, "ТОВ «Меридіан»", "ТОВ «Меридіан»", None),
    )
    assert resolve_speaker(item, before_cue(item, "На сайті", "повідомлення")) == "o1"


def test_organisation_after_a_role_noun_gives_way_to_the_role_holder():
    text = (
        "Директор «Вектора» Павло Гнатюк прийшов пізніше.\n\nДиректор «Вектора» підтвердив, що так."
    )
    item = item_of(
        text,
        ("p", PERSON, "Павло Гнатюк", "Павло Гнатюк", "Директор «Вектора»"),
        ("o", ORG, "Вектор", "Вектора", None),
    )
    window = before_cue(item, "Директор «Вектора» підтвердив", "підтвердив")
    assert resolve_speaker(item, window) == "p"


def test_role_holder_of_another_organisation_is_not_the_speaker():
    text = "Директор «Вектора» Павло Гнатюк прийшов.\n\nДиректор «Магістралі» підтвердив, що так."
    item = item_of(
        text,
        ("p", PERSON, "Павло Гнатюк", "Павло Гнатюк", "Директор «Вектора»"),
        ("o", ORG, "Магістраль", "Магістралі", None),
    )
    assert resolve_speaker(item, before_cue(item, "Директор «Магістралі»", "підтвердив")) is None


def test_unnamed_representatives_speak_for_their_organisation():
    text = "Представники «Укрводоканалу» заявили, що тариф не зміниться."
    item = item_of(text, ("o", ORG, "Укрводоканал", "Укрводоканалу", None))
    assert resolve_speaker(item, before_cue(item, "Представники", "заявили")) == "o"


def test_subject_noun_heading_an_organisation_name_is_that_organisation():
    text = "Апеляційний суд Києва розглянув справу. Як зазначив суд, позов подано вчасно."
    item = item_of(text, ("o", ORG, "Апеляційний суд Києва", "Апеляційний суд Києва", None))
    start = item.text.index(" суд,")
    window = Attribution(Span(start, start + 4), item.text.index("зазначив"))
    assert resolve_speaker(item, window) == "o"


def test_pronoun_with_no_person_points_to_the_organisation_named_before():
    text = "Апеляційний суд Києва розглянув справу. Та суд відмовив. Він вказав, що строки минули."
    item = item_of(text, ("o", ORG, "Апеляційний суд Києва", "Апеляційний суд Києва", None))
    assert resolve_speaker(item, before_cue(item, "Він вказав", "вказав")) == "o"


def test_pronoun_of_the_other_gender_does_not_continue_the_previous_speaker():
    text = "Ольга Мазур прийшла.\n\n«Готово», - сказала Ольга Мазур.\n\nВін заявив, що це не так."
    item = item_of(text, ("f", PERSON, "Ольга Мазур", "Ольга Мазур", None))
    window = before_cue(item, "Він заявив", "заявив")
    assert resolve_speaker(item, window, previous="f") is None


def test_names_in_brackets_and_after_prepositions_are_not_speakers():
    text = "«Так», - йдеться у листі від Івана Коваля (ТОВ «Марс»)."
    item = item_of(
        text,
        ("p", PERSON, "Іван Коваль", "Івана Коваля", None),
        ("o", ORG, "ТОВ «Марс»", "ТОВ «Марс»", None),
    )
    start = item.text.index("у листі")
    window = Attribution(Span(start, len(item.text) - 1), item.text.index("йдеться"))
    assert resolve_speaker(item, window) is None


def test_addressee_in_dative_or_instrumental_is_not_the_speaker():
    text = "Артисти кажуть Петрові Іваненку: «Ідіть додому»."
    item = item_of(text, ("p", PERSON, "Петро Іваненко", "Петрові Іваненку", None))
    window = Attribution(Span(0, item.text.index(":")), item.text.index("кажуть"))
    assert resolve_speaker(item, window) is None


def test_someone_who_hears_the_words_is_not_their_speaker():
    text = "Ганна Руденко вийшла на перон. Вона почула крик: «Стійте!»."
    item = item_of(text, ("f", PERSON, "Ганна Руденко", "Ганна Руденко", None))
    assert resolve_speaker(item, before_cue(item, "Вона почула", "крик")) is None


def test_impersonal_cue_names_no_one():
    item = item_with("Також повідомляється, що снігу стане більше.")
    window = before_cue(item, "Також", "повідомляється")
    assert resolve_speaker(item, window, previous="p9") is None


def test_generic_noun_after_an_unroled_speaker_is_that_speaker():
    text = (
        "Так вважає аналітик Олег Бойко. Політолог Іван Шевчук зазначає, що криза глибока. "
        "За словами аналітика, влада втомилася."
    )
    item = item_with(
        text,
        ("a", "Олег Бойко", "Олег Бойко", "аналітик"),
        ("b", "Іван Шевчук", "Іван Шевчук", None),
    )
    start = item.text.index("аналітика,")
    window = Attribution(Span(start, start + len("аналітика")), start - len("За словами "))
    assert resolve_speaker(item, window, previous="b", previous_at=start - 30) == "b"


def test_someone_who_hears_a_question_and_answers_is_its_speaker():
    text = "Ганна Руденко почула питання і відповіла: «Ні»."
    item = item_of(text, ("f", PERSON, "Ганна Руденко", "Ганна Руденко", None))
    window = Attribution(Span(0, item.text.index(":")), item.text.index("відповіла"))
    assert resolve_speaker(item, window) == "f"


def test_pronoun_takes_its_gender_from_the_noun_before_an_organisation_name():
    text = "Фракція «Нова сила» покинула залу. Вона заявила, що бойкотує сесію."
    item = item_of(text, ("o", ORG, "«Нова сила»", "«Нова сила»", None))
    assert resolve_speaker(item, before_cue(item, "Вона заявила", "заявила")) == "o"


def organization_item(text, name, pattern):
    item = NewsItem(paragraphs=(Paragraph(text),))
    return NewsItem(
        paragraphs=item.paragraphs,
        participants=(
            Participant("o1", ParticipantKind.ORGANIZATION, name, mentions=mentions(text, pattern)),
        ),
    )


def test_a_name_completing_another_noun_is_not_the_subject():
    text = "Учора показали роботу фонду «Світанок» і наголосили, що допомога потрібна."
    item = organization_item(text, "фонд «Світанок»", "фонду «Світанок»")
    start = text.index("Учора")
    attribution = Attribution(Span(start, text.index(", що")), text.index("наголосили"))
    assert resolve_speaker(item, attribution) is None


def test_the_author_of_a_document_the_words_are_in_speaks():
    text = "У заяві фонду «Світанок» зазначено, що допомога потрібна."
    item = organization_item(text, "фонд «Світанок»", "фонду «Світанок»")
    assert resolve_speaker(item, window_of(item, "У заяві фонду «Світанок» зазначено")) == "o1"
