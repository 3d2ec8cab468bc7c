"""An entity's kind put right after the mentions are clustered: a 'person' or organisation the
text only ever uses as a location is a place, and a one-word 'person' the text treats as a body
(told things, beaten, agreeing as many) is an organisation."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.body_names import as_body
from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import (
    MEMBER_HEADS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PLACE_HEADS,
    STATE_HEADS,
    SUB_BODIES,
)
from generator.extract.mentions import speaks
from generator.extract.names import is_title_word, told_or_cited
from generator.extract.person_nouns import person_nouns
from generator.extract.person_roles import person_role
from generator.extract.roles import singular
from generator.extract.sentences import first_conjunct, list_members
from generator.lemmas import lemma
from generator.names import fold
from generator.records import Entity, NameMention

PLACE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "around",
    "across",
    "within",
    "throughout",
    "into",
}


def strictly_located(m: NameMention) -> bool:
    """Object of 'in', 'at', 'near'...: prepositions a person is rarely the object of (or
    coordinated with one: 'in Aamran and Al-Jawf')."""
    root = first_conjunct(m.span.root)
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


def split_located_people(people: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """A 'person' the text only ever places things in ('in Anlong Veng', 'the island of Borneo')
    is a place: no role, never speaking, and named as a location more than as a doer."""
    keep, places = [], []
    for entity in people:
        votes = [place_vote(m, person=True) for m in entity.mentions]
        located = (
            all(strictly_located(m) for m in entity.mentions)
            or sum(votes) >= 2
            or (
                known_place(entity)
                and any(m.locative for m in entity.mentions)
                and min(votes) >= 0
                and not reads_as_body(entity)
            )
        )
        # the role rules run only for the few that read as places: every person's roles are
        # found later anyway
        if located and not any(person_role(m.span) or speaks(m.span) for m in entity.mentions):
            fired("person named as a location: a place", entity.name)
            places.append(entity)
        else:
            keep.append(entity)
    return keep, places


def known_place(entity: Entity) -> bool:
    """A one-word name the gazetteer knows as a place's ('left Goma', 'via Goma'): once named
    as a location, where never as a doer, it is that place."""
    return " " not in entity.name and gazetteer().is_place_name(entity.name)


def reads_as_body(entity: Entity) -> bool:
    """Some mention treats the name as a body (see split_body_people): a club that shares its
    town's name ('a 2-1 win over Bolton', 'Bolton v Newcastle')."""
    cues = (bracketed_after_person, titled_as_team, fields, names_its_body, *BODY_CUES)
    return any(cue(m) for m in entity.mentions for cue in cues)


def listed_with_places(m: NameMention) -> bool:
    """One name of a list whose other names are all places: 'the Altai, Kurgan and Tambov
    regions', 'Yala, Narathiwat, Pattani and Satun' (not a full person's name the parse hung
    on a list: 'visited Russia, Tibet and Peru' after 'Maria Julia Mantilla Garcia, who')."""
    if len(m.span) > 2:
        return False
    others = [t for t in list_members(m.span.root) if not m.span.start <= t.i < m.span.end]
    return len(others) >= 2 and all(t.ent_type_ in {"GPE", "LOC"} for t in others)


def listed_of_places(root: Token) -> bool:
    """'the three southern cities of Nice, Marseille and Toulouse': every name of a list after a
    place noun's 'of' is a place."""
    first = first_conjunct(root)
    of = first.head
    found = (
        first is not root
        and first.dep_ == "pobj"
        and of.lower_ == "of"
        and lemma(of.head) in PLACE_HEADS
        and any(t.dep_ == "cc" and t.lower_ == "and" for t in first.subtree)  # not 'X, or Y'
    )
    if found:
        fired("a name listed after a place noun's 'of': a place", root.text, of.head.text)
    return found


def place_vote(m: NameMention, person: bool = False) -> int:
    """How strongly one mention reads as a location: 'the X region' / 'the island of X' (2), the
    object of a locative preposition (1), a doer (-2). A person is rarely 'in' or 'from' someone,
    but is often the object of 'to' or 'for', so for people only the strict prepositions count."""
    doc, span = m.span.doc, m.span
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[max(0, span.start - 3) : span.start]
    root = span.root
    modified = root.head if root.dep_ == "compound" and root.head.i > root.i else None
    if (
        (after is not None and place_noun(after))
        or (modified is not None and modified.lower_ in PLACE_HEADS)  # 'the Balata refugee camp'
        or (modified is not None and listed_before(root, modified))
        or (before[-1:].text == "of" and any(place_noun(t) for t in before))  # 'the cities of X'
        or any(c.dep_ == "appos" and c.lower_ in PLACE_HEADS for c in root.children)
        or listed_of_places(root)
    ):
        return 2  # "the X region", "the island of X", "X, the fabled temple"
    if person:
        if listed_with_places(m):
            fired("person listed with places: a place", m.text, m.span.sent.text)
            return 2  # 'Yala, Narathiwat, Pattani, Songkhla and Satun'
        if strictly_located(m) or (root.dep_ == "pobj" and root.head.lower_ == "from"):
            return 1
        return -2 if m.agentive and root.dep_ != "poss" else 0
    root = first_conjunct(root)  # 'from 14 countries and the UN'
    if m.locative and not (root.dep_ == "pobj" and root.head.lower_ == "from"):
        return 1  # 'observers from the UN', 'aid from the World Bank': a body is where people
        # and things come from without being a place
    return -2 if m.agentive else 0


def place_noun(token: Token) -> bool:
    """A noun for a kind of place, in the singular or plural ('the X region', 'X and Y regions',
    'the cities of X, Y and Z'; not the verb of 'Smith states', nor the members of 'OIC
    states')."""
    plural = token.tag_ == "NNS" and lemma(token) in PLACE_HEADS - {"state"}
    return token.lower_ in PLACE_HEADS or plural


def listed_before(root: Token, head: Token) -> bool:
    """'in al-Bureij and al-Maghazi districts': names listed before a place noun's plural are
    places (not the one name of 'ASEAN member states')."""
    listed = (
        root.dep_ == "conj"
        or any(c.dep_ == "conj" for c in root.children)
        or (head.dep_ == "conj" and head.head.pos_ == "PROPN")  # the parse's 'A and B districts'
    )
    return listed and head.tag_ == "NNS" and lemma(head) in PLACE_HEADS


def split_place_like(orgs: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """ORG-labelled names that the text treats as places: 'the X region', 'region of X', 'in X'."""
    keep, places = [], []
    for entity in orgs:
        if fold(entity.name).split()[-1] in ORG_SUFFIXES:
            keep.append(entity)
            continue
        votes = sum(place_vote(m) for m in entity.mentions)
        if votes >= 2:
            fired("organisation used as a location: a place", entity.name)
        (places if votes >= 2 else keep).append(entity)
    return keep, places


def fold_towns_labelled_bodies(orgs: list[Entity], places: dict[str, Entity]) -> list[Entity]:
    """A name the model labelled a body where the article also names it as a place ('Vukovar's
    hospital', 'the Okinawa facilities', 'the coasts of Hokkaido' beside 'in Hokkaido') is that
    place when the text never has it act as a body: no subject of an act, party, owner of a
    person or a body's word ('Chelsea beat', 'against Marseille', 'Falkirk players'). Its
    mentions join the place's; the rest are returned."""
    keep = []
    for entity in orgs:
        place = places.get(fold(entity.name))
        if (
            place is None
            or fold(entity.name).split()[-1] in ORG_HEADS | ORG_SUFFIXES | SUB_BODIES
            or not all(m.span.label_ == "ORG" for m in entity.mentions)
            or any(acts_as_body(m) for m in entity.mentions)
            or sum(m.agentive for m in place.mentions) > sum(m.locative for m in place.mentions)
        ):
            keep.append(entity)
            continue
        fired("a body's label on a town the article names as a place: the place", entity.name)
        place.mentions.extend(entity.mentions)
    return keep


def acts_as_body(m: NameMention) -> bool:
    """Anything a body does or is that a place is not: a subject (not of 'is'), a party, an
    object or a recipient, named as a body or told things, a plural, or the body a person or
    a named thing belongs to ('Sevilla coach', "Toyota's Corolla")."""
    root, head = m.span.root, m.span.root.head
    if as_body(m.span) or agrees_as_many(m) or root.dep_ == "dative":
        return True  # 'Fulham were', 'awarded Fulham a penalty'
    person = is_title_word(head) or lemma(head) in person_nouns()
    if root.dep_ in {"compound", "nmod", "poss"} and (person or head.pos_ == "PROPN"):
        return True  # 'Sevilla coach', "Fulham's Pearce", "Toyota's Corolla"
    if root.dep_ == "poss" or (root.dep_ == "nsubj" and lemma(head) == "be"):
        return False  # 'Zanzibar's inhabitants', 'Vlore is a port': a place's as well
    return m.agentive


def hears(m: NameMention) -> bool:
    """'Song told Xinhua', 'in an interview with Xinhua', 'was quoted as saying by Yediot': the
    one a statement is made to."""
    return told_or_cited(m.span.root, according=False)


FIXTURES = frozenset({"win", "victory", "defeat", "draw", "loss", "triumph", "clash", "tie"})
"""Results and matches, whose other side ('a 2-1 win over Bolton') is a team."""
PLAYED = frozenset({"beat", "defeat", "face", "host", "thrash", "edge", "hold", "play"})


def plays(m: NameMention) -> bool:
    """'a 2-1 win over Bolton', 'a 1-0 win against Southend', 'Arsenal beat Blackburn': the other
    side of a result or a match."""
    root = m.span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"over", "against", "with", "to"}:
        return lemma(root.head.head) in FIXTURES | {"lose"} and (
            root.head.lower_ != "with" or lemma(root.head.head) == "draw"
        )  # 'a 1-1 draw with Empoli', 'lost to Mainz'
    return (
        root.dep_ == "dobj"
        and lemma(root.head) in PLAYED
        and any(c.like_num for c in root.head.subtree if c.i > root.i)
    )


def split_playing_places(
    places: dict[str, Entity], orgs: list[Entity]
) -> tuple[dict[str, Entity], list[Entity]]:
    """A town's name that is only ever the other side of a result or a match ('a 2-0 win over
    Sunderland', 'lost to Mainz') or a player's club in brackets ('Giorgio Corona (Catania)') is
    a team, not a place: its mentions join the body of that name, or become one. The places kept
    are returned, and the bodies added."""
    kept: dict[str, Entity] = {}
    added = []
    bodies = {fold(entity.name): entity for entity in orgs}
    for key, place in places.items():
        teamed = (
            m.kind == "place" and (plays(m) or bracketed_after_person(m)) for m in place.mentions
        )
        if not place.mentions or not all(teamed):
            kept[key] = place
            continue
        fired("a town's name that plays: a team", place.name)
        team = bodies.get(key)
        if team is None:
            team = bodies[key] = Entity("organization", place.name)
            added.append(team)
        team.mentions.extend(place.mentions)
    return kept, added


PLURAL_FORMS = frozenset({"are", "have", "were", "'re", "'ve"})


def agrees_as_many(m: NameMention) -> bool:
    """'Chelsea are', 'Watford secured their first win': a name taken as the subject of a plural
    verb, or owning 'their' in its own clause, names a body of people (a team, a band), never
    one person."""
    root = m.span.root
    if (
        root.dep_ not in {"nsubj", "nsubjpass"}
        or root.tag_ != "NNP"
        or any(c.dep_ == "conj" for c in root.children)
    ):
        return False
    verb = root.head
    if verb.tag_ == "VBP" or any(
        c.lower_ in PLURAL_FORMS for c in verb.children if c.dep_ in {"aux", "auxpass"}
    ):
        return True
    return verb.lower_ in PLURAL_FORMS or any(
        t.lower_ == "their" and t.dep_ == "poss"
        for child in verb.children
        if child.dep_ in {"dobj", "attr"}
        for t in child.subtree
    )


BODY_CUES = (hears, plays, agrees_as_many)


def bracketed_after_person(m: NameMention) -> bool:
    """'Andy Johnson (Everton)', 'Tommaso Rocchi (Lazio)': a name alone in brackets after a
    person's full name is what the person belongs to (a club, a party), not a second person;
    after one name it may complete it ('for Saddam (Hussein)')."""
    doc, start, end = m.span.doc, m.span.start, m.span.end
    return (
        start >= 3
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and doc[start - 2].ent_type_ == "PERSON"
        and doc[start - 3].ent_type_ == "PERSON"
    )


BODY_HEADS = (ORG_HEADS - STATE_HEADS - {"team"}) | {singular(w) for w in MEMBER_HEADS}
"""Nouns a name before them makes a body's name ('the Antara news agency', 'the Golkar party',
'Tamil Tiger rebels'); not 'the Blair government' nor 'the Clinton administration', named
after a person, nor 'the Trap team event'."""


def names_its_body(m: NameMention) -> bool:
    """A name used as a modifier of a body's noun: 'the state Antara news agency'."""
    root = m.span.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and lemma(root.head) in BODY_HEADS


TEAM_ROLES = frozenset(
    {"striker", "winger", "midfielder", "defender", "goalkeeper", "playmaker", "star", "skipper"}
)
"""Places in a team: a name right before one is the team's ('Linz striker X', 'a Graz winger')."""


def fields(m: NameMention) -> bool:
    """'Manchester United winger X', 'a Da Nang striker': the team a player plays for."""
    root = m.span.root
    head = root.head
    return root.dep_ in {"compound", "nmod"} and head.i == m.span.end and head.lower_ in TEAM_ROLES


TEAM_PLURALS = frozenset(
    {"champions", "hosts", "leaders", "strugglers", "rivals", "visitors", "holders", "giants"}
)
"""Plural titles of a team in a league or a match: one name right after one ('defending
champions Gamba Osaka', 'fellow strugglers VfL Bochum', 'leaders Chelsea') is a team's."""


def titled_as_team(m: NameMention) -> bool:
    """'beat hosts Bolton 1-0': a lone name after a team's plural title (not a list of people
    after a plural: 'foreign ministers A and B')."""
    doc, span = m.span.doc, m.span
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ in TEAM_PLURALS
        and before.tag_ == "NNS"
        and span.root.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in span.root.children)
        and (after is None or after.lower_ not in {"and", "&", ","})
    )


def split_body_people(people: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """A one-word 'person' that the text never names in full nor gives a title is a body when
    statements are made to it ('told Xinhua': a news outlet), it is the other side of a result
    ('a 2-1 win over Bolton': a team) or it agrees as many ('Watford secured their first win'):
    the model takes agencies, papers and clubs for people's surnames. A 'person' also named in
    full is a body only when its short name agrees as many and it never speaks ('United have
    been linked with ...' beside 'Manchester United': not 'Tomlinson rushed', mistagged)."""
    keep, bodies = [], []
    for entity in people:
        if all(map(bracketed_after_person, entity.mentions)):
            fired("a 'person' in brackets after a person's name: a body", entity.name)
            entity.kind = "organization"
            bodies.append(entity)
            continue
        if any(map(titled_as_team, entity.mentions)):
            fired("a 'person' after a team's plural title: a team", entity.name)
            entity.kind = "organization"
            bodies.append(entity)
            continue
        named = all(map(names_its_body, entity.mentions))
        if (named or any(map(fields, entity.mentions))) and not any(
            person_role(m.span) or speaks(m.span) for m in entity.mentions
        ):
            cue = "only ever naming the body after it" if named else "a player plays for"
            fired(f"a 'person' {cue}: a body", entity.name)
            entity.kind = "organization"
            bodies.append(entity)
            continue
        one_word = [m for m in entity.mentions if len(m.span) == 1]
        named_in_full = len(one_word) < len(entity.mentions)
        cues = (agrees_as_many,) if named_in_full else BODY_CUES
        if (
            one_word  # 'United have been linked': a short name agrees as the many it is
            and not any(person_role(m.span) for m in entity.mentions)
            and not (named_in_full and any(speaks(m.span) for m in entity.mentions))
            and (cue := next((c for c in cues if any(map(c, one_word))), None))
        ):
            fired(f"a one-word 'person' that {cue.__name__}: a body", entity.name)
            entity.kind = "organization"
            bodies.append(entity)
        else:
            keep.append(entity)
    return keep, bodies


def labelled_facility(entity: Entity) -> bool:
    """A body named only where the model labelled a building or a site (mentions.py makes one
    that acts a body), with no body's word in its name: it may be a person the model
    mislabelled ('Pichet Krungget'; not 'Telefonica SA', 'Royal Hong Kong Golf Club')."""
    last = fold(entity.name.split()[-1])
    return last not in ORG_SUFFIXES | ORG_HEADS and all(
        m.span.label_ == "FAC" for m in entity.mentions
    )
