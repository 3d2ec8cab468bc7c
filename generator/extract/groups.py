"""Peoples and groups: a nationality names its country acting ('the Iraqis voted', 'the Canadian
government'); a people, a faith's followers or a party's members that the story names by a plural
('Kurds', 'Shiite Moslems', 'Democrats') and that act in it are a group actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import STATE_HEADS, is_head
from generator.extract.sentences import first_conjunct
from generator.names import fold
from generator.records import Entity, NameMention


def as_people(mention: NameMention) -> NameMention:
    """A nationality, faith or party: a country's people act for it ('the Iraqis voted'), other
    peoples are groups ('Kurds', 'Shiites', 'Democrats'); an adjective names no actor."""
    span, text = mention.span, mention.text
    demonym_country = gazetteer().country_of_demonym(text)
    plural_head = span.root.tag_ == "NNPS" or (
        text.endswith("s") and span.root.dep_ not in {"amod", "compound"}
    )
    if demonym_country and ethnic(span):
        fired("an ethnic people: a group, not the country", text, span.sent.text)
        mention.kind = "group"  # 'ethnic Albanians' in Kosovo are not Albania acting
    elif demonym_country and (plural_head or names_the_state(span)):
        mention.kind, mention.country = "country", demonym_country
    elif is_a_people(span, plural_head):
        fired("a people or a faith's followers: a group", text)
        mention.kind = "group"
    return mention


PEOPLE_ENDINGS = ("ers", "ites", "ans", "ns")


def people_of_a_place(span: Span) -> bool:
    """'the North Koreans', 'Londoners' labelled as places: a plural proper noun
    that names the people of a country or a town the gazetteer knows."""
    if span.label_ not in {"GPE", "LOC"} or span.root.tag_ != "NNPS":
        return False
    gaz = gazetteer()
    text = span.text.removeprefix("the ").removeprefix("The ")
    places = [text[: -len(e)] for e in PEOPLE_ENDINGS if text.endswith(e)]
    if any(gaz.country(t) or gaz.is_place_name(t) for t in (text, text[:-1])):
        return False  # 'the Philippines', 'the two Koreas', 'the Americas'
    if gaz.country_of_demonym(text) or any(gaz.is_place_name(p) or gaz.country(p) for p in places):
        fired("a place's people labelled as a place: a people", text)
        return True
    return False


def ethnic(span: Span) -> bool:
    """'ethnic Albanians', 'ethnic Chinese in Indonesia': a people by descent, wherever they live."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ == "ethnic"


def is_a_people(span: Span, plural_head: bool) -> bool:
    """'Kurds', 'Shiite Moslems', 'Democrats': the model's nationality-or-religious-or-political
    label on a plural noun that is no country's people and no place names a collective actor."""
    root = span.root
    return (
        plural_head
        and root.pos_ in {"PROPN", "NOUN"}
        and root.text[:1].isupper()
        and not gazetteer().is_place_name(span.text)
    )


def names_the_state(span: Span) -> bool:
    """'The Canadian government', 'the British and Irish governments': a nationality on a head
    that stands for the state is the country acting (the guideline's alias of the country)."""
    root = first_modifier(span.root)
    if root.dep_ in {"amod", "compound"} and is_head(root.head.lower_, STATE_HEADS):
        fired("nationality + government: the country", span.text, root.head.text)
        return True
    return False


def first_modifier(token: Token) -> Token:
    """The first of coordinated modifiers: 'British' for 'Irish' in 'the British and Irish
    governments', whose head is the word they all modify."""
    while token.dep_ == "conj" and token.head.pos_ in {"ADJ", "PROPN"}:
        token = token.head
    return token


def acting_groups(mentions: list[NameMention], orgs: list[Entity]) -> list[Entity]:
    """One actor per group that acts in the story ('Kurds voted', 'attacked by Islamists'): a
    people or a faith only mentioned is its setting, not one of its actors. A party's members
    are the party, when the story names it."""
    groups: dict[str, Entity] = {}
    for mention in mentions:
        groups.setdefault(fold(mention.text), Entity("group", mention.text)).mentions.append(
            mention
        )
    acting = [g for g in groups.values() if any(acts(m) for m in g.mentions)]
    return members_of_parties(acting, orgs)


def group_words(mentions: list[NameMention]) -> list[NameMention]:
    """MENTIONS, with the word for one of a group the story names dropped from the names of
    people and places: 'Hutu rebels' and 'Tutsi villagers' beside 'the Hutus' name no person
    called Hutu and no place called Tutsi."""
    plurals = {fold(m.text) for m in mentions if m.kind == "group"}
    surnames = {fold(m.span[-1].text) for m in mentions if m.kind == "person" and len(m.span) > 1}
    for mention in mentions:
        if (
            mention.kind in {"person", "organization", "place"}
            and len(mention.span) == 1
            and fold(mention.text) + "s" in plurals
            and fold(mention.text) not in surnames  # 'Bob Bryan ... the Bryans'
        ):
            fired("one of a group the story names: no name", mention.text)
            mention.kind = "drop"
    return mentions


def acts(mention: NameMention) -> bool:
    """Its subject, or the agent of a passive; not 'nine other Palestinians were wounded', some
    people of it counted."""
    token = mention.span.root
    if any(c.dep_ == "nummod" or c.lower_ == "other" for c in token.children):
        return False
    token = first_conjunct(token)
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def members_of_parties(groups: list[Entity], orgs: list[Entity]) -> list[Entity]:
    """'Democrats' where the story names the Democratic Party: one actor with the party."""
    parties = [o for o in orgs if fold(o.name).endswith(" party")]
    kept = []
    for group in groups:
        stem = fold(group.name).removesuffix("s")
        party = next((p for p in parties if fold(p.name).startswith(stem)), None)
        if party is None:
            kept.append(group)
            continue
        fired("a party's members: the party", group.name, party.name)
        party.mentions.extend(group.mentions)
        party.mentions.sort(key=lambda m: m.start_char)
    return kept
