"""The rule table: every time-expression rule in the order it runs, with the words it needs.

Earlier rules win over later ones where matches overlap. A rule's `needs` are words (lower
case), one of which every match contains: a text without any skips the rule, and the rule runs
only on the stretches of text around them (a third of the time on news text).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from generator.extract.timex.calendar_rules import (
    bare_month,
    bare_season,
    century,
    clock,
    clock_24,
    current_year,
    day_month_year,
    day_of_month,
    decade,
    fiscal_year,
    half_year,
    holiday,
    iso_date,
    last_quarter,
    month_day,
    month_day_year,
    month_year_rule,
    noon,
    quarter,
    season_year,
    short_decade,
    spelled_decade,
    spelled_year,
    the_year,
    year,
    year_ended,
    year_quarter,
)
from generator.extract.timex.lengths import (
    a_while,
    bare_plural,
    duration,
    plural_unit,
    set_every,
    set_frequency,
    unit_long,
    weekday_set,
)
from generator.extract.timex.relative_rules import (
    ago,
    ago_one,
    bare_part,
    current_period,
    day_part,
    deictic_day,
    future_ref,
    overnight,
    part_day,
    past_ref,
    period_end,
    present,
    recent_units,
    relative_month,
    relative_season,
    relative_unit,
    relative_weekday,
    same_period,
    that_period,
    this_part,
    tonight,
    weekday,
    weekday_part,
    weekend,
    year_back,
)
from generator.extract.timex.values import Context, Result
from generator.extract.timex.words import (
    HOLIDAYS,
    MONTH,
    MONTH_NAME,
    NOT_AFTER_AUXILIARY,
    NUM_WORD,
    PART,
    REL,
    SPELLED_ORDINAL,
    UNIT,
    WEEKDAY,
    YEAR,
)

Handler = Callable[[re.Match[str], Context], Result]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a dict key on every text
class Locator:
    """A word every match of some rules contains, and how far a match reaches either side of it:
    those rules run only on the stretches of text around the word, not on all of it."""

    word: re.Pattern[str]
    before: int
    after: int
    stems: tuple[tuple[str, int], ...] = ()
    """Lower-case strings every match of `word` starts with, each with the longest match it can
    start: found with `str.find` in the lower-cased text, many times quicker than the regex."""

    def windows(self, text: str, lowered: str | None = None) -> list[tuple[int, int]]:
        if self.stems and lowered is not None and len(lowered) == len(text):
            spans = sorted(
                (i, i + reach) for stem, reach in self.stems for i in occurrences(lowered, stem)
            )
        else:
            spans = [m.span() for m in self.word.finditer(text)]
        merged: list[tuple[int, int]] = []
        for first, last in spans:
            start, end = max(0, first - self.before), min(len(text), last + self.after)
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def stems_of(words: Iterable[str], reach: int | None = None) -> tuple[tuple[str, int], ...]:
    return tuple((w, reach or len(w)) for w in sorted(words))


MONTH_WORDS = tuple(month[:3].lower() for month in calendar.month_name[1:])
PART_WORDS = ("morning", "afternoon", "evening", "night")
SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
UNIT_STEMS = (
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "decade",
    "centur",
    "quarter",
)
# 'the past more than twenty-five years': a match starts at most ~80 characters before its unit.
NEAR_A_UNIT = Locator(
    re.compile(rf"\b{UNIT}\b", re.IGNORECASE), 100, 40, stems_of(UNIT_STEMS, len("centuries"))
)
# 'Wednesday, the 12th of September, 1989'
NEAR_A_MONTH = Locator(
    re.compile(rf"\b{MONTH}", re.IGNORECASE), 60, 40, stems_of(MONTH_WORDS, len("september."))
)
WORD_REACH = 80
"""Every other rule runs around its needed words: on TimeBank and 1,200 silver articles no match
starts more than 24 characters before its word or ends more than 15 after it."""


@lru_cache(maxsize=None)
def near_words(words: tuple[str, ...]) -> Locator:
    """One locator per set of words, shared by the rules that need them (windows are found once)."""
    return Locator(
        re.compile(
            "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE
        ),
        WORD_REACH,
        WORD_REACH,
        stems_of(words) if all(w == w.lower() for w in words) else (),
    )


@dataclass(frozen=True)
class Rule:
    """A pattern (matched case-blind), the handler that values its matches, the words every match
    contains, and where to look for it."""

    pattern: str
    handler: Handler
    needs: tuple[str, ...] = ()
    near: Locator | None = None
    """Where matches can be; by default, within reach of a needed word."""
    compiled: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, re.IGNORECASE))
        if self.near is None and self.needs:
            object.__setattr__(self, "near", near_words(self.needs))


RULES: tuple[Rule, ...] = (
    Rule(r"\b(\d{4})-(\d\d)-(\d\d)\b", iso_date),
    Rule(
        rf"\b(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b",
        month_day_year,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH}),?\s+({YEAR})\b",
        day_month_year,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:(?:early|late|mid)[- ])?({MONTH}),?\s+(?:of\s+)?({YEAR})\b",
        month_year_rule,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)",
        month_day,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:{WEEKDAY},?\s+)?(?-i:({MONTH_NAME}))\s+(?-i:({SPELLED_ORDINAL}))\b(?![- ](?:quarter|half|time|round|largest|biggest)\b)",
        month_day,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\s+(?:of\s+)?({MONTH})(?!\s*,?\s*\d{{4}})",
        day_of_month,
        needs=MONTH_WORDS,
        near=NEAR_A_MONTH,
    ),
    Rule(
        rf"\b(?:the\s+)?(?:({YEAR})\s+|((?:this|last|next) year's)\s+|(year[- ](?:ago|earlier))\s+|(?:comparable|corresponding)\s+|comparable year-ago\s+)?"
        rf"(?:fiscal[- ]?)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?({YEAR}|this year|last year|next year))?",
        quarter,
        needs=("quarter",),
    ),
    Rule(
        rf"\b(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last)\s+(?:two|2)\s+quarters)\s+of\s+(?:the\s+)?(?:fiscal\s+)?({YEAR}|this year|last year|next year|year)\b",
        half_year,
        needs=("half", "quarters"),
    ),
    Rule(
        rf"\bthe\s+({YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b",
        year_quarter,
        needs=("quarter", "period"),
    ),
    Rule(rf"\b(?:fiscal(?:\s+year)?\s+)({YEAR})\b", fiscal_year, needs=("fiscal",)),
    Rule(
        r"\bthe\s+(latest|recent|most recent|current|past|year-earlier|year-ago|comparable year-ago|comparable|same)?\s*(?:fiscal\s+)?quarter\b(?!-)",
        last_quarter,
        needs=("quarter", "period"),
    ),
    Rule(
        r"\bthe\s+(?:fiscal\s+)?(?-i:year)(?=\s+(?:(?:that\s+)?(?:ended|ending|ends)\b|up\s+to\b|to\s+(?-i:[A-Z])))",
        year_ended,
        needs=("year",),
    ),
    Rule(
        r"\bthe\s+(?:full|current fiscal|fiscal|calendar)\s+year\b", current_year, needs=("year",)
    ),
    Rule(
        r"\bthe\s+(week|day)\b(?!-)(?!\s+(?:before|after|earlier|later|of)\b)",
        current_period,
        needs=("week", "day", "month"),
    ),
    Rule(
        r"\b(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+the\s+(month)\b",
        current_period,
        needs=("week", "day", "month"),
    ),
    Rule(
        r"\bthe\s+same\s+(?:period|month)\s+(?:(?:of|in)\s+((?:19|20)\d\d)|(?:of\s+)?last\s+year)\b",
        same_period,
        needs=("same",),
    ),
    Rule(r"\bthat\s+(year|month)\b(?![-'\u2019])", that_period, needs=("that", "same")),
    Rule(r"\bthe\s+same\s+(year|month|day)\b(?![-'\u2019])", that_period, needs=("that", "same")),
    Rule(r"(?<!-)\b(year|month|week|day)-long\b", unit_long, needs=("-long",)),
    Rule(
        r"\bthe\s+(year-earlier|year-ago|latest|comparable year-ago|comparable|corresponding)\s+(?:fiscal\s+)?period(?:\s+(last)\s+year)?\b",
        last_quarter,
        needs=("quarter", "period"),
    ),
    Rule(
        r"\b(last|this) year's\s+(?:fiscal\s+)?quarter\b", last_quarter, needs=("quarter", "period")
    ),
    Rule(r"\b(year-(?:earlier|ago))\b", year_back, needs=("year-",)),
    Rule(rf"\b({REL})\s+({MONTH})\b", relative_month, needs=MONTH_WORDS, near=NEAR_A_MONTH),
    Rule(
        rf"\b(this past|{REL})\s+(spring|summer|autumn|fall|winter)\b",
        relative_season,
        needs=SEASON_WORDS,
    ),
    Rule(
        rf"\b(?:(?:early|late|mid)[- ])?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({YEAR})\b",
        season_year,
        needs=SEASON_WORDS,
    ),
    Rule(
        r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?-i:(spring|summer|autumn|winter))\b"
        r"(?![- ](?:(?-i:[A-Z])|time\b)|\s+(?:a|an|the|into|up|back|out|from|on)\b)",
        bare_season,
        needs=SEASON_WORDS,
    ),
    Rule(
        rf"\b({WEEKDAY})s?\s+({PART})s\b|\b({WEEKDAY})s\b",
        weekday_set,
        needs=("days", "nights", "mornings", "evenings", "afternoons"),
    ),
    Rule(rf"\b({WEEKDAY})\s+({PART})\b", weekday_part, needs=PART_WORDS),
    Rule(rf"\b(yesterday|today|tomorrow)\s+({PART})\b", day_part, needs=PART_WORDS),
    Rule(rf"\b(?:mid[- ]?)?({PART})\s+(yesterday|today|tomorrow)\b", part_day, needs=PART_WORDS),
    Rule(rf"\b(this|last)\s+({PART})\b", this_part, needs=PART_WORDS),
    Rule(r"\btonight\b", tonight, needs=("tonight",)),
    Rule(
        r"\b(?:the\s+)?(?:(?:mid|early|late)[- ]?)?(?-i:(morning|afternoon|evening))\b(?![- ](?:news|show|paper|edition|prayers?)\b)",
        bare_part,
        needs=("morning", "afternoon", "evening"),
    ),
    Rule(
        rf"\b(?:(?:nearly|almost|about|some|more\s+than|at\s+least|less\s+than|roughly|around|only)\s+)?({NUM_WORD})\s+({UNIT})\s+(ago|earlier|from\s+now|hence)\b",
        ago,
        needs=("ago", "earlier", "now", "hence"),
        near=NEAR_A_UNIT,
    ),
    Rule(r"\b(?:a|one)\s+(year|month|week|day)\s+ago\b", ago_one, needs=("ago",)),
    Rule(
        rf"\b(?:(?:the\s+)?(past|last{NOT_AFTER_AUXILIARY}|next|coming|first|final|previous|following|recent)\s+)?(?:(?:more\s+than|nearly|almost|about|around|over|some|at\s+least|less\s+than|up\s+to)\s+)?"
        rf"({NUM_WORD})(\s+1/2|\s+and\s+a\s+half)?[- ](?:(?:more|additional|straight|consecutive|trading|business|working)\s+)?({UNIT})(\s+and\s+a\s+half)?(?:[- ]long)?\b(?![- ]old)",
        duration,
        near=NEAR_A_UNIT,
    ),
    Rule(
        rf"\b(?:the\s+)?({REL})\s+(year|month|week|weekend|quarter|decade|century)\b",
        relative_unit,
        needs=("year", "month", "week", "quarter", "decade", "centur"),
    ),
    Rule(r"\b(yesterday|today|tomorrow)\b", deictic_day, needs=("yesterday", "today", "tomorrow")),
    Rule(
        rf"\b(?:the\s+)?(last|this|next|this coming|coming|this past|past|previous|following)\s+({WEEKDAY})\b",
        relative_weekday,
        needs=("day",),
    ),
    Rule(rf"\b({WEEKDAY})\b", weekday, needs=("day",)),
    Rule(r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(\d{2})(\d)0'?s\b", decade, needs=("0s", "0's")),
    Rule(r"\b(?:the\s+)?'(\d)0s\b", short_decade, needs=("'",)),
    Rule(
        r"\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b",
        century,
        needs=("century",),
    ),
    Rule(
        # 'the 1950-53 war', '1991 to 1994'; not '1996 to 85', where a count goes on
        rf"\b(?:(?:early|late|mid)[- ])?({YEAR})(?:\s*(?:-|\u2013)\s*({YEAR}|\d\d)|\s+to\s+({YEAR}))?\b(?!\s*(?:%|percent|\$))",
        year,
    ),
    Rule(
        r"\b(?:the year )?(?!two thousand\s+years)(nineteen|two thousand)(?:(?:[- ]and)?[- ]?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?\b",
        spelled_year,
        needs=("nineteen", "two thousand"),
    ),
    Rule(
        r"\bthe (nineties|eighties|seventies|sixties|fifties|forties|thirties|twenties)\b",
        spelled_decade,
        needs=("ties",),
    ),
    Rule(
        r"\b(?:(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+|(?:earlier|later)\s+in\s+)?the\s+(?-i:year)\b"
        r"(?![-'\u2019]|\s+(?:before|after|earlier|later|ago|when|in\s+which|that|two|ended|ending|ends|to|of\s+(?:the|a|an|his|her|its|their|(?-i:[A-Z]))|(?-i:[A-Z])|\d"
        r"|(?:he|she|it|they|we|you|the|a|an|his|her|its|their|this|these|those)\b))",
        the_year,
        needs=("year",),
    ),
    Rule(r"\b(?:the\s+)?(year|month|week)(?:[- ]end|'s end)\b", period_end, needs=("end",)),
    Rule(r"\b(the|this|last|next)\s+weekend\b", weekend, needs=("weekend",)),
    Rule(rf"\b({MONTH})\b(?!\s*\d)", bare_month, needs=MONTH_WORDS, near=NEAR_A_MONTH),
    Rule(
        r"\b(now|currently|current(?![- ]accounts?\b)|nowadays|at present|at the moment|these days|this (?:crucial |critical )?moment)\b",
        present,
        needs=("now", "current", "present", "moment", "days"),
    ),
    Rule(
        r"\brecent\s+(days|weeks|months|years|decades|quarters)\b", recent_units, needs=("recent",)
    ),
    Rule(
        r"\b(recently|lately|formerly|the past|recent(?:\s+(?:days|weeks|months|years))?)\b",
        past_ref,
        needs=("recent", "lately", "formerly", "past"),
    ),
    Rule(
        r"\b(the (?:near |distant )?future|(?:the\s+)?coming (?:days|weeks|months|years|quarters)|future quarters|the (?:near|short) term)\b",
        future_ref,
        needs=("future", "coming", "term"),
    ),
    Rule(
        r"\b(every|each)\s+(day|week|month|quarter|year|morning|night|evening|summer|winter)\b",
        set_every,
        needs=("every", "each"),
    ),
    Rule(
        r"\bon an? (hourly|daily|weekly|monthly|quarterly|annual|yearly) basis\b",
        set_frequency,
        needs=("basis",),
    ),
    Rule(
        r"\b(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm)(?=\W|$)(?:\s+(?:(?-i:[A-Z]{2,4})\b|local time))?",
        clock,
    ),
    Rule(
        r"\b(?-i:(noon|mid-?day|midnight))\b", noon, needs=("noon", "midday", "mid-day", "midnight")
    ),
    Rule(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?-i:GMT|UTC)\b", clock_24, needs=("gmt", "utc")),
    Rule(r"\bovernight\b", overnight, needs=("overnight",)),
    Rule(
        rf"\b(?-i:({'|'.join(HOLIDAYS)}))\b",
        holiday,
        needs=("christmas", "year's", "boxing", "valentine", "halloween"),
    ),
    Rule(
        r"\b(?:the\s+)?past\s+(years|months|decades|weeks|days)\b",
        past_ref,
        needs=("recent", "lately", "formerly", "past"),
    ),
    Rule(
        r"\b(years|months|weeks|days)\s+ago\b",
        plural_unit,
        needs=("years", "months", "weeks", "days", "decades", "hours"),
    ),
    Rule(
        r"\b(years|months|weeks|days|decades|hours)(?:\s+or\s+(?:years|months|weeks|days))?\b(?!\s+(?:ago|later|earlier|before|after)\b)",
        bare_plural,
        needs=("years", "months", "weeks", "days", "decades", "hours"),
    ),
    Rule(
        r"\bthe\s+(years|months|weeks|days)\s+ahead\b",
        plural_unit,
        needs=("years", "months", "weeks", "days", "decades", "hours"),
    ),
    Rule(r"\ba\s+while\b", a_while, needs=("while",)),
)
