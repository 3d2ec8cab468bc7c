"""Market reports: an index moves by points, restates the move in percent and closes at a level."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_numbers import numbers_of, what_of


def test_index_points_are_a_change_restated_in_percent(nlp, tmp_path: Path) -> None:
    body = "The Orvalo Composite Index gained 179.01 points, or 1.2 percent, to 16,962.03."
    numbers = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    change = numbers["179.01 points, or 1.2 percent"]
    assert change["what"] == "rise in Orvalo Composite Index"
    assert change["change"] == "up"
    assert change["unit"] == "points"
    assert numbers["16,962.03"]["what"] == "Orvalo Composite Index after the rise"


def test_the_level_an_index_closed_at(nlp, tmp_path: Path) -> None:
    body = "The Orvalo Composite Index shed 25.26 points to close at 6,020.94 on Friday."
    numbers = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert numbers["25.26 points"]["what"] == "fall in Orvalo Composite Index"
    assert numbers["6,020.94"]["what"] == "Orvalo Composite Index at the close"


@pytest.mark.parametrize(
    "body",
    [
        "The Varnel Stock Average rose 160.02 points to end the session at 18,704.47.",
        "The Varnel Stock Average went down 16.3 points to finish the morning session at 14,555.",
    ],
)
def test_the_session_a_market_closed_is_no_thing_at_the_level(nlp, tmp_path: Path, body) -> None:
    numbers = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    (level,) = [n for value, n in numbers.items() if value in body and "points" not in value]
    assert level["what"] == "Varnel Stock Average at the close"


def test_a_decimal_the_model_takes_for_a_date_is_a_number(nlp, tmp_path: Path) -> None:
    body = "The Orvalo Composite Index closed at 16,962.03."
    numbers = numbers_of(nlp, tmp_path, body)
    assert [n["value"] for n in numbers] == ["16,962.03"]


def test_points_a_player_adds_are_no_rise_in_the_player(nlp, tmp_path: Path) -> None:
    body = "Forward Jon Marek added 11 points in the second half."
    (points,) = numbers_of(nlp, tmp_path, body)
    assert "rise" not in (points["what"] or "")


def test_the_level_a_change_reached_at(nlp, tmp_path: Path) -> None:
    body = "The Orvalo Composite Index was up 32.70 points at 10,914.10 on Friday."
    numbers = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert numbers["10,914.10"]["what"] == "Orvalo Composite Index after the rise"


def test_points_a_player_scores_are_his_points(nlp, tmp_path: Path) -> None:
    body = "Jon Marek scored 25 points and lost 3 points on fouls."
    whats = {n["value"]: n["what"] for n in numbers_of(nlp, tmp_path, body)}
    assert whats["3 points"] == "points Jon Marek lost"


def test_a_level_a_change_passed(nlp, tmp_path: Path) -> None:
    body = "On Tuesday, crude prices plummeted below 61 dollars."
    (level,) = numbers_of(nlp, tmp_path, body)
    assert level["what"] == "crude prices after the fall"


def test_a_year_on_year_change_is_no_count_of_years(nlp, tmp_path: Path) -> None:
    body = "The Delvan figure last year was 620 million dollars, down 1.8 percent year-on-year."
    whats = {n["value"]: n["what"] for n in numbers_of(nlp, tmp_path, body)}
    assert whats["1.8 percent"] == "fall in Delvan figure"


def test_a_change_told_by_a_participle(nlp, tmp_path: Path) -> None:
    body = (
        "The Orvalo surplus shrank 17.9 percent to 635 billion yen, "
        "with imports increasing 27.0 percent to 1,287 billion yen."
    )
    whats = {n["value"]: n["what"] for n in numbers_of(nlp, tmp_path, body)}
    assert whats["27.0 percent to 1,287 billion yen"] == "rise in imports"


def test_a_move_in_points_restated_without_a_comma_gives_the_percent_its_what(
    nlp, tmp_path: Path
) -> None:
    body = "The Orvalo sub-index rose 95.63 points or 0.30 percent to 31,863.41 on Friday."
    numbers = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    percent = next(n for value, n in numbers.items() if value.startswith("0.30 percent"))
    assert percent["what"] == numbers["95.63 points"]["what"]
    assert percent["what"] is not None


@pytest.mark.parametrize(
    "body, value, what",
    [
        (  # the parse joins the second value to the verb
            "Varn's exports rose 5 percent in March and 3 percent in April.",
            "3 percent",
            "rise in Varn's exports",
        ),
        (  # the parse joins it to the first value's phrase
            "Since August the Varn crown has risen 22 percent against the euro and more than"
            " four percent against the Ostravan mark.",
            "more than four percent",
            "rise in Varn crown",
        ),
    ],
)
def test_a_value_listed_after_another_measures_what_the_first_does(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what
