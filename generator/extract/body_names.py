"""Names of bodies the model labels as places or people: a name a word for a kind of body goes
with ('the relief agency Oxfam', 'the opposition Zajedno coalition', 'Toyota plants') is that
body, not a town that shares its name."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import (
    BODY_BEFORE_NAME,
    ORG_HEADS,
    PARTY_PREPOSITIONS,
    PLACE_HEADS,
    STATE_HEADS,
)
from generator.extract.names import is_title_word, told_or_cited
from generator.extract.person_nouns import person_nouns
from generator.extract.pre_titles import ends_title_phrase
from generator.extract.sentences import first_conjunct
from generator.names import fold


def named_as_body(span: Span) -> bool:
    """'carmaker Toyota', 'the state news agency Xinhua': a word for a kind of body right before
    the name, or the noun the name is apposed to."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    root = span.root
    return (before is not None and before.lower_ in BODY_BEFORE_NAME) or (
        root.dep_ == "appos" and root.head.lower_ in ORG_HEADS
    )


def modifies_body(span: Span) -> bool:
    """'the regional Bell company', 'the Wako official': a name on a kind of body or a title is
    the body; a city's name so is where it is ('a Tokyo company')."""
    root = span.root
    head = root.head
    on_body = root.dep_ == "compound" and (head.lower_ in ORG_HEADS or is_title_word(head))
    if on_body and not gazetteer().is_major_city(span.text):
        fired("ORG named like a town on a body or title: an organisation", span.text, head.text)
        return True
    return False


def as_named_body(span: Span) -> bool:
    """'The relief agency Oxfam International', 'the opposition Zajedno coalition': a name no
    gazetteer knows as a place, named as a body or on a body's word."""
    found = named_as_body(span) and not ends_title_phrase(span.doc[span.start - 1])
    head = span.root.head
    if not found and (
        any(not t.is_lower or t.lower_ in person_nouns() for t in span.doc[span.end : head.i])
        or span.label_ != "GPE"  # 'Anatolia news agency', not 'the Darfur rebel group'
        or head.lower_ in STATE_HEADS  # 'the Lanzhou city government': the place's
        or span[-1].lower_ in PLACE_HEADS  # 'the Essex County task force'
    ):
        return False
    if found or (modifies_body(span) and not is_title_word(head)):
        fired("place-labelled name a body's word names: an organisation", span.text)
        return True
    return False


def as_body(span: Span) -> bool:
    """'Japan's top carmaker Toyota said', 'Toyota plants', 'according to Xinhua': a body that
    shares its name with a town, named as a body or as one a statement is made to or comes from."""
    return named_as_body(span) or modifies_body(span) or told_or_cited(span.root)


PEOPLE_TOO = frozenset(
    {"miner", "producer", "maker", "developer", "contractor", "publisher", "distributor"}
    | {"operator", "supplier", "body", "force", "team", "unit"}
)
"""Words for a kind of body that name a person too ('Wang, the last miner to emerge'), or a
body the person is part of."""


def kind_of_body_apposed(span: Span) -> bool:
    """A common noun for a kind of body is apposed to the name, no title in its words ('a
    ministry spokesman' is a person of a body)."""
    apposed = next((c for c in span.root.children if c.dep_ == "appos"), None)
    after = apposed.right_edge.i + 1 if apposed is not None else len(span.doc)
    found = (
        apposed is not None
        and after < len(span.doc)
        and span.doc[after].text == ","  # set off on both sides, not a clause the parse ran in
        and apposed.is_lower
        and apposed.lower_ in ORG_HEADS - PEOPLE_TOO
        and not any(is_title_word(t) for t in apposed.subtree)
    )
    if found:
        fired("a kind of body apposed to a PERSON-labelled name", span.text, span.sent.text)
    return found


def acting_facility(span: Span) -> bool:
    """'Le Figaro reported', 'Buckingham Palace neither confirmed nor denied', 'Crystal Palace
    ended Sunderland's run', 'an agreement with Spain's Telefonica SA': a name the model labels a
    building or a site (FAC) that does something, or is a party to something, is a body (a
    paper, a royal household, a team, a firm). A building things happen to ('the blasts struck
    the Grand Hyatt') or at stays a place."""
    root = first_conjunct(span.root)
    acts = root.dep_ == "nsubj" and root.head.pos_ == "VERB"
    party = root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPOSITIONS
    found = (acts or party) and fold(span[-1].text) not in PLACE_HEADS
    if found:
        fired("a building's or a site's name that acts: a body", span.text, span.sent.text[:100])
    return found
