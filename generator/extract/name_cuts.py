"""Names the model ran into the words around them, cut back to the names: two names of a list
('Bourem, Menaka'), a name and the verb or name after it ('Gazprom by Niyazov', 'Mathieu
Flamini put Arsenal'), a score ('Tajikistan 2-2'), a bracket it does not close."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.lemmas import lemma
from generator.names import LEGAL_SUFFIX

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}

NAME_PARTICLES = frozenset(
    {"von", "van", "de", "da", "di", "du", "le", "la", "al", "el", "bin"}
    | {"del", "della", "dos", "das", "do", "der", "den", "ter", "ibn", "y"}
)
"""Lower-case words a name may begin with or hold ('von Pierer', 'Jose Eduardo dos Santos',
'Mar del Plata')."""


def is_particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in NAME_PARTICLES


LIST_WORDS = frozenset({"of", "for", "and", "-", "&"})


def split_at_comma(ent: Span) -> list[Span]:
    """'Bourem, Menaka', 'Czech Republic, Cyprus', 'Cyprus, Gustave Feissel': names of a list
    the model ran into one are two; not a body's name that lists its fields ('Ministry of
    Agriculture, Fisheries and Food') or ends in its legal form ('Kumbo Petrochemical Co., Ltd.')."""
    if ent.label_ not in NAME_LABELS:
        return [ent]
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma in (ent.start, ent.end - 1):
        return [ent]
    before, after = ent.doc[ent.start : comma], ent.doc[comma + 1 : ent.end]
    if any(t.lower_ in LIST_WORDS for t in before) or not after[0].is_title:
        return [ent]
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"of", "for"}:
        return [ent]  # 'Minister of Economy, Trade and Industry': the fields of one post
    conjunction = next((t.i for t in after if t.lower_ in {"and", "&"}), None)
    if conjunction is not None and ent.end - conjunction != 2:
        return [ent]  # 'United Nations Educational, Scientific and Cultural Organization'
    if LEGAL_SUFFIX.search(" " + after.text) or after.text.replace(".", "").isupper():
        return [ent]  # 'Co., Ltd.', 'Washington, DC'
    fired("name: two names of a list run into one", ent.text)
    return [
        Span(ent.doc, ent.start, comma, label=ent.label_),
        *split_at_comma(Span(ent.doc, comma + 1, ent.end, label=ent.label_)),
    ]


FIXTURE_WORDS = frozenset({"v", "vs", "vs.", "versus"})
JOINING_WORDS = frozenset({"by", "from", "or", "that"}) | FIXTURE_WORDS
"""Lower-case words no name holds between its words: 'Gazprom by Niyazov', 'University of
Illinois from', 'the Football Association or Premiership', a fixture's 'Osasuna v Levante'."""


def split_at_joining_word(ent: Span) -> list[Span]:
    """'Gazprom by Niyazov', 'Mathieu Flamini put Arsenal', 'Atletico Madrid v Alaves', 'Eamonn
    Holmes underlined': the model ran a name into the verb or the name after it. A lower-case
    verb, or a word of JOINING_WORDS, ends a name; each side is a name where it holds a capital,
    of the kind the model gave its words elsewhere."""
    if ent.label_ not in NAME_LABELS:
        return [ent]
    joint = next((t for t in ent[1:] if joins(t)), None)
    if joint is None:
        return [ent]
    fired("name: cut at a word no name holds", ent.text)
    parts = [ent.doc[ent.start : joint.i], ent.doc[joint.i + 1 : ent.end]]
    return [
        piece
        for part in parts
        if any(t.text[:1].isupper() for t in part)
        for piece in split_at_joining_word(
            Span(ent.doc, part.start, part.end, label=kind(part, ent, joint))
        )
    ]


def joins(token: Token) -> bool:
    """A lower-case verb ('put', 'won', 'underlined') or joining word; not a name's particle,
    nor German's 'am' ('Frankfurt am Main', 'Welt am Sonntag')."""
    if not token.is_lower or is_particle(token):
        return False
    if not token.is_alpha and token.lower_ != "vs.":
        return False
    if token.tag_.startswith("VB"):
        return lemma(token) != "be"
    return token.lower_ in JOINING_WORDS


def kind(part: Span, whole: Span, joint: Token) -> str:
    """The label the model gave PART's words where it tagged them alone, else WHOLE's; a side of
    a fixture ('Osasuna v Levante') is a team, not a person."""
    words = part.text
    tagged = next(
        (e.label_ for e in part.doc.ents if e.text == words and e.label_ in NAME_LABELS), None
    )
    if tagged is None and joint.lower_ in FIXTURE_WORDS and whole.label_ == "PERSON":
        return "ORG"
    return tagged or whole.label_


SCORE_TOKEN = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")


def without_trailing_score(ent: Span) -> Span:
    """'Tajikistan 2-2': the model ran a name into the score after it."""
    last = [t.text for t in ent[-3:]]
    is_score = (
        len(ent) > 3 and last[0].isdigit() and last[1] in {"-", "\u2013"} and last[2].isdigit()
    )
    score_token = len(ent) > 1 and SCORE_TOKEN.match(ent[-1].text) is not None  # 'Treviso 34-7'
    if not (is_score or score_token) or ent.label_ not in NAME_LABELS:
        return ent
    end = ent.end - (3 if is_score else 1)
    fired("name: cut before a score", ent.text)
    return Span(ent.doc, ent.start, end, label=ent.label_)


def closed(ent: Span) -> Span:
    """The entity without a bracket it opens and does not close: 'the World Health Organization
    (WHO' is the organisation; the acronym in brackets is its alias, read elsewhere."""
    opening = next((t.i for t in ent if t.text == "("), None)
    if opening is None or opening == ent.start or any(t.text == ")" for t in ent):
        return ent
    fired("name: cut before a bracket it does not close", ent.text)
    return Span(ent.doc, ent.start, opening, label=ent.label_)


OPENING_TAGS = frozenset({"IN", "VBG", "RB", "WRB"})
"""How the tagger reads a sentence's first word that is no part of the name after it: a
preposition or a verb's form ('Regarding Aceh reconstruction, ...', 'Following Monday's vote')."""


def without_opening_word(ent: Span) -> Span:
    """'Regarding Aceh': the name without the capitalised word opening its sentence that the
    tagger reads as a preposition, an adverb or a participle."""
    first = ent[0]
    if ent.label_ not in NAME_LABELS or len(ent) < 2 or not first.is_sent_start:
        return ent
    if first.tag_ not in OPENING_TAGS or not ent[1].text[:1].isupper():
        return ent
    fired("name: the word opening its sentence is no part of it", ent.text)
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
