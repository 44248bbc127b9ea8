"""One bad byte costs at most its own item: decoding and splitting resynchronise at separators.

A dump used to be decoded a megabyte at a time and given up at the first bad byte, so a
single ``\\xff`` or NUL lost every item after it (and the items before it in the same chunk).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli_support import jsonl, run
from text_strategies import sentences
from uanews.batch import ConvertOptions, Failure, Piece, Source, convert_events, read_events
from uanews.parser.decode import CHUNK_SIZE

SEPARATOR = "\n====\n\n"
BAD_BYTES = (b"\xff", b"\x00", b"\xfe", b"\xc0")
"""Bytes that are never text in a UTF-8 dump: invalid in UTF-8, or NUL."""


def _item(number: int) -> str:
    return (
        f"Новина номер {number} про роботу міської ради\n\n"
        f"Депутати розглянули питання номер {number} і ухвалили рішення про ремонт доріг.\n"
        "Голова комісії пояснив, що кошти виділять з резервного фонду громади."
    )


def _convert(data: bytes, name: str = "dump.txt") -> tuple[list[str], list[str]]:
    """Return the serialised items and the failure messages of converting ``data``."""
    items: list[str] = []
    failures: list[str] = []
    events = read_events([Source(name)], stdin=io.BytesIO(data))
    for event, outcome in convert_events(events, ConvertOptions(extract=False)):
        if isinstance(event, Failure):
            failures.append(event.message)
        elif isinstance(event, Piece) and outcome is not None:
            (items if outcome.ok else failures).append(outcome.text)
    return items, failures


def test_a_nul_in_the_middle_item_of_three_costs_only_that_item(tmp_path, capsys):
    parts = [_item(1), _item(2).replace("ради", "ра\x00ди", 1), _item(3)]
    dump = tmp_path / "dump.txt"
    dump.write_bytes(SEPARATOR.join(parts).encode())
    status, out, err = run(["convert", dump, "--no-extract"], capsys)
    assert status == 1
    assert [item["headline"] for item in jsonl(out)] == [
        "Новина номер 1 про роботу міської ради",
        "Новина номер 3 про роботу міської ради",
    ]
    assert f"uanews: {dump}:7: item 2 (lines 6-10) is skipped: binary data" in err
    assert "column 37" in err
    assert err.endswith("converted 2 items from 1 file, 1 failed\n")


@pytest.mark.parametrize("where", ["offset 100", "before item 338"])
def test_one_bad_byte_in_a_dump_larger_than_a_chunk_costs_one_item(tmp_path, capsys, where):
    parts = [_item(number) + " Додатковий текст." * 70 for number in range(1, 674)]
    data = SEPARATOR.join(parts).encode()
    assert len(data) > CHUNK_SIZE
    if where == "offset 100":
        position = 100
        lost = 1
    else:
        position = data.index("Новина номер 338 ".encode()) + 2
        lost = 338
    dump = tmp_path / "dump.txt"
    dump.write_bytes(data[:position] + b"\xff" + data[position:])
    status, out, err = run(["convert", dump, "--no-extract", "-q"], capsys)
    assert status == 1
    headlines = [item["headline"] for item in jsonl(out)]
    assert len(headlines) == 672
    assert not any(f"номер {lost} " in headline for headline in headlines)
    assert err.count("uanews: ") == 1
    assert f"item {lost} (lines" in err
    assert "not UTF-8: byte 0xff at column" in err


@st.composite
def dumps_with_one_bad_byte(draw):
    """Return (clean dump, dump with one byte of item k made bad, k)."""
    count = draw(st.integers(2, 6))
    items = [
        draw(sentences()) + "\n\n" + " ".join(draw(st.lists(sentences(), min_size=2, max_size=4)))
        for _ in range(count)
    ]
    encoded = [item.encode() for item in items]
    joiner = SEPARATOR.encode()
    k = draw(st.integers(0, count - 1))
    start = sum(len(part) + len(joiner) for part in encoded[:k])
    position = start + draw(st.integers(0, len(encoded[k]) - 1))
    clean = joiner.join(encoded)
    bad = draw(st.sampled_from(BAD_BYTES))
    if draw(st.booleans()):
        corrupted = clean[:position] + bad + clean[position + 1 :]
    else:
        corrupted = clean[:position] + bad + clean[position:]
    return clean, corrupted, k


@given(dumps_with_one_bad_byte())
def test_corrupting_one_byte_of_item_k_loses_at_most_item_k(case):
    clean, corrupted, k = case
    before, before_failures = _convert(clean)
    assert not before_failures
    after, failures = _convert(corrupted)
    assert after == before[:k] + before[k + 1 :]
    assert len(failures) == 1
    assert f": item {k + 1} (lines" in failures[0]
