"""A number's value as data: the amount, its unit or currency, whether the text hedges it
("nearly", "more than"), and the direction of a change ("rose 1.2 percent").

Number words become digits with text2num ("thirty thousand" -> 30000); currencies are named as
currencies.py knows them.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from generator.extract.currencies import currency_names, currency_of, currency_words
from generator.extract.hits import fired
from generator.extract.lexicon import FALL_WORDS, RISE_WORDS
from generator.extract.names import entity_at
from generator.lemmas import lemma

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
HEDGES = (
    "about",
    "around",
    "almost",
    "nearly",
    "some",
    "roughly",
    "approximately",
    "more than",
    "over",
    "less than",
    "under",
    "at least",
    "up to",
    "just under",
    "just over",
    "as many as",
    "close to",
)
HEDGE_WORDS = frozenset(w for hedge in HEDGES for w in hedge.split()) | {"estimated"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def number_fields(span: Span, kind: str) -> dict[str, Any]:
    """`amount`, `unit`, `currency`, `approximate` and `change` for the number SPAN, those known."""
    text = " ".join(span.text.split())
    fields: dict[str, Any] = {}
    amount = amount_of(text)
    if amount is not None:
        fields["amount"] = amount
    if kind == "percent":
        fields["unit"] = "percent"
    elif kind == "money":
        currency = currency_of(text)
        if currency:
            fields["currency"] = currency
    elif kind == "quantity":
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in SCALES]
        if words[-2:-1] in (["percentage"], ["basis"]):
            fields["unit"] = f"{words[-2]} point"  # one unit of two words
        elif words:
            fields["unit"] = words[-1]
    lowered = text.lower()
    if any(lowered.startswith(h + " ") for h in HEDGES):
        fields["approximate"] = True
    direction = change_of(span)
    if direction:
        fields["change"] = direction
    return fields


def amount_of(text: str) -> int | float | None:
    """'nearly 30,000' -> 30000; 'US$801.2 million' -> 801200000; 'one trillion yen' -> 10**12."""
    found = NUMBER.search(text)
    if found is not None:
        amount = float(found.group().replace(",", ""))
        after = text[found.end() :].split()
        if after and after[0].lower() in SCALES:
            amount *= SCALES[after[0].lower()]
    else:
        amount = words_amount(re.findall(r"[a-z]+", text.lower()))
        if amount is None:
            return None
    return int(amount) if float(amount).is_integer() else round(amount, 6)


def words_amount(words: list[str]) -> float | None:
    """The longest run of number words, as a number ('one trillion', 'thirty-five')."""
    from text_to_num import text2num

    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            try:
                amount = float(text2num(" ".join(words[start : start + size]), "en"))
            except ValueError:
                continue
            after = words[start + size : start + size + 1]
            if after and after[0] in SCALES:  # text2num stops at billions
                amount *= SCALES[after[0]]
            return amount
    return None


def change_of(span: Span) -> str | None:
    """'rose 1.2 percent' up, 'were down 26.8 percent' down, 'fell by 5%' down: the number is
    the size of a change (not the level it reached: 'rose to 380 billion yen')."""
    first = listed_before(span)
    root = span.root if first is None else first.root  # 'fell 0.4 and 0.6 percent respectively'
    if (pair := change_then_level(root)) is not None:
        return direction_of(pair[2], levels=False) if root.i == pair[0].i else None
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    elif root.dep_ not in {"npadvmod", "dobj", "advmod", "attr", "nmod"}:
        return None
    return direction_of(head, levels=False)


def listed_before(span: Span) -> Span | None:
    """The number of the same kind that SPAN is listed after ('loans of 4.4 billion dollars and
    4.5 billion dollars', 'rose 0.9 percent and 0.3 percent respectively'): a value with nothing
    of its own to count counts what the first does, and changes as it does."""
    root = span.root
    if root.dep_ != "conj":
        return None
    first = entity_at(root.head)
    if first is None and root.head.pos_ == "NOUN":
        first = value_of_noun(root.head, span) or value_before_phrase(root.head, span)
    if first is None and root.head.pos_ == "VERB":
        first = value_of_verb(root.head, span)
    if first is None or first.label_ != span.label_ or first.start >= span.start:
        return None
    return with_currency(first)


def value_before_phrase(noun: Token, span: Span) -> Span | None:
    """'risen 22 percent against the mark and five percent against the dollar', 'rose 5 percent
    in March and 3 percent in April': the parse joins the second value to the first one's
    phrase; the first is the value the phrase's head takes just before it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    for child in prep.head.children:
        value = entity_at(child) if child.i < prep.i else None
        if value is not None and value.label_ == span.label_ and value.end == prep.i:
            fired("numbers: a value listed after another's phrase", span.text, value.text)
            return value
    return None


def value_of_verb(verb: Token, span: Span) -> Span | None:
    """'rose 5 percent in March and 3 percent in April', 'grow by 2 percent this year and 3
    percent next year': the parse joins the second value to the verb; the first is the value the
    verb takes before it, as its object or after 'by' or 'to'."""
    objects = [c for c in verb.children if c.dep_ in {"npadvmod", "dobj"}] + [
        o  # 'grow by 2.25 percent in 1997 and 2.75 percent next year'
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "to"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    values = [
        value
        for child in sorted(objects, key=lambda t: t.i)
        if child.i < span.start
        if (value := entity_at(child)) is not None and value.label_ == span.label_
    ]
    if values:
        fired("numbers: a value the parse joined to the verb", span.text, values[-1].text)
    return values[-1] if values else None


def value_of_noun(noun: Token, span: Span) -> Span | None:
    """'gains of 2.6 percent in the second quarter and 5.6 percent in the first': the parse joins
    the second value to the noun the first one measures; the first is that noun's 'of' value."""
    values = [
        value
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for t in prep.children
        if t.dep_ == "pobj" and (value := entity_at(t)) is not None and value.label_ == span.label_
    ]
    if values:
        fired("numbers: a value listed after a noun's 'of' value", span.text, values[0].text)
    return values[0] if values else None


PAST_LEVEL = frozenset({"above", "below", "under", "over", "near", "past", "beyond"})
"""'plummeted below 60 dollars', 'rose above 70 dollars': the level a change passed."""


def level_of(span: Span) -> tuple[str, str] | None:
    """'rose to $5 million' (after, up), 'up from 633.8 million francs' (before, up): the number
    is the level before or after a change, not its size."""
    root = span.root
    if (pair := change_then_level(root)) is not None:
        return ("after", direction_of(pair[2]) or "up") if root.i == pair[1].i else None
    prep = root if root.lower_ in PAST_LEVEL else root.head  # 'above 70 dollars' is one entity
    if root.dep_ not in {"pobj", "prep"} or prep.dep_ != "prep":
        return None
    passed = prep.lower_ in PAST_LEVEL
    if passed and prep.head.lower_ in {"from", "to"}:
        prep = prep.head  # 'fell to near 59 dollars': to
    if prep.lower_ not in {"from", "to", "at"} and not passed:
        return None  # 'was up 32.70 points at 10,914.10': at, the level it reached
    word = after_from(prep).head
    while word.lower_ in UNIT_WORDS and word.dep_ in {"conj", "npadvmod"}:
        word = word.head  # 'was up 23.45, or 0.19 percent, to 12,131.88': up
    direction = direction_of(word)
    if direction is None:
        return None
    if prep.lower_ == "at" and word.pos_ == "VERB":
        return None  # 'rose 5 percent at 1,922 billion yen' is joined as one number already
    if passed:
        fired("numbers: a level passed or neared", span.text, prep.text)
    return ("before" if prep.lower_ == "from" else "after"), direction


def change_then_level(number: Token) -> tuple[Token, Token, Token] | None:
    """'dropped by 12,700 to 193,000': the parse reads a range after 'by'. On a verb of change,
    with the second value many times the first, the first is the change and the second the level
    it reached (a range holds like values: 'rise by 50 to 100 percent'). (The change, the level,
    the verb), for either of the two numbers."""
    level = number.head if number.dep_ == "quantmod" else number
    by = level.head
    if level.dep_ != "pobj" or by.lower_ != "by" or direction_of(by.head, levels=False) is None:
        return None
    marks = sorted((c for c in level.children if c.dep_ == "quantmod"), key=lambda c: c.i)
    if len(marks) != 2 or not marks[0].like_num or marks[1].lower_ != "to":
        return None
    change, reached = amount_of(marks[0].text), amount_of(level.text)
    if not change or not reached or reached < LEVEL_TIMES_CHANGE * change:
        return None
    return marks[0], level, by.head


LEVEL_TIMES_CHANGE = 5
"""How many times a change the level it reached is at least: 'rose by 12,700 to 193,000'."""


def after_from(prep: Token) -> Token:
    """'from 13.2 percent in 1993 to 23.6 percent': the parser hangs the 'to' on the 'from';
    the level it reaches belongs where the 'from' does."""
    if prep.lower_ == "to" and prep.head.lower_ == "from" and prep.head.dep_ == "prep":
        fired("numbers: a 'to' level hung on its 'from'", prep.sent.text[:60])
        return prep.head
    return prep


def direction_of(word: Token, levels: bool = True) -> str | None:
    """'rose', 'fell', 'edged down', 'was up': the way a change goes, if WORD says; with LEVELS
    false, not from a word that names a level ('is 4.7 billion francs, up from 633.8 million')."""
    for token in [word, *[c for c in word.children if c.dep_ in {"advmod", "prt", "acomp"}]]:
        if not levels and token.i != word.i and from_level(token):
            continue
        if not levels and token.i != word.i and sized(token):
            continue  # 'was 5 million dollars, up 3 percent': the 'up' has its own size
        form = lemma(token) if token.pos_ == "VERB" else token.lower_
        if form in RISE_WORDS:
            return "up"
        if form in FALL_WORDS:
            return "down"
    return None


def sized(word: Token) -> bool:
    """'up 3 percent': a change word with a number of its own."""
    return any(c.dep_ == "npadvmod" and c.ent_type_ in SIZE_LABELS for c in word.children)


SIZE_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def from_level(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in word.children)


def with_currency(ent: Span) -> Span:
    """The number with the currency written before it ('C$' + '37') or after it ('4.54 billion'
    + 'euros'), and the unit it is a price of ('$20 a barrel'): the model often leaves them out
    of the entity."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    written_before = before is not None and (before.tag_ == "$" or before.lower_ == "dlrs")
    if written_before and currency_of(before.text) is not None:  # '$5', AP's 'dlrs 5'
        fired("numbers: a currency sign the model left out", ent.sent.text, before.text)
        start = ent.start - 1
        ent = Span(doc, start - hedge_length(doc, start), ent.end, label="MONEY")  # 'about dlrs'
    if ent.label_ == "MONEY":
        ent = with_unit_priced(ent)
    if ent.label_ == "CARDINAL" and len(ent) > 1 and is_currency_after(ent[:-1], ent[-1]):
        fired("numbers: a sum the model counted as a number", ent.text, ent.sent.text)
        return Span(doc, ent.start, ent.end, label="MONEY")  # 'one million yuan' as CARDINAL
    if ent.end == len(doc):
        return ent
    # 'to 49.650 Philippine pesos', 'at 7.8 Hong Kong dollars', or a name the entity cut:
    # '[146.10 Hong Kong] dollars'
    for start in range(max(ent.start + 1, ent.end - 2), ent.end + 1):
        for end in range(min(start + 3, len(doc)), max(start + 1, ent.end), -1):
            if doc[start:end].text.lower() in currency_names():
                fired("numbers: a currency's full name the model left out", ent.sent.text)
                return Span(doc, ent.start, end, label="MONEY")
    if is_currency_after(ent, doc[ent.end]):
        return Span(doc, ent.start, ent.end + 1, label="MONEY")
    return ent


def hedge_length(doc: Doc, start: int) -> int:
    """How many words before START hedge the number there: 2 for 'more than', 'at least', 1 for
    'about', 'nearly', else 0."""
    for n in (2, 1):
        if start >= n and " ".join(t.lower_ for t in doc[start - n : start]) in HEDGES:
            return n
    return 0


def is_currency_after(amount: Span, token: Token) -> bool:
    """TOKEN, after AMOUNT, is the currency it is counted in: a name one currency has
    ('euros'), or the name several share ('kwacha', 'won') after a scaled amount ('307.4 billion
    kwacha') or used by the text's own sums ('rallied 5,500 won' beside '51.9 billion won')."""
    word = token.lower_
    if word in currency_names():
        return True
    if word in currency_words() and any(t.lower_ in SCALES for t in amount):
        fired("numbers: a scaled amount of a currency several countries name", amount.sent.text)
        return True
    if word in currency_words() and word in money_words(amount.doc):
        fired("numbers: an amount in a currency the text's sums name", amount.sent.text)
        return True
    if word in currency_words() and token.tag_ == "NNS" and word not in WEIGHTS_AND_COUNTS:
        fired("numbers: an amount in a currency several countries name", amount.sent.text)
        return True  # 'lost 103.25 rupees': a plural noun, never the verb 'won'
    return False


WEIGHTS_AND_COUNTS = frozenset({"pounds", "units"})  # '1,300 pounds of beef'; Babel's 'units'


def money_words(doc: Doc) -> frozenset[str]:
    """The currency words that end the model's own sums in the text, or follow them ('51.9
    billion' + 'won'): after a bare number elsewhere ('rallied 5,500 won'), the same word is that
    currency, not a verb."""
    cached = doc.user_data.get("factsheet_money_words")
    if cached is None:
        sums = [e for e in doc.ents if e.label_ == "MONEY"]
        cached = frozenset(e[-1].lower_ for e in sums) | frozenset(
            doc[e.end].lower_ for e in sums if e.end < len(doc)
        )
        doc.user_data["factsheet_money_words"] = cached
    return cached


MAX_RATE_BASE = 4
"""Words of the measure a price is given for: 'per 1,000 cubic meters'."""


def rate_base(ent: Span) -> bool:
    """'per 1,000 cubic meters', 'per 1,000 live births': what a rate is given for, no key
    number of its own."""
    root = ent.root
    while root.dep_ in {"appos", "nummod"}:  # '1,000' of 'meters', '(62 miles)' after the measure
        root = root.head
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "per") or (
        root.dep_ == "pobj" and root.head.lower_ == "per"
    )


def with_unit_priced(ent: Span) -> Span:
    """'C$37 a share', '$70 per barrel': what the sum is the price of, one unit of it, or a
    measure of it ('230 dollars per 1,000 cubic meters')."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in {"a", "an", "per"}:
        return ent
    unit = doc[ent.end + 1]
    per = doc[ent.end]
    base = next((c for c in per.children if c.dep_ == "pobj"), None)
    of_sum = ent.start <= per.head.i < ent.end  # not the verb's: the sum's phrase stays whole
    if unit.like_num and of_sum and base is not None and base.i - ent.end <= MAX_RATE_BASE:
        fired("numbers: a price of a measure", ent.sent.text, ent.text)
        return Span(doc, ent.start, base.i + 1, label="MONEY")  # '230 dollars per 1,000 m3'
    owner = unit.head if unit.head.i != ent.end else unit.head.head  # 'per' + 'barrel'
    if unit.tag_ != "NN" or not (ent.start <= owner.i < ent.end or owner == ent.root.head):
        return ent
    fired("numbers: a price of one unit", ent.sent.text, ent.text)
    return Span(doc, ent.start, ent.end + 2, label="MONEY")


INDEX_POINTS = frozenset({"point", "points"})
UNIT_WORDS = INDEX_POINTS | {"percent", "pct"}
RATE_UNITS = frozenset({"bpd", "b/d", "kph", "mph", "km/h"})
"""Abbreviated units of a rate: barrels a day, kilometres or miles an hour."""


def with_points(ent: Span) -> Span:
    """'gained 179.01 points': an index moves by points, a unit like percent, not a count of
    things called points."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "CARDINAL" or after is None:
        return ent
    two = doc[ent.end : ent.end + 2]
    if after.lower_ in {"percentage", "basis"} and len(two) == 2 and two[1].lower_ in INDEX_POINTS:
        if ent.root.head == two[1]:  # '0.25 percentage points', '25 basis points': one unit
            fired("numbers: percentage and basis points are a unit", ent.sent.text, ent.text)
            return Span(doc, ent.start, ent.end + 2, label="QUANTITY")
    if after.lower_ in RATE_UNITS:
        fired("numbers: a rate's abbreviated unit", ent.sent.text, ent.text)
        return Span(doc, ent.start, ent.end + 1, label="QUANTITY")  # '1.6 million bpd'
    if after.lower_ not in INDEX_POINTS:
        return ent
    if ent.root.head != after or any(c.dep_ == "prep" and c.lower_ == "of" for c in after.children):
        return ent  # 'points of agreement' are things counted
    fired("numbers: index points are a unit", ent.sent.text, ent.text)
    return Span(doc, ent.start, ent.end + 1, label="QUANTITY")


def without_noun_words(ent: Span) -> Span:
    """'the additional 48% stake': the model takes the stake's article and adjective into the
    number; they belong to what the number sizes. ('down 6 yen to 383 yen': nor the 'to' after
    it.)"""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].lower_ in {"to", "and", "or"}:
        end -= 1
    if end < ent.end:
        fired("numbers: a word after the number left out", ent.text, ent.sent.text)
        ent = Span(ent.doc, ent.start, end, label=ent.label_)
    start = ent.start
    while start < ent.end - 1:
        token = ent.doc[start]
        inside = ent.start <= token.head.i < ent.end
        if inside or token.like_num or token.pos_ not in {"DET", "ADJ"}:
            break
        if {token.lower_, token.nbor().lower_} & HEDGE_WORDS:
            break  # 'some 400', 'an estimated 5,000': the hedge is part of the value
        start += 1
    if start == ent.start:
        return ent
    fired("numbers: a noun's words left out of the number", ent.text, ent.sent.text)
    return Span(ent.doc, start, ent.end, label=ent.label_)
