"""Rule handlers for dates a text writes out: a day, month, quarter, season, year, decade, clock
time or holiday. Each returns (type, value, resolved) or None to reject the match."""

from __future__ import annotations

import re

from generator.extract.hits import fired
from generator.extract.timex.values import (
    Context,
    Result,
    exists,
    month_year,
    nearest_year,
    number_value,
)
from generator.extract.timex.words import (
    AWARD,
    HOLIDAYS,
    MONTH_CUES,
    MONTHS,
    NOT_A_NAME,
    ORDINALS,
    SEASONS,
    SPELLED_ORDINALS,
    delivery_month,
    is_game_period,
    previous_word,
)


def iso_date(m: re.Match[str], ctx: Context) -> Result:
    if not exists(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return None
    return "DATE", f"{m.group(1)}-{m.group(2)}-{m.group(3)}", False


def month_day_year(m: re.Match[str], ctx: Context) -> Result:
    month = MONTHS[m.group(1).lower().rstrip(".")]
    if not exists(int(m.group(3)), month, int(m.group(2))):
        return None  # "Feb. 30, 1998": a typo is not a date
    return "DATE", f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}", False


def day_month_year(m: re.Match[str], ctx: Context) -> Result:
    month = MONTHS[m.group(2).lower().rstrip(".")]
    if not exists(int(m.group(3)), month, int(m.group(1))):
        return None
    return "DATE", f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}", False


def month_year_rule(m: re.Match[str], ctx: Context) -> Result:
    month = MONTHS[m.group(1).lower().rstrip(".")]
    return "DATE", f"{m.group(2)}-{month:02d}", False


def month_day(m: re.Match[str], ctx: Context) -> Result:
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


def day_of_month(m: re.Match[str], ctx: Context) -> Result:
    month = MONTHS[m.group(2).lower().rstrip(".")]
    day = int(m.group(1))
    if not exists(None, month, day):
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", False
    year = nearest_year(ctx.anchor, month, day, ctx.tense(m.start()))
    return "DATE", f"{year}-{month:02d}-{day:02d}", True


def quarter(m: re.Match[str], ctx: Context) -> Result:
    if is_game_period(m):
        return None
    q = ORDINALS[m.group(4).lower()]
    which = (
        (m.group(5) or m.group(1) or m.group(2) or m.group(3) or "")
        .lower()
        .replace("'s", "")
        .replace("-", " ")
    )
    if which and which[0].isdigit():
        return "DATE", f"{which}-Q{q}", False
    if ctx.anchor is None:
        return "DATE", f"XXXX-Q{q}", False
    year = ctx.anchor.year + {
        "last year": -1,
        "next year": 1,
        "year ago": -1,
        "year earlier": -1,
    }.get(which, 0)
    current_q = (ctx.anchor.month - 1) // 3 + 1
    if not which and q > current_q and ctx.tense(m.start()) == "past":
        year -= 1
    return "DATE", f"{year}-Q{q}", True


def last_quarter(m: re.Match[str], ctx: Context) -> Result:
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
    if lead in {
        "year-earlier",
        "year-ago",
        "comparable year-ago",
        "last",
        "corresponding",
        "comparable",
    }:
        year -= 1
    if (m.group(1) or "").lower() == "current":
        q, year = (ctx.anchor.month - 1) // 3, ctx.anchor.year
    return "DATE", f"{year}-Q{q % 4 + 1}", True


def half_year(m: re.Match[str], ctx: Context) -> Result:
    """'the last half of 1989' -> 1989-H2; 'the first two quarters of 1990' -> 1990-H1."""
    half = 1 if (m.group(1) or m.group(2)).lower() == "first" else 2
    which = m.group(3).lower()
    if which[0].isdigit():
        return "DATE", f"{which}-H{half}", False
    if ctx.anchor is None:
        return "DATE", f"XXXX-H{half}", False
    year = ctx.anchor.year + {"last year": -1, "next year": 1}.get(which, 0)
    return "DATE", f"{year}-H{half}", True


def year_quarter(m: re.Match[str], ctx: Context) -> Result:
    """'the 1988 quarter': the quarter the story reports on, in that year (see compose)."""
    if ctx.anchor is None:
        return "DATE", f"{m.group(1)}-QX", False
    q = (ctx.anchor.month - 1) // 3 - 1
    return "DATE", f"{m.group(1)}-Q{q % 4 + 1}", False


def year_ended(m: re.Match[str], ctx: Context) -> Result:
    """'the year ended June 30': twelve months counted back from a date, a length in TimeML."""
    return "DURATION", "P1Y", False


def the_year(m: re.Match[str], ctx: Context) -> Result:
    """'a high for the year', 'by the end of the year': the year the story is in."""
    if AWARD.search(m.string[max(0, m.start() - 30) : m.start()]):
        return None  # "Asia's team of the year": a title
    if ctx.anchor is None:
        return "DATE", "XXXX", False
    return "DATE", str(ctx.anchor.year), True


def bare_season(m: re.Match[str], ctx: Context) -> Result:
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


def current_year(m: re.Match[str], ctx: Context) -> Result:
    """'the full year', 'the current fiscal year': the year being reported on."""
    if ctx.anchor is None:
        return "DATE", "XXXX", False
    return "DATE", str(ctx.anchor.year), True


def fiscal_year(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", m.group(1), False


def season_year(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", f"{m.group(2)}-{SEASONS[m.group(1).lower()]}", False


def decade(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", f"{m.group(1)}{m.group(2)}", False


def short_decade(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", f"19{m.group(1)}", False


def century(m: re.Match[str], ctx: Context) -> Result:
    ordinal = m.group(1).lower()
    spelled = {
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
    }
    n = spelled[ordinal] if ordinal in spelled else int(ordinal[:-2])
    return "DATE", f"{n - 1:02d}", False


def year(m: re.Match[str], ctx: Context) -> Result:
    text = m.string
    if re.match(r"[.,]\d", text[m.end() : m.end() + 2]) or re.search(
        r"\d[.,]$", text[max(0, m.start() - 2) : m.start()]
    ):
        return None  # "closed at 2082.1", "1,995": a number, not a year
    if re.match(r"\s*(?:GMT|UTC)\b", text[m.end() : m.end() + 5]):
        return None  # "(2000 GMT)": wire services' 24-hour clock
    named = re.search(r"(?:^|[^.!?]\s)([A-Z][a-z]+) $", text[max(0, m.start() - 30) : m.start()])
    if named and named.group(1).lower() not in NOT_A_NAME and not m.group(0)[0].isalpha():
        return None  # "a joint venture called Orion 1980": part of a name
    return "DATE", m.group(1), False


def bare_month(m: re.Match[str], ctx: Context) -> Result:
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
    if (
        name
        in {
            "may",
            "mar",
            "march",
            "jan",
            "sep",
            "oct",
            "dec",
            "nov",
            "jun",
            "jul",
            "aug",
            "apr",
            "feb",
        }
        and not text[0].isupper()
    ):
        return None
    if name in {"may", "march"} and not text[0].isupper():
        return None
    if len(name) <= 4 and name not in {"june", "july"} and not text.endswith("."):
        return None
    month = MONTHS[name]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", False
    if delivery_month(m.string, m.start(), m.end()):  # 'crude for January delivery rose'
        fired(
            "dates: a contract's delivery month is ahead", text, m.string[m.start() - 30 : m.end()]
        )
        year = ctx.anchor.year + (1 if month < ctx.anchor.month else 0)
        return "DATE", f"{year}-{month:02d}", True
    year = month_year(ctx.anchor, month, ctx.tense(m.start()))
    return "DATE", f"{year}-{month:02d}", True


def spelled_year(m: re.Match[str], ctx: Context) -> Result:
    century, rest = m.group(1).lower(), (m.group(2) or "").lower()
    if century == "nineteen" and not rest:
        return None
    base = 1900 if century == "nineteen" else 2000
    value = number_value(rest) if rest else 0
    if value is None:
        return None
    return "DATE", str(base + int(value)), False


def spelled_decade(m: re.Match[str], ctx: Context) -> Result:
    tens = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
    return "DATE", f"19{tens[m.group(1).lower()]}", False


def clock(m: re.Match[str], ctx: Context) -> Result:
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


def clock_24(m: re.Match[str], ctx: Context) -> Result:
    """'at 1559 GMT': wire services' 24-hour clock (the time as given, in that zone)."""
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{m.group(1)}:{m.group(2)}", ctx.anchor is not None


def holiday(m: re.Match[str], ctx: Context) -> Result:
    """'before Christmas': the nearest one in the tense's direction."""
    month, day = HOLIDAYS[m.group(1)]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", False
    year = nearest_year(ctx.anchor, month, day, ctx.tense(m.start()))
    return "DATE", f"{year}-{month:02d}-{day:02d}", True


def noon(m: re.Match[str], ctx: Context) -> Result:
    clock = "12:00" if m.group(1).lower() in {"noon", "midday", "mid-day"} else "24"
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{clock}", ctx.anchor is not None
