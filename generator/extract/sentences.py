"""A Doc's text, sentences and word columns, worked out once per article: `doc.text` joins every
token and `doc.sents` rebuilds every Span on each call, and the extraction reads them many times."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from generator.extract.hits import fired
from generator.extract.lexicon import TITLE_HEADS, is_head
from generator.nlp import BROKEN_HYPHEN

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Doc, Span, Token

SENTENCES = "factsheet_sentences"
TEXT = "factsheet_text"
LOWERS = "factsheet_lowers"
STARTS = "factsheet_sentence_starts"
QUOTES = "factsheet_quote_marks"
POSITIONS = "factsheet_positions"


def sentences(doc: "Doc") -> "list[Span]":
    cached = doc.user_data.get(SENTENCES)
    if cached is None:
        cached = doc.user_data[SENTENCES] = list(doc.sents)
    return cached


def sentence_of(token: "Token") -> "Span":
    """TOKEN's sentence, found among the cached ones (`token.sent` walks the Doc each time)."""
    spans = sentences(token.doc)
    starts = token.doc.user_data.get(STARTS)
    if starts is None:
        starts = token.doc.user_data[STARTS] = [s.start for s in spans]
    return spans[bisect.bisect_right(starts, token.i) - 1]


def sentences_back(token: "Token", back: int, quotations: list[tuple[int, int]]) -> int:
    """Where the text BACK sentences before TOKEN's starts, a quotation that runs over several
    sentences counting as one: '"We lost ... We came back ... And we want ...," he said' reaches
    back from the quotation's first sentence."""
    sent = sentence_of(token)
    opened = [start for start, end in quotations if start < sent.start_char < end]
    mark = (
        token.doc.char_span(opened[0], opened[0] + 1, alignment_mode="expand") if opened else None
    )
    if mark is not None:
        fired("sentences: a quotation over several sentences is one", sent.text)
        sent = sentence_of(mark[0])
    for _ in range(back):
        if sent.start == 0:
            break
        sent = sentence_of(token.doc[sent.start - 1])
    return sent.start


def quote_marks(doc: "Doc") -> list[int]:
    """The indices of the Doc's quotation marks, in order."""
    cached = doc.user_data.get(QUOTES)
    if cached is None:
        from spacy.attrs import IS_QUOTE

        flags = doc.to_array(IS_QUOTE).tolist()
        cached = doc.user_data[QUOTES] = [
            i
            for i, flag in enumerate(flags)
            if flag
            and doc[i].lower_ != "'s"
            and not (i and flags[i - 1] and not doc[i - 1].whitespace_)  # "``" is one mark
        ]
    return cached


def verbs_in(sentence: "Span") -> "list[Token]":
    """The sentence's verbs, found in the Doc's POS column (not a Token made for every word)."""
    return tagged_in(sentence, "VERB")


def auxiliaries_in(sentence: "Span") -> "list[Token]":
    return tagged_in(sentence, "AUX")


def tagged_in(sentence: "Span", pos: str) -> "list[Token]":
    doc = sentence.doc
    key = f"{POSITIONS}_{pos}"
    positions = doc.user_data.get(key)
    if positions is None:
        from spacy.attrs import POS

        code = doc.vocab.strings[pos]
        positions = doc.user_data[key] = [
            i for i, tag in enumerate(doc.to_array(POS).tolist()) if tag == code
        ]
    start = bisect.bisect_left(positions, sentence.start)
    end = bisect.bisect_left(positions, sentence.end)
    return [doc[i] for i in positions[start:end]]


def according_to(sentence: "Span") -> "Token | None":
    """The object of 'according to' in the sentence: who the sentence's claim is from. Set off
    by no comma, naming no one and no indefinite source ('a recent survey', 'some estimates'),
    it says how, not who: 'prices fluctuate according to the supply', 'according to plan'."""
    words = lowers(sentence.doc)
    for i in range(sentence.start, sentence.end - 1):
        if words[i] == "according" and words[i + 1] == "to":
            source = next((t for t in sentence.doc[i + 1].children if t.dep_ == "pobj"), None)
            if source is None or i == sentence.start or sentence.doc[i - 1].is_punct:
                return source
            named = any(t.ent_type_ for t in source.subtree if t.i <= source.i)
            if named or is_head(source.lower_, TITLE_HEADS) or indefinite(source):
                return source
            fired("'according to' naming no one and set off by no comma: no source", source.text)
            return None
    return None


def indefinite(noun: "Token") -> bool:
    """'a recent survey', 'some estimates': a noun introduced as one of many."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "some"} for c in noun.children)


def who_clause(name: "Token") -> "Token | None":
    """The verb of a relative clause on the name whose subject is 'who': 'X, who is ...'."""
    return next(
        (
            verb
            for verb in name.children
            if verb.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
        ),
        None,
    )


def in_subtrees(token: "Token", heads: "list[Token]") -> bool:
    """Whether TOKEN is in the subtree of one of HEADS."""
    return any(h.left_edge.i <= token.i <= h.right_edge.i for h in heads)


def owns_next(token: "Token") -> bool:
    """TOKEN owns the word after it: "Monday's attack", "the pope's guide"."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"


def has_the(noun: "Token") -> bool:
    """'the trade surplus', 'the captain': a noun the text has introduced, or names as known."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def outside_subtrees(tokens: "Iterable[Token]", heads: "list[Token]") -> "list[Token]":
    """TOKENS that are in the subtree of none of HEADS (each head's edges read once)."""
    edges = [(h.left_edge.i, h.right_edge.i) for h in heads]
    return [t for t in tokens if not any(low <= t.i <= high for low, high in edges)]


def words_text(words: "list[Token]", text_of: "Callable[[Token], str] | None" = None) -> str:
    """Tokens as the text has them (or as TEXT_OF writes each), a space where words between them
    were left out, but none before a possessive's 's ('the EU (...)'s' -> "the EU's")."""
    if not words:
        return ""
    write = text_of or (lambda token: token.text)
    text = write(words[0])
    for before, token in zip(words, words[1:]):
        gap = before.whitespace_ if token.i == before.i + 1 else " "
        gap = "" if token.tag_ == "POS" and token.text.startswith("'") else gap
        text += ("" if gap and broken_hyphen(before) else gap) + write(token)
    return text


def in_sentence(words: "list[Token]", text_of: "Callable[[Token], str] | None" = None) -> str:
    """A clause's words (as TEXT_OF writes each) as they read inside a sentence: 'how long the
    dam has been closed', 'how long its leader was jailed', 'police arrested him' (a name or 'I'
    keeps its capital)."""
    text = " ".join(words_text(words, text_of).split())
    first = words[0]
    common = first.is_sent_start and first.tag_ in {"NN", "NNS"}  # 'Police arrested ...'
    if (first.pos_ in {"DET", "PRON"} or common) and first.lower_ != "i":
        return text[:1].lower() + text[1:]
    return text


def paired_quotes(text: str | None) -> str | None:
    """TEXT without its quotation marks when one of them has lost its pair in the cut
    ('Hezbollah's own "discipline men deployed'): a mark that opens nothing misleads."""
    if text is None or text.count('"') % 2 == 0:
        return text
    return " ".join(text.replace('"', " ").split())


def words_whole(text: str) -> str:
    """TEXT on one line, each word the wire broke at its hyphen written whole ('three- nation'
    is 'three-nation')."""
    return BROKEN_HYPHEN.sub("-", " ".join(text.split()))


def broken_hyphen(hyphen: "Token") -> bool:
    """A hyphen the wire broke its word at, a space after it ('face- to-face talks'): the words
    are written whole (generator.nlp.BROKEN_HYPHEN)."""
    return hyphen.text == "-" and BROKEN_HYPHEN.match(doc_text(hyphen.doc), hyphen.idx) is not None


def whole_words(words: "list[Token]") -> "list[Token]":
    """'US-led mission', not '-led mission'; 'face-to-face talks', not 'face- talks': a word the
    tokenizer cut at its hyphens stays whole."""
    if not words:
        return words
    doc = words[0].doc
    kept = {t.i for t in words}
    for token in words:
        i = token.i
        while i > 0 and hyphen_joined(doc[i - 1], doc[i]) and i - 1 not in kept:
            i -= 1
            kept.add(i)
        i = token.i
        while i + 1 < len(doc) and hyphen_joined(doc[i], doc[i + 1]) and i + 1 not in kept:
            i += 1
            kept.add(i)
    return [doc[i] for i in sorted(kept)]


def hyphen_joined(before: "Token", after: "Token") -> bool:
    """BEFORE and AFTER are parts of one hyphenated word ('face', '-' or '-', 'to')."""
    if "-" not in (before.text, after.text):
        return False
    return not before.whitespace_ or broken_hyphen(before)


def phrase_words(words: "list[Token]") -> "list[Token]":
    """The words of a phrase as a reader wants them: whole (see whole_words), without quotation
    marks ('"...," analysts said'), a possessive's apostrophe kept, and without what brackets
    hold ('Harl Federation (a union of farmers) members' -> 'Harl Federation members')."""
    words = whole_words(words)
    opens = [k for k, t in enumerate(words) if t.text == "("]
    closes = [k for k, t in enumerate(words) if t.text == ")"]
    if len(opens) == len(closes) == 1 and 0 < opens[0] < closes[0]:
        words = words[: opens[0]] + words[closes[0] + 1 :]
    return [t for t in words if not (t.is_quote or t.is_bracket) or t.tag_ == "POS"]


def loose_punct(token: "Token") -> bool:
    """Punctuation between words (a comma, a quotation mark), not inside one ('three-day')."""
    doc, i = token.doc, token.i
    if not token.is_punct or i == 0 or i + 1 == len(doc):
        return token.is_punct
    if broken_hyphen(token):
        return False  # 'Gaza- Israel': one word the wire broke
    if token.text == "%" and not doc[i - 1].whitespace_:
        return False  # '72%': the number's sign
    return bool(doc[i - 1].whitespace_ or token.whitespace_) or not doc[i + 1].is_alpha


def first_conjunct(token: "Token") -> "Token":
    """The first name or clause of the list TOKEN is coordinated in ('A, B and C': A), or TOKEN
    when it stands alone: the one whose relation to the rest of the sentence the list shares."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def list_members(token: "Token") -> "list[Token]":
    """Every member of the list TOKEN is in, the first one first."""
    first = first_conjunct(token)
    return [first, *(t for t in first.subtree if t.dep_ == "conj")]


def verb_subject(verb: "Token") -> "Token | None":
    """The verb's own subject, active or passive."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def quotes_in(span: "Span", before: int | None = None) -> int:
    """How many quotation marks SPAN holds (before token index BEFORE, if given)."""
    marks = quote_marks(span.doc)
    end = span.end if before is None else min(before, span.end)
    return max(0, bisect.bisect_left(marks, end) - bisect.bisect_left(marks, span.start))


def doc_text(doc: "Doc") -> str:
    cached = doc.user_data.get(TEXT)
    if cached is None:
        cached = doc.user_data[TEXT] = doc.text
    return cached


def remember_text(doc: "Doc", text: str) -> None:
    """The text the Doc was parsed from is its text: no need to rebuild it from the tokens."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[TEXT] = text


def lowers(doc: "Doc") -> list[str]:
    """Each token's lower-case form, by index, without making a Token object for each."""
    cached = doc.user_data.get(LOWERS)
    if cached is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        cached = doc.user_data[LOWERS] = [strings[h] for h in doc.to_array(LOWER).tolist()]
    return cached


class SentenceIndex:
    """Sentences of the parse (blank ones dropped) and a char-offset look-up."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.spans: list[tuple[int, int]] = []
        for sent in sentences(doc):
            text = self.text[sent.start_char : sent.end_char]
            stripped = text.strip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            start = sent.start_char + lead
            self.spans.append((start, start + len(stripped)))
        self.starts = [s for s, _ in self.spans]

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_text(self, index: int) -> str:
        start, end = self.spans[index]
        return " ".join(self.text[start:end].split())


def is_reported_clause(clause: Token) -> bool:
    """A clausal complement its verb reports ('France said it was sending 1,000'); not one the
    parse hung on a later verb across a semicolon ('Italy is to send 2,000 soldiers; France
    said ...'): a clause a semicolon ends is a sentence of its own."""
    if clause.dep_ != "ccomp":
        return False
    after = clause.right_edge.i + 1
    if clause.i < clause.head.i and after < clause.head.i and clause.doc[after].text == ";":
        fired("a clause before a semicolon is no later verb's complement", clause.sent.text)
        return False
    return True
