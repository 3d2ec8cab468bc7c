"""Words the model labels as names that name nothing: a common word opening a sentence, a clock
time's zone, a faith or a doctrine, countries joined as a relation ('US-Japan')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import FAITHS
from generator.extract.names import relation_side
from generator.extract.person_names import written_lower
from generator.lemmas import only_a_modifier


def common_word_opening(span: Span) -> bool:
    """'Turnout was high', 'Defense officials said', 'Speaks Arabic and French': one capitalised
    word opening a sentence that the tagger reads as a common noun, an adjective or a verb, not a
    proper noun, or that English uses only as an adjective or an adverb ('Nationwide, ...',
    'Heavily armed ...'), names nothing."""
    token = span[0]
    if len(span) != 1 or not opens_sentence(token) or token.is_upper:
        return False  # not one word opening a sentence, or an acronym ("SDP")
    common = (
        token.tag_ in {"NN", "NNS", "JJ", "VBG", "VBN", "VBZ"}
        or (token.tag_ == "NNP" and token.lower_ in written_lower(span.doc))
        or (token.tag_ in {"NNP", "RB"} and only_a_modifier(token.lower_) and not is_place(token))
        or (span.label_ == "PERSON" and modifies_common_noun(token))
    )
    if not common:
        return False
    # a surname the story also writes mid-sentence ("Alparslan Turkes ... Turkes said") is a name
    if any(t.text == token.text and not opens_sentence(t) for t in span.doc if t.i != token.i):
        return False
    if not token.is_sent_start:
        fired("common word opening a quoted sentence: no name", token.text, token.sent.text)
    return True


def is_place(token: Token) -> bool:
    return gazetteer().is_place_name(token.text)


def opens_sentence(token: Token) -> bool:
    """The sentence's first word, or the first after the quotation mark that opens it ('"Media
    reports to the effect ... are false," it said')."""
    if token.is_sent_start:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.is_sent_start and before.is_quote


def modifies_common_noun(token: Token) -> bool:
    """'Riot police were deployed', 'Bird flu has spread': a word the model took for a person's
    name modifies a common noun, which no one's one-word name does at a sentence's start."""
    head = token.head
    if token.dep_ == "compound" and head.is_lower and head.pos_ == "NOUN":
        fired("a person's name modifying a common noun: a common word", token.text, head.text)
        return True
    return False


CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])(?::?[0-5]\d)?$")


def is_time_zone(span: Span) -> bool:
    """'at 0400 GMT', '10:30 EDT': a short capitalised code right after a clock time is the
    time's zone, not an organisation."""
    if len(span) != 1 or not span.text.isupper() or len(span.text) > 4 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return bool(CLOCK.match(before.text)) or before.lower_ in {"a.m.", "p.m.", "am", "pm"}


def is_doctrine(span: Span) -> bool:
    """'remarks on Islam', 'the fall of Communism': one word naming a faith or a doctrine (an
    '-ism') is no actor and no place; a person's surname ('Yusuf Islam said') stays a name."""
    word = span.text
    if len(span) != 1 or span.label_ == "PERSON" or not word[:1].isupper() or word.isupper():
        return False
    return word in FAITHS or (len(word) > 5 and word.endswith("ism"))


def names_a_relation(text: str) -> bool:
    """Countries or points joined by a hyphen or a slash: a relation, no entity."""
    parts = [p for p in re.split(r"[-\u2013/]", text) if p]
    found = len(parts) > 1 and all(map(relation_side, parts))
    if found:
        fired("countries or points joined by a hyphen: a relation, no entity", text)
    return found
