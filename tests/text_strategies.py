"""Hypothesis strategies for plain-text news: items in the format's domain and raw line soups.

``format_items`` builds structure-only items that the format can write (see docs/format.md,
"Domain"); ``dumps_text`` builds arbitrary text made of the format's constructs (headlines,
captions, boilerplate, trailers, hard-wrapped runs, separators) mixed with any Unicode.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

from strategies import provenances
from uanews.model import Meta, MetaKey, NewsItem, Paragraph
from uanews.parser.blocks import LineKind, classify
from uanews.parser.events.lexicon import MONTH_NAMES_GENITIVE
from uanews.parser.layout import is_headline_like
from uanews.parser.lexicon_layout import TRAILER_HEADINGS
from uanews.render import heading_shares
from uanews.text import clean_line, normalize_input

LOWER = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
UPPER = LOWER.upper()

_any_text = st.text(st.characters(codec="utf-8"), max_size=30)

_JOINERS = "ʼ’-"

words = st.builds(
    lambda lead, letter, rest: lead + letter + rest,
    st.text(_JOINERS, max_size=1),
    st.sampled_from(LOWER),
    st.text(LOWER + _JOINERS, max_size=7),
)
"""A lower-case word: letters, apostrophes and hyphens, at least one letter (built, not filtered:
a filter on joiners-only text rejects so much that hypothesis gives up under load)."""
names = st.builds(
    lambda first, rest: first + rest, st.sampled_from(UPPER), st.text(LOWER, min_size=1, max_size=8)
)
"""A capitalised Ukrainian-looking name."""


VOCABULARY = [
    "міська",
    "рада",
    "ухвалила",
    "бюджет",
    "на",
    "наступний",
    "рік",
    "депутати",
    "обговорили",
    "ремонт",
    "доріг",
    "у",
    "селах",
    "області",
    "голова",
    "повідомив",
    "що",
    "гроші",
    "отримають",
    "школи",
    "лікарні",
    "та",
    "громади",
    "Харкова",
    "Львова",
    "Києва",
    "п'ять",
    "зустріч",
    "відбулася",
    "вчора",
    "в",
    "онлайн-режимі",
    "учасники",
    "підписали",
    "угоду",
    "про",
    "співпрацю",
    "її",
    "єдиний",
    "ґанок",
    "їхні",
]
"""Real Ukrainian words, for text whose letters occur as often as in news."""

ukrainian_text = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=40).map(" ".join)
"""Ukrainian-looking prose made of :data:`VOCABULARY`."""


@st.composite
def sentences(draw: st.DrawFn, *, end: str | None = None) -> str:
    """Return a capitalised sentence of Cyrillic words, quotes, dashes and numbers."""
    head = draw(names)
    body = draw(
        st.lists(
            st.one_of(
                words,
                names,
                # Quote marks, balanced or not: a quote may open in one line, close in another.
                st.sampled_from(["–", "—", "-", "«так»", "2021", "IT", "«Наше", "місто»", "„так"]),
            ),
            min_size=1,
            max_size=14,
        )
    )
    closing = draw(st.sampled_from(".!?…")) if end is None else end
    return " ".join([head, *body]) + closing


def _clean(text: str) -> bool:
    """Say whether ``text`` is one line exactly as the parser would store it."""
    return bool(text) and clean_line(normalize_input(text)) == text


def _cleaned(text: str) -> str:
    """Return ``text`` as the parser stores a line: normalised, spaces cleaned (idempotent)."""
    return clean_line(normalize_input(text))


_clean_any_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).map(_cleaned)
"""Any one clean line (or the empty string): most raw Unicode holds characters the parser
deletes, so raw text is cleaned rather than filtered for being clean."""


def _kind(text: str) -> LineKind:
    return classify(text).kind


paragraph_texts = st.one_of(
    st.lists(sentences(), min_size=1, max_size=3).map(" ".join),
    st.lists(sentences(), min_size=1, max_size=3).map(" ".join),
    _clean_any_text,
).filter(lambda text: _clean(text) and _kind(text) is LineKind.TEXT)
"""Paragraph texts in the domain: one clean line that reads as plain text."""

headlines = st.one_of(
    sentences(end=""),
    sentences(end="?"),
    _clean_any_text,
).filter(
    lambda text: (
        _clean(text) and is_headline_like(text) and _kind(text) in {LineKind.TEXT, LineKind.CAPTION}
    )
)
"""Headlines in the domain: one clean line that reads like a headline."""

captions = (
    st.lists(st.text(UPPER, min_size=2, max_size=10), min_size=2, max_size=6)
    .map(" ".join)
    .filter(lambda text: _kind(text) is LineKind.CAPTION)
)
"""Broadcast captions: ``NAME SURNAME ROLE`` in capitals."""

related_titles = st.one_of(
    sentences(end=""),
    sentences(end="?"),
    _clean_any_text,
).filter(lambda text: _clean(text) and _kind("- " + text) in {LineKind.TEXT, LineKind.CAPTION})
"""Related titles in the domain: the rendered ``- title`` line reads as plain text."""


@st.composite
def metas(draw: st.DrawFn) -> Meta:
    """Return a boilerplate line of a known shape, with the key and value it must parse to."""
    name = " ".join(draw(st.lists(names, min_size=1, max_size=3)))
    tags = ", ".join(draw(st.lists(words, min_size=1, max_size=3)))
    views = draw(st.integers(0, 10**6))
    year, month, day = (draw(st.integers(*bounds)) for bounds in ((1990, 2030), (1, 12), (1, 28)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date = f"{year:04d}-{month:02d}-{day:02d}"
    buttons = draw(
        st.lists(
            st.sampled_from(["Facebook", "Telegram", "Viber", "Копіювати посилання"]),
            min_size=1,
            max_size=5,
        )
    )
    shapes = [
        Meta(MetaKey.PHOTO, name, f"Фото: {name}"),
        Meta(MetaKey.SOURCE, name, f"Джерело: {name}"),
        Meta(MetaKey.AUTHOR, name, f"Автор: {name}"),
        Meta(MetaKey.TAGS, tags, f"Теги: {tags}"),
        Meta(MetaKey.VIEWS, str(views), f"{views} переглядів"),
        Meta(
            MetaKey.PUBLISHED,
            f"{date}T{hour:02d}:{minute:02d}",
            f"{day:02d}.{month:02d}.{year} {hour:02d}:{minute:02d}",
        ),
        Meta(MetaKey.PUBLISHED, date, f"{day} {MONTH_NAMES_GENITIVE[month - 1]} {year}"),
        Meta(MetaKey.SHARE, ", ".join(buttons), " | ".join(buttons)),
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def heading_metas(draw: st.DrawFn, *, dashes: bool = True) -> Meta:
    """Return a trailer heading or link label in any letter case, as `parse` stores it."""
    words = draw(st.sampled_from(sorted(TRAILER_HEADINGS)))
    words = draw(st.sampled_from([words, words.upper(), words.capitalize()]))
    words = words.replace("ʼ", draw(st.sampled_from(["ʼ", "'", "’"])))
    ends = ["", ":", " :", *([" -", " –", " —"] if dashes else [])]
    return Meta(MetaKey.HEADING, words, words + draw(st.sampled_from(ends)))


def _dash_label(meta: Meta) -> bool:
    return meta.key is MetaKey.HEADING and meta.text.endswith(("-", "–", "—"))


@st.composite
def format_asides(draw: st.DrawFn) -> tuple[tuple[str, ...], tuple[Meta, ...]]:
    """Return related titles and metadata, headings among them, that render can write back.

    Titles need a heading; each dash-ended label needs a title of its own; if the last heading
    is a dash label given several titles, an earlier heading must be able to stand alone.
    """
    metadata = draw(st.lists(st.one_of(metas(), heading_metas()), max_size=5))
    related = draw(st.lists(related_titles, max_size=4))
    headings = [meta for meta in metadata if meta.key is MetaKey.HEADING]
    if related and not headings:
        heading = draw(heading_metas(dashes=False))
        metadata.insert(draw(st.integers(0, len(metadata))), heading)
        headings.append(heading)
    missing = sum(map(_dash_label, headings)) - len(related)
    if missing > 0:
        related += draw(st.lists(related_titles, min_size=missing, max_size=missing))
    if headings and _dash_label(headings[-1]):
        alone_before = any(not _dash_label(meta) for meta in headings[:-1])
        if not alone_before and heading_shares(headings, len(related))[-1] > 1:
            # A dash label cannot introduce several titles: give the list a heading before it
            # that can stand alone (drawn in, not assumed: rejecting would waste the example).
            last = max(index for index, meta in enumerate(metadata) if meta is headings[-1])
            metadata.insert(draw(st.integers(0, last)), draw(heading_metas(dashes=False)))
    return tuple(related), tuple(metadata)


@st.composite
def format_paragraphs(draw: st.DrawFn) -> Paragraph:
    """Return a paragraph in the domain, with a caption one time in three."""
    caption = draw(st.none() | st.none() | captions)
    return Paragraph(draw(paragraph_texts), caption=caption)


@st.composite
def format_items(draw: st.DrawFn) -> NewsItem:
    """Return a structure-only item in the format's domain (see docs/format.md)."""
    headline = draw(st.none() | headlines)
    paragraphs = draw(st.lists(format_paragraphs(), max_size=5))
    if headline is None and paragraphs:
        # Without a headline the lede must not read like one, and cannot carry a caption.
        ledes = st.lists(sentences(end="."), min_size=1, max_size=3).map(" ".join)
        lede = draw(ledes.filter(lambda text: _kind(text) is LineKind.TEXT))
        paragraphs[0] = Paragraph(lede)
    related, metadata = draw(format_asides())
    # Provenance of some earlier reading: rendering does not carry it.
    provenance = draw(provenances)
    item = NewsItem(
        headline=headline,
        paragraphs=tuple(paragraphs),
        related=related,
        metadata=metadata,
        **provenance,
    )
    if not (item.headline or item.paragraphs or item.related or item.metadata):
        return NewsItem(headline=draw(headlines), **provenance)
    return item


@st.composite
def wrapped(draw: st.DrawFn) -> str:
    """Return a paragraph hard-wrapped at a fixed width, as old dumps have them."""
    text = " ".join(draw(st.lists(sentences(), min_size=3, max_size=6)))
    return "\n".join(textwrap.wrap(text, width=draw(st.integers(30, 90))))


_pieces = st.one_of(
    sentences(),
    sentences(end=""),
    captions,
    st.tuples(captions, captions).map(lambda pair: f"{pair[0]}\nКЕРІВНИК {pair[1]}"),
    metas().map(lambda meta: meta.text),
    st.sampled_from(sorted(TRAILER_HEADINGS)).map(str.upper),
    st.sampled_from(sorted(TRAILER_HEADINGS)).map(lambda h: h.capitalize() + ":"),
    st.builds(lambda title: "Читайте також: " + title, sentences(end="")),
    heading_metas().map(lambda meta: meta.text),
    st.builds(lambda meta, title: f"{meta.text} {title}", heading_metas(), sentences(end="")),
    st.builds(lambda title: "- " + title, sentences(end="")),
    st.sampled_from(["", "", "  ", "====", "\f", "-", "•", "\u00a0", "\t"]),
    wrapped(),
    _any_text,
    st.lists(sentences(), min_size=4, max_size=8).map(" ".join),
)


@st.composite
def dump_texts(draw: st.DrawFn) -> str:
    """Return text made of the format's constructs and any Unicode, with any line ends."""
    lines = draw(st.lists(_pieces, min_size=1, max_size=14))
    return draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"])).join(lines)


_body_pieces = st.one_of(
    sentences(),
    sentences(end=""),
    captions,
    wrapped(),
    _any_text,
    st.lists(sentences(), min_size=4, max_size=8).map(" ".join),
    st.sampled_from(["", "", "  ", "\u00a0", "\t"]),
)


@st.composite
def body_texts(draw: st.DrawFn) -> str:
    """Return text of headlines, captions and paragraphs only, with any line ends.

    Unlike `dump_texts` it holds no separators, boilerplate, trailer headings or lists, so
    almost every draw parses without asides (those few are still possible, from any Unicode).
    """
    lines = draw(st.lists(_body_pieces, min_size=1, max_size=14))
    return draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"])).join(lines)
