"""Rule handlers for how long and how often: 'two years', 'a one-year term', 'for weeks',
'every week', 'Tuesday nights'. Each returns (type, value, resolved) or None to reject the
match."""

from __future__ import annotations

import re

from generator.extract.hits import fired
from generator.extract.timex.values import Context, Result, duration_value
from generator.extract.timex.words import (
    PARTS_OF_DAY,
    RATE,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    previous_word,
)


def unit_long(m: re.Match[str], ctx: Context) -> Result:
    """'her year-long reign': a length of one unit."""
    return "DURATION", duration_value("1", m.group(1)), False


def weekday_set(m: re.Match[str], ctx: Context) -> Result:
    """'Tuesday nights', 'on Mondays': every such day, a SET in TimeML."""
    name = (m.group(1) or m.group(3)).lower()
    part = f"T{PARTS_OF_DAY[m.group(2).lower()]}" if m.group(2) else ""
    return "SET", f"XXXX-WXX-{WEEKDAYS[name] + 1}{part}", False


CRICKET_FORMAT = re.compile(
    r"(?<=-day)\s+(?:internationals?|series|squads?|sides?|rankings?|outfits?|teams?|match(?:es)?"
    r"|matchwinners?|games?|formats?|cricket|captain(?:cy)?|specialists?|tournaments?)\b",
    re.IGNORECASE,
)
"""Cricket's limited-overs game, named by its length: a one-day international (or series, squad,
side, outfit, match, format, captain ...) is a kind of match, no length of time."""


COMPOUND = re.compile(r"-[a-z]")
"""A unit word hyphened to the word after it, apart from its number, opens a compound noun or
modifier ("second-line", "year-on-year", "year-end"): no length of time."""


def duration(m: re.Match[str], ctx: Context) -> Result:
    rel, amount, unit = (m.group(1) or "").lower(), m.group(2), m.group(4)
    if unit.lower().startswith("quarter") and re.match(
        r"\s+(?:percentage|point|percent|of\s+(?!(?:the\s+)?(?:fiscal\s+)?(?:year|\d{4})))",
        m.string[m.end() : m.end() + 24],
    ):
        return None  # "three-quarters of the vote": a fraction, not a length of time
    if amount.lower() in {"some", "many"} and not unit.lower().endswith("s"):
        return None
    if (
        amount.lower() in {"a", "an", "one"}
        and re.match(r"(?i)(a|an|one)\s", m.group(0))
        and unit.lower() in {"second"}
    ):
        return None
    if m.group(0).lower() == "one day" and previous_word(m) in {
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "shall",
        "should",
        "must",
        "to",
    }:
        return (
            "DATE",
            "FUTURE_REF",
            False,
        )  # "Islam will one day be...": some day ahead, not a length
    if (
        amount.lower() in {"a", "an"}
        and not rel
        and RATE.search(m.string[max(0, m.start() - 60) : m.start()])
    ):
        return None  # "700 seats a week", "$2 million a year": a rate, not a length of time
    if rel in {"past", "last", "recent", "previous"} and amount.lower() in VAGUE_NUMBERS:
        return "DATE", "PAST_REF", False  # "the past several quarters", "the last few months"
    if (
        m.end(4) == m.end()
        and m.string[m.start(4) - 1] == " "
        and COMPOUND.match(m.string, m.end())
    ):
        fired("a unit word opens a compound", m.group(0))
        return None  # "six second-line drugs", "a year-on-year rise" (but "four-year-term")
    if CRICKET_FORMAT.match(m.string, m.end()):
        fired("cricket format, no duration", m.group(0))
        return None  # "the one-day series", "a one-day international": a kind of game
    return "DURATION", duration_value(amount, unit, half=bool(m.group(3) or m.group(5))), False


def set_every(m: re.Match[str], ctx: Context) -> Result:
    unit = m.group(2).lower()
    if unit in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", False
    if unit in SEASONS:
        return "SET", f"XXXX-{SEASONS[unit]}", False
    return "SET", f"P1{UNITS[unit]}", False


FREQUENCIES = {
    "hourly": "PT1H",
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annual": "P1Y",
    "yearly": "P1Y",
}


def set_frequency(m: re.Match[str], ctx: Context) -> Result:
    """'on a daily basis': how often, a SET in TimeML. (A bare 'daily' is as often a newspaper,
    'the Sabah daily', and TimeBank leaves most 'annually' unmarked.)"""
    return "SET", FREQUENCIES[m.group(1).lower()], False


def a_while(m: re.Match[str], ctx: Context) -> Result:
    if previous_word(m) not in {"for", "in", "after", "take", "takes", "took"}:
        return None
    return "DURATION", "PXX", False


def bare_plural(m: re.Match[str], ctx: Context) -> Result:
    """'within weeks', 'for years': a length of time, how long unsaid."""
    if previous_word(m) not in {
        "for",
        "within",
        "in",
        "over",
        "after",
        "take",
        "took",
        "takes",
        "taken",
        "lasted",
    }:
        return None
    return plural_unit(m, ctx)


def plural_unit(m: re.Match[str], ctx: Context) -> Result:
    return "DURATION", duration_value("several", m.group(1)), False
