"""TimeML values: the records a rule returns, and the calendar arithmetic behind relative values.

Types and values follow TimeML (ISO-TimeML, TimeBank 1.2 guidelines): DATE (`1998-08-07`,
`1998-08`, `1998`, `199X`, `1998-W32`, `1998-Q3`, `1998-SU`, `PRESENT_REF`), TIME
(`1998-08-07T14:30`, `1998-08-07TMO`), DURATION (`P3M`, `PT2H`) and SET.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from generator.extract.hits import fired
from generator.extract.timex.words import NUMBER_WORDS, UNITS, VAGUE_NUMBERS
from generator.timeml import value_precision


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


Result = tuple[str, str, bool] | None
"""What a rule's handler returns: (TIMEX3 type, value, resolved against the publication date),
or None to reject the match."""


@dataclass
class Context:
    anchor: date | None
    tense: Callable[[int], str]
    """Tense ('past', 'future', 'present') of the verb governing the character offset."""


def number_value(text: str) -> float | None:
    text = text.lower().strip()
    if text.replace("-", " ") in NUMBER_WORDS:
        return NUMBER_WORDS[text.replace("-", " ")]
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if re.fullmatch(r"\d{1,3}(,\d{3})+", text):
        text = text.replace(",", "")  # '4,000 years ago'
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


RECENT_MONTHS = 2


def month_year(anchor: date, month: int, direction: str, strict: bool = False) -> int:
    """Year of a bare month name: the nearest occurrence in the tense's direction, but one or
    two months back rather than ten ahead ('the decision to cut production at the OPEC
    meeting in October', 'wages grew faster than had been expected in October', in December):
    a look-ahead tense over such a month was the parse's or the plan's, not the month's, in
    all 8 silver articles where it decided (a month ten ahead is written with its year)."""
    if direction == "future":
        back = (anchor.month - month) % 12
        if 0 < back <= RECENT_MONTHS:
            fired("dates: a month just past is not next year's", str(month), anchor.isoformat())
            return anchor.year if month < anchor.month else anchor.year - 1
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == "present" and not strict:
        forward = (month - anchor.month) % 12
        return (
            anchor.year + (1 if month < anchor.month and forward <= 6 else 0)
            if forward <= 6
            else (anchor.year if month <= anchor.month else anchor.year - 1)
        )
    if strict:
        return anchor.year if month < anchor.month else anchor.year - 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def exists(year: int | None, month: int, day: int) -> bool:
    """A real calendar day ('Feb. 29' in any year when the year is not said)."""
    try:
        date(2000 if year is None else year, month, day)  # 2000: a leap year
    except ValueError:
        return False
    return True


def shifted(anchor: date, unit: str, amount: int) -> str:
    """The anchor moved by AMOUNT units, at the unit's precision ('a year ago' -> '1997')."""
    if unit == "year":
        return f"{anchor.year + amount:04d}"  # TimeML writes year 605 as '0605'
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
        saturday = weekday_date(anchor, 5, "past" if offset <= 0 else "future") + timedelta(
            weeks=max(offset, 0) - (1 if offset > 0 else 0)
        )
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


WIRE_LAG_DAYS = 2
"""A story is often dated a day or two after it was written: 'will meet on Nov. 1' in a story
published on Nov. 2 is that Nov. 1, not next year's."""


RECENT_DAYS = 30
"""A day named without its year that fell within RECENT_DAYS before the story is that day, even
where the tense looks ahead: a plan or a 'was to' told of a day just past ('the last stay was to
end on November 21', in December), not next year's."""


def nearest_year(anchor: date, month: int, day: int, direction: str) -> int:
    """Year of 'March 5' without a year: the nearest one, leaning on the tense."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:  # Feb. 29 with no leap year either side: the nearest one that has it
        return min(
            (y for y in range(anchor.year - 4, anchor.year + 5) if exists(y, month, day)),
            key=lambda y: abs(y - anchor.year),
        )
    if direction == "future":
        future = [c for c in candidates if c >= anchor]
        recent = [c for c in candidates if 0 < (anchor - c).days <= WIRE_LAG_DAYS]
        if recent:
            return recent[0].year  # written the day before the date it was published under
        lately = [c for c in candidates if 0 < (anchor - c).days <= RECENT_DAYS]
        if lately:
            return lately[0].year  # 'decided to cut output as of Nov. 1', said on Nov. 14
        if future:
            return min(future).year
    if direction == "past":
        past = [c for c in candidates if c <= anchor]
        if past and (anchor - max(past)).days < 300:
            return max(past).year
    return min(candidates, key=lambda c: abs((c - anchor).days)).year
