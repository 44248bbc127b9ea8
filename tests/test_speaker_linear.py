"""Speaker resolution reads an index of the item's mentions, not the mentions again per cue.

The body-noun rule (``у прес-службі суду повідомили``) listed every mention before each cue
and read the name of each organisation among them, and the words of a mention were found by
scanning all of its participant's mentions: both quadratic in an item of many quotes naming
the same people. The tests count the work (never the time) on items of N quotes, and check
the indexed answers against the old scans. Every text here was written for these tests.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from uanews.model import Mention, Participant, ParticipantKind
from uanews.parser.pipeline import parse
from uanews.parser.quotes import bodies, speaker_filters
from uanews.parser.quotes.bodies import last_named_body, named_body
from uanews.parser.quotes.speaker_context import Mentions, Placed, mention_text, placed_mentions

# One paragraph of a court report: the court is named, then its press office speaks of it.
_COURT = (
    "Господарський суд Житомирської області відхилив позов підприємства номер {n}. "
    "У прес-службі суду повідомили, що рішення можна оскаржити протягом десяти днів.\n\n"
)
# A council named, a body noun, and a mayor quoted by name: mentions that repeat every round.
_COUNCIL = (
    "Полтавська міська рада ухвалила програму ремонту ліцею номер {n}. "
    "У міськраді зазначили, що роботи завершать до осені.\n\n"
    "«Ми замінимо дах і вікна до першого вересня», – сказав міський голова Остап Гнатюк.\n\n"
)


def _item_text(paragraph: str, rounds: int) -> str:
    """Return an item of ``rounds`` copies of ``paragraph``, each with its own number."""
    return "Новини міста\n\n" + "".join(paragraph.format(n=n) for n in range(rounds))


def test_the_body_rule_reads_each_name_once_not_once_a_cue(monkeypatch):
    calls = [0]
    names_body = bodies._names_body  # noqa: SLF001 - the function whose calls are the work

    def counted(participant: Participant, lemma: str) -> bool:
        calls[0] += 1
        return names_body(participant, lemma)

    monkeypatch.setattr(bodies, "_names_body", counted)
    asked = {}
    for rounds in (10, 40):
        text = _item_text(_COURT, rounds)
        calls[0] = 0
        item = parse(text)
        asked[rounds] = calls[0]
        # Every press-office cue is the court's.
        assert len(item.quotes) == rounds
        court = next(p for p in item.participants if p.kind is ParticipantKind.ORGANIZATION)
        assert all(quote.speaker == court.id for quote in item.quotes)
    # Four times the cues, the same names read: the scan read 112 at 10, 1,642 at 40.
    assert asked[40] <= asked[10]


class _Counted:
    """A descriptor over `Participant.mentions` adding how many mentions each read returns."""

    def __init__(self, slot: object) -> None:
        self.slot = slot
        self.read = 0

    def __get__(self, owner: Participant | None, kind: type | None = None) -> object:
        if owner is None:
            return self
        found = self.slot.__get__(owner, kind)  # type: ignore[attr-defined]
        self.read += len(found)
        return found

    def __set__(self, owner: Participant, value: object) -> None:
        self.slot.__set__(owner, value)  # type: ignore[attr-defined]


def test_a_parse_reads_the_mentions_in_proportion_to_them(monkeypatch):
    counted = _Counted(Participant.__dict__["mentions"])
    monkeypatch.setattr(Participant, "mentions", counted)
    read = {}
    for rounds in (10, 40):
        text = _item_text(_COUNCIL, rounds)
        parse(text)  # every cache filled: the second parse counts the rules' reads only
        counted.read = 0
        item = parse(text)
        read[rounds] = counted.read
        assert len(item.quotes) == 2 * rounds
        assert all(quote.speaker is not None for quote in item.quotes)
    # Each participant's mentions are read a fixed number of times a parse (43 a round here);
    # finding a mention's words by scanning them read 110 a round at 10 and 320 at 40.
    assert read[40] <= 4 * read[10] * 1.1


def _organization(number: int, name: str) -> Participant:
    return Participant(id=f"o{number}", kind=ParticipantKind.ORGANIZATION, name=name)


_NAMES = (
    "Господарський суд Житомирської області",
    "Полтавська міська рада",
    "Міністерство охорони здоров'я",
    "компанія «Світанок»",
)
_PERSON = Participant(id="p1", kind=ParticipantKind.PERSON, name="Остап Гнатюк")


@given(st.lists(st.integers(min_value=0, max_value=len(_NAMES)), max_size=30))
def test_last_named_body_answers_as_named_body_over_the_mentions_before(order):
    everyone = [*(_organization(n + 1, name) for n, name in enumerate(_NAMES)), _PERSON]
    placed = Mentions([Placed(at * 10, at * 10 + 5, everyone[n]) for at, n in enumerate(order)])
    for lemma in ("суд", "рада", "міністерство", "компанія"):
        for anchor in range(0, len(order) * 10 + 11, 5):
            before = [entry.participant for entry in placed if entry.start < anchor]
            assert last_named_body(placed, lemma, anchor) == named_body(before, lemma)


@given(st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=300))
def test_the_last_mentions_are_the_end_of_those_before(count, anchor):
    placed = Mentions([Placed(at * 7, at * 7 + 3, _PERSON) for at in range(30)])
    before = placed.between(0, anchor)
    assert tuple(placed.last(anchor, count)) == tuple(before[max(0, len(before) - count) :])


def test_a_placed_mention_keeps_the_words_of_the_first_mention_of_its_span():
    text = "Остап Гнатюк сказав, що Гнатюка підтримали. Гнатюк додав."
    person = Participant(
        id="p1",
        kind=ParticipantKind.PERSON,
        name="Остап Гнатюк",
        mentions=(
            Mention(text="Остап Гнатюк", start=0, end=12),
            Mention(text="Гнатюка", start=24, end=31),
            Mention(text="Гнатюк", start=44, end=50),
        ),
    )
    item = attrs.evolve(parse(text, extract=False), participants=(person,))
    entries = placed_mentions(item, [])
    assert [mention_text(entry) for entry in entries] == ["Остап Гнатюк", "Гнатюка", "Гнатюк"]
    # A mention placed without its words is read from the participant, as before.
    assert mention_text(Placed(24, 31, person)) == "Гнатюка"
    assert mention_text(Placed(1, 2, person)) == "Остап Гнатюк"


# A quote told to an outlet's journalists: the outlet rule looks for the word before the kind
# noun of the outlet's name, once a mention of a body.
_OUTLET = (
    "Директор ліцею номер {n} Назар Острожинський розповів про ремонт спортзалу. "
    "«Підлогу замінимо до зими», – сказав він журналістам телеканалу «Поділля-центр».\n\n"
)


class _Reading:
    """A stand-in for a compiled pattern that records how much text each search reads."""

    def __init__(self, pattern, read):
        self.pattern = pattern
        self.read = read

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        self.read.append(end - pos)
        return self.pattern.search(text, pos, end)


def test_the_outlet_rule_reads_a_window_not_the_body_before_the_mention(monkeypatch):
    read = []
    monkeypatch.setattr(
        speaker_filters,
        "_LAST_WORD",
        _Reading(speaker_filters._LAST_WORD, read),  # noqa: SLF001
    )
    for rounds in (5, 60):
        read.clear()
        item = parse(_item_text(_OUTLET, rounds))
        assert len(item.quotes) == rounds
        assert read, "the outlet rule was not asked"
        # The text one search reads does not grow with the item (it read all before the
        # mention, up to the whole item, before).
        assert max(read) <= 2 * speaker_filters._WORD_WINDOW  # noqa: SLF001
