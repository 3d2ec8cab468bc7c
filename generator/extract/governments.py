"""Which country a word for the state stands for: 'the Canadian government', 'the Baghdad
government', 'the British and Irish governments', and 'the government' alone where the article
makes it clear."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token

from generator.extract.actors import affiliations
from generator.extract.gazetteer import gazetteer
from generator.extract.group_words import is_state_head
from generator.extract.hits import fired
from generator.extract.sentences import has_the, sentence_of
from generator.extract.subjects import conjuncts
from generator.records import Entity


class Governments:
    """The countries of one article, for the words that stand for their states."""

    def __init__(
        self, doc: Doc, actors: list[Entity], places: list[Entity], actor_at: dict[int, Entity]
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.places = places
        self.actor_at = actor_at

    def countries_governed(self, token: Token) -> list[Entity]:
        """'The Canadian government', 'the Baghdad government', 'the British and Irish
        governments': the countries' actors. 'The government' alone is the one country whose
        government the article names, if there is one."""
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "poss"}]
        modifiers += [c for m in modifiers for c in conjuncts(m, {"ADJ", "PROPN"})]
        found = [e for e in map(self.country_named, modifiers) if e is not None]
        if modifiers or found:
            return [e for i, e in enumerate(found) if not any(e is f for f in found[:i])]
        if has_the(token):
            states = self.states_named
            if len(states) == 1:
                fired("participants: the government is the country's", sentence_of(token).text)
                return list(states.values())
            only = self.only_country if not states else None
            if only is not None:
                fired("participants: the government of the one country named", token.sent.text)
                return [only]
        return []

    @cached_property
    def states_named(self) -> dict[str, Entity]:
        """The countries whose state the article names by a word for it ('the Canadian
        government'), found once per article."""
        heads = [t for t in self.doc if t.pos_ == "NOUN" and is_state_head(t)]
        return {e.key: e for e in map(self.country_of_state, heads) if e}

    @cached_property
    def only_country(self) -> Entity | None:
        """The one country an article names, as an actor, a place or by its capital, when it
        also acts in it: 'the government' there is its government."""
        gaz = gazetteer()
        codes = {e.key for e in self.actors if e.kind == "country"}
        for place in self.places:
            country = gaz.country(place.name) or gaz.capital_of(place.name)
            if country is not None:
                codes.add(country.code)
        if len(codes) != 1:
            return None
        return next((e for e in self.actors if e.kind == "country"), None)

    def country_named(self, token: Token) -> Entity | None:
        if token.i in self.actor_at and self.actor_at[token.i].kind == "country":
            return self.actor_at[token.i]
        if token.i in self.actor_at and self.actor_at[token.i].kind == "person":
            return self.led_by(self.actor_at[token.i], token)
        gaz = gazetteer()
        text = "".join(t.text_with_ws for t in token.subtree).strip().removesuffix("'s")
        country = gaz.country_of_demonym(text) or gaz.capital_of(text) or gaz.country(text)
        if country is not None:
            for entity in self.actors:
                if entity.kind == "country" and entity.key == country.code:
                    return entity
        return None

    def led_by(self, person: Entity, token: Token) -> Entity | None:
        """'The Bush administration', "Saddam's regime": the country of the person who leads
        it, as the text names them ('US President George W. Bush')."""
        country = next(
            (
                a
                for a in affiliations(person, self.actors)
                if a.kind == "country" and any(a is actor for actor in self.actors)
            ),
            None,
        )  # (an actor of the sheet: a country named only in a title is no actor)
        if country is not None:
            fired("participants: a leader's government is their country's", token.sent.text)
        return country

    def country_of_state(self, head: Token) -> Entity | None:
        modifiers = [c for c in head.children if c.dep_ in {"amod", "compound", "poss"}]
        return next((e for e in map(self.country_named, modifiers) if e is not None), None)
