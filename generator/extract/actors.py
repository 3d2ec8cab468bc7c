"""Actors and places of one article: mentions clustered into entities, typed, with roles.

Within an article, mentions of one entity are merged (clusters.py: surnames and
honorific forms into the full name, acronyms defined in the text and short company
names into the long form), and here capitals used for their governments and plural
demonyms into the country.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from spacy.tokens import Doc, Span

from generator.extract.clusters import (
    cluster_organizations,
    cluster_people,
    defined_acronyms,
    names_a_text,
    org_key,
    term_acronyms,
    unmoored_acronym,
)
from generator.extract.descriptions import kind_in_name, organization_role
from generator.extract.gazetteer import gazetteer
from generator.extract.groups import acting_groups, first_modifier, group_words
from generator.extract.hits import fired
from generator.extract.lead_descriptions import (
    lead_descriptions,
    match_lead_description,
    story_sentences,
)
from generator.extract.lexicon import (
    GOVERNING_HEADS,
    PLACE_HEADS,
    is_head,
)
from generator.extract.mentions import find_mentions
from generator.extract.name_clashes import absorb_org_named_people, absorb_people_named_orgs
from generator.extract.names import is_title_word, names_a_portfolio
from generator.extract.person_roles import person_roles
from generator.extract.place_clashes import (
    absorb_places_named_as_people,
    absorb_surnamed_places,
    split_people_named_as_places,
)
from generator.extract.retyping import (
    fold_towns_labelled_bodies,
    place_vote,
    split_body_people,
    split_located_people,
    split_place_like,
    split_playing_places,
    strictly_located,
)
from generator.extract.taken_up import describe_taken_up
from generator.names import fold
from generator.records import Entity, NameMention


def body_mentions(
    doc: Doc, mentions: list[NameMention], acronyms: dict[str, str]
) -> list[NameMention]:
    """The organisation mentions that name a body: not a treaty's, a thing's or a term's acronym."""
    terms = term_acronyms(doc)
    return [
        m
        for m in mentions
        if m.kind == "organization"
        and not names_a_text(m, acronyms)
        and m.text.replace(".", "") not in terms
    ]


def extract_entities(
    doc: Doc, blanked: tuple[int, int] | None = None
) -> tuple[list[Entity], list[Entity]]:
    """(actors, places) of one parsed article, actors ranked by salience."""
    gaz = gazetteer()
    mentions = group_words(find_mentions(doc, blanked))
    people = cluster_people([m for m in mentions if m.kind == "person"])
    acronyms = defined_acronyms(doc)
    mentions = [m for m in mentions if not unmoored_acronym(m, mentions, acronyms)]
    orgs = cluster_organizations(body_mentions(doc, mentions, acronyms), acronyms)
    orgs, place_like = split_place_like(orgs)
    people, located = split_located_people(people)  # 'the port of X' is not 'X Dockers Union'
    people = absorb_org_named_people(people, orgs)
    orgs = absorb_people_named_orgs(orgs, people)
    people, bodies = split_body_people(people)
    orgs += bodies
    place_like += located
    countries: dict[str, Entity] = {}
    places: dict[str, Entity] = {}
    for m in mentions:
        if m.kind in {"country", "capital"} and m.country is not None:
            as_actor = m.kind == "country" and (m.agentive or (not m.locative and governs(m)))
            if m.kind == "capital":
                as_actor = m.agentive and not m.locative
            if as_actor:
                entity = countries.setdefault(
                    m.country.code, Entity("country", m.country.name, key=m.country.code)
                )
                entity.mentions.append(m)
            if (
                m.locative
                or (m.kind == "capital" and not m.agentive)
                or (m.kind == "country" and (not as_actor or owns_a_thing(m)))
            ):
                place_name = m.country.name if m.kind == "country" else m.text
                place = places.setdefault(fold(place_name), Entity("place", place_name))
                place.mentions.append(m)
        elif m.kind == "place":
            name = gaz.place_name(m.text)
            place = places.setdefault(fold(name), Entity("place", name))
            place.mentions.append(m)
    for entity in place_like:
        place = places.setdefault(fold(entity.name), Entity("place", entity.name))
        place.mentions.extend(entity.mentions)
    people = split_people_named_as_places(people, places)
    orgs = fold_towns_labelled_bodies(orgs, places)
    places = absorb_surnamed_places(places, people)
    places = absorb_places_named_as_people(places, people)
    places, teams = split_playing_places(places, orgs)
    orgs += teams
    for entity in people:
        entity.name = canonical_person_name(entity)
        for m in entity.mentions:
            entity.roles.extend(person_roles(m.span))
    name_lead_descriptions(doc, people)
    for entity in orgs:
        entity.name = organization_name(entity)
        for m in entity.mentions:
            role = organization_role(m.span)
            if role:
                entity.roles.append(role)
    describe_taken_up(doc, orgs)
    for entity in orgs:
        if not entity.roles and (named_kind := kind_in_name(entity)) is not None:
            entity.roles.append(named_kind)
    places = fold_first_words(places)
    places = absorb_org_named_places(places, orgs)
    places = absorb_spelled_out_acronyms(places, orgs, acronyms)
    for place in places.values():
        place.name = (
            max(place.surfaces(), key=lambda s: (len(s), s))
            if not (gaz.country(place.name) or gaz.is_state_name(place.name))
            else place.name
        )  # a country's or a state's own name, not 'U.S.' or 'N.J.'; else the longest written
    groups = acting_groups([m for m in mentions if m.kind == "group"], orgs)
    actors = rank(people + orgs + list(countries.values()) + groups)
    ranked_places = sorted(places.values(), key=lambda p: (-len(p.mentions), p.first_char))
    return actors, ranked_places


OTHER_PLACE_HEADS = frozenset({"airport", "port", "stadium", "square", "street", "road", "state"})
"""Heads of a place beside the one its first word names: 'Vancouver International Airport',
'Washington state'."""
KINDS_OF_PLACE = PLACE_HEADS - OTHER_PLACE_HEADS
"""'Hunan province', 'Yangtze river': the same place as its first word."""


def fold_first_words(places: dict[str, Entity]) -> dict[str, Entity]:
    """'Hunan' where the text also names 'Hunan province': a one-word place that is no country
    and starts exactly one longer place's name, the rest a word for a kind of place, is that
    place cut short."""
    gaz = gazetteer()
    for key, place in list(places.items()):
        if " " in key or gaz.country(place.name) is not None:
            continue
        longer = [k for k in places if k.startswith(key + " ") and k.split()[-1] in KINDS_OF_PLACE]
        if len(longer) == 1:
            fired("place: a first word of one longer place's name", place.name, longer[0])
            places[longer[0]].mentions.extend(place.mentions)
            del places[key]
    return places


def absorb_org_named_places(places: dict[str, Entity], orgs: list[Entity]) -> dict[str, Entity]:
    """'America West' beside 'America West Airlines': a 'place' no gazetteer knows, that acts and
    is never a location, whose name starts one organisation's name in the article (or is that
    name without its legal form: 'Jayark' beside 'Jayark Corp.') is that organisation."""
    gaz = gazetteer()
    for key, place in list(places.items()):
        if (
            gaz.country(place.name)
            or gaz.is_place_name(place.name)
            or fold(place.name) in PLACE_HEADS
        ):
            continue
        if any(m.locative or town_before_its_state(m.span) for m in place.mentions) or not any(
            m.agentive for m in place.mentions
        ):
            continue  # 'in Jenin' beside 'Jenin Refugee Camp': a place that shares the name
        words = org_key(place.name).split()
        named = [o for o in orgs if org_key(o.name).split()[: len(words)] == words]
        if len(named) == 1:
            fired("place: the short form of an organisation's name", place.name, named[0].name)
            named[0].mentions.extend(place.mentions)
            del places[key]
    return places


def town_before_its_state(span: Span) -> bool:
    """'The Oneida, N.Y., maker of ...': a town and its state before the noun they locate (not
    'Jayark, New York, distributes ...': a company and where it is)."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ == "GPE"
    )


def absorb_spelled_out_acronyms(
    places: dict[str, Entity], orgs: list[Entity], acronyms: dict[str, str]
) -> dict[str, Entity]:
    """'the Asia-Pacific Economic Cooperation (APEC) forum': a 'place' the text spells out as
    an organisation's acronym is that organisation."""
    spelled = {fold(long): short for short, long in acronyms.items()}
    for key, place in list(places.items()):
        short = spelled.get(fold(place.name))
        named = [o for o in orgs if short is not None and fold(short) in map(fold, o.surfaces())]
        if len(named) != 1 or reads_as_place(place):
            continue  # 'North West Frontier Province (NWFP)': a place, whatever the model says
        fired("place: an organisation's acronym spelled out", place.name, short)
        named[0].mentions.extend(place.mentions)
        named[0].name = organization_name(named[0])
        del places[key]
    return places


def reads_as_place(place: Entity) -> bool:
    """A name the gazetteer knows, that ends in a word for a place, or that the text places
    something in or calls a place ('the region of X')."""
    words, gaz = fold(place.name).split(), gazetteer()
    return (
        gaz.country(place.name) is not None
        or gaz.is_place_name(place.name)
        or words[-1] in PLACE_HEADS
        or any(strictly_located(m) or place_vote(m) >= 2 for m in place.mentions)
    )


def organization_name(entity: Entity) -> str:
    """The fullest form the text gives: a spelled-out name before its acronym."""
    return max(
        entity.surfaces(), key=lambda s: (not s.isupper(), len(s.split()), capitalised(s), len(s))
    )


def owns_a_thing(m: NameMention) -> bool:
    """'Japan's trade surplus', 'South Korea's Hanbo Group': a country as the place a thing
    belongs to (a place as well as an actor), not as who acts for it ('Japan's minister')."""
    root = m.span.root
    head = root.head
    if root.dep_ != "poss" or head.pos_ not in {"NOUN", "PROPN"} or is_title_word(head):
        return False
    if head.lower_ in GOVERNING_HEADS or head.ent_type_ == "PERSON":
        return False
    fired("country owns a thing: a place too", m.text, head)
    return True


def governs(m: NameMention) -> bool:
    """A country named as the modifier of who acts for it: "the US government", "Chinese
    officials", "Iraq's president"."""
    root = first_modifier(m.span.root)  # 'the British and Irish governments'
    if root.dep_ in {"compound", "amod", "poss", "nmod"} and (
        is_head(root.head.lower_, GOVERNING_HEADS) or is_title_word(root.head)
    ):
        fired("country governs its head", m.text, root.head)
        return True
    return False


LEAD_NAMING_SENTENCES = 2
"""A lead's unnamed person is named in the next sentence or, after a quote, the one after."""


def name_lead_descriptions(doc: Doc, people: list[Entity]) -> None:
    """Give people first named just after the lead the role the lead sentence described them by."""
    descriptions = lead_descriptions(doc)
    if not descriptions:
        return
    sentences = story_sentences(doc, LEAD_NAMING_SENTENCES + 1)
    if len(sentences) < 2:
        return
    second, later = sentences[1].start, {sentence.start for sentence in sentences[2:]}
    used: set[int] = set()
    named_before = False
    for entity in sorted(people, key=lambda e: e.first_char):
        first = min(entity.mentions, key=lambda m: m.start_char)
        start = first.span.sent.start
        if start != second and (start not in later or named_before):
            continue  # past the second sentence, only the first person the story names
        named_before = True
        found = match_lead_description(first.span, descriptions, used, bool(entity.roles))
        if found:
            entity.roles.append(found)


def capitalised(name: str) -> int:
    """How many words start with a capital: 'Xinhua News Agency' beats 'Xinhua news agency'."""
    return sum(1 for word in name.split() if word[:1].isupper())


def canonical_person_name(entity: Entity) -> str:
    """The fullest proper form: most words, then most frequent, then first seen."""
    counts = Counter(entity.surfaces())
    return max(counts, key=lambda s: (len(s.split()), counts[s], -entity.surfaces().index(s)))


def rank(entities: list[Entity]) -> list[Entity]:
    """Salience: mentions, with a bonus for appearing early (the lead names the main actors)."""

    def score(e: Entity) -> tuple[float, int]:
        first = e.first_char
        lead_bonus = 2.0 if first < 400 else 1.0 if first < 1200 else 0.0
        return (-(len(e.mentions) + lead_bonus), first)

    return sorted(entities, key=score)


POSSESSIVE_PRONOUN = re.compile(r"^(?:his|her|its|their|our|my|your|the|a|an)\s+(?=\S)", re.I)
"""A leading pronoun or article: a role reads 'guerrilla group's leader', not 'the ...'."""


def entity_role(entity: Entity) -> str | None:
    """Distinct roles, most frequent first, ';'-separated as the gold guideline writes them; a
    role whose words another holds adds nothing.

    A leading possessive pronoun goes ('his top military commander'): away from its sentence it
    points at nobody; so does an article ('the guerrilla group's leader')."""
    counts = Counter(POSSESSIVE_PRONOUN.sub("", r.role) for r in entity.roles if r.role)
    if not counts:
        return None
    seen: list[str] = []
    order = [POSSESSIVE_PRONOUN.sub("", r.role) for r in entity.roles if r.role]
    for role, _ in sorted(counts.items(), key=lambda kv: (-kv[1], order.index(kv[0]))):
        if all(role.lower() != s.lower() for s in seen):
            seen.append(role)
    words = [set(role.lower().split()) for role in seen]
    fuller = [r for r, w in zip(seen, words) if not any(w < other for other in words)]
    return "; ".join(fuller[:3])  # 'Chinese President', not also 'President'


def affiliations(entity: Entity, actors: list[Entity]) -> Iterator[Entity]:
    """The bodies or countries the text names a person with, role by role ('Likud leader X',
    'X of China'): the first is the sheet's `affiliation`."""
    for finding in entity.roles:
        target = span_entity(finding.affiliation_span, actors)
        if target is not None and target is not entity:
            yield target


def span_entity(span: Span | None, entities: list[Entity]) -> Entity | None:
    """The entity one of whose mentions covers SPAN's head (for affiliations); for a title's
    portfolio, which is no body, its first word's ('EU' of 'EU Transport', 'Algerian' of
    'Algerian Energy')."""
    if span is None:
        return None
    if len(span) > 1 and names_a_portfolio(span.text):
        fired("affiliation: whose a portfolio is", span.text)
        span = span[:1]
    for entity in entities:
        for m in entity.mentions:
            if m.span.start <= span.root.i < m.span.end:
                return entity
    gaz = gazetteer()
    country = gaz.country(span.text) or gaz.country_of_demonym(span.text)
    if country:
        for entity in entities:
            if entity.kind == "country" and entity.key == country.code:
                return entity
        return Entity("country", country.name, key=country.code)
    return None
