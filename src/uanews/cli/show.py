"""``uanews show``: one item readably in the terminal."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

from uanews.batch import NO_ITEMS, describe_error
from uanews.cli.arguments import positive
from uanews.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    EXIT_USAGE,
    JSON_SUFFIXES,
    TEXT_SUFFIXES,
    Streams,
)
from uanews.cli.inputs import Input, expand_inputs
from uanews.cli.json_input import iter_json_sources
from uanews.cli.outputs import STDOUT_NAME, writing
from uanews.cli.pager import page
from uanews.cli.reporting import plural, report, warn
from uanews.errors import ParseError, UanewsError
from uanews.model import NewsItem

__all__ = ["register", "run"]


def _load_one(entry: Input, index: int, streams: Streams) -> NewsItem:
    """Return item number ``index`` (1-based) of a text dump or a JSON file."""
    from uanews.parser import iter_dump  # noqa: PLC0415 - the parser only where it is used

    name = entry.source.name
    results: Iterator[NewsItem | UanewsError | OSError]
    if name.endswith(JSON_SUFFIXES):
        results = (result for _, result in iter_json_sources([entry], streams))
    elif entry.source.path is None:
        results = iter_dump(streams.stdin, source=name)
    else:
        results = iter_dump(entry.source.path, source=name)
    count = 0
    for count, result in enumerate(results, start=1):
        if not isinstance(result, NewsItem):
            raise result
        if count == index:
            return result
    if count == 0:
        # The parser reads an empty dump as zero items; say so rather than "no item 1".
        raise ParseError(NO_ITEMS, source=name)
    msg = f"{name}: has no item {index} (it holds {plural(count, 'item')})"
    raise IndexError(msg)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Show one item: text with quotes highlighted, participants, events; return the status."""
    from uanews.show import show, view_text  # noqa: PLC0415 - rich loads only for this command

    found = expand_inputs([args.input], (*TEXT_SUFFIXES, *JSON_SUFFIXES))
    inputs = found.inputs
    for problem in found.problems:
        report(streams, problem)
    for skipped in found.skipped:
        warn(streams, skipped)
    if not inputs:
        return EXIT_FAILED
    if len(inputs) > 1:
        report(streams, f"{args.input}: names {len(inputs)} files; show reads one")
        return EXIT_USAGE
    entry = inputs[0]
    try:
        item = _load_one(entry, args.item, streams)
    except (UanewsError, OSError, IndexError) as exc:
        report(streams, describe_error(exc, entry.source.name))
        return EXIT_FAILED
    with writing(STDOUT_NAME):
        if args.no_pager:
            show(item, streams.stdout, width=args.width)
        else:
            page(view_text(item, streams.stdout, width=args.width), streams.stdout)
    return EXIT_OK


def register(add_parser: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the ``show`` command and its options with ``add_parser``."""
    show = add_parser(
        "show",
        help="show one item readably in the terminal",
        description="Show an item from a text dump or a JSON file: its text with quotes "
        "coloured by speaker, then tables of the quotes, participants, events and metadata, "
        "and the related titles. On a terminal, colours (unless NO_COLOR is set; FORCE_COLOR "
        "forces them) and paging through $PAGER, or less.",
        epilog=EXIT_STATUS_HELP,
    )
    show.add_argument("input", metavar="INPUT", help="one text dump or JSON file, or - for stdin")
    show.add_argument(
        "-n",
        "--item",
        type=positive,
        default=1,
        metavar="N",
        help="which item of the input, counting from 1 (default 1)",
    )
    show.add_argument(
        "--width",
        type=positive,
        metavar="COLUMNS",
        help="output width in columns (default: the terminal's)",
    )
    show.add_argument(
        "--no-pager",
        action="store_true",
        help="write straight to the terminal instead of through $PAGER (default less)",
    )
    show.set_defaults(handler=run)
