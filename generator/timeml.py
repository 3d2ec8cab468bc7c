"""TimeML (TIMEX3) values: one place for the patterns that read them and the words their codes
stand for, shared by the date rules (extract/timex) and the pages that show dates in words.

Values follow ISO-TimeML and the TimeBank 1.2 guidelines: `1998-08-07`, `1998-W32`,
`1998-Q3`, `1998-SU`, `199` (the 1990s), `1998-08-07TMO`, `P3M`, `PT2H`, `PRESENT_REF`.
"""

from __future__ import annotations

import re

# TimeML values, by shape (one place for the patterns that read them).
MONTH_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)$")
MONTH_OF_YEAR = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
"""A value that starts with a month of a known year ('2005-11', '2005-11-02'): its month."""
DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)$|^XXXX-WXX-\d$")
SEASON_VALUE = re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|WI)$")
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d(?::\d\d)?|MO|AF|EV|NI)$")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q(\d)$")
EXPLICIT_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
PERIOD_VALUE = re.compile(r"^\d{4}-(?:Q\d|\d\d(?:-\d\d)?|H\d)$")
WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
QUARTER = re.compile(r"(\d{4})-(Q|H)(\d)")
SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
PART_OF_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T(MO|MI|AF|EV|NI|DT)")
DURATION = re.compile(r"P(?:((?:[\d.]+|X)(?:Y|Q|M|W|D|DE|CE|L))+)?(?:T((?:[\d.]+|X)[HMS])+)?")
AMOUNT = re.compile(r"([\d.]+|X)(DE|CE|[YQMWDLHS])")
CLOCK_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)(Z|[+-]\d\d:?\d\d)?")
"""A day and a clock time, with the time zone when the value has one."""
SET_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T(MO|MI|AF|EV|NI|DT))?")
"""A weekday that recurs ('XXXX-WXX-1TNI': Monday nights)."""

# What the codes stand for, in words.
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
UNITS = {
    "Y": "year",
    "Q": "quarter",
    "M": "month",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "CE": "century",
    "L": "millennium",
}
CLOCK_UNITS = {"H": "hour", "M": "minute", "S": "second"}


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
