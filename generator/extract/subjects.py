"""Where a phrase stands in its clause, as pronoun resolution reads it: a clause's subject, a
saying verb's subject, the subject of a reported clause, the conjuncts of a phrase, the 'who'
of the relative clause a pronoun is in, the subject an object pronoun cannot stand for, and
whether a pronoun can stand for an actor at all ('it' is no person)."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import OPINION_VERBS, SAYING_VERBS
from generator.extract.sentences import sentence_of
from generator.lemmas import lemma
from generator.records import Entity, Participant

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def is_subject(token: Token) -> bool:
    """TOKEN heads a clause's subject (or a name apposed to it: 'Gen. Nhek Bunchhay, a loyalist')."""
    while token.dep_ == "appos":
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def trailing_source(token: Token) -> bool:
    """'UAE investors are racing to subscribe, dealers said': the subject of a saying verb after
    the words it reports is their source, not one who does what they tell."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and lemma(verb) in SAYING_VERBS
        and any(c.dep_ == "ccomp" and c.i < token.i for c in verb.children)
    )


def subject_rank(token: Token) -> int:
    """2 for the subject of a sentence's main clause ('Har-Shefi acknowledged she told police
    that Rabin was a traitor': Har-Shefi), 1 for another clause's subject (Rabin), 0 otherwise."""
    if not is_subject(token):
        return 0
    while token.dep_ == "appos":
        token = token.head
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def likeliest(
    mentions: list[tuple[int, Entity, int]], pronoun: Token, narrative: bool
) -> Entity | None:
    """Of MENTIONS (token index, person, subject_rank) before PRONOUN, in text order: the last
    that was a clause's subject, else the last; in a sentence before the pronoun's, in the
    NARRATIVE (not a quote), its main clause's subject before a subordinate one's."""
    doc = pronoun.doc
    own = sentence_of(pronoun).start
    last = last_subject = None
    subject_at = (-1, 0)  # the sentence and subject_rank of last_subject
    for start, entity, rank in mentions:
        last = entity
        if not rank:
            continue
        sentence = sentence_of(doc[start]).start
        if narrative and sentence == subject_at[0] != own and rank < subject_at[1]:
            if entity is not last_subject:
                fired(
                    "participants: a main clause's subject before a subordinate one's",
                    pronoun.sent.text,
                )
            continue
        last_subject, subject_at = entity, (sentence, rank)
    return last_subject or last


SPEAKING_VERBS = SAYING_VERBS | OPINION_VERBS


def says(subject: Token) -> bool:
    """Whether SUBJECT is the subject of a saying verb, or of one that tells a view ('they
    also fear that ...')."""
    return subject.dep_ == "nsubj" and lemma(subject.head) in SPEAKING_VERBS


def saying_subject(pronoun: Token) -> Token | None:
    """'The court said it will postpone the ruling': the subject of the saying verb whose reported
    clause the pronoun is the subject of."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in SAYING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def conjuncts(
    token: Token, pos: frozenset[str] | set[str] = frozenset({"NOUN", "PROPN", "PRON"})
) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in pos:
            out.append(child)
            out.extend(conjuncts(child, pos))
    return out


def enclosing_who(pronoun: Token) -> Token | None:
    """The 'who' of the relative clause a subject PRONOUN is in ('Carlos Giusti, who died of a
    heart attack after he was shot'): the innermost clause decides."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.lower_ not in {"he", "she"}:
        return None
    head = pronoun.head
    while head.head.i != head.i:
        others = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c != pronoun]
        if any(c.pos_ != "PRON" for c in others):
            return None  # 'Moyes, who argued that his forward ... to ensure he did not ...'
        if head.dep_ == "relcl":
            return next(
                (
                    c
                    for c in head.children
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who"
                ),
                None,
            )
        head = head.head
    return None


def object_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause whose object PRONOUN ('him', 'her') is, which it cannot stand for
    ('Mobutu ... and then replaced him'; a conjunct verb shares its head's subject)."""
    if pronoun.lower_ not in {"him", "her"} or pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj":
            return subject if subject is not None and subject.dep_ == "nsubj" else None
        verb = verb.head
    return None


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def agrees(pronoun: Token, participant: Participant) -> bool:
    """'Okafor said it is sticking': 'it' is no person; 'he' and 'she' are; 'they' is no one
    person ('they could be used against helicopters, Zahedi said': the weapons)."""
    if not isinstance(participant, Entity):
        return True
    if pronoun.lower_ == "they":
        if participant.kind == "person":
            fired("participants: they is no one person", pronoun.sent.text)
        return participant.kind != "person"
    if (participant.kind == "person") != (pronoun.lower_ in PERSON_PRONOUNS):
        fired("participants: a pronoun that cannot be the speaker", pronoun.sent.text)
        return False
    return True


def previous_sayer(
    pronoun: Token, earliest: int, resolve: Callable[[Token], Participant | None]
) -> Participant | None:
    """'..., it said' / 'They said ...': a body or group that goes on speaking is the last one
    quoted since token EARLIEST (a few sentences before), when it agrees in number (a person is
    'he')."""
    for verb in reversed([t for t in pronoun.doc[earliest : pronoun.i] if t.pos_ == "VERB"]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not says(subject) or subject.lower_ in PERSON_PRONOUNS:
            continue
        plural = subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "police"}
        if plural != (pronoun.lower_ == "they"):
            return None  # the last speaker is not one this pronoun can stand for
        found = resolve(subject)
        if isinstance(found, Entity) and found.kind == "person":
            return None
        fired("participants: a body goes on speaking", pronoun.text, str(found))
        return found
    return None


def reported_before(pronoun: Token) -> tuple[int, int] | None:
    """'District chiefs of Daryam had been sacked, he added': the token range of what the
    pronoun's saying verb reports before it, whose people are what is told, not who tells it."""
    if not says(pronoun):
        return None
    clauses = [c for c in pronoun.head.children if c.dep_ == "ccomp" and c.i < pronoun.i]
    if not clauses:
        return None
    return clauses[0].left_edge.i, clauses[0].right_edge.i + 1
