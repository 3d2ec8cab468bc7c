"""'The ministry said in a statement ... The statement added': a document a saying verb named
('in a statement', 'in a report') speaks, said again with 'the', for the one who issued it."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.lemmas import lemma


def issuer(token: Token) -> Token | None:
    """The subject of the saying verb whose 'in a N' named the document 'the N' (TOKEN) stands
    for: the last such before it. None for anything else."""
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    if any(c.dep_ in {"compound", "poss", "nmod"} for c in token.children):
        return None  # 'the Kremlin statement said': it names its own issuer
    if token.dep_ != "nsubj" or lemma(token.head) not in SAYING_VERBS:
        return None
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lower_ != token.lower_ or earlier.dep_ != "pobj":
            continue
        prep, verb = earlier.head, earlier.head.head
        if prep.lower_ != "in" or verb.pos_ != "VERB" or lemma(verb) not in SAYING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            fired("participants: the document a speaker issued", token.text, subjects[0].text)
            return subjects[0]
    return None
