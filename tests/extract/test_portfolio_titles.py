"""A title with its portfolio after 'of' or 'for' before a name: the portfolio's capitalised
words are the title's, not a body's name nor the start of the person's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_actors import actors, sheet_for


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "Minister of Labor and Social Security Wen Daoming said on Monday that wages rose.",
            "Wen Daoming",
            "Minister of Labor and Social Security",
        ),
        (
            "Secretary for Home Affairs Martin Kwok said on Friday that the plan would work.",
            "Martin Kwok",
            "Secretary for Home Affairs",
        ),
        (
            "Minister for Youth and Sports Budi Harsono opened the games in Harlow.",
            "Budi Harsono",
            "Minister for Youth and Sports",
        ),
        (
            "Minister of State for Trade and Industry Tan Wei Ling spoke at the fair.",
            "Tan Wei Ling",
            "Minister of State for Trade and Industry",
        ),
        (  # the model's lone surname takes the given name before it
            "The pact was signed by Russian Minister of Trade and Economic Development German"
            " Gref on Monday.",
            "German Gref",
            "Russian Minister of Trade and Economic Development",
        ),
    ],
)
def test_a_portfolio_after_of_or_for_is_the_title_s(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["role"] == role, found
    assert [a["name"] for a in found.values() if a["type"] == "organization"] == [], found


@pytest.mark.parametrize(
    "body, body_name",
    [
        (  # a body's name after a title's 'of': the body, not a portfolio
            "Vlad Orsic, Chairman of International Affairs Committee of the Varn parliament,"
            " said so.",
            "International Affairs Committee",
        ),
        (
            "Aides of Varnian Prime Minister Jan Kovar met the Harlow Trust on Monday.",
            "Harlow Trust",
        ),
    ],
)
def test_a_body_after_a_title_is_no_portfolio(
    nlp, tmp_path: Path, body: str, body_name: str
) -> None:
    assert body_name in actors(sheet_for(nlp, tmp_path, body))
