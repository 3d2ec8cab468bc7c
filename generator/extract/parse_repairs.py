"""Repairs to the parse where the model errs the same way across many articles, made once at
the end of the pipeline so that every part of the extraction reads the mended tree."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.hits import fired
from generator.extract.lexicon import TITLE_HEADS
from generator.lemmas import lemma

AS_NAME = {"csubj": "nsubj", "pcomp": "pobj", "conj": "conj"}
"""What the name does once its participle is its adjective: 'Visiting Prime Minister X said'
(the gerund subject is the person), 'talks with visiting President X' (the preposition's
object), 'Abe and visiting President Roh agreed' (the name joined to another)."""
PERSON_PREPOSITIONS = frozenset({"against", "among", "between", "from", "to", "with"})
"""Prepositions whose object is someone ('talks with visiting President X'), unlike those that
take a gerund of what someone does ('after visiting President X', 'by visiting')."""


def participles_before_names(doc: Doc) -> Doc:
    """'Visiting Prime Minister Tony Blair said', 'told visiting French Defence Minister Charles
    Millon that ...': the model reads 'visiting' as a verb whose object is the titled person,
    so the person lost their place in the sentence (no speaker for the quote, no doer for the
    event). The participle is the person's adjective: the person takes its place."""
    for token in doc:
        if token.tag_ != "VBG":
            continue
        name = titled_object(token)
        if name is None:
            continue
        place = name_place(token)
        if place is None:
            continue
        fired("parse: a participle before a titled name is its adjective", token.sent.text)
        head = token.head if token.head.i != token.i else name
        for later in [c for c in token.children if c.i > name.i]:
            later.head = head  # 'told visiting Minister X that ...': the clause is told
        name.head, name.dep_ = head, place
        token.head, token.dep_ = name, "amod"
    return doc


def titled_object(participle: Token) -> Token | None:
    """The participle's first child when it is a titled person's name right after it, and its
    only child before what follows the name."""
    children = list(participle.children)
    if not children:
        return None
    name = children[0]
    title = participle.doc[participle.i + 1 : name.i]
    if (
        name.dep_ != "dobj"
        or name.ent_type_ != "PERSON"
        or name.left_edge.i != participle.i + 1
        or not any(t.lower_.rstrip(".") in TITLE_HEADS for t in title)
    ):
        return None
    return name


def name_place(participle: Token) -> str | None:
    """The name's dependency where the participle stood, or None where the participle may be a
    verb after all ('after visiting President X': what someone did before)."""
    head, dep = participle.head, participle.dep_
    if dep == "csubj" and lemma(head) != "be":
        return AS_NAME[dep]
    if dep == "pcomp" and head.lower_ in PERSON_PREPOSITIONS:
        return AS_NAME[dep]
    if dep == "conj" and head.ent_type_ == "PERSON":
        return AS_NAME[dep]
    if (
        dep in {"xcomp", "ccomp", "advcl"}
        and participle.i == head.i + 1
        and head.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in head.children)
    ):  # 'told visiting President X that ...', 'met visiting President X'
        return "dobj"
    return None


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_before_joined_verbs(doc: Doc) -> Doc:
    """'Arsenal had lost to Bolton and Fulham and Wenger admitted: "..."', 'Gansu favored the
    dragon and Jiangsu promoted the monkey': the model joins the name to the list before it and
    the verb after it to the first verb, so the first verb's subject says the second's words.
    A name between 'and' and a past-tense verb that has no subject of its own is that verb's
    subject."""
    for verb in doc:
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or lemma(verb) == verb.lower_  # 'the Clark airfield': a noun the tagger took for a verb
            or verb.i < 2
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        ):
            continue
        name = doc[verb.i - 1]
        start = name.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if (
            name.ent_type_ not in NAME_LABELS
            or name.dep_ != "conj"
            or not name.head.i < start < verb.i
            or verb.head.i > start
            or doc[start - 1].lower_ != "and"
        ):
            continue
        fired("parse: a name between 'and' and a verb is its subject", verb.sent.text)
        joining = doc[start - 1]
        joining.head, joining.dep_ = verb.head, "cc"
        name.head, name.dep_ = verb, "nsubj"
    return doc
