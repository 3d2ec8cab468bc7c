"""Second pass over found time expressions: TimeML spans from neighbouring pieces.

TimeBank marks "10 p.m. Wednesday", "January this year" and "each Thursday" as one
expression, includes modifiers ("nearly two years", "early Tuesday", "the end of
November", "the nine months") and leaves out "in" ("in the past") and trailing
"earlier"/"later" ("a year earlier" is the date a year before).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from generator.extract.hits import fired
from generator.extract.timex.joins import gap, merge_neighbours
from generator.extract.timex.values import Context, Timex, shifted, weekday_date
from generator.extract.timex.words import WEEKDAYS
from generator.timeml import DAY_VALUE, EXPLICIT_VALUE, MONTH_VALUE, PERIOD_VALUE, QUARTER_VALUE

DURATION_PREFIX = re.compile(
    r"\b(?:(?:the|each of the|for the|over the)\s+)?(?:nearly|almost|about|around|approximately|roughly|some|"
    r"no more than|more than|less than|at least|up to|over|fewer than|only|just)\s+$"
    r"|\b(?:the|those|these|an additional|another)\s+$",
    re.IGNORECASE,
)
DATE_PREFIX = re.compile(
    r"\b(?:(?:the\s+)?(?:early|late|mid|middle of|end of|beginning of|start of|first half of|second half of|"
    r"last half of)[- ]?(?:the\s+)?|(?:earlier|later|early|late)\s+(?:in\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
TIME_PREFIX = re.compile(
    r"\b(?:around|about|at about|shortly after|shortly before|approximately|mid[- ]?)\s*$",
    re.IGNORECASE,
)
SET_PREFIX = re.compile(r"(?:each|every)\s+$", re.IGNORECASE)


def compose(found: list[Timex], text: str, ctx: Context) -> list[Timex]:
    merged = merge_neighbours(coordinated_sets(found, text), text)
    out = []
    reference: tuple[date, str] | None = None
    period: Timex | None = None
    story: tuple[int, int] | None = None
    for i, t in enumerate(merged):
        t = extend_prefix(t, text)
        t = relative_shift(t, text, ctx)
        t = comparison_quarter(t, text, ctx, story)
        t = year_before_period(t, text, period)
        t = attributive_article(t, text)
        t = from_reference(t, reference)
        t = same_month_of_year(t, reference)
        t = part_of_reference_day(t, reference)
        following = merged[i + 1] if i + 1 < len(merged) else None
        t = range_start_year(t, following, text)
        ended = quarter_ended(t, following, text)
        t = ended if ended is not t else story_period(t, story)
        if is_reported_period(t) and not (out and closes(out[-1], t, text)):
            period = t
        out.append(t)
        story = story_quarter(t, text, ctx) or story
        explicit = EXPLICIT_VALUE.match(t.value)
        # The reference time: the last date the story names outright, or any day it points at.
        if explicit and (not t.resolved or explicit.group(3) or NAMED_MONTH.search(t.text)):
            precision = "day" if explicit.group(3) else "month" if explicit.group(2) else "year"
            reference = (
                date(
                    int(explicit.group(1)), int(explicit.group(2) or 1), int(explicit.group(3) or 1)
                ),
                precision,
            )
    return out


FROM_REFERENCE = re.compile(
    r"(?i)^(?:the\s+(following|previous)|(that|the\s+same))\s+(year|month|week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)
NAMED_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
NEEDED_PRECISION = {"year": {"year", "month", "day"}, "month": {"month", "day"}}


def from_reference(t: Timex, reference: tuple[date, str] | None) -> Timex:
    """'the following year', 'the previous Friday': counted from the date the story last named (its
    reference time), not from the publication date."""
    m = FROM_REFERENCE.match(t.text.strip())
    if reference is None or not m:
        return t
    when, precision = reference
    direction, unit = (m.group(1) or m.group(2)).lower().split()[-1], m.group(3).lower()
    if precision not in NEEDED_PRECISION.get(unit, {"day"}) or (
        direction in {"that", "same"} and unit in WEEKDAYS
    ):
        return t
    sign = {"following": 1, "previous": -1, "that": 0, "same": 0}[direction]
    if unit in WEEKDAYS:
        moved = weekday_date(
            when + timedelta(days=sign), WEEKDAYS[unit], "future" if sign > 0 else "past"
        )
        return replace(t, type="DATE", value=moved.isoformat(), resolved=True)
    return replace(t, type="DATE", value=shifted(when, unit, sign), resolved=True)


SAME_MONTH_OF = re.compile(r"(?i)^the\s+same\s+month\s")


def same_month_of_year(t: Timex, reference: tuple[date, str] | None) -> Timex:
    """'Exports rose in March from the same month of 2004': the month the story last named, in
    the year the phrase gives (the rule found the year; alone it stays that year)."""
    if not SAME_MONTH_OF.match(t.text) or reference is None or reference[1] == "year":
        return t
    fired("the same month of a year", t.text)
    return replace(t, value=f"{t.value[:4]}-{reference[0].month:02d}", resolved=True)


BARE_PART = re.compile(r"(?i)^(?:the\s+)?(?:(?:mid|early|late)[- ]?)?(morning|afternoon|evening)$")


def part_of_reference_day(t: Timex, reference: tuple[date, str] | None) -> Timex:
    """'Shares fell Friday. Dealers bought in the morning': Friday morning ('overnight': the
    night before it)."""
    if t.type != "TIME" or reference is None or reference[1] != "day":
        return t
    if t.text.strip().lower() == "overnight":
        return replace(
            t, value=f"{(reference[0] - timedelta(days=1)).isoformat()}TNI", resolved=True
        )
    if not BARE_PART.match(t.text.strip()):
        return t
    return replace(t, value=f"{reference[0].isoformat()}{t.value[10:]}", resolved=True)


YEAR_BACK = re.compile(r"(?i)^(?:a|one) year (?:ago|earlier)$|^year[- ](?:earlier|ago)$")
COMPARISON = re.compile(
    r"(?i)year[- ](?:ago|earlier)|\blast year|\ba year\b|comparable|corresponding|previous|prior"
)
ORDINAL_QUARTER = re.compile(
    r"(?i)\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter"
)
STORY_SAME = re.compile(
    r"(?i)^the\s+(?:latest|recent|most recent|past|same)?\s*(?:fiscal\s+)?(?:quarter|period)$|^this year's\s+(?:fiscal\s+)?quarter$"
)
STORY_BACK = re.compile(
    r"(?i)^the\s+(?:year-earlier|year-ago|comparable year-ago|comparable|corresponding)\s+(?:fiscal\s+)?(?:quarter|period)(?:\s+last\s+year)?$"
    r"|^the\s+(?:fiscal\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)$|^last year's\s+(?:fiscal\s+)?quarter$"
)
STORY_YEAR = re.compile(r"(?i)^the\s+(\d{4})\s+(?:fiscal\s+)?(?:quarter|period)$")


def is_reported_period(t: Timex) -> bool:
    """A period a later 'a year earlier' can refer to, unless it is itself a comparison ('the
    year-ago quarter', 'the 1988 period'). The closing day of a quarter ('the quarter ended
    Sept. 30') is not one either: the quarter is (see compose)."""
    return (
        t.type == "DATE"
        and bool(PERIOD_VALUE.match(t.value))
        and not COMPARISON.search(t.text)
        and not STORY_YEAR.match(t.text.strip())
    )


def closes(quarter: Timex, day: Timex, text: str) -> bool:
    """'the fourth quarter ended Aug. 26': the day closes the quarter, which stays the period."""
    return bool(QUARTER_VALUE.match(quarter.value)) and bool(
        re.fullmatch(r"(?i)\s+(?:that\s+)?(?:ended|ending|ends)\s+", text[quarter.end : day.start])
    )


def story_quarter(t: Timex, text: str, ctx: Context) -> tuple[int, int] | None:
    """The quarter a results story reports on: the last one it names outright ('third-quarter
    net', 'in the fiscal second quarter') that is not a comparison ('the year-earlier third
    quarter'), an aside ('after a flat second quarter') or still ahead ('the impact on
    fourth-quarter results'). Fiscal quarters keep the company's numbering, as the story does."""
    m = QUARTER_VALUE.match(t.value)
    if not m or not ORDINAL_QUARTER.search(t.text) or COMPARISON.search(t.text):
        return None
    if re.search(
        r"(?i)\ban?\s+(?:(?!(?:in|of|for|from|with|on|at|to)\s)[\w-]+\s+){0,2}$",
        text[max(0, t.start - 40) : t.start],
    ):
        return None  # "after a flat second quarter": an aside about another quarter
    tense = ctx.tense(t.start)
    if tense == "future" or ctx.anchor is None:
        return None
    year, q = int(m.group(1)), int(m.group(2))
    ends = date(year, 12, 31) if q == 4 else date(year, 3 * q + 1, 1) - timedelta(days=1)
    if ends > ctx.anchor and tense != "past":
        return None
    return year, q


def story_period(t: Timex, story: tuple[int, int] | None) -> Timex:
    """'the latest period', 'the year-ago quarter', 'the 1988 quarter': the story's quarter, in
    the year the phrase says."""
    if story is None or t.type != "DATE":
        return t
    text = t.text.strip()
    year, q = story
    explicit = STORY_YEAR.match(text)
    if explicit:
        return replace(t, value=f"{explicit.group(1)}-Q{q}")
    if STORY_SAME.match(text):
        return replace(t, value=f"{year}-Q{q}", resolved=True)
    if STORY_BACK.match(text):
        return replace(t, value=f"{year - 1}-Q{q}", resolved=True)
    return t


RANGE_WORD = re.compile(r"(?i)\s*(?:to|-|\u2013|through|until|till|and)\s*")
MONTH_OR_DAY = re.compile(r"^(\d{4})-(\d\d)(-\d\d)?$")


def range_start_year(t: Timex, following: Timex | None, text: str) -> Timex:
    """'from April to August 2005', 'May 1 to October 31, 2010': a month or day the story gives
    no year starts a range whose end does; it is in that year (the year before, when its month
    comes later in the calendar)."""
    if following is None or not t.resolved or following.resolved or not NAMED_MONTH.search(t.text):
        return t  # not 'from Monday to March 5, 2004': a weekday is the story's week
    start, end = MONTH_OR_DAY.match(t.value), MONTH_OR_DAY.match(following.value)
    if start is None or end is None or not RANGE_WORD.fullmatch(text[t.end : following.start]):
        return t
    year = int(end.group(1)) - (start.group(2) > end.group(2))
    fired("dates: a range's start takes its end's year", f"{t.text} .. {following.text}")
    return replace(t, value=f"{year}-{start.group(2)}{start.group(3) or ''}", resolved=False)


def quarter_ended(t: Timex, following: Timex | None, text: str) -> Timex:
    """'the quarter ended July 31': the calendar quarter most of those three months fall in."""
    if (
        following is None
        or t.type != "DATE"
        or not re.match(r"(?i)^the\s+(?:fiscal\s+)?quarter$", t.text.strip())
    ):
        return t
    if not re.fullmatch(
        r"(?i)\s+(?:that\s+)?(?:ended|ending|ends)\s+", text[t.end : following.start]
    ):
        return t
    day = re.match(r"^(\d{4})-(\d\d)-(\d\d)$", following.value)
    if not day:
        return t
    middle = date(int(day.group(1)), int(day.group(2)), int(day.group(3))) - timedelta(days=45)
    return replace(
        t, value=f"{middle.year}-Q{(middle.month - 1) // 3 + 1}", resolved=following.resolved
    )


def comparison_quarter(
    t: Timex, text: str, ctx: Context, story: tuple[int, int] | None = None
) -> Timex:
    """In results stories 'a year ago' is the same quarter a year before ('1988-Q3')."""
    if ctx.anchor is None or not YEAR_BACK.match(t.text.strip()):
        return t
    # An earnings story compares periods: "quarter" said anywhere before makes it the quarter.
    if "quarter" not in text[max(0, t.start - 3000) : t.end + 250].lower():
        return t
    if story is not None:
        return replace(t, type="DATE", value=f"{story[0] - 1}-Q{story[1]}", resolved=True)
    q = (ctx.anchor.month - 1) // 3 - 1
    year = ctx.anchor.year + q // 4 - 1
    return replace(t, type="DATE", value=f"{year}-Q{q % 4 + 1}", resolved=True)


SAME_PASSAGE = 300


def year_before_period(t: Timex, text: str, period: Timex | None) -> Timex:
    """'In the fourth quarter, net rose to $5 million from $4 million a year earlier': the year
    before the period just named (1988-Q4), not before the publication date."""
    if period is None or not YEAR_BACK.match(t.text.strip()) or t.start - period.end > SAME_PASSAGE:
        return t
    if "\n\n" in text[period.end : t.start]:
        return t  # another paragraph: the comparison no longer refers to it
    year, rest = period.value[:4], period.value[4:]
    return replace(t, type="DATE", value=f"{int(year) - 1}{rest}", resolved=True)


ATTRIBUTIVE = re.compile(r"(?i)^the\s+(?=\S+-(?:quarter|year|month|week|day)$)")


def attributive_article(t: Timex, text: str) -> Timex:
    """'the third-quarter loss': the article belongs to the noun the hyphenated period modifies."""
    m = ATTRIBUTIVE.match(t.text)
    if not m or not re.match(r"\s+[a-z]", text[t.end : t.end + 3]):
        return t
    start = t.start + m.end()
    return replace(t, start=start, text=text[start : t.end])


def coordinated_sets(found: list[Timex], text: str) -> list[Timex]:
    """'Monday and Tuesday nights': the first weekday repeats like the second."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        weekday = re.match(r"^XXXX-WXX-\d(T\w\w)?$", b.value)
        if (
            b.type == "SET"
            and weekday
            and re.fullmatch(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day", a.text)
            and re.fullmatch(r"\s+(?:and|or)\s+", gap(text, a, b))
        ):
            day = (
                date.fromisoformat(a.value).isoweekday()
                if DAY_VALUE.match(a.value) and not a.value.startswith("X")
                else a.value[-1]
            )
            out[i] = replace(
                a, type="SET", value=f"XXXX-WXX-{day}{weekday.group(1) or ''}", resolved=False
            )
    return out


def extend_prefix(t: Timex, text: str) -> Timex:
    before = text[max(0, t.start - 40) : t.start]
    if t.type == "DURATION":
        pattern = DURATION_PREFIX
    elif t.type == "TIME":
        pattern = TIME_PREFIX
    elif t.type == "SET":
        return t
    else:
        pattern = DATE_PREFIX
    m = pattern.search(before)
    if t.type in {"DATE", "TIME"} and SET_PREFIX.search(before):
        m = SET_PREFIX.search(before)
        start = t.start - (len(before) - m.start())
        return replace(t, start=start, text=text[start : t.end], type="SET", value=set_value(t))
    if not m or t.text.lower().startswith("the "):
        return t
    if (
        t.type == "DURATION"
        and "-" in t.text
        and " " not in t.text
        and re.match(r"(?i)(the|those|these)\s", m.group(0))
    ):
        return t  # "the 30-year conflict": the article belongs to the noun
    start = t.start - (len(before) - m.start())
    return replace(t, start=start, text=text[start : t.end])


def set_value(t: Timex) -> str:
    """'each Thursday' -> XXXX-WXX-4; 'each July' -> XXXX-07."""
    if re.match(r"^\d{4}-\d\d-\d\d$", t.value):
        weekday = date.fromisoformat(t.value).isoweekday()
        if re.match(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day", t.text):
            return f"XXXX-WXX-{weekday}"
    if MONTH_VALUE.match(t.value):
        return "XXXX-" + t.value[5:]
    return t.value


def relative_shift(t: Timex, text: str, ctx: Context) -> Timex:
    """'a year earlier' / 'three days later': the TIMEX is the amount, its value a date."""
    after = text[t.end : t.end + 12]
    m = re.match(r"\s+(earlier)\b", after)
    if t.type != "DURATION" or not m or ctx.anchor is None:
        return t
    amount = re.match(r"P(\d+)(Y|M|W|D)$", t.value)
    if not amount:
        return t
    n = -int(amount.group(1))
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[amount.group(2)]
    return replace(t, type="DATE", value=shifted(ctx.anchor, unit, n), resolved=True)
