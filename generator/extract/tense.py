"""The tense a date is read with: that of the verb governing it ("said Monday" is last Monday,
"will meet Monday" the next), with the clauses that plan ahead ("agreed to meet Friday")."""

from __future__ import annotations

import bisect
from typing import Callable

from spacy.tokens import Doc, Token

from generator.extract.hits import fired
from generator.extract.sentences import owns_next
from generator.extract.timex.words import WEEKDAYS
from generator.lemmas import lemma


def inflections(verb: str) -> tuple[str, ...]:
    """A regular verb's forms: base, -s, past and -ing, spelt by the usual rules ("agree", "agrees",
    "agreed", "agreeing"; "try", "tries", "tried", "trying"; "plan", "planned", "planning")."""
    if verb.endswith("e"):
        return (
            verb,
            verb + "s",
            verb + "d",
            verb + "ing" if verb.endswith("ee") else verb[:-1] + "ing",
        )
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if (
        len(verb) <= 4
        and verb[-1] not in "aeiouwxy"
        and verb[-2] in "aeiou"
        and verb[-3] not in "aeiou"
    ):
        return verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"  # plan, planned
    return verb, verb + "s", verb + "ed", verb + "ing"


FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "going", "would", "to"}
AHEAD = frozenset({"planned", "scheduled", "upcoming", "forthcoming", "proposed", "expected"})
"""Adjectives that put their noun's event ahead: 'the planned rally on Tuesday'."""
MODALS_AHEAD = frozenset({"can", "may", "might", "should", "must"})
"""Modals whose bare verb is a possibility or duty still to come ('could' also tells the past)."""
UNTIL = frozenset({"until", "till"})
"""Words before a date that point ahead of their verb's time (see until_day)."""
DATE_MODIFIERS = {"-", "mid", "early", "late", "the", "of", "end", "beginning", "middle", "start"}
# Verbs whose infinitive complement lies ahead of them: "agreed to meet Friday", "is to resume",
# "had to agree" (every inflected form: the pipeline runs without its lemmatizer).
INTENDING = (
    {
        form
        for verb in (
            "agree",
            "intend",
            "want",
            "promise",
            "vow",
            "aim",
            "decide",
            "expect",
            "threaten",
            "pledge",
            "prepare",
            "offer",
            "propose",
            "ask",
            "urge",
            "need",
            "wish",
            "arrange",
            "schedule",
            "suppose",
            "hope",
            "plan",
            "try",
        )
        for form in inflections(verb)
    }
    | {"seek", "seeks", "seeking", "sought"}
    | {
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "has",
        "have",
        "had",
        "going",
        "means",
        "meant",
        "set",
        "due",
        "likely",
    }
)
# Verbs of plans and expectations: "is expected in January", "scheduled for Monday".
PLANNED = {
    "expected",
    "scheduled",
    "due",
    "planned",
    "slated",
    "set",
    "likely",
    "plans",
    "plan",
    "intends",
    "aims",
}


def tense_at(doc: Doc) -> Callable[[int], str]:
    """Tense of the verb governing a character offset: past, future or present."""
    starts = doc.to_array("IDX").tolist()

    def tense(offset: int) -> str:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        token: Token = doc[i]
        j = i - 1
        while j > 0 and doc[j].lower_ in DATE_MODIFIERS:
            j -= 1  # "until mid-November", "since the end of"
        before = doc[j].lower_ if j >= 0 else ""
        if before == "since":
            return "past"  # "since Jan. 13" is always behind us
        if before in UNTIL:
            return until_day(token)  # "until mid-November"
        if before == "effective":
            return "future"  # "effective Feb. 1"
        if i and doc[i - 1].lower_ == "for" and token.lower_ in WEEKDAYS and not possessed(token):
            fired("tense: a weekday something is called for lies ahead", token.sent.text)
            return "future"  # 'called a mass strike for Monday', 'rallies announced for Sunday'
        if dates_a_noun_under_a_dated_verb(token):
            return "present"  # "announced on Wednesday the suspension of classes Thursday"
        # 'a fall in prices in March may mask', 'may miss weeks after Thursday's loss': a date of
        # the subject, or a day's own event, is not one of the modal's possibilities
        modal_ahead = not owns_next(token)
        for _ in range(8):
            if token.pos_ in {"VERB", "AUX"}:
                break
            if token.head.i == token.i:
                break
            modal_ahead = modal_ahead and token.dep_ not in {"nsubj", "nsubjpass"}
            if token.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in AHEAD for c in token.children
            ):
                fired("tense: a date of a planned or coming event lies ahead", token.sent.text)
                return "future"  # 'the opposition's planned rally in the city on Tuesday'
            token = token.head
            if token.lower_ == "of" and token.head.lower_ == "ahead" and token.i < i:
                fired("tense: a date something happens ahead of lies ahead", token.sent.text)
                return "future"  # 'voting ahead of Thursday's election', 'talks ahead of Sunday'
            if token.lower_ == "since" and token.dep_ == "prep" and token.i < i:
                fired("tense: a date inside 'since' is past", doc[token.i : i + 1].text)
                return "past"  # "since its formation on November 21"
        if token.pos_ not in {"VERB", "AUX"}:
            return "past"
        return verb_tense(token, modal_ahead=modal_ahead)

    return tense


def until_day(date_word: Token) -> str:
    """'Until' points ahead of its verb's time: of now ('will stay until Friday', 'is valid
    until March 1'), or of a past act, which leaves the nearest such day ('gave Iran until
    August 31', said in December)."""
    verb = next((t for t in date_word.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        fired("tense: 'until' a past act's day is the nearest such day", date_word.sent.text)
        return "present"
    return "future"


def possessed(token: Token) -> bool:
    """'paid for Monday's attack', 'arrested for Monday attacks': the day says when a thing
    happened; it is not what something is for."""
    return owns_next(token) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN"
    )


def dates_a_noun_under_a_dated_verb(token: Token) -> bool:
    """A date on the object of a verb that has a date of its own dates the object's event, not
    the verb: its direction is not the verb's tense, so the nearest such day is meant."""
    noun = token.head
    if token.dep_ not in {"npadvmod", "nmod"} or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    own_dates = [
        t
        for child in verb.children
        if child.i != noun.i
        for t in child.subtree
        if t.ent_type_ == "DATE" and t.dep_ in {"pobj", "npadvmod"}
    ]
    return bool(own_dates)


WILL = FUTURE_AUXILIARIES - {"going", "to"}
"""The modal future ('will help'), which a participle hanging on it shares."""
ORDERING = frozenset({"after", "before", "since", "until", "following", "prior"})
"""Prepositions that put a participle's event before or after its clause's."""


def own_past(verb: Token) -> bool:
    """A verb in the past form ('reported', not 'set'): it keeps its own tense even as a
    conjunct ('will recommend ..., the Times reported Thursday', a parse that joined the two)."""
    return verb.tag_ == "VBD" and lemma(verb) != verb.lower_


def verb_tense(token: Token, depth: int = 0, modal_ahead: bool = True) -> str:
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if (
        aux == {"to"}
        and token.dep_ in {"xcomp", "ccomp"}
        and token.head.pos_ in {"VERB", "AUX"}
        and depth < 4
    ):
        # "extended their offers to acquire X Friday": an infinitive happens when its clause says,
        # unless that clause plans it ("plans to meet Friday", "is to resume Tuesday").
        if token.head.lower_ in PLANNED:
            # 'analysts had expected the deficit to come to 63 billion in October'
            return planned_tense(token, {c.lower_ for c in token.head.children if c.dep_ == "aux"})
        if token.head.lower_ in INTENDING:
            return "future"
        return verb_tense(token.head, depth + 1)
    if (
        not aux
        and token.tag_ == "VB"
        and token.dep_ in {"xcomp", "ccomp"}
        and token.head.pos_ in {"VERB", "AUX"}
        and depth < 4
    ):
        # 'to help Palestinians carry out their January election', 'made them pay': a bare
        # infinitive happens when the verb it completes says, not in a past of its own
        fired("tense: a bare infinitive takes its verb's time", token.sent.text)
        return verb_tense(token.head, depth + 1)
    if aux == {"to"} and token.dep_ == "advcl" and token.head.pos_ in {"VERB", "AUX"} and depth < 4:
        # 'was added this fall to bolster security for the Oct. 15 referendum': a purpose lies
        # ahead of its clause, not of the story, so the nearest such day unless that clause's
        # own time is ahead
        fired("tense: a purpose takes the nearest day", token.sent.text)
        return "future" if verb_tense(token.head, depth + 1) == "future" else "present"
    if not aux and token.tag_ == "VBG" and token.dep_ in {"pcomp", "advcl", "xcomp"} and depth < 4:
        head = token.head.head if token.dep_ == "pcomp" else token.head
        ordered = token.dep_ == "pcomp" and token.head.lower_ in ORDERING
        modal = {c.lower_ for c in head.children if c.dep_ == "aux"} & WILL
        if head.pos_ in {"VERB", "AUX"} and not ordered and modal:
            # 'will help in fulfilling demands in the winter' (not 'will rest after campaigning
            # Sunday': what it follows is earlier)
            fired("tense: a participle takes its clause's future", token.sent.text)
            return "future"
    if (
        token.dep_ == "conj"
        and not aux
        and not own_past(token)
        and token.head.pos_ in {"VERB", "AUX"}
        and depth < 4
        and verb_tense(token.head, depth + 1) == "future"
    ):
        fired("tense: a conjunct shares its verb's future", token.sent.text)
        return "future"  # 'will kick off on June 9 and ends on July 9'
    if aux & FUTURE_AUXILIARIES or token.lower_ in FUTURE_AUXILIARIES:
        return "future"
    if (
        modal_ahead
        and aux & MODALS_AHEAD
        and not aux & {"have", "has", "had", "be"}
        and token.tag_ == "VB"
    ):
        fired("tense: a modal's bare verb lies ahead", token.sent.text)
        return "future"  # 'we can have a deal in February', 'must leave by Friday'
    if is_planned(token) or (is_planned(token.head) and token.dep_ in {"xcomp", "ccomp"}):
        return planned_tense(token, aux)
    if aux & {"has", "have", "had", "was", "were", "did"} or token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN":
        if not aux & {"is", "are", "am"}:
            return "past"
        fired("tense: a present passive is not past", token.sent.text)
        return "present"  # 'elections are held on July 20'

    if token.tag_ in {"VBZ", "VBP"} or aux & {"is", "are", "am", "do", "does"}:
        return "present"
    return "past"


def planned_tense(token: Token, aux: set[str]) -> str:
    """A plan lies ahead, unless it was held before the story's time ('had been scheduled for
    January 25, but was delayed'): then the nearest such day."""
    if "had" in aux:
        fired("tense: a plan in the past perfect", token.sent.text)
        return "present"
    return "future"


def is_planned(token: Token) -> bool:
    """'scheduled for Monday', 'set to open Friday'; not 'the record high set on Aug. 6'."""
    if token.lower_ not in PLANNED:
        return False
    if token.lower_ == "set":
        return any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children
        )
    return True
