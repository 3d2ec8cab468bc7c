"""A country's ministry written in lower case ('the interior ministry said') is a named body, as
its capitalised form is, and takes the name the text gives it in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_actors import actors, sheet_for


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "Voting in Varnia went smoothly, the interior ministry said on Monday.",
            "Interior Ministry",
        ),
        ("Ostrava's health ministry reported two new cases of the disease.", "Health Ministry"),
        (  # with its country's adjective, as its own name would have it
            "Tests showed bird flu did not kill the chickens, the French agriculture ministry said.",
            "French Agriculture Ministry",
        ),
        (  # the name the text gives it in full
            "The Ministry of Foreign Affairs of Varnia met the envoy. The talks will go on,"
            " the foreign ministry said later.",
            "Ministry of Foreign Affairs of Varnia",
        ),
    ],
)
def test_a_ministry_in_lower_case_is_a_body(nlp, tmp_path: Path, body: str, name: str) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "organization", found
    assert [n for n in found if "inistry" in n] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "A foreign ministry official in Harlow refused to comment on the case.",  # which one?
        "The finance ministry building in Harlow was closed on Monday.",  # a building
        "The talks were held at the new ministry in Harlow.",  # no portfolio
    ],
)
def test_a_ministry_the_text_does_not_single_out_is_no_actor(
    nlp, tmp_path: Path, body: str
) -> None:
    assert not [n for n in actors(sheet_for(nlp, tmp_path, body)) if "inistry" in n.lower()]


def test_two_countries_ministries_stay_two(nlp, tmp_path: Path) -> None:
    body = (
        "The Chinese foreign ministry said talks would resume on Monday. The Japanese foreign"
        " ministry said it had not been told."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert {"Chinese Foreign Ministry", "Japanese Foreign Ministry"} <= set(found), found
