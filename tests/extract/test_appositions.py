"""An apposition that tells of others is no post of the name before it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_actors import sheet_for


def test_a_plural_apposition_is_no_one_person_s_post(nlp, tmp_path: Path) -> None:
    body = (
        "Foreign Minister Anton Varga wants to lead the party.\n\n"
        "Besides Varga, two other heavyweights, former premier Boris Kell and Defence Minister "
        "Ivo Lenz, are also vying for the post."
    )
    roles = {a["name"]: a["role"] for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert roles["Anton Varga"] == "Foreign Minister"


def test_a_clause_after_a_post_s_body_is_no_part_of_the_post(nlp, tmp_path: Path) -> None:
    body = (
        "The monthly is sold mainly abroad, said Ana Lindqvist, chief editor of the journal "
        "who also teaches at Harlow College.\n\n"
        'The prize went to Boris Kell, head of the "new media desk" which the paper set up.'
    )
    roles = {a["name"]: a["role"] for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert roles["Ana Lindqvist"] == "chief editor of the journal"
    assert roles["Boris Kell"] == 'head of the "new media desk"'
