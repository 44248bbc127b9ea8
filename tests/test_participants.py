"""Participants: one per person, organisation or group, with every mention and a role."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from uanews.model import NewsItem, Paragraph, ParticipantKind
from uanews.parser.participants import extract_participants


def annotate(item: NewsItem) -> NewsItem:
    """Return ``item`` with participants and speakers set (the model checks every offset)."""
    participants, speakers = extract_participants(item)
    paragraphs = tuple(
        attrs.evolve(paragraph, speaker=speaker)
        for paragraph, speaker in zip(item.paragraphs, speakers, strict=True)
    )
    return attrs.evolve(item, participants=participants, paragraphs=paragraphs)


def people(item: NewsItem) -> dict[str, list[str]]:
    return {
        p.name: [m.text for m in p.mentions]
        for p in item.participants
        if p.kind is ParticipantKind.PERSON
    }


def test_mentions_in_different_cases_merge_into_one_person():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Зустріч Олексія Кучера з журналістами тривала годину."),
                Paragraph("Олексій Кучер розповів про плани. Потім Кучер додав деталі."),
            )
        )
    )
    assert people(item) == {"Олексій Кучер": ["Олексія Кучера", "Олексій Кучер", "Кучер"]}
    assert item.participants[0].id == "p1"


def test_role_from_an_apposition_before_the_name():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Вчора глава ХОДА Олексій Кучер провів нараду."),))
    )
    person = item.participants[0]
    assert (person.name, person.role, person.organization) == (
        "Олексій Кучер",
        "глава ХОДА",
        "ХОДА",
    )
    organizations = [p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION]
    assert organizations == ["ХОДА"]


def test_role_between_commas_after_the_name():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Ірина Коваль, директор департаменту освіти, виступила."),))
    )
    assert item.participants[0].role == "директор департаменту освіти"


def test_headline_roles_pair_with_the_names_of_the_lead():
    item = annotate(
        NewsItem(
            headline="Глава ХОДА зустрівся з Надзвичайним і Повноважним Послом Литви",
            paragraphs=(
                Paragraph("Зустріч Олексія Кучера і Вальдемараса Сарапінаса пройшла вчора."),
            ),
        )
    )
    roles = {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}
    assert roles == {
        "Олексій Кучер": "глава ХОДА",
        "Вальдемарас Сарапінас": "Надзвичайний і Повноважний Посол Литви",
    }


def test_captions_give_speakers_roles_and_organisations():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Зустріч з делегацією міста-побратима Альбукерке пройшла у Харкові."),
                Paragraph(
                    "Ми відкриті до нових проектів.",
                    caption="ОЛЕКСАНДР КОЛБ ЧЛЕН НАГЛЯДОВОЇ РАДИ KHARKIV IT CLUSTER",
                ),
                Paragraph("Дякую всім.", caption="ГАЛИНА ЛИТВИНЕЦЬ ДИРЕКТОР ДЕПАРТАМЕНТУ"),
            )
        )
    )
    by_id = {p.id: p for p in item.participants}
    assert [p.speaker for p in item.paragraphs] == [None, "p1", "p2"]
    assert by_id["p1"].name == "Олександр Колб"
    assert by_id["p1"].role == "член наглядової ради Kharkiv IT Cluster"
    assert by_id["p1"].mentions[0].text == "ОЛЕКСАНДР КОЛБ"
    assert by_id["p2"].role == "директор департаменту"
    assert by_id["o1"].name == "Kharkiv IT Cluster"
    assert by_id["g1"].kind is ParticipantKind.GROUP
    assert by_id["g1"].name == "делегація міста-побратима Альбукерке"


def test_quoted_name_after_an_organisation_word():
    item = annotate(NewsItem(paragraphs=(Paragraph("Договір уклала компанія «Зоря Сходу»."),)))
    assert [(p.kind, p.name) for p in item.participants] == [
        (ParticipantKind.ORGANIZATION, "компанія «Зоря Сходу»")
    ]


def test_an_item_without_names_has_no_participants():
    item = annotate(NewsItem(headline="Погода", paragraphs=(Paragraph("Завтра буде дощ."),)))
    assert item.participants == ()
    assert all(p.speaker is None for p in item.paragraphs)


# Invented people, each with the forms the templates below need.
PEOPLE = {
    "Олексій Кучер": {
        "nomn": "Олексій Кучер",
        "gent": "Олексія Кучера",
        "ablt": "Олексієм Кучером",
    },
    "Ірина Бондар": {"nomn": "Ірина Бондар", "gent": "Ірини Бондар", "ablt": "Іриною Бондар"},
    "Петро Шевчук": {"nomn": "Петро Шевчук", "gent": "Петра Шевчука", "ablt": "Петром Шевчуком"},
    "Марія Ткаченко": {
        "nomn": "Марія Ткаченко",
        "gent": "Марії Ткаченко",
        "ablt": "Марією Ткаченко",
    },
}
TEMPLATES = {
    "nomn": "Учора {} відвідав новий завод.",
    "gent": "Зустріч {} з громадою тривала годину.",
    "ablt": "Розмова з {} пройшла онлайн.",
}
FILLER = ("Погода була ясна.", "У місті відкрили парк.", "Обговорили бюджет на рік.")


@st.composite
def stories(draw):
    """Return paragraphs naming people in random cases, and how often each was named."""
    chosen = draw(st.lists(st.sampled_from(sorted(PEOPLE)), min_size=1, max_size=6))
    sentences: list[str] = []
    counts: dict[str, int] = {}
    for name in chosen:
        case = draw(st.sampled_from(sorted(TEMPLATES)))
        sentences.append(TEMPLATES[case].format(PEOPLE[name][case]))
        counts[name] = counts.get(name, 0) + 1
        sentences.extend(draw(st.lists(st.sampled_from(FILLER), max_size=2)))
    size = draw(st.integers(min_value=1, max_value=3))
    paragraphs = tuple(
        Paragraph(" ".join(sentences[i : i + size])) for i in range(0, len(sentences), size)
    )
    return paragraphs, counts


@given(stories())
def test_generated_mentions_slice_the_text_and_merge(story):
    paragraphs, counts = story
    item = annotate(NewsItem(paragraphs=paragraphs))
    text = item.text
    for participant in item.participants:
        for mention in participant.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert {name: len(mentions) for name, mentions in people(item).items()} == counts


def groups(item: NewsItem) -> dict[str, list[str]]:
    return {
        p.name: [m.text for m in p.mentions]
        for p in item.participants
        if p.kind is ParticipantKind.GROUP
    }


def test_group_keeps_a_coordinated_named_genitive_complement():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Зустрілися з членами делегації міста Луцьк та Волинської області."),
            )
        )
    )
    assert groups(item) == {
        "делегація міста Луцьк та Волинської області": [
            "делегації міста Луцьк та Волинської області"
        ]
    }


def test_group_stops_before_a_coordinated_common_noun():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Відбулася зустріч делегації Вроцлава та мерії."),))
    )
    assert groups(item) == {"делегація Вроцлава": ["делегації Вроцлава"]}


def test_sector_with_a_named_complement_and_plural_representatives_are_groups():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph(
                    "Представники Канади підтримали IT-сектор Дніпра. Представники влади мовчали."
                ),
            )
        )
    )
    assert groups(item) == {
        "представники Канади": ["Представники Канади"],
        "IT-сектор Дніпра": ["IT-сектор Дніпра"],
    }


def test_first_names_before_a_shared_plural_surname_are_two_people():
    # The surname belongs to both: each is mentioned by the whole phrase, as NER marks it.
    item = annotate(NewsItem(paragraphs=(Paragraph("Ігор та Ольга Петренки відкрили пекарню."),)))
    assert people(item) == {
        "Ігор Петренко": ["Ігор та Ольга Петренки"],
        "Ольга Петренко": ["Ігор та Ольга Петренки"],
    }


def test_status_word_stays_in_the_role_of_a_person():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Колишній мер Полтави Іван Сидоренко виступив."),))
    )
    person = item.participants[0]
    assert (person.name, person.role) == ("Іван Сидоренко", "колишній мер Полтави")


def roles(item: NewsItem) -> dict[str, str | None]:
    return {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}


def test_a_role_with_a_genitive_organisation_before_a_name_is_the_role():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Синоптик Гідрометцентру Марта Іваничук дала прогноз."),))
    )
    assert roles(item) == {"Марта Іваничук": "синоптик Гідрометцентру"}


def test_a_role_runs_to_the_quoted_name_of_its_organisation():
    item = annotate(
        NewsItem(paragraphs=(Paragraph("Директор ТОВ «Сяйво» Павло Гуменюк відмовився."),))
    )
    assert roles(item) == {"Павло Гуменюк": "директор ТОВ «Сяйво»"}


def test_names_inside_place_names_are_no_people():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Фестиваль пройде у сквері імені Лесі Українки на вулиці Франка."),
                Paragraph("Гості зберуться біля школи на вул. Івана Богуна."),
            )
        )
    )
    assert people(item) == {}


def test_a_first_name_with_patronymic_is_not_given_to_one_of_two_namesakes():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Переміг Богдан Гаврилюк. Другим став Богдан Кушнір."),
                Paragraph("За Богдана Петровича проголосували 300 людей."),
            )
        )
    )
    assert set(people(item)) == {"Богдан Гаврилюк", "Богдан Кушнір", "Богдан Петрович"}


def test_an_ambiguous_oblique_name_joins_the_person_named_in_the_nominative():
    item = annotate(
        NewsItem(
            paragraphs=(
                Paragraph("Депутати звільнили Валентина Шквара з посади."),
                Paragraph("Валентин Шквар рішення не коментує."),
            )
        )
    )
    assert people(item) == {"Валентин Шквар": ["Валентина Шквара", "Валентин Шквар"]}
