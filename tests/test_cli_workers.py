"""`uanews convert --workers N`: same output as one process, in input order, streaming."""

from __future__ import annotations

import itertools

import uanews
import uanews.batch
from cli_support import example_items_text, jsonl, run, write_binary, write_dump
from uanews.batch import ConvertOptions, Piece, Source, convert_events, read_events


def numbered_items(count: int) -> list[str]:
    """Return ``count`` item texts: the example items with a number in each headline."""
    texts = example_items_text()
    return [f"Новина {number}. {texts[number % len(texts)]}" for number in range(count)]


def test_two_workers_give_the_same_output_as_one(tmp_path, capsys, monkeypatch):
    # Small batches put many batches in flight at once, so ordering is really exercised.
    monkeypatch.setattr(uanews.batch, "BATCH_ITEMS", 3)
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


def test_reading_a_dump_streams_it(tmp_path):
    dump = write_dump(tmp_path / "big.txt", numbered_items(3000))
    size = dump.stat().st_size
    events = read_events([Source(str(dump), dump)])
    pieces = (event for event in events if isinstance(event, Piece))
    first = next(pieces)
    read_so_far = first.size
    events.close()
    assert size > 2 * uanews.parser.decode.CHUNK_SIZE
    assert read_so_far <= uanews.parser.decode.CHUNK_SIZE
