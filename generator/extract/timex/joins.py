"""Neighbouring expressions TimeBank marks as one: "10 p.m. Wednesday", "January this year",
"Christmas Day 1990", "the summer of 1997"."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.timex.values import Timex
from generator.timeml import CLOCK_VALUE, DAY_VALUE, MONTH_VALUE, QUARTER_VALUE, SEASON_VALUE


def gap(text: str, a: Timex, b: Timex) -> str:
    return text[a.end : b.start]


def merge_neighbours(found: list[Timex], text: str) -> list[Timex]:
    """Clock + day ('10 p.m. Wednesday'), month + year phrase ('January this year'), weekday + part."""
    found = clocks_in_gmt_and_day(found, text)
    out: list[Timex] = []
    i = 0
    while i < len(found):
        current = found[i]
        if i + 1 < len(found):
            following = found[i + 1]
            joined = combine(current, following, gap(text, current, following), text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(current)
        i += 1
    return out


def clocks_in_gmt_and_day(found: list[Timex], text: str) -> list[Timex]:
    """'3 p.m. (2000 GMT) Tuesday': both clock times are on the day the phrase names (the wire's
    time in GMT between them keeps the three apart)."""
    out = list(found)
    for i, (local, gmt, day) in enumerate(zip(found, found[1:], found[2:])):
        if not (
            local.type == gmt.type == "TIME"
            and gmt.text.endswith(("GMT", "UTC"))
            and re.fullmatch(r"\s*\(", gap(text, local, gmt))
            and re.fullmatch(r"\)\s*,?\s*(?:on\s+)?", gap(text, gmt, day))
            and day.type == "DATE"
            and DAY_VALUE.match(day.value)
        ):
            continue
        for k in (i, i + 1):
            clock = CLOCK_VALUE.match(out[k].value)
            if clock is not None:
                out[k] = replace(out[k], value=f"{day.value}T{clock.group(1)}", resolved=True)
    return out


def combine(a: Timex, b: Timex, between: str, text: str) -> Timex | None:
    """Two neighbouring expressions TimeBank marks as one ("10 p.m. Wednesday", "January this
    year"), or None: the first joining rule that applies."""
    if not re.fullmatch(r"\s*,?\s*(?:on\s+|of\s+)?", between):
        return None
    span_text = text[a.start : b.end]
    for join in JOINS:
        joined = join(a, b, between, span_text)
        if joined is not None:
            return joined
    return None


def clock_and_day(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'10 p.m. Wednesday' and 'Wednesday, 10 p.m.' (not across a comma that way round)."""
    clock = CLOCK_VALUE.match(a.value) if a.type == "TIME" else None
    if clock and DAY_VALUE.match(b.value) and b.type == "DATE":
        value = f"{b.value}T{clock.group(1)}"
        return replace(a, end=b.end, text=span_text, value=value, resolved=a.resolved or b.resolved)
    clock_b = CLOCK_VALUE.match(b.value) if b.type == "TIME" else None
    if clock_b and DAY_VALUE.match(a.value) and a.type == "DATE" and "," not in between:
        value = f"{a.value}T{clock_b.group(1)}"
        return replace(
            b, start=a.start, text=span_text, value=value, resolved=a.resolved or b.resolved
        )
    return None


def month_and_year(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'January this year', 'January 23 next year', 'March nineteen ninety-eight': the year
    phrase says which year the month or day is in."""
    month = MONTH_VALUE.match(a.value) or DAY_VALUE.match(a.value)
    if (
        month
        and month.group(1)
        and a.type == "DATE"
        and re.fullmatch(r"\d{4}", b.value)
        and b.type == "DATE"
        and re.match(r"(?i)(this|last|next) year|nineteen|two thousand", b.text)
    ):
        value = f"{b.value}{a.value[len(month.group(1)) :]}"
        return replace(a, end=b.end, text=span_text, value=value, resolved=a.resolved or b.resolved)
    return None


def year_back_length(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'the year-earlier nine months': the length, a year before; TimeML values the length."""
    if (
        re.fullmatch(r"(?i)year[- ](?:earlier|ago)", a.text)
        and b.type == "DURATION"
        and between == " "
    ):
        return replace(b, start=a.start, text=span_text)
    return None


def holiday_and_year(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'Christmas Day 1990': the holiday in that year."""
    holiday = re.match(r"^(?:\d{4}|XXXX)(-\d\d-\d\d)$", a.value)
    if (
        holiday
        and re.fullmatch(r"\d{4}", b.value)
        and b.type == "DATE"
        and not re.search(r"\d", a.text)
        and re.fullmatch(r",?\s+", between)
    ):
        return replace(
            a, end=b.end, text=span_text, value=f"{b.value}{holiday.group(1)}", resolved=False
        )
    return None


def season_of_year(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'the summer of 1997'."""
    season = SEASON_VALUE.match(a.value)
    if (
        season
        and a.type == "DATE"
        and re.fullmatch(r"\d{4}", b.value)
        and b.type == "DATE"
        and re.fullmatch(r"\s+of\s+", between)
    ):
        return replace(
            a, end=b.end, text=span_text, value=f"{b.value}-{season.group(2)}", resolved=False
        )
    return None


def quarter_a_year_back(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'the quarter a year ago': the same quarter of the year before."""
    quarter = QUARTER_VALUE.match(a.value)
    if (
        quarter
        and re.match(r"(?i)the\s+(?:fiscal\s+)?quarter$", a.text)
        and re.fullmatch(r"(?i)a year (?:ago|earlier)", b.text)
        and between == " "
    ):
        value = f"{int(quarter.group(1)) - 1}-Q{quarter.group(2)}"
        return replace(a, end=b.end, text=span_text, value=value)
    return None


def day_and_date(a: Timex, b: Timex, between: str, span_text: str) -> Timex | None:
    """'this coming Sunday, March eighth': one date, the explicit one wins."""
    if (
        a.type == "DATE"
        and DAY_VALUE.match(a.value)
        and b.type == "DATE"
        and DAY_VALUE.match(b.value)
        and "," in between
    ):
        value = b.value if not b.value.startswith("XXXX") else a.value
        return replace(a, end=b.end, text=span_text, value=value)
    return None


JOINS = (
    clock_and_day,
    month_and_year,
    year_back_length,
    holiday_and_year,
    season_of_year,
    quarter_a_year_back,
    day_and_date,
)
