"""Key numbers: amounts of money, percentages, quantities and counted things.

A number is kept when it counts something (a noun it modifies: "nearly 30,000
people"), or is money, a percentage or a measured quantity; what it counts is
that noun plus the verb it is the object of ("people killed").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.names import entities
from generator.records import NumberFinding

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def counted_noun(span: Span) -> tuple[str | None, str | None]:
    """(noun, verb) for 'killed nearly 30,000 people' -> ('people', 'killed')."""
    root = span.root
    noun = None
    head = root.head
    if root.dep_ in {"nummod", "quantmod", "amod", "compound"} and head.pos_ in {"NOUN", "PROPN"}:
        noun = head
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head
    elif span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        noun = span.doc[span.end]
    elif root.pos_ == "NOUN" and root.lower_ not in {"thousands", "hundreds", "millions", "dozens"}:
        noun = root
    if noun is None:
        if root.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"} and root.lower_ in {
            "thousands",
            "hundreds",
            "millions",
            "dozens",
        }:
            noun = root
        else:
            return None, None
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"} else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    verb_text = verb.text if verb is not None and verb.pos_ in {"VERB", "AUX"} else None
    noun_text = noun.text if not (span.start <= noun.i < span.end) else None
    return noun_text, verb_text


def find_numbers(doc: Doc, date_spans: list[tuple[int, int]]) -> list[NumberFinding]:
    found: list[NumberFinding] = []
    for ent in entities(doc):
        if ent.label_ not in NUMBER_LABELS:
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in date_spans):
            continue
        value = " ".join(ent.text.split())
        if ent.label_ == "CARDINAL":
            noun, verb = counted_noun(ent)
            if noun is None and not any(c.isdigit() for c in value):
                if "hundreds" not in value and "thousands" not in value and "millions" not in value:
                    continue
            if noun is None and value.isdigit() and len(value) <= 2:
                continue
            what = " ".join(w for w in (noun, verb) if w) or None
            found.append(NumberFinding(ent, value, what, "count"))
        else:
            noun, verb = counted_noun(ent)
            what = " ".join(w for w in (noun, verb) if w) or None
            kind = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}[ent.label_]
            found.append(NumberFinding(ent, value, what, kind))
    return found
