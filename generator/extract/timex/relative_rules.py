"""Rule handlers for dates relative to the publication date or the story: yesterday, last
Monday, two years ago, the same month (lengths and sets are in lengths.py). Each returns (type, value, resolved)
or None to reject the match."""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.extract.hits import fired
from generator.extract.timex.values import (
    Context,
    Result,
    duration_value,
    iso_week,
    month_year,
    number_value,
    relative_period,
    shifted,
    weekday_date,
)
from generator.extract.timex.words import (
    MONTH,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    previous_word,
)


def that_period(m: re.Match[str], ctx: Context) -> Result:
    """'that year': the period of the date the story last named (see compose), unknown alone."""
    return (
        "DATE",
        {"year": "XXXX", "month": "XXXX-XX", "day": "XXXX-XX-XX"}[m.group(1).lower()],
        False,
    )


def current_period(m: re.Match[str], ctx: Context) -> Result:
    """'the week' / 'the day' in a report: the one the story is about."""
    if ctx.anchor is None:
        return None
    if m.group(1).lower() == "week":
        return "DATE", iso_week(ctx.anchor), True
    if m.group(1).lower() == "month":
        return "DATE", ctx.anchor.isoformat()[:7], True
    return "DATE", ctx.anchor.isoformat(), True


def same_period(m: re.Match[str], ctx: Context) -> Result:
    """'over the same period last year', 'the same period of 2005': the comparison period of a
    results story, known to its year (the period itself is the story's, often not a quarter:
    'the first ten months'); 'the same month of 2004' takes its month in compose."""
    if m.group(1):
        return "DATE", m.group(1), False
    if ctx.anchor is None:
        return "DATE", "PAST_REF", False
    return "DATE", str(ctx.anchor.year - 1), True


def year_back(m: re.Match[str], ctx: Context) -> Result:
    """'year-earlier results': the year before (a quarter in a results story, see compose)."""
    if ctx.anchor is None:
        return "DATE", "PAST_REF", False
    return "DATE", str(ctx.anchor.year - 1), True


def relative_month(m: re.Match[str], ctx: Context) -> Result:
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


def relative_season(m: re.Match[str], ctx: Context) -> Result:
    rel, season = m.group(1).lower(), SEASONS[m.group(2).lower()]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{season}", False
    year = ctx.anchor.year + (
        -1
        if rel in {"last", "past", "previous"}
        else 1
        if rel in {"next", "coming", "following"}
        else 0
    )
    if rel == "this past":
        starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
        year = ctx.anchor.year if starts < ctx.anchor.month else ctx.anchor.year - 1
    if rel in {"last", "past", "previous"} and season == "WI" and ctx.anchor.month <= 3:
        year = ctx.anchor.year - 1
    return "DATE", f"{year}-{season}", True


def weekday_part(m: re.Match[str], ctx: Context) -> Result:
    day = _weekday(m.group(1), m.start(), ctx)
    part = PARTS_OF_DAY[m.group(2).lower()]
    if day is None:
        return "TIME", f"XXXX-WXX-{WEEKDAYS[m.group(1).lower()] + 1}T{part}", False
    return "TIME", f"{day.isoformat()}T{part}", True


def part_day(m: re.Match[str], ctx: Context) -> Result:
    """'mid-afternoon yesterday'."""
    return deictic_part(m.group(2), m.group(1), ctx)


def day_part(m: re.Match[str], ctx: Context) -> Result:
    """'yesterday afternoon'."""
    return deictic_part(m.group(1), m.group(2), ctx)


def this_part(m: re.Match[str], ctx: Context) -> Result:
    part = PARTS_OF_DAY[m.group(2).lower()]
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}", False
    offset = -1 if m.group(1).lower() == "last" else 0
    return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{part}", True


def bare_part(m: re.Match[str], ctx: Context) -> Result:
    """'in the morning', 'by mid afternoon', 'that evening': a part of the story's day (see
    compose: the day it last named, else the publication date)."""
    if previous_word(m) not in {
        "in",
        "by",
        "during",
        "until",
        "till",
        "since",
        "through",
        "into",
        "that",
        "all",
    }:
        return None
    part = PARTS_OF_DAY[m.group(1).lower()]
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}", False
    return "TIME", f"{ctx.anchor.isoformat()}T{part}", True


def tonight(m: re.Match[str], ctx: Context) -> Result:
    if ctx.anchor is None:
        return "TIME", "XXXX-XX-XXTNI", False
    return "TIME", f"{ctx.anchor.isoformat()}TNI", True


def ago(m: re.Match[str], ctx: Context) -> Result:
    amount, unit, direction = m.group(1), m.group(2).lower().rstrip("s"), m.group(3).lower()
    n = number_value(amount)
    if direction == "earlier":
        direction = "ago"
    if (
        n is None
        or ctx.anchor is None
        or unit not in {"year", "month", "week", "day", "decade"}
        or (unit in {"year", "decade"} and n * (10 if unit == "decade" else 1) >= ctx.anchor.year)
    ):  # nor 'about 4,000 years ago', before the calendar's first year
        return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", False
    sign = -1 if direction == "ago" else 1
    return "DATE", shifted(ctx.anchor, unit, sign * int(n)), True


def ago_one(m: re.Match[str], ctx: Context) -> Result:
    unit = m.group(1).lower()
    if ctx.anchor is None:
        return "DATE", "PAST_REF", False
    return "DATE", shifted(ctx.anchor, unit, -1), True


def relative_unit(m: re.Match[str], ctx: Context) -> Result:
    rel, unit = m.group(1).lower(), m.group(2).lower()
    if m.group(0).istitle() and re.search(
        r"[\"\u201c`]\s*$", m.string[max(0, m.start() - 3) : m.start()]
    ):
        return None  # ABC's "This Week": a programme's title
    offset = (
        -1
        if rel in {"last", "past", "previous"}
        else 1
        if rel in {"next", "coming", "following"}
        else 0
    )
    if (
        rel == "past"
        and unit == "year"
        and ctx.anchor is not None
        and m.group(0).lower().startswith("the")
    ):
        return (
            "DATE",
            str(ctx.anchor.year - 1),
            True,
        )  # "the past year": TimeBank dates it to the year before
    if rel == "past" and unit in {"year", "month", "week", "decade", "century"}:
        return "DURATION", duration_value("1", unit), False
    if unit == "weekend" and rel == "this":
        return weekend(m, ctx)  # the one under way, or the one the tense points to
    if ctx.anchor is None:
        return (
            "DATE",
            {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"),
            False,
        )
    return "DATE", relative_period(ctx.anchor, unit, offset), True


def deictic_day(m: re.Match[str], ctx: Context) -> Result:
    word = m.group(1).lower()
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
    if ctx.anchor is None:
        return "DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX", False
    return "DATE", (ctx.anchor + timedelta(days=offset)).isoformat(), True


def relative_weekday(m: re.Match[str], ctx: Context) -> Result:
    rel, name = m.group(1).lower(), m.group(2).lower()
    if rel == "following" and not m.group(0).lower().startswith("the"):
        return None  # 'praised following Tuesday's raid': after it; the weekday alone is the date
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[name] + 1}", False
    weekday = WEEKDAYS[name]
    if rel in {"last", "this past", "past", "previous"}:
        back = (ctx.anchor.weekday() - weekday) % 7 or 7
        return "DATE", (ctx.anchor - timedelta(days=back)).isoformat(), True
    if rel in {"next", "following"}:
        ahead = (weekday - ctx.anchor.weekday()) % 7 or 7
        return "DATE", (ctx.anchor + timedelta(days=ahead)).isoformat(), True
    return (
        "DATE",
        weekday_date(
            ctx.anchor, weekday, "future" if "coming" in rel else ctx.tense(m.start())
        ).isoformat(),
        True,
    )


def weekday(m: re.Match[str], ctx: Context) -> Result:
    if (
        re.match(r"\s+(?-i:[A-Z][a-z]+)", m.string[m.end() : m.end() + 20])
        and previous_word(m) == "the"
        and not re.match(rf"(?i)\s+{MONTH}", m.string[m.end() : m.end() + 12])
    ):
        return None  # "The Sunday Telegraph": a title
    day = _weekday(m.group(1), m.start(), ctx)
    if day is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[m.group(1).lower()] + 1}", False
    return "DATE", day.isoformat(), True


def _weekday(name: str, offset: int, ctx: Context) -> date | None:
    """A bare weekday in the tense's direction; a past one six days back is the next day: the
    story's day is often ahead of the date it is filed under ('a Saudi official said Friday' in
    a story filed on Thursday), and news calls the day a week before 'last Friday'."""
    if ctx.anchor is None:
        return None
    tense = ctx.tense(offset)
    day = weekday_date(ctx.anchor, WEEKDAYS[name.lower()], tense)
    if tense == "past" and (ctx.anchor - day).days == 6:
        fired("dates: a bare weekday six days back is the next day", name)
        return ctx.anchor + timedelta(days=1)
    return day


def recent_units(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", "PAST_REF", False  # "recent years": TimeML's past reference, not a length


def weekend(m: re.Match[str], ctx: Context) -> Result:
    """'the weekend' is the one just past in past tense, the coming one otherwise; 'this weekend'
    told on a Saturday or Sunday is the one under way."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE", False
    rel = m.group(1).lower()
    direction = {"last": "past", "next": "future"}.get(rel) or (
        "past" if ctx.tense(m.start()) == "past" else "future"
    )
    saturday = weekday_date(ctx.anchor, 5, direction)
    if rel == "this" and ctx.anchor.weekday() == 6:
        saturday = ctx.anchor - timedelta(days=1)
    if rel == "last" and saturday == ctx.anchor:
        saturday -= timedelta(weeks=1)
    if rel == "next" and saturday == ctx.anchor:
        saturday += timedelta(weeks=1)
    return "DATE", f"{iso_week(saturday)}-WE", True


def period_end(m: re.Match[str], ctx: Context) -> Result:
    unit = m.group(1).lower()
    if ctx.anchor is None:
        return "DATE", "XXXX", False
    if unit == "year":
        return "DATE", str(ctx.anchor.year), True  # TimeML: the year itself (with an END modifier)
    return "DATE", relative_period(ctx.anchor, unit, 0), True


def present(m: re.Match[str], ctx: Context) -> Result:
    if re.search(r"(?i)\bthen[- ]$", m.string[max(0, m.start() - 5) : m.start()]):
        return "DATE", "PAST_REF", False  # "the then-current rate"
    return "DATE", "PRESENT_REF", False


def past_ref(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", "PAST_REF", False


def future_ref(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", "FUTURE_REF", False


def overnight(m: re.Match[str], ctx: Context) -> Result:
    """'shares fell overnight': the night before the story's day."""
    if ctx.anchor is None:
        return "TIME", "XXXX-XX-XXTNI", False
    return "TIME", f"{(ctx.anchor - timedelta(days=1)).isoformat()}TNI", True


def deictic_part(day_word: str, part_word: str, ctx: Context) -> tuple[str, str, bool]:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[day_word.lower()]
    part = PARTS_OF_DAY[part_word.lower()]
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}", False
    return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{part}", True
