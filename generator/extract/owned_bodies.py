"""The body a possessive pronoun's owner belongs to: 'Netanyahu said his party would win' -> the
party the text names him with (Likud), 'Foreign Minister Li said his country ...' -> China.

An owner is resolved once per article (possessors.mark_owners, which stores OWNERS); the body is
the affiliation the text gives that owner, when its kind fits the noun: a party, group or
company is an organisation, a country or government a country, a team or side either.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors import affiliations
from generator.extract.hits import fired
from generator.records import Entity

OWNERS = "factsheet_owners"
"""doc.user_data key: token index of a possessive pronoun -> its owner (possessors.py)."""
BODY_KINDS = {
    **dict.fromkeys(("country", "government", "nation"), {"country"}),
    **dict.fromkeys(
        ("party", "movement", "group", "organisation", "organization", "company", "firm")
        + ("agency", "association", "union", "ministry", "delegation"),
        {"organization"},
    ),
    **dict.fromkeys(("team", "side", "club"), {"organization", "country"}),
    **dict.fromkeys(
        ("army", "forces", "military", "navy", "police", "soldiers", "troops"),
        {"organization", "country"},
    ),
}
"""A noun after 'his', 'her', 'their' or 'its', and the kinds of actor it can be ('its troops',
'his forces': the country or the body that sends them)."""
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def owned_body(token: Token, actors: list[Entity]) -> Entity | None:
    """The actor 'his party', 'her group' or 'its government' at TOKEN stands for, if the text
    makes the owner clear and names the body it belongs to."""
    kinds = BODY_KINDS.get(token.lower_)
    if kinds is None or token.tag_ not in {"NN", "NNS"} or another_one(token):
        return None
    pronoun = next(
        (c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None
    )
    owners = token.doc.user_data.get(OWNERS) or {}
    owner = owners.get(pronoun.i) if pronoun is not None else None
    if owner is None:
        return None
    if owner.kind == "country":
        body: Entity | None = owner  # 'its government': the country itself
    else:
        body = next((a for a in affiliations(owner, actors) if a in actors), None)
    if body is None or body.kind not in kinds:
        return None
    fired("participants: the body a possessive's owner belongs to", token.sent.text, body.name)
    return body


OTHER_ONES = frozenset({"home", "native", "adopted", "former", "old", "new", "previous"})


def another_one(token: Token) -> bool:
    """'his home country', 'his former party', 'his Quest team': not the body the text names
    the owner with."""
    return any(
        c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in OTHER_ONES)
        for c in token.children
    )
