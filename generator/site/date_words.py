"""TimeML values in the words a reader uses: '1997-W14' is week 14 of 1997, 'P3Y' is 3 years.

The sheets keep TimeML's normalised values (they sort, and tools read them); the pages show the
value with these words beside it, so no column of TimeML types and precisions is needed to read it.
"""

from __future__ import annotations

import calendar

from generator.timeml import (
    AMOUNT,
    CLOCK_TIME,
    CLOCK_UNITS,
    DURATION,
    ORDINALS,
    PART_OF_DAY,
    PARTS_OF_DAY,
    QUARTER,
    REFERENCES,
    SEASON,
    SEASONS,
    SET_WEEKDAY,
    UNITS,
    WEEK,
)


def date_words(value: object, precision: object = None, kind: object = None) -> str:
    """The reader's words for a TimeML value, or "" where the value reads as it is (1997-04-09)."""
    if not isinstance(value, str) or not value:
        return ""
    if value in REFERENCES:
        return REFERENCES[value]
    if value.isdigit():
        if len(value) == 3 and precision == "decade":
            return f"the {value}0s"
        if len(value) == 2 and precision == "century":
            return f"the {value}00s"
        return ""
    if value.startswith("P"):
        words = duration_words(value)
        if words and kind == "set":
            return "every " + words.removeprefix("1 ")
        return words
    if found := WEEK.fullmatch(value):
        year, week, weekend = found.groups()
        return f"{'the weekend of ' if weekend else ''}week {int(week)} of {year}"
    if found := QUARTER.fullmatch(value):
        year, unit, n = found.groups()
        return f"{ORDINALS.get(n, n)} {'quarter' if unit == 'Q' else 'half'} of {year}"
    if found := SEASON.fullmatch(value):
        return f"{SEASONS[found.group(2)]} {found.group(1)}"
    if found := PART_OF_DAY.fullmatch(value):
        return f"{PARTS_OF_DAY[found.group(1)]} of {value[:10]}"
    if found := CLOCK_TIME.fullmatch(value):
        day, clock, zone = found.groups()
        return f"{clock}{' ' + zone if zone else ''} on {day}"
    if found := SET_WEEKDAY.fullmatch(value):
        weekday, part = found.groups()
        name = calendar.day_name[int(weekday) - 1]
        return f"{name} {PARTS_OF_DAY[part]}s" if part else f"{name}s"
    return ""


def duration_words(value: str) -> str:
    """'P1Y6M' is '1 year 6 months'; 'PXY' (an unknown number) is 'years'."""
    found = DURATION.fullmatch(value)
    if not found or value in {"P", "PT"}:
        return ""
    date_part, _, clock_part = value[1:].partition("T")
    words = [amount_words(n, UNITS[u]) for n, u in AMOUNT.findall(date_part)]
    words += [amount_words(n, CLOCK_UNITS[u]) for n, u in AMOUNT.findall(clock_part)]
    return " ".join(words)


def amount_words(number: str, unit: str) -> str:
    plural = (
        "millennia" if unit == "millennium" else ("centuries" if unit == "century" else unit + "s")
    )
    if number == "X":
        return plural
    if number == "0.5":
        return f"half {'an' if unit == 'hour' else 'a'} {unit}"
    return f"{number} {unit if number == '1' else plural}"
