"""Titles that reach a name through the syntax rather than sitting right before it: a title with
its own phrase ("US ambassador in Iraq Zalmay Khalilzad", "Director of the FBI Louis Freeh"), and a
title the name is set beside ("the chairman of the ruling party, Lee Hoe-Chang,").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.hits import fired
from generator.extract.names import entity_at, is_honorific, is_title_word
from generator.extract.post_phrases import name_span_at
from generator.extract.pre_titles import premodifies_title
from generator.extract.roles import (
    role_before_comma,
    singular,
    title_word_or_filler,
    tokens_text,
)
from generator.lemmas import lemma

TITLE_PREPOSITIONS = {"to", "in", "of", "for", "at"}
"""Prepositions that tie a title to its portfolio or post: ambassador to, envoy in, director of."""
MAX_OBJECT_TOKENS = 5
BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
"""A named body or place a title's phrase may name whole, 'of' and all."""
MAX_ROLE_WORDS = 10


def title_with_phrase(span: Span) -> tuple[str, Span | None] | None:
    """TITLE PREP (the) NAME-OF-PLACE-OR-BODY before the person's name: the title ends in a title
    word before the preposition, and the preposition's object is a capitalised name."""
    doc = span.doc
    end = span.start
    while end > 0 and is_honorific(doc[end - 1]):
        end -= 1  # 'the police chief of Kabul Gen. X': the rank is how he is addressed
    i = end - 1
    body = entity_at(doc[i]) if i >= 0 else None
    whole = body is not None and body.end == end and body.label_ in BODY_LABELS
    if whole:
        i = body.start - 1  # 'Secretary General of the Organization of American States X'
    while (
        i >= 0
        and end - i <= MAX_OBJECT_TOKENS
        and doc[i].text[:1].isupper()
        and not is_title_word(doc[i])
    ):
        i -= 1
    object_start = i + 1
    if object_start == end or i < 1:
        return None
    if all(is_honorific(t) for t in doc[object_start : span.start]):
        return None  # "attorneys for Mr. Antar": the title is the other people's
    if doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in TITLE_PREPOSITIONS or not is_title_word(doc[i - 1]):
        return None
    start = i - 1
    while start > 0 and doc[start - 1].sent == span.sent and title_word_or_filler(doc[start - 1]):
        start -= 1
    while start < i and doc[start].lower_ in {"and", "of", "the", "for", "-", "&"}:
        start += 1
    while start > 0 and premodifies_title(doc[start - 1], i):
        start -= 1  # 'the provincial police chief of Kabul'
    tokens = list(doc[start:end])
    if any(t.ent_type_ == "PERSON" for t in tokens) or len(tokens) > MAX_ROLE_WORDS:
        return None
    if tokens[-1].pos_ == "ADP":
        return None  # 'the chairmen of the Board of Directors of Hydro and Statoil': no name
    head = i - 1 - start
    role = tokens_text(tokens, {head: singular(tokens[head].text)})
    if whole and any(t.is_lower and t.lower_ != "the" for t in doc[object_start:end]):
        fired("roles: a title's phrase names a long body whole", role, span.text)
    return role, name_span_at(doc[object_start])


def apposed_to_title(span: Span) -> tuple[str, Span | None] | None:
    """'the chairman of the ruling New Korea Party, Lee Hoe-Chang,': the name follows a comma
    after a title with its phrase (TITLE of/for/at NP); the title's phrase is the role."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ",":
        return None
    token = doc[span.start - 2]
    if token.dep_ != "pobj" or token.head.lower_ not in {"of", "for", "at"}:
        return None
    head = token.head.head
    if not is_title_word(head) or head.i >= token.i or head.ent_type_ == "PERSON":
        return None
    if is_title_word(token):
        fired(
            "role: the name holds the title it follows, not the one before", token.text, span.text
        )
        return None  # 'a lawyer for the White House secretary, Betty Currie': the secretary
    tokens = [t for t in head.subtree if t.i < span.start - 1 and not t.is_punct]
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_ROLE_WORDS or any(t.ent_type_ == "PERSON" for t in tokens):
        return None
    role = tokens_text(tokens, {n: singular(t.text) for n, t in enumerate(tokens) if t == head})
    return role, name_span_at(token)


HEADING_VERBS = {"head": "head", "lead": "leader", "chair": "chair", "direct": "director"}
"""Verbs of a relative clause that give a post: 'who heads the weather service'."""


def relative_role(span: Span) -> tuple[str, Span | None] | None:
    """'Tom Smith, who heads the National Weather Service,': head of the service (its affiliation);
    'who led the party' gives the former leader."""
    for verb in span.root.children:
        if verb.dep_ != "relcl" or lemma(verb) not in HEADING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        body = sorted(objects[0].subtree, key=lambda t: t.i)
        if len(body) > MAX_OBJECT_TOKENS + 1:
            continue
        post = HEADING_VERBS[lemma(verb)]
        former = "former " if verb.tag_ == "VBD" else ""
        return f"{former}{post} of {tokens_text(body)}", name_span_at(objects[0])
    return None


def titled_before(span: Span) -> bool:
    """The name follows a person's title and a comma: 'the spokesman for X, NAME'."""
    return bool(role_before_comma(span) or apposed_to_title(span))
