"""The words and regex fragments time expressions are made of (TimeML's vocabulary: units,
seasons, parts of day), and the words around a number that make it no date."""

from __future__ import annotations

import calendar
import re

MONTHS = (
    {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
    | {abbr.lower(): number for number, abbr in enumerate(calendar.month_abbr) if abbr}
    | {"sept": 9}
)
"""Month names and their abbreviations (the C locale's: Python sets no other unless asked)."""
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "half a": 0.5,
    "half an": 0.5,
    "a half": 0.5,
}
VAGUE_NUMBERS = {
    "several",
    "few",
    "a few",
    "many",
    "some",
    "couple",
    "a couple of",
    "the couple of",
    "numerous",
}
UNITS = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
    "weekend": "WE",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Fixed-date holidays, as TimeML values them ('XXXX-12-25' when the year is unknown).
HOLIDAYS = {
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Christmas": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1),
    "Valentine's Day": (2, 14),
    "Halloween": (10, 31),
}
# "would last over a week": 'last' after an auxiliary is the verb.
NOT_AFTER_AUXILIARY = "".join(
    rf"(?<!\b{aux}\slast)"
    for aux in ("will", "would", "could", "can", "may", "might", "to", "should", "must", "did")
)
SPELLED_ORDINALS = (
    {
        word: n
        for n, word in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
            "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
            start=1,
        )
    }
    | {
        f"twenty-{w}": 20 + n
        for n, w in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth".split(), start=1
        )
    }
    | {
        "thirtieth": 30,
        "thirty-first": 31,
    }
)
SPELLED_ORDINAL = "|".join(sorted(SPELLED_ORDINALS, key=len, reverse=True))
MONTH_NAME = "(?:" + "|".join(calendar.month_name[1:]) + ")"
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
NUM_WORD = r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|a dozen|half[- ]an?(?=-)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|half an?|several|few|a few|a couple of|couple of|many|some)"
UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?)"
)
PART = r"(?:morning|afternoon|evening|night)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
REL = r"(?:last|this|next|past|coming|previous|current|following)"

# An amount just before "a year" makes it a rate: "700 seats a week", "$1.76 a year", "12 yuan
# (1.5 U.S. dollars) a day".
RATE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|million|billion))(?:\s+[\w-]+){0,2}(?:\s+\([^()]*\))?\s+$",
    re.IGNORECASE,
)
AWARD = re.compile(
    r"(?i)\b(?:player|team|coach|person|man|woman|athlete|manager|footballer|album|song|book|car|word|goal|movie|film"
    r"|driver|rookie|artist|personality|sportsman|sportswoman)s?\s+of\s+$"
)
# Capitalised words a year can follow without being part of a name ("In 1994", "Christmas 1997").
NOT_A_NAME = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "through",
    "during",
    "before",
    "after",
    "for",
    "of",
    "and",
    "or",
    "to",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
    "fiscal",
    "year",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "about",
    "around",
    "between",
    "circa",
    "as",
    "at",
    "on",
    "than",
    "the",
    "within",
    "last",
    "next",
    "this",
    "only",
    "also",
    "day",
    "eve",
    "halloween",
}
MONTH_CUES = {
    "in",
    "by",
    "since",
    "until",
    "till",
    "early",
    "late",
    "mid",
    "of",
    "through",
    "from",
    "each",
    "every",
    "before",
    "after",
    "during",
    "and",
    "or",
    "to",
}
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


def previous_word(m: re.Match[str]) -> str:
    words = re.findall(r"[A-Za-z]+", m.string[max(0, m.start() - 12) : m.start()])
    return words[-1].lower() if words else ""


DELIVERY_BEFORE = re.compile(r"\bdelivery\s+in\s+$", re.IGNORECASE)
DELIVERY_AFTER = re.compile(r"^\s+(?:contracts?\s+)?delivery\b", re.IGNORECASE)


def delivery_month(text: str, start: int, end: int) -> bool:
    """'Light sweet crude for delivery in January', 'Brent for January delivery': the month a
    traded contract delivers in, which is always ahead of the trading day whatever the tense of
    the price's move (and which dates no event: the price moved on the trading day)."""
    return bool(
        DELIVERY_BEFORE.search(text, max(0, start - 15), start)
        or DELIVERY_AFTER.match(text[end : end + 20])
    )
