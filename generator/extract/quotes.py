"""Quotes: direct speech in quotation marks and reported speech, each with its speaker.

Direct quotes are found by their marks (straight, curly and the ``...'' of wire copy, paired by
their shape in quotations.py; one that runs on into the next paragraph is one quotation); the
speaker is the subject of a speech verb in the same sentence (or the next, for a quote that
ends one sentence and is attributed in the following one), or the object of "according to".
Reported speech is the clause a saying verb reports ("police said the gunmen fled": "the
gunmen fled"). The speaker resolves as an event's doer does (participants.py): an actor, a
pronoun or description the text ties to one, or the unnamed source as the text names it ("a
Foreign Office spokesman").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.fragments import fragment_quote, said_once, told_once
from generator.extract.going_on import (
    carried_on,
    continued_from,
    described_again,
    goes_on,
    inherited_sayer,
)
from generator.extract.hits import fired
from generator.extract.lexicon import OPINION_VERBS, STANCE_VERBS
from generator.extract.lexicon import SAYING_VERBS as SAYING
from generator.extract.names import is_title_word
from generator.extract.participants import Participants
from generator.extract.phrases import phrase
from generator.extract.quotations import (
    MIN_WORDS,
    attributes_back,
    closing_mark,
    names_a_thing,
    next_sentence,
    quotations,
    run_on_speakers,
)
from generator.extract.reported_views import asks, held_view, is_reported
from generator.extract.said_in import (
    NAMING_VERBS,
    closing_sayer,
    names_another,
    only_names_speaker,
    pleaded,
    sayer,
    stance_holder,
    trailing_sayer,
)
from generator.extract.said_what import without_according_to, without_saying_date
from generator.extract.sentences import (
    according_to,
    doc_text,
    is_reported_clause,
    lowers,
    sentences,
    verbs_in,
    words_text,
)
from generator.lemmas import lemma
from generator.records import Entity, Participant, QuoteFinding


def speaker_token(sentence: Span, quote: Span | None = None) -> Token | None:
    """The subject of the speech verb nearest the QUOTE, or the object of 'according to', in the
    sentence (outside the QUOTE itself: a quotation may hold saying verbs of its own)."""
    doc = sentence.doc
    words = lowers(doc)
    inside = range(quote.start, quote.end) if quote is not None else range(0)
    source = according_to(sentence)
    if source is not None and source.i not in inside:  # not the quote's own 'according to plan'
        return source
    order = range(sentence.start, sentence.end)  # 'Noting X told him Y, Z said: "..."': Z's
    order = sorted(order, key=lambda i: min(abs(i - inside.start), abs(i - inside.stop)))
    for i in order:
        if i in inside:
            continue
        if words[i] not in SAYING and (doc[i].pos_ != "VERB" or lemma(doc[i]) not in SAYING):
            continue
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"}:
            found = sayer(token, inside) or inherited_sayer(token)
            if found is not None:
                return found
    return None


def find_quotes(doc: Doc, participants: Participants, start_at: int = 0) -> list[QuoteFinding]:
    """Every direct and reported quote of the story, in text order."""
    found: list[QuoteFinding] = []
    covered: set[int] = set()
    text = doc_text(doc)
    for start, end, inner in quotations(text, start_at):
        if len(inner.split()) < MIN_WORDS:
            continue
        if names_a_thing(text, start, inner):
            continue  # 'a forum themed "Nature, Science and Harmony"', 'dubbed "Great Prophet"'
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        if within_reported_clause(span):
            continue  # 'McHugh said the bomb ... and "would have caused massive destruction"'
        token = speaker_token(sentence, span) or speaker_in_last(span) or stance_holder(span)
        before = continued_from(found, span) if token is None else None
        following = next_sentence(doc, max(sentence.end, span.end))
        if before is None and token is None and following is not None:
            if attributes_back(span, following):
                token = speaker_token(following, span)
        quoted = (span.start, span.end)
        speaker = participants.speaker(token, quoted) if token is not None else None
        if not isinstance(speaker, Entity) and token is not None:
            speaker = untagged_name(token, participants) or speaker
        if described_again(token, speaker, found, sentence):
            speaker = found[-1].speaker  # '"...," added the Dutchman': the one just quoted
        if speaker is None and found and (found[-1].kind == "direct" or found[-1].marked):
            if sentence.start - found[-1].sentence.end <= 1:  # runs on after its attribution
                speaker = found[-1].speaker
                if token is None:  # not '"...," it said', an attribution of its own
                    before = found[-1]
        if before is not None:
            speaker = before.speaker
        covered.update(range(span.start, span.end))
        fragment = fragment_quote(span, token, speaker)
        if fragment is not None:
            found.append(fragment)
            covered.update(range(doc.char_span(fragment.start, fragment.end).start, span.end))
            continue
        words = " ".join(inner.split())
        found.append(
            QuoteFinding(start, end, words, "direct", speaker, sentence, None, before is not None)
        )
    found = run_on_speakers(found, text)
    for sentence in sentences(doc):
        if sentence.end_char <= start_at:
            continue
        found += reported(sentence, participants, covered)
    found = carried_on(sorted(said_once(told_once(found)), key=lambda q: q.start))
    return [pleaded(q, participants.speaker) for q in found]


def speaker_in_last(quote: Span) -> Token | None:
    """'"They are under our care. We will make them available," he told local media.': a
    quotation of several sentences is attributed in the one it ends in."""
    ends = quote[-1].sent
    if ends.start == quote.sent.start:
        return None
    found = speaker_token(ends, quote)
    if found is not None:
        fired("quote: the speaker in the sentence a quotation ends in", quote.text[:80])
    return found


def untagged_name(token: Token, participants: Participants) -> Participant | None:
    """'"...," Meles said': a capitalised name the model left untagged says the quote: the one
    person of the story whose name holds it ('Meles Zenawi'), else the name as written (only a
    person or a body says something)."""
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper() or token.ent_type_:
        return None  # ('Meles' may be read as a plural noun)
    if is_title_word(token):
        return None  # 'said Vice Minister of Personnel Yin Weimin': a title, not a name
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    if words[0].i + len(words) - 1 != token.i:
        return None
    name = " ".join(t.text for t in words)
    people = [
        a
        for a in participants.actors
        if a.kind == "person" and {t.text for t in words} <= set(a.name.split())
    ]
    if len(people) == 1:
        fired("quote: an untagged name is a person's of the story", name, people[0].name)
        return people[0]
    if token.pos_ != "PROPN":
        return None
    fired("quote: an untagged name says it", name, token.sent.text)
    return name


def reported(sentence: Span, participants: Participants, covered: set[int]) -> list[QuoteFinding]:
    """What SENTENCE reports someone as saying, outside direct quotes: the clause of a saying verb
    ('X said that Y', 'stressing that Y'), or the whole sentence when it is told 'according to
    X' or 'as X noted'."""
    out = []
    for verb in verbs_in(sentence):
        if lemma(verb) in OPINION_VERBS and held_view(verb):
            fired("quote: a view told with a clause of its own", sentence.text)
        elif lemma(verb) not in SAYING and lemma(verb) not in STANCE_VERBS:
            continue
        token = sayer(verb) or inherited_sayer(verb)
        if token is not None and token.lower_ in SHARES:
            fired("quote: a share of those polled says no statement", sentence.text)
            continue  # '41 percent of those polled said they would vote SPD': a poll's finding
        speaker = participants.speaker(token) if token is not None else None
        if speaker is None:
            continue
        clauses = reported_clauses(verb)
        if not clauses and lemma(verb) in STANCE_VERBS:
            quote = stance_quote(verb, speaker, covered)
            out += [quote] if quote is not None else []
            continue
        closing = not clauses and closing_sayer(verb) is not None
        if closing:
            clauses = [sentence.root]  # '..., officials said on Wednesday.'
        elif not clauses and is_aside(verb):
            clauses = [verb.head]  # 'as Bohl noted, the meeting also means ...'
        if (
            len(clauses) > 1
            and adjoining(clauses)
            and not any(overlaps(c, covered) for c in clauses)
        ):
            quote = clause_quote(sentence, clauses[0], speaker, last=clauses[-1])
            out += [quote] if quote is not None else []
            continue
        clauses = [
            c
            for c in clauses
            if not overlaps(c, covered) and not only_names_speaker(c, token, verb)
        ]
        for clause in clauses:
            aside = verb if clause.i == verb.head.i or closing else None
            if token is not None and clause.left_edge.i <= token.i <= clause.right_edge.i < verb.i:
                aside = token  # '..., a ministry spokesman said.': the parse hung the speaker in
                if names_another(speaker, token, clause):
                    speaker = phrase(token) or speaker
            quote = clause_quote(sentence, clause, speaker, skip=aside or goes_on(clause, verb))
            if quote is not None:
                out.append(quote)
    according = according_to(sentence)
    if according is not None and not out and not overlaps(sentence.root, covered):
        speaker = participants.said_by(according)
        root = sentence.root
        if speaker is not None:
            quote = clause_quote(sentence, root, speaker, skip=according.head.head)
            if quote is not None:
                out.append(quote)
    return out


SHARES = frozenset({"percent", "%", "pct", "half"})
"""A saying verb's subject that is a share of those asked: a poll's finding, not a speaker."""

STANCE_PREPOSITIONS = frozenset({"of", "for", "as", "over"})
"""What a stance is about: 'accused X of ...', 'blamed X for ...', 'dismissed it as ...'."""


def stance_quote(verb: Token, speaker: Participant, covered: set[int]) -> QuoteFinding | None:
    """'Fournier accused Paribas of planning to sell parts of the company': the stance verb with
    its object and what the stance is about, as the subject's reported statement."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or overlaps(objects[0], covered) or is_reported(verb):
        return None  # 'Fournier said his board rejected the bid': his statement holds it
    parts = [verb, objects[0]] + [
        c
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS)
        or (c.dep_ == "advcl" and c.tag_ == "VBG" and lemma(c) in NAMING_VERBS)
    ]
    words = sorted({t for part in parts[1:] for t in part.subtree} | {verb}, key=lambda t: t.i)
    words = [t for t in words if t.i >= verb.i]
    words = words[: next((n for n, t in enumerate(words) if t.is_sent_start and n), len(words))]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    if len(words) < MIN_WORDS:
        return None  # a short stance: 'denied it'
    taken = {t.i for t in words}
    if any(t.i not in taken and not t.is_punct for t in verb.doc[verb.i : words[-1].i]):
        return None  # words of another clause in between: the parse scatters it
    words = list(verb.doc[verb.i : words[-1].i + 1])
    words += closing_mark(words)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    fired("quote: a stance taken", words_text(words)[:60])
    return QuoteFinding(
        start, end, " ".join(words_text(words).split()), "attributed", speaker, verb.sent
    )


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a saying verb reports: its own, or one the parser hung on a word of its
    phrase ('has said in official comments so far that it will remain neutral')."""
    own = [c for c in verb.children if is_reported_clause(c)]
    if own:  # a question's clauses are all of it, however the parse cut them
        return [] if any(asks(c) for c in own) else own
    hung = []
    for token in verb.subtree:
        if token.dep_ != "ccomp" or token.i <= verb.i:
            continue
        path = list(token.ancestors)
        path = path[: next(n for n, a in enumerate(path) if a.i == verb.i)]
        if all(a.pos_ not in {"VERB", "AUX"} or is_attributive(a) for a in path):
            fired("quote: a clause hung on the saying verb's phrase", token.sent.text[:60])
            hung.append(token)
    return hung


def is_attributive(token: Token) -> bool:
    """'announced to visiting Minister X that ...': a participle that only describes a noun."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in {"amod", "pcomp"}
        and not any(c.dep_ in {"aux", "nsubj"} for c in token.children)
    )


def overlaps(clause: Token, covered: set[int]) -> bool:
    """Whether the clause holds words of a direct quote already taken."""
    return any(i in covered for i in range(clause.left_edge.i, clause.right_edge.i + 1))


def within_reported_clause(quote: Span) -> bool:
    """A quotation that ends the clause a saying verb reports, begun in the narrative ('said the
    bomb was destined for Ulster and "would have caused massive destruction"'): one statement,
    taken whole as reported speech."""
    for token in quote:
        clause = next((a for a in token.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or lemma(clause.head) not in SAYING or clause.head.i >= quote.start:
            continue
        opening = [t for t in quote.doc[clause.left_edge.i : quote.start] if t.is_alpha]
        words = [t.i for t in quote if t.is_alpha]
        return len(opening) >= MIN_WORDS and bool(words) and clause.right_edge.i >= words[-1]
    return False


def is_aside(verb: Token) -> bool:
    """'as Bohl noted', ', he added,', ', added the source.': a saying verb set into the clause it
    reports, or after it."""
    if verb.dep_ == "parataxis" or (verb.dep_ != "ROOT" and trailing_sayer(verb) is not None):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def adjoining(clauses: list[Token]) -> bool:
    """Two clauses of one saying verb with only punctuation between them: one statement the
    parser cut in two ('said Navigation Mixte's 1989, or parent-company, profit is ...')."""
    doc = clauses[0].doc
    for first, second in zip(clauses, clauses[1:]):
        gap = doc[first.right_edge.i + 1 : second.left_edge.i]
        if second.left_edge.i <= first.right_edge.i or any(not t.is_punct for t in gap):
            return False
    return True


def opens_the_clause(word: Token, clause: Token) -> bool:
    """'that' of 'said that ...', an 'and' before it: no words of the statement; not the 'if' of
    a condition it opens with ('said if the talks fail, they will leave': kept, or the condition
    would read as a fact)."""
    if word.dep_ == "cc":
        return True
    return word.dep_ == "mark" and (word.head.i == clause.i or word.lower_ == "that")


def reported_subject(verb: Token) -> set[int]:
    """'Coach X said South African players, especially those ..., are looking for teams': the
    parse may give the saying verb a second subject after it, which is the reported clause's;
    the indices of its words."""
    later = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i]
    if not later or not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children
    ):
        return set()
    fired(
        "quote: the subject the parse gave the saying verb is the reported clause's", verb.sent.text
    )
    return {t.i for c in later for t in c.subtree}


def clause_quote(
    sentence: Span,
    clause: Token,
    speaker: Participant,
    skip: Token | None = None,
    last: Token | None = None,
) -> QuoteFinding | None:
    """The words of CLAUSE (through LAST, a clause that continues it) without its 'that', and
    without the subtree of SKIP (the aside or 'according to' phrase that names the speaker), as
    a reported quote."""
    doc = sentence.doc
    subject = reported_subject(clause.head) if clause.dep_ == "ccomp" else set()
    start = min([clause.left_edge.i, *subject])  # 'said players ... are looking': their clause
    words = list(doc[start : (last or clause).right_edge.i + 1])
    if skip is not None:  # the gap it leaves takes its commas with it
        first, last = skip.left_edge.i, skip.right_edge.i
        kept = reported_subject(skip)
        words = [
            t
            for t in words
            if t.i in kept
            or (not first <= t.i <= last and not (t.is_punct and t.i in {first - 1, last + 1}))
        ]
    words = without_according_to(words)
    while words and (opens_the_clause(words[0], clause) or words[0].is_punct):
        words = words[1:]
    words = without_saying_date(words)
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    if len(words) < MIN_WORDS:
        return None
    words += closing_mark(words)
    text = words_text(words)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return QuoteFinding(start, end, " ".join(text.split()), "attributed", speaker, sentence)
