"""A person and a place the model gave one name: which of them the text means. 'The Zvornik
Seven' beside 'the town of Zvornik' is the town; 'Le Guen is hopeful' beside 'Rangers manager
Paul Le Guen' and 'pleaded for Chidambaram' beside 'Chidambaram, one of the architects of the
reforms' are the person. One name in one story stands for one of them."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.mentions import speaks
from generator.extract.names import is_title
from generator.extract.person_roles import person_role
from generator.extract.retyping import place_vote
from generator.lemmas import lemma
from generator.names import fold
from generator.records import Entity, NameMention


def split_people_named_as_places(people: list[Entity], places: dict[str, Entity]) -> list[Entity]:
    """A 'person' with a place's name in the same article ('the three southern provinces of Yala,
    Pattani and Narathiwat' beside 'in Narathiwat') is that place when the text gives them no
    title and never has them speak, and either names them as a location at least as much as a
    doer, or uses the place as one ('in X', 'the town of X'; not 'the Saddam Hussein era') and
    never has them do anything a person does ('Rafah will be open' beside 'the Rafah crossing').
    Its mentions join the place's; the rest are returned. (Not an organisation: clubs, airlines
    and agencies share their cities' names.)"""
    keep = []
    for entity in people:
        place = places.get(fold(entity.name))
        if place is None or any(speaks(m.span) or person_role(m.span) for m in entity.mentions):
            keep.append(entity)
            continue
        votes = sum(place_vote(m, person=True) for m in entity.mentions)
        # a town the gazetteer knows needs no more than the text naming it as a place once
        needed = 1 if gazetteer().is_place_name(entity.name) else 2
        located = votes >= 0 and votes + len(place.mentions) >= needed
        placed = any(m.locative or place_vote(m) > 0 for m in place.mentions)
        if not located and not (placed and not any(acts_as_person(m) for m in entity.mentions)):
            keep.append(entity)
            continue
        fired(f"a person with a place's name in the article: the place ({needed})", entity.name)
        place.mentions.extend(entity.mentions)
    return keep


def acts_as_person(m: NameMention) -> bool:
    """The subject of a verb that is not 'be', as a person would be and a place seldom is ('Varno
    attacked', not 'Rafah will be open', 'Diyarbakir is home to'; a place owns things too:
    'Legaspi's streets')."""
    root = m.span.root
    return root.dep_ == "nsubj" and lemma(root.head) != "be"


def absorb_surnamed_places(places: dict[str, Entity], people: list[Entity]) -> dict[str, Entity]:
    """'lost to Park' after 'Park Tae-Hwan', 'without O'Neal' after 'Shaquille O'Neal', 'Le Guen
    is hopeful' after 'Paul Le Guen': a 'place' no gazetteer knows whose words are the family
    or given name of one person the article names in full is that person."""
    gaz = gazetteer()
    for key, place in list(places.items()):
        if is_title(key) or gaz.country(place.name) or gaz.is_place_name(place.name):
            continue  # not 'King' of 'King Gyanendra'
        words = key.split()
        named = [p for p in people if within(words, fold(p.name).split())]
        if len(named) == 1:
            fired("place: a person's name in the article", place.name, named[0].name)
            named[0].mentions.extend(place.mentions)
            del places[key]
    return places


def within(words: list[str], name: list[str]) -> bool:
    """WORDS are a run of NAME's words, shorter than all of it: 'o neal' of 'shaquille o neal'."""
    n = len(words)
    return n < len(name) and any(name[i : i + n] == words for i in range(len(name) - n + 1))


def absorb_places_named_as_people(
    places: dict[str, Entity], people: list[Entity]
) -> dict[str, Entity]:
    """A 'place' (even a town's name the gazetteer knows: 'Chidambaram', 'Espinosa') the text
    never uses as a location, with the name of a person it gives a post or has speak, is that
    person: 'pleaded for Chidambaram' beside 'Chidambaram, one of the architects of ...'."""
    for key, place in list(places.items()):
        if any(place_vote(m, person=True) > 0 for m in place.mentions):
            continue  # 'in Jordan' beside 'Jordan said'
        words = key.split()
        named = [
            p
            for p in people
            if (fold(p.name) == key or within(words, fold(p.name).split()))
            and any(speaks(m.span) or person_role(m.span) for m in p.mentions)
        ]
        if len(named) == 1:
            fired("place: the name of a person with a post or who speaks", place.name)
            named[0].mentions.extend(place.mentions)
            del places[key]
    return places
