"""The fuzz targets of ``tests/fuzz`` as bounded hypothesis tests, and their crash inputs replayed.

atheris runs the same targets for as long as one likes (``python -m tests.fuzz TARGET``);
here each gets a bounded number of examples, random bytes and structured inputs alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import uanews
from fuzz import targets
from strategies import news_items
from text_strategies import dump_texts

CRASHES = Path(__file__).parent / "fuzz" / "crashes"
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "koi8_u", "utf-16")


def _crash_inputs() -> list[pytest.param]:
    return [
        pytest.param(path.parent.name, path, id=f"{path.parent.name}/{path.stem}")
        for path in sorted(CRASHES.glob("*/*.bin"))
    ]


def test_every_target_has_a_directory_name_and_every_crash_a_target():
    assert set(targets.TARGETS) == {
        "parse_bytes",
        "parse_str",
        "loads",
        "iter_jsonl",
        "cli_convert",
    }
    assert {path.name for path in CRASHES.iterdir()} <= set(targets.TARGETS)
    assert len(_crash_inputs()) >= 10


@pytest.mark.parametrize(("target", "path"), _crash_inputs())
def test_crash_inputs_found_so_far_pass_now(target, path):
    targets.TARGETS[target](path.read_bytes())


@st.composite
def encoded_dumps(draw, *, corrupt: bool):
    """Return a dump in one of the supported encodings, one byte made bad if ``corrupt``."""
    text = draw(dump_texts())
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if corrupt and data:
        position = draw(st.integers(0, len(data) - 1))
        bad = draw(st.sampled_from([b"\xff", b"\x00", b"\xc0", b"\x98"]))
        data = data[:position] + bad + data[position + 1 :]
    return data


@given(st.binary(max_size=2000) | encoded_dumps(corrupt=False) | encoded_dumps(corrupt=True))
def test_parse_bytes_target(data):
    targets.parse_bytes(data)


@given(st.binary(max_size=2000) | dump_texts().map(lambda text: b"\x00" + text.encode()))
def test_parse_str_target(data):
    targets.parse_str(data)


@st.composite
def json_documents(draw):
    """Return the JSON of a valid item, maybe with one byte changed or a BOM in front."""
    data = uanews.dumps(draw(news_items())).encode()
    how = draw(st.sampled_from(["as is", "byte", "bom", "float version"]))
    if how == "byte":
        position = draw(st.integers(0, len(data) - 1))
        data = data[:position] + bytes([draw(st.integers(0, 255))]) + data[position + 1 :]
    elif how == "bom":
        data = b"\xef\xbb\xbf" + data
    elif how == "float version":
        data = data.replace(b'"schema_version":1', b'"schema_version":1.0', 1)
    return data


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | json_documents())
def test_loads_target(data):
    targets.loads(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=500) | st.lists(json_documents(), max_size=4).map(b"\n".join))
def test_iter_jsonl_target(data):
    targets.iter_jsonl(data)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([b"\x01", b"\x03"]),
    st.binary(max_size=600) | encoded_dumps(corrupt=False) | encoded_dumps(corrupt=True),
)
def test_cli_convert_target(flags, data):
    targets.cli_convert(flags + data)
