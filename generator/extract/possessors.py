"""Whose thing a possessive pronoun names: 'OPEC raised its production quota' -> OPEC's quota.

A number's `what` is read away from its sentence (on the site, in a table), where 'its
production quota' says nothing; with the owner it reads 'OPEC's production quota'. As with
events, an owner is named only where the text makes it clear: 'his' or 'her' is the person who is
the subject of the clause (or, when that subject is a pronoun, the last person named within a
few sentences), 'its' or 'their' the named subject of the pronoun's own clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.hits import fired
from generator.extract.lexicon import PLACE_HEADS, SAYING_VERBS
from generator.extract.owned_bodies import OWNERS
from generator.extract.participants import SAYER_PRONOUNS, Participants
from generator.extract.sentences import has_the, lowers, verb_subject, words_text
from generator.extract.subjects import agrees, saying_subject
from generator.lemmas import lemma
from generator.records import Entity

SPEAKERS = "factsheet_speakers"
"""doc.user_data key: token index of the subject pronoun of a reported clause -> its speaker."""
MAX_CLIMB = 4
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "whose"})


def mark_owners(doc: Doc, participants: Participants) -> None:
    """Resolve every possessive pronoun of DOC that the text makes clear, for owned_text."""
    owners: dict[int, Entity] = {}
    speakers: dict[int, Entity] = {}
    for token in doc:
        if token.lower_ in SAYER_PRONOUNS:
            speaker = speaker_of(token, participants)
            if speaker is not None:
                fired("possessors: a reported clause's pronoun is its speaker", token.sent.text)
                speakers[token.i] = speaker
            continue
        if token.dep_ != "poss" or token.lower_ not in POSSESSIVES:
            continue  # ('her' is often tagged PRP, not PRP$)
        owner = owner_of(token, participants)
        if owner is not None:
            fired("possessors: whose a possessive pronoun says", token.text, owner.name)
            owners[token.i] = owner
    doc.user_data[OWNERS] = owners
    doc.user_data[SPEAKERS] = speakers


def speaker_of(pronoun: Token, participants: Participants) -> Entity | None:
    """'Paribas says it will offer 1,850 francs': the subject of a reported clause is its
    speaker, when they agree ('it' is no person)."""
    sayer = saying_subject(pronoun)
    found = participants.resolve_one(sayer) if sayer is not None else None
    return found if isinstance(found, Entity) and agrees(pronoun, found) else None


def owned_text(words: list[Token]) -> str:
    """The words as the text has them, a possessive pronoun as its owner's name: 'OPEC's
    production quota'."""
    if not words:
        return ""
    owners = words[0].doc.user_data.get(OWNERS, {})
    return words_text(words, lambda t: possessive(owners[t.i].name) if t.i in owners else t.text)


def possessive(name: str) -> str:
    """ "Paribas's", "De Beers Consolidated Mines'": a name of several words that ends in a
    plural takes the apostrophe alone."""
    last = name.split()[-1]
    return (
        f"{name}'"
        if " " in name and last.endswith("s") and not last.endswith("ss")
        else f"{name}'s"
    )


def owner_of(pronoun: Token, participants: Participants) -> Entity | None:
    word = pronoun.lower_
    if word in {"his", "her"}:
        subject = governing_subject(pronoun)
        if subject is not None and subject.pos_ != "PRON":
            found = participants.resolve_one(subject)
            if isinstance(found, Entity) and found.kind == "person":
                return found
            return None  # 'Meles said his forces ...', 'the minister said his aides ...': whose
        return speaker_skipped_person(pronoun, participants)  # whose, the text does not tell
    if word in {"its", "their"}:
        return clause_subject(pronoun, participants)
    if word in {"my", "our"}:
        return participants.quoting(pronoun)  # in a direct quote: its speaker's
    if word == "whose":
        return antecedent(pronoun, participants)
    return None


def antecedent(pronoun: Token, participants: Participants) -> Entity | None:
    """'Abe, whose conservative government made ties a priority': the actor the relative clause
    of 'whose' is about."""
    clause = pronoun.head
    for _ in range(MAX_CLIMB):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    found = participants.resolve_one(clause.head) if clause.dep_ == "relcl" else None
    return found if isinstance(found, Entity) else None


def speaker_skipped_person(pronoun: Token, participants: Participants) -> Entity | None:
    """The person PRONOUN most likely stands for; inside a direct quote, not its speaker (who
    would say 'my')."""
    return participants.last_person(pronoun, skip=participants.quote_speaker(pronoun))


def clause_subject(pronoun: Token, participants: Participants) -> Entity | None:
    """'Paribas raised its stake', 'the rebels and their leaders': the named subject of the
    clause the pronoun's phrase belongs to, when it agrees in number."""
    subject = governing_subject(pronoun)  # 'Acme said its profit rose': Acme
    if subject is None:
        return None  # 'its population is 127 million': the pronoun is in the only subject
    found = [p for p in participants.resolve(subject) if isinstance(p, Entity)]
    if len(found) != 1 or found[0].kind == "person":
        return None  # a person would be 'his' or 'her'; several owners are 'their' jointly
    plural = subject.tag_ in PLURAL_TAGS
    if plural != (pronoun.lower_ == "their") and found[0].kind != "group":
        return None
    return found[0]


def clause_subject_token(pronoun: Token) -> Token | None:
    """The subject of the clause PRONOUN's phrase belongs to, or of the clause that controls it
    ('Paribas intends to boost its stake')."""
    verb = pronoun.head
    for _ in range(MAX_CLIMB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = verb_subject(verb)
    while subject is None and verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i:
        verb = verb.head
        subject = verb_subject(verb)
    return subject


def governing_subject(pronoun: Token) -> Token | None:
    """The nearest subject that PRONOUN is not part of: its clause's, or when the pronoun is in
    that subject ('Meles said his forces would pull out'), the subject of the clause above."""
    subject = clause_subject_token(pronoun)
    if subject is None or not subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
        return subject
    verb = subject.head
    if verb.dep_ in {"ccomp", "xcomp", "advcl", "conj"} and verb.head.i != verb.i:
        return verb_subject(verb.head)
    return None


def owner_at(token: Token) -> Entity | None:
    """The owner of the possessive pronoun TOKEN, when mark_owners resolved it."""
    return token.doc.user_data.get(OWNERS, {}).get(token.i)


def speaker_at(token: Token) -> Entity | None:
    """Who the subject pronoun TOKEN of a reported clause is, when mark_owners resolved it."""
    return token.doc.user_data.get(SPEAKERS, {}).get(token.i)


def owner_said_before(thing: Token, participants: Participants) -> Entity | None:
    """'For the year, the trade surplus narrowed' after "Japan's trade surplus in March was
    down": a thing the text gave an owner, said again with 'the', is still that owner's (the
    nearest earlier mention of the noun that names one)."""
    if not has_the(thing):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children):
        return None  # 'the index of H-shares': another index than "Hong Kong's index"
    if thing.lower_ in PLACE_HEADS:
        return None  # 'the province': the place the text named, not its country
    words = lowers(thing.doc)
    for i in range(thing.i - 1, -1, -1):
        if words[i] != words[thing.i]:
            continue
        token = thing.doc[i]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        found = owner_at(owner) if owner.pos_ == "PRON" else participants.named(owner)
        if found is not None:
            fired("events: a thing said again is its first owner's", found.name, thing.text)
        return found
    return None


LEADING_VERBS = frozenset({"lead", "head", "chair", "command"})
"""Verbs by which a body is someone's to lead, not someone's doing."""
NOT_MAKING = LEADING_VERBS | SAYING_VERBS
"""Participles whose 'by' names who leads a thing or told of it, not who made it."""


def maker_named(thing: Token, participants: Participants) -> Entity | None:
    """'The offensive launched by Israel killed three', 'a manhunt conducted by the FBI': a
    thing whose participle names who made or does it by 'by' is that actor's."""
    for participle in thing.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if lemma(participle) in NOT_MAKING:
            continue  # 'the group, led by Zarqawi, is threatening': the group acts, not he;
            # 'the deal, announced by the commission': it told of the deal, no more
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            for maker in (c for c in agent.children if c.dep_ == "pobj"):
                found = participants.named(maker)
                if found is not None:
                    fired("events: a thing's maker is its doer", found.name, thing.text)
                    return found
    return None
