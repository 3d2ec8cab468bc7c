"""A lower-case noun right before a name that describes the person as a title would ('triple
jumper Gu Junjie', 'British financier Sir James Goldsmith'), and where the name itself starts
with the courtesy words before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import BODY_BEFORE_NAME, PLACE_HEADS
from generator.extract.names import addresses


def describes_name(token: Token, span: Span) -> bool:
    """'triple jumper Gu Junjie', 'musician Omar Khayrat', 'his Swedish counterpart Carl Bildt':
    a lower-case singular common noun right before a name (and its courtesy words), which the
    parse makes a compound of the name or the name an apposition to, describes the person as a
    title word would. A body's or a place's word ('club', 'province') says the name is not a
    person's."""
    addressed = addressed_start(span)
    courtesy = addressed < entity_start(span)  # 'financier Sir James Goldsmith'
    tied = (token.dep_ == "compound" and span.start <= token.head.i < span.end) or (
        span.root.dep_ == "appos" and span.root.head.i == token.i and not courtesy
    )
    found = (
        token.i == addressed - 1
        and token.is_lower
        and (token.tag_ == "NN" or (mistagged_noun(token) and not courtesy))
        and tied
        and not token.ent_type_
        and token.lower_ not in BODY_BEFORE_NAME | PLACE_HEADS
    )
    if found and token.tag_ != "NN":
        fired("role: a compound the tagger took for a verb", token.text, span.text)
    return found


AGENT_SUFFIXES = ("er", "or", "ist", "ian")
"""Endings of nouns for who does something: 'wicketkeeper', 'righthander', 'allrounder'."""


def mistagged_noun(token: Token) -> bool:
    """A compound of a name the tagger read as an adjective ('executive Werner Seifert') or, when
    it ends like a noun for a doer, as a verb ('wicketkeeper Mark Boucher'; not 'join William')."""
    if token.dep_ != "compound":
        return False
    return token.tag_ == "JJ" or (
        token.tag_ in {"VB", "VBP"} and token.lower_.endswith(AGENT_SUFFIXES)
    )


def addressed_start(span: Span) -> int:
    """Where the name starts with the courtesy words before it ('financier Sir James
    Goldsmith', 'commander Gen. Wesley Clark'): a role ends there."""
    doc = span.doc
    start = entity_start(span)
    while start > 0 and addresses(doc[start - 1]) and not doc[start - 1].is_lower:
        start -= 1  # not 'first lady Betty Ford': a lower-case word is the role's own
    return start


def entity_start(span: Span) -> int:
    """Where the mention's own entity starts ('Prince Norodom Ranariddh' for 'Norodom Ranariddh')."""
    start = span.start
    while start > 0 and span.doc[start].ent_iob_ == "I":
        start -= 1
    return start
