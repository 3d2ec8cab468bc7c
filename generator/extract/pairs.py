"""'The two countries also agreed', 'both nations', 'the two sides', 'the two leaders': the
pair of actors such a phrase stands for, as the text named them before."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from generator.extract.described import leads
from generator.extract.gazetteer import gazetteer
from generator.extract.group_words import bare
from generator.extract.hits import fired
from generator.extract.subjects import conjuncts
from generator.records import Entity, Participant


class Lookups(Protocol):
    """What the pair rules read of an article's look-ups (extract.participants.Participants)."""

    doc: Doc
    actors: list[Entity]
    actor_at: dict[int, Entity]
    place_at: dict[int, Entity]

    def sentence_start(self, token: Token, back: int) -> int: ...


PAIRED_PEOPLE = frozenset({"leaders", "presidents", "ministers", "premiers"})
PAIRED_KINDS = frozenset({"countries", "nations", "governments", "states", "sides"}) | PAIRED_PEOPLE
"""'The two countries', 'both nations', 'the two sides', 'the two leaders': a pair the text
named."""


def the_two(participants: Lookups, token: Token) -> list[Participant]:
    """'China and Vietnam signed ... The two countries also agreed', 'both nations': the
    pair of countries its sentence or the one before names together, or the story's only two;
    'the two sides' a pair of countries or bodies, 'the two leaders' a pair of people."""
    if (
        token.lower_ not in PAIRED_KINDS
        or not any(c.lower_ in {"two", "both"} for c in token.children)
        or not bare(token, post_words(token) + misattached_dates(token))  # 'the only two ...'
        or any(c.dep_ == "relcl" for c in token.children)
    ):
        return []
    sides = token.lower_ == "sides"  # 'talks between Fatah and Hamas ... the two sides'
    people = token.lower_ in PAIRED_PEOPLE  # 'Bush and Putin met ... the two leaders'
    for t in reversed(participants.doc[participants.sentence_start(token, 1) : token.i]):
        pair = [t, *conjuncts(t)]
        if len(pair) != 2:
            continue
        named: list[Participant] = [
            participants.actor_at[p.i] for p in pair if p.i in participants.actor_at
        ]
        kinds = {n.kind for n in named if isinstance(n, Entity)}
        if len(named) == 2 and (
            (sides and "person" not in kinds)  # (two people may be one side)
            or (people and kinds == {"person"} and named[0] is not named[1])
        ):
            fired("participants: the two are the pair named before", token.sent.text)
            return named
        if not sides and not people and all(names_a_country(participants, p.i) for p in pair):
            if not all(country_at(participants, p.i) for p in pair):
                return []  # 'workers from Romania and Bulgaria': a place is no doer
            fired("participants: the two countries are the pair named before", token.sent.text)
            return [participants.actor_at[p.i] for p in pair]
    if people:
        return two_people_before(participants, token) or two_holders(participants, token)
    if sides:
        return []
    countries = {id(a): a for a in participants.actors if a.kind == "country"}
    if len(countries) == 2:
        fired("participants: the two countries are the story's two", token.sent.text)
        return list(countries.values())
    return []


def two_people_before(participants: Lookups, token: Token) -> list[Participant]:
    """'Prime Minister Ivo Sanader met his Libyan counterpart, Shukri Ghanem, ... and the two
    leaders pledged ...': the only two people its sentence (before it) and the one before name,
    however the text joined them."""
    start = participants.sentence_start(token, 1)
    people: dict[int, Entity] = {}
    for i in range(start, token.i):
        actor = participants.actor_at.get(i)
        if actor is not None and actor.kind == "person":
            people.setdefault(id(actor), actor)
    if len(people) != 2:
        return []
    fired("participants: the two are the only two people named before", token.sent.text)
    return list(people.values())


def two_holders(participants: Lookups, token: Token) -> list[Participant]:
    """'Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed ... The two
    presidents on Friday signed the plan': the only two people named before whose title the
    phrase gives ('the two prime ministers': Prime Minister; 'the two leaders': whoever heads a
    body), or the one such person and the one named their counterpart, who holds the same post."""
    singular = token.lower_[:-1]  # PAIRED_PEOPLE: 'leaders', 'presidents', 'ministers', ...
    post = " ".join([*(c.lower_ for c in post_words(token)), singular])
    holders: list[Entity] = []
    counterparts: list[Entity] = []
    for actor in participants.actors:
        if actor.kind != "person" or actor.first_char >= token.idx:
            continue
        roles = [finding.role.lower() for finding in actor.roles]
        if any(holds(role, post) for role in roles):
            holders.append(actor)
        elif any("counterpart" in role.split() for role in roles):
            counterparts.append(actor)
    if len(holders) == 1 and len(counterparts) == 1:
        holders += counterparts
    if len(holders) != 2:
        return []
    fired("participants: the two are the only two holding the post named", token.sent.text)
    return list(holders)


def post_words(token: Token) -> list[Token]:
    """The words of a post before the plural: 'prime' in 'the two prime ministers'."""
    if token.lower_ not in PAIRED_PEOPLE:
        return []
    return [c for c in token.lefts if c.dep_ in {"amod", "compound"} and c.is_lower]


def misattached_dates(token: Token) -> list[Token]:
    """'The two presidents on Friday signed': the parser hangs the date on the noun; it says
    when they acted, not which two."""
    return [
        c
        for c in token.children
        if c.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)
    ]


def holds(role: str, post: str) -> bool:
    """Whether a person's title ROLE is the POST a plural names: 'U.S. President' is a
    president, 'Vice President' not; any head of a body is a leader."""
    if post == "leader":
        return leads(role)
    words = role.replace("-", " ").split()
    wanted = post.split()
    deputy = {"vice", "deputy", "assistant", "acting", "former"} & set(words)
    return not deputy and words[-len(wanted) :] == wanted


def country_at(participants: Lookups, i: int) -> bool:
    return i in participants.actor_at and participants.actor_at[i].kind == "country"


def names_a_country(participants: Lookups, i: int) -> bool:
    place = participants.place_at.get(i)
    return country_at(participants, i) or (
        place is not None and gazetteer().country(place.name) is not None
    )
