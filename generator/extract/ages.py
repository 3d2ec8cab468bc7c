"""Who 'the 29-year-old' is: the one person of the story the text gives that age ('Tom Varga, 29,'),
a description sports and court reports use for a person named before."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.records import Entity


def stated_age(token: Token) -> str | None:
    """The age in 'the 29-year-old' (TOKEN 'old') or 'the 29-year-old striker' (TOKEN the noun),
    with the article that makes it someone the text has named."""
    old = token if token.lower_ == "old" else None
    if old is None:
        old = next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None:
        return None
    doc = token.doc
    end = old.i - 1 if old.i and doc[old.i - 1].text == "-" else old.i  # '78-year old' too
    if end < 4:
        return None
    article, number, hyphen, year = doc[end - 4 : end]
    if not (number.like_num and year.lower_ == "year" and hyphen.text == "-"):
        return None
    if article.lower_ not in {"the", "this"}:
        return None  # 'a 29-year-old man': someone new
    return number.text


def person_of_age(
    token: Token, actors: list[Entity], last_person: Callable[[Token], Entity | None]
) -> Entity | None:
    """The one person a mention of whom the text follows with the age TOKEN's phrase states; for
    'the 76-year-old' alone, which stands in for a name as 'he' does, else the person a pronoun
    there would be (LAST_PERSON)."""
    age = stated_age(token)
    if age is None:
        return None
    doc = token.doc
    aged = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            after = doc[m.span.end : m.span.end + 3]
            if m.span.end < token.i and [t.text for t in after] == [",", age, ","]:
                aged.append(actor)
                break
    if len(aged) == 1:
        fired("participants: the one person of the age a description states", token.sent.text)
        return aged[0]
    if aged or token.lower_ != "old":
        return None  # 'the 76-year-old president': the title says who
    found = last_person(token)
    if found is not None:
        fired("participants: 'the 76-year-old' is who 'he' would be", token.sent.text)
    return found
