"""A second saying verb that goes on from the first ('X said ..., adding that ...', 'MGM said
..., and added ...'): whose words it gives, where the parse hangs it on what was said."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS as SAYING
from generator.extract.names import is_title_word
from generator.extract.said_in import sayer
from generator.extract.subjects import PERSON_PRONOUNS
from generator.lemmas import lemma


def inherited_sayer(verb: Token) -> Token | None:
    """'Blinken reiterated ..., stressing that ...': the participle's sayer is its clause's;
    'MGM said the offering won't cover the cost, and added it will need more': the parse hangs
    'added' on what was said, but the saying is the first sayer's."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return completed_sayer(verb)
    if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.tag_ not in {"VBG", "VBD", "VBZ", "VBP"}:
        return None
    said = verb.head
    saying = said.head
    if said.dep_ == "ccomp" and lemma(saying) in SAYING and saying.i < said.i:
        if goes_on_from(verb, said, saying) or set_off_participle(verb, sayer(said)):
            fired("quote: a second saying verb hung on what the first said", verb.sent.text)
            return sayer(saying)
    return sayer(said)


COMPLETED = frozenset(
    {"go", "continue", "keep", "begin", "start", "proceed", "want", "wish", "try", "hasten"}
)
"""Verbs a saying verb completes with its subject's words: 'went on to add', 'continues to
insist', 'wanted to stress' (not 'refused to say', 'declined to comment': nothing said; nor
'seemed to indicate': a sign, not a speaker)."""


def completed_sayer(verb: Token) -> Token | None:
    """'He went on to add that "..."', 'she wanted to stress that ...': a saying verb that
    completes another says what that verb's subject says; not 'urged them to say', whose object
    speaks, nor 'was asked to say'."""
    head = verb.head
    if lemma(head) not in COMPLETED or any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children):
        return None  # not 'refused to say how many', 'decided to dismiss him'
    found = sayer(head)
    if found is not None:
        fired("quote: the subject of the verb a saying verb completes", verb.sent.text)
    return found


def set_off_participle(verb: Token, reported: Token | None) -> bool:
    """'X said the result was strong, noting that ...': a saying participle after a comma goes
    on from the first saying, not from what was said, unless a person is what was said's
    subject ('the statement said Yeo had written to Downer, stressing that ...': Yeo's)."""
    if reported is not None and (
        reported.lower_ in PEOPLE
        or is_title_word(reported)
        or any(t.ent_type_ == "PERSON" for t in reported.subtree)
    ):
        return False
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and lemma(verb) in GOING_ON
        and verb.doc[verb.i - 1].text == ","
    )


PEOPLE = PERSON_PRONOUNS | {"they"}
GOING_ON = frozenset({"add", "note", "say", "stress", "state", "emphasize", "emphasise"})
"""Saying verbs that only go on with what was being said ('adding', 'noting'); not 'arguing'
or 'warning', which may be whoever the clause before names ('the attorneys had filed a
request, arguing that ...')."""


def goes_on(said: Token, saying: Token) -> Token | None:
    """The second saying verb the parse hangs on what SAYING said: no part of it."""
    return next((c for c in said.children if goes_on_from(c, said, saying)), None)


def goes_on_from(verb: Token, said: Token, saying: Token) -> bool:
    """VERB is a second saying verb coordinated with SAID that goes on from SAYING."""
    return verb.dep_ == "conj" and lemma(verb) in SAYING and tells_on(verb, said, saying)


def tells_on(verb: Token, said: Token, saying: Token) -> bool:
    """VERB goes on from SAYING rather than from SAID: it has SAYING's tense, not SAID's, and
    shares no perfect with SAID ('he has contacted them and asked them')."""
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in said.children)
    return verb.tag_ == saying.tag_ != said.tag_ and not perfect
