"""Stage 3: typed lines to structure: headline, paragraphs with captions, related, metadata.

Three passes, each an ordered list of small rules:

1. *Asides* (`sort_out`): boilerplate lines become metadata wherever they are; inline
   links (``Читайте також: ...``) give a related title and keep their label as a heading
   metadata; a trailer heading (``ОСТАННІ НОВИНИ``) is a heading metadata too and turns the
   lines after it into related titles (bullets dropped) until the end of the item, or until a
   blank line followed by a long line of prose, where the body resumes. The rest is the *flow*.
2. *Blocks* (`flow_blocks`): if the flow is hard-wrapped, runs of wrapped lines are
   joined into one block each; otherwise every line is a block, except that the lines of a
   quote left open at a line break are joined up to the line that closes it. Blank lines only
   separate.
3. *Structure* (`STRUCTURE_RULES`): the first block is the headline if it reads like
   one; an UPPERCASE caption line followed by a text block gives a captioned paragraph (the
   caption covers that one block only); every other block is a paragraph. The first
   paragraph is the lede.
"""

from __future__ import annotations

import itertools
import operator
import re
import statistics
from collections.abc import Callable, Sequence
from typing import Final

import attrs
from attrs import define, frozen

from uanews.model import Meta, NewsItem, Paragraph
from uanews.parser.blocks import Line, LineKind, classify, is_caption_like
from uanews.parser.lexicon_layout import BULLETS, DASH_BULLETS, QUOTE_PAIRS, SENTENCE_END
from uanews.parser.participants.lexicon import ROLE_NOUNS
from uanews.text import APOSTROPHES

__all__ = [
    "HEADLINE_MAX_LENGTH",
    "QUOTE_JOIN_MAX_LINES",
    "RESUME_MIN_LENGTH",
    "STRUCTURE_RULES",
    "WRAP_MAX_WIDTH",
    "Block",
    "Structure",
    "build",
    "flow_blocks",
    "is_hard_wrapped",
    "is_headline_like",
    "open_quotes",
    "sort_out",
    "strip_bullet",
]

HEADLINE_MAX_LENGTH: Final = 250
"""A headline is one line of at most this many characters."""

_HEADLINE_MAX_WORDS: Final = 35
_HEADLINE_BAD_ENDS: Final = ".,;:…-–—"

RESUME_MIN_LENGTH: Final = 200
"""After a blank line, a line of prose at least this long ends a trailer: the body resumes."""

WRAP_MAX_WIDTH: Final = 160
"""Hard-wrapped dumps break lines at a width of at most this many characters."""

QUOTE_JOIN_MAX_LINES: Final = 8
"""A quote left open at a line break is looked for closing within this many lines in all."""

_WRAP_MIN_BREAKS: Final = 2
_WRAP_MIN_FILL: Final = 0.7
_WRAP_MIN_SOFT: Final = 0.6
_WRAP_SLACK: Final = 1.1

_BULLET: Final = re.compile(rf"(?:[{re.escape(BULLETS)}]|[{re.escape(DASH_BULLETS)}](?=\s|$))\s*")
_CLAUSE_END: Final = SENTENCE_END + ':;»"”)'
_APOSTROPHE_TABLE: Final = dict.fromkeys(map(ord, APOSTROPHES), "'")  # as ROLE_NOUNS write it
_ASIDE_KINDS: Final = frozenset({LineKind.META, LineKind.TRAILER, LineKind.RELATED})


@frozen
class Block:
    """A unit of the flow: one line, or hard-wrapped lines joined; ``kind`` is TEXT or CAPTION."""

    kind: LineKind
    text: str
    number: int


@frozen
class Structure:
    """The structure-only item and every piece of markup consumed while building it.

    ``markup`` holds what is pure syntax rather than content (separator lines and the list
    bullets of related titles): with the item's texts, metadata lines included, it accounts for
    every visible character of the input.
    """

    item: NewsItem
    markup: tuple[str, ...]


@define
class _Asides:
    """What `sort_out` collects, in document order."""

    flow: list[Line] = attrs.Factory(list)
    related: list[str] = attrs.Factory(list)
    metadata: list[Meta] = attrs.Factory(list)
    markup: list[str] = attrs.Factory(list)


def strip_bullet(text: str) -> tuple[str, str]:
    """Return the list bullet opening ``text`` (or ``""``) and the rest of ``text``."""
    match = _BULLET.match(text)
    if match is None:
        return "", text
    return match.group().rstrip(), text[match.end() :]


def is_headline_like(text: str) -> bool:
    """Return whether ``text`` reads like a headline: short, one sentence, no closing period."""
    if not text or len(text) > HEADLINE_MAX_LENGTH or text[-1] in _HEADLINE_BAD_ENDS:
        return False
    if text.count(" ") + 1 > _HEADLINE_MAX_WORDS:
        return False
    return any(char.isalpha() for char in text)


def _resumes(line: Line) -> bool:
    """Return whether ``line``, after a blank line inside a trailer, is body text again."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and len(text) >= RESUME_MIN_LENGTH
        and text[-1] in _CLAUSE_END
        and not strip_bullet(text)[0]
    )


def _take_trailer_line(asides: _Asides, line: Line) -> None:
    """Add a line inside a trailer to the related titles, its bullet to the markup."""
    bullet, entry = strip_bullet(line.text)
    if bullet:
        asides.markup.append(bullet)
    if entry:
        asides.related.append(entry)


def _take_aside(asides: _Asides, line: Line) -> bool:
    """Take ``line`` if it is boilerplate, a separator, a heading or a link; say if it was."""
    kind = line.kind
    if kind is LineKind.SEPARATOR:
        if line.markup:
            asides.markup.append(line.markup)
        asides.flow.append(attrs.evolve(line, kind=LineKind.BLANK))
    elif kind in _ASIDE_KINDS and line.meta is not None:
        # A heading or link label is kept as metadata, in order with the boilerplate lines,
        # so that rendering can put it back above (or before) the titles it introduces.
        asides.metadata.append(line.meta)
        if kind is LineKind.RELATED:
            asides.related.append(line.text)
    else:
        return False
    return True


def sort_out(lines: Sequence[Line]) -> _Asides:
    """Return the flow, related titles, metadata and markup of an item's typed ``lines``."""
    asides = _Asides()
    in_trailer = False
    after_blank = False
    for line in lines:
        if _take_aside(asides, line):
            in_trailer = in_trailer or line.kind is LineKind.TRAILER
        elif line.kind is LineKind.BLANK:
            if not in_trailer:
                asides.flow.append(line)
        elif in_trailer and not (after_blank and _resumes(line)):
            _take_trailer_line(asides, line)
        else:
            if in_trailer:
                in_trailer = False
                asides.flow.append(attrs.evolve(line, kind=LineKind.BLANK, text=""))
            asides.flow.append(line)
        after_blank = line.kind in {LineKind.BLANK, LineKind.SEPARATOR}
    return asides


def _runs(flow: Sequence[Line]) -> list[list[Line]]:
    """Return the runs of consecutive non-blank lines of ``flow``."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in flow:
        if line.kind is LineKind.BLANK:
            if current:
                runs.append(current)
                current = []
        else:
            current.append(line)
    if current:
        runs.append(current)
    return runs


def is_hard_wrapped(runs: Sequence[Sequence[Line]]) -> bool:
    """Return whether the text lines of ``runs`` were broken at a fixed width.

    Wrapped text has several line breaks inside runs of text lines; the lines before those
    breaks fill most of one width (at most `WRAP_MAX_WIDTH`), no text line is wider, and
    most breaks fall mid-sentence (no sentence end before, or a lowercase letter after).
    """
    before: list[str] = []
    soft = 0
    widest = 0
    for run in runs:
        for first, second in itertools.pairwise(run):
            if first.kind is LineKind.TEXT and second.kind is LineKind.TEXT:
                before.append(first.text)
                soft += first.text[-1] not in _CLAUSE_END or second.text[0].islower()
        widest = max([widest, *(len(line.text) for line in run if line.kind is LineKind.TEXT)])
    if len(before) < _WRAP_MIN_BREAKS:
        return False
    width = max(map(len, before))
    return (
        width <= WRAP_MAX_WIDTH
        and widest <= width * _WRAP_SLACK + 2
        and statistics.median(map(len, before)) >= _WRAP_MIN_FILL * width
        and soft >= _WRAP_MIN_SOFT * len(before)
    )


def _join(parts: Sequence[Line]) -> str:
    """Return wrapped lines joined by spaces (no space after a hyphen that splits a word)."""
    pieces = [parts[0].text]
    for previous, line in itertools.pairwise(parts):
        end = previous.text
        glued = end.endswith("-") and len(end) > 1 and end[-2].isalpha() and line.text[0].isalpha()
        pieces.append(line.text if glued else " " + line.text)
    return "".join(pieces)


def _joined_blocks(run: Sequence[Line]) -> list[Block]:
    """Return the blocks of one run of a hard-wrapped flow: text lines joined, captions alone."""
    blocks: list[Block] = []
    pending: list[Line] = []

    def flush() -> None:
        if not pending:
            return
        joined = _join(pending)
        # Joining must not make a line of another kind (``Фото`` + ``з архіву`` is a credit):
        # such lines stay apart, so that the item reads back the same after rendering.
        if len(pending) > 1 and classify(joined).kind is not LineKind.TEXT:
            blocks.extend(Block(line.kind, line.text, line.number) for line in pending)
        else:
            blocks.append(Block(LineKind.TEXT, joined, pending[0].number))
        pending.clear()

    for line in run:
        if pending and line.number != pending[-1].number + 1:
            # A metadata or heading line was set aside in between: a paragraph never runs
            # across it, so each block stays one stretch of the source.
            flush()
        if line.kind is LineKind.TEXT:
            pending.append(line)
        else:
            flush()
            blocks.append(Block(line.kind, line.text, line.number))
    flush()
    return blocks


def open_quotes(text: str) -> tuple[int, ...]:
    """Return, for each pair of `QUOTE_PAIRS`, how many more quotes ``text`` opens than closes."""
    counts = []
    for opener, closers in QUOTE_PAIRS:
        count = text.count(opener)
        for closer in closers:
            count -= text.count(closer)
        counts.append(count)
    return tuple(counts)


def _leaves_open(line: Line) -> bool:
    """Return whether ``line`` is text that opens more quotes than it closes."""
    if line.kind is not LineKind.TEXT:
        return False
    text = line.text
    for opener, closers in QUOTE_PAIRS:
        # Most lines open no quote: one count settles them.
        opened = text.count(opener)
        if opened and opened > sum(map(text.count, closers)):
            return True
    return False


def _quote_end(run: Sequence[Line], start: int) -> int:
    """Return the last line of the quote left open by line ``start`` of ``run`` (or ``start``).

    The quote is closed by the first following line, within `QUOTE_JOIN_MAX_LINES` lines in
    all, after which no pair of marks is open any more; every line up to it must be text, and
    the next line of the source. Marks that never balance (``«Компанія «Назва».``, where the
    inner quote closes the outer one) join nothing.
    """
    opened = open_quotes(run[start].text)
    for end in range(start + 1, min(start + QUOTE_JOIN_MAX_LINES, len(run))):
        line = run[end]
        if line.kind is not LineKind.TEXT or line.number != run[end - 1].number + 1:
            # A metadata line set aside in between (``Фото:``): as in hard-wrapped runs, a
            # block never runs across it, so that it stays one stretch of the source.
            return start
        opened = tuple(map(operator.add, opened, open_quotes(line.text)))
        if max(opened) <= 0:
            return end
    return start


def _quoted_blocks(run: Sequence[Line]) -> list[Block]:
    """Return the blocks of one run of a flow that is not hard-wrapped, mostly one per line.

    The lines of a quote broken at a line break (see `_quote_end`) are joined as wrapped
    lines are.
    """
    blocks = [Block(line.kind, line.text, line.number) for line in run]
    starts = [index for index, line in enumerate(run) if _leaves_open(line)]
    if not starts:  # the common case: every line is a block
        return blocks
    joins: list[tuple[int, int, str]] = []
    after = 0
    for start in starts:
        if start < after:
            continue  # inside a quote already joined
        end = _quote_end(run, start)
        if end == start:
            continue
        joined = _join(run[start : end + 1])
        # As for wrapped lines, a join that reads as another kind of line is not made.
        if classify(joined).kind is LineKind.TEXT:
            joins.append((start, end, joined))
            after = end + 1
    # From the last join back, so that the indexes of earlier ones stay valid.
    for start, end, joined in reversed(joins):
        blocks[start : end + 1] = [Block(LineKind.TEXT, joined, run[start].number)]
    return blocks


def flow_blocks(flow: Sequence[Line]) -> list[Block]:
    """Return the blocks of ``flow``: joined runs if it is hard-wrapped, else one per line.

    Outside hard-wrapped flows, a quote left open at the end of a line that the next lines
    close (``«Вісті.`` / ``Полтава» ...``) makes those lines one block.
    """
    runs = _runs(flow)
    if is_hard_wrapped(runs):
        return [block for run in runs for block in _joined_blocks(run)]
    blocks: list[Block] = []
    for run in runs:
        if len(run) > 1:
            blocks.extend(_quoted_blocks(run))
        else:  # blank-line-separated layouts: nothing to join, and by far the most runs
            line = run[0]
            blocks.append(Block(line.kind, line.text, line.number))
    return blocks


@define
class _State:
    """The structure pass's cursor over the blocks and what it has built so far."""

    blocks: Sequence[Block]
    position: int = 0
    headline: str | None = None
    paragraphs: list[Paragraph] = attrs.Factory(list)


def _headline(state: _State) -> bool:
    """The first block, if it reads like a headline."""
    block = state.blocks[state.position]
    if state.position != 0 or not is_headline_like(block.text):
        return False
    state.headline = block.text
    state.position += 1
    return True


def _role_positions(text: str) -> list[int]:
    """Return the positions of the words of ``text`` that are role nouns (``КЕРІВНИК``)."""
    words = text.lower().translate(_APOSTROPHE_TABLE).split()
    return [
        index
        for index, word in enumerate(words)
        if word in ROLE_NOUNS or word.rpartition("-")[2] in ROLE_NOUNS
    ]


def _wrapped_caption(state: _State) -> str | None:
    """Return the caption at the cursor joined with its second line, if it wraps onto one.

    A broadcast caption broken over two UPPERCASE lines (``ОЛЕКСАНДР ЛУЦИК`` / ``КЕРІВНИК
    ОФІСУ``) is one caption when speech follows on the next line, the joined line still reads
    as a caption, one of the lines names a role, and the second line does not open a caption
    of its own (a role noun after a name: ``ІВАН ПЕТРЕНКО ДИРЕКТОР``).
    """
    position = state.position
    if position + 2 >= len(state.blocks):
        return None
    first, second, speech = state.blocks[position : position + 3]
    adjacent = second.number == first.number + 1 and speech.number == second.number + 1
    if not adjacent or speech.kind is not LineKind.TEXT:
        return None
    if any(char.islower() for char in second.text) or not any(map(str.isupper, second.text)):
        return None
    joined = f"{first.text} {second.text}"
    if not is_caption_like(joined):
        return None
    second_roles = _role_positions(second.text)
    if any(index > 0 for index in second_roles):
        return None
    return joined if second_roles or _role_positions(first.text) else None


def _captioned(state: _State) -> bool:
    """A caption line (or two, wrapped) and the text block right after: a captioned paragraph."""
    position = state.position
    block = state.blocks[position]
    if block.kind is not LineKind.CAPTION or position + 1 >= len(state.blocks):
        return False
    caption = _wrapped_caption(state)
    if caption is not None:
        speech = state.blocks[position + 2]
        state.paragraphs.append(Paragraph(speech.text, caption=caption))
        state.position += 3
        return True
    speech = state.blocks[position + 1]
    if speech.kind is not LineKind.TEXT:
        return False
    state.paragraphs.append(Paragraph(speech.text, caption=block.text))
    state.position += 2
    return True


def _paragraph(state: _State) -> bool:
    """Any other block: a paragraph."""
    state.paragraphs.append(Paragraph(state.blocks[state.position].text))
    state.position += 1
    return True


STRUCTURE_RULES: Final[tuple[tuple[str, Callable[[_State], bool]], ...]] = (
    ("headline", _headline),
    ("captioned", _captioned),
    ("paragraph", _paragraph),
)
"""The structure rules, tried in order at each block; the last accepts any block."""


def build(lines: Sequence[Line]) -> Structure:
    """Return the structure of an item from its typed ``lines``."""
    asides = sort_out(lines)
    state = _State(flow_blocks(asides.flow))
    while state.position < len(state.blocks):
        for _name, rule in STRUCTURE_RULES:
            if rule(state):
                break
    item = NewsItem(
        headline=state.headline,
        paragraphs=tuple(state.paragraphs),
        related=tuple(asides.related),
        metadata=tuple(asides.metadata),
    )
    return Structure(item, tuple(asides.markup))
