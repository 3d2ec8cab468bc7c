"""What an event acts on or is about when that is not an actor ('a water treaty', 'he would not
let his community be colonised'), as the text words it, short."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from generator.extract.action_words import control_object, open_complements
from generator.extract.clause_scope import CLAUSE_DEPS
from generator.extract.event_status import charged_act
from generator.extract.group_words import counted_nationals, names_people
from generator.extract.hits import fired
from generator.extract.lexicon import REPORTING_VERBS, SAYING_VERBS
from generator.extract.number_measures import TIME_UNITS
from generator.extract.participants import Participants
from generator.extract.phrases import RELATIVE_PRONOUNS, names_a_people, phrase
from generator.extract.said_in import hung_speaker
from generator.extract.said_what import MAX_SAID_WORDS, said_core
from generator.extract.sentences import (
    loose_punct,
    outside_subtrees,
    verb_subject,
    whole_words,
    words_text,
)
from generator.lemmas import lemma
from generator.records import Entity

MAX_WHAT_WORDS = 12


def what_of(
    patients: list[Token], participants: Participants, verb: Token, dates: dict[int, int]
) -> str | None:
    """What the event acts on when that is not an actor: the object's words, short (without the
    clauses inside it when they make it long, or just its head phrase), without the time
    expression that `when` gives."""
    hung = hung_speaker(verb)  # '..., a leader of the alliance said.': who says it
    for token in patients:
        if token.dep_ == "dative" and any(
            p.dep_ == "dobj" and p.head == token.head for p in patients
        ):
            fired("events: what a verb gives, not to whom", verb.text, token.text)
            continue  # 'gave Somalia 5,000 tonnes of food': the food
        if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            token = verb.head  # 'the system that Hungary proposed': the system
        named = participants.named(token) is not None and not counted_nationals(token)
        if named or token.pos_ == "PRON" and not of_whole(token):
            continue  # (but 'rejected some of the conclusions' tells what it rejected)
        said = token.pos_ in {"VERB", "AUX"}  # what was said: its commas too, but no quote marks
        kept = [t for t in unbroken_subtree(token) if not (t.is_quote if said else loose_punct(t))]
        words = without_edge_dates(kept, dates)
        if hung is not None:
            words = [t for t in words if not hung.left_edge.i - 1 <= t.i <= hung.right_edge.i]
        if token.i == verb.head.i:  # 'the deal, announced by ...': the deal without the clause
            start = min(verb.left_edge.i, whole_words([verb])[0].i)  # nor 'US-' of 'US-backed'
            words = [t for t in words if not start <= t.i <= verb.right_edge.i]
        if said:  # whole, or its main clause without what it adds at its end, or not at all
            words = said_core(token, words)
            if not words or len(words) > MAX_SAID_WORDS or words[-1].dep_ in {"prep", "det"}:
                return None
        elif len(words) > MAX_WHAT_WORDS:
            clauses = [t for t in words if opens_clause(t) and t.i != token.i]
            words = outside_subtrees(words, clauses)
            if len(words) > MAX_WHAT_WORDS:
                return phrase(token, keep_which=True) or head_phrase(token)
        while words and words[-1].dep_ in {"cc", "punct", "prep"}:
            words = words[:-1]  # 'a joint monitoring system and': the clause after 'and' is gone
        while words and words[0].dep_ == "mark":
            words = words[1:]  # 'warned that ...': what it warned of
        words = words[1:] if words and words[0].is_punct else words  # 'that, as a team, ...'
        text = " ".join(words_text(words).split())  # "China's", 'a three-day strike'
        return in_lower_case(words[0], text) if text else None
    return None


def head_phrase(token: Token) -> str | None:
    """ "compared Bush's job approval rating with some other presidents at about the same point
    in their second term": the object's own words when its phrases make it long."""
    words = phrase(token, keep_which=True, head_only=True)
    if words is not None:
        fired("events: a long object's own words", token.text, words)
    return words


def of_whole(pronoun: Token) -> bool:
    """'some of the conclusions', 'most of them': a part named by the whole it is of."""
    of = next((c for c in pronoun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in of.children)


def unbroken_subtree(token: Token) -> list[Token]:
    """TOKEN's words, the unbroken stretch around it: a subtree with another phrase inside it is
    the parse's mistake ('stormed the residence in an operation that killed one hostage, two
    members of the security forces': the members are not the residence's)."""
    words = list(token.subtree)
    at = words.index(token)
    start, end = at, at
    while start > 0 and words[start - 1].i == words[start].i - 1:
        start -= 1
    while end + 1 < len(words) and words[end + 1].i == words[end].i + 1:
        end += 1
    if (start, end) != (0, len(words) - 1):
        fired("events: a broken phrase kept to its unbroken stretch", token.sent.text)
    return words[start : end + 1]


def acted_on(
    verb: Token, patients: list[Token], participants: Participants, dates: dict[int, int]
) -> str | None:
    """What VERB acts on: its object's words ('the original project'), what a speech act says,
    or, with no object, its phrase ('presided over the destruction ceremony')."""
    moved = moved_to_act(verb, dates, participants)
    if moved is not None:
        return moved
    # 'called Thursday for ...': a day's name the parse made an object (not 'recalled the day')
    patients = [p for p in patients if p.ent_type_ not in WHEN or p.pos_ != "PROPN"]
    what = what_of(patients or said_clause(verb), participants, verb, dates)
    if what is None and not patients:
        return prepositional_what(verb, participants, dates)
    if what is None:
        return named_as(verb, dates)
    return what


def named_as(verb: Token, dates: dict[int, int]) -> str | None:
    """'described Iraq as being in an extremely dangerous situation', 'named him as its
    candidate': what a verb calls the actor it acts on, short."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or prep.nbor(-1).lower_ == "such":
        return None  # 'such as labouring in fields': examples, not a name
    if any(lemma(c) in SAYING_VERBS for c in prep.children):
        return None  # 'quoted him as saying': the quote tells what
    words = without_edge_dates([t for t in prep.subtree if not loose_punct(t)], dates)
    if not 1 < len(words) <= MAX_WHAT_WORDS:
        return None
    fired("events: what a verb calls the actor it acts on", verb.text, words_text(words))
    return " ".join(words_text(words).split())


def moved_to_act(verb: Token, dates: dict[int, int], participants: Participants) -> str | None:
    """'urged partygoers to stay away from the party', 'called on Ankara not to exacerbate
    difficulties': whom the verb moves and the act it moves them to, short; likewise whom an
    accusation accuses and of what ('accused Iran of supplying weapons to the militants')."""
    control = control_object(verb)
    if control is not None:
        moved, act = control
        fired("events: whom a verb moves to act", verb.text, moved.text, act.text)
    else:
        charged = charged_act(verb)
        moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if charged is None or moved is None:
            return None
        act = charged.head  # 'of', with what it charges
        fired("events: whom an accusation accuses, and of what", verb.text, moved.text)
    asides = [c for c in moved.children if c.dep_ in {"appos", "relcl", "acl"} or c.like_num]
    words = outside_subtrees(sorted({*moved.subtree, *act.subtree}, key=lambda t: t.i), asides)
    words = without_edge_dates([t for t in words if not loose_punct(t)], dates)
    if len(words) > MAX_WHAT_WORDS:
        clauses = [t for t in words if opens_clause(t) and t.i not in {moved.i, act.i}]
        words = without_dangling_and(outside_subtrees(words, clauses))
    if len(words) > MAX_WHAT_WORDS:  # whom, and the act with the head of its object
        words = [t for t in words if t.i in act_words(act) or moved.left_edge.i <= t.i <= moved.i]
    while words and words[-1].dep_ in {"cc", "punct", "prep"}:
        words = words[:-1]
    if not words:
        return None
    actor = participants.resolve_one(moved) if moved.pos_ == "PRON" else None
    name = actor.name if isinstance(actor, Entity) else moved.text  # 'accused him': his name
    text = words_text(words, lambda t: name if t.i == moved.i else t.text)
    return in_lower_case(words[0], " ".join(text.split()))


def act_words(act: Token) -> set[int]:
    """The indices of an act's own words: 'not to raise the tariffs', 'of supplying weapons'."""
    verb = next((c for c in act.children if c.dep_ == "pcomp"), act)  # 'of' + 'supplying'
    kept = {act.i, verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "neg", "prt"}}
    return kept | {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i <= c.i}


def without_dangling_and(words: list[Token]) -> list[Token]:
    """The words without an 'and' whose conjunct was left out ('Mobutu and Kabila' -> 'Mobutu')."""
    kept = {t.i for t in words}
    return [
        t
        for t in words
        if t.dep_ != "cc" or not any(c.dep_ == "conj" and c.i not in kept for c in t.head.children)
    ]


ABOUT_PREPOSITIONS = frozenset(
    {"for", "over", "on", "about", "into", "against", "to", "from", "of", "off"}
)
"""'called for talks', 'presided over the ceremony', 'reacted to the demands', 'died from his
injuries', 'warned of stern action', 'walked off the job': after a verb with no object, the phrase says what the act
is about or where it leads (not where or when it happens, how, or by how much; 'with' says how
as often as with whom: 'recalled with a laugh')."""


def partner_of(verb: Token, participants: Participants) -> str | None:
    """'expect to cooperate with NATO', 'spoke highly of China', 'met with three leaders of the
    opposition': the actor, or the people, that a verb with no object acts with or of, by the
    words that name them."""
    for acting in [verb, *open_complements(verb)]:
        prep, thing = first_phrase(acting, PARTNER_PREPOSITIONS)
        if prep is None or thing is None:
            continue
        named = participants.named(thing) is not None
        if not named and not (prep.lower_ == "with" and names_people(thing)):
            continue
        asides = [  # a clause or an aside on them, not one they are listed with
            c
            for c in thing.children
            if (c.dep_ in CLAUSE_DEPS and c.dep_ != "conj") or c.dep_ == "appos" or placing(c)
        ]  # 'in Vienna': where they met
        name = [t for t in outside_subtrees(list(thing.subtree), asides) if not loose_punct(t)]
        if len(name) > MAX_NAMED_WORDS:
            return None
        fired("events: the actor a verb acts with or of", verb.text, thing.text)
        if not named:
            fired("events: the people a verb acts with", verb.text, words_text(name))
        return f"{prep.lower_} {words_text(name)}"
    return None


def placing(token: Token) -> bool:
    """'in Vienna', 'at the border town of Ostrava': a phrase that says where."""
    return (
        token.dep_ == "prep"
        and token.lower_ in {"in", "at", "near"}
        and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in token.subtree)
    )


def actors_thing(verb: Token, participants: Participants) -> str | None:
    """'lives in Ms. Sanders' apartment building': the actor's thing a verb with no object acts
    in or on, whole (the actor is its owner, not the object)."""
    prep, thing = first_phrase(verb, OWNED_PREPOSITIONS)
    owners = [c for c in thing.children if c.dep_ == "poss"] if thing is not None else []
    if prep is None or not owners or participants.named(owners[0]) is None:
        return None
    words = [t for t in thing.subtree if t.dep_ == "case" or not loose_punct(t)]
    if len(words) > MAX_NAMED_WORDS:
        return None
    fired("events: an actor's thing a verb acts in or on", verb.text, words_text(words))
    return f"{prep.lower_} {words_text(words)}"


OWNED_PREPOSITIONS = frozenset({"in", "at", "on", "into", "inside", "outside", "near", "under"})
"""'lives in', 'landed at', 'exploded in': where a verb acts when its phrase is an actor's thing."""
PARTNER_PREPOSITIONS = frozenset({"with", "of"})
"""'cooperate with NATO', 'spoke highly of China': after a verb with no object, the phrase that
names an actor says whom the act involves (a thing after them says how: 'with a laugh')."""
NOT_ABOUT_LABELS = frozenset(
    {"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}
)
"""Entity labels of a phrase that says when, where or how much, not what the act is about."""
MAX_NAMED_WORDS = 6
TIME_WORDS = TIME_UNITS | {"time", "while", "period"}
"""Nouns of a stretch of time the model did not label ('marched for a long time')."""


def prepositional_what(
    verb: Token, participants: Participants, dates: dict[int, int]
) -> str | None:
    """What a verb with no object acts on through its first phrase: 'presided over the
    destruction ceremony', 'called for an immediate ceasefire', 'spoke to Helen Marsh'; not a
    place, a date or a number."""
    wanted = for_clause(verb)
    if wanted is not None:  # 'called for Netanyahu to resign'
        words = what_of([wanted], participants, verb, dates)
        if words is not None:
            fired("events: what a verb asks for", verb.text, words)
            return f"for {words}"
    prep, thing = first_phrase(verb, ABOUT_PREPOSITIONS)
    if thing is None and prep is not None:
        gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is not None:  # 'refrained from buying the dollar'
            words = what_of([gerund], participants, verb, dates)
            if words is None:
                return None
            fired("events: a gerund a verb acts on through its phrase", verb.text, words)
            return f"{prep.lower_} {words}"
    if thing is None:
        return partner_of(verb, participants) or actors_thing(verb, participants)
    if thing.pos_ not in {"NOUN", "PROPN"} or thing.ent_type_ in NOT_ABOUT_LABELS:
        return None
    if lemma(thing) in TIME_WORDS:
        return None  # 'marching for a long time' says how long
    if any(c.dep_ == "nummod" and any(d.isdigit() for d in c.text) for c in thing.children):
        return None  # 'was up to 581.41 points': a level, which the numbers give
    if participants.named(thing) is not None:  # 'spoke to Helen Marsh': the actor in its words
        asides = [c for c in thing.children if c.dep_ in CLAUSE_DEPS or c.dep_ == "appos"]
        named = [t for t in outside_subtrees(list(thing.subtree), asides) if not loose_punct(t)]
        while named and named[-1].dep_ == "cc":
            named.pop()  # 'switched to Labour or [the Tories]': the parse left the 'or' here
        words = words_text(named) if len(named) <= MAX_NAMED_WORDS else None
    else:
        words = what_of([thing], participants, verb, dates)
    if words is None:
        return None
    prep = thing.head
    fired("events: what a verb acts on through its phrase", f"{verb.text} {prep.text} {words}")
    return f"{prep.lower_} {words}"


def for_clause(verb: Token) -> Token | None:
    """'called for legal action to be taken', 'called Sunday for Netanyahu to resign': the
    clause that 'for' opens right after the verb (its day or particle between them)."""
    for clause in verb.rights:
        if clause.dep_ != "advcl" or clause.left_edge.lower_ != "for":
            continue
        subject = verb_subject(clause)
        if subject is not None and subject.ent_type_ in WHEN:
            continue  # 'headed for the winter to escape the cold': when, not what
        between = verb.doc[verb.i + 1 : clause.left_edge.i]
        if all(t.dep_ in {"npadvmod", "advmod", "prt"} or t.ent_type_ in WHEN for t in between):
            return clause
    return None


COMPLEMENT_PREPOSITIONS = frozenset({"to", "at", "as", "of", "with", "for", "on", "into", "over"})
"""'sentenced to life imprisonment', 'put at 8.9 billion marks', 'accused of murder', 'charged
with fraud', 'released on bail', 'questioned over the killing': the phrase a passive needs to
say what befell its subject."""
MAX_COMPLEMENT_WORDS = 5
NOT_COMPLEMENT_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"})


def passive_complement(verb: Token) -> str:
    """The short phrase after a passive participle with no doer, with a space before it, or ''
    ('sentenced' + ' to life imprisonment'); not a date, a place or an actor, which the event's
    other fields give."""
    prep, thing = first_phrase(verb, COMPLEMENT_PREPOSITIONS)
    if prep is None:
        return ""
    end = thing.i if thing is not None else prep.right_edge.i  # 'with fraud', not 'in Urgon'
    words = list(verb.doc[prep.i : end + 1])
    if len(words_text(words).split()) > MAX_COMPLEMENT_WORDS or len(words) < 2:
        return ""
    if any(t.ent_type_ in NOT_COMPLEMENT_LABELS or loose_punct(t) for t in words):
        return ""
    fired("events: what befell a passive's subject", verb.text, words_text(words))
    return " " + words_text(words)


PASSED = frozenset({"prt", "advmod", "punct"})
WHEN = frozenset({"DATE", "TIME"})


def passed(token: Token) -> bool:
    """Words between a verb and its phrase: 'walked away from', 'called Thursday for', 'grew on
    Thursday on Mobutu' (a phrase that says when)."""
    if token.dep_ in PASSED or token.ent_type_ in WHEN:
        return True
    return token.lower_ in POINT_PREPOSITIONS and any(
        c.dep_ == "pobj" and c.ent_type_ in WHEN for c in token.children
    )


POINT_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "since", "until"})
"""'on Thursday', 'in 1882', 'after 52 minutes': when; not 'asked for eight years' (what was
asked) or 'sentenced to four years'."""


def first_phrase(verb: Token, prepositions: frozenset[str]) -> tuple[Token | None, Token | None]:
    """VERB's first phrase after it (past a particle, an adverb or a phrase that says when) when
    one of PREPOSITIONS opens it: the preposition and its object, or Nones."""
    prep = next((c for c in verb.rights if not passed(c)), None)
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in prepositions:
        return None, None
    between = verb.doc[verb.i + 1 : prep.i]
    if any(t.ent_type_ in WHEN for t in between):
        if any(t.is_punct for t in between):
            return None, None  # 'the bank, founded in 1882, to Vicente Tan': another verb's
        if any(t.dep_ == "prep" for t in between):
            fired("events: a phrase past the one that says when", verb.text, verb.sent.text)
    return prep, next((c for c in prep.children if c.dep_ == "pobj"), None)


def opens_clause(token: Token) -> bool:
    """A clause or a conjunct inside the words, left out when they are long; not an adjective's
    conjunct ('a costly and controversial project' keeps 'controversial')."""
    return token.dep_ in CLAUSE_DEPS and not (token.dep_ == "conj" and token.pos_ == "ADJ")


NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
"""Entity labels of words that keep their capital wherever they stand."""


def in_lower_case(first: Token, text: str) -> str:
    """TEXT with its first letter as mid-sentence: 'All the servers' at a sentence's start is
    'all the servers' after 'according to police,'; a name keeps its capital."""
    if " " not in text:
        return text
    if first.lower_ in {"the", "a", "an"}:
        return text[:1].lower() + text[1:]
    if first.pos_ == "PROPN" or first.ent_type_ in NAMED or first.text.isupper():
        return text  # 'Singaporean President ...', 'VIPs'
    if names_a_people(first):
        return text  # 'Somali government forces', the model's label or not
    return text[:1].lower() + text[1:] if first.is_sent_start else text


def said_clause(verb: Token) -> list[Token]:
    """'Denktash warned he would not let his community be colonised': what a speech act that is
    news (warn, announce, claim; not 'say', which only conveys) says is what it is about; so is
    the that-clause of another verb ('accepted that spraying could be considered') or a clause
    with its own doer after it ('expects prices to fall')."""
    if lemma(verb) in REPORTING_VERBS:
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"][:1]
    if lemma(verb) in SAYING_VERBS:
        return clauses
    found = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if found:
        fired("events: a that-clause is what a verb is about", verb.text, verb.sent.text)
    if not found:  # 'expects prices to fall', 'hoped the sectors would build closer links'
        found = [c for c in clauses if c.i > verb.i and own_doer(c)]
        if found:
            fired("events: a clause with its own doer is what a verb is about", verb.text)
    return found


def own_doer(clause: Token) -> bool:
    """A clause with its own subject: an infinitive ('prices to fall') or a finite verb ('the
    sectors would build')."""
    children = list(clause.children)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and (
        clause.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in children)
    )


def without_edge_dates(words: list[Token], dates: dict[int, int]) -> list[Token]:
    """The words without a time expression (and its preposition) at either end: `when` says it."""
    starts = sorted(dates)

    def dated(token: Token) -> bool:
        at = bisect_right(starts, token.idx) - 1
        return at >= 0 and token.idx < dates[starts[at]]

    while words and dated(words[-1]):
        words = words[:-1]
        while words and (dated(words[-1]) or words[-1].dep_ == "prep"):
            words = words[:-1]
    while words and (dated(words[0]) or (words[0].tag_ == "POS" and words[0].i > 0)):
        words = words[1:]  # "Sunday's blast": the blast
    return words
