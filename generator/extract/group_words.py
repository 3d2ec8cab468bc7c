"""Words for groups of people an event's doer may be without a name: 'police', 'Peruvian
troops', 'the government' (a state's own word), and the parts of such a phrase."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import (
    BODY_NOUNS,
    COLLECTIVE_HEADS,
    GOVERNING_HEADS,
    ORG_HEADS,
    STATE_HEADS,
    SUB_BODIES,
    is_head,
)
from generator.extract.person_nouns import person_nouns
from generator.extract.phrases import phrase
from generator.extract.subjects import conjuncts
from generator.lemmas import lemma
from generator.records import Entity, Participant

GROUPS = GOVERNING_HEADS | COLLECTIVE_HEADS


def collective_phrase(participant: Participant) -> bool:
    """An unnamed doer that is a group of people ('police', 'Peruvian troops', 'members of the
    security forces'), not a thing a phrase after it ties to one ('participation in the Lebanese
    government', 'clashes between police and protesters')."""
    if not isinstance(participant, str):
        return False
    words, cut, head = phrase_parts(participant)
    own = any(is_head(word, GROUPS) for word in words[:cut])
    if not own and head and plural_of_persons(head[-1]):
        fired("participants: persons in the plural as a group", participant)
        own = True
    if not own and any(is_head(word, GROUPS) for word in words[cut:]):
        fired("participants: a group in a phrase after a thing", participant)
    return own


def unnamed_body(participant: Participant) -> bool:
    """A body the text does not name ('the high court', 'a federal grand jury', 'the central
    bank'): it acts as its people do, unlike a thing ('the warning', 'exports')."""
    if not isinstance(participant, str):
        return False
    head = phrase_parts(participant)[2]  # not 'wide accessibility of VCT service'
    return bool(head) and head[-1] in ORG_HEADS | BODY_NOUNS | SUB_BODIES


def phrase_parts(participant: str) -> tuple[list[str], int, list[str]]:
    """An unnamed participant's words in lower case, where a phrase or clause after its noun
    starts ('in', 'who'; 'WHO experts' and 'that government' have none), and its head words
    before that and before an 'of' ('members' of 'members of the security forces')."""
    said = participant.split()
    cut = next((k for k, word in enumerate(said) if k and word in PHRASE_OPENERS), len(said))
    words = participant.lower().split()
    head = words[: words.index("of")] if "of" in words[1:cut] else words[:cut]
    return words, cut, head


def plural_of_persons(word: str) -> bool:
    """A plural whose singular names a person ('prosecutors', 'deputies', 'businessmen'): many of
    them act as a group the text does not name, as 'police' or 'troops' do."""
    return person_singular(word) is not None


def person_singular(word: str) -> str | None:
    """The singular of a plural of persons ('deputies' -> 'deputy'), or None."""
    singulars = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("men"):
        singulars.append(word[:-3] + "man")
    elif word.endswith("s") and not word.endswith("ss"):
        singulars.append(word[:-1])
        if word.endswith(SIBILANT_PLURALS):
            singulars.append(word[:-2])  # 'witnesses', 'coaches'; not 'wages' (a wag is a joker)
    return next((s for s in singulars if s in person_nouns()), None)


SIBILANT_PLURALS = ("ses", "xes", "zes", "ches", "shes")

PHRASE_OPENERS = frozenset(
    {"in", "at", "on", "for", "from", "to", "with", "into", "against", "by", "under", "over"}
    | {"near", "after", "before", "during", "between", "among", "about", "across", "who"}
    | {"which", "that", "than"}
)
"""Words that open a phrase or clause after a noun: a group named there is not the noun ('of'
is not among them: 'members of the security forces' are of the forces)."""


def bare(token: Token, besides: list[Token] | None = None) -> bool:
    """Only a determiner or a number with the noun (and the words BESIDES): 'the troops', '140
    troops', 'police'."""
    return all(
        c.dep_ in {"det", "nummod", "quantmod", "predet"} or c in (besides or [])
        for c in token.children
    )


def whose(token: Token) -> bool:
    """A nationality, a country or a body among the group's modifiers: 'Peruvian troops'."""
    return any(
        c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG"}
        for c in token.children
    )


def is_group_word(token: Token) -> bool:
    return is_head(token.lower_, GROUPS)


def is_state_head(token: Token) -> bool:
    """'government', 'authorities', 'governments': a word that stands for the state."""
    return is_head(token.lower_, STATE_HEADS)


PARTITIVES = frozenset({"many", "some", "most", "all", "several", "few", "each", "both", "none"})


def part_of_them(token: Token) -> bool:
    """'Many of them sold shares', 'two of them fled': the 'them' a part of a group is of, which
    stands for the group its sentence or the one before names, as 'they' does."""
    part = token.head.head
    return (
        token.lower_ == "them"
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and (part.lower_ in PARTITIVES or part.like_num)
    )


PEOPLE = frozenset({"people"})
"""WordNet files 'people' among groups, not persons; it is the word news uses most for them."""


def names_people(token: Token) -> bool:
    """A common noun for persons ('three men', 'drug traffickers', 'the hostages', 'people') or
    a nationality's plural ('Palestinians'): a phrase it heads is people, not a thing."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "NORP" and token.tag_ == "NNPS"
    if token.pos_ != "NOUN":
        return False
    word = lemma(token).lower()
    return word in person_nouns() or word in PEOPLE or is_group_word(token)


def counted_nationals(token: Token) -> bool:
    """'six Israelis', 'some 20 Palestinians': people of a nation counted, not the nation (a
    suicide bomber who killed six Israelis did not kill Israel)."""
    return (
        token.ent_type_ == "NORP"
        and token.tag_ in {"NNPS", "NNS"}  # the tagger's 'Swedes', 'Britons'
        and any(c.dep_ == "nummod" for c in token.children)
    )


def unnamed_people(token: Token, resolve: Callable[[Token], Participant | None]) -> list[str]:
    """'Police detained three men and two women', 'foreign drug traffickers were arrested':
    the people a phrase headed by TOKEN (and its conjuncts) names without a name, each conjunct's
    phrase ('men', 'women'); not one RESOLVE finds an actor for ('the minister'), nor the title
    of a name ('the former chief Qiu Xiaohua'), nor what someone is ('remained captain')."""
    found: list[str] = []
    for head in [token, *conjuncts(token)]:
        if not names_people(head) or head.dep_ in {"attr", "oprd"}:
            continue
        if any(t.ent_type_ == "PERSON" for t in head.subtree):
            continue
        if not counted_nationals(head) and isinstance(resolve(head), Entity):
            continue
        said = phrase(head)
        if said is not None and said not in found:
            fired("events: people acted on", head.text, said)
            found.append(said)
    return found


def one_national(token: Token) -> bool:
    """'said the Malaysian', 'the Swiss is building on a 14-1 record': 'the' and a nationality
    alone, singular, stand for a person as 'he' does (not 'the French landed', a people; a
    nationality that is its own plural, 'Swiss', 'Chinese', needs a singular verb)."""
    if token.ent_type_ != "NORP" or token.tag_ not in {"NNP", "NN", "JJ"}:
        return False
    if not any(c.lower_ == "the" for c in token.children) or not token.text[:1].isupper():
        return False
    if any(c.dep_ not in {"det", "amod", "advmod"} for c in token.children):
        return False  # 'the Croatian government': a noun's word; 'the Swiss who ...'
    if token.lower_.endswith(("sh", "ch", "ss", "ese")):
        return token.dep_ == "nsubj" and token.head.tag_ == "VBZ"
    return True


def groups_said(
    before: Span, token: Token, named: Callable[[Token], Entity | None]
) -> list[Participant]:
    """The groups of TOKEN's word said BEFORE it with whose they are ('Peruvian troops'), each
    as the actor its phrase names or as its words."""
    earlier: list[Participant] = []
    for t in before:
        if t.lower_ != token.lower_ or not whose(t):
            continue
        said = named(t) or phrase(t)
        if said is not None and said != token.text and said not in earlier:
            earlier.append(said)
    return earlier
