"""The optional trained tagger: ``uanews.parse(..., ner=...)`` merges its spans with the rules."""

from __future__ import annotations

import random

import pytest

import uanews
from uanews.errors import UanewsError
from uanews.model import ParticipantKind
from uanews.parser.participants.tagger import TaggedSpan, tagged_spans

# Names the rules cannot read: a lone foreign surname the dictionary does not know, in the
# instrumental after a preposition, and an unquoted organisation name made of common words.
_TRAINING = [
    ("Мер зустрівся з Окафором у ратуші.", [("Окафором", "PER")]),
    ("Угоду підписала агрофірма Зелена Нива з Полтавщини.", [("Зелена Нива", "ORG")]),
    ("Вчора Окафор відвідав ліцей.", [("Окафор", "PER")]),
    ("Зелена Нива збільшила посіви кукурудзи.", [("Зелена Нива", "ORG")]),
    ("Директор говорив з Окафором про врожай.", [("Окафором", "PER")]),
    ("Міська рада проголосувала за бюджет.", []),
]
_NEWS = (
    "Мер зустрівся з Окафором у ратуші.\n\nУгоду підписала агрофірма Зелена Нива з Полтавщини.\n"
)


def _examples(nlp: object) -> list[object]:
    """Return spaCy training examples of the sentences above."""
    from spacy.training import Example  # noqa: PLC0415 - spaCy is an optional extra

    examples = []
    for sentence, entities in _TRAINING:
        spans = [
            (sentence.index(words), sentence.index(words) + len(words), label)
            for words, label in entities
        ]
        doc = nlp.make_doc(sentence)  # type: ignore[attr-defined]
        examples.append(Example.from_dict(doc, {"entities": spans}))
    return examples


@pytest.fixture(scope="module")
def tiny_pipeline() -> object:
    """Return a blank Ukrainian spaCy pipeline with an ``ner`` pipe trained on six sentences."""
    spacy = pytest.importorskip("spacy")
    spacy.util.fix_random_seed(7)
    random.seed(7)
    nlp = spacy.blank("uk")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG"):
        ner.add_label(label)
    examples = _examples(nlp)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


def test_the_tiny_pipeline_tags_its_sentences(tiny_pipeline: object) -> None:
    """The pipeline the tests use has learnt its spans (else the tests below test nothing)."""
    spans = tagged_spans(tiny_pipeline, _NEWS)  # type: ignore[arg-type]
    assert [(_NEWS[s.start : s.end], s.label) for s in spans] == [
        ("Окафором", "PER"),
        ("Зелена Нива", "ORG"),
    ]


def test_rules_alone_miss_what_the_tagger_finds() -> None:
    """Without a tagger the default offline rules run, and they miss these two names."""
    item = uanews.parse(_NEWS)
    names = {participant.name for participant in item.participants}
    assert not any("Окафор" in name or "Нива" in name for name in names)


def test_tagged_person_is_a_participant_in_the_nominative(tiny_pipeline: object) -> None:
    """A surname the tagger finds in the instrumental is named in the nominative."""
    item = uanews.parse(_NEWS, ner=tiny_pipeline)  # type: ignore[arg-type]
    people = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert [p.name for p in people] == ["Окафор"]
    (mention,) = people[0].mentions
    assert item.text[mention.start : mention.end] == "Окафором"


def test_tagged_organisation_is_a_participant(tiny_pipeline: object) -> None:
    """An organisation the tagger finds joins the organisations the rules find."""
    item = uanews.parse(_NEWS, ner=tiny_pipeline)  # type: ignore[arg-type]
    organizations = {p.name for p in item.participants if p.kind is ParticipantKind.ORGANIZATION}
    assert "Зелена Нива" in organizations


def test_repeats_merge_with_tagged_people(tiny_pipeline: object) -> None:
    """A later lone surname repeats the tagged person: one participant, two mentions."""
    text = _NEWS + "\nОкафор пообіцяв повернутися восени.\n"
    item = uanews.parse(text, ner=tiny_pipeline)  # type: ignore[arg-type]
    people = [p for p in item.participants if p.kind is ParticipantKind.PERSON]
    assert len(people) == 1
    assert [item.text[m.start : m.end] for m in people[0].mentions] == ["Окафором", "Окафор"]


def test_a_plain_callable_can_be_the_tagger() -> None:
    """Any callable returning spans works: a Ukrainian name it tags is put in the nominative."""
    text = "Рішення підтримала Олена Петрівна Ковальчук.\n"

    def tagger(words: str) -> list[tuple[int, int, str]]:
        start = words.index("Олена")
        return [(start, start + len("Олена Петрівна Ковальчук"), "PERSON")]

    genitive = "Листа отримали від Олени Петрівни Ковальчук.\n"

    def genitive_tagger(words: str) -> list[TaggedSpan]:
        start = words.index("Олени")
        return [TaggedSpan(start, start + len("Олени Петрівни Ковальчук"), "PER")]

    for news, ner in ((text, tagger), (genitive, genitive_tagger)):
        item = uanews.parse(news, ner=ner)
        people = [p.name for p in item.participants if p.kind is ParticipantKind.PERSON]
        assert people == ["Олена Петрівна Ковальчук"]


def test_a_tagger_returning_nonsense_is_a_clear_error() -> None:
    """A tagger that returns neither a Doc nor spans raises a uanews error, not a traceback."""
    with pytest.raises(UanewsError, match="not a Doc or spans"):
        uanews.parse("Текст новини про школу.\n", ner=lambda _text: 42)
    with pytest.raises(UanewsError, match="outside the text"):
        uanews.parse("Текст новини про школу.\n", ner=lambda _text: [(0, 999, "PER")])
