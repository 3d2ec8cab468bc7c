"""What befell a counted noun is said in the past participle, whatever the verb's form."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.lemmas import past_participle
from tests.extract.test_numbers import what_of


@pytest.mark.parametrize(
    "body, value, what",
    [
        (  # a participle clause after the news
            "A Varn Air plane crashed near Harlow on Tuesday, killing 108 people.",
            "108",
            "people killed",
        ),
        (
            "A bomb exploded in a Harlow market on Friday, wounding 16 shoppers.",
            "16",
            "shoppers wounded",
        ),
        (  # an irregular past: its participle, not the past as written
            "Candidates of the Varn Front won 30 seats in Sunday's vote.",
            "30",
            "seats won",
        ),
        ("He took 21 balls to score his first run.", "21", "balls taken"),
        (  # the state the verb leaves them in
            "Five people were found dead in the house.",
            "Five",
            "people found dead in the house",
        ),
        ("About 300 people were left homeless by the floods.", "About 300", "people left homeless"),
        (  # where the counted are
            "At least 3,150 prisoners were on death row in Zembla in September.",
            "At least 3,150",
            "prisoners on death row",
        ),
        (  # a regular past as written ('hanged', never 'hung')
            "Zembla hanged 12 traffickers last year.",
            "12",
            "traffickers hanged",
        ),
    ],
)
def test_what_befell_the_counted_is_said_in_the_participle(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    "body, value, not_what",
    [
        (  # a change in an amount befalls nothing
            "Car sales reached 3.8 million in the year to June, rising 266,000 vehicles.",
            "266,000",
            "vehicles risen",
        ),
        (  # a verb that only gives the amount
            "Turnover on the Harlow exchange totalled 1.9 billion shares on Monday.",
            "1.9 billion",
            "shares totalled",
        ),
        ("Ostrava got only one vote in the Harlow council.", "only one", "vote gotten"),
    ],
)
def test_a_verb_of_amount_or_change_says_nothing_befell_it(
    nlp, tmp_path: Path, body: str, value: str, not_what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) != not_what


def test_a_named_doer_of_an_irregular_past_is_kept(nlp, tmp_path: Path) -> None:
    body = "Ostrava took 36 shots in the final."
    assert what_of(nlp, tmp_path, body, "36") == "shots Ostrava took"


@pytest.mark.parametrize(
    "verb, participle",
    [("kill", "killed"), ("take", "taken"), ("stop", "stopped"), ("carry", "carried")],
)
def test_the_past_participle_of_a_verb(verb: str, participle: str) -> None:
    assert past_participle(verb) == participle


@pytest.mark.parametrize(
    "body, value, what",
    [
        (  # the complement carries the verb's sense: 'parties looked' would misread
            "Varn's two ruling parties looked set on Monday to win the elections.",
            "two",
            "Varn's ruling parties",
        ),
        ("Seven climbers tried to reach the summit of Mount Harl.", "Seven", "climbers"),
        ("Three Ostravan soldiers went missing near Harlow.", "Three", "Ostravan soldiers"),
        # a verb its object completes, or one alone, still says what they did
        (
            "Eight Ostravan states pledged troops to the mission.",
            "Eight",
            "Ostravan states pledged troops",
        ),
        ("Two civilians died in an ambush.", "Two", "civilians died in an ambush"),
    ],
)
def test_a_verb_its_complement_completes_is_left_out(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    "body, value, what",
    [
        # the part is a count of the whole's noun, and what befell it is the part's
        (
            "Police said two of the 13 miners were killed in the blast.",
            "two",
            "miners killed in the blast",
        ),
        ("Police said two of the 13 miners were killed in the blast.", "13", "miners"),
        # a clause on the whole says what befell all of it
        (
            "The banker was one of 11 figures jailed in the scandal.",
            "11",
            "figures jailed in the scandal",
        ),
    ],
)
def test_a_part_and_the_whole_it_is_counted_of(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    "body, value, what",
    [
        # the object of the verb an infinitive completes is the infinitive's subject
        (
            "Varnco said the strong krona had caused profits in the second quarter to slump 40 percent.",
            "40 percent",
            "fall in profits",
        ),
        (
            "The tribunal ordered the city to pay 20,000 dollars to each trader.",
            "20,000 dollars",
            "city to pay",
        ),
        # a market that closes after a move closes itself, whatever it moved
        (
            "The Harl index reversed early losses to close 30 points higher at 2,150.",
            "2,150",
            "Harl index at the close",
        ),
    ],
)
def test_the_object_an_infinitive_completes_is_what_it_measures(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    "body, value, what",
    [
        # what those counted were doing, or the state they are in, when told
        (
            "Nine climbers are still missing on Mount Harl.",
            "Nine",
            "climbers missing on Mount Harl",
        ),
        ("Some 400 miners were working in the pit.", "Some 400", "miners working in the pit"),
        ("Three sailors were alive after the storm.", "Three", "sailors alive after the storm"),
        # not an adjective that needs a complement or a degree: it judges, it tells no state
        ("Some 300 voters were unable to reach the polls.", "Some 300", "voters"),
        ("Two matches a day are too hard for the players.", "Two", "matches"),
    ],
)
def test_what_the_counted_were_doing_or_the_state_they_are_in(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what
