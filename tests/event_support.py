"""Helpers shared by the event tests: the events of a kind, and their participants' names."""

from __future__ import annotations

from uanews.model import Event, EventKind, NewsItem


def events_of(item: NewsItem, kind: EventKind) -> list[Event]:
    """Return the events of ``kind`` in ``item``, in text order."""
    return [event for event in item.events if event.kind is kind]


def only_event(item: NewsItem, kind: EventKind) -> Event:
    """Return the one event of ``kind`` in ``item``; fail the test if there is not exactly one."""
    found = [event for event in item.events if event.kind is kind]
    assert len(found) == 1, item.events
    return found[0]


def event_names(item: NewsItem, event: Event) -> list[str]:
    """Return the names of ``event``'s participants, in the event's order."""
    return [item.participant(participant_id).name for participant_id in event.participants]
