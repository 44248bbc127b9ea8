"""`uanews.partition`: a dump split into byte ranges of whole items reads as `iter_dump` reads."""

from __future__ import annotations

import io
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_support import example_items_text, write_dump
from text_strategies import dump_texts
from uanews.errors import DecodeError
from uanews.parser import decode, iter_dump
from uanews.parser.split import is_separator, split_items
from uanews.partition import (
    Partition,
    iter_chunks,
    iter_partitions,
    parse_partition,
    scan_partitions,
)

SEPARATORS = ["\n====\n", "\n\f\n", "\r\n===\r\n", "\n  =====  \n\n", "\n====\n\n====\n", "\r===\r"]
ENCODINGS = ["utf-8", "utf-8-sig", "cp1251", "koi8_u", "utf-16", "utf-32"]
DAMAGE = [b"\x00", b"\xff", b"\x98", b"\xc3", b"\xe2\x80"]


@st.composite
def dump_bytes(draw) -> bytes:
    """Return a generated dump: items of the format's constructs, any separator, any encoding.

    Sometimes bytes that do not decode are put somewhere, to check that partitioning keeps
    the items before them and the error that `iter_dump` gives.
    """
    items = draw(st.lists(dump_texts(), max_size=8))
    text = draw(st.sampled_from(SEPARATORS)).join(items)
    if draw(st.booleans()):
        text = draw(st.sampled_from(["", "====\n", "\n\n"])) + text + "\n"
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(DAMAGE)) + data[at:]
    return data


def read_whole(path: Path) -> tuple[list, str | None]:
    """Return the numbered chunks of the dump read whole, and the error that stopped it."""
    chunks = []
    try:
        with path.open("rb") as stream:
            chunks.extend(enumerate(split_items(decode.iter_lines(stream, source="d")), start=1))
    except DecodeError as error:
        return chunks, str(error)
    return chunks, None


def read_partitions(partitions: list[Partition]) -> tuple[list[list], str | None]:
    """Return the numbered chunks of each partition, and the error that stopped the last."""
    chunks: list[list] = []
    for number, partition in enumerate(partitions):
        chunks.append([])
        try:
            chunks[-1].extend(iter_chunks(partition, source="d"))
        except DecodeError as error:
            assert number == len(partitions) - 1, "only the last partition may fail"
            return chunks, str(error)
    return chunks, None


def check_tiling(partitions: list[Partition], chunks: list[list], size: int, blocksize: int):
    """Partitions cover the file end to end, and each holds the items it says it holds."""
    assert [partition.index for partition in partitions] == list(range(len(partitions)))
    if partitions:
        assert partitions[0].start == 0
        assert partitions[-1].end == size
    for before, after in itertools.pairwise(partitions):
        assert before.end == after.start
        assert before.size >= blocksize
        assert before.items is not None
        assert after.first_item == before.first_item + before.items
    for partition, held in zip(partitions, chunks, strict=True):
        if partition.items is not None:
            assert partition.items >= 1
            assert [number for number, _ in held] == list(
                range(partition.first_item, partition.first_item + partition.items)
            )
            assert all(chunk.first_line >= partition.first_line for _, chunk in held)


@settings(max_examples=max(20, settings.default.max_examples // 2))
@given(
    data=dump_bytes(),
    blocksize=st.integers(1, 400),
    chunk_size=st.sampled_from([7, 64, 300, 1 << 20]),
)
def test_partitions_read_back_exactly_what_the_whole_dump_gives(data, blocksize, chunk_size):
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as directory:
        # A small decoder chunk puts block ends and held-back cuts inside generated dumps.
        patch.setattr(decode, "CHUNK_SIZE", chunk_size)
        path = Path(directory) / "dump.txt"
        path.write_bytes(data)
        expected, expected_error = read_whole(path)
        partitions = list(iter_partitions(path, blocksize=blocksize))
        chunks, error = read_partitions(partitions)
    check_tiling(partitions, chunks, len(data), blocksize)
    # Every item is in exactly one partition, in order, with its number and lines.
    assert [entry for held in chunks for entry in held] == expected
    assert error == expected_error
    if not expected and expected_error is None:
        # No items: no partition, but where only the streaming decoder can tell (UTF-16).
        assert all(partition.items is None for partition in partitions)


@st.composite
def utf8_dumps(draw) -> bytes:
    """Return a generated dump in UTF-8 without damage: every item can be parsed."""
    items = draw(st.lists(dump_texts(), min_size=1, max_size=6))
    text = draw(st.sampled_from(SEPARATORS)).join(items)
    return text.replace("\x00", "").encode("utf-8", errors="replace")


@settings(max_examples=max(10, settings.default.max_examples // 5))
@given(data=utf8_dumps(), blocksize=st.integers(1, 300))
def test_parsing_the_partitions_gives_what_iter_dump_gives(data, blocksize):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "dump.txt"
        path.write_bytes(data)
        expected = list(iter_dump(path, source="d", extract=False))
        parsed = [
            result
            for partition in iter_partitions(path, blocksize=blocksize)
            for result in parse_partition(partition, source="d", extract=False)
        ]
    assert [result.error for result in parsed] == [None] * len(parsed)
    assert [result.item for result in parsed] == expected
    assert [result.number for result in parsed] == list(range(1, len(expected) + 1))


def test_a_big_dump_spreads_over_partitions_with_whole_dump_numbers(tmp_path):
    texts = [f"Новина {number}. {text}" for number, text in enumerate(example_items_text() * 20)]
    dump = write_dump(tmp_path / "big.txt", texts)
    partitions = list(iter_partitions(dump, blocksize=4096))
    assert len(partitions) > 10
    assert all(partition.encoding == "utf-8" for partition in partitions)
    data = dump.read_bytes()
    for partition in partitions[:-1]:  # each ends right after a separator line
        assert data[partition.end - 1 : partition.end] == b"\n"
        assert is_separator(data[: partition.end].decode().splitlines()[-1])
    parsed = [
        result for partition in partitions for result in parse_partition(partition, extract=False)
    ]
    items = list(iter_dump(dump, extract=False))
    assert [result.item for result in parsed] == items
    lines = dump.read_text("utf-8").split("\n")
    for result, text in zip(parsed, texts, strict=True):  # the chunk starts after its separator
        assert is_separator(lines[result.first_line - 2]) or result.first_line == 1
        assert next(line for line in lines[result.first_line - 1 :] if line) == text.split("\n")[0]


def test_an_item_that_fails_costs_only_that_item(tmp_path):
    # A line holding a NUL cannot be the text of an item, yet the dump decodes up to it.
    good = example_items_text()
    dump = tmp_path / "dump.txt"
    dump.write_bytes("\n====\n".join([good[0], good[1], good[0]]).encode())
    partitions = list(iter_partitions(dump, blocksize=1))
    assert len(partitions) == 3
    results = [result for partition in partitions for result in parse_partition(partition)]
    assert [result.number for result in results] == [1, 2, 3]
    assert all(result.item is not None for result in results)


def test_undecodable_bytes_cost_only_their_item(tmp_path):
    texts = [f"Новина {number}. {text}" for number, text in enumerate(example_items_text() * 20)]
    data = "\n====\n".join(texts).encode()
    dump = tmp_path / "dump.txt"
    dump.write_bytes(data + b"\n====\nbad \xff byte\n====\n" + texts[0].encode() + b"\n")
    partitions = list(iter_partitions(dump, blocksize=2048))
    assert partitions[-1].encoding is None
    assert partitions[-1].items is None
    results = [
        result for partition in partitions for result in parse_partition(partition, extract=False)
    ]
    # iter_dump stops at the bad item; the partitions report it and go on with the next.
    with pytest.raises(DecodeError) as whole:
        list(iter_dump(dump, extract=False))
    assert [result.number for result in results] == list(range(1, len(texts) + 3))
    bad = results[len(texts)]
    assert bad.item is None
    assert bad.error is not None
    assert "is skipped: not UTF-8" in bad.error
    assert str(whole.value).split(": ")[0] in bad.error  # the same file and line
    good = [result.number for result in results if result.error is None]
    assert good == [number for number in range(1, len(texts) + 3) if number != len(texts) + 1]
    assert all(result.item is not None for result in results if result.error is None)


def test_a_utf16_dump_is_one_partition(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_bytes("\n====\n".join(example_items_text()).encode("utf-16"))
    (partition,) = iter_partitions(dump, blocksize=1)
    assert partition.encoding is None
    assert [result.item for result in parse_partition(partition)] == list(iter_dump(dump))


def test_an_empty_dump_has_no_partitions(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text("\n====\n  \n====\n", encoding="utf-8")
    assert list(iter_partitions(dump)) == []


def test_scanning_yields_partitions_while_it_reads():
    texts = [f"Новина {number}. {text}" for number, text in enumerate(example_items_text() * 1500)]
    stream = io.BytesIO("\n====\n".join(texts).encode())
    size = len(stream.getvalue())
    assert size > 4 * decode.CHUNK_SIZE
    partitions = scan_partitions(stream, path="big.txt", blocksize=1000)
    first = next(partitions)
    assert first.end < decode.CHUNK_SIZE
    assert stream.tell() <= 3 * decode.CHUNK_SIZE


def test_a_blocksize_below_one_byte_is_refused(tmp_path):
    dump = write_dump(tmp_path / "d.txt", example_items_text())
    with pytest.raises(ValueError, match="blocksize"):
        list(iter_partitions(dump, blocksize=0))
