"""An actor's name written again where the model tagged no name is that actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.known_names import KnownNames
from generator.records import Entity
from tests.extract.test_quotes import quotes_of

ACTORS = [
    Entity("organization", "Harwood"),
    Entity("person", "Paul Le Marec"),
    Entity("person", "Turki al-Rashed"),
    Entity("organization", "Brenner Orient Corp."),
    Entity("organization", "Kessel Phantom"),
    Entity("organization", "Daiko Securities Co."),
    Entity("organization", "Daiko Finance Co."),
    Entity("person", "Anna Velde"),
    Entity("country", "Zembla"),
]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Simon Harwood said on Monday that talks would resume.", "Harwood"),  # given name
        ("Le Marec said on Monday that talks would resume.", "Paul Le Marec"),  # surname
        ("Prince Turki said on Monday that talks would resume.", "Turki al-Rashed"),  # title
        ("Brenner Orient said on Monday that talks would resume.", "Brenner Orient Corp."),
        ("Kessel said on Monday that talks would resume.", None),  # a body's name cut short
        ("Daiko said on Monday that talks would resume.", None),  # two bodies: which one?
        ("Turki said on Monday that talks would resume.", None),  # a given name alone
        ("Velde Holdings said on Monday that talks would resume.", None),  # another name
        ("Peter Velde said on Monday that talks would resume.", None),  # another Velde
    ],
)
def test_an_untagged_name_is_the_one_actor_it_writes(
    nlp, sentence: str, speaker: str | None
) -> None:
    doc = nlp(sentence)
    said = next(t for t in doc if t.lower_ == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    found = KnownNames(ACTORS).actor(subject)
    assert (found.name if found else None) == speaker


def test_a_speaker_named_by_title_and_given_name_is_the_person_named_in_full(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Ambassador Prince Turki al-Rashed resigned on Monday. "
        '"Our kingdom talks to its neighbours frequently," Prince Turki said during an '
        "appearance in Washington."
    )
    found = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    assert found["Our kingdom talks to its neighbours frequently"] == "Turki al-Rashed"
