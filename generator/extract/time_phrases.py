"""Phrases that say what a stretch of time is: the frame something happens within ('over the
past nine months'), the time a task took ('won the 100m in 9.88 seconds') and a gap in a race
('two minutes behind the champion')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.sentences import words_text
from generator.lemmas import lemma

MAX_WORDS = 10
"""The longest phrase a stretch of time takes its meaning from."""

FRAMES = frozenset({"over", "during", "within", "throughout"})
FRAME_WORDS = frozenset({"the", "past", "last", "next", "first", "final", "coming", "previous"})


def frames(prep: Token, span: Span) -> bool:
    """'over the past nine months', 'in the past three years': a stretch of time something happens
    within, not 'in two years' (after two years) or 'in 13.21 seconds' (how long it took)."""
    return prep.lower_ in FRAMES or (prep.lower_ == "in" and span[0].lower_ in FRAME_WORDS)


QUICK_UNITS = frozenset({"second", "sec", "minute", "min", "hour"})
"""Units of how long a race, a match or an operation took ('won in 57 minutes')."""


def time_it_took(span: Span) -> str | None:
    """'defeated Shabana 4-9, 9-6, 9-3, 9-1 in 57 minutes', 'ran the 100m in 9.77 seconds': the
    time it took to do what the verb and its object say (not 'in two years', after them)."""
    root, prep = span.root, span.root.head
    verb = prep.head
    units = {t.lower_.rstrip("s.") for t in span}
    if root.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or frames(prep, span):
        return None
    if not units & QUICK_UNITS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    if not objects:
        return None  # 'did it in 30 seconds': no more than a bare verb would say
    words = sorted([verb, *objects[0].subtree], key=lambda t: t.i)
    if len(words) > MAX_WORDS // 2 or words[-1].i - words[0].i + 1 != len(words):
        return None
    fired("numbers: the time it took", span.text, span.sent.text)
    return " ".join(["time to", lemma(verb), words_text(words[1:])]).strip()


MARGINS = frozenset({"behind", "ahead", "off", "clear"})
"""'two minutes behind the champion', '17 minutes off the pace': a gap in a race."""


def margin(span: Span) -> str | None:
    """'almost two minutes behind the champion James Kurui', '17 minutes off the pace', '1.2
    seconds ahead of Rossi': how far behind or ahead of whom, as the race's words say it."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in MARGINS:
        return None
    word = doc[span.end]
    words = [t for t in word.subtree if t.i > word.i]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    if not words or len(words) > MAX_WORDS:
        return None
    if words[-1].i - words[0].i + 1 != len(words) or any(t.like_num for t in words):
        return None
    fired("numbers: a gap in a race", span.text, span.sent.text)
    return f"time {word.lower_} {words_text(words)}"
