"""A noun for a person right before a name is the person's role, however the parse hangs it;
so is a player's standing ('world number one', 'third-seeded'), and a described noun before
the name's comma ('Lawson's successor, John Major')."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from generator.extract.name_nouns import describes_name, mistagged_noun
from tests.extract.test_actors import actors, sheet_for


@pytest.mark.parametrize(
    "body, name, role",
    [
        (  # the second of a list: its own noun, not the list's words before it
            "Varnland will rest spinner Karl Weston and wicketkeeper Olaf Brandt for the match.",
            "Olaf Brandt",
            "wicketkeeper",
        ),
        (  # two roles of one person joined by 'and' stay whole
            "Former premier and Varn critic Rafik Harun was buried on Monday.",
            "Rafik Harun",
            "Former premier and Varn critic",
        ),
    ],
)
def test_a_noun_before_the_name_is_its_role(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


def test_a_comparative_adjective_is_no_role(nlp, tmp_path: Path) -> None:
    """'the elder Karl Weston': which of two, not a post."""
    found = actors(sheet_for(nlp, tmp_path, "The elder Karl Weston said he would stay."))
    assert found["Karl Weston"].get("role") is None


def doc_with(nlp, word: str, tag: str, dep: str, head: int) -> Doc:
    """'then WORD Karl Weston left', WORD tagged TAG and tied to HEAD by DEP."""
    return Doc(
        nlp.vocab,
        words=["then", word, "Karl", "Weston", "left"],
        heads=[4, head, 3, 4, 4],
        deps=["advmod", dep, "compound", "nsubj", "ROOT"],
        tags=["RB", tag, "NNP", "NNP", "VBD"],
        ents=["O", "O", "B-PERSON", "I-PERSON", "O"],
    )


@pytest.mark.parametrize(
    ("word", "tag", "dep", "head", "describes"),
    [
        ("wicketkeeper", "JJR", "amod", 3, True),  # a noun the tagger took for a comparative
        ("older", "JJR", "amod", 3, False),  # a comparative
        ("filmmaker", "NN", "advmod", 4, True),  # a person's noun hung on the verb
        ("receiver", "NN", "advmod", 4, False),  # mostly a thing's
        ("criminal", "NN", "amod", 3, True),  # an adjective's dependency, a noun's tag
        ("tomorrow", "NN", "npadvmod", 4, False),  # not a noun for a person
    ],
)
def test_which_nouns_before_a_name_describe_it(
    nlp, word: str, tag: str, dep: str, head: int, describes: bool
) -> None:
    doc = doc_with(nlp, word, tag, dep, head)
    assert describes_name(doc[1], doc.ents[0]) is describes


def test_a_comparative_is_no_misread_noun(nlp) -> None:
    assert not mistagged_noun(doc_with(nlp, "elder", "JJR", "amod", 3)[1])


@pytest.mark.parametrize(
    "body, role",
    [
        ("World number one Karl Weston of Varnland beat Olaf Brandt.", "world number one"),
        ("He beat former world number two Karl Weston in the final.", "former world number two"),
        ("In other matches, third-seeded Karl Weston cruised through.", "third-seeded"),
        ("The 12th-ranked Karl Weston lost in the first round.", "12th-ranked"),
    ],
)
def test_a_players_standing_before_the_name_is_a_role(
    nlp, tmp_path: Path, body: str, role: str
) -> None:
    """The place in a ranking or a draw, as the text writes it."""
    assert actors(sheet_for(nlp, tmp_path, body))["Karl Weston"]["role"] == role


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "Lawson's successor, Karl Weston, had been in the job one day.",
            "Karl Weston",
            "successor",
        ),
        ("Police said an elderly woman, Ann Keats, was hurt.", "Ann Keats", "elderly woman"),
        ("The woman, Ann Keats, said she saw it.", "Ann Keats", None),  # nothing says which
        (
            "The registrar of the Varn court, Karl Weston, told the press it was sent.",
            "Karl Weston",
            "registrar of the Varn court",
        ),
    ],
)
def test_a_described_person_noun_before_the_comma_is_a_role(
    nlp, tmp_path: Path, body: str, name: str, role: str | None
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name].get("role") == role


def test_a_bodys_description_before_the_comma_keeps_it_a_body(nlp, tmp_path: Path) -> None:
    body = "Another major exporter, Varn Steel, has also suffered from the strong pound."
    assert actors(sheet_for(nlp, tmp_path, body))["Varn Steel"]["type"] == "organization"
