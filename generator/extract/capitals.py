"""A country's capital as the text names it: 'in China's capital', 'the Chinese capital'."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.sentences import sentence_of
from generator.names import fold
from generator.records import Entity


def capital_named(token: Token, places: Iterable[Entity]) -> Entity | None:
    """'In China's capital', 'in the Chinese capital': the capital's place among PLACES, when
    the text names it elsewhere."""
    if token.lower_ != "capital":
        return None
    for child in token.children:
        if child.dep_ not in {"poss", "amod", "compound"}:
            continue
        text = child.text.removesuffix("'s")
        country = gazetteer().country(text) or gazetteer().country_of_demonym(text)
        if country is None or not country.capital:
            continue
        for place in {id(p): p for p in places}.values():
            if fold(place.name) == fold(country.capital):
                fired("participants: a country's capital", sentence_of(token).text)
                return place
    return None
