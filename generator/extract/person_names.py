"""Signs in a name's own words and syntax that it is a person's, whatever label the model gave it:
a title in apposition ('Ivo Petrov, the league's president,'), and where a person's name starts
after a nationality ('Russian Maria Sharapova', 'Frenchman Carlos Sainz')."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import DEMONYM_NOUNS, gazetteer
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS
from generator.extract.names import is_title_word, surface
from generator.names import fold


def titled_name(span: Span) -> bool:
    """A name of two or three proper nouns whose apposition is headed by a title word: 'X, the
    league's president,', 'X, chairman of Y,' (a person's, whatever the model's label), not a
    body's, a place's or a plural's ('the Israel Defense Forces, ...')."""
    gaz = gazetteer()
    text = surface(span)
    return (
        proper_words(span)
        and span.root.tag_ != "NNPS"
        and fold(span[-1].text) not in ORG_SUFFIXES | ORG_HEADS | PLACE_HEADS
        and any(
            c.dep_ == "appos" and is_title_word(c) and c.lower_ not in ORG_HEADS
            for c in span.root.children
        )
        and not gaz.is_place_name(text)
        and gaz.country(text) is None
    )


def proper_words(span: Span) -> bool:
    """Two or three proper nouns, a hyphenated one counting once ('Cornelia Schmalz-Jacobsen')."""
    proper = all(t.pos_ == "PROPN" for t in span if t.text != "-")
    return proper and 2 <= len(span.text.split()) <= 3


def nationality_before_name(span: Span) -> bool:
    """'Russian Maria Sharapova': a nationality adjective (not a given name that looks like one,
    'Turki', 'Frances') before a person's name, not a party's ('Cambodian People's Party')."""
    first = span[0].text
    gaz = gazetteer()
    return (
        (first.endswith(("an", "ese", "ish")) or fold(first) in DEMONYM_NOUNS)
        and gaz.country(first) is None
        and gaz.country_of_demonym(first) is not None
        and not any(t.tag_ == "POS" or t.lower_ in ORG_HEADS for t in span[1:])
    )
