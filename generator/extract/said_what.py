"""What a speech act says, short enough to read in a line: a said clause without the phrases
that close it, with its object cut to its head, or up to the comma after which a phrase only
adds to it ('hoped that his visit would be conducive to closer ties[, in a bid to ...]'); a
reported clause without the 'according to' phrase that closes it."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.clause_scope import CLAUSE_DEPS
from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.sentences import loose_punct, outside_subtrees, words_text
from generator.lemmas import lemma

MAX_SAID_WORDS = 16

COMPLEMENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "dative", "prep", "xcomp", "ccomp", "nsubjpass", "agent"}
)
"""What a verb needs after it: with one of these before a closing phrase, the phrase can go."""


def said_core(clause: Token, words: list[Token]) -> list[Token]:
    """A said CLAUSE's WORDS, when too many, without the clauses and phrases that close it, the
    last first ('confirmed that some 250 swans had died of bird flu in the region of Astrakhan
    [in the past week]'), down to what its verb needs: the words before it and its object."""
    if len(words) <= MAX_SAID_WORDS:
        return words
    closing = [
        c
        for c in clause.rights
        if c.dep_ in CLAUSE_DEPS | {"prep", "npadvmod", "advmod"}
        and (c.dep_ != "conj" or c.pos_ in {"VERB", "AUX"})  # a second statement, not 'A and B'
    ]
    while len(words) > MAX_SAID_WORDS and closing and closing[-1].right_edge.i == words[-1].i:
        if not any(c.dep_ in COMPLEMENT_DEPS for c in clause.children if c.i < closing[-1].i):
            break  # 'could not have asked [for more]', 'came [from the north]': it needs it
        words = outside_subtrees(words, [closing.pop()])  # only what ends it, nothing between
        while words and (loose_punct(words[-1]) or words[-1].dep_ == "cc"):
            words = words[:-1]
    if len(words) <= MAX_SAID_WORDS:
        fired("events: a said clause without what closes it", words_text(words))
        return words
    for shorter in (shorter_object, shorter_subject, before_a_comma):
        if len(words) > MAX_SAID_WORDS:
            words = shorter(clause, words)
    return words


def shorter_subject(clause: Token, words: list[Token]) -> list[Token]:
    """A said CLAUSE's WORDS, still too many, without what its subject's head adds after it ('a
    spate of ship hijackings [off the coast of Somalia] is restricting food aid'); else as they
    are."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject not in words:
        return words
    tails = [c for c in subject.rights if c.dep_ in OBJECT_TAILS]
    if tails and completes(tails[0]):
        tails = tails[1:]  # 'a spate [of hijackings]' stays
    short = outside_subtrees(words, tails)
    if not tails or len(short) > MAX_SAID_WORDS or short[0] != words[0]:
        return words
    after = next((t for t in short if t.i > subject.right_edge.i or t.i > tails[-1].i), None)
    if after is None or not (after.i == clause.i or after.head.i == clause.i):
        return words  # the subject ends where its clause goes on, or the parse broke it
    fired("events: a said clause with its subject's head", words_text(short))
    return short


def before_a_comma(clause: Token, words: list[Token]) -> list[Token]:
    """A said CLAUSE's WORDS up to the comma after which a phrase only adds to it ('his visit
    would be conducive to closer ties between the two nations[, in a bid to ...]'); else as
    they are."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject not in words:
        return words  # the parse broke the clause: no statement without its subject
    for k, comma in enumerate(words[:-1]):
        if comma.text != "," or comma.i < clause.i or words[k + 1].dep_ not in ADDING_DEPS:
            continue
        if any(t.head.i > comma.i for t in words[:k]):
            break  # a clause that goes on after it: 'could escalate unless the rules[, ...]'
        fired("events: a said clause up to a phrase that adds to it", words_text(words[:k]))
        return words[:k]
    return words


ADDING_DEPS = frozenset({"prep", "advcl", "npadvmod"})


OBJECT_TAILS = frozenset({"prep", "conj", "cc", "relcl", "acl", "appos", "punct"})
"""What follows an object's head and may go: 'expressed his complete understanding [for Sudan's
position ..., and his keenness to mediate ...]'."""


NOUN_COMPLEMENTS = frozenset({"of", "to"})
"""Prepositions whose phrase completes the noun before it rather than adding to it."""


def completes(tail: Token) -> bool:
    """A phrase that completes the noun it follows: 'access to water', 'the principle of ...',
    'efforts to end the war'."""
    if tail.dep_ == "prep":
        return tail.lower_ in NOUN_COMPLEMENTS
    return tail.dep_ == "acl" and any(c.tag_ == "TO" for c in tail.children)


def shorter_object(clause: Token, words: list[Token]) -> list[Token]:
    """A said CLAUSE's WORDS, still too many, with its object cut to its head and the words
    before it when the object's tail is what makes them too many; else as they are."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]  # not 'were part [of ...]'
    if not objects:
        return words
    after = [  # ', and his keenness to mediate': what the parse hung on the verb after its object
        c for c in clause.rights if c.i > objects[-1].i and c.dep_ in {"conj", "cc", "punct"}
    ]
    short = outside_subtrees(words, after)
    if objects[-1].right_edge.i != short[-1].i:
        return words
    tails = [c for c in objects[-1].rights if c.dep_ in OBJECT_TAILS]
    if tails and completes(tails[0]):
        # 'had access [to clean water]', 'welcomed the chance [to ...]'; but not what the
        # completing phrase's noun adds: 'a single case of BSE [in the United States]'
        tails = tails[1:] + [
            c
            for o in tails[0].children
            if o.dep_ == "pobj"
            for c in o.rights
            if c.dep_ in {"prep", "relcl", "acl"}  # not the rest of a list: 'to Laos and Peru'
        ]
    short = outside_subtrees(short, tails)
    if not tails or len(short) > MAX_SAID_WORDS:
        return words
    fired("events: a said clause with its object's head", words_text(short))
    return short


def without_according_to(words: list[Token]) -> list[Token]:
    """A reported clause's words without an 'according to' phrase at their end, which names
    where the report comes from ('..., according to a statement issued by the ministry'), not
    what the speaker says."""
    tail = next((t for t in words if t.lower_ == "according" and t.i + 1 < len(t.doc)), None)
    if tail is None or tail.nbor(1).lower_ != "to" or tail.right_edge.i != words[-1].i:
        return words
    fired("quote: an 'according to' phrase at its end is no part of it", tail.sent.text[:60])
    return [t for t in words if t.i < tail.i]


def without_saying_date(words: list[Token]) -> list[Token]:
    """A reported clause's words without the date of the saying that opens them ('said on Monday
    it will withdraw', 'said Saturday the talks had failed': the parse hangs the date on the
    reported verb); not a date of the clause's own words ("said Monday's vote was rigged")."""
    if not words or words[0].i == 0 or lemma(words[0].doc[words[0].i - 1]) not in SAYING_VERBS:
        return words
    phrase = words[0]
    dated = phrase.ent_type_ in DATE_TYPES or (
        phrase.dep_ == "prep" and any(c.ent_type_ in DATE_TYPES for c in phrase.children)
    )
    if (
        not dated
        or phrase.dep_ not in {"prep", "npadvmod"}
        or phrase.head.pos_ not in {"VERB", "AUX"}
    ):
        return words
    end = phrase.right_edge.i
    rest = [t for t in words if t.i > end]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    if not rest:
        return words
    fired("quote: the saying's date opens no statement", phrase.sent.text[:80])
    return rest


DATE_TYPES = frozenset({"DATE", "TIME"})
