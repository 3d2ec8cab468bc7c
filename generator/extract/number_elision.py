"""What a number counts when the text leaves its noun out: the noun an earlier number in the
same sentence counts.

"690,000 people were counselled and 511,000 tested": people tested. "393 miners were in the pit,
of whom 346 escaped": miners escaped. "108,000 fowls were killed and another 140,000
vaccinated": fowls vaccinated. Only where the sentence shows the ellipsis (a coordinated
number or clause, or "of whom", "of them", "of which"), so that a number the text leaves
unexplained stays without a `what`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.names import entities, entity_at
from generator.extract.number_measures import TIME_UNITS
from generator.extract.number_nouns import is_share, noun_phrase, of_whole
from generator.extract.number_verbs import (
    COUNT_WORDS,
    LIGHT,
    RELATIVES,
    is_unit,
    object_of,
    verb_words,
)
from generator.extract.sentences import verb_subject
from generator.lemmas import lemma

PARTITIVE_PRONOUNS = frozenset({"whom", "them", "which", "those"})
"""'346 of whom escaped', '3,500 of them in China': a part of a number named before."""


def elided(span: Span) -> str | None:
    """The left-out noun with what the number's own clause says of it, or None."""
    root = span.root
    counted = parallel_object(root)
    if counted is not None:  # 'killed 10 people and injured 70': people injured
        fired("numbers: the noun the verb before counts", span.text, counted.text)
        phrase = noun_phrase(counted, span)
        injured = root.head
        return f"{phrase} {verb_words(injured)}" if injured.tag_ in {"VBD", "VBN"} else phrase
    verb = own_verb(root)
    noun = parallel_subject(verb) if verb is not None else None
    phrase: str | None = None
    if noun is not None:
        fired("numbers: the noun a coordinated clause leaves out", span.text, noun.text)
        phrase = noun_phrase(noun, span)
    elif (
        (root.like_num or root.lower_ in COUNT_WORDS)
        and not is_share(span)  # 'about a third of which': a share, not a count of a noun
        and root.ent_type_ != "DATE"
        and root.head.ent_type_ != "DATE"  # 'on December 2 and 9'
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children)  # 'a six'
        and shows_ellipsis(root, verb)
    ):
        noun = left_out_noun(span)
        if noun is not None:
            fired("numbers: the noun an earlier number counts", span.text, noun.text)
            phrase = compound_noun(noun)
    if noun is None:
        return None
    if phrase is None or verb is None:
        return phrase
    if lemma(verb) in LIGHT:  # '338 were unchanged': stocks unchanged
        complement = next((c for c in verb.children if c.dep_ == "acomp"), None)
        return f"{phrase} {complement.text}" if complement is not None else phrase
    return f"{phrase} {verb_words(verb)}{object_of(verb)}"  # 'people receiving treatment'


def parallel_object(number: Token) -> Token | None:
    """'killed 10 people and injured 70', 'killing 12 people and injuring 107': the noun the
    number of the verb before counts, where the number alone is the next verb's object."""
    verb = number.head
    if (
        number.dep_ != "dobj"
        or not (number.like_num or number.lower_ in COUNT_WORDS)
        or any(c.dep_ in {"amod", "compound", "prep"} for c in number.children)
        or verb.dep_ != "conj"
        or verb.pos_ != "VERB"
        or verb.head.pos_ != "VERB"
    ):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "dobj"
            and c.i < number.i
            and c.tag_ in {"NNS", "NNPS"}  # people, not '5,500 won', a sum
            and not is_unit(c)
            and any(n.dep_ == "nummod" for n in c.children)
        ),
        None,
    )


def own_verb(number: Token) -> Token | None:
    """The verb whose subject the number is, or the participle after it ('140,000
    vaccinated')."""
    if number.dep_ in {"nsubj", "nsubjpass"} and number.head.pos_ in {"VERB", "AUX"}:
        return None if lemma(number.head) in SAYING_VERBS else number.head  # not a misparse
    return next((c for c in number.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}), None)


def counts_a_left_out_noun(span: Span) -> bool:
    """'30 people were killed and 50 wounded': a number however small counts the people of the
    clause its own is coordinated with."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return False  # 'all 14 of the rebel commando were slain': the number says whose
    verb = own_verb(span.root)
    return verb is not None and parallel_subject(verb) is not None


def parallel_subject(verb: Token) -> Token | None:
    """'one million people were counselled and 866,000 tested': the counted subject of the
    clause the number's clause is coordinated with."""
    if verb.dep_ != "conj":
        return None
    parallel = verb_subject(verb.head)
    if parallel is None or not any(c.dep_ == "nummod" for c in parallel.children):
        return None
    return parallel


def shows_ellipsis(number: Token, verb: Token | None) -> bool:
    """The sentence leaves the number's noun out: the number or its clause is coordinated
    with an earlier one, or the number is a part 'of whom', 'of them'."""
    if number.dep_ == "conj" or (verb is not None and verb.dep_ == "conj"):
        return True  # not an apposition alone: 'Ricky Ponting (7)', 'Paula Clennell, 24,'
    return any(is_partitive(c) for c in number.children) or (
        verb is not None and any(is_partitive(c) for c in verb.children if c.i < number.i)
    )


def is_partitive(token: Token) -> bool:
    return (
        token.dep_ == "prep"
        and token.lower_ == "of"
        and any(p.dep_ == "pobj" and p.lower_ in PARTITIVE_PRONOUNS for p in token.children)
    )


def left_out_noun(span: Span) -> Token | None:
    """What the number it is coordinated with counts ('6,000 Chinese professionals and 2,000'),
    else the nearest plural noun an earlier number of the sentence counts ('393 miners ..., of
    whom 346 escaped'); nothing when the number it is coordinated with counts nothing ('215
    in 57.4 overs and 128 in 33.1 overs': not overs)."""
    number = span.root
    if number.dep_ == "conj" and number.head.like_num:
        first = number.head
        return first.head if first.dep_ == "nummod" and countable(first.head) else None
    noun = earlier_counted_noun(span)
    if noun is not None and any(
        t.dep_ == "nummod" and t.head.lemma == noun.lemma for t in number.subtree
    ):
        return None  # '215 in 57.4 overs and 128 in 33.1 overs': the overs are its own phrase's
    return noun


def earlier_counted_noun(span: Span) -> Token | None:
    """The nearest plural noun an earlier number of the sentence counts ('393 miners'), not a
    unit, a currency or a stretch of time."""
    sentence = span.sent
    for token in reversed(span.doc[sentence.start : span.start]):
        noun = token.head
        if token.dep_ == "nummod" and token.like_num and noun.i < span.start and countable(noun):
            return noun
    return None


def countable(noun: Token) -> bool:
    """A plural word for things counted: not a unit ('500g'), a currency or a stretch of time."""
    return (
        noun.tag_ == "NNS"
        and noun.is_alpha
        and noun.lower_ != "others"
        and len(noun) > 2
        and not is_unit(noun)
        and lemma(noun) not in TIME_UNITS
    )


def compound_noun(noun: Token) -> str:
    """The noun with the nouns it is compounded with ('death sentences'), not its adjectives:
    '6,000 Chinese professionals and 2,000 from abroad' are professionals."""
    words = [noun]
    doc = noun.doc
    if noun.i > 1 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        words = [doc[noun.i - 2], doc[noun.i - 1], noun]  # 'job-seekers', 'concert-goers'
    while words[0].i > 1 and (before := doc[words[0].i - 1]).dep_ == "compound":
        if before.head.i != noun.i or doc[before.i - 1].text == "-":
            break  # not the half of a hyphenated word ('three-year college graduates')
        words.insert(0, before)
    return "".join(w.text_with_ws for w in words).strip()


def share_again(span: Span) -> str | None:
    """'86 percent of students in colleges and 31 percent in primary schools', '54 percent of the
    voters argued ... while 39 percent think': a share the parse says nothing else of, with no
    whole of its own, is of the whole an earlier share of its sentence is of."""
    if not is_share(span) or any(c.lower_ == "of" for c in span[-1].children):
        return None
    if "point" in span.text:
        return None  # 'up 4.2 percentage points': a change in a share, not one
    for earlier in reversed(entities(span.doc)):
        if earlier.start >= span.start or earlier.start < span.sent.start or not is_share(earlier):
            continue
        whole = of_whole(earlier)
        if whole is None or whole.lower_ in RELATIVES | {"whom"}:
            return None
        phrase = noun_phrase(whole, earlier, with_phrase=False)
        fired("numbers: a share of the whole an earlier share is of", span.text, phrase)
        return f"share of {phrase}" if phrase else None
    return None


HOLDING_VERBS = frozenset({"have", "hold", "own", "take", "get", "win", "receive"})


def held_share(span: Span) -> str | None:
    """'X had 59.2 percent of the votes while Y had 40.8 percent', 'Costa took 43.5 percent of
    the vote to Castellani's 34 percent': a share someone has, with no whole of its own, is of
    the whole an earlier share of its sentence is of (not what its holder did)."""
    root = span.root
    held = root.dep_ == "dobj" and lemma(root.head) in HOLDING_VERBS
    owned = root.dep_ == "pobj" and any(c.dep_ == "poss" for c in root.children)
    return share_again(span) if held or owned else None


WINNING_VERBS = frozenset(
    {"win", "secure", "obtain", "garner", "poll", "get", "take", "receive", "capture"}
)
ELECTION_WORDS = frozenset({"vote", "election", "poll", "ballot", "referendum", "runoff", "voter"})


def vote_share(span: Span) -> str | None:
    """'Tuyakbai secured just 6.64 percent', 'the HDZ won 35.94 percent in the elections': a
    share won with no whole of its own, in a story of votes, is a share of the vote."""
    root = listed = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # '28.3 percent and 19.8 percent'
        root = root.head
    verb = root.head
    if (
        not is_share(span)
        or root.dep_ not in {"dobj", "npadvmod"}  # the parse's 'secured just 6.64 percent'
        or (root.dep_ == "npadvmod" and any(c.dep_ == "dobj" for c in verb.children))
        or lemma(verb) not in WINNING_VERBS
        or any(c.lower_ == "of" for c in span[-1].children)
        or not any(lemma(t) in ELECTION_WORDS for t in span.doc)
    ):
        return None
    subject = verb_subject(verb)
    fired("numbers: a share won in a vote", span.text, span.sent.text)
    name = entity_at(subject) if subject is not None else None
    if (
        listed.i != root.i  # 'Weah and Sirleaf obtained 28.3 and 19.8 percent respectively',
        # 'A got 1.65 percent, B 0.38 percent': which is whose is not the parse's to say
        or name is None
        or subject.pos_ != "PROPN"
        or any(c.dep_ == "conj" and c not in name for c in subject.children)
    ):
        return "share of the vote won"
    return f"share of the vote won by {name.text}"
