"""What a stretch of time measures when it is counted from another event."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_numbers import what_of


@pytest.mark.parametrize(
    "body, value, what",
    [
        (  # a long clause told short
            "A Harlow court freed Ostrava on Monday, 10 weeks after he was jailed over a "
            "match-fixing scandal.",
            "10 weeks",
            "time after he was jailed",
        ),
        (  # a long phrase by its noun, with its 'of' phrase
            "The fire broke out 15 months after a massive sodium leak at the Varn nuclear plant in "
            "the northern city of Harlow.",
            "15 months",
            "time after a massive sodium leak",
        ),
        (  # counted from an event told before
            "Arrested in December, Ostrava died two months later.",
            "two months",
            "time before Ostrava died",
        ),
        (
            "Police arrested the driver two hours later.",
            "two hours",
            "time before police arrested the driver",
        ),
    ],
)
def test_a_stretch_counted_from_another_event(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


def test_a_noun_a_clause_goes_on_to_tell_of_is_not_told_short(nlp, tmp_path: Path) -> None:
    body = (
        "Ostrava took office three days after his predecessor Anton Varga, blamed for the "
        "crisis in the Harlow region, resigned."
    )
    assert what_of(nlp, tmp_path, body, "three days") != "time after his predecessor"


@pytest.mark.parametrize(
    "body, value, what",
    [
        (
            "Zembla won their first medal in 20 years on Sunday.",
            "20 years",
            "time since their last medal",
        ),
        (  # an owner's 's keeps to its word
            "It was the team's first win in 20 years.",
            "20 years",
            "time since the team's last win",
        ),
        (  # a record: the time since one it beat
            "Varn wholesale prices posted the biggest monthly jump in 30 years in May.",
            "30 years",
            "time since a bigger monthly jump",
        ),
        (  # a first time: since it last happened
            "The Varn central bank raised its key rate for the first time in five years.",
            "five years",
            "time since the Varn central bank last raised its key rate",
        ),
    ],
)
def test_a_first_or_a_record_counts_the_time_since_the_last(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    "body, value",
    [
        ("Ostrava claimed her first world title in 22.16 seconds.", "22.16 seconds"),  # a race time
        ("Zembla could become the world's largest carmaker in 10 years.", "10 years"),  # ahead
        ("Varn was the largest aid recipient for 15 straight years.", "15 straight years"),
    ],
)
def test_a_race_time_a_forecast_or_a_run_is_no_time_since(
    nlp, tmp_path: Path, body: str, value: str
) -> None:
    assert not (what_of(nlp, tmp_path, body, value) or "").startswith("time since")
