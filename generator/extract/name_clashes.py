"""A person and a body the model gave one name: which of them the text means ('Crazy Eddie'
of 'Crazy Eddie Inc.' is the body; 'Mobutu's envoy' beside Mobutu Sese Seko, and one 'Steiner'
labelled a body beside 'Executive Director Steiner said', are the person)."""

from __future__ import annotations

from generator.extract.clusters import also_names, org_key
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES
from generator.extract.names import is_title
from generator.extract.person_roles import person_role
from generator.extract.retyping import labelled_facility
from generator.extract.roles import singular
from generator.names import fold, one_within
from generator.records import Entity


def absorb_org_named_people(people: list[Entity], orgs: list[Entity]) -> list[Entity]:
    """A 'person' whose name is an organisation's name or short form ('Crazy Eddie' of 'Crazy Eddie Inc.')."""
    kept = []
    for person in people:
        key = org_key(person.name)
        target = next((o for o in orgs if org_key(o.name) == key), None) or next(
            (o for o in orgs if also_names(person.name, o.name)), None
        )  # the body of that very name first ('Orkem' of Orkem S.A., not of its unit)
        if target is None or (labelled_facility(target) and key != org_key(target.name)):
            kept.append(person)
        elif fold(target.name) == fold(person.name) and outnumbers(person, target):
            kept.append(person)  # 'Executive Director Steiner said' thrice, one 'Steiner' body
        elif named_after(person, target) and holds_post(person, titles_only=True):
            fired("a titled person beside a body named after them", person.name, target.name)
            kept.append(person)  # 'Prince Norodom Ranariddh' beside the Norodom Ranariddh Party
        else:
            target.mentions.extend(person.mentions)
    return kept


def outnumbers(person: Entity, org: Entity) -> bool:
    """The text names a person, with a title it gives them, more often than a body of the same
    bare name (no legal form, no body's word): the body is the model's slip ('Executive
    Director Steiner said' twice, then 'Steiner' labelled a body; not 'Ericsson said' thrice,
    a company the model took for a person)."""
    last = fold(org.name).split()[-1]
    if len(person.mentions) <= len(org.mentions) or last in ORG_HEADS | ORG_SUFFIXES:
        return False
    return holds_post(person)


def holds_post(person: Entity, titles_only: bool = False) -> bool:
    """The text gives the person a post of a person ('X, the party's president'), not a body's
    word ('X Holdings chief' is still the body's); with TITLES_ONLY, a post whose head is a
    title ('Prince X', 'former President X')."""
    roles = [found for m in person.mentions if (found := person_role(m.span)) is not None]
    heads = [fold(r.role).split()[-1] for r in roles]
    return any(
        h not in ORG_HEADS and (not titles_only or (is_title(h) and singular(h) == h))
        for h in heads
    )  # one person's title is singular ('X was strong-arming employees' is a misparse)


def named_after(person: Entity, body: Entity) -> bool:
    """The body's name is the person's full name and more: 'Gerald Ford Museum', 'Norodom
    Ranariddh Party' (not 'Games' of 'Asian Games Committee')."""
    words, body_words = fold(person.name).split(), fold(body.name).split()
    return len(words) >= 2 and len(body_words) > len(words) and body_words[: len(words)] == words


def absorb_people_named_orgs(orgs: list[Entity], people: list[Entity]) -> list[Entity]:
    """A one-word 'organisation' that is a word of one person's name in the article ('Mobutu's
    envoy' beside Mobutu Sese Seko, 'Najib' beside Najib Razak) is that person; not an acronym
    or a word that names a body ('Liberal'). So is a facility's name (labelled_facility) that
    runs whole inside one person's name, or theirs inside it. The rest are returned."""
    kept = []
    for org in orgs:
        word = org.name
        if labelled_facility(org):  # 'Pichet Krungget shattered ...' beside 'Pichet said'
            named = [p for p in people if one_within(p.name.split(), word.split())]
            if len(named) == 1:
                fired("a facility's name that is a person's: the person", word)
                named[0].mentions.extend(org.mentions)
            else:
                kept.append(org)
            continue
        whole = [p for p in people if fold(p.name) == fold(word) and outnumbers(p, org)]
        named = whole or [p for p in people if word in p.name.split()]
        if len(named) != 1 or word.isupper() or fold(word) in ORG_HEADS:
            kept.append(org)
            continue
        if " " in word and not whole:
            kept.append(org)
            continue
        fired("an organisation named by a word of a person's name: the person", word)
        named[0].mentions.extend(org.mentions)
    return kept
