"""Where each quotation of a text begins and ends, from its marks.

Wire copy writes straight marks ("), curly ones and the ``...'' of older copy, and nests them:
'"Without some unexpected "coup de theatre", I don't see what will block the bid," said ...'.
Pairing marks one after the other would end that quotation at "coup" and make the narrative
between two quotations a quotation of its own. A straight mark is an opening one where a space
or a bracket is before it and a word after it, a closing one where a word or punctuation is
before it and a space or punctuation after it; the outermost pair is the quotation.

A quotation that runs on into the next paragraph has no closing mark at the end of its
paragraph, and the next paragraph opens with a mark: it ends with its paragraph. A mark left
open with no such paragraph after it is a stray mark, no quotation. Where its own sentence names
no speaker, the next one may, in the same paragraph or in one that opens with a quotation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.hits import fired
from generator.extract.sentences import doc_text
from generator.records import QuoteFinding

MIN_WORDS = 4
"""Shorter quotations are scare quotes ('"net benefit"'), not statements."""

MARKS = re.compile(r"``|''|[\"\u201c\u201d]")
OPENING, CLOSING = frozenset({"``", "\u201c"}), frozenset({"''", "\u201d"})
BEFORE_OPENING = frozenset("([{/-\u2013\u2014")
AFTER_CLOSING = frozenset(".,;:!?)]}-\u2013\u2014")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def quotations(text: str, start_at: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, words) of every quotation from START_AT on: START and END take in its marks
    (END is its paragraph's end for one that runs on), WORDS are what it quotes."""
    found: list[tuple[int, int, str]] = []
    paragraphs = paragraph_spans(text)
    for k, (start, end) in enumerate(paragraphs):
        if end <= start_at:
            continue
        next_start = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
        runs_on = next_start is not None and MARKS.match(text, next_start) is not None
        found += in_paragraph(text, max(start, start_at), end, runs_on)
    return found


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, without the blank lines and indentation around it."""
    spans = []
    start = 0
    for brk in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + len(chunk.rstrip())))
        if brk is not None:
            start = brk.end()
    return spans


def in_paragraph(text: str, start: int, end: int, runs_on: bool) -> list[tuple[int, int, str]]:
    found = []
    depth, opened, inner_start = 0, 0, 0
    for mark in MARKS.finditer(text, start, end):
        if is_opening(text, mark, depth):
            if depth == 0:
                opened, inner_start = mark.start(), mark.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                found.append((opened, mark.end(), text[inner_start : mark.start()]))
    stray = text[inner_start : inner_start + 1].isspace()  # ' " ' opens nothing
    if depth and runs_on and not stray:
        found.append((opened, end, text[inner_start:end]))
    return found


def is_opening(text: str, mark: re.Match[str], depth: int) -> bool:
    """Whether MARK opens a quotation: by its shape, or for a straight mark by what is around it
    (when that does not tell, it opens one unless one is open)."""
    if mark.group() in OPENING or mark.group() in CLOSING:
        return mark.group() in OPENING
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    opens = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in AFTER_CLOSING)
    if opens != closes:
        return opens
    return depth == 0


def run_on_speakers(quotes: list[QuoteFinding], text: str) -> list[QuoteFinding]:
    """A quotation that runs on into the next paragraph is one speaker's: the one whose
    attribution comes in the paragraph it goes on in ('"We will win. [new paragraph] "Nothing
    stops us," he said.'), or the one who began it ('"... all did well. [new paragraph] "I am
    giving my best.')."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        quote, goes_on = out[k], out[k + 1]
        between = text[quote.end : goes_on.start]
        if quote.speaker is None and goes_on.speaker is not None and runs_on(text, quote, between):
            fired("quote: runs on into the next paragraph", quote.text)
            out[k] = replace(quote, speaker=goes_on.speaker)
            out[k + 1] = replace(goes_on, goes_on=True)
    for k in range(len(out) - 1):
        quote, goes_on = out[k], out[k + 1]
        between = text[quote.end : goes_on.start]
        if goes_on.speaker is None and quote.speaker is not None and runs_on(text, quote, between):
            fired("quote: goes on from the paragraph before", goes_on.text)
            out[k + 1] = replace(goes_on, speaker=quote.speaker, goes_on=True)
    return out


def runs_on(text: str, quote: QuoteFinding, between: str) -> bool:
    """Whether QUOTE ends at its paragraph's end with no closing mark, and the next quotation
    opens the next paragraph (BETWEEN them: the paragraph break alone)."""
    return text[quote.end - 1] not in "\"\u201d'" and "\n" in between and not between.strip()


def next_sentence(doc: Doc, start: int) -> Span | None:
    """The first sentence with words from token START on (a closing mark left alone before a
    paragraph break is none)."""
    while start < len(doc):
        sentence = doc[start].sent
        if any(t.is_alpha for t in sentence):
            return sentence
        start = sentence.end
    return None


def attributes_back(quote: Span, following: Span) -> bool:
    """Whether the sentence after a quotation may name its speaker: the same paragraph, or a
    new one that opens with a quotation of its own ('"I pay my respect," Kim said'); a new
    paragraph of narrative starts another topic."""
    doc = quote.doc
    if "\n" not in doc_text(doc)[quote.end_char : following.start_char]:
        return True
    first = next((t for t in following if not t.is_space), None)
    if first is None or not (first.text == '"' or opens(first)):
        return False
    marks = (t.i for t in following if t.i > first.i and (t.text == '"' or closes(t)))
    closing = next(marks, following.end)
    return closing - first.i - 1 >= MIN_WORDS  # not a quoted name: '"The Daily Champion" said'


def closing_mark(words: list[Token]) -> list[Token]:
    """The end of a quotation the words open but do not close ('and "would have saved the
    harvest."'): the tokens through its closing mark, so that no mark is left unpaired. Marks
    are told by their text, not the tagger's guess at a straight one's side."""
    straight = sum(t.text == '"' for t in words)
    curly = sum(opens(t) for t in words) - sum(closes(t) for t in words)
    if straight % 2 == 0 and curly <= 0:
        return []
    doc, last = words[-1].doc, words[-1].i
    for j in range(last + 1, min(last + 3, len(doc))):
        if doc[j].text == '"' or closes(doc[j]):
            while j + 1 < len(doc) and doc[j].text == "'" and doc[j + 1].text == "'":
                j += 1  # the second half of a "''" the tokenizer cut in two
            return list(doc[last + 1 : j + 1])
        if not doc[j].is_punct:
            break
    return []


def opens(token: Token) -> bool:
    """An opening mark other than a straight one: '“', or '``' (one token, or the first of
    the two the tokenizer may cut it into)."""
    if token.text == "`":
        return token.i == 0 or token.doc[token.i - 1].text != "`"
    return token.text in OPENING


def closes(token: Token) -> bool:
    """A closing mark other than a straight one, counted once if cut in two."""
    if token.text == "'" and token.tag_ == "''":
        return token.i == 0 or token.doc[token.i - 1].text != "'"
    return token.text in CLOSING


NAMED_BEFORE = re.compile(
    r"\b(?:dubbed|titled|entitled|named|nicknamed|code-?named|known as|so-called)\s*$",
    re.IGNORECASE,
)
"""Words after which a quotation is what a thing is named or called, not anyone's words."""
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def is_title_text(inner: str) -> bool:
    """Words all capitalised but the small ones, with no closing stop: the name of a theme, a
    campaign or a work ('People's War on Drugs'), not someone's words."""
    words = re.findall(r"[A-Za-z][\w'-]*", inner)
    return (
        bool(words)
        and not re.search(r"[.!?]\W*$", inner.strip().removesuffix(","))  # 'Black Cat, White Cat,"'
        and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)
        and words[0][0].isupper()
    )


def names_a_thing(text: str, start: int, inner: str) -> bool:
    """A quotation (INNER, opening at START of TEXT) that is a name or a term, not anyone's words:
    a title's capitalised words, or what follows 'dubbed', 'entitled', 'known as'."""
    if is_title_text(inner):
        fired("quote: a title in quotation marks is no statement", inner)
        return True
    if NAMED_BEFORE.search(text, max(0, start - 20), start):
        fired("quote: what a thing is named is no statement", inner)
        return True
    return False
