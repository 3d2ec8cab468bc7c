"""A value given for comparison ('shipped 471,104 vehicles last year, compared with 280,508 in
1995'; 'a loss of 276 million euros, against 168 million in 2005'): it measures what the value it
is compared with measures, at the time or in the place its own words say. Read from the parse,
the verb of the clause would be its `what` ('company shipped')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.names import entities
from generator.extract.number_values import with_currency

COMPARING = frozenset({"compared", "comparison", "contrast"})
"""Words whose 'with' or 'to' brings in a value to compare ('in comparison with')."""
SET_AGAINST = frozenset({"against", "versus", "vs", "vs."})
"""Prepositions that set one value against another: of the same kind only ('against 33 percent',
not 'charges against three men')."""
COMPARED_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def compared_with(span: Span) -> Span | None:
    """The earlier value of the sentence that SPAN is compared with, or None. SPAN must count
    nothing of its own ('against three hotels' counts hotels)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ not in {"prep", "advcl"} or counts_a_noun(span):
        return None
    if prep.lower_ in {"with", "to"} and prep.head.lower_ in COMPARING:
        clause = prep.head.head
        same_kind = False
    elif prep.lower_ in SET_AGAINST or (prep.lower_ == "against" and prep.head.lower_ == "as"):
        clause = prep.head
        same_kind = True
    else:
        return None
    earlier = [
        e
        for e in entities(span.doc)
        if e.label_ in COMPARED_LABELS
        and clause.sent.start <= e.start
        and e.end <= prep.i
        and any(t.i == clause.i or clause in t.ancestors for t in e)
    ]
    if not earlier or earlier[-1][0].lower_ in {"one", "1"}:
        return None  # 'one U.S. dollar against 7.7785 HK dollars': a rate, one price of the other
    first = next((e for e in reversed(earlier) if e.label_ == span.label_), None)
    if first is None and same_kind:
        return None
    first = first or earlier[-1]
    fired("numbers: a value given for comparison", span.text, first.text)
    return with_currency(first)


def counts_a_noun(span: Span) -> bool:
    """'three hotels', '5 aces': the number modifies a common noun it counts ('the regular 737'
    names an aircraft)."""
    root = span.root
    return root.dep_ == "nummod" or any(
        c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "of") for c in root.children
    )


def compared_what(thing: str, own: list[Token]) -> str:
    """The compared value's what: the first value's, with the phrase its own words replace ('in
    1996' by 'in 1995', 'through Belarus' by 'through Ukraine')."""
    before = re.sub(r" after the (rise|fall)$", r" before the \1", thing)
    if not own:  # 'climbed to 4.55 percent against 4.54 percent': the level before
        return before if before != thing else f"{thing}, for comparison"
    thing = before
    change = re.match(r"(rise|fall) in ", thing)
    if change and own[0].lower_ == "for" and len(own) > 1:
        # 'fell 5.9%, compared with 3.3% for the S&P 500': the change of what it names
        return f"{change.group(0)}{own[1].doc[own[1].i : own[-1].i + 1].text}"
    cut = thing.rfind(f" {own[0].lower_} ") if own[0].pos_ == "ADP" else -1
    words = own[0].doc[own[0].i : own[-1].i + 1].text
    return f"{thing[:cut] if cut > 0 else thing} {words}"


def its_own_words(span: Span) -> list[Token]:
    """What sets the compared value apart: its time or place ('in 1995', 'late Wednesday',
    'through Ukraine') hung on it, or a time written after it ('against 168 million in the same
    period of 2005', '..., or 21 cents a share, a year earlier')."""
    own = [
        t for c in span.root.children if c.i >= span.end and c.dep_ in OWN_WORDS for t in c.subtree
    ]
    if own:
        return phrase_of(own)
    verb = next((t for t in span.doc[span.end : span.sent.end] if t.pos_ in {"VERB", "AUX"}), None)
    stop = verb.i if verb is not None else span.sent.end
    date = next(
        (e for e in entities(span.doc) if span.end <= e.start < stop and e.label_ == "DATE"), None
    )
    if date is None:
        return []
    before = span.doc[date.start - 1]
    return phrase_of(list(before.subtree) if before.dep_ == "prep" else list(date))


def phrase_of(words: list[Token]) -> list[Token]:
    """At most MAX_OWN_WORDS words, not ending on a word that needs one after it."""
    words = sorted(words, key=lambda t: t.i)[:MAX_OWN_WORDS]
    comma = next((k for k, t in enumerate(words) if t.text in {",", "(", "--"}), None)
    if comma is not None and not (
        comma and words[comma].text == "," and words[comma - 1].ent_type_ == "DATE"
    ):
        words = words[:comma]  # not 'for Kohl, the poll, conducted ...'; 'October, 2005' whole
    while words and words[-1].pos_ in {"ADP", "DET", "CCONJ", "PUNCT"}:
        words.pop()  # cut short: not 'in the same period of'
    return words


MAX_OWN_WORDS = 8
OWN_WORDS = frozenset({"prep", "npadvmod", "advmod", "amod", "acl", "relcl"})
"""What a value's own phrase or clause adds ('the 30,000 the agency builds', 'recorded in
1949'): not 'or 21 cents a share', the value said another way."""
