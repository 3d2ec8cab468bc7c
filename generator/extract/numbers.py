"""Key numbers: amounts of money, percentages, quantities and counted things.

A number is kept when it counts something (a noun it modifies: "nearly 30,000
people"), or is money, a percentage or a measured quantity; what it counts is
a short noun phrase built from the parse (number_what.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.currencies import currency_of, is_money_unit
from generator.extract.durations import duration
from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.names import entities, entity_at
from generator.extract.number_elision import counts_a_left_out_noun
from generator.extract.number_measures import (
    COUNTING_NOUNS,
    TIME_UNITS,
    compound_measure,
    names_a_kind,
    names_a_race,
)
from generator.extract.number_nouns import counted, partitive_whole
from generator.extract.number_values import (
    SCALES,
    change_then_level,
    hedge_length,
    number_fields,
    rate_base,
    with_currency,
    with_points,
    without_noun_words,
)
from generator.extract.number_verbs import COUNT_WORDS
from generator.extract.number_what import number_what
from generator.extract.sentences import verb_subject, words_text, words_whole
from generator.lemmas import lemma
from generator.records import NumberFinding

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
AMOUNT_WORDS = COUNT_WORDS | {"half", "dozen", "quarter", "third", "thirds"}
"""Words that say an amount though spaCy's like_num does not know them ('nearly half')."""
DECIMAL = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$")
"""A number written with thousands separators or decimals is no date, whatever the model says."""


def find_numbers(
    doc: Doc, date_spans: list[tuple[int, int]], durations: list[tuple[int, int]] = ()
) -> list[NumberFinding]:
    """The key numbers of the Doc, in text order, with an equivalent in brackets ("942 million
    Canadian dollars (US$801.2 million)") and a change's level ("29.6 percent to 6,421 billion
    yen") joined to the number they belong to; DURATIONS (character spans of time expressions
    that measure a stretch of time: "22 months", "a four-day visit") are numbers too."""
    found: list[NumberFinding] = []
    missed = [*unlabelled_sums(doc), *unlabelled_counts(doc)]
    ents = [part for e in [*entities(doc), *missed] for part in change_and_level(e)]
    for ent in sorted(ents, key=lambda e: e.start):
        if ent.label_ == "DATE" and DECIMAL.match(ent.text):
            fired("numbers: a decimal the model takes for a date", ent.sent.text, ent.text)
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")  # 'closed at 16,962.03'
        age = ent.label_ in {"DATE", "CARDINAL"} and age_of(ent)
        if ent.label_ not in NUMBER_LABELS and not age:
            continue  # the model takes an age for a date: 'Wonham, 58,'
        if not age and any(ent.start_char < e and s < ent.end_char for s, e in date_spans):
            continue
        if rate_base(ent):
            continue
        ent = with_points(with_currency(without_noun_words(ent)))
        if is_identifier(ent) or not any(t.like_num or t.lower_ in AMOUNT_WORDS for t in ent):
            continue  # 'an estimated' alone: the model cut the number off its hedge
        measure = compound_measure(ent)
        if measure is not None and measure[1].i >= ent.end:  # '366-million-US' + '-dollar'
            ent = Span(doc, ent.start, measure[1].i + 1, label=ent.label_)
        if ent.label_ == "QUANTITY" and is_money_unit(ent[-1].text) and not weighs(ent[-1]):
            fired("numbers: a sum the model took for a quantity", ent.text)
            ent = Span(doc, ent.start, ent.end, label="MONEY")  # '28,000 kina'
        kind = "count" if ent.label_ == "DATE" else KINDS[ent.label_]
        value = words_whole(ent.text)
        what = number_what(ent)
        if age:
            what = f"age of {age}"
        elif (
            ent.label_ == "CARDINAL"
            and not is_counted(ent, value)
            and not of_a_measure(ent)
            and not counts_a_left_out_noun(ent)
        ):
            continue
        elif ent.label_ == "CARDINAL" and one_source(ent):
            continue
        elif ent.label_ == "CARDINAL" and (what or "").lower().rstrip("s") in TIME_UNITS:
            continue  # 'in a year or two': a stretch of time the dates tell, not a count
        found.append(NumberFinding(ent, value, what, kind, number_fields(ent, kind)))
    taken = [(n.span.start_char, n.span.end_char) for n in found]
    for start, end in durations:
        if not any(start < e and s < end for s, e in taken):  # 'Howes, 37 years old': an age
            found += filter(None, [duration(doc, start, end)])
    return joined(sorted(found, key=lambda n: n.span.start))


def change_and_level(ent: Span) -> list[Span]:
    """'dropped by 12,700 to 193,000': the model's one range, or its first number alone, is two
    numbers, the change and the level it reached (see change_then_level)."""
    doc = ent.doc
    pair = next((p for t in ent if (p := change_then_level(t)) is not None), None)
    if pair is None or not ent.start <= pair[0].i < ent.end:
        return [ent]  # not such a pair, or its level alone (an entity of its own)
    level = pair[1]
    to = next(c for c in level.children if c.lower_ == "to")
    fired("numbers: a change and the level it reached, read as a range", ent.sent.text)
    parts = [Span(doc, ent.start, to.i, label=ent.label_)]
    if not any(e.start <= level.i < e.end for e in doc.ents if e.start != ent.start):
        parts.append(Span(doc, to.i + 1, max(ent.end, level.i + 1), label=ent.label_))
    return parts


def one_source(ent: Span) -> bool:
    """'one western diplomat said', 'One party source told AFP': the 'one' of a source who says
    something is an article, not a count."""
    noun = ent.root.head
    found = (
        ent.text.lower() == "one"
        and ent.root.dep_ == "nummod"
        and noun.tag_ == "NN"
        and noun.dep_ == "nsubj"
        and lemma(noun.head) in SAYING_VERBS
    )
    if found:
        fired("numbers: the 'one' of a source who says something", ent.sent.text)
    return found


def of_a_measure(ent: Span) -> bool:
    """'the mandatory retirement age of 65', 'a board of 22': a small number a noun is measured by."""
    root = ent.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.pos_ == "NOUN"
        and not ent.start <= root.head.head.i < ent.end
        and not (ent.text.lower() == "one" and any(c.lower_ == "of" for c in ent[-1].children))
    )  # but 'the death of one of the victims': 'one of' says which, it measures nothing


KINDS = {"CARDINAL": "count", "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}


SCORE = re.compile(r"^\d+-\d+$")


def is_identifier(ent: Span) -> bool:
    """A number that is part of a name, an identifier or a score, not a quantity: 'S&P 500',
    'Storm Signal No. 1', 'Resolution 1441', 'won 3-1'."""
    root = ent.root
    if ent.label_ != "CARDINAL":
        return False
    if names_a_race(ent):
        return True
    if names_a_kind(ent):
        fired("numbers: a count that names a kind", ent.text, ent.sent.text)
        return True
    if SCORE.match(ent.text.strip()) or in_score(ent):
        fired("numbers: a score", ent.text, ent.sent.text)
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text == "." and ent.start > 1:
        before = ent.doc[ent.start - 2]  # 'No. 1' cut in three: 'No', '.', '1'
    if before is not None and before.lower_ in {"no.", "no", "number", "#"}:
        fired("numbers: an identifier", ent.text, ent.sent.text)
        return True
    after = ent.doc[ent.end + 1] if ent.end + 1 < len(ent.doc) else None
    if (
        after is not None
        and ent.doc[ent.end].text == "-"
        and after.ent_type_ in {"GPE", "NORP"}
        and ent[-1].lower_ not in SCALES  # '5.3 million-US dollar': a sum in that currency
    ):
        fired("numbers: a number hyphened to a country's name", ent.text, ent.sent.text)
        return True  # 'the one-China policy': the name of a policy, no count
    head = root.head
    if (
        head.pos_ == "PROPN"
        and ent.start == head.i + 1
        and root.dep_ in {"nummod", "compound"}
        and currency_of(head.text) is None  # 'dlrs 2.5 billion' is money
    ):
        fired("numbers: part of a name", ent.text, ent.sent.text)  # 'Flight 370'
        return True
    if common_nouns_number(ent, head):
        fired("numbers: a common noun's number", ent.text, ent.sent.text)
        return True  # 'U.N. resolution 425', 'article 9': which one, no count
    return in_a_named_kind(ent, before) or the_known_ones(ent)


def common_nouns_number(ent: Span, head: Token) -> bool:
    """'U.N. resolution 425', 'section 63, part 3', 'polonium 210', 'size 11': a bare number
    right after the singular noun it names one of, counting nothing after it (not 'a record 238
    people'), nor a currency's amount ('RMB 60')."""
    doc = ent.doc
    counts_next = ent.end < len(doc) and doc[ent.end].pos_ in {"NOUN", "PROPN"}
    return (
        head.tag_ == "NN"
        and head.is_lower  # not 'RMB 60': a currency the tables do not know
        and ent.start == head.i + 1
        and len(ent) == 1
        and ent[0].is_digit
        and not counts_next
        and currency_of(head.text) is None
    )


SMALL_COUNTS = frozenset({"two", "three", "four", "five"})
"""Counts a reader holds in mind: 'the two sides' points back to them. Larger ones after 'the'
are often news ('the nine women killed last year' in the dev gold; with up to ten, dev number
recall fell from 0.904 to 0.880)."""


def the_known_ones(ent: Span) -> bool:
    """'the two leaders', 'the two sides', 'these three countries': a count the story has
    already told or takes as known, said again to refer to them, not news."""
    root = ent.root
    noun = root.head
    if root.dep_ != "nummod" or noun.tag_ not in {"NNS", "NNPS"} or noun.i < ent.end:
        return False
    if ent.text.lower() not in SMALL_COUNTS:
        return False
    if not any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} and c.i < ent.start
        for c in noun.children
    ):
        return False
    fired("numbers: the known ones said again", ent.text, ent.sent.text[:100])
    return True


NAMING_LABELS = frozenset({"", "ORG", "PRODUCT", "FAC", "LAW", "EVENT", "WORK_OF_ART"})
"""Labels of a name a number may belong to ('FTSE 100'); not a date's or a place's."""


def in_a_named_kind(ent: Span, before: Token | None) -> bool:
    """'the FTSE 100 index', 'the DAX 30 index', "Standard and Poor's 500 index": a number
    between a name and the noun both modify is part of the name of the thing, not a count."""
    root = ent.root
    if (
        before is not None
        and before.tag_ == "POS"
        and before.head.pos_ == "PROPN"
        and root.head.tag_ == "NN"  # not "the WTO's 149 members": a count needs a plural
    ):
        before = before.head  # "Standard and Poor's 500 index", "Boeing's 787 airliner"
        while before.dep_ == "conj" and before.head.i < before.i:
            before = before.head
    if before is None or before.pos_ != "PROPN" or before.ent_type_ not in NAMING_LABELS:
        return False
    if root.dep_ not in {"nummod", "compound"} or root.head.i < ent.end or root.head.pos_ != "NOUN":
        return False
    if before.head.i != root.head.i:
        return False
    fired("numbers: part of a name before a noun", ent.text, ent.sent.text)
    return True


def in_score(ent: Span) -> bool:
    """'a 3-1 defeat', 'a 5-0 rout': the model took one side of a score for a number."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start >= 2 and doc[start - 1].text == "-":
        start -= 2
    elif start >= 1 and re.fullmatch(r"\d+-", doc[start - 1].text):
        start -= 1  # 'a 1- 0 win': the wire's broken hyphen, tokenised '1-' and '0'
    if end + 1 < len(doc) and doc[end].text == "-":
        end += 2
    written = "".join(t.text for t in doc[start:end])
    return (start, end) != (ent.start, ent.end) and SCORE.match(written) is not None


def is_counted(ent: Span, value: str) -> bool:
    """A cardinal is a key number when it counts a noun, or is written large enough to matter."""
    if counted(ent) is not None or compound_measure(ent) is not None or levels_a_count(ent):
        return True
    if partitive_whole(ent) is not None:
        return True  # 'two of the 13 miners were killed': a count of miners
    if not any(c.isdigit() for c in value):
        return any(w in value.lower() for w in ("hundreds", "thousands", "millions"))
    return not (value.isdigit() and len(value) <= 2)


def levels_a_count(ent: Span) -> bool:
    """'The death toll rose to 45', 'the total was 12': the level a count reached; 'raised the
    toll for October to 93', 'taking his tally for the series to 16': the level a count was
    brought to."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"to", "at"} else None
    if root.dep_ == "attr":
        verb = root.head
    subject = verb_subject(verb) if verb is not None else None
    if subject is not None and lemma(subject) in COUNTING_NOUNS:
        fired("numbers: the level a count reached", ent.text, ent.sent.text)
        return True
    moved = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    if root.head.lower_ == "to" and moved and lemma(moved[0]) in COUNTING_NOUNS:
        fired("numbers: the level a count was brought to", ent.text, ent.sent.text)
        return True
    return False


AGE = re.compile(r"^(\w+)[- ]years?[- ]old$", re.IGNORECASE)


def age_of(ent: Span) -> str | None:
    """'Frederick Wonham, 58,', 'Howes, 37 years old', 'a 21-year-old student': whose age it is."""
    root = ent.root
    text = " ".join(ent.text.split())
    if AGE.match(text) and root.dep_ == "amod" and root.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # 'U.S. Trust, a 136-year-old institution': U.S. Trust's age
        person = entity_at(noun)
        if person is not None:
            return " ".join(person.text.split())
        kept = [t for t in noun.lefts if t.dep_ in {"amod", "compound"} and t.i >= ent.end]
        return words_text([*kept, noun])  # 'the 52-year-old French national': French national
    if len(ent) != 1 or not root.like_num or not root.text.isdigit() or int(root.text) > 120:
        return None
    head = root.head
    if root.dep_ not in {"appos", "npadvmod", "amod", "nummod"} or head.ent_type_ != "PERSON":
        return None
    if root.i == 0 or ent.doc[root.i - 1].text != ",":
        return None
    person = entity_at(head)
    return " ".join(person.text.split()) if person is not None else head.text


def weighs(unit: Token) -> bool:
    """'pound' is a weight as often as a sum ('1,300 pounds of fertilizer')."""
    return unit.lower_.split("-")[-1] in {"pound", "pounds"}


def unlabelled_sums(doc: Doc) -> list[Span]:
    """'1.175 billion ringgit (470 million dollars)', '50 million kina (36 million dollars)': a sum
    in a currency the model often misses, known by its equivalent in brackets after it."""
    found = []
    for ent in entities(doc):
        end = ent.start - 1  # the '('
        if ent.label_ != "MONEY" or end < 2 or doc[end].text != "(":
            continue
        if doc[end - 1].ent_type_ or not is_money_unit(doc[end - 1].text):
            continue
        start = end - 1
        while start > end - 3 and doc[start - 1].text[:1].isupper():
            start -= 1  # whose currency: 'Canadian dollars', 'Hong Kong dollars'
        while (
            start > 0
            and not doc[start - 1].ent_type_
            and (doc[start - 1].like_num or doc[start - 1].lower_ in SCALES)
        ):
            start -= 1
        if not doc[start].like_num:
            continue
        start -= hedge_length(doc, start)  # 'more than', 'around'
        fired("numbers: a sum the model missed before its equivalent", doc[start:end].text)
        found.append(Span(doc, start, end, label="MONEY"))
    return found


YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def unlabelled_counts(doc: Doc) -> list[Span]:
    """'Eleven people, including four lawmakers, have been arrested', 'Twenty-seven foreign drug
    traffickers': a count of a plural noun the model left unlabelled, most often one spelt out
    at the start of a sentence."""
    found = []
    for token in doc:
        if token.ent_type_ or token.dep_ != "nummod" or not token.like_num:
            continue
        if token.head.tag_ != "NNS" or token.head.i < token.i or doc[token.i - 1].like_num:
            continue
        if token.lower_ in SCALES or token.lower_ == "one" or YEAR.fullmatch(token.text):
            continue  # 'a million people', 'one of the leaders', 'the 2002 semifinals'
        if doc[token.i - 1].lower_ in {"a", "an"}:
            continue
        start = token.i - hedge_length(doc, token.i)  # 'more than', 'around'
        fired("numbers: a count the model missed", token.sent.text[:120], token.text)
        found.append(Span(doc, start, token.i + 1, label="CARDINAL"))
    return found


def joined(numbers: list[NumberFinding]) -> list[NumberFinding]:
    out: list[NumberFinding] = []
    for number in numbers:
        if out and number.span.end <= out[-1].span.end:
            continue  # inside the brackets the number before runs through
        if out and belongs_to(out[-1], number):
            first = out[-1]
            doc = first.span.doc
            span = through_bracket(doc[first.span.start : max(number.span.end, first.span.end + 1)])
            value = words_whole(span.text)
            out[-1] = NumberFinding(span, value, first.what, first.kind, first.fields)
            continue
        out.append(number)
    return out


CONVERSION_TAIL = 12
"""How far past an equivalent in brackets its closing bracket may be ('(5,500 US)')."""


def through_bracket(span: Span) -> Span:
    """'almost 7,000 dollars (5,500 US)': a value with its equivalent runs to the closing bracket,
    past the words of its unit the model left out of the number ('US', 'U.S.dollars')."""
    doc = span.doc
    if "(" not in span.text or span.text.count(")") >= span.text.count("("):
        return span
    for k in range(span.end, min(span.end + CONVERSION_TAIL, len(doc))):
        if doc[k].text == ")":
            return doc[span.start : k + 1]
        if (doc[k].is_punct and doc[k].text not in {",", "-"}) or doc[k].is_space:
            break  # '(2,945 dollars, 2,220 euros)', '(14.8-billion-euro, 19.8-billion-dollar)'
    return span


def belongs_to(first: NumberFinding, number: NumberFinding) -> bool:
    """NUMBER is FIRST's equivalent in brackets or in percent, or the level a change of FIRST reached."""
    doc = first.span.doc
    between = doc[first.span.end : number.span.start].text.strip()
    if between == "(":
        return True
    if between == ", or" and first.fields.get("change") and number.kind == "percent":
        fired("numbers: a change restated in percent", first.span.text, number.span.text)
        return True  # 'gained 179.01 points, or 1.2 percent': one change, said twice
    return first.kind == "percent" and between in {"to", "at"} and number.kind != "percent"
