"""A post's own phrase after its title: the named body it is of ('member of Hamas'), the office
('head of the general staff') and its owner ('Britain's secretary of state')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.names import entity_at


def name_span_at(token: Token) -> Span | None:
    """The named entity a token belongs to, if any."""
    if not token.ent_type_ or token.ent_type_ not in {"ORG", "GPE", "PERSON", "NORP", "FAC"}:
        return None
    return entity_at(token)


def owner_name(title: Token) -> Span | None:
    """The country or body whose post it is: "Britain's secretary of state"."""
    for owner in title.lefts:
        if owner.dep_ == "poss" and (body := name_span_at(owner)) is not None:
            if body.label_ in {"GPE", "ORG", "NORP"}:
                fired("role: the post's owner is its affiliation", body.text, title.sent.text)
                return body
    return None


MAX_OF_NAME = 6


def member_of(prep: Token, body: Span) -> list[Token]:
    """'member of the Popular Resistance Committees', 'president of Russian oil giant Rosneft': a
    post 'of' a named body reads with its name (the body is the affiliation too). A long name is
    left to the affiliation alone, and so is a name the model cut from its phrase ('of the Civil
    Affairs and [Judicial Commission]', '[the Federal Service for] Consumer Rights')."""
    doc = prep.doc
    between = doc[prep.i + 1 : body.start]
    if (
        len(body) > MAX_OF_NAME
        or any(t.dep_ == "cc" or t.is_punct for t in between)
        or body[-1].pos_ not in {"PROPN", "NOUN", "NUM"}
        or any(t.head.i >= body.end for t in body)
    ):
        return []
    return [prep, *doc[prep.i + 1 : body.end]]


def is_office(token: Token) -> bool:
    """A common noun naming a post's body ('of the general staff'), with no name of its own
    outside a further prepositional phrase ('of the company Rane' is an affiliation)."""
    if token.pos_ != "NOUN" or name_span_at(token) is not None:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text == "-" and not token.whitespace_:
        return False  # 'ex' of 'ex-spy', cut by the tokenizer: the parse of it is broken
    own = [
        t for t in token.subtree if not any(a.dep_ == "prep" for a in t.ancestors if a.i > token.i)
    ]
    return not any(
        name_span_at(t) is not None and not nationality(t) for t in own if t.i != token.i
    )


def nationality(token: Token) -> bool:
    """'Japanese' of 'the Japanese delegation': an adjective saying whose, not a body's name."""
    found = name_span_at(token)
    return found is not None and found.label_ == "NORP" and token.dep_ == "amod"


def office_phrase(prep: Token, office: Token) -> tuple[list[Token], Span | None]:
    """'head of the general political bureau of the People's Army': a common-noun object names
    the office and belongs to the role; a name further in is the affiliation."""
    affiliation = None
    inner: set[int] = set()
    for nested in office.rights:
        if nested.dep_ != "prep":
            continue
        named = [t for t in nested.subtree if name_span_at(t) is not None]
        bodies = [t for t in named if t.ent_type_ != "PERSON"]
        if named:
            # the body's name, not a place before it ('of Osaka-based Matsushita'), nor a
            # person's ('partner of party leader Francois Hollande')
            found = name_span_at(bodies[-1]) if bodies else None
            affiliation = affiliation or found
            inner.update(t.i for t in nested.subtree)
    for clause in office.rights:  # 'editor of the magazine who is also a professor': the
        if clause.dep_ == "relcl":  # clause tells more of the person or the body, not the post
            fired("role: a relative clause after the office is not the post's", clause.text)
            inner.update(t.i for t in clause.subtree)
    kept = [t for t in office.subtree if t.i not in inner]
    while kept and kept[-1].text in {",", ";", "-", "--"}:
        kept.pop()  # the comma before the clause, not a closing quotation mark
    if affiliation is None:  # 'head of the Japanese delegation': Japan's
        whose = next((t for t in office.lefts if nationality(t)), None)
        affiliation = name_span_at(whose) if whose is not None else None
    return [prep, *sorted(kept, key=lambda t: t.i)], affiliation


def without_appositions(noun: Token) -> list[Token]:
    """The words of NOUN's phrase without a name or phrase set off after it by a comma (not one
    that names it: 'the extreme-right party Yisrael Beiteinu')."""
    doc = noun.doc
    apposed = {
        t.i
        for c in noun.rights
        if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","  # 'the party Yisrael ...'
        for t in c.subtree
    }
    words = [t for t in noun.subtree if t.i not in apposed]
    while apposed and words and words[-1].is_punct:
        words.pop()
    return words
