"""What a number counts, as a short noun phrase a reader understands, built from the parse.

- A number that modifies a noun counts that noun, with its modifiers and a short phrase after
  it, and the verb it undergoes: "nearly 30,000 people killed in the war" -> "people killed",
  "38,000 U.S. troops in the Gulf" -> "U.S. troops in the Gulf".
- A number that is the object or complement of a verb measures the verb's subject: "the trade
  surplus narrowed 29.6 percent" -> "fall in trade surplus" (a change is named as one);
  "profit was 633.8 million francs" -> "profit"; "Acme paid $5 million" -> "Acme paid".
- A number in a prepositional phrase measures what the phrase hangs on: "a stake of 12.5%" ->
  "stake"; "rose to 380 billion yen" -> the riser and the verb.
- A sum a thing is worth or costs is its value or cost: "machinery worth $5 million" -> "value of
  machinery"; "the bridge is expected to cost $40 million" -> "cost of bridge".
Never a bare verb: without a noun the number's `what` stays empty.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.currencies import BARE_DOLLARS, currency_names, currency_of
from generator.extract.group_words import is_group_word
from generator.extract.hits import fired
from generator.extract.lexicon import BEFALLING_NOUNS, BODY_NOUNS
from generator.extract.names import entities, entity_at
from generator.extract.number_comparisons import compared_what, compared_with, its_own_words
from generator.extract.number_elision import elided, held_share, share_again, vote_share
from generator.extract.number_marks import level_at_mark
from generator.extract.number_measures import compound_measure, distance, population_measure
from generator.extract.number_nouns import (
    by_how_much,
    changed_before_comma,
    counted,
    is_share,
    is_sum,
    nominal_adjective,
    noun_phrase,
    partitive_whole,
    sum_in_kind,
)
from generator.extract.number_subjects import CLOSING_VERBS, measured_by
from generator.extract.number_values import (
    HEDGE_WORDS,
    INDEX_POINTS,
    UNIT_WORDS,
    after_from,
    change_of,
    change_then_level,
    level_of,
    listed_before,
    with_currency,
    with_points,
)
from generator.extract.number_verbs import (
    LIGHT,
    RELATIVES,
    is_unit,
    object_of,
    participle_for_those_counted,
    verb_words,
    where_or_how,
    with_verb,
)
from generator.extract.person_nouns import person_nouns
from generator.extract.sentences import paired_quotes, verb_subject
from generator.lemmas import lemma


def number_what(span: Span) -> str | None:
    """What the number SPAN counts or measures, or None when the parse does not say (a bare
    currency is the number's unit, not what it counts)."""
    if span[0].dep_ == "prep" and span[0].lower_ in HEDGE_WORDS and len(span) > 1:
        span = span[1:]  # 'is about dlrs 1.2 billion': the parse took the hedge for a preposition
    if (first := compared_with(span)) is not None and (thing := number_what(first)):
        return compared_what(thing, its_own_words(span))
    what = vote_share(span) or held_share(span) or paired_quotes(what_of_number(span))
    if what is not None and (is_currency_name(what) or not re.search(r"[^\W\d_]{3}", what)):
        what = None  # a currency or a unit ('m', 'g', '%', 'B.C.') is no thing counted
    if what is None and (first := listed_before(span)) is not None:
        fired("numbers: a value listed after another of its kind", span.text, first.text)
        noun = span.root.head
        of_noun = first.root.head.lower_ == "of" and first.root.head.head.i == noun.i
        if noun.pos_ == "NOUN" and of_noun:
            # 'gains of 2.6 percent in the second quarter and 5.6 percent in the first': the
            # noun both measure, without what the first one's own words add
            return noun_phrase(noun, span, with_phrase=False)
        return number_what(first)  # 'between 117.38 yen and 117.94 yen', '18, 14 and 12 percent'
    if what is None and change_of(span) is None:
        what = share_again(span)
    return included(span, what) or in_which(span, what) or befallen_by_name(span, what) or what


def counted_word(span: Span) -> Token:
    """The noun the number modifies ('12 policemen'), or the number's own word ('thousands'):
    where its place in the sentence is read."""
    return span.root.head if span.root.dep_ == "nummod" else span.root


def befallen_by_name(span: Span, what: str | None) -> str | None:
    """'the deaths of as many as 1.7 million Cambodians', 'the release of 12 prisoners': the
    event's noun says what befell the counted ('Cambodians died', 'prisoners released')."""
    noun = counted_word(span)
    prep = noun.head
    if what is None or noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    befell = BEFALLING_NOUNS.get(lemma(prep.head)) if prep.head.pos_ == "NOUN" else None
    core = noun_phrase(noun, span, with_phrase=False)
    if befell is None or core is None or not what.startswith(core):
        return None
    rest = what[len(core) :]
    if rest.split()[:1] and (rest.split()[0] in RELATIVES or rest.split()[0].endswith("ed")):
        return None  # 'immigrants who perished', 'soldiers seized': told already
    fired("numbers: an event's noun says what befell the counted", span.text, befell)
    return f"{core} {befell}{rest}"  # 'Kurds killed in a Berlin restaurant'


def in_which(span: Span, what: str | None) -> str | None:
    """'a shooting in which eight people died': what befell the counted was in the event the
    relative clause hangs on ('people died in the shooting')."""
    noun = counted_word(span)
    verb = noun.head
    if what is None or noun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
        return None
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children if o.dep_ == "pobj")
        ),
        None,
    )
    event = verb.head
    if prep is None or prep.i > verb.i or event.pos_ != "NOUN" or not what.endswith(verb.text):
        return None
    if lemma(event) in person_nouns() or is_group_word(event):
        return None  # 'the troops during which ...': the parse hung the clause on the doers
    fired("numbers: what befell the counted was in the event a clause hangs on", span.text)
    return f"{what} {prep.lower_} the {event.lower_}"


def included(span: Span, what: str | None) -> str | None:
    """'30 people, including 12 policemen, were killed': the included befell what the whole
    did ('policemen killed'), said after the counted noun's own words."""
    noun = counted_word(span)
    prep = noun.head
    if what is None or noun.dep_ != "pobj" or prep.lower_ not in {"including", "among"}:
        return None
    whole = prep.head
    counted = next((c for c in whole.children if c.dep_ == "nummod"), None)
    whole_number = (
        None
        if counted is None
        else entity_at(counted) or Span(counted.doc, counted.i, counted.i + 1, label="CARDINAL")
    )  # 'Eleven people, including four lawmakers': a count the model may leave unlabelled
    if whole.pos_ != "NOUN" or whole_number is None or whole_number.start >= span.start:
        return None
    said = number_what(whole_number)
    if said is None or not said.lower().startswith(whole.lower_ + " "):
        return None  # 'people killed in the blast': what befell the people, after their noun
    fired("numbers: the included befell what the whole did", span.text, said)
    return f"{what}{said[len(whole.lower_) :]}"


def is_currency_name(words: str) -> bool:
    """'dollars', 'yen', 'HK dollars': a currency's name alone, the number's unit."""
    said = words.split()
    if len(said) == 1:
        return currency_of(words) is not None
    named = words.lower() in currency_names() or said[-1].lower() in BARE_DOLLARS
    return len(said) == 2 and named


def what_of_number(span: Span) -> str | None:
    root = span.root
    head = root.head
    if (pair := change_then_level(root)) is not None:
        return measured_by(pair[2], span)  # 'claims dropped by 12,700 to 193,000'
    away = distance(span)
    if away is not None:
        return away
    measure = compound_measure(span)
    if measure is not None:  # 'a 275-member parliament': the size of the parliament
        fired("numbers: a compound measure", span.text, measure[0])
    measure = measure or population_measure(span)  # 'the city of 16 million'
    if measure is not None:
        name, _, noun = measure
        return f"{name} of {noun_phrase(noun, span)}"
    value = worth_of(span) or by_how_much(span)
    if value is not None:
        return value
    kind = sum_in_kind(span)
    if kind is not None:  # '10 million dollars in emergency aid': the aid
        fired("numbers: a sum in a kind of thing", span.text, kind.text)
        phrase, verb = noun_phrase(kind, span), span.root.head
        if kind.head.head.i == verb.i and lemma(verb) == "invest":
            return f"investment in {phrase}"  # 'invested 56 million yuan in tourism': where to
        if span.root.dep_ == "dobj" and verb.tag_ in {"VBD", "VBN"} and lemma(verb) not in LIGHT:
            return f"{phrase} {verb_words(verb)}"  # 'emergency aid pledged'
        return phrase
    first = alternative_of(span)
    if first is not None:  # 'offered C$942 million, or C$37 a share': what the first measures
        fired("numbers: another way to give a number", span.text, first.text)
        return what_of_number(first)
    level = level_at_mark(span)
    if level is not None:  # 'soared to a 16-year high of 10.2 percent': what soared
        return level
    people = nominal_adjective(span)
    if people is not None:  # 'leaving at least 14 dead': the dead
        fired("numbers: an adjective for the people counted", span.text, span.sent.text)
        return people.lower_
    noun = counted(span)
    if noun is not None:
        if is_share(span) and noun.i >= span.end and is_of_span(noun, span):
            fired("numbers: a share of a whole", span.text, noun.text)
            whole = whole_of(noun, span)
            if whole is None:
                return None
            share = f"share of {whole}"  # '12 percent of the population'
            return share + share_does(span)
        if noun.i >= span.end and is_sum(span) and noun.pos_ == "NOUN" and lemma(noun) not in MARKS:
            return value_of(noun, span)
        of = noun.head
        whole = noun.dep_ == "pobj" and of.lower_ == "of" and of.head.like_num
        if whole and of.head.i < span.start and not any(c.dep_ in CLAUSES for c in noun.children):
            fired("numbers: the whole a part is counted of", span.text, noun.sent.text)
            return noun_phrase(noun, span)  # 'two of the 13 miners were killed': not the 13
        return with_verb(noun_phrase(noun, span), noun)
    whole = partitive_whole(span)
    if whole is not None:  # '600,000 of Brazil's 183 million citizens': a part of them
        return with_verb(noun_phrase(whole, span), whole)
    if root.dep_ == "prep" and head.pos_ == "VERB" and level_of(span) is not None:
        return measured_by(head, span)  # 'rose above 70 dollars': the entity holds 'above'
    left_out = elided(span) or participle_for_those_counted(span)  # 'left 1,500 wounded'
    if left_out is not None or (root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ == "VERB"):
        return left_out  # the number is the subject: what it counts is said elsewhere
    if (changed := changed_before_comma(span)) is not None:
        thing = what_of_number(changed) if isinstance(changed, Span) else noun_phrase(changed, span)
        if thing is not None:
            return f"{'rise' if head.lower_ == 'up' else 'fall'} in {thing}"
    if root.dep_ in {"dobj", "attr", "npadvmod", "oprd", "nsubj", "nsubjpass"}:
        return measured_by(head, span)
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return measured_in_phrase(span)
    return None


def measured_in_phrase(span: Span) -> str | None:
    """A number in a prepositional phrase measures what the phrase hangs on ('a stake of 12.5%',
    'rose to 380 billion yen', 'buy a 10 percent stake for $560 million')."""
    root = span.root
    head = root.head
    holder = after_from(head).head
    if holder.lower_ in UNIT_WORDS and level_of(span) is not None:
        return measured_by(holder, span)  # 'was up 23.45, or 0.19 percent, to 12,131.88'
    if holder.pos_ in {"NOUN", "PROPN"} and holder.i not in range(span.start, span.end):
        holder = outer_noun(holder)  # 'assets under management of $17 billion'
        phrase = with_owner(noun_phrase(holder, span), holder, span)
        body = holder.tag_ == "NN" and holder.lower_ in BODY_NOUNS
        if phrase and head.lower_ == "of" and body and root.like_num:
            fired("numbers: the size of a group", span.text, phrase)
            return f"size of {phrase}"  # 'a force of 500': how many it has
        return phrase
    if level_of(span) is not None:  # 'profit is 4.7 billion, up from 633.8 million'
        return measured_by(holder, span)
    if holder.pos_ in {"VERB", "AUX"}:
        moved = [  # not another number's unit: 'closed up 50 rupiah at 1,350 rupiah'
            c
            for c in holder.children
            if c.dep_ == "dobj" and not is_unit(c)
            if c.pos_ == "NOUN" or (c.pos_ == "PROPN" and head.lower_ == "for" and is_sum(span))
        ]
        if moved and head.lower_ == "for" and is_sum(span) and moved[0].lower_ not in UNIT_WORDS:
            fired("numbers: the price of what is bought or sold", span.text, moved[0].text)
            phrase = noun_phrase(moved[0], span)  # 'buy a 10 percent stake for $560 million'
            return f"price of {phrase}" if phrase else None
        if moved and not (lemma(holder) in CLOSING_VERBS and head.lower_ == "at"):
            return noun_phrase(moved[0], span)  # 'bring its stake to 66.7%': the stake
        return measured_by(holder, span)  # 'to end the session at 18,704.47': not the session
    return None


CLAUSES = frozenset({"acl", "relcl"})
"""'one of 11 figures jailed': a clause on the whole says what befell all of it."""
MARKS = frozenset({"level", "line", "mark", "threshold", "barrier", "worth", "range"})
"""'the 116 yen level', '800,000 dollars worth of beef': a sum that is no thing's value."""


def value_of(noun: Token, span: Span) -> str | None:
    """'a $5 billion deal', 'a C$30-a-share bid': a sum before a thing is what it is worth (per
    share when the sum is one a share), not how many of it there are."""
    phrase = noun_phrase(noun, span)
    if phrase is None or currency_of(noun.text) is not None:
        return phrase  # '111.1 million US dollars': the currency, said again
    per_share = any(t.lower_ == "share" for t in span.doc[span.end - 1 : noun.i + 1])
    fired("numbers: a sum before a thing is its value", span.text, phrase)
    return f"value{' per share' if per_share and 'share' not in phrase else ''} of {phrase}"


def alternative_of(span: Span) -> Span | None:
    """The number SPAN restates after 'or' ('942 million dollars, or C$37 a share'; 'up 12
    points, or 0.4 percent'): its what is the first number's."""
    root = span.root
    if root.dep_ != "conj" or not any(c.lower_ == "or" for c in root.head.children):
        return None
    first = entity_at(root.head)
    number = next((c for c in root.head.children if c.dep_ == "nummod"), None)
    points = root.head.lower_ in INDEX_POINTS
    if first is None and points and number and (counted := entity_at(number)) is not None:
        first = with_points(counted)  # '13.55 points or 0.64 percent': the points are its unit
    if first is None or first.label_ not in COUNTED_LABELS or first.start >= span.start:
        return None
    return first


def is_of_span(noun: Token, span: Span) -> bool:
    """'12 percent of the population': the noun hangs on the number by 'of' (not 'the purchase
    of the additional 48% stake', where the number sizes the stake)."""
    return noun.head.lower_ == "of" and span.start <= noun.head.head.i < span.end


def worth_of(span: Span) -> str | None:
    """'merchandise worth 14 billion dollars', 'the deal is worth $5 billion': the value of what
    the number is the worth of."""
    doc = span.doc
    worth = span.root.head
    before = doc[span.start - 1] if span.start > 1 else None
    if before is not None and before.lower_ == "worth" and worth.i != before.i:
        worth = before  # 'shares worth 1.274 billion ringgit', the sum parsed apart from 'worth'
        owner = doc[worth.i - 1]  # what is worth it stands right before
        if owner.pos_ not in {"NOUN", "PROPN"} or (thing := noun_phrase(owner, span)) is None:
            return None
        fired("numbers: what a sum right after 'worth' is the worth of", span.text, thing)
        return f"value of {thing.removesuffix(' worth')}"
    if worth.lower_ != "worth" or span.root.dep_ not in {"npadvmod", "pobj", "dobj"}:
        return None
    owner = worth.head
    if worth.dep_ == "prep" and owner.pos_ == "VERB":  # 'bought shares worth $5 million'
        owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < worth.i), owner)
    if worth.dep_ in {"amod", "prep"} and owner.pos_ in {"NOUN", "PROPN"}:
        thing = noun_phrase(owner, span)
    elif worth.dep_ == "acomp":
        thing = measured_by(worth, span)
    elif worth.dep_ == "ROOT" and (subject := verb_subject(worth)) is not None:
        thing = noun_phrase(subject, span)  # the parse took 'worth' for a verb
    else:
        return None
    if thing is None:
        return None
    fired("numbers: what a sum is the worth of", span.text, thing)
    return f"value of {thing}"


def whole_of(noun: Token, span: Span) -> str | None:
    """What a share is of: the noun, or for 'which' what the relative clause hangs on ('exports
    were 762 billion dollars, 57.3 percent of which ...': the share of the exports)."""
    if noun.lower_ not in RELATIVES | {"whom"}:
        return noun_phrase(noun, span)
    clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
    number = entity_at(clause.head) if clause is not None else number_before(span)
    if number is not None and number.label_ in {"MONEY", "QUANTITY", "CARDINAL"}:
        fired("numbers: a share of the number 'which' stands for", span.text, number.text)
        return what_of_number(number)
    return noun_phrase(clause.head, span) if clause is not None else None


def number_before(span: Span) -> Span | None:
    """What 'which' stands for where the parse read no relative clause: the last number before
    the share in its sentence ('762 billion dollars in 2005, 57.3 percent of which')."""
    before = [
        e
        for e in entities(span.doc)
        if e.label_ in {"MONEY", "QUANTITY", "CARDINAL"}
        and span.sent.start <= e.start
        and e.end <= span.start
    ]
    if not before:
        return None
    return with_currency(before[-1])


COUNTED_LABELS = frozenset({"QUANTITY", "CARDINAL", "MONEY", "PERCENT"})
AMOUNT_LABELS = COUNTED_LABELS | {"DATE", "TIME", "ORDINAL"}


def outer_noun(noun: Token) -> Token:
    """'assets under management': the noun a short phrase makes specific, not the phrase's own."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"under", "in"}:
        if prep.head.pos_ == "NOUN" and noun.i - prep.head.i <= 2:
            return prep.head
    return noun


def with_owner(phrase: str | None, holder: Token, span: Span) -> str | None:
    """'Kuwait, with proven reserves of 96 billion barrels': whose the measured thing is."""
    if phrase is None or holder.dep_ != "pobj" or holder.head.lower_ != "with":
        return phrase
    owner = holder.head.head
    if owner.pos_ in {"VERB", "AUX"}:
        owner = next((c for c in owner.children if c.dep_ == "nsubj"), None)
    if (
        owner is None
        or not (owner.pos_ == "PROPN" or owner.ent_type_)
        or owner.ent_type_ in AMOUNT_LABELS
    ):
        return phrase  # a name owns it; a common noun ('a deal with an investment of ...') may not
    whose = noun_phrase(owner, span)
    if not whose:
        return phrase
    fired("numbers: whose the measured thing is", phrase, whose)
    return f"{phrase} of {whose}"


def share_does(span: Span) -> str:
    """'80 percent of them volunteered for HIV tests': the share that did what."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma(verb) in LIGHT:
        return ""
    done = object_of(verb) or where_or_how(verb)
    return f" that {verb_words(verb)}{done}" if done else ""
