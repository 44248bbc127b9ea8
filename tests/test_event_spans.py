"""`SpanSet` answers like a scan over its spans, overlapping or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from uanews.parser.events.spans import SpanSet

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda pair: (pair[0], sum(pair))),
    max_size=12,
)


@given(spans, st.integers(0, 90), st.integers(0, 90))
def test_span_set_agrees_with_a_scan(items, low, high):
    start, end = min(low, high), max(low, high)
    found = SpanSet(items)
    assert found.covers(start) == any(a <= start < b for a, b in items)
    assert found.overlaps(start, end) == any(a < end and start < b for a, b in items)
    inside = [b for a, b in items if start <= a and b <= end and a < end]
    assert found.within(start, end) == bool(inside)
    assert found.last_end_within(start, end) == (max(inside) if inside else None)
