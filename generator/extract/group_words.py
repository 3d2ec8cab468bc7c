"""Words for groups of people an event's doer may be without a name: 'police', 'Peruvian
troops', 'the government' (a state's own word), and the parts of such a phrase."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import COLLECTIVE_HEADS, GOVERNING_HEADS, STATE_HEADS, is_head
from generator.records import Participant

GROUPS = GOVERNING_HEADS | COLLECTIVE_HEADS


def collective_phrase(participant: Participant) -> bool:
    """An unnamed doer that is a group of people ('police', 'Peruvian troops', 'members of the
    security forces'), not a thing a phrase after it ties to one ('participation in the Lebanese
    government', 'clashes between police and protesters')."""
    if not isinstance(participant, str):
        return False
    said = participant.split()  # ('WHO experts' and 'that government' have no phrase after)
    cut = next((k for k, word in enumerate(said) if k and word in PHRASE_OPENERS), len(said))
    words = participant.lower().split()
    own = any(is_head(word, GROUPS) for word in words[:cut])
    if not own and any(is_head(word, GROUPS) for word in words[cut:]):
        fired("participants: a group in a phrase after a thing", participant)
    return own


PHRASE_OPENERS = frozenset(
    {"in", "at", "on", "for", "from", "to", "with", "into", "against", "by", "under", "over"}
    | {"near", "after", "before", "during", "between", "among", "about", "across", "who"}
    | {"which", "that", "than"}
)
"""Words that open a phrase or clause after a noun: a group named there is not the noun ('of'
is not among them: 'members of the security forces' are of the forces)."""


def bare(token: Token) -> bool:
    """Only a determiner or a number with the noun: 'the troops', '140 troops', 'police'."""
    return all(c.dep_ in {"det", "nummod", "quantmod", "predet"} for c in token.children)


def whose(token: Token) -> bool:
    """A nationality, a country or a body among the group's modifiers: 'Peruvian troops'."""
    return any(
        c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG"}
        for c in token.children
    )


def is_group_word(token: Token) -> bool:
    return is_head(token.lower_, GROUPS)


def is_state_head(token: Token) -> bool:
    """'government', 'authorities', 'governments': a word that stands for the state."""
    return is_head(token.lower_, STATE_HEADS)
