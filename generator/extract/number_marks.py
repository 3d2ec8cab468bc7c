"""A level told as a mark: 'soared to a 16-year high of 10.2 percent', 'hit a new low of 35
percent', 'closed at a record of 5,634'. The number is the level of whatever reached the mark
('Bush's job approval rating at a new low'), not of the mark itself ('16-year high' says how
high, not what)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.number_nouns import noun_phrase
from generator.extract.sentences import verb_subject, words_text

EXTREMES = frozenset({"high", "low", "record", "peak", "trough"})
REACHING = frozenset({"to", "at", "from", "near", "above", "below"})


def level_at_mark(span: Span) -> str | None:
    """'The share of foreign debt soared to a 16-year high of 10.2 percent' -> 'share of foreign
    debt at a 16-year high'; None where no subject of the verb names what reached it."""
    root = span.root
    mark = root.head
    if root.dep_ != "pobj" or mark.lower_ != "of" or mark.head.lower_ not in EXTREMES:
        return None
    mark = mark.head
    verb = reaching_verb(mark)
    subject = verb_subject(verb) if verb is not None else None
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None  # 'having earlier traded at an 18-year high', 'it hit a low'
    phrase = noun_phrase(subject, span)
    if not phrase:
        return None
    words = list(mark.doc[mark.left_edge.i : mark.i + 1])
    fired("numbers: a level told as a mark", span.text, mark.text)
    return f"{phrase} at {words_text(words)}"


def reaching_verb(mark: Token) -> Token | None:
    """The verb whose subject reached MARK: 'hit a high', 'rose to a high', 'stood at a low'."""
    head = mark.head
    if mark.dep_ == "dobj" and head.pos_ == "VERB":
        return head
    if mark.dep_ == "pobj" and head.lower_ in REACHING and head.head.pos_ == "VERB":
        return head.head
    return None
