"""The action of an event as the text states it: the verb, its particle, and the verbs it runs
on into ('put forward', 'decided not to support'), but not the act of someone it moves to act
('urged partygoers to stay away': the urging is the event, the staying what it is about)."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.copula_changes import change_word
from generator.extract.group_words import is_group_word
from generator.extract.hits import fired
from generator.extract.lexicon import CONTROL_VERBS, ORG_HEADS, is_head
from generator.extract.names import is_title
from generator.extract.number_measures import TIME_UNITS
from generator.extract.sentences import whole_words, words_text
from generator.lemmas import lemma

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NOT_ACTOR_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
CONTROL_PREPOSITIONS = frozenset({"on", "upon"})
"""'called on Ankara to', 'prevailed upon him to': the preposition that names whom a verb moves."""


def purpose(verb: Token) -> bool:
    """'fired tear gas to disperse the crowd': a to-infinitive that says what an act is for."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)


def control_object(verb: Token) -> tuple[Token, Token] | None:
    """'urged partygoers to stay away', 'called on Ankara not to exacerbate ...': the one VERB
    moves to act (its object, or the object of 'on') and the to-infinitive that tells the act."""
    complement = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if complement is None or not any(c.tag_ == "TO" for c in complement.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in complement.children):
        return None
    between = [c for c in verb.children if verb.i < c.i < complement.i]
    moved = next((m for c in between for m in moved_by(c, lemma(verb) in CONTROL_VERBS)), None)
    return (moved, complement) if moved is not None and can_act(moved) else None


def moved_by(child: Token, moves_its_object: bool) -> list[Token]:
    """The one CHILD names as moved to act: the object of 'on' ('called on Israel to'), or the
    verb's object when the verb is one that moves its object to act."""
    if child.dep_ == "dobj" and moves_its_object:
        return [child]
    if child.dep_ == "prep" and child.lower_ in CONTROL_PREPOSITIONS:
        return [c for c in child.children if c.dep_ == "pobj"]
    return []


def planned_with_be(verb: Token) -> Token | None:
    """'Hungary is to sign the deal', 'two Marines are to face charges', 'the summit is to be held
    in Manila': the 'be' a to-infinitive completes tells a plan, and its subject is the verb's
    (not 'the aim is to protect': an aim does nothing; a thing only undergoes the plan)."""
    be = verb.head
    if (
        verb.dep_ != "xcomp"
        or be.pos_ != "AUX"
        or lemma(be) != "be"
        or not any(c.tag_ == "TO" for c in verb.children)
    ):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and subject.pos_ == "NOUN" and not someone(subject):
        return None
    return be


def someone(noun: Token) -> bool:
    """A noun that names who may act: people ('officials'), a body ('the firm', 'the ministry'),
    a title ('the president'), or any noun a name stands beside ('pharmaceutical firm Novartis')."""
    return (
        is_group_word(noun)
        or is_head(noun.lower_, ORG_HEADS)
        or is_title(noun.lower_)
        or any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in noun.children)
    )


def can_act(token: Token) -> bool:
    """Someone who may act: not a time ('took months to form', 'voted Sunday to elect')."""
    return token.ent_type_ not in NOT_ACTOR_LABELS and lemma(token) not in TIME_UNITS


def open_complements(verb: Token) -> list[Token]:
    """'decided not to support': the verbs an event's action runs on into."""
    out = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            out.append(child)
            out.extend(open_complements(child))
        elif child.dep_ in {"acomp", "oprd"} and child.tag_ == "VBN" and lemma(verb) == "get":
            fired("events: a passive with 'get'", verb.text, child.text)
            out.append(child)  # 'are getting counseled', 'got arrested'
    return out


ADVERB_PARTICLES = frozenset({"away", "back", "off", "out", "down", "up"})
"""'walked away from the talks', 'hit back', 'stepped down': a particle the parse calls an
adverb."""


def adverb_particle(word: Token, verb: Token) -> bool:
    if word.i != verb.i + 1 or word.lower_ not in ADVERB_PARTICLES:
        return False
    if word.dep_ == "advmod":
        fired("events: an adverb that is the verb's particle", verb.text, word.text)
        return True
    if word.dep_ == "prep" and not any(c.dep_ == "pobj" for c in word.children):
        # 'pulled out of the talks': the parse calls the particle a preposition before another
        fired("events: a particle read as a preposition", verb.text, word.text)
        return True
    return False


def completes_action(word: Token, verb: Token) -> bool:
    """A word the verb's action reads with: its particle ('put forward', 'hit back') or the
    adjective that completes it ('pleaded guilty')."""
    return word.dep_ == "prt" or adverb_particle(word, verb) or adjective_complement(word, verb)


def adjective_complement(word: Token, verb: Token) -> bool:
    """'pleaded guilty', 'tested positive', 'stayed loyal', 'went missing': the adjective right
    after a verb that completes it is part of the action."""
    if (
        word.i == verb.i + 1
        and word.dep_ == "acomp"
        and verb.pos_ == "VERB"  # not 'was happy': a state, told by the copula's own rules
    ):
        fired("events: an adjective complement", verb.text, word.text)
        return True
    return False


def did_words(verb: Token) -> str:
    """The action as the text states it: the verb, its particle, and the verbs it runs on into
    ('put forward', 'decided not to support'); the verb's own negation is the `negated` flag.
    A verb that moves someone to act is its own action with its preposition ('called on')."""
    tokens = [*whole_words([verb]), *[c for c in verb.children if completes_action(c, verb)]]
    if purpose(verb):  # 'to attend the summit': what an act is for reads as a plan
        tokens += [c for c in verb.children if c.tag_ == "TO"]
    if verb.pos_ == "AUX" and (change := change_word(verb)) is not None:
        tokens.append(change)  # 'was down'
    control = control_object(verb)
    if control is not None:
        moved, _ = control
        if moved.dep_ == "pobj":
            tokens.append(moved.head)  # 'called on'
    for x in [] if control is not None else open_complements(verb):
        tokens.append(x)
        tokens += [c for c in x.children if c.dep_ in {"aux", "auxpass", "neg", "prt"}]
        agent = next((c for c in x.children if c.dep_ == "agent"), None)
        named = agent is not None and any(
            c.dep_ == "pobj" and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            for c in agent.children
        )  # the actor the event involves, named after the 'by'
        if named and any(c.dep_ == "auxpass" for c in x.children):
            fired("events: the agent of a passive the action runs on into", verb.text, x.text)
            tokens.append(agent)  # 'agreed to be bought by': who buys is no one bought
    tokens = sorted(set(tokens), key=lambda t: t.i)
    text = words_text(tokens)  # 're-establish', not 're - establish'
    return text[:1].lower() + text[1:] if tokens[0].is_sent_start else text  # 'Speaking to ...'
