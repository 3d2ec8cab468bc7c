"""Time expressions on sentences written for the tests; the anchor is Friday 7 August 1998."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.timex import find_timexes

FRIDAY = date(1998, 8, 7)


def values_of(text: str) -> list[str]:
    return [t.value for t in find_timexes(text, FRIDAY, lambda _o: "past")]


def tensed_values(nlp, text: str) -> list[str]:
    """The values of TEXT's dates, each read with the tense the parse gives it (filed FRIDAY)."""
    from generator.extract.tense import tense_at

    return [t.value for t in find_timexes(text, FRIDAY, tense_at(nlp(text)))]


def one(text: str, tense: str = "past", anchor: date | None = FRIDAY) -> tuple[str, str, str]:
    found = find_timexes(text, anchor, lambda _offset: tense)
    assert len(found) == 1, found
    return found[0].text, found[0].type, found[0].value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It happened on Monday.", ("Monday", "DATE", "1998-08-03")),
        # a preposition is no part of the expression (TimeML): 'over the weekend'
        ("Talks went on over the weekend.", ("the weekend", "DATE", "1998-W31-WE")),
        ("It happened on Friday.", ("Friday", "DATE", "1998-08-07")),
        ("They met on August 3, 1998.", ("August 3, 1998", "DATE", "1998-08-03")),
        ("They met on 3 August 1998.", ("3 August 1998", "DATE", "1998-08-03")),
        ("It was founded in 1991.", ("1991", "DATE", "1991")),
        ("Sales rose in June 1997.", ("June 1997", "DATE", "1997-06")),
        ("The truce was brokered last September.", ("last September", "DATE", "1997-09")),
        ("Prices fell last week.", ("last week", "DATE", "1998-W31")),
        ("Prices fell last year.", ("last year", "DATE", "1997")),
        ("The new four-year-term parliament met.", ("four-year", "DURATION", "P4Y")),
        # a day with the year it is in: one expression
        ("The trial resumes January 23 next year.", ("January 23 next year", "DATE", "1999-01-23")),
        ("The plant opened October 13 last year.", ("October 13 last year", "DATE", "1997-10-13")),
        (  # a results story's comparison period: one expression, known to its year
            "Sales rose 12 percent over the same period last year.",
            ("the same period last year", "DATE", "1997"),
        ),
        ("Profits fell from the same period of 1996.", ("the same period of 1996", "DATE", "1996")),
        ("The deal was signed yesterday.", ("yesterday", "DATE", "1998-08-06")),
        ("Sales in the third quarter rose.", ("the third quarter", "DATE", "1998-Q3")),
        ("Growth in the 1990s was slow.", ("the 1990s", "DATE", "199")),
        ("the 30-year conflict", ("30-year", "DURATION", "P30Y")),
        ("in the past three years", ("the past three years", "DURATION", "P3Y")),
        ("It took two hours.", ("two hours", "DURATION", "PT2H")),
        ("It happened a year ago.", ("a year ago", "DATE", "1997")),
        ("Prices are now higher.", ("now", "DATE", "PRESENT_REF")),
        ("The board meets every week.", ("every week", "SET", "P1W")),
        ("It happened Friday morning.", ("Friday morning", "TIME", "1998-08-07TMO")),
        ("They met at 2:30 p.m. today.", None),
        ("last summer", ("last summer", "DATE", "1997-SU")),
        # results-story periods
        ("Profit rose in the 1997 second quarter.", ("the 1997 second quarter", "DATE", "1997-Q2")),
        (
            "Sales in this year's first quarter fell.",
            ("this year's first quarter", "DATE", "1998-Q1"),
        ),
        (
            "Sales in next year's first quarter will rise.",
            ("next year's first quarter", "DATE", "1999-Q1"),
        ),
        (
            "Net fell from the year-earlier third quarter.",
            ("the year-earlier third quarter", "DATE", "1997-Q3"),
        ),
        ("It reported the third-quarter loss.", ("third-quarter", "DATE", "1998-Q3")),
        ("Net rose from the year-ago period.", ("the year-ago period", "DATE", "1997-Q2")),
        (
            "Net rose from the corresponding period last year.",
            ("the corresponding period last year", "DATE", "1997-Q2"),
        ),
        ("Sales for the full year were flat.", ("the full year", "DATE", "1998")),
        ("Year-earlier profit was higher.", ("Year-earlier", "DATE", "1997")),
        # lengths
        ("It lasted 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("It took a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
        ("It lasted two decades.", ("two decades", "DURATION", "P20Y")),
        ("Costs rose in the past two quarters.", ("the past two quarters", "DURATION", "P2Q")),
        ("It will take several quarters.", ("several quarters", "DURATION", "PXQ")),
        # vague references and modifiers
        ("Prices fell in the last few months.", ("the last few months", "DATE", "PAST_REF")),
        ("Prices fell in recent years.", ("recent years", "DATE", "PAST_REF")),
        ("He left nearly four years ago.", ("nearly four years ago", "DATE", "1994")),
        ("The church was built 1,400 years ago.", ("1,400 years ago", "DATE", "0598")),
        ("The flood came about 4,000 years ago.", ("about 4,000 years ago", "DATE", "PAST_REF")),
        ("The siege lasted 1,000 days.", ("1,000 days", "DURATION", "P1000D")),
        (
            "Trading stopped mid-afternoon yesterday.",
            ("mid-afternoon yesterday", "TIME", "1998-08-06TAF"),
        ),
        ("It opened at 10 p.m. Wednesday.", ("10 p.m. Wednesday", "TIME", "1998-08-05T22:00")),
        ("Sales slumped this past spring.", ("this past spring", "DATE", "1998-SP")),
        ("By the year two thousand it will be gone.", ("the year two thousand", "DATE", "2000")),
        # decades and centuries as TimeML writes them: the leading digits
        ("It boomed in the late 1970s.", ("the late 1970s", "DATE", "197")),
        ("It boomed in the '80s.", ("the '80s", "DATE", "198")),
        ("It boomed in the nineties.", ("the nineties", "DATE", "199")),
        ("It was built in the 11th century.", ("the 11th century", "DATE", "10")),
        (
            "It was the bloodiest war of the twentieth century.",
            ("the twentieth century", "DATE", "19"),
        ),
        # the year, halves, seasons
        ("Volume was flat for the year.", ("the year", "DATE", "1998")),
        ("Prices hit a high for the year of $42.", ("the year", "DATE", "1998")),
        ("The cuts will be made by the end of the year.", ("the end of the year", "DATE", "1998")),
        (
            "Planting was delayed earlier in the year by rain.",
            ("earlier in the year", "DATE", "1998"),
        ),
        ("Year-end inventories rose.", ("Year-end", "DATE", "1998")),
        ("Growth slowed in the last half of 1997.", ("the last half of 1997", "DATE", "1997-H2")),
        (
            "Losses will continue through the first two quarters of 1999.",
            ("the first two quarters of 1999", "DATE", "1999-H1"),
        ),
        ("Demand was strong well into the summer.", ("the summer", "DATE", "1998-SU")),
        ("Prices peaked in the early spring.", ("the early spring", "DATE", "1998-SP")),
        (
            "It happened in the winter of nineteen ninety-four.",
            ("the winter of nineteen ninety-four", "DATE", "1994-WI"),
        ),
        ("He cut the then-current rate.", ("current", "DATE", "PAST_REF")),
        # lengths without a number, rates that are not lengths
        ("Troops will arrive within weeks.", ("weeks", "DURATION", "PXW")),
        ("The dispute has dragged on for years.", ("years", "DURATION", "PXY")),
        ("Talks may resume in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW")),
        ("The plant was closed for a while.", ("a while", "DURATION", "PXX")),
        ("Shares fell for eight trading days.", ("eight trading days", "DURATION", "P8D")),
        ("It must wait at least 20 more years.", ("at least 20 more years", "DURATION", "P20Y")),
        ("Dividends are paid every quarter.", ("every quarter", "SET", "P1Q")),
        ("Prices are checked on a daily basis.", ("on a daily basis", "SET", "P1D")),
        ("Payments are due by the end of the month.", ("the end of the month", "DATE", "1998-08")),
        (
            "Net for the year-earlier nine months fell.",
            ("the year-earlier nine months", "DURATION", "P9M"),
        ),
        ("It will one day be the largest.", ("one day", "DATE", "FUTURE_REF")),
        ("The shop closes on Sundays.", ("Sundays", "SET", "XXXX-WXX-7")),
        ("The vote is on August twenty-first.", ("August twenty-first", "DATE", "1998-08-21")),
        ("The strike would last over a week.", ("over a week", "DURATION", "P1W")),
        # wire-service clocks, holidays, noon-like words
        ("He spoke at 1559 GMT.", ("1559 GMT", "TIME", "1998-08-07T15:59")),
        ("The talks ended before Christmas.", ("Christmas", "DATE", "1997-12-25")),
        ("She was born on Christmas Day 1990.", ("Christmas Day 1990", "DATE", "1990-12-25")),
        ("Shares fell overnight in New York.", ("overnight", "TIME", "1998-08-06TNI")),
        ("Aid was held up until midday.", ("midday", "TIME", "1998-08-07T12:00")),
        ("She began her year-long reign.", ("year-long", "DURATION", "P1Y")),
        ("He won in under half-an-hour.", ("half-an-hour", "DURATION", "PT30M")),
        ("It took half a day.", ("half a day", "DURATION", "PT12H")),
        ("It was launched within days of the massacre.", ("days", "DURATION", "PXD")),
        (
            "The dollar was flat in mid-afternoon trading.",
            ("mid-afternoon", "TIME", "1998-08-07TAF"),
        ),
    ],
)
def test_normalisation(text: str, expected: tuple[str, str, str] | None) -> None:
    if expected is None:
        found = find_timexes(text, FRIDAY, lambda _o: "past")
        assert [(t.text, t.type, t.value) for t in found] == [
            ("2:30 p.m. today", "TIME", "1998-08-07T14:30")
        ]
        return
    assert one(text) == expected


def test_a_wire_clock_in_gmt_is_no_year_and_the_day_after_it_dates_both_clocks() -> None:
    found = find_timexes("The raid began at 3 p.m. (2000 GMT) Tuesday.", FRIDAY, lambda _o: "past")
    assert [(t.text, t.value) for t in found] == [
        ("3 p.m.", "1998-08-04T15:00"),
        ("2000 GMT", "1998-08-04T20:00"),
        ("Tuesday", "1998-08-04"),
    ]


def test_following_without_the_is_a_preposition_before_the_day() -> None:
    text = "Praise came following Tuesday's raid. They left the following Monday."
    found = find_timexes(text, FRIDAY, lambda _o: "past")
    assert [(t.text, t.value) for t in found] == [
        ("Tuesday", "1998-08-04"),
        ("the following Monday", "1998-08-10"),
    ]


def test_weekday_in_future_tense_looks_forward() -> None:
    assert one("They will meet on Monday.", tense="future") == ("Monday", "DATE", "1998-08-10")


def test_a_day_just_before_publication_stays_in_this_year_in_future_tense() -> None:
    """Wire stories are dated a day or two after they are written: 'will meet on Aug. 6' in a
    story of Aug. 7 is that Aug. 6; a month back it is next year's."""
    assert one("They will meet on Aug. 6.", tense="future")[2] == "1998-08-06"
    assert one("They will meet on July 6.", tense="future")[2] == "1999-07-06"


def test_a_date_on_the_object_of_a_dated_verb_is_the_nearest_such_day(nlp) -> None:
    text = "The ministry announced on Friday the suspension of classes Monday."
    assert tensed_values(nlp, text) == ["1998-08-07", "1998-08-10"]


def test_month_in_future_tense_looks_forward() -> None:
    assert one("Talks resume in March.", tense="future")[2] == "1999-03"
    # one or two months back is the month just past, not next year's (filed in August)
    assert one("The cut they decided in June will hold.", tense="future")[2] == "1998-06"
    assert one("Talks resume in May.", tense="future")[2] == "1999-05"


@pytest.mark.parametrize(
    "text, value",
    [
        # filed in August 1998: a contract delivers ahead, whatever the tense of its price
        ("Light crude for delivery in January fell 13 cents.", "1999-01"),
        ("Brent crude for September delivery gained 45 cents.", "1998-09"),
        ("Brent crude for June delivery gained 45 cents.", "1999-06"),
        ("The January delivery contract fell 13 cents.", "1999-01"),
        # a month the past tense looks back on is the last one
        ("Crude deliveries fell in January.", "1998-01"),
    ],
)
def test_a_contracts_delivery_month_is_ahead(text: str, value: str) -> None:
    assert one(text, tense="past")[2] == value


def test_a_delivery_month_dates_no_event(nlp, tmp_path) -> None:
    from tests.extract.test_events import events_of

    body = "Brent crude for January delivery gained 45 cents in London, traders said."
    assert events_of(nlp, tmp_path, body)[0]["when"] is None


@pytest.mark.parametrize(
    "body, when",
    [
        (
            "New York's main contract, light sweet crude, shed 1.13 dollars to 57.80 dollars a "
            "barrel, its lowest close since July 21.",
            None,
        ),
        ("Brent crude prices have risen in London since July 21.", "July 21"),
    ],
)
def test_the_start_of_a_record_dates_no_event(nlp, tmp_path, body: str, when) -> None:
    from tests.extract.test_events import events_of

    assert events_of(nlp, tmp_path, body)[0]["when"] == when


def test_without_publication_date_relative_values_stay_unresolved() -> None:
    assert one("It happened on Monday.", anchor=None) == ("Monday", "DATE", "XXXX-WXX-1")
    assert one("The truce was brokered last September.", anchor=None)[2] == "XXXX-09"
    found = find_timexes("It was founded in 1991.", None)
    assert found[0].value == "1991" and not found[0].resolved


def test_year_range_gives_two_dates() -> None:
    found = find_timexes("The war lasted 1991-1994.", FRIDAY)
    assert [(t.text, t.value) for t in found] == [("1991", "1991"), ("1994", "1994")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a range's start with no year takes the year of its end
        ("minister from April to August 2005", ["2005-04", "2005-08"]),
        ("open from May 1 to October 31, 2010", ["2010-05-01", "2010-10-31"]),
        ("the season from November to March 2006", ["2005-11", "2006-03"]),
        ("between June and August 1990", ["1990-06", "1990-08"]),
        # a year range: after 'to' it needs a whole year
        ("the Korean War of 1950-53", ["1950", "1953"]),
        ("from 1991 to 1994", ["1991", "1994"]),
        # a count that goes on after 'to' is no year
        ("from 118 deaths per 1,000 births in 1996 to 85 by the year 2002", ["1996", "2002"]),
    ],
)
def test_the_ends_of_a_range_of_dates(text: str, values: list[str]) -> None:
    assert values_of(text) == values


@pytest.mark.parametrize(
    "text, values",
    [
        ("It happened on Feb. 30. The following day it rained.", []),
        ("The vote was on April 31, 1998, and the next day.", ["1998"]),
        ("It was signed on the 30th of February.", ["1998-02"]),
        ("He left on Feb. 29.", ["1996-02-29"]),
        ("The 1998-02 seasons were dry.", ["1998", "2002"]),
    ],
)
def test_impossible_days_are_not_dates_and_never_stop_the_article(
    text: str, values: list[str]
) -> None:
    assert values_of(text) == values


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_timexes("Prices may fall.", FRIDAY) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The inspectors had not worked since Jan. 13.", "1998-01-13"),
        ("The party has been able to break the mould since its start on July 20.", "1998-07-20"),
        ("The rule applies effective Feb. 1.", "1999-02-01"),
        ("Merieux was given until mid-November to answer.", "1998-11"),
        # 'until' ahead of a past act leaves the nearest such day, and so does a plan held
        # before the story's time
        ("The council gave the rebels until June 30 to disarm.", "1998-06-30"),
        ("The vote had been scheduled for June 20 but was put off.", "1998-06-20"),
        ("The vote is scheduled for June 20.", "1999-06-20"),
        # an infinitive takes its clause's tense, ahead of verbs of intention
        ("Thermo agreed to buy the unit in February.", "1999-02"),
        ("The talks are supposed to conclude by March.", "1999-03"),
        ("The index is near the record high set on March 6.", "1998-03-06"),
        # a present passive is not past: the nearest such day
        ("Elections for the new assembly are held on Jan. 20.", "1999-01-20"),
        ("Elections for the new assembly were held on Jan. 20.", "1998-01-20"),
        # a purpose lies ahead of its clause, not of the story
        ("The army sent troops to guard the polls on June 15.", "1998-06-15"),
        ("The army will send troops to guard the polls on June 15.", "1999-06-15"),
        # a conjunct shares its verb's future
        ("The cup will open in Munich and ends on Feb. 9.", "1999-02-09"),
        # a participle takes its clause's future, unless what it follows is earlier
        ("The new dam will help in meeting demand for water in March.", "1999-03"),
        ("Ms. Lund will begin touring the region on Sunday.", "1998-08-09"),
        ("Ms. Lund will rest after campaigning in the north on Sunday.", "1998-08-02"),
    ],
)
def test_prepositions_point_the_way(nlp, text: str, value: str) -> None:
    """'since' looks back and 'until'/'effective' forward (from a past act's time for 'until')."""
    from generator.extract.tense import tense_at

    doc = nlp(text)
    found = find_timexes(text, FRIDAY, tense_at(doc))
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The plant opened in 1994. The following year it closed.", ["1994", "1995"]),
        (
            "Shares fell on Aug. 3, 1998; the previous Friday they rose.",
            ["1998-08-03", "1998-07-31"],
        ),
        ("It rained on Tuesday, and the following Thursday too.", ["1998-08-04", "1998-08-06"]),
        ("The following year it closed.", ["1999"]),
    ],
)
def test_following_and_previous_count_from_the_last_named_date(
    text: str, values: list[str]
) -> None:
    assert values_of(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "The share index closed at 2082.1, down 4.5%.",
        "The party won about three-quarters of the vote.",
        "You may go now, but May I ask why?",
    ],
)
def test_numbers_fractions_and_modals_are_not_dates(text: str) -> None:
    found = find_timexes(text, FRIDAY, lambda _o: "past")
    assert [t.text for t in found if t.text not in {"now"}] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("He disclosed in May that talks had failed.", "1998-05"),
        ("The panel appointed last May met.", "1998-05"),
        ("Prices rose by mid-May.", "1998-05"),
    ],
)
def test_may_where_a_month_is_expected(text: str, value: str) -> None:
    assert values_of(text) == [value]


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "In the fourth quarter, net rose to $5 million from $4 million a year earlier.",
            ["1997-Q4", "1996-Q4"],
        ),
        (
            "In the nine months to Sept. 30, 1998, sales fell from a year earlier.",
            ["P9M", "1998-09-30", "1997-09-30"],
        ),
    ],
)
def test_a_year_earlier_is_the_year_before_the_period_just_named(
    text: str, values: list[str]
) -> None:
    assert values_of(text) == values


@pytest.mark.parametrize(
    "text, values",
    [
        # the quarter the story reports on, not the last completed calendar quarter
        (
            "The company reported a drop in fiscal fourth-quarter profit. Sales in the latest period fell from a year earlier.",
            ["1997-Q4", "1997-Q4", "1996-Q4"],
        ),
        (
            "Net fell in the second quarter. In the 1997 period, net was higher.",
            ["1998-Q2", "1997-Q2"],
        ),
        (
            "Net rose in the first quarter. It was $4 million in the year-ago quarter.",
            ["1998-Q1", "1997-Q1"],
        ),
        (
            "Net rose in the second quarter, after a flat first quarter. The quarter a year ago was weak.",
            ["1998-Q2", "1998-Q1", "1997-Q2"],
        ),
        # "the quarter ended July 31": the calendar quarter most of its three months fall in
        ("In the quarter ended July 31, sales rose.", ["1998-Q2", "1998-07-31"]),
        # a day closing a quarter does not replace the quarter as the period compared with
        (
            "For the third quarter ended Sept. 30, net rose from a year earlier.",
            ["1998-Q3", "1998-09-30", "1997-Q3"],
        ),
        # a day closing another period does
        (
            "For the six months ended Aug. 12, net rose from a year earlier.",
            ["P6M", "1998-08-12", "1997-08-12"],
        ),
        # twelve months counted back from a day: a length
        ("For the year ended June 30, net rose.", ["P1Y", "1998-06-30"]),
        ("The balance in the year up to February 1998 was a surplus.", ["P1Y", "1998-02"]),
    ],
)
def test_results_stories_keep_the_quarter_they_report_on(text: str, values: list[str]) -> None:
    assert values_of(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "The airline adds 700 seats a week.",
        "It will save $500 million a year.",
        "Bars will pay 12 yuan (1.5 U.S. dollars) a day.",
        "Redemptions were strong that day.",
        'He spoke on ABC\'s "This Week" programme.',
        "They founded a venture called Orion 1980.",
        "The council adopted Resolution 1636.",
        "The Sunday Telegraph quoted him.",
        "He played with Midnight Oil.",
        "Rates rose by another one quarter percentage point.",
        "It was the year the war ended.",
        "She died in the year he was born.",
        "Japan was voted Asia's team of the year.",
        "They want to spring a surprise.",
        "Igarashi scored eight points in a row in the second quarter.",
        "He ran for two touchdowns late in the fourth quarter to seal the game.",
        # cricket's one-day game is a kind of match, not a length of time
        "India won the third one-day international by five wickets.",
        "He was left out of the one-day squad for the series.",
        "He is likely to be part of the one-day outfit.",
        "England won the one-day match by five wickets.",
        # a unit word that opens a compound is no length: 'second-line', 'year-on-year'
        "Three of the six second-line drugs failed.",
        "Sales rose by a year-on-year 5 percent.",
        # the balance of payments' account, not the present
        "China's current account will post a surplus.",
    ],
)
def test_rates_titles_and_names_are_not_dates(text: str) -> None:
    assert find_timexes(text, FRIDAY, lambda _o: "past") == []


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "In March, it got an offer. The following month, it put itself up for sale.",
            ["1998-03", "1998-04"],
        ),
        (
            "Imports totaled $37 million in 1996, a small share of imports that year.",
            ["1996", "1996"],
        ),
        (
            "Police raided a house on Aug. 3, 1998. In another raid the same day, two men were held.",
            ["1998-08-03", "1998-08-03"],
        ),
        ("That year, he left.", ["XXXX"]),
        # the same month of another year: the month the story named, in the year the phrase gives
        ("Exports rose in March from the same month of 1996.", ["1998-03", "1996-03"]),
        ("Exports rose in March from the same month last year.", ["1998-03", "1997-03"]),
        ("Exports rose from the same month of 1996.", ["1996"]),
        ("Flights leave on Monday and Tuesday nights.", ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI"]),
        ("Shares fell on Wednesday. Dealers sold in the morning.", ["1998-08-05", "1998-08-05TMO"]),
        ("By mid afternoon, the shelling had stopped.", ["1998-08-07TAF"]),
        (
            "Shares fell on Wednesday after losses overnight in Tokyo.",
            ["1998-08-05", "1998-08-04TNI"],
        ),
    ],
)
def test_that_year_is_the_year_the_story_last_named(text: str, values: list[str]) -> None:
    assert values_of(text) == values


TEXTS_WITH_EVERY_RULE = [
    "In the fourth quarter of fiscal 1998, two days from\nnow, these\ndays, the past years, mid-May,",
    "the 1990s, the '80s, the 20th century, the nineties, year-end, the weekend, every week, at noon,",
    "the week, the day, year-earlier results, the full year, the year-ago period, Friday morning,",
    "yesterday afternoon, mid-afternoon yesterday, this morning, tonight, two years ago, a year ago,",
    "last spring, summer of 1997, last May, 3 August, August 3, the near future, recently, now.",
    "for the year, the year ended June 30, the last half of 1997, the 1997 quarter, in the summer,",
    "within weeks, the weeks ahead, for a while, that year, the end of the month, every quarter,",
    "on a weekly basis,",
    "on Mondays, Tuesday nights, the year-earlier nine months, in the morning, by mid afternoon,",
    "at 1559 GMT, before Christmas, overnight, until midday, New Year's Eve, the same day, year-long,",
    "on 1998-08-07, Monday, August 3, 1998, 3 August 1998, late March 1997, on March 5, the 5th of May,",
    "the latest quarter, last year's quarter, next month, last Tuesday, nineteen ninety-eight,",
    "in recent weeks, at 11:30 p.m. local time, on March fifth, the same period last year,",
    "the same month of 1996.",
]


def test_the_texts_with_every_rule_match_every_rule() -> None:
    from generator.extract.timex.rules import RULES

    unmatched = [
        (i, rule.handler.__name__)
        for i, rule in enumerate(RULES)
        if not any(rule.compiled.search(t) for t in TEXTS_WITH_EVERY_RULE)
    ]
    assert unmatched == []


def test_every_rule_that_matches_contains_one_of_its_needed_words() -> None:
    """The skip-by-keyword shortcut never drops a match: checked on a text for every rule."""
    from generator.extract.timex.rules import RULES

    matches = 0
    for text in TEXTS_WITH_EVERY_RULE:
        for rule in RULES:
            for m in rule.compiled.finditer(text):
                matches += 1
                assert not rule.needs or any(word in m.group(0).lower() for word in rule.needs), (
                    m.group(0),
                    rule.needs,
                )
    assert matches >= len(RULES)


def test_rules_run_near_their_word_find_every_match(monkeypatch) -> None:
    """Rules searched only around a locator word (a unit, a month) lose nothing: every match lies
    within the locator's reach, and the output equals a search of the whole text."""
    import copy

    from generator.extract.timex import find
    from generator.extract.timex.rules import RULES

    texts = TEXTS_WITH_EVERY_RULE + [
        "Net rose in the past more than twenty-five\n years, and fell   nearly two  weeks ago.",
        "Wednesday, the 12th of September, 1989, and Sept. 30 and mid-May and last March.",
    ]
    for text in texts:
        for rule in RULES:
            if rule.near is None:
                continue
            windows = rule.near.windows(text)
            for m in rule.compiled.finditer(text):
                assert any(s <= m.start() and m.end() <= e for s, e in windows), (
                    m.group(0),
                    rule.handler.__name__,
                )
    windowed = [find_timexes(t, FRIDAY) for t in texts]
    everywhere = []
    for rule in RULES:
        whole = copy.copy(rule)
        object.__setattr__(whole, "near", None)
        everywhere.append(whole)
    monkeypatch.setattr(find, "RULES", tuple(everywhere))
    assert [find_timexes(t, FRIDAY) for t in texts] == windowed


def test_every_handler_is_in_the_rule_table() -> None:
    """A handler no rule calls is dead code (one was, for "daily" and "weekly")."""
    import inspect

    from generator.extract.timex import calendar_rules, lengths, relative_rules
    from generator.extract.timex.rules import RULES

    used = {rule.handler for rule in RULES}
    helpers = {"is_game_period", "previous_word", "deictic_part", "_weekday"}
    for module in (calendar_rules, lengths, relative_rules):
        handlers = {
            name: f
            for name, f in inspect.getmembers(module, inspect.isfunction)
            if f.__module__ == module.__name__ and name not in helpers
        }
        assert [name for name, f in handlers.items() if f not in used] == []


def parsed(nlp, words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A Doc with the parse given, for rules about parses the model makes only sometimes."""
    from spacy.tokens import Doc

    pos = {"VBD": "VERB", "VB": "VERB", "MD": "AUX", "NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN"}
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "PUNCT" if t in {",", "."} else "DET") for t in tags],
    )


@pytest.mark.parametrize(
    "verb, tag, tense",
    [
        ("reported", "VBD", "past"),  # its own past: the parse joined it to the future verb
        ("set", "VBD", "future"),  # the past form is the base form: the future is shared
    ],
)
def test_a_conjunct_in_its_own_past_keeps_it(nlp, verb: str, tag: str, tense: str) -> None:
    from generator.extract.tense import tense_at

    words = ["It", "will", "recommend", "cuts", "and", verb, "plans", "Thursday", "."]
    heads = [2, 2, 2, 2, 2, 2, 5, 5, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "dobj", "npadvmod", "punct"]
    tags = ["PRP", "MD", "VB", "NNS", "CC", tag, "NNS", "NNP", "."]
    doc = parsed(nlp, words, heads, deps, tags)
    assert tense_at(doc)(doc[7].idx) == tense


@pytest.mark.parametrize(
    "anchor, tense, value",
    [
        (date(1998, 8, 10), "future", "1998-W33-WE"),  # told on a Monday: the coming one
        (date(1998, 8, 10), "past", "1998-W32-WE"),  # ... or the one just past
        (date(1998, 8, 9), "future", "1998-W32-WE"),  # told on a Sunday: the one under way
    ],
)
def test_this_weekend_is_the_one_the_tense_points_to(anchor: date, tense: str, value: str) -> None:
    assert one("The meeting takes place this weekend.", tense=tense, anchor=anchor)[2] == value


def test_a_plan_in_the_past_perfect_is_for_a_time_near_the_story(nlp) -> None:
    """'had expected the deficit to reach ... in July': the expectation was overtaken."""
    text = "Analysts had expected the deficit to reach 60 billion dollars in July."
    assert tensed_values(nlp, text) == ["1998-07"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The opposition has called a general strike for Monday.", "1998-08-10"),
        ("Rallies were also announced for Sunday in the north.", "1998-08-09"),
        # the day owns a thing, or says when it happened: not what something is called for
        ("They paid for Monday's attack.", "1998-08-03"),
        ("He was arrested for the Monday attack.", "1998-08-03"),
    ],
)
def test_a_weekday_something_is_called_for_lies_ahead(nlp, text: str, value: str) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Iraqis abroad started voting ahead of Thursday's election.", "1998-08-13"),
        ("Investors stayed sidelined ahead of key data due for release Thursday.", "1998-08-13"),
        ("The parties campaigned ahead of the September vote.", "1998-09"),
        # a date of the verb itself keeps the verb's tense
        ("He spoke on Thursday ahead of the election.", "1998-08-06"),
    ],
)
def test_a_date_something_happens_ahead_of_lies_ahead(nlp, text: str, value: str) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The minister promises aid to help voters carry out their January election.", "1999-01"),
        ("The coach will let the young players start in January.", "1999-01"),
        ("The coach made the young players train in January.", "1998-01"),
    ],
)
def test_a_bare_infinitive_takes_the_time_of_the_verb_it_completes(
    nlp, text: str, value: str
) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("We can have a deal in February, the minister said.", "1999-02"),
        ("Ministers may meet again in early March.", "1999-03"),
        ("Construction work should begin in March.", "1999-03"),
        # a date of the subject, or a day's own event, is not one of the modal's possibilities
        ("A fall in prices in March may mask inflation.", "1998-03"),
        ("He may miss the match after Thursday's loss.", "1998-08-06"),
        ("The attack may have happened in March.", "1998-03"),
    ],
)
def test_a_modal_verbs_date_lies_ahead(nlp, text: str, value: str) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("He saw few changes after an expected federal election in January.", "1999-01"),
        ("Shares rose after the planned expansion of the quota on May 1.", "1999-05-01"),
        ("Shares rose after the expansion of the quota on May 1.", "1998-05-01"),
    ],
)
def test_a_date_of_a_planned_event_lies_ahead(nlp, text: str, value: str) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        # filed on Friday 7 August: 'said Saturday' is the story's next day, not six days back
        ("The minister said Saturday that the talks would go on.", "1998-08-08"),
        ("The minister said Thursday that the talks would go on.", "1998-08-06"),
        ("The minister said last Saturday that the talks would go on.", "1998-08-01"),
    ],
)
def test_a_bare_weekday_six_days_back_is_the_next_day(nlp, text: str, value: str) -> None:
    assert tensed_values(nlp, text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        # filed on 7 August: a day of July that a plan or a 'was to' points to is this July's
        ("The ministers decided to cut output by five percent as of July 20.", "1998-07-20"),
        ("The stay was to end on July 21 but the court extended it.", "1998-07-21"),
        # a day well before the story is still next year's when the tense looks ahead
        ("The ministers will meet again on March 3.", "1999-03-03"),
    ],
)
def test_a_day_just_past_that_the_tense_puts_a_year_ahead_is_the_recent_one(
    nlp, text: str, value: str
) -> None:
    assert tensed_values(nlp, text) == [value]


def test_the_day_written_into_a_hyphened_word_is_no_date() -> None:
    assert values_of("He was moved to the day-release prison near the coast.") == []
