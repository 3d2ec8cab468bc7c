"""Numbers that measure something rather than count it: how far ('17 kilometers from Angkor
Wat'), how long or high ('a 5,400 kilometer-long border'), how big ('a 275-member parliament',
'a 50-strong mob'). Their `what` names the measure and what it is of."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.currencies import is_money_unit
from generator.extract.hits import fired
from generator.extract.sentences import broken_hyphen, words_text

COUNTING_NOUNS = frozenset({"number", "total", "toll", "amount"})
"""Nouns whose 'of' phrase is what the number counts ('the number of people killed by it'), and
whose level is a key number however small ('the death toll rose to 45')."""
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
LENGTH_UNITS = frozenset(
    {"kilometers", "kilometres", "km", "kms", "miles", "metres", "meters", "yards", "feet"}
    | {"kilometer", "kilometre", "mile", "metre", "meter", "yard", "foot"}
)
COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
DIMENSIONS = {
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "thick": "thickness",
    "strong": "size",
}
"""The adjective of a compound measure and the measure it names: '30-metre-high' -> height."""


def distance(span: Span) -> str | None:
    """'17 kilometers (10 miles) from Angkor Wat', '50 miles south of Belfast': how far, from
    where."""
    doc = span.doc
    if not any(t.lower_ in LENGTH_UNITS for t in span):
        return None
    k = span.end
    if k < len(doc) and doc[k].text == "(":  # past an equivalent in brackets
        while k < len(doc) and doc[k].text != ")":
            k += 1
        k += 1
    words = []
    if k + 1 < len(doc) and doc[k].lower_ in COMPASS and doc[k + 1].lower_ == "of":
        words, k = [doc[k], doc[k + 1]], k + 2
    elif k < len(doc) and doc[k].lower_ in {"from", "outside"}:
        words, k = [doc[k]], k + 1
    else:
        return None
    place, start = [], k
    while (
        k < len(doc)
        and (doc[k].ent_type_ or doc[k].pos_ == "PROPN" or doc[k].lower_ == "the")
        and len(place) < 5
    ):
        place.append(doc[k])
        k += 1
    if place and k < len(doc) and doc[k].pos_ == "NOUN" and place[-1].head.i == k:
        place.append(doc[k])  # 'from the Thai border': the noun the name modifies
    while place and place[-1].lower_ == "the":
        place.pop()
    if not place:
        place = common_place(doc, start)  # 'from the border', 'south of the capital city'
    if not place:
        return None
    fired("numbers: a distance", span.text, words_text(words + place))
    return "distance " + words_text(words + place)


def common_place(doc: Doc, k: int) -> list[Token]:
    """'the border', 'the capital city' at K: a definite noun to measure from, its own words."""
    if k >= len(doc) or doc[k].lower_ != "the":
        return []
    noun = doc[k].head
    words = doc[k : noun.i + 1]
    if noun.pos_ != "NOUN" or noun.i < k or len(words) > 4 or not all(t.is_lower for t in words):
        return []
    fired("numbers: a distance from a place the text does not name", words.text)
    return list(words)


def compound_measure(span: Span) -> tuple[str, Token, Token] | None:
    """The measure a hyphenated compound names, its last word and the noun it measures: 'a 5,400
    kilometer-long border' -> length, 'a 275-member parliament' and 'a 50-strong mob' -> size.
    None when the number does not start such a compound, or the compound names a kind."""
    found = compound_of(span)
    if found is None or is_kind(*found):
        return None
    _, last, noun = found
    if last.lower_ in DIMENSIONS:
        return DIMENSIONS[last.lower_], last, noun
    if last.lower_ in LENGTH_UNITS:
        return "length", last, noun  # 'a 1,100-km border'
    if is_money_unit(last.text):
        return "value", last, noun  # 'a 10-billion-dollar loan', 'a 10 billion-pound deal'
    if last.pos_ == "NOUN" and not last.lower_.endswith("old"):
        return "size", last, noun
    return None


POPULATED = frozenset(
    {"capital", "city", "country", "island", "metropolis", "nation", "province", "region"}
    | {"republic", "state", "territory", "town", "village"}
)
PEOPLE = frozenset({"people", "inhabitants", "residents", "citizens"})


def population_measure(span: Span) -> tuple[str, Token, Token] | None:
    """'the city of 16 million', 'a country of 13 million people': a number of people (or of
    nothing) that a place is 'of' is how many live there."""
    root = span.root
    of = root.head
    if of.lower_ in PEOPLE and of.dep_ == "pobj" and root.dep_ == "nummod":
        of = of.head  # 'of 13 million people'
    elif root.dep_ != "pobj" or not (root.like_num or root.lower_ in {"million", "billion"}):
        return None
    if of.lower_ != "of" or of.head.lower_ not in POPULATED or of.head.pos_ != "NOUN":
        return None
    fired("numbers: how many live in a place", span.text, of.head.text)
    return "population", of, of.head


def names_a_kind(span: Span) -> bool:
    """'six-party talks', 'two-way trade', 'the eight-time winner', 'one-party rule': the count
    says what kind the thing is, not a size the story reports, so it is no key number."""
    found = compound_of(span)
    return found is not None and is_kind(*found)


def is_kind(first: Token, last: Token, noun: Token) -> bool:
    if last.pos_ != "NOUN" or last.lower_ in DIMENSIONS:
        return False
    return (
        last.lower_ in {"way", "time"}
        or first.lower_ == "one"  # 'one-party rule', 'a one-man show'
        or noun.tag_ in {"NNS", "NNPS"}
        or noun.lower_ in EXTREMES  # 'an 18-year high': the highest in 18 years, no length
    )


EXTREMES = frozenset({"high", "low", "peak", "record", "best", "worst"})


def compound_of(span: Span) -> tuple[Token, Token, Token] | None:
    """The first and last words of the hyphenated compound the span's number starts, and the
    noun the compound modifies."""
    words = compound_words(span)
    if len(words) < 2:
        return None
    last = words[-1]
    noun = last.head
    if (
        last.dep_ not in {"amod", "compound", "nmod", "npadvmod"}
        or noun.pos_ not in {"NOUN", "PROPN"}
        or noun.i <= last.i
    ):
        return None
    return words[0], last, noun


def compound_words(span: Span) -> list[Token]:
    """The words after the span's number joined to it by hyphens ('275-member', '12-km-long'),
    with one spaced unit before a hyphen ('5,400 kilometer-long')."""
    doc = span.doc
    numbers = [t for t in span if t.like_num]
    if not numbers:
        return []
    k = numbers[-1].i
    words = [doc[k]]
    if k + 2 < len(doc) and doc[k + 1].lower_ in LENGTH_UNITS and doc[k + 2].tag_ == "HYPH":
        words.append(doc[k + 1])
        k += 1
    while k + 2 < len(doc) and joined_by_hyphen(doc[k], doc[k + 1], doc[k + 2]):
        words.append(doc[k + 2])
        k += 2
    return words


def joined_by_hyphen(before: Token, hyphen: Token, after: Token) -> bool:
    return (
        hyphen.text == "-"
        and not before.whitespace_
        and (not hyphen.whitespace_ or broken_hyphen(hyphen))  # 'three- nation tour'
        and (after.is_alpha or is_money_unit(after.text))  # '8.58 million-U.S.-dollar'
    )


RACE = re.compile(r"^(?:\d+x)?\d{1,2},?\d{2,3}$|^\d{2,3}$")
"""Whole metres a race is run or swum over: '100', '1,500', '4x400' (not '6.54', a jump)."""


def names_a_race(span: Span) -> bool:
    """'won the 100m in 9.88 seconds', 'the men's 1,500m freestyle': whole metres written onto
    the number name the race, which is no key number; a jump's '6.54m' measures."""
    doc = span.doc
    last = doc[span.end - 1]
    if span.end >= len(doc) or last.whitespace_ or doc[span.end].lower_ not in {"m", "m."}:
        return False
    if not RACE.match(span.text.strip()):
        return False
    fired("numbers: a race named by its distance", span.text, span.sent.text)
    return True
