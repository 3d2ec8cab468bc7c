"""Quotes: direct speech in quotation marks and statements attributed to a speaker.

Direct quotes are found by their marks (straight, curly and the ``...'' of wire
copy); the speaker is the subject of a speech verb in the same sentence, or the
object of "according to". Reported speech ("Bohl noted that ...") is kept as an
attributed statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import SPEECH_VERBS
from generator.extract.sentences import doc_text, lowers, sentences
from generator.records import QuoteFinding

QUOTE_MARKS = re.compile(r"``(.+?)''|\u201c(.+?)\u201d|\"(.+?)\"", re.S)


def speaker_of(sentence: Span) -> Token | None:
    """The subject of a speech verb, or the object of 'according to', in the sentence."""
    doc = sentence.doc
    words = lowers(doc)
    for i in range(sentence.start, sentence.end):
        if words[i] == "according" and i + 1 < len(doc) and words[i + 1] == "to":
            objects = [t for t in doc[i + 1].children if t.dep_ == "pobj"]
            if objects:
                return objects[0]
    for i in range(sentence.start, sentence.end):
        if words[i] not in SPEECH_VERBS:
            continue
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return subjects[0]
            agents = [c for c in token.children if c.dep_ == "agent"]
            for agent in agents:
                objects = [t for t in agent.children if t.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def find_quotes(doc: Doc, start_at: int = 0) -> list[QuoteFinding]:
    found: list[QuoteFinding] = []
    covered: set[int] = set()
    text = doc_text(doc)
    for m in QUOTE_MARKS.finditer(text, start_at):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < 4:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        speaker = speaker_of(sentence)
        if speaker is None and sentence.end < len(doc):
            speaker = speaker_of(doc[sentence.end].sent)
        found.append(
            QuoteFinding(m.start(), m.end(), " ".join(inner.split()), "direct", speaker, sentence)
        )
        covered.add(sentence.start)
    for sentence in sentences(doc):
        if sentence.start in covered or sentence.start_char < start_at:
            continue
        speaker = speaker_of(sentence)
        if speaker is None or speaker.pos_ == "PRON":
            continue
        if speaker.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        body = " ".join(sentence.text.split())
        found.append(
            QuoteFinding(
                sentence.start_char, sentence.end_char, body, "attributed", speaker, sentence
            )
        )
    return sorted(found, key=lambda q: q.start)
