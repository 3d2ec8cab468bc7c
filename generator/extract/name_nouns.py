"""A lower-case noun right before a name that describes the person as a title would ('triple
jumper Gu Junjie', 'British financier Sir James Goldsmith'), and where the name itself starts
with the courtesy words before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import BODY_BEFORE_NAME, PLACE_HEADS
from generator.extract.names import addresses
from generator.extract.person_nouns import person_nouns
from generator.lemmas import adjective_degree


def describes_name(token: Token, span: Span) -> bool:
    """'triple jumper Gu Junjie', 'musician Omar Khayrat', 'his Swedish counterpart Carl Bildt':
    a lower-case singular common noun right before a name (and its courtesy words), which the
    parse makes a compound of the name or the name an apposition to, describes the person as a
    title word would. A body's or a place's word ('club', 'province') says the name is not a
    person's."""
    addressed = addressed_start(span)
    courtesy = addressed < entity_start(span)  # 'financier Sir James Goldsmith'
    modifies = token.dep_ in {"compound", "amod"} and span.start <= token.head.i < span.end
    tied = modifies or (span.root.dep_ == "appos" and span.root.head.i == token.i and not courtesy)
    found = (
        token.i == addressed - 1
        and token.is_lower
        and not token.ent_type_
        and token.lower_ not in BODY_BEFORE_NAME | PLACE_HEADS
        and not comparative(token)  # 'the elder X': which of two, no post
        and (
            (token.tag_ == "NN" and tied)
            or (mistagged_noun(token) and modifies and not courtesy)
            or (stray_person_noun(token) and not courtesy)
        )
    )
    if found and not (token.tag_ == "NN" and tied):
        fired("role: a noun before the name the parse read otherwise", token.text, span.text)
    return found


AGENT_SUFFIXES = ("er", "or", "ist", "ian")
"""Endings of nouns for who does something: 'wicketkeeper', 'righthander', 'allrounder'."""


def mistagged_noun(token: Token) -> bool:
    """A modifier of a name the tagger read as an adjective in a compound ('executive Werner
    Seifert') or, when it ends like a noun for a doer, as a verb or a comparative ('wicketkeeper
    Mark Boucher'; not 'join William', 'the elder Bush')."""
    if token.tag_ == "JJ":
        return token.dep_ == "compound"
    doer = token.lower_.endswith(AGENT_SUFFIXES)
    if token.tag_ == "JJR":
        return doer and not comparative(token)
    return token.tag_ in {"VB", "VBP"} and doer


def stray_person_noun(token: Token) -> bool:
    """'Filmmaker Spike Lee', 'supremo Juan Antonio Samaranch': one of WordNet's nouns for a
    person right before the name, which the parse may hang elsewhere (on the verb as an adverb,
    or as a phrase of its own)."""
    return token.tag_ == "NN" and token.lower_ in person_nouns()


def comparative(token: Token) -> bool:
    """An adjective's comparative or superlative ('elder', 'older'), not the last part of a word
    the tokenizer cut at its hyphen ('all-rounder' is no comparative of 'round')."""
    hyphened = token.i > 0 and token.doc[token.i - 1].tag_ == "HYPH"
    return adjective_degree(token.lower_) and not hyphened


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


def listed_after_name(token: Token) -> bool:
    """An 'and' or a comma after a name ('spinner Monty Panesar and wicketkeeper B'): what
    follows is the next one's."""
    if token.lower_ not in {"and", "or", ","} or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ == "PERSON" or before.tag_ in {"NNP", "NNPS"}


def noun_phrase_start(noun: Token) -> int:
    """Where the words describing a name with NOUN start, after another person's name before
    them: its lower-case and hyphened words and the names of bodies and nations among them
    ('spinner A and Dutch international B')."""
    doc, i = noun.doc, noun.i
    while (
        i > 0
        and doc[i - 1].tag_ != "POS"
        and (
            doc[i - 1].is_lower
            or doc[i - 1].tag_ == "HYPH"
            or (doc[i - 1].is_sent_start and doc[i - 1].tag_ in {"JJ", "NN"})  # 'Triple jumper X'
            or doc[i - 1].ent_type_ in {"NORP", "GPE", "ORG"}
        )
    ):
        if doc[i - 1].lower_ in {"and", "or", "the", "a", "an"}:
            break
        i -= 1
    return i
