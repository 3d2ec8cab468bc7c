"""An apposition, or a clause after a post, that tells of others or of more is no part of the
post of the name before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_actors import sheet_for

CLAUSES_AFTER_POSTS = (
    "The monthly is sold mainly abroad, said Ana Lindqvist, chief editor of the journal "
    "who also teaches at Harlow College.\n\n"
    'The prize went to Boris Kell, head of the "new media desk" which the paper set up.'
)


@pytest.mark.parametrize(
    "body, name, role",
    [
        (  # a plural apposition is no one person's post
            "Foreign Minister Anton Varga wants to lead the party.\n\n"
            "Besides Varga, two other heavyweights, former premier Boris Kell and Defence "
            "Minister Ivo Lenz, are also vying for the post.",
            "Anton Varga",
            "Foreign Minister",
        ),
        # a clause after a post's body is no part of the post
        (CLAUSES_AFTER_POSTS, "Ana Lindqvist", "chief editor of the journal"),
        (CLAUSES_AFTER_POSTS, "Boris Kell", 'head of the "new media desk"'),
    ],
)
def test_a_post_is_not_what_is_told_after_it(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    roles = {a["name"]: a["role"] for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert roles[name] == role
