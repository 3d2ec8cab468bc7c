"""Events across articles: the same event told by several articles is one entry of the timeline,
with each telling linked and what the tellings disagree on (dates, numbers) said plainly.

Two tellings are the same event when they share the action (its lemma), at least one
participant's page (the same actor or place across articles) and a compatible date: the same
value or one inside the other ('2026-03' holds '2026-03-02'); undated tellings join only
tellings from articles published within a few days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

DATED = re.compile(r"^(\d{4}|FY\d{4})")
NEAR_DAYS = 3
"""Undated tellings of one action by the same actors count as one event within this many days."""


@dataclass
class Telling:
    """One article's telling of an event: its sheet, the event item and the date that dates it."""

    sheet: Any
    event: dict[str, Any]
    date: dict[str, Any] | None

    @property
    def value(self) -> str:
        value = str((self.date or {}).get("value") or "")
        return value if DATED.match(value) else ""


Difference = tuple[str, list[tuple[Telling, str]]]


@dataclass
class EventGroup:
    """One event and every article that tells it, the earliest published first."""

    tellings: list[Telling] = field(default_factory=list)

    @property
    def head(self) -> Telling:
        return self.tellings[0]

    @property
    def value(self) -> str:
        """The most precise date any telling gives."""
        return max((t.value for t in self.tellings), key=len, default="")

    def differences(self) -> list[Difference]:
        """What the tellings disagree on: ('dates', [(telling, '2026-03-02'), ...])."""
        out: list[Difference] = []
        values = {t.value for t in self.tellings if t.value}
        if len(values) > 1 and not nested(values):
            out.append(("dates", [(t, t.value) for t in self.tellings if t.value]))
        numbers = [(t, ", ".join(sentence_numbers(t))) for t in self.tellings]
        if len({n for _, n in numbers if n}) > 1:
            out.append(("numbers", [(t, n) for t, n in numbers if n]))
        return out


def sentence_numbers(telling: Telling) -> list[str]:
    sentence = telling.event.get("sentence")
    return [
        str(n.get("value"))
        for n in telling.sheet.data.get("numbers") or []
        if n.get("sentence") == sentence and sentence is not None
    ]


def nested(values: set[str]) -> bool:
    """Every value is a prefix of the longest: the same date told more or less precisely."""
    longest = max(values, key=len)
    return all(longest.startswith(v) for v in values)


def group_events(
    sheets: list[Any], pages_of: Callable[[Any, dict[str, Any]], set[str]]
) -> list[EventGroup]:
    """Every event of SHEETS in a group with its other tellings. PAGES_OF gives the keys of the
    entity pages an event's participants belong to. A telling joins the earliest group with its
    action, a page in common and a compatible date: the groups are found through an index by
    (action, page), so a common action across a large collection costs no scan of every group."""
    groups: list[EventGroup] = []
    joined: dict[tuple[str, str], list[int]] = {}
    """(action, page) -> the positions in GROUPS of the groups with that action and page."""
    for sheet in sorted(sheets, key=lambda s: (s.published, s.id)):
        dates = {d.get("id"): d for d in sheet.data.get("dates") or [] if isinstance(d, dict)}
        for event in sheet.data.get("events") or []:
            if not isinstance(event, dict) or not event.get("did"):
                continue
            telling = Telling(sheet, event, dates.get(event.get("when")))
            pages = pages_of(sheet, event)
            action = str(event.get("lemma") or event["did"]).lower()
            candidates = sorted({n for page in pages for n in joined.get((action, page), [])})
            found = next((n for n in candidates if compatible(groups[n], telling)), None)
            if found is None:
                found = len(groups)
                groups.append(EventGroup([telling]))
            elif all(t.sheet is not sheet for t in groups[found].tellings):
                groups[found].tellings.append(telling)
            else:
                continue
            for page in pages:
                positions = joined.setdefault((action, page), [])
                if found not in positions:
                    positions.append(found)
    return groups


def compatible(group: EventGroup, telling: Telling) -> bool:
    if telling.value and group.value:
        return group.value.startswith(telling.value) or telling.value.startswith(group.value)
    if telling.value or group.value:
        return False
    return days_apart(group.head.sheet.published, telling.sheet.published) <= NEAR_DAYS


def days_apart(first: str, second: str) -> int:
    try:
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return NEAR_DAYS + 1
