"""The inline SVG charts: periods with their gaps, bars that say what they count, nothing
drawn from too little, and no text from an article inside the drawing."""

from __future__ import annotations

from generator.site.charts import bar_chart, periods


def test_months_run_from_the_first_to_the_last_with_the_empty_ones() -> None:
    assert periods(["2005-10-01", "2005-11-02", "2005-11-03", "2006-01-05", "XXXX-WXX-3"]) == [
        ("2005-10", 1),
        ("2005-11", 2),
        ("2005-12", 0),
        ("2006-01", 1),
    ]


def test_a_few_weeks_are_drawn_by_day() -> None:
    assert periods(["2026-03-02", "2026-03-05T09:30", "2026-03-05"]) == [
        ("2026-03-02", 1),
        ("2026-03-03", 0),
        ("2026-03-04", 0),
        ("2026-03-05", 2),
    ]
    assert periods(["2026-03-02", "2026-03"]) == [("2026-03", 2)]  # not every value is a day


def test_long_spans_and_year_only_values_are_drawn_by_year() -> None:
    assert periods(["1998", "1999-03-01", "2000-07", "2003-01-01"]) == [
        ("1998", 1),
        ("1999", 1),
        ("2000", 1),
        ("2001", 0),
        ("2002", 0),
        ("2003", 1),
    ]


def test_a_chart_says_what_each_bar_counts() -> None:
    svg = bar_chart([("2005-10", 1), ("2005-11", 3)], "Articles naming it", "article")
    assert svg is not None
    assert svg.count("<rect") == 2
    assert "<title>2005-10: 1 article</title>" in svg
    assert "<title>2005-11: 3 articles</title>" in svg
    assert 'aria-label="Articles naming it, 2005-10 to 2005-11"' in svg


def test_too_little_to_draw_is_no_chart() -> None:
    assert bar_chart([("2005-10", 4)], "Articles naming it", "article") is None
    assert bar_chart([], "Articles naming it", "article") is None
    assert periods(["<script>", "not a date"]) == []
