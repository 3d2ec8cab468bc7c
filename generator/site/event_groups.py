"""Events across articles: the same event told by several articles is one entry of the timeline,
with each telling linked and what the tellings disagree on (dates, numbers) said plainly.

Two tellings are the same event when they share the action (its lemma, and the verb it governs:
'expected to arrive' is not 'expected to be cremated'), an actor's page (the same actor across
articles) or else a place by the same unnamed doer or on the same thing, the same doer
when both name one, and a compatible date: the same value or one a step more precise ('2026-03'
holds '2026-03-02'; a year does not hold a day, since 'killed 3,800 this year' is not 'killed four
on Tuesday'); undated tellings join only tellings from articles published within a few days
that are told alike (see told_alike); tellings that each say what the event is about must share
a word of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from generator.names import stems

DATED = re.compile(r"^(\d{4}|FY\d{4})")
NEAR_DAYS = 3
"""Undated tellings of one action by the same actors count as one event within this many days."""
PARTICLES = frozenset({"up", "down", "out", "off", "back", "in", "over", "away"})
"""'set up' is not 'set', nor 'called off' 'called'."""


@dataclass(frozen=True)
class EventPages:
    """The entity pages an event's doers belong to, those of the others it involves, and its
    place's."""

    doers: frozenset[str]
    others: frozenset[str]
    places: frozenset[str] = frozenset()

    @property
    def actors(self) -> frozenset[str]:
        return self.doers | self.others

    @property
    def all(self) -> frozenset[str]:
        return self.doers | self.others | self.places


@dataclass
class Telling:
    """One article's telling of an event: its sheet, the event item, the date that dates it and
    the pages of those who take part."""

    sheet: Any
    event: dict[str, Any]
    date: dict[str, Any] | None
    pages: EventPages = EventPages(frozenset(), frozenset())

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

    @property
    def doers(self) -> frozenset[str]:
        return frozenset().union(*(t.pages.doers for t in self.tellings))

    def differences(self) -> list[Difference]:
        """What the tellings disagree on: ('dates', [(telling, '2026-03-02'), ...]), and the
        numbers that count the same thing ([(telling, '28 people arrested'), (telling, '30 people
        arrested')])."""
        out: list[Difference] = []
        values = {t.value for t in self.tellings if t.value}
        if len(values) > 1 and not nested(values):
            out.append(("dates", [(t, t.value) for t in self.tellings if t.value]))
        numbers = number_differences(self.tellings)
        if numbers:
            out.append(("numbers", numbers))
        return out


Counted = tuple[str, str, frozenset[str]]
"""A number of a telling's sentence: its value and what it counts as written ('28 people
arrested'), its amount, and the stems of what it counts."""


def counted(telling: Telling) -> list[Counted]:
    """The numbers of the telling's sentence; only the event's own when what it acts on holds
    one ('Sharratt will face three murder charges' in a sentence that also gives another man's
    13 counts)."""
    sentence = telling.event.get("sentence")
    if sentence is None:
        return []
    numbers = [
        n
        for n in telling.sheet.data.get("numbers") or []
        if isinstance(n, dict) and n.get("sentence") == sentence and n.get("what")
    ]
    acted_on = str(telling.event.get("what") or "")
    own = [n for n in numbers if written_in(str(n.get("value")), acted_on)]
    return [
        (
            f"{n.get('value')} {n['what']}",
            str(n.get("amount") or n.get("value")),
            content_stems(n["what"]),
        )
        for n in own or numbers
    ]


def written_in(value: str, text: str) -> bool:
    """VALUE as a whole in TEXT: '2' is not in '12 counts'."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def number_differences(tellings: list[Telling]) -> list[tuple[Telling, str]]:
    """The first thing two or more tellings count differently, each telling's number for it; a
    number counts the same thing as another when their `what` share two words (or all of the
    shorter's): 'Taliban killed' and 'Taliban insurgents killed', not 'people killed' and
    'people wounded'."""
    told = [(t, counted(t)) for t in tellings]
    for _telling, numbers in told:
        for _value, _amount, kind in numbers:
            same = [
                (other, value, amount)
                for other, theirs in told
                for value, amount, what in theirs
                if len(what & kind) >= min(2, len(what), len(kind))
            ]
            per_telling: dict[int, tuple[Telling, str, str]] = {}
            for other, value, amount in same:
                per_telling.setdefault(id(other), (other, value, amount))
            if len(per_telling) > 1 and len({a for _, _, a in per_telling.values()}) > 1:
                return [(t, v) for t, v, _ in per_telling.values()]
    return []


def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's words that say what it is about (see generator.names.stems)."""
    return stems(text, FUNCTION)


FUNCTION = frozenset(
    "about after against another before between during from into other over since than that "
    "their them these they this those through under until upon were which while with within".split()
)
"""Words of four letters or more that say nothing of what is counted ('prices after the fall')."""


def nested(values: set[str]) -> bool:
    """Every value is a prefix of the longest: the same date told more or less precisely."""
    longest = max(values, key=len)
    return all(longest.startswith(v) for v in values)


def action_key(event: dict[str, Any]) -> str:
    """What an event does, for grouping: its lemma, and the verb it governs ('expected to arrive':
    expect arriv; 'began deploying': begin deplo) or its particle ('set up')."""
    words = str(event["did"]).lower().split()
    key = [str(event.get("lemma") or event["did"]).lower()]
    if len(words) > 1 and words[1].endswith("ing"):
        key.append(words[1][:5])  # 'began deploying' is not 'began the cease-fire'
    elif "to" in words[:-1]:
        governed = [w for w in words[words.index("to") + 1 :] if w not in {"be", "have", "been"}]
        key += [governed[0][:5]] if governed else []
    elif len(words) > 1 and words[-1] in PARTICLES:
        key.append(words[-1])
    return " ".join(key)


def group_events(
    sheets: list[Any], pages_of: Callable[[Any, dict[str, Any]], EventPages]
) -> list[EventGroup]:
    """Every event of SHEETS in a group with its other tellings. PAGES_OF gives the entity pages
    of an event's doers and others. A telling joins the earliest group with its action, a page in
    common and a compatible date: the groups are found through an index by (action, page), so a
    common action across a large collection costs no scan of every group."""
    groups: list[EventGroup] = []
    joined: dict[tuple[str, str], list[int]] = {}
    """(action, page) -> the positions in GROUPS of the groups with that action and page."""
    for sheet in sorted(sheets, key=lambda s: (s.published, s.id)):
        dates = {d.get("id"): d for d in sheet.data.get("dates") or [] if isinstance(d, dict)}
        for event in sheet.data.get("events") or []:
            if not isinstance(event, dict) or not event.get("did"):
                continue
            pages = pages_of(sheet, event)
            telling = Telling(sheet, event, dates.get(event.get("when")), pages)
            action = action_key(event)
            candidates = sorted({n for page in pages.all for n in joined.get((action, page), [])})
            found = next((n for n in candidates if compatible(groups[n], telling)), None)
            if found is None:
                found = len(groups)
                groups.append(EventGroup([telling]))
            elif all(t.sheet is not sheet for t in groups[found].tellings):
                groups[found].tellings.append(telling)
            else:
                continue
            for page in pages.all:
                positions = joined.setdefault((action, page), [])
                if found not in positions:
                    positions.append(found)
    return groups


def compatible(group: EventGroup, telling: Telling) -> bool:
    head = group.head
    if not head.pages.actors & telling.pages.actors and not same_scene(head, telling):
        return False
    doers = group.doers
    if doers and telling.pages.doers and not doers & telling.pages.doers:
        return False  # 'Washington does not expect' is not 'Iraqis expect'
    whats = [content_stems(t.event.get("what") or "") for t in (head, telling)]
    if all(whats) and not whats[0] & whats[1]:
        return False  # 'holds 3,000 exhibitions' is not 'holds a strategic dialogue'
    if telling.value and group.value:
        return same_time(group.value, telling.value)
    if telling.value or group.value:
        return False
    if days_apart(head.sheet.published, telling.sheet.published) > NEAR_DAYS:
        return False
    return told_alike(head, telling)


def same_scene(first: Telling, second: Telling) -> bool:
    """Tellings with no actor's page in common are one event only in the same place, by the same
    unnamed doer or on the same thing: 'Austrian police arrested 28 people in Vienna' and 'police
    arrested 30 people in Vienna', not 'a school was opened in Vienna' and 'a bridge was'."""
    if not first.pages.places & second.pages.places:
        return False
    doers = [
        {str(p.get("text", "")).lower() for p in t.event.get("who") or [] if isinstance(p, dict)}
        for t in (first, second)
    ]
    whats = [content_stems(t.event.get("what") or "") for t in (first, second)]
    return bool(doers[0] & doers[1] or whats[0] & whats[1])


def told_alike(first: Telling, second: Telling) -> bool:
    """Two undated tellings of one action with a page in common are one event when the same doer
    does it to the same one, or it is about the same thing, or their sentences are mostly the same
    words (a story told again by the next day's update): 'China hopes the two sides will make
    progress' is not 'China hopes Bush's visit will advance relations'."""
    whats = [content_stems(t.event.get("what") or "") for t in (first, second)]
    if len(whats[0] & whats[1]) >= 2:
        return True
    if first.pages.doers & second.pages.doers and first.pages.others & second.pages.others:
        return True
    words = [content_stems(t.event.get("evidence") or "") for t in (first, second)]
    return len(words[0] & words[1]) >= ALIKE * len(words[0] | words[1])


ALIKE = 0.5
"""The share of their words two sentences must have in common to tell the same thing."""


def same_time(first: str, second: str) -> bool:
    """The same date, or one holding the other a step more precise (a year its month, a month its
    day): a year holds too much to be one day's event."""
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and precision(long) - precision(short) <= 1


def precision(value: str) -> int:
    """1 for a year, 2 for a month (or a quarter, a week), 3 for a day."""
    return len(value.split("T")[0].split("-"))


def days_apart(first: str, second: str) -> int:
    try:
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return NEAR_DAYS + 1
