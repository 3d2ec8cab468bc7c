"""The action of a key fact, turned for negation and modality as a reader says it."""

from __future__ import annotations

import pytest

from generator.site.statements import action_words


@pytest.mark.parametrize(
    ("event", "said"),
    [
        ({"did": "signed", "lemma": "sign", "negated": True}, "did not sign"),
        ({"did": "called on", "lemma": "call", "modality": "will"}, "will call on"),
        ({"did": "join", "lemma": "join", "modality": "may", "negated": True}, "may not join"),
        (  # a thing its doer owns acts: the modal goes before the verb, not the thing
            {"did": "move come", "lemma": "come", "modality": "may", "negated": True},
            "move may not come",
        ),
        ({"did": "trade surplus surged", "lemma": "surge"}, "trade surplus surged"),
        ({"did": "went", "lemma": "go", "negated": True}, "did not go"),
    ],
)
def test_an_action_reads_as_the_text_turns_it(event: dict, said: str) -> None:
    assert action_words(event) == said
