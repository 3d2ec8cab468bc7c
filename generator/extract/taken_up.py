"""Descriptions that take up an organisation named just before: "Imperial Chemical Industries
reported a slide in profits ... The British chemicals group said ..." describes ICI. Wire copy
names a body once and then refers to it by what it is; that description is its role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.descriptions import org_head_singular
from generator.extract.hits import fired
from generator.extract.lexicon import GOVERNING_HEADS, ORG_HEADS
from generator.extract.premodifiers import NON_DESCRIPTIVE
from generator.extract.roles import tokens_text
from generator.records import Entity, RoleFinding

SUBJECTS = {"nsubj", "nsubjpass"}
STATE_BODIES = GOVERNING_HEADS | {"ministry", "unit", "department", "court", "force"}
"""'The Italian government said' after 'the EU': a country's own bodies, not the body named."""
REACH_SENTENCES = 2
"""How far back the organisation taken up may have been named."""


def describe_taken_up(doc: Doc, organizations: list[Entity]) -> None:
    """Give an organisation the description a later subject takes it up by ('the British
    chemicals group said'), when it is the last organisation named within the reach."""
    named = sorted(
        (
            (m.span.start, m.span.sent.start, entity)
            for entity in organizations
            for m in entity.mentions
        ),
        key=lambda item: item[0],
    )
    if not named:
        return
    sentence_starts = [s.start for s in doc.sents]
    for token in doc:
        words = description(token)
        if not words:
            continue
        here = sentence_starts.index(token.sent.start)
        earliest = sentence_starts[max(0, here - REACH_SENTENCES)]
        before = [item for item in named if earliest <= item[0] < token.i]
        if not before or len({id(item[2]) for item in before[-2:]}) > 1:
            continue  # nobody named, or two bodies just before: whose description is unclear
        entity = before[-1][2]
        if not agrees(token, entity):
            continue  # "the Russian space agency" right after NASA is another agency
        if another_of_its_kind(words, entity, organizations):
            continue
        if not any(m.span.root.dep_ in SUBJECTS for m in entity.mentions if m.span.start < token.i):
            continue  # a body taken up as the subject was the subject before ('ICI reported')
        fired("org: a description takes it up", words, entity.name)
        entity.roles.append(RoleFinding(words, None, token.sent.start_char))


def description(token: Token) -> str | None:
    """'the British chemicals group' as a subject: a definite organisation noun with at least
    one describing word ('the group' alone says nothing new)."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or not token.is_lower:
        return None
    head = org_head_singular(token.lower_)
    if head not in ORG_HEADS or head in STATE_BODIES or token.tag_ != "NN":
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the":
        return None
    modifiers = [t for t in lefts[1:] if t.dep_ in {"amod", "compound", "npadvmod"}]
    if not modifiers or len(modifiers) != len(lefts) - 1:
        return None
    if any(t.lower_ in NON_DESCRIPTIVE or t.ent_type_ in {"ORG", "PERSON"} for t in modifiers):
        return None
    words = sorted((t for m in modifiers for t in m.subtree), key=lambda t: t.i)
    return tokens_text([*words, token])


def another_of_its_kind(words: str, entity: Entity, organizations: list[Entity]) -> bool:
    """'According to the Tanjug news agency, NATO plans ... the news agency reported': a
    description another body of the story already has, every word of it in that body's name or
    description, is that body's, not the one named last."""
    wanted = {org_head_singular(w) for w in words.lower().split()}
    for other in organizations:
        if other is entity:
            continue
        own = " ".join([*other.surfaces(), *(r.role for r in other.roles)]).lower().split()
        if wanted <= {org_head_singular(w) for w in own}:
            fired("org: a description another body has", words, other.name)
            return True
    return False


def agrees(token: Token, entity: Entity) -> bool:
    """A nationality or country in the description must be in the body's own name: 'the Russian
    space agency' does not take up NASA (a description says nothing the text does not back)."""
    names = " ".join(entity.surfaces()).lower()
    words = [t for t in token.lefts for t in t.subtree]
    places = [t for t in words if t.ent_type_ in {"NORP", "GPE"} and not based_in(t)]
    return all(t.lower_ in names for t in places)


def based_in(token: Token) -> bool:
    """'Geneva-based', 'New York-based': where the body sits, which its name need not say."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_type_ == token.ent_type_ and doc[end].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"
