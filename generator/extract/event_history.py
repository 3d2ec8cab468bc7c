"""Whether an event is history the story recalls rather than its news: a past perfect, an
event told as earlier, or a habit."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.sentences import first_conjunct
from generator.lemmas import lemma

ANTERIOR = frozenset({"previously", "formerly"})
"""Adverbs that place what a clause tells before the story's news."""
HABITUAL = frozenset(
    {"always", "constantly", "continually", "frequently", "often", "regularly", "repeatedly"}
    | {"routinely", "traditionally", "usually"}
)
"""Adverbs of a habit or a long record ('insurgents often kidnap foreigners', 'has repeatedly
denied'): what keeps happening is background to the story's news."""


def backshifted(verb: Token) -> bool:
    """'The Foreign Office said it had informed the family': a past perfect reported by a past
    saying verb is the past the speaker told ('we informed'), not history before it."""
    clause = first_conjunct(verb)
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.tag_ != "VBD" or lemma(saying) not in SAYING_VERBS:
        return False
    fired("events: a past perfect a past saying verb reports", verb.text, saying.text)
    return True


def is_background(verb: Token) -> bool:
    """Past perfect ('had sponsored', but not the one a past saying verb reports, see
    backshifted), told as earlier ('the government previously said the bid did not offer
    enough') or as a habit ('has repeatedly denied', 'has long called for'): history the story
    recalls, not its news."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    past_perfect = bool(auxiliaries & {"had", "'d"}) and (
        verb.tag_ == "VBN" or (verb.tag_ == "VBG" and "been" in auxiliaries)
    )  # 'had sponsored', 'had been working'
    if past_perfect and verb.tag_ == "VBG":
        fired("events: the past perfect progressive is history", verb.sent.text)
    if past_perfect and not backshifted(verb):
        return True
    head = verb
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in ANTERIOR for c in head.children):
            return True
        if habitual(head):
            fired("events: a habit or a long record is background", head.text, verb.sent.text)
            return True
        if head.dep_ not in {"conj", "ccomp", "xcomp"} or head.head.i == head.i:
            return False
        head = head.head


def habitual(verb: Token) -> bool:
    """'Often kidnap', 'has repeatedly denied', and 'long' with a perfect ('has long called')."""
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    return any(
        c.dep_ == "advmod" and (c.lower_ in HABITUAL or (perfect and c.lower_ == "long"))
        for c in verb.children
    )
