"""The noun a number counts and the words that make it specific: 'nearly 30,000 people', '38,000
U.S. troops in the Gulf', 'thousands of refugees', 'the number of troops killed in Iraq', and the
adjective that stands for those counted ('leaving 14 dead')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.currencies import currency_of, is_money_unit
from generator.extract.hits import fired
from generator.extract.names import MONTH_AND_DAY_WORDS, entity_at
from generator.extract.number_measures import COUNTING_NOUNS, TIME_UNITS, joined_by_hyphen
from generator.extract.number_values import change_of, level_of
from generator.extract.number_verbs import COUNT_WORDS, is_modifier
from generator.extract.phrases import breaks, prep_and_object, short_phrase
from generator.extract.possessors import owned_text
from generator.extract.sentences import hyphen_joined, whole_words, words_text
from generator.lemmas import lemma

MAX_WORDS = 8
NOUN_PREPOSITIONS = frozenset(
    {"of", "in", "on", "for", "from", "to", "with", "under", "at", "near", "against", "across"}
    | {"over", "between", "among", "about", "by"}
)
"""Prepositions of a phrase that makes a counted noun specific ('men under arms')."""


def counted(span: Span) -> Token | None:
    """The noun the number counts: the one it modifies, or 'thousands of refugees'."""
    root = span.root
    for token in span:  # 'some 400 comrades': the determiner may be the span's root, not 400
        head = token.head
        if (
            token.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"}
            and head.pos_ in {"NOUN", "PROPN"}
            and not span.start <= head.i < span.end
        ):
            if head.lower_ in MONTH_AND_DAY_WORDS:
                fired("numbers: a day is not what a number counts", span.text, head.sent.text)
                return None  # 'the toll rose to eight late Wednesday'
            return head
    counts = root.lower_ in COUNT_WORDS or span[-1].lower_ in COUNT_WORDS or not root.like_num
    # a sum: '$150 million of convertible debentures'; not 'within $100 million of its goal'
    sums = is_sum(span) and root.like_num and root.head.lower_ != "within"
    if counts or sums:  # 'thousands of refugees', '12 percent of the people'
        for child in (span[-1]).children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = sorted(  # a noun first ('pro- and anti-Syrian demonstrators': not
                    (c for c in child.children if c.dep_ == "pobj" and c.text != "-"),  # '-')
                    key=lambda c: c.pos_ not in {"NOUN", "PROPN"},
                )
                if objects and (counts or objects[0].pos_ == "NOUN"):
                    if not counts:
                        fired("numbers: a sum of a thing", span.text, objects[0].text)
                    return objects[0]
    if span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        following = span.doc[span.end]
        if is_hyphen_word(following):
            fired("numbers: a hyphenated word after the number", span.text, following.sent.text)
            return None  # 'up 1.8 percent year-on-year': a comparison, not what it counts
        if following.head.i == following.i or following.dep_ != "compound":
            return following
    return None


def partitive_whole(span: Span) -> Token | None:
    """'around 600,000 of Brazil's 183 million citizens', 'more than 90 of the 100 tigers': the
    noun of the definite whole a number is a part of ('one of the most important states' is
    no count)."""
    if span.text.lower() in {"one", "1"}:
        return None
    whole = of_whole(span)
    if whole is None or whole.pos_ != "NOUN" or whole.tag_ != "NNS":
        return None
    definite = any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in {"the", "these", "those"})
        for c in whole.children
    )
    if definite:
        fired("numbers: a part of a definite whole", span.text, whole.text)
    return whole if definite else None


def of_whole(span: Span) -> Token | None:
    """The noun of the number's 'of' phrase: 'citizens' of '600,000 of Brazil's citizens'."""
    of = next((c for c in span[-1].children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


FRACTION = re.compile(r"half|third|quarter|(?:fif|six|seven|eigh|nin|ten)ths?\b")


def is_share(span: Span) -> bool:
    """A percentage or a fraction: of a whole, its share."""
    text = span.text.lower()
    return "percent" in text or "%" in text or FRACTION.search(text) is not None


def by_how_much(span: Span) -> str | None:
    """'a 31 percent lower risk of death', '20 percent more students', 'a 4.2 percent registered
    unemployment rate': a number that says how much an adjective before a noun holds measures
    that noun as the adjective has it ('77 percent rural women', the parse's reading of '77
    percent of rural women', a share of them)."""
    root = span.root
    adjective = root.head
    if root.dep_ != "npadvmod" or adjective.dep_ != "amod" or adjective.i < span.end:
        return None
    noun = adjective.head
    if noun.pos_ != "NOUN" or noun.i < adjective.i or is_money_unit(noun.text):
        return None  # not 'a service, 40 percent cheaper than ...', nor '42 tons less'
    share = adjective.tag_ == "JJ" and is_share(span)
    phrase = noun_phrase(noun, span)
    if phrase is None or not (share or adjective.tag_ in {"JJR", "VBN"}):
        return None  # not '9,000-strong force': a measure (number_measures)
    fired("numbers: how much an adjective before a noun holds", span.text, phrase)
    return f"share of {phrase}" if share else phrase


def is_hyphen_word(token: Token) -> bool:
    """The first word of a hyphenated one the parse split ('year' of 'year-on-year')."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def nominal_adjective(span: Span) -> Token | None:
    """The adjective right after the number that stands for those counted, as a noun would
    ('leaving at least 14 dead', 'the 300 wounded', '120,000 faithful'): a lower-case word with
    no words of its own, not a nationality ('four Lebanese'), a model's name ('307 compact and
    the 407 sedan') or 'the three other'."""
    root = span.root
    word = root.head
    if root.dep_ != "nummod" or word.tag_ != "JJ" or word.i != span.end:
        return None
    own_words = [  # 'four dead and 83 missing', '3.5 million homeless in Kashmir' are fine
        c
        for c in word.children
        if not span.start <= c.i < span.end
        and c.dep_ not in {"prep", "cc", "punct"}
        and not (c.dep_ == "conj" and (c.pos_ == "ADJ" or c.like_num))  # '600 dead and 1400'
    ]
    if not word.is_lower or word.lower_ == "other" or own_words:
        return None
    return (
        word
        if word.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "oprd"}
        else None
    )


def whole_of_a_share(noun: Token) -> bool:
    """'41 percent of those polled': the noun a share is 'of', not one the number counts (what
    befalls a counted noun is said after it: 'people killed')."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and not any(c.dep_ == "nummod" for c in noun.children)
    )


NO_OPENING = frozenset({"det", "case", "punct", "cc"})
"""Words a noun phrase does not start with: 'the', a comma, an 'and' left by a cut modifier."""


def noun_phrase(noun: Token, span: Span, with_phrase: bool = True) -> str | None:
    """The noun with the words that make it specific: its modifiers before it and one short
    prepositional phrase after it ('U.S. troops in the Gulf'), without the number itself."""
    doc = noun.doc
    left = [
        t
        for t in doc[noun.left_edge.i : noun.i]
        if is_modifier(t, noun) or (of_a_stretch(t) and is_modifier(t.head, noun))
    ]
    kept = [  # a hyphenated modifier whole ('would-be robbers'), but no number in it
        t
        for t in whole_words(left)
        if t.i < noun.i and not span.start <= t.i < span.end and (not t.like_num or of_a_stretch(t))
    ]
    kept = [t for t in kept if not unit_of_a_number_left_out(t, kept)]
    words = [  # not the hyphen of a number left out: 'one-party rule' -> 'party rule'
        t for t in kept if not (t.text == "-" and t.i > 0 and doc[t.i - 1] not in kept)
    ]
    closing = [k for k, t in enumerate(words) if t.text == ")"]
    if closing:  # '1.1-metre (3.3-foot) shroud': not the equivalent in brackets
        words = words[closing[-1] + 1 :]
    while words and words[0].dep_ in NO_OPENING:
        words = words[1:]
    words.append(noun)
    last = noun  # 'the finance sub-index' parsed as 'sub': the word whole
    while last.i + 1 < len(doc) and hyphen_joined(last, doc[last.i + 1]):
        last = doc[last.i + 1]
        if span.start <= last.i < span.end:
            break
        words.append(last)
    if words[-1].text == "-":
        words.pop()  # 'a par-four': the number ends the word
    hung: list[Token] = []
    for child in noun.rights:
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i == words[-1].i + 1:
            if (
                child.left_edge.i <= span.start <= child.right_edge.i
                or child.n_rights
                or child.lower_ == "worth"
            ):
                break  # 'merchandise worth 14 billion': the number's own word, or another's
            words.append(child)  # 'shares outstanding'
            continue
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == words[-1].i + 1:
            if whole_of_a_share(noun) and not list(child.children):
                fired("numbers: the participle of a share's whole", noun.text, child.text)
                words.append(child)  # '41 percent of those polled': not of 'those'
                continue
        if child.dep_ == "prep" and span.root.head.i == child.i:
            if with_phrase and child.lower_ == "of" and child.i == words[-1].i + 1:
                hung = hung_on_the_number(span)
            continue  # 'a force of 500 near Anlong Veng': the number's own phrase
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS and with_phrase:
            whole = child.lower_ == "of" and lemma(noun) in COUNTING_NOUNS
            if whole:
                fired("numbers: all a counting noun's 'of' phrase", noun.text, span.sent.text)
            words += short_phrase(child, span, whole)
            hung = []  # its own phrase, where the parse put it: 'quotes of 118 yen in Tokyo'
        break
    if hung:
        fired("numbers: a noun's phrase hung on the number of its 'of'", span.sent.text)
        words += hung
    while len(words_text(words).split()) > MAX_WORDS and words[0].i != noun.i:
        words = words[1:]  # too long: fewer modifiers before the noun, never the noun itself
        while words[0].i != noun.i and words[0].dep_ in NO_OPENING:
            words = words[1:]  # 'military and Secret Service officials': not 'and Secret ...'
    text = owned_text(words)  # 'its stake' -> "Paribas's stake"
    if text.count("(") > text.count(")"):
        text += ")"  # 'Straits Times Index (STI': the noun is the bracketed short name
    first = words[0]
    if first.is_sent_start and not (
        first.pos_ == "PROPN" or first.ent_type_ in {"NORP", "GPE"} or first.text.isupper()
    ):
        text = text[:1].lower() + text[1:]  # 'Sales rose to ...': sales; not 'Italian ...'
    return text or None


HUNG_PREPOSITIONS = frozenset({"in", "on", "for", "at"})
"""A noun's phrases the parse may hang on the number of its 'of' ('a stake of 84 percent in X',
'a tax of 25 percent on sugar'), not those of how it was done ('with spades')."""


def hung_on_the_number(span: Span) -> list[Token]:
    """'a slide of over three percent in ICI's share price': the parse hangs the noun's own
    phrase on the number of its 'of'; it tells what slid."""
    phrase = next(
        (
            c
            for c in span.root.rights
            if c.dep_ == "prep" and c.i == span.end and c.lower_ in HUNG_PREPOSITIONS
        ),
        None,
    )
    words = prep_and_object(phrase) if phrase is not None else []
    if not words or words[-1].ent_type_ in {"DATE", "TIME"}:
        return []  # 'a rise of 5 percent in March': when, not what rose
    if len(words) > 5 or any(t.pos_ == "VERB" or t.like_num or breaks(t) for t in words):
        return []
    return words


def unit_of_a_number_left_out(token: Token, kept: list[Token]) -> bool:
    """'a 10 percent stake', 'the 30-share index': the unit of another number is no part of what
    a number counts (a name, a currency or a year's noun stays: 'Nikkei 225', 'U.S. dollars
    worth', '2005 world championships')."""
    return (
        token.pos_ == "NOUN"
        and currency_of(token.text) is None
        and any(
            c.like_num and c.dep_ == "nummod" and c not in kept and c.ent_type_ != "DATE"
            for c in token.children
        )
    )


def of_a_stretch(token: Token) -> bool:
    """The number of a stretch of time that is one of the noun's words: the '18' of 'an 18-year
    high' (other numbers are no part of what a number counts)."""
    after = token.doc[token.i + 1 : token.i + 3]
    return (
        token.like_num
        and len(after) == 2
        and joined_by_hyphen(token, *after)
        and after[1].lower_.rstrip("s") in TIME_UNITS
    )


def changed_before_comma(span: Span) -> Token | Span | None:
    """'profit was 5 million dollars, up 3 percent', 'revenue rose to 4.5 billion yen, up 12
    percent': a change set off by a comma after a sum is a change of what the sum measures (the
    sum itself, or what reached the level), whatever the parse hung the 'up' on."""
    root = span.root
    change = root.head
    if root.dep_ != "npadvmod" or change.lower_ not in {"up", "down"} or change.i < 2:
        return None
    comma, before = change.doc[change.i - 1], change.doc[change.i - 2]
    if comma.text != "," or before.ent_type_ != "MONEY":
        return None
    sum_ = entity_at(before)
    if sum_ is None or sum_.end != before.i + 1:
        return None
    fired("numbers: a change set off after a sum", span.text, sum_.text)
    if level_of(sum_) is None:
        return sum_
    holder = sum_.root.head.head  # 'the import value at X', 'revenue rose to X'
    if holder.pos_ == "NOUN":
        return holder
    return next((c for c in holder.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def sum_in_kind(span: Span) -> Token | None:
    """'71,277 dollars in salary', '2 million euros in damages': the kind of thing a sum is in,
    a common noun right after 'in' (not a time or place: 'dollars in 2005', 'in Asia'; not the
    market a level is reached in: 'rose to 121.34 yen in afternoon trade'; not 'in total' nor 'in
    compliance with')."""
    doc = span.doc
    at = past_equivalent(span)  # '18.7 billion won (18.1 million dollars) in losses'
    if not is_sum(span) or at + 1 >= len(doc) or doc[at].lower_ != "in":
        return None
    root = span.root
    if level_of(span) is not None or (
        root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "VERB"
    ):
        return None  # 'bought it for $165 million in cash': a price (not 'an appeal for')
    if change_of(span) is not None or (root.dep_ == "pobj" and root.head.lower_ == "at"):
        fired("numbers: a price's market is no kind of sum", span.text, span.sent.text)
        return None  # 'closed at $10.625 in composite trading', 'plunged $4.375 in trading'
    kind = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    if kind is None or kind.pos_ != "NOUN" or kind.ent_type_ or not kind.is_lower:
        return None
    if (
        kind.lower_ in FORMS_OF_A_SUM
        or complex_preposition(kind)
        or any(
            c.dep_ in {"det", "poss"} or c.tag_ in {"JJR", "RBR"} or c.ent_type_ in {"DATE", "TIME"}
            for c in kind.children
        )
    ):
        return None  # 'in the period', 'in his account', 'in earlier trading': when or where
    return kind


FORMS_OF_A_SUM = frozenset({"total", "value", "all"})
"""'in total', 'in value': how a sum is counted, not a kind of thing."""
PREPOSITION_NOUNS = frozenset(
    {"addition", "compliance", "accordance", "exchange", "return", "response", "line", "lieu"}
)
"""Nouns of multiword prepositions: 'in compliance with', 'in exchange for', 'in addition to'."""


def complex_preposition(noun: Token) -> bool:
    """'in compliance with the charter': the noun and the preposition after it are one
    preposition, no kind of thing."""
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return noun.lower_ in PREPOSITION_NOUNS and after is not None and after.pos_ == "ADP"


def past_equivalent(span: Span) -> int:
    """The index after SPAN and the equivalent in brackets that may follow it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "(":
        close = next((t.i for t in doc[span.end : span.end + 12] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return span.end


def is_sum(span: Span) -> bool:
    """A sum of money the text writes with its currency, one country's or several's ('won',
    'kwacha'; the model also labels 'tens of millions of poultry' a sum)."""
    # the model's sum, or one this module joined from its count and currency ('2 million' +
    # 'euros')
    return (span.root.ent_type_ == "MONEY" or span.label_ == "MONEY") and (
        currency_of(span.text) is not None or any(is_money_unit(t.text) for t in span)
    )
