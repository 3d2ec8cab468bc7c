"""An acronym the text defines names its body wherever it stands, and a noun the body's name
modifies is not the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_actors import actors, sheet_for


def test_an_acronym_the_model_left_untagged_is_a_mention_of_its_body(nlp, tmp_path: Path) -> None:
    body = (
        "The Inter-Andean Development Bank (IADB) approved a loan to Quito on Monday. "
        "Immediate comment from the IADB on the statement was not available. "
        "If the IADB ignores the summons, the court is free to act."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    bank = actors(sheet)["Inter-Andean Development Bank"]
    assert bank["mentions"] == 3
    assert "IADB" in bank["aliases"]
    ignores = next(e for e in sheet["events"] if e["did"] == "ignores")
    assert ignores["who"] == [bank["id"]]


def test_a_description_of_the_body_by_its_acronym_resolves_to_it(nlp, tmp_path: Path) -> None:
    body = (
        "Troops freed the hostages held by the Red Sierra Liberation Front (IADB) rebels. "
        "The crisis began when the IADB guerrillas entered the embassy. "
        "The guerrillas seized 70 hostages in December."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    front = actors(sheet)["Red Sierra Liberation Front"]
    assert "guerrillas" in front["role"]
    seized = next(e for e in sheet["events"] if e["did"] == "seized")
    assert seized["who"] == [front["id"]]


def test_an_acronym_of_a_name_that_is_no_actor_is_no_actor(nlp, tmp_path: Path) -> None:
    body = (
        "The Pacific Film Week (IADB) trade events opened in Manila on Wednesday with 400 buyers. "
        "If the IADB ignores the rules, the court is free to act."
    )
    assert "IADB" not in actors(sheet_for(nlp, tmp_path, body))


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # one of the body's many committees, forces, units: not the body
        (
            "The Andean Trade Council (ATC) met in Lima. A ATC committee will decide the rules.",
            "Andean Trade Council",
            None,
        ),
        (
            "An Arctic Union force will patrol the coast, the Arctic Union said.",
            "Arctic Union",
            None,
        ),
        # the article is the kind noun's after the name, or the name's own
        ("The Likud party won the vote.", "Likud", "party"),
    ],
)
def test_a_noun_the_name_modifies_is_the_body_only_when_it_is_the_one(
    nlp, tmp_path: Path, body: str, name: str, role: str | None
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


@pytest.mark.parametrize(
    ("body", "term"),
    [
        (
            "Officials in Dakar discussed a plan on intellectual property rights (IPR) on Monday. "
            "The IPR plan will be signed by Senegal.",
            "IPR",
        ),
        (
            "Mali signed a free trade agreement (FTA) with Ghana on Monday. "
            "The FTA will take effect in May.",
            "FTA",
        ),
    ],
)
def test_an_acronym_the_text_defines_by_common_words_is_a_term(
    nlp, tmp_path: Path, body: str, term: str
) -> None:
    assert term not in actors(sheet_for(nlp, tmp_path, body))


def test_an_acronym_of_a_body_in_common_words_is_the_body(nlp, tmp_path: Path) -> None:
    body = (
        "Separately, the party's national executive committee (NEC) met in Dakar. "
        "The NEC rejected the plan."
    )
    assert "NEC" in actors(sheet_for(nlp, tmp_path, body))
