"""The stretch of time a first or a record is measured over: how long since the last time.

'Bulgaria captured their first medal in 20 years': the time since their last medal; 'the biggest
monthly jump in 30 years': the time since a bigger monthly jump; 'the bank raised its rates for
the first time in five years': the time since the bank last raised its rates.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.sentences import in_sentence
from generator.lemmas import comparative, lemma

MEASURED_OVER = frozenset({"in", "for"})
LEFT_OUT = frozenset({"det", "poss", "case", "predet"})
"""What a record's noun loses when it is told as the record it beat: 'their highest level' -> 'a
higher level'."""
MAX_WORDS = 8
CALENDAR_UNITS = frozenset({"day", "week", "month", "year", "decade", "century"})
RUNS = frozenset({"straight", "consecutive", "running", "successive"})
"""'The largest recipient for 15 straight years': how long it has held the record, not since."""


def time_since_last(span: Span) -> str | None:
    """What the stretch SPAN ('in 20 years', 'for more than four years') counts since, when it
    measures a first or a record named before it."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEASURED_OVER:
        return None
    if lemma(root) not in CALENDAR_UNITS or any(t.lower_ in RUNS for t in span):
        return None  # 'her first title in 22.16 seconds': a race's time
    noun = marked_noun(prep, span)
    if noun is None or noun.dep_ == "poss" or ahead(prep):
        return None  # 'its first men's title'; 'the world's largest carmaker in 10 years'
    mark = next(c for c in noun.children if is_mark(c))
    if mark.lower_ == "first" and lemma(noun) == "time":
        said = last_done(noun)
    elif mark.lower_ == "first":
        said = last_of(noun, mark)
    else:
        said = beaten_record(noun, mark)
    if said is None:
        return None
    fired("numbers: the time since the last one, for a first or a record", span.text, said)
    return f"time since {said}"


def marked_noun(prep: Token, span: Span) -> Token | None:
    """The noun a first or a superlative marks that the stretch measures: the one the
    preposition hangs on ('the biggest jump in 30 years'), or the last such noun of the verb's
    clause before it ('captured their first medal in 20 years', the parse's attachment)."""
    head = prep.head
    if head.pos_ == "NOUN":
        return head if any(is_mark(c) for c in head.children) else None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    nouns = [
        t
        for t in head.subtree
        if t.i < prep.i and t.pos_ == "NOUN" and not span.start <= t.i < span.end
    ]
    marked = [t for t in nouns if any(is_mark(c) for c in t.children)]
    return marked[-1] if marked else None


def ahead(prep: Token) -> bool:
    """A stretch of a clause that looks ahead ('could overtake ... in 10 years')."""
    verb = prep
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.tag_ == "MD" for c in verb.children)


def is_mark(word: Token) -> bool:
    """'first', or a superlative ('biggest', 'highest'), before its noun."""
    return word.dep_ == "amod" and (word.lower_ == "first" or word.tag_ == "JJS")


def last_of(noun: Token, first: Token) -> str | None:
    """'their first medal' -> 'their last medal'."""
    words = noun_words(noun)
    if words is None:
        return None
    return spoken(words, first, "last")


def beaten_record(noun: Token, most: Token) -> str | None:
    """'the biggest monthly jump' -> 'a bigger monthly jump'; 'their biggest losses' -> 'bigger
    losses'."""
    more = comparative(lemma(most))
    words = noun_words(noun, LEFT_OUT)
    if more is None or words is None:
        return None
    said = spoken(words, most, more)
    return f"a {said}" if noun.tag_ == "NN" else said


def spoken(words: list[Token], word: Token, instead: str) -> str:
    """WORDS as the text spaces them ('the team's'), with INSTEAD for WORD."""
    parts = [(instead + t.whitespace_ if t.i == word.i else t.text_with_ws) for t in words]
    return "".join(parts).strip()


def noun_words(noun: Token, left_out: frozenset[str] = frozenset()) -> list[Token] | None:
    """The noun and the words before it, without LEFT_OUT's and their own words; None for a
    long phrase."""
    dropped = {t.i for c in noun.children if c.dep_ in left_out for t in c.subtree}
    words = [t for t in noun.subtree if t.i <= noun.i and t.i not in dropped]
    if len(words) > MAX_WORDS or any(t.is_punct or t.like_num and t.dep_ != "amod" for t in words):
        return None  # not 'the 12 biggest' ('first' is a number's word too)
    return words


def last_done(time: Token) -> str | None:
    """'The bank raised its rates for the first time': 'the bank last raised its rates' (a
    clause in the simple past whose words run without a break)."""
    verb = time.head.head if time.head.dep_ == "prep" else None
    if verb is None or verb.tag_ != "VBD" or any(c.dep_ in {"aux", "neg"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "prt"}]
    if subject is None or subject.lower_ in {"who", "which", "that", "it", "this"}:
        return None
    parts = [list(subject.subtree), [verb], *(list(o.subtree) for o in objects)]
    words = sorted((t for part in parts for t in part), key=lambda t: t.i)
    if len(words) > MAX_WORDS + 2 or words[-1].i - words[0].i + 1 != len(words):
        return None
    if any(t.like_num or t.is_punct for t in words):
        return None
    return in_sentence(words, lambda t: "last " + t.text if t.i == verb.i else t.text)
