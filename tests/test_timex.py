"""Time expressions on sentences written for the tests; the anchor is Friday 7 August 1998."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.timex import find_timexes

FRIDAY = date(1998, 8, 7)


def one(text: str, tense: str = "past", anchor: date | None = FRIDAY) -> tuple[str, str, str]:
    found = find_timexes(text, anchor, lambda _offset: tense)
    assert len(found) == 1, found
    return found[0].text, found[0].type, found[0].value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It happened on Monday.", ("Monday", "DATE", "1998-08-03")),
        ("It happened on Friday.", ("Friday", "DATE", "1998-08-07")),
        ("They met on August 3, 1998.", ("August 3, 1998", "DATE", "1998-08-03")),
        ("They met on 3 August 1998.", ("3 August 1998", "DATE", "1998-08-03")),
        ("It was founded in 1991.", ("1991", "DATE", "1991")),
        ("Sales rose in June 1997.", ("June 1997", "DATE", "1997-06")),
        ("The truce was brokered last September.", ("last September", "DATE", "1997-09")),
        ("Prices fell last week.", ("last week", "DATE", "1998-W31")),
        ("Prices fell last year.", ("last year", "DATE", "1997")),
        ("The deal was signed yesterday.", ("yesterday", "DATE", "1998-08-06")),
        ("Sales in the third quarter rose.", ("the third quarter", "DATE", "1998-Q3")),
        ("Growth in the 1990s was slow.", ("the 1990s", "DATE", "199X")),
        ("the 30-year conflict", ("30-year", "DURATION", "P30Y")),
        ("in the past three years", ("the past three years", "DURATION", "P3Y")),
        ("It took two hours.", ("two hours", "DURATION", "PT2H")),
        ("It happened a year ago.", ("a year ago", "DATE", "1997")),
        ("Prices are now higher.", ("now", "DATE", "PRESENT_REF")),
        ("The board meets every week.", ("every week", "SET", "P1W")),
        ("It happened Friday morning.", ("Friday morning", "TIME", "1998-08-07TMO")),
        ("They met at 2:30 p.m. today.", None),
        ("last summer", ("last summer", "DATE", "1997-SU")),
    ],
)
def test_normalisation(text: str, expected: tuple[str, str, str] | None) -> None:
    if expected is None:
        found = find_timexes(text, FRIDAY, lambda _o: "past")
        assert [(t.text, t.type, t.value) for t in found] == [("2:30 p.m. today", "TIME", "1998-08-07T14:30")]
        return
    assert one(text) == expected


def test_weekday_in_future_tense_looks_forward() -> None:
    assert one("They will meet on Monday.", tense="future") == ("Monday", "DATE", "1998-08-10")


def test_month_in_future_tense_looks_forward() -> None:
    assert one("Talks resume in March.", tense="future")[2] == "1999-03"


def test_without_publication_date_relative_values_stay_unresolved() -> None:
    assert one("It happened on Monday.", anchor=None) == ("Monday", "DATE", "XXXX-WXX-1")
    assert one("The truce was brokered last September.", anchor=None)[2] == "XXXX-09"
    found = find_timexes("It was founded in 1991.", None)
    assert found[0].value == "1991" and not found[0].resolved


def test_year_range_gives_two_dates() -> None:
    found = find_timexes("The war lasted 1991-1994.", FRIDAY)
    assert [(t.text, t.value) for t in found] == [("1991", "1991"), ("1994", "1994")]


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_timexes("Prices may fall.", FRIDAY) == []
