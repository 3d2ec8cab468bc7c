"""What goes on from a statement before it: a second saying verb ('X said ..., adding that
...', 'MGM said ..., and added ...'), whose words it gives where the parse hangs it on what was
said; and a quotation with no attribution of its own ('"...," Li said. "..."'), whose speaker
is the statement's before it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS as SAYING
from generator.extract.names import is_title_word
from generator.extract.said_in import sayer
from generator.extract.sentences import doc_text, has_the
from generator.extract.subjects import PERSON_PRONOUNS
from generator.lemmas import lemma
from generator.records import Entity, Participant, QuoteFinding


def inherited_sayer(verb: Token) -> Token | None:
    """'Blinken reiterated ..., stressing that ...': the participle's sayer is its clause's;
    'MGM said the offering won't cover the cost, and added it will need more': the parse hangs
    'added' on what was said, but the saying is the first sayer's."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return completed_sayer(verb)
    if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.tag_ not in {"VBG", "VBD", "VBZ", "VBP"}:
        return None
    said = verb.head
    saying = said.head
    if said.dep_ == "ccomp" and lemma(saying) in SAYING and saying.i < said.i:
        if goes_on_from(verb, said, saying) or set_off_participle(verb, sayer(said)):
            fired("quote: a second saying verb hung on what the first said", verb.sent.text)
            return sayer(saying)
    return sayer(said)


COMPLETED = frozenset(
    {"go", "continue", "keep", "begin", "start", "proceed", "want", "wish", "try", "hasten"}
)
"""Verbs a saying verb completes with its subject's words: 'went on to add', 'continues to
insist', 'wanted to stress' (not 'refused to say', 'declined to comment': nothing said; nor
'seemed to indicate': a sign, not a speaker)."""


def completed_sayer(verb: Token) -> Token | None:
    """'He went on to add that "..."', 'she wanted to stress that ...': a saying verb that
    completes another says what that verb's subject says; not 'urged them to say', whose object
    speaks, nor 'was asked to say'."""
    head = verb.head
    if lemma(head) not in COMPLETED or any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children):
        return None  # not 'refused to say how many', 'decided to dismiss him'
    found = sayer(head)
    if found is not None:
        fired("quote: the subject of the verb a saying verb completes", verb.sent.text)
    return found


def set_off_participle(verb: Token, reported: Token | None) -> bool:
    """'X said the result was strong, noting that ...': a saying participle after a comma goes
    on from the first saying, not from what was said, unless a person is what was said's
    subject ('the statement said Yeo had written to Downer, stressing that ...': Yeo's)."""
    if reported is not None and (
        reported.lower_ in PEOPLE
        or is_title_word(reported)
        or any(t.ent_type_ == "PERSON" for t in reported.subtree)
    ):
        return False
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and lemma(verb) in GOING_ON
        and verb.doc[verb.i - 1].text == ","
    )


PEOPLE = PERSON_PRONOUNS | {"they"}
GOING_ON = frozenset({"add", "note", "say", "stress", "state", "emphasize", "emphasise"})
"""Saying verbs that only go on with what was being said ('adding', 'noting'); not 'arguing'
or 'warning', which may be whoever the clause before names ('the attorneys had filed a
request, arguing that ...')."""


def goes_on(said: Token, saying: Token) -> Token | None:
    """The second saying verb the parse hangs on what SAYING said: no part of it."""
    return next((c for c in said.children if goes_on_from(c, said, saying)), None)


def goes_on_from(verb: Token, said: Token, saying: Token) -> bool:
    """VERB is a second saying verb coordinated with SAID that goes on from SAYING."""
    return verb.dep_ == "conj" and lemma(verb) in SAYING and tells_on(verb, said, saying)


def tells_on(verb: Token, said: Token, saying: Token) -> bool:
    """VERB goes on from SAYING rather than from SAID: it has SAYING's tense, not SAID's, and
    shares no perfect with SAID ('he has contacted them and asked them')."""
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in said.children)
    return verb.tag_ == saying.tag_ != said.tag_ and not perfect


def continued_from(found: list[QuoteFinding], quote: Span) -> QuoteFinding | None:
    """'"We will not threaten anyone," Li said. "We will help as much as possible."': a quotation
    whose sentence names no speaker, in the paragraph of a direct quote just before it that
    has one, goes on with that statement (rather than taking the next sentence's speaker)."""
    previous = found[-1] if found else None
    if previous is None or previous.kind != "direct" or previous.speaker is None:
        return None
    if "\n" in doc_text(quote.doc)[previous.end : quote.start_char]:
        return None
    if quote.sent.start - last_sentence(previous).end > 1:
        return None
    fired("quote: goes on with the statement before in its paragraph", quote.text)
    return previous


def described_again(
    token: Token | None, speaker: Participant | None, found: list[QuoteFinding], sentence: Span
) -> bool:
    """'"...," added the Dutchman', 'said the 23-year-old': a speaker the text names only by a
    description with 'the' is the person quoted just before."""
    if not isinstance(speaker, str) or token is None or not found or not has_the(token):
        return False
    person_word = is_title_word(token) or token.ent_type_ == "NORP"
    if token.tag_ not in {"NN", "NNP"} or not person_word:
        return False  # 'the captain', 'the Dutchman'; not a name, nor 'the statement'
    before = found[-1]
    if not isinstance(before.speaker, Entity) or before.speaker.kind != "person":
        return False
    if sentence.start - before.sentence.end > 1:
        return False
    fired("quote: a description is the person quoted before", token.text, before.speaker.name)
    return True


def someone_else(statement: QuoteFinding) -> bool:
    """Whether the statement's sentence names a person other than its speaker ('Gotz admitted
    ... but the Brazilian star hit back at Kovac'): the next quotation may be theirs."""
    speaker = statement.speaker
    name = speaker.name if isinstance(speaker, Entity) else str(speaker)
    for ent in statement.sentence.ents:
        if ent.label_ == "PERSON" and not set(ent.text.split()) <= set(name.split()):
            return True
    person = isinstance(speaker, Entity) and speaker.kind == "person"
    return not person and any(t.lower_ in PERSON_PRONOUNS for t in statement.sentence)


def carried_on(quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """'He acknowledged that the programme remained under-funded. "We have 60 to 70 million
    doses ..."': a quotation that opens a sentence and names no speaker goes on with the
    speaker of the statement just before it."""
    out: list[QuoteFinding] = []
    for quote in quotes:
        before = out[-1] if out else None
        if (
            quote.speaker is None
            and quote.kind == "direct"
            and before is not None
            and before.speaker is not None
            and quote.start <= quote.sentence.start_char + 1
            and 0 <= quote.sentence.start - last_sentence(before).end <= 1
            and not someone_else(before)
        ):
            fired("quote: goes on with the speaker before it", quote.text, before.sentence.text)
            quote = replace(quote, speaker=before.speaker, goes_on=True)
        out.append(quote)
    return out


def last_sentence(quote: QuoteFinding) -> Span:
    """The sentence a quotation ends in: '"... all the time. No matter ... security," Boonsang
    said.' ends in its second sentence, which names its speaker."""
    ends = quote.sentence.doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    return ends.sent if ends is not None and ends.start >= quote.sentence.start else quote.sentence
