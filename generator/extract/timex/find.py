"""Time expressions in a text: every rule of the table in order, then the second pass (compose).

Relative expressions are anchored on the publication date; the tense of the governing verb
decides the direction of bare weekday and month names (as HeidelTime does, but reading the parse
rather than a word window).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from generator.extract.timex.calendar_rules import year
from generator.extract.timex.compose import compose
from generator.extract.timex.rules import RULES, Locator
from generator.extract.timex.values import Context, Timex


def find_timexes(
    text: str, anchor: date | None, tense: Callable[[int], str] | None = None
) -> list[Timex]:
    """All time expressions in TEXT: rules in order, earlier rules and longer spans win."""
    ctx = Context(anchor, tense or (lambda _offset: "past"))
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    lowered = text.lower()
    windows: dict[Locator, list[tuple[int, int]]] = {}
    for rule in RULES:
        if rule.needs and not any(word in lowered for word in rule.needs):
            continue
        pattern = rule.compiled
        if rule.near is not None:
            if rule.near not in windows:
                windows[rule.near] = rule.near.windows(text, lowered)
            matches = (m for window in windows[rule.near] for m in pattern.finditer(text, *window))
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            result = rule.handler(m, ctx)
            if result is None:
                continue
            type_, value, resolved = result
            if rule.handler is year and (m.group(2) or m.group(3)):
                found.extend(year_range(m, text))
                taken.append((start, end))
                continue
            found.append(Timex(start, end, text[start:end], type_, value, resolved))
            taken.append((start, end))
    return compose(sorted(found, key=lambda t: t.start), text, ctx)


def year_range(m: re.Match[str], text: str) -> list[Timex]:
    """'1991-1994' and '1991 to 1994' are two dates, as TimeML marks them."""
    first = Timex(m.start(1), m.end(1), m.group(1), "DATE", m.group(1), False)
    group = 2 if m.group(2) else 3  # after a dash, or after 'to'
    second_text = m.group(group)
    second_value = second_text if len(second_text) == 4 else m.group(1)[:2] + second_text
    if int(second_value) < int(m.group(1)):
        second_value = str(int(second_value) + 100)  # "1998-02": the century rolls over
    second = Timex(m.start(group), m.end(group), second_text, "DATE", second_value, False)
    return [first, second]
