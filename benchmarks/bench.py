"""Throughput and memory of uanews: library calls, the CLI on a generated dump, and a ceiling.

Usage::

    python benchmarks/bench.py [--size-mb N] [--keep DIR]      # the synthetic dump
    python benchmarks/bench.py --corpus DIR [--dump-mb N]      # real texts: cost a word
    python benchmarks/bench.py --growth DIR [--max-kb N]       # one item of growing size
    python benchmarks/bench.py --names-mb N                    # memory with ever new names

Without ``--corpus`` or ``--growth`` it generates a dump of about N MB (default 10; the
performance page uses 100) by repeating the items of the shipped example dump with a running
number in each, then prints one table:

* items/s for ``parse`` (full extraction and structure only), ``dumps`` and ``loads``;
* ``uanews convert big.txt --format jsonl -o out.jsonl --workers N`` for N = 1 and 2: MB/s of
  input and the peak resident memory of the largest process (``ru_maxrss`` of its children,
  measured in a fresh wrapper process per run so runs do not mix), also on a dump a quarter
  the size to show that memory does not grow with the input;
* the ceiling for the same file: read, split into items and paragraphs, ``json.dumps`` each,
  no extraction, one process.

``--corpus DIR`` reads the ``.txt`` files of ``DIR`` (each one item; the dev corpus is
``../shared/corpus/dev/raw``, never copied into the repository) and prints, per word of those
texts, the CPU cost of parsing them with cold caches (a fresh process per round; the pymorphy3
and langdetect dictionaries are loaded first and not counted) and with warm caches (the same
texts again in that process), beside the cost of one pymorphy3 ``parse()`` of every token of
the same texts, as ratios; then
items/s, the speed-up of ``uanews convert --workers 2`` over one worker on a dump of those
texts repeated to ``--dump-mb`` MB (default 4; wall time, so it needs an idle machine: the
load averages before and after are printed, with a note when the load makes the wall ratio
meaningless; beside it the bound that the CPU times give, under any load), and
the CPU time of ``import uanews`` as a multiple of an empty interpreter's start (and of
loading the parser, which ``import uanews`` leaves to first use).

``--growth DIR`` parses one item made of the paragraphs of ``DIR``'s texts (in a fixed
shuffled order, so that every size has the same mix of texts), repeated to sizes from 10 KB
to ``--max-kb`` KB (default 1000), with warm caches, and prints the time of each size (CPU
time of the process, best of at least one second of runs), the quotes, participants, their
mentions and the events found in it, and the exponent of the least-squares fit of log time
on log size: 1 is linear. Paragraphs that read as interview turns are left out (see
`news_paragraphs`), so that the item stays narration at every size.

``--names-mb N`` writes items made up for the benchmark, each naming people and an
organisation no other item names, and prints the peak memory of ``uanews convert --workers 1``
on a quarter of N MB and on N MB: process-wide caches must not grow with the input.

This is a script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import uanews
from uanews.parser import parse

EXAMPLE_DUMP = Path(__file__).parent.parent / "examples" / "dumps" / "seeds.txt"
SEPARATOR = "\n====\n\n"
MB = 1_000_000
MIN_SECONDS = 2.0


def seed_texts() -> list[str]:
    """Return the item texts of the example dump."""
    raw = EXAMPLE_DUMP.read_text(encoding="utf-8")
    return [part.strip("\n") + "\n" for part in raw.split("\n====\n") if part.strip()]


def generate_dump(path: Path, size_mb: float) -> int:
    """Write a dump of about ``size_mb`` MB to ``path``; return how many items it holds."""
    texts = seed_texts()
    limit = int(size_mb * MB)
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            # A running number varies every item, so nothing can be cached between them.
            text = f"{count + 1}. {texts[count % len(texts)]}"
            chunk = text if count == 0 else SEPARATOR + text
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            count += 1
    return count


def rate(work: Callable[[], int]) -> float:
    """Return how many units per second ``work`` does, repeating it for at least 2 s."""
    units = 0
    start = time.perf_counter()
    while True:
        units += work()
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            return units / elapsed


def library_rates() -> dict[str, float]:
    """Return items/s of parse (extract and structure only), dumps and loads."""
    texts = seed_texts()
    items = [parse(text) for text in texts]
    encoded = [uanews.dumps(item) for item in items]

    def parse_all() -> int:
        for text in texts:
            parse(text)
        return len(texts)

    def parse_structure() -> int:
        for text in texts:
            parse(text, extract=False)
        return len(texts)

    def dumps_all() -> int:
        for item in items:
            uanews.dumps(item)
        return len(items)

    def loads_all() -> int:
        for text in encoded:
            uanews.loads(text)
        return len(encoded)

    return {
        "parse (extract)": rate(parse_all),
        "parse (structure only)": rate(parse_structure),
        "dumps": rate(dumps_all),
        "loads": rate(loads_all),
    }


def measure_command(command: list[str]) -> tuple[float, int, float]:
    """Run ``command`` from a fresh wrapper process; return (wall s, peak RSS KiB, CPU s)."""
    wrapper = [sys.executable, __file__, "--measure", "--", *command]
    result = subprocess.run(wrapper, capture_output=True, text=True, check=True)  # noqa: S603 - our own interpreter and script
    seconds, peak, cpu = result.stdout.split()
    return float(seconds), int(peak), float(cpu)


_PR_SET_CHILD_SUBREAPER = 36


def _adopt_orphans() -> None:
    """Have the processes that ``command`` leaves behind become this process's children.

    The workers of ``uanews convert --workers N`` are forked by a fork server, which ends
    just after the command: as a "child subreaper" (Linux) this process inherits it and, by
    waiting for it, counts its CPU time and its workers'. Elsewhere nothing changes.
    """
    if sys.platform.startswith("linux"):
        import ctypes  # noqa: PLC0415 - only here

        ctypes.CDLL(None).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _measure_here(command: list[str]) -> None:
    """Run ``command``; print its wall time, and the peak RSS and CPU time of all it started.

    The wall time ends when the command does; the processes it left (the fork server) are
    waited for afterwards.
    """
    _adopt_orphans()
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - the command bench.py built
    elapsed = time.perf_counter() - start
    while True:
        try:
            os.wait()
        except ChildProcessError:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss  # KiB on Linux
    print(f"{elapsed:.6f} {peak} {usage.ru_utime + usage.ru_stime:.6f}")


def uanews_command() -> list[str]:
    """Return the command that runs the ``uanews`` CLI with this interpreter."""
    return [sys.executable, "-m", "uanews"]


def cli_run(dump: Path, output: Path, workers: int) -> tuple[float, int, float]:
    """Return (MB/s, peak RSS KiB, CPU s) of converting ``dump`` to JSON Lines with ``workers``.

    The CPU time is that of every process of the run (the workers' too).
    """
    command = [
        *uanews_command(),
        "convert",
        str(dump),
        "--format",
        "jsonl",
        "-o",
        str(output),
        "--workers",
        str(workers),
        "--quiet",
    ]
    seconds, peak, cpu = measure_command(command)
    return dump.stat().st_size / MB / seconds, peak, cpu


def _paragraph_chunks(path: Path) -> Iterator[list[str]]:
    """Yield each item of the dump at ``path`` as its list of paragraphs (blank-line blocks)."""
    paragraphs: list[str] = []
    current: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.strip() == "====":
                if current:
                    paragraphs.append(" ".join(current))
                yield paragraphs
                paragraphs, current = [], []
            elif not line.strip():
                if current:
                    paragraphs.append(" ".join(current))
                current = []
            else:
                current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs:
        yield paragraphs


def ceiling(dump: Path, output: Path) -> float:
    """Return MB/s of reading, splitting into paragraphs and ``json.dumps`` with no extraction."""
    start = time.perf_counter()
    with output.open("w", encoding="utf-8") as out:
        for paragraphs in _paragraph_chunks(dump):
            out.write(json.dumps({"paragraphs": paragraphs}, ensure_ascii=False))
            out.write("\n")
    return dump.stat().st_size / MB / (time.perf_counter() - start)


def count_items(path: Path) -> int:
    """Return how many items the CLI wrote to the JSON Lines file at ``path``."""
    with path.open(encoding="utf-8") as lines:
        return sum(1 for line in lines if line.strip())


# --------------------------------------------------------------------------- real texts

WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’`‘][^\W\d_]+)*")
COLD_ROUNDS = 3
IMPORT_RUNS = 7
GROWTH_BAR = 1.1
GROWTH_SEED = 10
COLD_BAR = 2.0
WARM_BAR = 1.2
WORKERS_BAR = 1.8
IMPORT_BAR = 5.0


def corpus_texts(directory: Path) -> list[str]:
    """Return the texts of the ``.txt`` files of ``directory``, by file name."""
    files = sorted(directory.glob("*.txt"))
    if not files:
        msg = f"{directory}: no .txt files"
        raise SystemExit(msg)
    return [file.read_text(encoding="utf-8") for file in files]


def _cold_round(directory: Path) -> None:
    """In this fresh process: print CPU seconds to parse the texts cold, warm, and pymorphy3's.

    The dictionaries are loaded before the clock starts (the pymorphy3 analyser, and
    langdetect's profiles, which uanews loads on first use): both sides need them once per
    process, and they are no cache. Prints ``cold warm baseline words``: the baseline is one
    ``parse()`` of every token, best of three.
    """
    texts = corpus_texts(directory)
    from uanews.lang import _factory  # noqa: PLC0415 - loaded here, off the clock
    from uanews.parser.morph import analyzer  # noqa: PLC0415 - the same

    morph = analyzer()
    _factory()
    tokens = [word for text in texts for word in WORD.findall(text)]
    start = time.process_time()
    for text in texts:
        parse(text)
    cold = time.process_time() - start
    warm = math.inf
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            parse(text)
        warm = min(warm, time.process_time() - start)
    baseline = math.inf
    for _ in range(3):
        start = time.process_time()
        for token in tokens:
            morph.parse(token)
        baseline = min(baseline, time.process_time() - start)
    print(f"{cold:.6f} {warm:.6f} {baseline:.6f} {len(tokens)}")


def import_costs() -> tuple[float, float, float]:
    """Return CPU ms of ``import uanews``, of that and loading the parser, and of ``pass``.

    Each is the median over fresh interpreters of the child's user and system time, so other
    load on the machine does not count.
    """

    def median_cpu(code: str) -> float:
        times = []
        for _ in range(IMPORT_RUNS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our interpreter
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        return statistics.median(times) * 1000

    return (
        median_cpu("import uanews"),
        median_cpu("import uanews; uanews.parse"),
        median_cpu("pass"),
    )


def write_corpus_dump(texts: Sequence[str], path: Path, size_mb: float) -> int:
    """Write ``texts`` repeated (numbered) to about ``size_mb`` MB at ``path``; return the items."""
    limit = int(size_mb * MB)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            text = f"{count + 1}. {texts[count % len(texts)].strip()}\n"
            chunk = text if count == 0 else SEPARATOR + text
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            count += 1
    return count


def corpus_report(directory: Path, dump_mb: float) -> int:
    """Print cold and warm cost a word against pymorphy3, workers and import; return 0."""
    texts = corpus_texts(directory)
    rounds = []
    for _ in range(COLD_ROUNDS):
        command = [sys.executable, __file__, "--cold-round", str(directory)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 - our own script
        cold, warm, baseline, words = result.stdout.split()
        rounds.append((float(cold), float(warm), float(baseline), int(words)))
    words = rounds[0][3]
    cold = statistics.median(r[0] for r in rounds)
    warm = statistics.median(r[1] for r in rounds)
    baseline = statistics.median(r[2] for r in rounds)
    per_word = 1e6 / words
    print(f"# {len(texts)} texts from {directory}, {words:,} words (tokens)")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"# {os.cpu_count()} CPUs, load average {load} (wall times need an idle machine)")
    print(f"# CPU time, median of {COLD_ROUNDS} fresh processes; warm, pymorphy3: best of 3 each")
    print()
    print(f"| {'measure':<46} | {'result':>16} |")
    print(f"| {'-' * 46} | {'-' * 16}:|")
    print(f"| {'parse, cold caches':<46} | {cold * per_word:>10.2f} µs/word |")
    print(f"| {'parse, warm caches':<46} | {warm * per_word:>10.2f} µs/word |")
    print(f"| {'pymorphy3 parse() of every token':<46} | {baseline * per_word:>10.2f} µs/word |")
    print(f"| {'cold / pymorphy3 (goal <= 2)':<46} | {cold / baseline:>15.2f}x |")
    print(f"| {'warm / pymorphy3 (goal <= 1.2)':<46} | {warm / baseline:>15.2f}x |")
    print(f"| {'parse, cold caches':<46} | {len(texts) / cold:>8.0f} items/s |")
    print(f"| {'parse, warm caches':<46} | {len(texts) / warm:>8.0f} items/s |")
    if workers_report(texts, dump_mb) != 0:
        return 1
    loaded, parser, empty = import_costs()
    print(f"| {'import uanews, new interpreter (CPU)':<46} | {loaded:>13.0f} ms |")
    print(f"| {'import uanews / empty interpreter (goal <= 5)':<46} | {loaded / empty:>15.2f}x |")
    print(f"| {'  and loading the parser (uanews.parse)':<46} | {parser:>13.0f} ms |")
    return 0


QUIET_LOAD = 0.5
"""Load average (1 minute) at the start of the workers runs below which the machine is quiet."""
FULL_CORE = 0.9
"""Share of a core one worker must get (CPU time / wall time) for its wall time to count."""


def _load() -> str:
    """Return the load averages of 1, 5 and 15 minutes, as text."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def wall_note(start_load: float, one_share: float) -> str | None:
    """Return why the wall ratio of the workers runs means nothing, or None if it may count.

    ``start_load`` is the 1-minute load average before the runs (their own processes are not
    in it yet); ``one_share`` the CPU time of ``--workers 1`` over its wall time, the share of
    a core it got. Two workers need both cores: other work on the machine takes from them.
    """
    reasons = []
    if start_load >= QUIET_LOAD:
        reasons.append(f"load average {start_load:.2f} at the start (quiet: below {QUIET_LOAD})")
    if one_share < FULL_CORE:
        reasons.append(f"--workers 1 got {one_share:.2f} of a core (at least {FULL_CORE})")
    if not reasons:
        return None
    return "other work shared the cores: " + "; ".join(reasons)


def workers_report(texts: Sequence[str], dump_mb: float) -> int:
    """Print one and two workers' speed (wall) and CPU on a dump of ``texts``; return 0 if ok.

    The two outputs must be the same bytes. The load averages before and after the runs are
    printed beside the wall ratio, with a note when the machine was too busy for it to mean
    anything; the bound from the CPU times holds under any load.
    """
    start_load = os.getloadavg()[0]
    load_before = _load()
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / "corpus.txt"
        items = write_corpus_dump(texts, dump, dump_mb)
        speeds: dict[int, float] = {}
        cpus: dict[int, float] = {}
        for workers in (1, 2):
            out = Path(scratch) / f"out{workers}.jsonl"
            speeds[workers], _peak, cpus[workers] = cli_run(dump, out, workers)
            if count_items(out) != items:
                print(f"CLI wrote {count_items(out)} items, expected {items}", file=sys.stderr)
                return 1
        outputs = [(Path(scratch) / f"out{workers}.jsonl").read_bytes() for workers in (1, 2)]
        if outputs[0] != outputs[1]:
            print("--workers 1 and --workers 2 wrote different output", file=sys.stderr)
            return 1
    load_after = _load()
    walls = {workers: dump_mb / speeds[workers] for workers in (1, 2)}
    label = f"CLI --workers 1, {dump_mb:g} MB dump"
    print(f"| {label:<46} | {speeds[1]:>11.2f} MB/s |")
    for workers in (1, 2):
        label = f"CLI --workers {workers}: wall; CPU (all processes)"
        result = f"{walls[workers]:.2f}; {cpus[workers]:.2f} s"
        print(f"| {label:<46} | {result:>16} |")
        label = f"  cores it used: CPU / wall (at most {workers})"
        print(f"| {label:<46} | {cpus[workers] / walls[workers]:>16.2f} |")
    speedup = speeds[2] / speeds[1]
    note = wall_note(start_load, cpus[1] / walls[1])
    met = verdict(speedup, WORKERS_BAR, higher=True) if note is None else "(not measured)"
    print(f"| {'--workers 2 / --workers 1, wall (goal >= 1.8)':<46} | {speedup:>15.2f}x |")
    print(f"| {'  verdict (wall time: needs an idle machine)':<46} | {met:>16} |")
    print(f"| {'  load average before the runs (1/5/15 min)':<46} | {load_before:>16} |")
    print(f"| {'  load average after them':<46} | {load_after:>16} |")
    # One worker on a free core takes its CPU time in wall time; two cores give at most
    # twice the CPU time in the same wall time. So on two free cores two workers are at
    # most 2 x CPU(1) / CPU(2) times faster: what the CPU times say under any load.
    bound = 2 * cpus[1] / cpus[2]
    met = verdict(bound, WORKERS_BAR, higher=True)
    print(f"| {'  at most, on 2 free cores: 2 CPU(1) / CPU(2)':<46} | {bound:>15.2f}x |")
    print(f"| {'  verdict':<46} | {met:>16} |")
    if note is not None:
        print(f"note: the wall ratio means nothing here, {note}; the CPU bound still holds")
    if sys.flags.dont_write_bytecode:
        print(
            "note: PYTHONDONTWRITEBYTECODE is set: unless the package's .pyc files exist, each"
            " fresh process (the one worker, the fork server) compiles its modules first"
        )
    return 0


# --------------------------------------------------------------------------- new names

_SYLLABLES = ("ко", "ва", "лен", "ри", "ден", "ма", "сю", "тар", "бо", "гу", "ни", "чен")
_FIRST_NAMES = ("Олег", "Тарас", "Богдан", "Ігор", "Роман", "Василь", "Андрій", "Степан")
_OFFICES = ("директор", "начальник", "голова", "керівник")
_BODIES = ("підприємства", "управління", "фонду", "агенції")


def _invented(number: int, length: int = 3) -> str:
    """Return a made-up word stem of ``length`` syllables for ``number`` (distinct numbers)."""
    letters = []
    for _ in range(length):
        number, digit = divmod(number, len(_SYLLABLES))
        letters.append(_SYLLABLES[digit])
    return "".join(letters).capitalize() + _SYLLABLES[number % len(_SYLLABLES)]


def names_item(number: int) -> str:
    """Return a short news item, written for the benchmark, naming people no other item names."""
    first = _FIRST_NAMES[number % len(_FIRST_NAMES)]
    surname = _invented(number * 2 + 1) + "енко"
    other = _invented(number * 2) + "чук"
    office = f"{_OFFICES[number % len(_OFFICES)]} {_BODIES[number % len(_BODIES)]}"
    company = _invented(number + 7)
    return (
        f"{number + 1}. Нарада в {company}\n\n"
        f"{office.capitalize()} «{company}» {first} {surname} провів нараду з працівниками. "
        f"За його словами, роботи завершать до кінця року.\n\n"
        f"«Ми маємо встигнути до морозів», — сказав {surname}. Його заступник Петро {other} "
        f"додав, що на ремонт виділили {number % 90 + 10} мільйонів гривень.\n"
    )


def write_names_dump(path: Path, size_mb: float) -> int:
    """Write a dump of `names_item` items to about ``size_mb`` MB at ``path``; return the items."""
    limit = int(size_mb * MB)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            text = names_item(count)
            chunk = text if count == 0 else SEPARATOR + text
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            count += 1
    return count


def names_report(size_mb: float) -> int:
    """Print the peak memory of one worker on dumps of new names, a quarter and all of it."""
    print("# items naming new people and organisations each, written for the benchmark")
    print(f"| {'measure':<46} | {'result':>16} |")
    print(f"| {'-' * 46} | {'-' * 16}:|")
    with tempfile.TemporaryDirectory() as scratch:
        for size in (size_mb / 4, size_mb):
            dump = Path(scratch) / "names.txt"
            items = write_names_dump(dump, size)
            out = Path(scratch) / "names.jsonl"
            _speed, peak, _cpu = cli_run(dump, out, 1)
            if count_items(out) != items:
                print(f"CLI wrote {count_items(out)} items, expected {items}", file=sys.stderr)
                return 1
            label = f"--workers 1, {size:g} MB ({items:,} items): peak RSS"
            print(f"| {label:<46} | {peak / 1024:>12.0f} MiB |")
    return 0


# --------------------------------------------------------------------------- growth


def paragraphs_of(directory: Path) -> list[str]:
    """Return the paragraphs (blank-line blocks, lines joined) of the texts of ``directory``."""
    found = []
    for text in corpus_texts(directory):
        for block in re.split(r"\n\s*\n", text):
            paragraph = " ".join(line.strip() for line in block.splitlines() if line.strip())
            if paragraph:
                found.append(paragraph)
    return found


# A paragraph that ends in a question mark (after closing marks or brackets), or opens with
# a label and a colon (``Питання:``, ``Кор.:``): the form of an interviewer's turn.
_QUESTION_END = re.compile(r"\?[\s»”“\"')\]]*$")
_TURN_LABEL = re.compile(r"[^\W\d_]+\.?[ \t]*:")


def news_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Return ``paragraphs`` without those that have the form of an interview's turns.

    One growth item mixes the paragraphs of many texts. The quote stage reads an item with
    two question paragraphs and a word such as ``інтерв'ю`` as an interview, and then every
    paragraph after the first question is an answer, which the event stage does not read as
    narration: the item would find fewer events the larger it grows. Left out are the
    paragraphs that end in a question mark (most are headlines and rhetorical questions of
    the texts) and those that open with a label and a colon (``Питання:``); what is left is
    narration, quotes and their attributions, so the item stays like news at every size.
    """
    return [
        paragraph
        for paragraph in paragraphs
        if not _QUESTION_END.search(paragraph) and not _TURN_LABEL.match(paragraph)
    ]


def growth_item(paragraphs: Sequence[str], size: int) -> str:
    """Return one item of about ``size`` bytes: a headline, then ``paragraphs`` repeated."""
    parts = ["Новини дня"]
    written = len(parts[0].encode("utf-8"))
    index = 0
    while written < size:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        written += len(paragraph.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(parts) + "\n"


def growth_report(directory: Path, max_kb: int) -> int:
    """Print the time to parse one item of growing size and the fitted exponent; return 0."""
    every = paragraphs_of(directory)
    paragraphs = news_paragraphs(every)
    # A fixed shuffle: every size gets the same mix of the texts (in file order the first
    # hundred kilobytes hold other kinds of text than the rest, and cost less a kilobyte).
    random.Random(GROWTH_SEED).shuffle(paragraphs)
    sizes = [10]
    while sizes[-1] * 2 < max_kb:
        sizes.append(sizes[-1] * 2)
    sizes.append(max_kb)
    # Warm every cache with each paragraph once, so that every size is measured alike.
    parse(growth_item(paragraphs, sum(len(p.encode("utf-8")) + 2 for p in paragraphs)))
    print(
        f"# one item of {len(paragraphs)} of the {len(every)} paragraphs of {directory} (not"
        " those with the form of interview turns) in a fixed shuffled order, repeated;"
        " warm caches"
    )
    print("# CPU seconds of this process (other load on the machine does not count), best of runs")
    print("# found: quotes (of them interview answers), participants, their mentions, events")
    print()
    print(
        f"| {'size':>8} | {'paragraphs':>10} | {'CPU s':>9} | {'ms a KB':>8} | {'quotes':>10}"
        f" | {'particip.':>9} | {'mentions':>8} | {'events':>6} |"
    )
    print(
        f"| {'-' * 7}: | {'-' * 9}: | {'-' * 8}: | {'-' * 7}: | {'-' * 9}: | {'-' * 8}:"
        f" | {'-' * 7}: | {'-' * 5}: |"
    )
    points = []
    for kb in sizes:
        text = growth_item(paragraphs, kb * 1000)
        best = math.inf
        spent = 0.0
        item = None
        while spent < 1.0 or best == math.inf:
            gc.collect()
            start = time.process_time()
            item = parse(text)
            took = time.process_time() - start
            best, spent = min(best, took), spent + took
        assert item is not None  # noqa: S101 - the loop ran at least once
        points.append((math.log(kb), math.log(best)))
        count = text.count("\n\n")
        answers = sum(quote.kind == "interview" for quote in item.quotes)
        quotes = f"{len(item.quotes)} ({answers})"
        mentions = sum(len(participant.mentions) for participant in item.participants)
        print(
            f"| {kb:>5} KB | {count:>10} | {best:>9.3f} | {best / kb * 1000:>8.2f} | {quotes:>10}"
            f" | {len(item.participants):>9} | {mentions:>8} | {len(item.events):>6} |"
        )
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum(
        (x - mean_x) ** 2 for x, _ in points
    )
    print()
    print(
        f"fitted exponent (log time on log size): {slope:.2f} (goal <= {GROWTH_BAR}):"
        f" {verdict(round(slope, 2), GROWTH_BAR, higher=False)}"
    )
    return 0


def verdict(value: float, bar: float, *, higher: bool) -> str:
    """Return ``met`` when ``value`` reaches ``bar`` (at least, or at most), else ``NOT met``."""
    met = value >= bar if higher else value <= bar
    return "met" if met else "NOT met"


def main(argv: list[str]) -> int:
    """Generate the dump, run every measurement and print the table."""
    if argv[:2] == ["--measure", "--"]:
        _measure_here(argv[2:])
        return 0
    if argv[:1] == ["--cold-round"]:
        _cold_round(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description="uanews throughput and memory")
    parser.add_argument("--size-mb", type=float, default=10.0, help="dump size (default 10)")
    parser.add_argument("--keep", type=Path, help="write the dump and outputs here, keep them")
    parser.add_argument("--corpus", type=Path, help="measure on the .txt files of this directory")
    parser.add_argument("--dump-mb", type=float, default=4.0, help="--corpus dump size for workers")
    parser.add_argument("--growth", type=Path, help="growth curve of paragraphs of this directory")
    parser.add_argument(
        "--workers-only",
        type=Path,
        metavar="DIR",
        help="only the --workers 1 and 2 part of --corpus, on a dump of DIR's texts",
    )
    parser.add_argument("--max-kb", type=int, default=1000, help="--growth: largest item (KB)")
    parser.add_argument(
        "--names-mb",
        type=float,
        help="peak memory on a dump of this size whose items all name new people",
    )
    return report(parser.parse_args(argv))


def report(args: argparse.Namespace) -> int:
    """Run the measurement the command line asked for and print it; return the exit status."""
    if args.names_mb is not None:
        return names_report(args.names_mb)
    if args.corpus is not None:
        return corpus_report(args.corpus, args.dump_mb)
    if args.workers_only is not None:
        print(f"| {'measure':<46} | {'result':>16} |")
        print(f"| {'-' * 46} | {'-' * 16}:|")
        return workers_report(corpus_texts(args.workers_only), args.dump_mb)
    if args.growth is not None:
        return growth_report(args.growth, args.max_kb)
    return synthetic_report(args.size_mb, args.keep)


def synthetic_report(size_mb: float, keep: Path | None) -> int:
    """Generate the synthetic dump, run its measurements and print the table; return 0 if ok."""
    with tempfile.TemporaryDirectory() as scratch:
        work = keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        big, quarter = work / "big.txt", work / "quarter.txt"
        items = generate_dump(big, size_mb)
        generate_dump(quarter, size_mb / 4)
        size = big.stat().st_size / MB
        print(f"# uanews {uanews_version()} benchmark, {time.strftime('%Y-%m-%d')}")
        print(
            f"# {platform.python_implementation()} {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}"
        )
        print(f"# dump: {size:.1f} MB, {items} items (example items repeated, numbered)")
        print()
        print(f"| {'measure':<44} | {'result':>22} |")
        print(f"| {'-' * 44} | {'-' * 22}:|")
        for name, value in library_rates().items():
            print(f"| {name:<44} | {value:>14,.0f} items/s |")
        speeds: dict[int, float] = {}
        for workers in (1, 2):
            out = work / f"out{workers}.jsonl"
            speed, peak, _cpu = cli_run(big, out, workers)
            speeds[workers] = speed
            written = count_items(out)
            if written != items:
                print(f"CLI wrote {written} items, expected {items}", file=sys.stderr)
                return 1
            label = f"CLI --workers {workers}, {size:.3g} MB"
            print(f"| {label:<44} | {speed:>17.2f} MB/s |")
            print(f"| {'  peak RSS (largest process)':<44} | {peak / 1024:>19.0f} MiB |")
            _, quarter_peak, _ = cli_run(quarter, work / f"quarter{workers}.jsonl", workers)
            label = f"  peak RSS on a {size / 4:.3g} MB dump (streaming check)"
            print(f"| {label:<44} | {quarter_peak / 1024:>19.0f} MiB |")
        if (work / "out1.jsonl").read_bytes() != (work / "out2.jsonl").read_bytes():
            print("--workers 1 and --workers 2 wrote different output", file=sys.stderr)
            return 1
        speedup = speeds[2] / speeds[1]
        print(f"| {'speed-up of --workers 2 over --workers 1':<44} | {speedup:>21.2f}x |")
        speed = ceiling(big, work / "ceiling.jsonl")
        print(f"| {'ceiling: read + split + json.dumps, 1 process':<44} | {speed:>17.2f} MB/s |")
    return 0


def uanews_version() -> str:
    """Return the version of the uanews being measured."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - only here

    try:
        return version("uanews")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
