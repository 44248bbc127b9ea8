"""`uanews convert --workers N`: same output as one process, in input order, streaming."""

from __future__ import annotations

import itertools
import os
import threading

import uanews
import uanews.batch
from cli_support import example_items_text, jsonl, run, write_binary, write_dump
from uanews.batch import ConvertOptions, Piece, Source, Span, convert_events, read_events


def numbered_items(count: int) -> list[str]:
    """Return ``count`` item texts: the example items with a number in each headline."""
    texts = example_items_text()
    return [f"Новина {number}. {texts[number % len(texts)]}" for number in range(count)]


def test_two_workers_give_the_same_output_as_one(tmp_path, capsys, monkeypatch):
    # Small spans put many spans in flight at once, so ordering is really exercised.
    monkeypatch.setattr(uanews.batch, "BLOCKSIZE", 2000)
    first = write_dump(tmp_path / "a.txt", numbered_items(17))
    bad = write_binary(tmp_path / "b.txt")
    second = write_dump(tmp_path / "c.txt", numbered_items(5))
    one = run(["convert", first, bad, second, "--workers", "1"], capsys)
    two = run(["convert", first, bad, second, "--workers", "2"], capsys)
    assert one == two
    status, out, err = two
    assert status == 1
    assert len(jsonl(out)) == 22
    opening = [uanews.loads(line).text.split(".")[0] for line in out.splitlines()]
    assert opening == [f"Новина {n}" for n in range(17)] + [f"Новина {n}" for n in range(5)]
    assert err.endswith("converted 22 items from 3 files, 1 failed\n")


def test_two_workers_write_the_same_directory_output(tmp_path, capsys):
    write_dump(tmp_path / "in" / "a.txt", numbered_items(4))
    write_dump(tmp_path / "in" / "b.txt", numbered_items(3))
    for workers in ("1", "2"):
        argv = ["convert", tmp_path / "in", "-f", "json", "-o", f"{tmp_path / workers}/"]
        assert run([*argv, "--workers", workers], capsys)[0] == 0
    for name in ("a.json", "b.json"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_workers_read_ahead_a_bounded_number_of_items(monkeypatch):
    monkeypatch.setattr(uanews.batch, "BATCH_ITEMS", 2)
    pulled = 0
    texts = numbered_items(2)

    def endless():
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            yield Piece("<gen>", tuple(texts[number % 2].splitlines()), 1)

    results = convert_events(endless(), ConvertOptions(), workers=2)
    first_event, first_outcome = next(results)
    results.close()
    assert first_outcome.ok
    assert isinstance(first_event, Piece)
    # In flight: IN_FLIGHT_PER_WORKER batches per worker, plus the batch being filled.
    assert pulled <= (uanews.batch.IN_FLIGHT_PER_WORKER * 2 + 1) * 2


def test_reading_a_dump_splits_it_into_spans_as_it_goes(tmp_path, monkeypatch):
    monkeypatch.setattr(uanews.batch, "BLOCKSIZE", 50_000)
    dump = write_dump(tmp_path / "big.txt", numbered_items(3000))
    size = dump.stat().st_size
    events = read_events([Source(str(dump), dump)])
    spans = (event for event in events if isinstance(event, Span))
    first = next(spans)
    events.close()
    assert size > 4 * uanews.parser.decode.CHUNK_SIZE
    assert first.partition.start == 0
    assert 50_000 <= first.partition.end < uanews.parser.decode.CHUNK_SIZE


def test_one_big_dump_spreads_over_the_workers(tmp_path, monkeypatch):
    # The items of one dump file go to both workers, and come back in order.
    monkeypatch.setattr(uanews.batch, "BLOCKSIZE", 3000)
    dump = write_dump(tmp_path / "big.txt", numbered_items(12))
    events = list(read_events([Source(str(dump), dump)]))
    assert sum(isinstance(event, Span) for event in events) >= 4
    results = list(convert_events(events, ConvertOptions(extract=False), workers=2))
    pieces = [(event, outcome) for event, outcome in results if isinstance(event, Piece)]
    assert [event.first_line for event, _ in pieces] == sorted(e.first_line for e, _ in pieces)
    openings = [uanews.loads(outcome.text).text.split(".")[0] for _, outcome in pieces]
    assert openings == [f"Новина {n}" for n in range(12)]
    assert sum(event.size for event, _ in pieces) == dump.stat().st_size


def test_a_bad_byte_in_a_big_dump_costs_only_its_item_with_any_workers(
    tmp_path, capsys, monkeypatch
):
    # The bad byte lies past the decoder's first chunk and past several partitions: every
    # item before and after it comes out, the one holding it is reported by number and line.
    monkeypatch.setattr(uanews.batch, "BLOCKSIZE", 20_000)
    dump = tmp_path / "d.txt"
    items = numbered_items(300)
    text = "\n====\n".join(items)
    assert len(text.encode()) > uanews.parser.decode.CHUNK_SIZE
    dump.write_bytes(text.encode() + b"\n====\n\xff\n====\n" + items[0].encode() + b"\n")
    one = run(["convert", dump, "--no-extract", "--workers", "1"], capsys)
    two = run(["convert", dump, "--no-extract", "--workers", "2"], capsys)
    assert one == two
    status, out, err = two
    assert status == 1
    assert len(jsonl(out)) == 301
    line = text.count("\n") + 3
    assert f"d.txt:{line}: item 301 (lines {line}-{line}) is skipped: not UTF-8" in err


def test_a_named_pipe_is_read_once_as_a_stream(tmp_path, capsys):
    # A pipe cannot be read twice, so it is not split into spans: its items are read here.
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    text = "\n====\n".join(numbered_items(3)).encode()

    def feed():
        with pipe.open("wb") as writer:
            writer.write(text)

    writer = threading.Thread(target=feed)
    writer.start()
    status, out, _ = run(["convert", pipe, "--no-extract", "--workers", "2"], capsys)
    writer.join(timeout=30)
    assert status == 0
    assert [uanews.loads(line).text.split(".")[0] for line in out.splitlines()] == [
        "Новина 0",
        "Новина 1",
        "Новина 2",
    ]
