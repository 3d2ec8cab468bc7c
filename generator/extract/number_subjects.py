"""What a number a verb measures is the measure of: the verb's subject, or the object the verb
moves, found by climbing from the word the number hangs on to its clause ('exports were up 10.5
percent': up -> were -> exports; 'cut its key rate to 4.5 percent': the rate)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import FALL_WORDS, RISE_WORDS, SAYING_VERBS
from generator.extract.number_nouns import is_sum, noun_phrase
from generator.extract.number_values import INDEX_POINTS, change_of, level_of
from generator.extract.number_verbs import (
    RELATIVES,
    states_quantity,
    verb_words,
    what_a_sum_is_for,
)
from generator.extract.possessors import speaker_at
from generator.extract.sentences import words_text
from generator.lemmas import lemma

MAX_CLIMB = 4
CLIMB_DEPS = frozenset(
    {"advcl", "acomp", "xcomp", "prep", "advmod", "npadvmod", "conj", "pcomp", "attr"}
)
"""Links from a word the number hangs on up to the clause whose subject it measures."""
CLOSING_VERBS = frozenset({"close", "end", "finish", "settle"})
"""'closed at 6,020.94', 'to end at 2802.9 points': the level a market closed at."""


def measured_by(verb: Token, span: Span) -> str | None:
    """'The surplus narrowed 29.6 percent': the subject and, unless a copula, the verb; 'the
    bridge is expected to cost $40 million': the cost of the bridge."""
    costs = lemma(verb) == "cost"
    at_close = lemma(verb) in CLOSING_VERBS and span.root.head.lower_ == "at"
    did = verb  # 'Yao scored 25 points and lost 3': Yao's, but lost, not scored
    climbs, via, made = 0, "", None
    while True:  # 'exports were up 10.5 percent': up -> were -> exports
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subjects = [s for s in subjects if not span.start <= s.i < span.end]
        if not subjects and (made := made_to(verb, span)) is not None:
            subjects = [made]  # 'caused profits to slump 68 percent': the profits
        if not climbs and (moved := changed_object(verb, span)) is not None:
            subjects = [moved]  # 'hopes to bring down inflation to 5 percent': inflation
        if not subjects and participle_on_noun(verb):
            fired("numbers: the noun a participle hangs on", span.text, verb.head.text)
            subjects = [verb.head]  # 'with imports increasing 27 percent': the imports
        if subjects or verb.dep_ not in CLIMB_DEPS or climbs == MAX_CLIMB:
            break
        via, verb, climbs = verb.dep_, verb.head, climbs + 1
        if verb.pos_ == "NOUN" and change_of(span) is not None:
            subjects = [verb]  # 'with exports up 7.6 percent': the exports
            break
    controls = (
        via == "xcomp"
        and not any(c.dep_ == "dobj" for c in verb.children)  # not 'predicted trade to hit'
        and not any(c.dep_ == "nummod" for s in subjects for c in s.children)  # 'N dollars'
    )
    if not subjects or (climbs and lemma(verb) in SAYING_VERBS and not controls):
        return None  # '..., up from 686.7 billion yen, the ministry said': not the ministry's
        # ('Gazprom agreed to pay 7.45 billion dollars': Gazprom's, the payer's)
    subject = subjects[0]
    if subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # 'Merieux, which offered 942 million dollars': Merieux
    speaker = speaker_at(subject) if subject.pos_ == "PRON" else None
    if subject.pos_ == "PRON" and speaker is None:
        return None
    phrase = speaker.name if speaker is not None else noun_phrase(subject, span)
    if phrase is None:
        return None
    change = change_of(span) if subject.ent_type_ != "PERSON" else None  # not 'he added 11 points'
    if change is not None:  # 'exports rose 10.5 percent': the rise in exports
        return f"{'rise' if change == 'up' else 'fall'} in {phrase}"
    level = level_of(span)
    if level is not None:  # 'sales rose to $5 million': sales after the rise
        when, direction = level
        if when == "before":  # 'revenue for 1996 rose to 4.5 trillion, up from 3.4 trillion':
            phrase = noun_phrase(subject, span, with_phrase=False) or phrase  # not 1996's
        fired("numbers: the level before or after a change", span.text, when)
        return f"{phrase} {when} the {'rise' if direction == 'up' else 'fall'}"
    if costs:
        fired("numbers: what a sum is the cost of", span.text, phrase)
        return f"cost of {phrase}"
    if at_close:  # 'the index fell 25.26 points to close at 6,020.94'
        fired("numbers: a level at the close", span.text, phrase)
        return f"{phrase} at the close"
    if lemma(verb) in {"be", "stand"} or (controls and lemma(did) == "be"):
        return phrase  # 'unemployment stood at 5 percent', 'visibility was reported to be 500 m'
    if not climbs and states_quantity(verb, span):
        fired("numbers: a verb that states how much its subject is", span.text, verb.text)
        return valued(phrase, verb, span)
    if did.pos_ == "VERB" and did.dep_ == "conj" and climbs == 1:
        verb = did
    if (
        span.root.dep_ == "dobj"
        and span.root.lower_ in INDEX_POINTS
        and subject.ent_type_ == "PERSON"
    ):
        return f"points {phrase} {verb.text}"  # 'Jon Marek added 11 points': points he added
    said = verb_words(verb) if made is None else f"to {verb_words(verb)}"  # 'the state to pay'
    if controls and climbs == 1 and did.pos_ == "VERB":  # 'Gazprom agreed to pay'
        helping = [c for c in did.children if c.dep_ in {"aux", "auxpass"} and c.i < did.i]
        said = " ".join(filter(None, [said, words_text(helping), verb_words(did)]))
        verb = did  # 'seems to be eyeing'
    tail = what_a_sum_is_for(verb, span) if span.root.dep_ == "dobj" and is_sum(span) else ""
    return f"{phrase} {said}{tail}"


def participle_on_noun(verb: Token) -> bool:
    """'with imports increasing 27 percent': a participle describing the noun it hangs on."""
    return (
        verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBN"} and verb.head.pos_ in {"NOUN", "PROPN"}
    )


def made_to(infinitive: Token, span: Span) -> Token | None:
    """'caused profits to slump 68 percent', 'forced the bank to cut its rate': the object of
    the verb an infinitive completes is the infinitive's subject, not the verb's subject."""
    verb = infinitive.head
    if infinitive.dep_ not in {"xcomp", "advcl"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if lemma(infinitive) in CLOSING_VERBS:
        return None  # 'reversed early losses to close 50 points higher': the market closed
    if not any(c.tag_ == "TO" for c in infinitive.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i]
    objects = [
        o for o in objects if o.pos_ in {"NOUN", "PROPN"} and not span.start <= o.i < span.end
    ]
    if not objects or objects[0].ent_type_ or any(c.dep_ == "nummod" for c in objects[0].children):
        return None  # 'fell 25.26 points to close at 6,020.94': the object is another number
    fired("numbers: the object an infinitive completes", span.text, objects[0].text)
    return objects[0]


def changed_object(verb: Token, span: Span) -> Token | None:
    """'cut its key rate to 4.5 percent', 'raised its stake by 10 percent': a verb that moves its
    object moves the object, not its subject, by the number."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not span.start <= c.i < span.end]
    if not objects or objects[0].pos_ not in {"NOUN", "PROPN"} or objects[0].ent_type_:
        return None  # 'lost 7.0 points to 5,409.4': the object is the change, another number
    moved = objects[0]
    if lemma(moved) in RISE_WORDS | FALL_WORDS:
        return None  # 'posted its biggest rise, 179 points': the object is the change itself
    if (
        any(c.dep_ == "nummod" for c in moved.children)
        or moved.left_edge.i <= span.start <= moved.right_edge.i
    ):
        return None  # 'faced 78 balls', 'posted a 15 percent drop': the number sizes the object
    if level_of(span) is None and change_of(span) is None:
        return None
    fired("numbers: a verb's object is what changes", span.text, moved.text)
    return moved


def valued(phrase: str, verb: Token, span: Span) -> str:
    """The subject a verb states how much of; its value for 'shares valued at 10 million yen'."""
    if lemma(verb) == "value" and is_sum(span) and "value" not in phrase:
        return f"value of {phrase}"
    return phrase
