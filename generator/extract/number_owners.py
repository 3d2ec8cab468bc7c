"""Whose a key number is (`of`): the actor its `what` names as the owner of what it counts.

`what` is built from the parse with possessive pronouns already resolved ("its stake" is
"Paribas's stake in Navigation Mixte"), so the owner is the actor it names with a possessive
("Japan's trade surplus", "Paribas's stake") or after the counted noun's 'of' ("capital of
EISB", "age of Frederick Wonham"). Other actors in it say where or with whom ("people killed in
Iraq", "stake in Navigation Mixte"), not whose.
"""

from __future__ import annotations

import re

from generator.records import Entity


def number_owner(what: str | None, actors: list[Entity]) -> Entity | None:
    """The actor WHAT names as the owner of what the number counts, the first one it names."""
    if not what:
        return None
    found: list[tuple[int, Entity]] = []
    for actor in actors:
        for surface in sorted({actor.name, *actor.surfaces()} - {""}, key=len, reverse=True):
            if surface not in what:
                continue  # (most actors: no pattern to build)
            at = owner_at(what, re.escape(surface))
            if at is not None:
                found.append((at, actor))
                break
    return min(found, key=lambda pair: pair[0])[1] if found else None


def owner_at(what: str, name: str) -> int | None:
    """Where WHAT names NAME (a pattern) as an owner: "NAME's", or "of NAME" after a common
    noun, the name ending the phrase."""
    owned = re.search(rf"(?<![\w-]){name}'s?(?!\w)", what)
    if owned is not None:
        return owned.start()
    for of in re.finditer(rf"([\w-]+) of (?:the )?{name}(?![\w-]){PHRASE_ENDS}", what):
        if of.group(1)[0].islower():
            return of.start()
    return None


PHRASE_ENDS = (
    r"(?!\s+(?!(?:in|on|at|for|to|from|with|by|after|before|over|since|and|or|as)\b"
    r"|[a-z]+(?:ed|en)\b)[a-zA-Z])"
)
"""After the name, no word of a longer noun phrase or name ('of Airbus parent group EADS' is
EADS's, 'of Liu Haixia' is not Liu Chunhong's), but a preposition or what befell them ('members
of the Revolutionary Guards killed'); the 'of' comes after a common noun ('capital of EISB',
not 'Bank of China')."""
