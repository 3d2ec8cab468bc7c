"""Stretches of time as key numbers ('for 22 months', 'the four-day visit'), with what each is
the length of: the noun it measures, the clause it is 'for' or the period over which something
happened, or the time since or until what a clause tells."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.group_words import is_group_word
from generator.extract.hits import fired
from generator.extract.names import entity_at, is_title_word
from generator.extract.number_measures import EXTREMES, TIME_UNITS, compound_measure, compound_of
from generator.extract.number_nouns import counted, noun_phrase
from generator.extract.number_values import number_fields
from generator.extract.number_verbs import RELATIVES
from generator.extract.sentences import (
    in_sentence,
    outside_subtrees,
    verb_subject,
    words_text,
    words_whole,
)
from generator.extract.since_last import time_since_last
from generator.extract.time_phrases import FRAME_WORDS, frames, margin, time_it_took
from generator.lemmas import lemma
from generator.records import NumberFinding


def duration(doc: Doc, start: int, end: int) -> NumberFinding | None:
    """A stretch of time as a number: 'for 22 months', 'the four-day visit' (what it measures is
    the noun it modifies, when it modifies one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    value = words_whole(span.text)
    fields = number_fields(span, "duration")
    units = [t.lower_.rstrip("s") for t in span if t.lower_.rstrip("s") in TIME_UNITS]
    if units:
        fields["unit"] = units[-1]
    compound = compound_of(span)
    if compound is not None and compound[2].lower_ in EXTREMES:
        fired("numbers: the stretch an extreme is one of", value, span.sent.text)
        return None  # 'an 18-year high', 'a two-month low': no length the story reports
    if part_of_a_time(span):
        fired("numbers: a part of a time is a date, not a length", value, span.sent.text)
        return None  # 'in the first nine months of 2005': when, as the dates tell
    fired("numbers: a duration", value, span.sent.text)
    measure = compound_measure(span)  # 'the four-month-long hostage case'
    noun = measure[2] if measure is not None else counted(span)
    what = noun_phrase(noun, span) if noun is not None else None
    if what:
        return NumberFinding(span, value, f"length of {what}", "duration", fields)
    what = stretch_of(span) or sentence_of(span) or how_long(span) or time_from(span)
    what = what or time_later(span) or time_since_last(span)
    what = what or time_given(span) or time_it_took(span) or margin(span)
    return NumberFinding(span, value, what, "duration", fields)


def part_of_a_time(span: Span) -> bool:
    """'the first nine months of 2005', 'the final two weeks of May': a stretch of a date (not
    '100 days of the year', how many)."""
    root = span.root
    placed = any(c.dep_ == "amod" and c.lower_ in FRAME_WORDS for c in root.children)
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    return placed and any(
        t.dep_ == "pobj" and t.ent_type_ == "DATE" for p in of for t in p.children
    )


STRETCH_VERBS = frozenset({"take", "last"})
"""'Construction will take five years', 'a voyage lasting 120 days': how long something is."""
NO_LENGTH = frozenset(
    {"average", "total", "maximum", "minimum", "period", "span", "spell", "space", "time"}
)
"""'an average of 64 days', 'a period of five years': the noun says nothing of what it measures."""


def stretch_of(span: Span) -> str | None:
    """What a stretch of time is the length of, when a noun or a verb of duration says: 'a ban of
    12 months' (the ban), 'interactions between Mbeki and Zuma over the last two months' (the
    period of the interactions), 'it took engineers six hours to fix the tram' (the time to fix
    the tram), 'construction will take five years' (the construction)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        noun = head.head
        if lemma(noun) in NO_LENGTH:
            return None
        if head.lower_ == "of":  # not 'sentences of between 12 and 15 years': the number's own
            what = noun_phrase(noun, span, with_phrase=False)
            fired("numbers: a noun's length", span.text, what)
            return f"length of {what}" if what else None
        if frames(head, span):
            what = noun_phrase(noun, span)
            fired("numbers: the period of what a noun tells", span.text, what)
            return f"period of {what}" if what else None
    if root.dep_ in {"dobj", "npadvmod"} and lemma(head) in STRETCH_VERBS:
        return time_taken(head, span)
    return None


def time_taken(verb: Token, span: Span) -> str | None:
    """'took engineers six hours to fix the tram system': the time to fix it; 'construction will
    take five years', 'a voyage lasting 120 days': the length of the construction, the voyage."""
    purpose = infinitive_after(verb, span)
    if purpose is not None:
        return time_to_do(purpose, span)
    thing = verb.head if verb.dep_ == "acl" else verb_subject(verb)
    if thing is None or thing.pos_ != "NOUN" or is_group_word(thing) or is_title_word(thing):
        return None  # 'the miners took 14 hours': they did not last it
    what = noun_phrase(thing, span)
    fired("numbers: the length of what takes it", span.text, what)
    return f"length of {what}" if what else None


def infinitive_after(verb: Token, span: Span) -> Token | None:
    """The to-infinitive after SPAN that tells what its time is for: a clause of VERB ('took six
    hours to fix', 'would need 110 days to organize a ballot') or of the stretch itself ('have
    15 days to name a prime minister')."""
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.i > span.end]
    clauses += [c for c in span.root.children if c.dep_ in {"relcl", "acl"} and c.i > span.end]
    return next((c for c in clauses if any(a.tag_ == "TO" for a in c.children)), None)


def time_to_do(purpose: Token, span: Span) -> str | None:
    """'time to fix the tram system': the infinitive's words, up to what may be another clause."""
    words = []
    for token in purpose.subtree:  # up to 'and': what follows may be another clause
        if token.dep_ == "cc" or token.is_punct:
            break
        words.append(token)
    if len(words) > MAX_CLAUSE_WORDS or any(t.like_num for t in words):
        return None
    fired("numbers: the time it takes to do", span.text, words_text(words))
    return f"time {words_text(words)}"


def time_given(span: Span) -> str | None:
    """A stretch someone has, needs or is given to do something ('would need 110 days to organize
    a ballot', 'give both sides two months to reach a compromise'): the time to do it; and one
    after which something happened ('were rescued after five days'): the time before it, or
    what the stretch was spent on ('arrested after four years on the run': time on the run)."""
    root = span.root
    if root.dep_ == "dobj" and root.head.pos_ in {"VERB", "AUX"}:
        purpose = infinitive_after(root.head, span)
        return time_to_do(purpose, span) if purpose is not None else None
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "after" or prep.head.pos_ != "VERB":
        return None
    spent = next((c for c in root.children if c.dep_ == "prep" and c.i == span.end), None)
    if spent is not None and spent.lower_ in SPENT_IN:
        place = next((c for c in spent.children if c.dep_ == "pobj"), spent)
        words = [t for t in spent.subtree if t.i <= place.i]  # 'at the helm' (of the body)
        if len(words) <= MAX_PHRASE_WORDS:
            fired("numbers: what a stretch was spent on", span.text, span.sent.text)
            return "time " + words_text(words)
    said = clause_of(prep.head, prep)
    if said is None:
        return None
    fired("numbers: the time before a clause", span.text, said)
    return f"time before {said}"


MAX_PHRASE_WORDS = 4
SPENT_IN = frozenset({"on", "in", "as", "at", "behind", "under", "without", "out"})
"""'after four years on the run', 'as a colony', 'at the helm': how the stretch was spent (not
'after 18 minutes with a crisp volley', how what came after it was done)."""
MAX_CLAUSE_WORDS = 10
CLAUSE_PARTS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prep", "acomp", "attr", "dobj", "prt"}
    | {"xcomp", "advmod"}
)


def stretch_on_its_own(span: Span) -> bool:
    """A bare stretch of time beside a verb that has no object is how long it lasted ('remained
    outside the station five hours'); not a time from another ('three days before the summit',
    'one minute into injury time'), a frequency ('every two months'), 'one day' (some day), or
    a stretch given to someone ('give both sides two months')."""
    root, doc = span.root, span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start else ""
    return not (
        after in RELATIVE_TO | {"ago", "into", "later", "earlier"}
        or before in {"every", "each", "once", "per"}
        or span[0].lower_ in {"one", "a", "an"}
        or any(c.dep_ in {"dobj", "dative", "prep"} for c in root.children)
        or any(c.dep_ in {"dobj", "dative"} for c in root.head.children)
    )


SENTENCING = frozenset({"sentence", "condemn"})
"""'was sentenced to 13 years in jail': the stretch is the sentence's length."""


def sentence_of(span: Span) -> str | None:
    """'X was sentenced to 13 years in jail', 'condemned to ten years': the length of the
    sentence, and whose it is when the text names them."""
    root = span.root
    prep = root.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ not in {"to", "for"}
        or lemma(prep.head) not in SENTENCING
    ):
        return None
    subject = verb_subject(prep.head)
    name = entity_at(subject) if subject is not None else None
    fired("numbers: the length of a sentence", span.text, span.sent.text)
    if name is not None and name.label_ == "PERSON":
        return f"length of {' '.join(name.text.split())}'s sentence"
    return "length of sentence"


SPENT = frozenset({"spend", "serve"})
"""'spent three years in jail', 'served 20 years behind bars': how long someone was there."""


def how_long(span: Span) -> str | None:
    """'Afghanistan has been at war for twenty years': how long Afghanistan has been at war, the
    clause the stretch of time is 'for', without it; 'exports fell over the past nine months':
    the period over which exports fell; 'remained outside the station five hours', 'spent three
    years in jail': how long the clause lasted."""
    root = span.root
    spent = root.dep_ == "dobj" and lemma(root.head) in SPENT
    if (root.dep_ == "npadvmod" or spent) and root.head.pos_ == "VERB":
        if not spent and not stretch_on_its_own(span):
            return None
        said = clause_of(root.head, root)
        if said is None:
            return None
        fired("numbers: how long a clause the stretch measures", span.text, said)
        return f"how long {said}"
    if root.dep_ != "pobj" or root.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    prep = root.head
    if prep.lower_ == "for":
        kind = "how long"
    elif frames(prep, span):
        kind = f"period {prep.lower_} which"
    else:
        return None
    said = clause_of(prep.head, prep)
    if said is None and kind == "how long":
        said = infinitive_of(prep.head, prep)
    if said is None:  # a long clause told short: 'In the past 18 months, the CDC has set up ...'
        said = short_clause(prep.head)
    if said is None:
        return None
    fired(f"numbers: {kind} a clause", span.text, said)
    return f"{kind} {said}"


def clause_of(verb: Token, leave_out: Token) -> str | None:
    """VERB's clause as a short text with its subject, without LEAVE_OUT's phrase; for 'exports
    were unlikely to rise', the whole clause."""
    while verb.dep_ in {"xcomp", "acomp"} and verb_subject(verb) is None:
        verb = verb.head
    subject = verb_subject(verb)
    if subject is None:
        return None
    antecedent = named_antecedent(verb) if subject.lower_ in RELATIVES else None
    if subject.lower_ in RELATIVES and antecedent is None:
        return None  # a relative clause's subject the clause alone does not name
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None  # 'for Poland to join the euro zone': no clause of its own
    words = clause_words(verb, leave_out)
    if antecedent is not None:  # 'Tapie, who was jailed for eight months': Tapie was jailed
        words = [t for t in words if t.i != subject.i]
    left_out = len([t for t in leave_out.subtree if words[0].i < t.i < words[-1].i])
    if (
        len(words) > MAX_CLAUSE_WORDS
        or words[-1].i - words[0].i + 1 != len(words) + left_out  # 'spent [three years] in jail'
        or words[0].i < subject.left_edge.i  # "could this mine be in operation": a question
        or any(t.like_num or t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in words)
        or (words[-1].pos_ == "ADP" and words[-1].dep_ != "prt")  # 'this will last for'
    ):
        return None  # a long clause, or one with words of another in between
    if antecedent is not None:
        fired("numbers: how long the one a relative clause names", antecedent, words_text(words))
        return f"{antecedent} {words_text(words)}"
    return in_sentence(words)


def short_clause(verb: Token) -> str | None:
    """A long clause as its subject, verb and object, when the subject is a name or a phrase
    (not 'who' or 'which') and the verb says what happened (not 'was', nor 'to decline')."""
    subject = verb_subject(verb)
    if subject is None or subject.lower_ in RELATIVES or lemma(verb) == "be":
        return None
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    words = clause_core(verb)
    if not words or words[0].i != subject.left_edge.i:
        return None  # 'could this coal mine be': a question
    return in_sentence(words)


def clause_words(verb: Token, leave_out: Token, parts: frozenset[str] = CLAUSE_PARTS) -> list:
    """VERB and the PARTS of its clause, in text order, without LEAVE_OUT's phrase or dates."""
    words = [verb]
    for child in verb.children:
        if child.dep_ == "advmod" and child.i > verb.i:
            continue  # 'he also served' needs its 'also'; 'has climbed steadily' not its manner
        if child.dep_ in parts and child.i != leave_out.i and not dated(child):
            words += outside_subtrees(child.subtree, [leave_out])
    return sorted(words, key=lambda t: t.i)


def infinitive_of(verb: Token, leave_out: Token) -> str | None:
    """'permit the navy to use a base for 20 years': how long to use a base, when the clause
    the infinitive hangs on does not name who does it (not 'the first Argentine to reach the
    final for 31 years', where the infinitive tells what a noun is)."""
    if verb.dep_ not in {"xcomp", "advcl", "ccomp"} or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    ):
        return None
    before = verb.doc[verb.i - 2] if verb.i >= 2 else verb
    if any(c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" for c in before.children):
        return None  # 'the first Argentine to reach the final for 31 years': since when
    words = clause_words(verb, leave_out, parts=CLAUSE_PARTS - {"nsubj", "nsubjpass", "aux"})
    left_out = len([t for t in leave_out.subtree if words[0].i < t.i < words[-1].i])
    if (
        len(words) + 1 > MAX_CLAUSE_WORDS
        or words[-1].i - words[0].i + 1 != len(words) + left_out
        or any(t.like_num or t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in words)
    ):
        return None
    fired("numbers: how long to do what an infinitive tells", leave_out.text, words_text(words))
    return "to " + words_text(words)


def named_antecedent(verb: Token) -> str | None:
    """The name a relative clause hangs on ('Tapie, who ...'), or the noun ('the dam, which ...',
    'an area which ...': the area)."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    name = entity_at(head)
    if name is not None and name.label_ in {"PERSON", "ORG", "GPE"}:
        return " ".join(name.text.split())
    words = [c for c in head.lefts if c.dep_ == "compound"] + [head]
    if head.pos_ == "PROPN":
        return words_text(words)
    if head.pos_ == "NOUN" and any(c.dep_ == "det" for c in head.lefts):
        return "the " + words_text(words)  # 'the dam, which has been closed for 22 months',
    return None  # 'an area which has been gripped by lawlessness for two months': the area


def dated(child: Token) -> bool:
    """'served as ambassador for four years from 1988': the dates say when, the clause says what."""
    dates = [t.ent_type_ in {"DATE", "TIME"} for t in child.subtree if t.i != child.i]
    return child.dep_ == "prep" and bool(dates) and all(dates)


RELATIVE_TO = frozenset({"since", "after", "before"})


def time_from(span: Span) -> str | None:
    """'15 years since China issued its first white paper', 'roughly 40 minutes after the
    operation began': the time since or until what the clause after it tells; a long clause
    told short ('10 weeks after he was jailed over a match-rigging scandal': after he was
    jailed), a long phrase by its noun ('15 months after a massive sodium leak at its reactor')."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in RELATIVE_TO:
        return None
    word = doc[span.end]
    clause = [t for t in (word.head if word.dep_ == "mark" else word).subtree if t.i > word.i]
    if not told_whole(clause):
        objects = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        clause = clause_core(word.head) if word.dep_ == "mark" else noun_core(objects)
    if not told_whole(clause):
        return None
    fired("numbers: time since or until a clause", span.text, words_text(clause))
    return f"time {word.lower_} {words_text(clause)}"


def told_whole(clause: list[Token]) -> bool:
    """A short run of words, with no number or punctuation in it."""
    return (
        0 < len(clause) <= MAX_CLAUSE_WORDS
        and clause[-1].i - clause[0].i + 1 == len(clause)
        and not any(t.pos_ == "NUM" or t.is_punct for t in clause)
    )


def noun_core(nouns: list[Token]) -> list[Token]:
    """A noun with the words before it and its 'of' phrase, without what else follows it ('a
    massive sodium leak', 'the end of the war'); none for a noun a clause or an apposition goes
    on to tell of ('his predecessor Donald Rumsfeld, blamed for ..., left')."""
    if not nouns:
        return []
    noun = nouns[0]
    if any(c.dep_ in {"appos", "acl", "relcl"} for c in noun.children):
        return []
    words = [t for t in noun.subtree if t.i <= noun.i]
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
    return words + (list(of[0].subtree) if of else [])


def time_later(span: Span) -> str | None:
    """'He died two months later', 'police arrested him two hours later': the time before what
    the clause tells, counted from an event the story told before."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "later":
        return None
    later = doc[span.end]
    if later.head.pos_ != "VERB":
        return None
    said = clause_of(later.head, later)
    if said is None:
        return None
    fired("numbers: the time before a clause, from an earlier event", span.text, said)
    return f"time before {said}"


CORE_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj"})


def clause_core(verb: Token) -> list[Token]:
    """A long clause told short: its subject, verb and object, each without the phrases after
    it ('a German court implicated Iranian leaders', not '... in the killing of four ...')."""
    if verb.pos_ not in {"VERB", "AUX"} or verb_subject(verb) is None:
        return []
    words = [verb]
    for child in verb.children:
        if child.dep_ in CORE_PARTS:
            words += [t for t in child.subtree if t.i <= child.i]  # the word and what precedes it
    words.sort(key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        return []  # words of other phrases in between: no short form
    fired("numbers: a long clause told short", verb.text, words_text(words))
    return words
