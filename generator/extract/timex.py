"""Time expressions: found by rule, typed and normalised to TimeML TIMEX3 values.

Types and values follow TimeML (ISO-TimeML, TimeBank 1.2 guidelines): DATE
(`1998-08-07`, `1998-08`, `1998`, `199X`, `1998-W32`, `1998-Q3`, `1998-SU`,
`PRESENT_REF`), TIME (`1998-08-07T14:30`, `1998-08-07TMO`), DURATION (`P3M`,
`PT2H`) and SET. Relative expressions are anchored on the publication date; the
tense of the governing verb decides the direction of bare weekday and month names
(as HeidelTime does, but reading the parse rather than a word window).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Iterable, Iterator
from typing import Callable

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}
VAGUE_NUMBERS = {"several", "few", "a few", "many", "some", "couple", "a couple of", "the couple of", "numerous"}
UNITS = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
    "second": "S", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Fixed-date holidays, as TimeML values them ('XXXX-12-25' when the year is unknown).
HOLIDAYS = {
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25), "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Valentine's Day": (2, 14), "Halloween": (10, 31),
}
# "would last over a week": 'last' after an auxiliary is the verb.
NOT_AFTER_AUXILIARY = "".join(rf"(?<!\b{aux}\slast)" for aux in ("will", "would", "could", "can", "may", "might", "to", "should", "must", "did"))
SPELLED_ORDINALS = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
} | {f"twenty-{w}": 20 + n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), start=1)} | {
    "thirtieth": 30, "thirty-first": 31,
}
SPELLED_ORDINAL = "|".join(sorted(SPELLED_ORDINALS, key=len, reverse=True))
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUM_WORD = r"(?:\d{1,3}(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|a dozen|half[- ]an?(?=-)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|half an?|several|few|a few|a couple of|couple of|many|some)"
UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?)"
PART = r"(?:morning|afternoon|evening|night)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
REL = r"(?:last|this|next|past|coming|previous|current|following)"


@dataclass(frozen=True)
class Timex:
    """One time expression with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    resolved: bool
    """True when the value needed the publication date (a relative expression)."""

    @property
    def precision(self) -> str:
        return value_precision(self.value, self.type)


@dataclass
class Context:
    anchor: date | None
    tense: Callable[[int], str]
    """Tense ('past', 'future', 'present') of the verb governing the character offset."""


def value_precision(value: str, type_: str) -> str:
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "set"
    if value.endswith("_REF"):
        return "reference"
    if "T" in value[10:11] or re.match(r"\d{4}-\d\d-\d\dT", value):
        return "time"
    if re.fullmatch(r"[\dX]{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"[\dX]{4}-W\d\d(-WE)?", value):
        return "week"
    if re.fullmatch(r"[\dX]{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}-(Q\d|SP|SU|FA|WI|H\d)", value):
        return "quarter" if "Q" in value else "season"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return "unknown"


def number_value(text: str) -> float | None:
    text = text.lower().strip()
    if text.replace("-", " ") in NUMBER_WORDS:
        return NUMBER_WORDS[text.replace("-", " ")]
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


HALF_OF = {"Y": "6M", "D": "T12H", "H": "30M", "MIN": "30S"}


def duration_value(amount: str | None, unit: str, half: bool = False) -> str:
    unit = unit.lower().rstrip("s").replace("centurie", "century").replace("centuri", "century")
    code = UNITS.get(unit, "D")
    if unit == "quarter":
        code = "Q"
    if unit == "century":
        code = "CE"
    number = number_value(amount) if amount else 1
    if amount and amount.lower() in VAGUE_NUMBERS | {"couple of", "a couple of"}:
        if "couple" in amount.lower():
            number = 2
        else:
            number = None
    if number is None:
        n = "X"
    elif number == int(number):
        n = str(int(number))
    else:
        n = str(number)
    time_unit = unit in {"hour", "minute", "second"}
    if number == 0.5 and (code in HALF_OF or unit == "minute"):
        half_value = HALF_OF["MIN" if unit == "minute" else code]  # "half an hour" -> PT30M
        return f"PT{half_value}" if time_unit else f"P{half_value}"
    if code == "DE" and n != "X":
        code, n = "Y", str(int(float(n) * 10)) if float(n) * 10 == int(float(n) * 10) else n
    extra = ""
    if half and n != "X":
        extra = HALF_OF.get("MIN" if unit == "minute" else code, "")
        if code == "D" and extra:
            return f"P{n}D{extra}"
    return f"PT{n}{code}{extra}" if time_unit else f"P{n}{code}{extra}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The weekday nearest the anchor in the tense's direction (same day counts; present: nearest)."""
    ahead = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    back = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    if direction == "future":
        return ahead
    if direction == "present":
        return ahead if (ahead - anchor) < (anchor - back) else back
    return back


def month_year(anchor: date, month: int, direction: str, strict: bool = False) -> int:
    """Year of a bare month name: the nearest occurrence in the tense's direction."""
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == "present" and not strict:
        forward = (month - anchor.month) % 12
        return anchor.year + (1 if month < anchor.month and forward <= 6 else 0) if forward <= 6 else (anchor.year if month <= anchor.month else anchor.year - 1)
    if strict:
        return anchor.year if month < anchor.month else anchor.year - 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# An amount just before "a year" makes it a rate: "700 seats a week", "$1.76 a year".
RATE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|million|billion))(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
AWARD = re.compile(
    r"(?i)\b(?:player|team|coach|person|man|woman|athlete|manager|footballer|album|song|book|car|word|goal|movie|film"
    r"|driver|rookie|artist|personality|sportsman|sportswoman)s?\s+of\s+$"
)
# Capitalised words a year can follow without being part of a name ("In 1994", "Christmas 1997").
NOT_A_NAME = {
    "in", "since", "by", "until", "till", "from", "through", "during", "before", "after", "for", "of", "and", "or", "to",
    "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "fiscal", "year",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "about", "around",
    "between", "circa", "as", "at", "on", "than", "the", "within", "last", "next", "this", "only", "also",
    "day", "eve", "halloween",
}
MONTH_CUES = {"in", "by", "since", "until", "till", "early", "late", "mid", "of", "through", "from", "each", "every", "before", "after", "during", "and", "or", "to"}


class Recogniser:
    """Ordered rules: each regex has a handler returning (type, value, resolved) or None."""

    def __init__(self) -> None:
        self.rules: list[tuple[re.Pattern[str], Callable[[re.Match[str], Context], tuple[str, str, bool] | None]]] = []
        add = self.add
        add(r"\b(\d{4})-(\d\d)-(\d\d)\b", self.iso_date)
        add(rf"\b(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b", self.month_day_year)
        add(rf"\b(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH}),?\s+({YEAR})\b", self.day_month_year)
        add(rf"\b(?:(?:early|late|mid)[- ])?({MONTH}),?\s+(?:of\s+)?({YEAR})\b", self.month_year_rule)
        add(rf"\b(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)", self.month_day)
        add(rf"\b(?:{WEEKDAY},?\s+)?(?-i:({MONTH_NAME}))\s+(?-i:({SPELLED_ORDINAL}))\b(?![- ](?:quarter|half|time|round|largest|biggest)\b)", self.month_day)
        add(rf"\b(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\s+(?:of\s+)?({MONTH})(?!\s*,?\s*\d{{4}})", self.day_of_month)
        add(
            rf"\b(?:the\s+)?(?:({YEAR})\s+|((?:this|last|next) year's)\s+|(year[- ](?:ago|earlier))\s+|(?:comparable|corresponding)\s+|comparable year-ago\s+)?"
            rf"(?:fiscal[- ]?)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?({YEAR}|this year|last year|next year))?",
            self.quarter,
        )
        add(
            rf"\b(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last)\s+(?:two|2)\s+quarters)\s+of\s+(?:the\s+)?(?:fiscal\s+)?({YEAR}|this year|last year|next year|year)\b",
            self.half_year,
        )
        add(rf"\bthe\s+({YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b", self.year_quarter)
        add(rf"\b(?:fiscal(?:\s+year)?\s+)({YEAR})\b", self.fiscal_year)
        add(r"\bthe\s+(latest|recent|most recent|current|past|year-earlier|year-ago|comparable year-ago|comparable|same)?\s*(?:fiscal\s+)?quarter\b(?!-)", self.last_quarter)
        add(r"\bthe\s+(?:fiscal\s+)?(?-i:year)(?=\s+(?:(?:that\s+)?(?:ended|ending|ends)\b|up\s+to\b|to\s+(?-i:[A-Z])))", self.year_ended)
        add(r"\bthe\s+(?:full|current fiscal|fiscal|calendar)\s+year\b", self.current_year)
        add(r"\bthe\s+(week|day)\b(?!\s+(?:before|after|earlier|later|of)\b)", self.current_period)
        add(r"\b(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+the\s+(month)\b", self.current_period)
        add(r"\bthat\s+(year|month)\b(?![-'\u2019])", self.that_period)
        add(r"\bthe\s+same\s+(year|month|day)\b(?![-'\u2019])", self.that_period)
        add(r"\b(year|month|week|day)-long\b", self.unit_long)
        add(r"\bthe\s+(year-earlier|year-ago|latest|comparable year-ago|comparable|corresponding)\s+(?:fiscal\s+)?period(?:\s+(last)\s+year)?\b", self.last_quarter)
        add(r"\b(last|this) year's\s+(?:fiscal\s+)?quarter\b", self.last_quarter)
        add(r"\b(year-(?:earlier|ago))\b", self.year_back)
        add(rf"\b({REL})\s+({MONTH})\b", self.relative_month)
        add(rf"\b(this past|{REL})\s+(spring|summer|autumn|fall|winter)\b", self.relative_season)
        add(rf"\b(?:(?:early|late|mid)[- ])?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({YEAR})\b", self.season_year)
        add(
            r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?-i:(spring|summer|autumn|winter))\b"
            r"(?![- ](?:(?-i:[A-Z])|time\b)|\s+(?:a|an|the|into|up|back|out|from|on)\b)",  # "want to spring a surprise"
            self.bare_season,
        )
        add(rf"\b({WEEKDAY})s?\s+({PART})s\b|\b({WEEKDAY})s\b", self.weekday_set)
        add(rf"\b({WEEKDAY})\s+({PART})\b", self.weekday_part)
        add(rf"\b(yesterday|today|tomorrow)\s+({PART})\b", self.day_part)
        add(rf"\b(?:mid[- ]?)?({PART})\s+(yesterday|today|tomorrow)\b", self.part_day)
        add(rf"\b(this|last)\s+({PART})\b", self.this_part)
        add(r"\btonight\b", self.tonight)
        add(r"\b(?:the\s+)?(?:(?:mid|early|late)[- ]?)?(?-i:(morning|afternoon|evening))\b(?![- ](?:news|show|paper|edition|prayers?)\b)", self.bare_part)
        add(rf"\b(?:(?:nearly|almost|about|some|more\s+than|at\s+least|less\s+than|roughly|around|only)\s+)?({NUM_WORD})\s+({UNIT})\s+(ago|earlier|from\s+now|hence)\b", self.ago)
        add(r"\b(?:a|one)\s+(year|month|week|day)\s+ago\b", self.ago_one)
        add(
            rf"\b(?:(?:the\s+)?(past|last{NOT_AFTER_AUXILIARY}|next|coming|first|final|previous|following|recent)\s+)?(?:(?:more\s+than|nearly|almost|about|around|over|some|at\s+least|less\s+than|up\s+to)\s+)?"
            rf"({NUM_WORD})(\s+1/2|\s+and\s+a\s+half)?[- ](?:(?:more|additional|straight|consecutive|trading|business|working)\s+)?({UNIT})(\s+and\s+a\s+half)?(?:[- ]long)?\b(?![- ]old)",
            self.duration,
        )
        add(rf"\b(?:the\s+)?({REL})\s+(year|month|week|weekend|quarter|decade|century)\b", self.relative_unit)
        add(r"\b(yesterday|today|tomorrow)\b", self.deictic_day)
        add(rf"\b(?:the\s+)?(last|this|next|this coming|coming|this past|past|previous|following)\s+({WEEKDAY})\b", self.relative_weekday)
        add(rf"\b({WEEKDAY})\b", self.weekday)
        add(r"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(\d{2})(\d)0'?s\b", self.decade)
        add(r"\b(?:the\s+)?'(\d)0s\b", self.short_decade)
        add(r"\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b", self.century)
        add(rf"\b(?:(?:early|late|mid)[- ])?({YEAR})(?:\s*(?:-|\u2013|to)\s*({YEAR}|\d\d))?\b(?!\s*(?:%|percent|\$))", self.year)
        add(r"\b(?:the year )?(?!two thousand\s+years)(nineteen|two thousand)(?:(?:[- ]and)?[- ]?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?\b", self.spelled_year)
        add(r"\bthe (nineties|eighties|seventies|sixties|fifties|forties|thirties|twenties)\b", self.spelled_decade)
        add(
            r"\b(?:(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+|(?:earlier|later)\s+in\s+)?the\s+(?-i:year)\b"
            r"(?![-'\u2019]|\s+(?:before|after|earlier|later|ago|when|in\s+which|that|two|ended|ending|ends|to|of\s+(?:the|a|an|his|her|its|their|(?-i:[A-Z]))|(?-i:[A-Z])|\d"
            r"|(?:he|she|it|they|we|you|the|a|an|his|her|its|their|this|these|those)\b))",
            self.the_year,
        )
        add(r"\b(?:the\s+)?(year|month|week)(?:[- ]end|'s end)\b", self.period_end)
        add(r"\b(the|this|last|next|over the)\s+weekend\b", self.weekend)
        add(rf"\b({MONTH})\b(?!\s*\d)", self.bare_month)
        add(r"\b(now|currently|current|nowadays|at present|at the moment|these days|this (?:crucial |critical )?moment)\b", self.present)
        add(r"\brecent\s+(days|weeks|months|years|decades|quarters)\b", self.recent_units)
        add(r"\b(recently|lately|formerly|the past|recent(?:\s+(?:days|weeks|months|years))?)\b", self.past_ref)
        add(r"\b(the (?:near |distant )?future|(?:the\s+)?coming (?:days|weeks|months|years|quarters)|future quarters|the (?:near|short) term)\b", self.future_ref)
        add(r"\b(every|each)\s+(day|week|month|quarter|year|morning|night|evening|summer|winter)\b", self.set_every)
        add(r"\b(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm)(?=\W|$)(?:\s+(?:(?-i:[A-Z]{2,4})\b|local time))?", self.clock)
        add(r"\b(?-i:(noon|mid-?day|midnight))\b", self.noon)
        add(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?-i:GMT|UTC)\b", self.clock_24)
        add(r"\bovernight\b", self.overnight)
        add(rf"\b(?-i:({'|'.join(HOLIDAYS)}))\b", self.holiday)
        add(r"\b(?:the\s+)?past\s+(years|months|decades|weeks|days)\b", self.past_ref)
        add(r"\b(years|months|weeks|days)\s+ago\b", self.plural_unit)
        add(r"\b(years|months|weeks|days|decades|hours)(?:\s+or\s+(?:years|months|weeks|days))?\b(?!\s+(?:ago|later|earlier|before|after)\b)", self.bare_plural)
        add(r"\bthe\s+(years|months|weeks|days)\s+ahead\b", self.plural_unit)
        add(r"\ba\s+while\b", self.a_while)

    def add(self, pattern: str, handler: Callable[[re.Match[str], Context], tuple[str, str, bool] | None]) -> None:
        self.rules.append((re.compile(pattern, re.IGNORECASE), handler))

    def needs(self) -> dict[Callable[..., object], tuple[str, ...]]:
        """Words (lower case), one of which every match of a handler's rules contains: a text
        with none of them skips those rules (a third of the time on news text). Single words
        only, so a line break inside a phrase cannot hide a match."""
        months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        parts = ("morning", "afternoon", "evening", "night")
        seasons = ("spring", "summer", "autumn", "fall", "winter")
        return {
            self.month_day_year: months, self.day_month_year: months, self.month_year_rule: months,
            self.month_day: months, self.day_of_month: months, self.relative_month: months, self.bare_month: months,
            self.quarter: ("quarter",), self.fiscal_year: ("fiscal",), self.half_year: ("half", "quarters"),
            self.year_quarter: ("quarter", "period"), self.year_ended: ("year",), self.the_year: ("year",),
            self.bare_season: seasons, self.last_quarter: ("quarter", "period"),
            self.current_year: ("year",), self.current_period: ("week", "day", "month"), self.that_period: ("that", "same"), self.unit_long: ("-long",), self.year_back: ("year-",),
            self.relative_season: seasons, self.season_year: seasons, self.weekday_part: parts, self.weekday_set: ("days", "nights", "mornings", "evenings", "afternoons"), self.day_part: parts,
            self.part_day: parts, self.this_part: parts, self.tonight: ("tonight",), self.bare_part: ("morning", "afternoon", "evening"),
            self.ago: ("ago", "earlier", "now", "hence"), self.ago_one: ("ago",),
            self.relative_unit: ("year", "month", "week", "quarter", "decade", "centur"),
            self.deictic_day: ("yesterday", "today", "tomorrow"), self.relative_weekday: ("day",), self.weekday: ("day",),
            self.decade: ("0s", "0's"), self.short_decade: ("'",), self.century: ("century",),
            self.spelled_year: ("nineteen", "two thousand"), self.spelled_decade: ("ties",), self.period_end: ("end",),
            self.weekend: ("weekend",), self.present: ("now", "current", "present", "moment", "days"),
            self.recent_units: ("recent",), self.past_ref: ("recent", "lately", "formerly", "past"),
            self.future_ref: ("future", "coming", "term"), self.set_every: ("every", "each"),
            self.noon: ("noon", "midday", "mid-day", "midnight"), self.clock_24: ("gmt", "utc"), self.overnight: ("overnight",),
            self.holiday: ("christmas", "year's", "boxing", "valentine", "halloween"), self.plural_unit: ("years", "months", "weeks", "days", "decades", "hours"),
            self.a_while: ("while",), self.bare_plural: ("years", "months", "weeks", "days", "decades", "hours"),
        }

    # --- handlers: each returns (type, value, resolved) ---------------------------------
    def iso_date(self, m, ctx):
        if not exists(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return None
        return "DATE", f"{m.group(1)}-{m.group(2)}-{m.group(3)}", False

    def month_day_year(self, m, ctx):
        month = MONTHS[m.group(1).lower().rstrip(".")]
        if not exists(int(m.group(3)), month, int(m.group(2))):
            return None  # "Feb. 30, 1998": a typo is not a date
        return "DATE", f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}", False

    def day_month_year(self, m, ctx):
        month = MONTHS[m.group(2).lower().rstrip(".")]
        if not exists(int(m.group(3)), month, int(m.group(1))):
            return None
        return "DATE", f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}", False

    def month_year_rule(self, m, ctx):
        month = MONTHS[m.group(1).lower().rstrip(".")]
        return "DATE", f"{m.group(2)}-{month:02d}", False

    def month_day(self, m, ctx):
        month_name = m.group(1).lower().rstrip(".")
        if month_name == "may" and not m.group(1)[0].isupper():
            return None
        month, day = MONTHS[month_name], SPELLED_ORDINALS.get(m.group(2).lower()) or int(m.group(2))
        if not exists(None, month, day):
            return None
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", False
        year = nearest_year(ctx.anchor, month, day, ctx.tense(m.start()))
        return "DATE", f"{year}-{month:02d}-{day:02d}", True

    def day_of_month(self, m, ctx):
        month = MONTHS[m.group(2).lower().rstrip(".")]
        day = int(m.group(1))
        if not exists(None, month, day):
            return None
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", False
        year = nearest_year(ctx.anchor, month, day, ctx.tense(m.start()))
        return "DATE", f"{year}-{month:02d}-{day:02d}", True

    def quarter(self, m, ctx):
        if is_game_period(m):
            return None
        q = ORDINALS[m.group(4).lower()]
        which = (m.group(5) or m.group(1) or m.group(2) or m.group(3) or "").lower().replace("'s", "").replace("-", " ")
        if which and which[0].isdigit():
            return "DATE", f"{which}-Q{q}", False
        if ctx.anchor is None:
            return "DATE", f"XXXX-Q{q}", False
        year = ctx.anchor.year + {"last year": -1, "next year": 1, "year ago": -1, "year earlier": -1}.get(which, 0)
        current_q = (ctx.anchor.month - 1) // 3 + 1
        if not which and q > current_q and ctx.tense(m.start()) == "past":
            year -= 1
        return "DATE", f"{year}-Q{q}", True

    def last_quarter(self, m, ctx):
        """'the quarter' in a results story is the last completed one; 'year-earlier' a year before."""
        if is_game_period(m):
            return None
        if ctx.anchor is None:
            return "DATE", "XXXX-QX", False
        q = (ctx.anchor.month - 1) // 3 - 1
        year = ctx.anchor.year + q // 4
        lead = (m.group(1) or "").lower()
        if m.re.groups >= 2 and m.group(2):
            lead = "last"
        if lead in {"year-earlier", "year-ago", "comparable year-ago", "last", "corresponding", "comparable"}:
            year -= 1
        if (m.group(1) or "").lower() == "current":
            q, year = (ctx.anchor.month - 1) // 3, ctx.anchor.year
        return "DATE", f"{year}-Q{q % 4 + 1}", True

    def half_year(self, m, ctx):
        """'the last half of 1989' -> 1989-H2; 'the first two quarters of 1990' -> 1990-H1."""
        half = 1 if (m.group(1) or m.group(2)).lower() == "first" else 2
        which = m.group(3).lower()
        if which[0].isdigit():
            return "DATE", f"{which}-H{half}", False
        if ctx.anchor is None:
            return "DATE", f"XXXX-H{half}", False
        year = ctx.anchor.year + {"last year": -1, "next year": 1}.get(which, 0)
        return "DATE", f"{year}-H{half}", True

    def year_quarter(self, m, ctx):
        """'the 1988 quarter': the quarter the story reports on, in that year (see compose)."""
        if ctx.anchor is None:
            return "DATE", f"{m.group(1)}-QX", False
        q = (ctx.anchor.month - 1) // 3 - 1
        return "DATE", f"{m.group(1)}-Q{q % 4 + 1}", False

    def year_ended(self, m, ctx):
        """'the year ended June 30': twelve months counted back from a date, a length in TimeML."""
        return "DURATION", "P1Y", False

    def the_year(self, m, ctx):
        """'a high for the year', 'by the end of the year': the year the story is in."""
        if AWARD.search(m.string[max(0, m.start() - 30) : m.start()]):
            return None  # "Asia's team of the year": a title
        if ctx.anchor is None:
            return "DATE", "XXXX", False
        return "DATE", str(ctx.anchor.year), True

    def bare_season(self, m, ctx):
        """'in the summer', 'the early summer': the nearest one in the tense's direction."""
        if not re.match(r"(?i)the|early|late|mid", m.group(0)) and previous_word(m) not in MONTH_CUES:
            return None
        season = SEASONS[m.group(1).lower()]
        if ctx.anchor is None:
            return "DATE", f"XXXX-{season}", False
        starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
        direction = ctx.tense(m.start())
        year = ctx.anchor.year
        if direction == "past" and starts > ctx.anchor.month:
            year -= 1
        elif direction == "future" and starts + 2 < ctx.anchor.month:
            year += 1
        return "DATE", f"{year}-{season}", True

    def current_year(self, m, ctx):
        """'the full year', 'the current fiscal year': the year being reported on."""
        if ctx.anchor is None:
            return "DATE", "XXXX", False
        return "DATE", str(ctx.anchor.year), True

    def unit_long(self, m, ctx):
        """'her year-long reign': a length of one unit."""
        return "DURATION", duration_value("1", m.group(1)), False

    def that_period(self, m, ctx):
        """'that year': the period of the date the story last named (see compose), unknown alone."""
        return "DATE", {"year": "XXXX", "month": "XXXX-XX", "day": "XXXX-XX-XX"}[m.group(1).lower()], False

    def current_period(self, m, ctx):
        """'the week' / 'the day' in a report: the one the story is about."""
        if ctx.anchor is None:
            return None
        if m.group(1).lower() == "week":
            return "DATE", iso_week(ctx.anchor), True
        if m.group(1).lower() == "month":
            return "DATE", ctx.anchor.isoformat()[:7], True
        return "DATE", ctx.anchor.isoformat(), True

    def year_back(self, m, ctx):
        """'year-earlier results': the year before (a quarter in a results story, see compose)."""
        if ctx.anchor is None:
            return "DATE", "PAST_REF", False
        return "DATE", str(ctx.anchor.year - 1), True

    def fiscal_year(self, m, ctx):
        return "DATE", m.group(1), False

    def relative_month(self, m, ctx):
        rel, month = m.group(1).lower(), MONTHS[m.group(2).lower().rstrip(".")]
        if m.group(2).lower() == "may" and not m.group(2)[0].isupper():
            return None
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}", False
        if rel in {"last", "past", "previous"}:
            year = month_year(ctx.anchor, month, "past", strict=True)
        elif rel in {"next", "coming", "following"}:
            year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
        else:
            year = ctx.anchor.year
        return "DATE", f"{year}-{month:02d}", True

    def relative_season(self, m, ctx):
        rel, season = m.group(1).lower(), SEASONS[m.group(2).lower()]
        if ctx.anchor is None:
            return "DATE", f"XXXX-{season}", False
        year = ctx.anchor.year + (-1 if rel in {"last", "past", "previous"} else 1 if rel in {"next", "coming", "following"} else 0)
        if rel == "this past":
            starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
            year = ctx.anchor.year if starts < ctx.anchor.month else ctx.anchor.year - 1
        if rel in {"last", "past", "previous"} and season == "WI" and ctx.anchor.month <= 3:
            year = ctx.anchor.year - 1
        return "DATE", f"{year}-{season}", True

    def season_year(self, m, ctx):
        return "DATE", f"{m.group(2)}-{SEASONS[m.group(1).lower()]}", False

    def weekday_set(self, m, ctx):
        """'Tuesday nights', 'on Mondays': every such day, a SET in TimeML."""
        name = (m.group(1) or m.group(3)).lower()
        part = f"T{PARTS_OF_DAY[m.group(2).lower()]}" if m.group(2) else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[name] + 1}{part}", False

    def weekday_part(self, m, ctx):
        day = self._weekday(m.group(1), m.start(), ctx)
        part = PARTS_OF_DAY[m.group(2).lower()]
        if day is None:
            return "TIME", f"XXXX-WXX-{WEEKDAYS[m.group(1).lower()] + 1}T{part}", False
        return "TIME", f"{day.isoformat()}T{part}", True

    def part_day(self, m, ctx):
        """'mid-afternoon yesterday'."""
        return deictic_part(m.group(2), m.group(1), ctx)

    def day_part(self, m, ctx):
        """'yesterday afternoon'."""
        return deictic_part(m.group(1), m.group(2), ctx)

    def this_part(self, m, ctx):
        part = PARTS_OF_DAY[m.group(2).lower()]
        if ctx.anchor is None:
            return "TIME", f"XXXX-XX-XXT{part}", False
        offset = -1 if m.group(1).lower() == "last" else 0
        return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{part}", True

    def bare_part(self, m, ctx):
        """'in the morning', 'by mid afternoon', 'that evening': a part of the story's day (see
        compose: the day it last named, else the publication date)."""
        if previous_word(m) not in {"in", "by", "during", "until", "till", "since", "through", "into", "that", "all"}:
            return None
        part = PARTS_OF_DAY[m.group(1).lower()]
        if ctx.anchor is None:
            return "TIME", f"XXXX-XX-XXT{part}", False
        return "TIME", f"{ctx.anchor.isoformat()}T{part}", True

    def tonight(self, m, ctx):
        if ctx.anchor is None:
            return "TIME", "XXXX-XX-XXTNI", False
        return "TIME", f"{ctx.anchor.isoformat()}TNI", True

    def duration(self, m, ctx):
        rel, amount, unit = (m.group(1) or "").lower(), m.group(2), m.group(4)
        if unit.lower().startswith("quarter") and re.match(r"\s+(?:percentage|point|percent|of\s+(?!(?:the\s+)?(?:fiscal\s+)?(?:year|\d{4})))", m.string[m.end() : m.end() + 24]):
            return None  # "three-quarters of the vote": a fraction, not a length of time
        if amount.lower() in {"some", "many"} and not unit.lower().endswith("s"):
            return None
        if amount.lower() in {"a", "an", "one"} and re.match(r"(?i)(a|an|one)\s", m.group(0)) and unit.lower() in {"second"}:
            return None
        if m.group(0).lower() == "one day" and previous_word(m) in {"will", "would", "could", "may", "might", "can", "shall", "should", "must", "to"}:
            return "DATE", "FUTURE_REF", False  # "Islam will one day be...": some day ahead, not a length
        if amount.lower() in {"a", "an"} and not rel and RATE.search(m.string[max(0, m.start() - 40) : m.start()]):
            return None  # "700 seats a week", "$2 million a year": a rate, not a length of time
        if rel in {"past", "last", "recent", "previous"} and amount.lower() in VAGUE_NUMBERS:
            return "DATE", "PAST_REF", False  # "the past several quarters", "the last few months"
        return "DURATION", duration_value(amount, unit, half=bool(m.group(3) or m.group(5))), False

    def ago(self, m, ctx):
        amount, unit, direction = m.group(1), m.group(2).lower().rstrip("s"), m.group(3).lower()
        n = number_value(amount)
        if direction == "earlier":
            direction = "ago"
        if n is None or ctx.anchor is None or unit not in {"year", "month", "week", "day", "decade"}:
            return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", False
        sign = -1 if direction == "ago" else 1
        return "DATE", shifted(ctx.anchor, unit, sign * int(n)), True

    def ago_one(self, m, ctx):
        unit = m.group(1).lower()
        if ctx.anchor is None:
            return "DATE", "PAST_REF", False
        return "DATE", shifted(ctx.anchor, unit, -1), True

    def relative_unit(self, m, ctx):
        rel, unit = m.group(1).lower(), m.group(2).lower()
        if m.group(0).istitle() and re.search(r"[\"\u201c`]\s*$", m.string[max(0, m.start() - 3) : m.start()]):
            return None  # ABC's "This Week": a programme's title
        offset = -1 if rel in {"last", "past", "previous"} else 1 if rel in {"next", "coming", "following"} else 0
        if rel == "past" and unit == "year" and ctx.anchor is not None and m.group(0).lower().startswith("the"):
            return "DATE", str(ctx.anchor.year - 1), True  # "the past year": TimeBank dates it to the year before
        if rel == "past" and unit in {"year", "month", "week", "decade", "century"}:
            return "DURATION", duration_value("1", unit), False
        if ctx.anchor is None:
            return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"), False
        return "DATE", relative_period(ctx.anchor, unit, offset), True

    def deictic_day(self, m, ctx):
        word = m.group(1).lower()
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        if ctx.anchor is None:
            return "DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX", False
        return "DATE", (ctx.anchor + timedelta(days=offset)).isoformat(), True

    def relative_weekday(self, m, ctx):
        rel, name = m.group(1).lower(), m.group(2).lower()
        if ctx.anchor is None:
            return "DATE", f"XXXX-WXX-{WEEKDAYS[name] + 1}", False
        weekday = WEEKDAYS[name]
        if rel in {"last", "this past", "past", "previous"}:
            back = (ctx.anchor.weekday() - weekday) % 7 or 7
            return "DATE", (ctx.anchor - timedelta(days=back)).isoformat(), True
        if rel in {"next", "following"}:
            ahead = (weekday - ctx.anchor.weekday()) % 7 or 7
            return "DATE", (ctx.anchor + timedelta(days=ahead)).isoformat(), True
        return "DATE", weekday_date(ctx.anchor, weekday, "future" if "coming" in rel else ctx.tense(m.start())).isoformat(), True

    def weekday(self, m, ctx):
        if re.match(r"\s+(?-i:[A-Z][a-z]+)", m.string[m.end() : m.end() + 20]) and previous_word(m) == "the" and not re.match(
            rf"(?i)\s+{MONTH}", m.string[m.end() : m.end() + 12]
        ):
            return None  # "The Sunday Telegraph": a title
        day = self._weekday(m.group(1), m.start(), ctx)
        if day is None:
            return "DATE", f"XXXX-WXX-{WEEKDAYS[m.group(1).lower()] + 1}", False
        return "DATE", day.isoformat(), True

    def _weekday(self, name: str, offset: int, ctx: Context) -> date | None:
        if ctx.anchor is None:
            return None
        return weekday_date(ctx.anchor, WEEKDAYS[name.lower()], ctx.tense(offset))

    def decade(self, m, ctx):
        return "DATE", f"{m.group(1)}{m.group(2)}", False

    def short_decade(self, m, ctx):
        return "DATE", f"19{m.group(1)}", False

    def century(self, m, ctx):
        ordinal = m.group(1).lower()
        spelled = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
        n = spelled[ordinal] if ordinal in spelled else int(ordinal[:-2])
        return "DATE", f"{n - 1:02d}", False

    def year(self, m, ctx):
        text = m.string
        if re.match(r"[.,]\d", text[m.end() : m.end() + 2]) or re.search(r"\d[.,]$", text[max(0, m.start() - 2) : m.start()]):
            return None  # "closed at 2082.1", "1,995": a number, not a year
        named = re.search(r"(?:^|[^.!?]\s)([A-Z][a-z]+) $", text[max(0, m.start() - 30) : m.start()])
        if named and named.group(1).lower() not in NOT_A_NAME and not m.group(0)[0].isalpha():
            return None  # "a joint venture called Orion 1980": part of a name
        return "DATE", m.group(1), False

    def bare_month(self, m, ctx):
        text = m.group(1)
        name = text.lower().rstrip(".")
        if name == "may":
            # "May" is a month only where a month is expected: "in May", "last May", "mid-May"
            if text != "May" or previous_word(m) not in MONTH_CUES:
                return None
            month = 5
            if ctx.anchor is None:
                return "DATE", "XXXX-05", False
            return "DATE", f"{month_year(ctx.anchor, month, ctx.tense(m.start()))}-05", True
        if name in {"may", "mar", "march", "jan", "sep", "oct", "dec", "nov", "jun", "jul", "aug", "apr", "feb"} and not text[0].isupper():
            return None
        if name in {"may", "march"} and not text[0].isupper():
            return None
        if len(name) <= 4 and name not in {"june", "july"} and not text.endswith("."):
            return None
        month = MONTHS[name]
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}", False
        year = month_year(ctx.anchor, month, ctx.tense(m.start()))
        return "DATE", f"{year}-{month:02d}", True

    def recent_units(self, m, ctx):
        return "DATE", "PAST_REF", False  # "recent years": TimeML's past reference, not a length

    def spelled_year(self, m, ctx):
        century, rest = m.group(1).lower(), (m.group(2) or "").lower()
        if century == "nineteen" and not rest:
            return None
        base = 1900 if century == "nineteen" else 2000
        value = number_value(rest) if rest else 0
        if value is None:
            return None
        return "DATE", str(base + int(value)), False

    def spelled_decade(self, m, ctx):
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
        return "DATE", f"19{tens[m.group(1).lower()]}", False

    def weekend(self, m, ctx):
        """'the weekend' is the one just past in past tense, the coming one otherwise."""
        if ctx.anchor is None:
            return "DATE", "XXXX-WXX-WE", False
        rel = m.group(1).lower()
        direction = {"last": "past", "next": "future"}.get(rel) or ("past" if ctx.tense(m.start()) == "past" else "future")
        saturday = weekday_date(ctx.anchor, 5, direction)
        if rel == "last" and saturday == ctx.anchor:
            saturday -= timedelta(weeks=1)
        if rel == "next" and saturday == ctx.anchor:
            saturday += timedelta(weeks=1)
        return "DATE", f"{iso_week(saturday)}-WE", True

    def period_end(self, m, ctx):
        unit = m.group(1).lower()
        if ctx.anchor is None:
            return "DATE", "XXXX", False
        if unit == "year":
            return "DATE", str(ctx.anchor.year), True  # TimeML: the year itself (with an END modifier)
        return "DATE", relative_period(ctx.anchor, unit, 0), True

    def present(self, m, ctx):
        if re.search(r"(?i)\bthen[- ]$", m.string[max(0, m.start() - 5) : m.start()]):
            return "DATE", "PAST_REF", False  # "the then-current rate"
        return "DATE", "PRESENT_REF", False

    def past_ref(self, m, ctx):
        return "DATE", "PAST_REF", False

    def future_ref(self, m, ctx):
        return "DATE", "FUTURE_REF", False

    def set_every(self, m, ctx):
        unit = m.group(2).lower()
        if unit in PARTS_OF_DAY:
            return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", False
        if unit in SEASONS:
            return "SET", f"XXXX-{SEASONS[unit]}", False
        return "SET", f"P1{UNITS[unit]}", False

    def set_adverb(self, m, ctx):
        word = m.group(1).lower()
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}[word]
        return "SET", value, False

    def clock(self, m, ctx):
        hour = int(m.group(1))
        minute = int(m.group(2) or 0)
        if hour > 12 or minute > 59:
            return None
        meridiem = m.group(3).lower().replace(".", "")
        if meridiem == "pm" and hour != 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
        clock = f"{hour:02d}:{minute:02d}"
        return "TIME", f"{day}T{clock}", ctx.anchor is not None

    def clock_24(self, m, ctx):
        """'at 1559 GMT': wire services' 24-hour clock (the time as given, in that zone)."""
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
        return "TIME", f"{day}T{m.group(1)}:{m.group(2)}", ctx.anchor is not None

    def overnight(self, m, ctx):
        """'shares fell overnight': the night before the story's day."""
        if ctx.anchor is None:
            return "TIME", "XXXX-XX-XXTNI", False
        return "TIME", f"{(ctx.anchor - timedelta(days=1)).isoformat()}TNI", True

    def holiday(self, m, ctx):
        """'before Christmas': the nearest one in the tense's direction."""
        month, day = HOLIDAYS[m.group(1)]
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", False
        year = nearest_year(ctx.anchor, month, day, ctx.tense(m.start()))
        return "DATE", f"{year}-{month:02d}-{day:02d}", True

    def noon(self, m, ctx):
        clock = "12:00" if m.group(1).lower() in {"noon", "midday", "mid-day"} else "24"
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
        return "TIME", f"{day}T{clock}", ctx.anchor is not None

    def a_while(self, m, ctx):
        if previous_word(m) not in {"for", "in", "after", "take", "takes", "took"}:
            return None
        return "DURATION", "PXX", False

    def bare_plural(self, m, ctx):
        """'within weeks', 'for years': a length of time, how long unsaid."""
        if previous_word(m) not in {"for", "within", "in", "over", "after", "take", "took", "takes", "taken", "lasted"}:
            return None
        return self.plural_unit(m, ctx)

    def plural_unit(self, m, ctx):
        return "DURATION", duration_value("several", m.group(1)), False


# A quarter of a game, not of the year: "scored eight points in the second quarter".
GAME_WORDS = re.compile(
    r"(?i)\b(?:scor(?:ed|es|ing)|points?|touchdowns?|yards?|rebounds?|assists?|trail(?:ed|ing)|out-?scored|goals?|"
    r"possessions?|(?:seconds|minutes) left|free throws?|three-pointers?|field goals?|half-?time|buzzer|quarterback|"
    r"game|match|leads?|led|win|won|victory|defeat)\b"
)
MONEY_WORDS = re.compile(
    r"(?i)(?:%|\b(?:percent|profits?|loss(?:es)?|sales|revenues?|growth|earnings|economy|gdp|output|dollars|billion|"
    r"million|yuan|euros?|yen|inflation|exports?|imports?|shares|fiscal|results|net|income|deficit|surplus))\b"
)


def is_game_period(m: re.Match[str]) -> bool:
    around = m.string[max(0, m.start() - 150) : m.end() + 100]
    return bool(GAME_WORDS.search(around)) and not MONEY_WORDS.search(around)


def exists(year: int | None, month: int, day: int) -> bool:
    """A real calendar day ('Feb. 29' in any year when the year is not said)."""
    try:
        date(2000 if year is None else year, month, day)  # 2000: a leap year
    except ValueError:
        return False
    return True


def previous_word(m: re.Match[str]) -> str:
    words = re.findall(r"[A-Za-z]+", m.string[max(0, m.start() - 12) : m.start()])
    return words[-1].lower() if words else ""


def deictic_part(day_word: str, part_word: str, ctx: Context) -> tuple[str, str, bool]:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[day_word.lower()]
    part = PARTS_OF_DAY[part_word.lower()]
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}", False
    return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{part}", True


def shifted(anchor: date, unit: str, amount: int) -> str:
    """The anchor moved by AMOUNT units, at the unit's precision ('a year ago' -> '1997')."""
    if unit == "year":
        return f"{anchor.year + amount}"
    if unit == "decade":
        return str(anchor.year + 10 * amount)[:3]
    if unit == "month":
        year, month = shift_months(anchor, amount)
        return f"{year}-{month:02d}"
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=amount))
    return (anchor + timedelta(days=amount)).isoformat()


def relative_period(anchor: date, unit: str, offset: int) -> str:
    if unit == "year":
        return str(anchor.year + offset)
    if unit == "month":
        year, month = shift_months(anchor, offset)
        return f"{year}-{month:02d}"
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=offset))
    if unit == "weekend":
        saturday = weekday_date(anchor, 5, "past" if offset <= 0 else "future") + timedelta(weeks=max(offset, 0) - (1 if offset > 0 else 0))
        if offset < 0:
            saturday -= timedelta(weeks=1) if anchor.weekday() >= 5 else timedelta(0)
        return f"{iso_week(saturday)}-WE"
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + offset
        year = anchor.year + q // 4
        return f"{year}-Q{q % 4 + 1}"
    if unit == "decade":
        return str(anchor.year + 10 * offset)[:3]
    if unit == "century":
        return str(anchor.year + 100 * offset)[:2]
    return str(anchor.year)


def nearest_year(anchor: date, month: int, day: int, direction: str) -> int:
    """Year of 'March 5' without a year: the nearest one, leaning on the tense."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:  # Feb. 29 with no leap year either side: the nearest one that has it
        return min((y for y in range(anchor.year - 4, anchor.year + 5) if exists(y, month, day)), key=lambda y: abs(y - anchor.year))
    if direction == "future":
        future = [c for c in candidates if c >= anchor]
        if future:
            return min(future).year
    if direction == "past":
        past = [c for c in candidates if c <= anchor]
        if past and (anchor - max(past)).days < 300:
            return max(past).year
    return min(candidates, key=lambda c: abs((c - anchor).days)).year


RECOGNISER = Recogniser()
NEEDS = RECOGNISER.needs()


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
            spans = sorted((i, i + reach) for stem, reach in self.stems for i in occurrences(lowered, stem))
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


MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
UNIT_STEMS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "quarter")
# 'the past more than twenty-five years': a match starts at most ~80 characters before its unit.
NEAR_A_UNIT = Locator(re.compile(rf"\b{UNIT}\b", re.IGNORECASE), 100, 40, stems_of(UNIT_STEMS, len("centuries")))
# 'Wednesday, the 12th of September, 1989'
NEAR_A_MONTH = Locator(re.compile(rf"\b{MONTH}", re.IGNORECASE), 60, 40, stems_of(MONTH_STEMS, len("september.")))
NEAR: dict[Callable[..., object], Locator] = {RECOGNISER.duration: NEAR_A_UNIT, RECOGNISER.ago: NEAR_A_UNIT} | {
    handler: NEAR_A_MONTH
    for handler in (
        RECOGNISER.month_day_year, RECOGNISER.day_month_year, RECOGNISER.month_year_rule, RECOGNISER.month_day,
        RECOGNISER.day_of_month, RECOGNISER.relative_month, RECOGNISER.bare_month,
    )
}
WORD_REACH = 80
"""Every other rule runs around its needed words: on TimeBank and 1,200 silver articles no match
starts more than 24 characters before its word or ends more than 15 after it."""
NEAR |= {
    handler: Locator(
        re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE),
        WORD_REACH,
        WORD_REACH,
        stems_of(words) if all(w == w.lower() for w in words) else (),
    )
    for handler, words in NEEDS.items()
    if handler not in NEAR
}


def find_timexes(text: str, anchor: date | None, tense: Callable[[int], str] | None = None) -> list[Timex]:
    """All time expressions in TEXT: rules in order, earlier rules and longer spans win."""
    ctx = Context(anchor, tense or (lambda _offset: "past"))
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    lowered = text.lower()
    windows: dict[Locator, list[tuple[int, int]]] = {}
    for pattern, handler in RECOGNISER.rules:
        needed = NEEDS.get(handler)
        if needed and not any(word in lowered for word in needed):
            continue
        locator = NEAR.get(handler)
        if locator is not None:
            if locator not in windows:
                windows[locator] = locator.windows(text, lowered)
            matches = (m for window in windows[locator] for m in pattern.finditer(text, *window))
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            result = handler(m, ctx)
            if result is None:
                continue
            type_, value, resolved = result
            if handler == RECOGNISER.year and m.group(2):
                found.extend(year_range(m, text))
                taken.append((start, end))
                continue
            found.append(Timex(start, end, text[start:end], type_, value, resolved))
            taken.append((start, end))
    from generator.extract.timex_compose import compose

    return compose(sorted(found, key=lambda t: t.start), text, ctx)


def year_range(m: re.Match[str], text: str) -> list[Timex]:
    """'1991-1994' and '1991 to 1994' are two dates, as TimeML marks them."""
    first = Timex(m.start(1), m.end(1), m.group(1), "DATE", m.group(1), False)
    second_text = m.group(2)
    second_value = second_text if len(second_text) == 4 else m.group(1)[:2] + second_text
    if int(second_value) < int(m.group(1)):
        second_value = str(int(second_value) + 100)  # "1998-02": the century rolls over
    second = Timex(m.start(2), m.end(2), second_text, "DATE", second_value, False)
    return [first, second]
