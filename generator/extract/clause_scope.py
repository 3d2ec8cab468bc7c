"""The words of an event's own clause, what they tell of it and what they do not: the time
expression that dates it (its own, the one its saying verb carries, or the one it shares with
the verb it is coordinated with), the actors that only set the scene ('amid China's
efforts'), the countries named as places that it acts on ('sanctions on Iraq'), and where it
happened ('in the southern city of Madras')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.event_history import is_background
from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.said_in import hung_speaker
from generator.lemmas import lemma

if TYPE_CHECKING:
    from generator.extract.participants import Participants
    from generator.records import Entity

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "acl", "pcomp"})
"""Dependents that open a clause of their own: its words belong to its own events."""


def own_scope(verb: Token) -> list[Token]:
    """The words of the verb's own clause: its dependents, not those of the clauses it holds."""
    out = []
    stack = [c for c in verb.children]
    # '..., a ministry spokesman said.': the speaker the parse hung in the clause says it
    hung = hung_speaker(verb)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}:
            continue
        if hung is not None and token.i == hung.i:
            continue
        if token.dep_ == "relcl" or token.lower_ == "according":
            continue  # 'according to X' says who claims it, not who takes part
        if adjective_clause(token):
            continue
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.pos_ != "PROPN":
            out += apposed_names(token)  # 'Barghouti, a Fatah leader in the West Bank,': who
            continue  # he is, not who or where the event is; but 'two heavyweights, A and B'
        out.append(token)
        stack.extend(token.children)
    return sorted(out, key=lambda t: t.i)


def adjective_clause(token: Token) -> bool:
    """'extend its bid, due to expire last Thursday, to Nov. 6': an adjective set beside the
    clause with a verb of its own tells another event, with its own date."""
    if token.pos_ != "ADJ" or token.dep_ in {"acomp", "oprd", "amod"}:
        return False
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
        return False
    fired("events: an adjective's own clause", token.sent.text)
    return True


def apposed_names(description: Token) -> list[Token]:
    """The words an apposed description reaches through further appositions and conjuncts: the
    names it lists ('two other heavyweights, former premier Netanyahu and Mofaz')."""
    found, stack = [], [description]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ in {"appos", "conj"}]
    return found


def saying_scope(verb: Token) -> list[Token]:
    """'In Tokyo, Hashimoto said he hoped to visit': a reported event is told where it was said."""
    head = verb
    while head.dep_ in {"conj", "xcomp"}:
        head = head.head
    if head.dep_ != "ccomp" or lemma(head.head) not in SAYING_VERBS:
        return []
    return own_scope(head.head)


def when_of(verb: Token, scope: list[Token], dates: dict[int, int]) -> int | None:
    """The start offset of the time expression that dates the event VERB heads, if any. DATES
    maps each date's start offset to its end."""
    when = first_date(scope, dates)
    if when is not None and perfect_with_ago(verb, when, dates):
        return None
    if when is None:
        when = period_end(scope, dates)
    if when is None and not is_background(verb):  # 'Hashimoto said Wednesday he hoped to visit'
        when = first_date(saying_scope(verb), dates)
    if when is None:
        when = shared_date(verb, dates)
    return when


def perfect_with_ago(verb: Token, when: int, dates: dict[int, int]) -> bool:
    """'he has sent a team to recover the remains of an expert kidnapped almost two years ago',
    'has not played since the Test in Lahore 13 months ago': the present perfect tells a past
    that reaches now, never one so long 'ago'; the date is another verb's or noun's, which the
    parse hung on it."""
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children
    )
    found = perfect and verb.doc.text[when : dates[when]].lower().endswith(" ago")
    if found:
        fired("events: the present perfect is never dated 'ago'", verb.text, verb.sent.text)
    return found


PERIOD_BOUNDS = frozenset({"end", "begin", "start"})


def period_end(scope: list[Token], dates: dict[int, int]) -> int | None:
    """'For the fiscal year ending in March', 'in the quarter ended Sept. 30': the period the
    event is dated by is known by the date that ends or starts it."""
    for token in scope:
        if token.ent_type_ != "DATE" or token.pos_ != "NOUN":
            continue
        for clause in token.children:
            if clause.dep_ == "acl" and lemma(clause) in PERIOD_BOUNDS:
                when = first_date(list(clause.subtree), dates)
                if when is not None:
                    fired("events: a period known by its end", token.sent.text)
                    return when
    return None


def first_date(words: list[Token], dates: dict[int, int]) -> int | None:
    return next(
        (
            t.idx
            for t in words
            if t.idx in dates and not of_a_noun(t) and not describes_a_noun(t, dates[t.idx])
        ),
        None,
    )


NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "quantmod", "poss", "case"})
TIME_PARTS = frozenset(
    {"start", "end", "middle", "beginning", "part", "rest", "course", "eve", "time"}
)
"""'at the start of the week', 'in the early part of next year': a stretch of the date itself."""


def of_a_noun(start: Token) -> bool:
    """'nearly three times the total of last year', 'the venue of next year's contest': a date
    in what a noun is 'of' dates the noun, not the event whose clause holds it."""
    token = start  # up from 'last' to 'year' and on through a possessive ('of next year's contest')
    while token.dep_ in NOUN_PHRASE_DEPS and token.head.i != token.i:
        token = token.head  # not past 'the monitoring next month': the parse's adverb is the verb's
    prep = token.head
    noun = prep.head
    if (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.ent_type_ not in {"DATE", "TIME"}  # 'the first three months of this year'
        and lemma(noun) not in TIME_PARTS  # 'the end of the 19th century'
        and not (noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at", "on", "during"})
    ):  # 'lost in their opener of the 2002 World Cup': the event is in what the date dates
        fired("events: a date a noun is of", prep.head.text, start.sent.text)
        return True
    return False


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})


def describes_a_noun(date: Token, end: int) -> bool:
    """'current and former officials should be subjected to sanctions', 'the current government
    took months to form': a time word that is an adjective of the doer or the object tells which
    ones the noun means, not when the event was (but 'in a vote less than a year ago' dates it,
    and 'discussed late Tuesday prospects' is the parse's mistake: a date of its own words)."""
    noun = date.head
    if (
        end != date.idx + len(date.text)
        or date.dep_ != "amod"
        or noun.pos_ not in {"NOUN", "PROPN"}
        or noun.ent_type_ in {"DATE", "TIME"}
    ):
        return False
    role = noun
    while role.dep_ == "conj":
        role = role.head  # 'Beshir and 15 other current and former officials'
    if role.dep_ not in PARTICIPANT_DEPS:
        return False
    fired("events: a time word describes a noun", date.text, noun.text, date.sent.text)
    return True


def shared_date(verb: Token, dates: dict[int, int]) -> int | None:
    """'killed nine and injured 20 others Sunday': the date of the last of coordinated verbs."""
    last, words = shared_modifiers(verb)
    dated = [t for t in words if t.idx in dates and modifies_verb(t, last, dates[t.idx])]
    if dated:
        fired("events: a date shared by coordinated verbs", verb.text, last.text, verb.sent.text)
    return dated[0].idx if dated else None


def shared_modifiers(verb: Token) -> tuple[Token, list[Token]]:
    """'an expert kidnapped and presumed killed almost two years ago', 'killed nine Afghans and
    injured 20 others Sunday in Urgon': what follows the last of coordinated verbs (with the
    last) tells when and where of them all, as long as the earlier ones say nothing of their
    own beyond who and what, and none is a saying verb ('arrested him and said on Friday')."""
    first = verb
    while first.dep_ in {"conj", "xcomp"} and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    group = sorted([first, *coordinated(first)], key=lambda v: v.i)
    *earlier, last = group
    if verb not in earlier or any(lemma(v) in SAYING_VERBS for v in group):
        return verb, []
    if any(not is_bare(v) for v in earlier) or len({modals(v) for v in group}) > 1:
        return verb, []  # 'was born on the kibbutz and left in 1985'; 'eases ... could mean'
    return last, [t for t in own_scope(last) if t.i > last.i]


def modifies_verb(start: Token, verb: Token, end: int) -> bool:
    """Whether the phrase from START to offset END modifies VERB itself, not a noun of its
    clause ('called for a meeting next Sunday': the meeting's date, not the call's)."""
    token = start
    while token.i != verb.i:
        if token.pos_ in {"NOUN", "PROPN"} and not start.idx <= token.idx < end:
            return False
        token = token.head
    return True


def coordinated(verb: Token) -> list[Token]:
    """The verbs coordinated with VERB that share its subject or, both passive, say what befell
    several ('three were killed and four others were injured'), and the verbs they run on into."""
    out = []
    for child in verb.children:
        if child.dep_ not in {"conj", "xcomp"} or child.pos_ not in {"VERB", "AUX"}:
            continue
        if has_subject(child) and not (is_passive(child) and is_passive(verb)):
            continue  # 'the match was called off and the event will take place on Friday'
        out += [child, *coordinated(child)]
    return out


BARE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "expl", "dobj", "dative", "attr", "acomp", "aux", "auxpass", "neg"}
    | {"prt", "advmod", "cc", "conj", "punct"}
)
"""What a verb may hold and still share a later conjunct's date: its arguments, not modifiers."""


def is_bare(verb: Token) -> bool:
    """'emigrated and settled', 'killed nine and injured 20': no place, time or manner of its
    own, and no 'but' ('made the play-offs but was beaten')."""
    return all(c.dep_ in BARE_DEPS and c.lower_ != "but" for c in verb.children)


def modals(verb: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in verb.children if c.tag_ == "MD")


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"amid", "despite", "after", "before", "following", "during", "since", "until", "because"}
)
"""Prepositions of a phrase that sets an event in its circumstances, not among its participants."""


def in_circumstance(token: Token, verb: Token) -> bool:
    """'arrested amid China's efforts to stop the influx': China sets the scene of the arrests
    and takes no part in them."""
    word = token
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ == "prep" and word.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            fired(
                "events: an actor in the circumstances is no participant",
                token.text,
                verb.sent.text,
            )
            return True
        word = word.head
    return False


DESCRIBING = frozenset({"compound", "amod", "poss", "nmod", "case"})


def describes_a_person(token: Token, actor: Entity, actor_at: dict[int, Entity]) -> bool:
    """'former Supreme Court Justice Sandra Day O'Connor', 'top Clinton aide Leon Panetta': a
    body or person in the title before a person's name says who they are, and takes no part in
    what that person does or undergoes."""
    word = token
    while word.dep_ in DESCRIBING and word.head.i != word.i:
        word = word.head
        other = actor_at.get(word.i)
        if other is not None and other is not actor and other.kind == "person":
            fired("events: a name in a person's title is no participant", token.text, word.text)
            return True
    return False


ACTED_ON = frozenset({"on", "upon", "against"})
"""Prepositions whose country is acted on: 'pressure on Germany', 'sanctions on Iraq'."""


def acted_on_place(token: Token, participants: Participants) -> Entity | None:
    """'pressure on Germany', 'a resolution on China', 'rocket fire on Israel': a country the
    text names as a place is the actor of that name where the event acts on it (not where it
    happens, nor where someone goes: 'in China', 'left Turkey', 'for Kuwait')."""
    place = participants.place_at.get(token.i)
    if place is None or token.dep_ != "pobj" or token.head.lower_ not in ACTED_ON:
        return None
    actor = next(
        (a for a in participants.actors if a.name == place.name and a.kind == "country"), None
    )
    if actor is not None:
        fired("events: a country acted on, named as a place", token.text, token.sent.text)
    return actor


def part_of(noun: Token) -> list[Token]:
    """'in a polarized part of north Belfast', 'in the cities and prefectures of Urumqi': the
    place a common noun for a part or a kind of place is of; else 'in the Birmingham bombing', 'in
    a Baghdad market': the town that names it (not 'at a US patrol': a country's is its owner)."""
    if noun.pos_ != "NOUN":
        return []
    named = [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and gazetteer().country(c.text) is None
    ]
    return [
        o
        for n in (noun, *(c for c in noun.children if c.dep_ == "conj"))
        for prep in n.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ] + named


AT_PLACE = frozenset({"in", "at", "near", "inside", "outside", "within", "across", "throughout"})
"""Prepositions that say where an event happened ('met in Vienna'; not 'ministers from Austria')."""


def place_of(scope: list[Token], participants: Participants) -> Entity | None:
    """The place a clause's 'in', 'at' ... names, else the dateline's place where it says 'here'
    outside quotation marks ('arrived here on Monday', 'said here', in a story from Hanoi)."""
    named = participants.place(
        [
            place
            for t in scope
            if t.dep_ == "pobj" and t.head.lower_ in AT_PLACE
            for place in (t, *part_of(t))
        ]
    )
    if named is not None or participants.here is None:
        return named
    here = next((t for t in scope if t.lower_ == "here" and t.dep_ == "advmod"), None)
    if here is None or any(start <= here.idx < end for start, end in participants.quotation_marks):
        return None
    fired("events: 'here' is the dateline's place", participants.here.name, here.sent.text)
    return participants.here


def shared_place(verb: Token, participants: Participants) -> Entity | None:
    """'killed nine Afghans and injured 20 others in Urgon': where the last conjunct happened."""
    last, words = shared_modifiers(verb)
    place = place_of([t for t in words if modifies_verb(t, last, t.idx + len(t))], participants)
    if place is not None:
        fired("events: a place shared by coordinated verbs", verb.text, verb.sent.text)
    return place
