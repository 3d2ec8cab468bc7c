"""A body described by the words before its name: 'the Britain-based Mines Advisory Group', 'the
IRA-allied Sinn Fein party', 'the opposition Labour Party'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import BODY_KINDS, ORG_HEADS, WHICH_WORDS
from generator.extract.names import entity_at
from generator.extract.roles import tokens_text

# Adjectives that place or count an organisation rather than describe it.
NON_DESCRIPTIVE = WHICH_WORDS | {
    "main",
    "last",
    "first",
    "next",
    "previous",
    "current",
    "rival",
    "local",
    "little",
    "big",
    "more",
    "most",
    "much",
    "said",
    "called",
}


def premodifier_descriptor(span: Span) -> str | None:
    """'the Britain-based Mines Advisory Group', 'the IRA-allied Sinn Fein party', 'state-owned X'."""
    doc = span.doc
    i = span.start - 1
    words: list[Token] = []
    while i >= 0 and doc[i].sent == span.sent:
        token = doc[i]
        if token.tag_ == "HYPH" and words and i > 0 and doc[i - 1].is_alpha:
            words.insert(0, token)
        elif token.is_alpha and words and words[0].tag_ == "HYPH":
            name = entity_at(token)
            if (
                name is not None
                and name.label_ in {"GPE", "LOC", "NORP", "ORG", "FAC"}
                and name.end == token.i + 1
                and 1 < len(name) <= 3
            ):
                words[:0] = [t for t in name if t.lower_ != "the"]  # "New York-based"
                i = name.start - 1
                continue
            words.insert(0, token)  # "Britain-based", "IRA-allied": any word before the hyphen
        elif (
            is_word(token)
            and token.is_lower
            and (
                (
                    token.dep_ in {"amod", "compound", "npadvmod", "nmod"}
                    and modifies_name(token, span)
                )
                or parsed_apart(token, span)
            )
            and (
                token.pos_ in {"ADJ", "VERB"}
                or (token.pos_ == "NOUN" and (words or kind_of(token, span)))
            )
        ):
            if token.lower_ in NON_DESCRIPTIVE:
                break
            words.insert(0, token)
        else:
            break
        i -= 1
    if words and words[0].tag_ == "HYPH":
        return None  # 'the 300-seat House', 'the 25-member European Union': a count, no kind
    if not words or not any(is_word(t) and t.is_lower for t in words):
        return None
    if i >= 0 and (doc[i].pos_ == "AUX" or doc[i].tag_ == "TO"):
        return None  # 'Dallaglio was adamant Wasps had ...', 'to top Pool Four': no description
    if words[-1].tag_ in {"JJR", "JJS"}:
        return None  # 'the much-larger Paribas': a comparison, no description
    return " ".join(filter(None, [tokens_text(words), kind_word(words, span)]))


def kind_word(words: list[Token], span: Span) -> str:
    """The body's kind the description ends with: the word after the name ('the IRA-allied Sinn
    Fein party') or the name's own ('the opposition Labour Party', 'the opposition Movement for
    Democratic Change'); none when the description says it ('the bipartisan panel Iraq Study
    Group' is a panel, not a 'panel group')."""
    if words[-1].lower_ in BODY_KINDS:
        return ""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_lower and after.lower_ in ORG_HEADS:
        return after.text
    for word in (span[-1], span.root):
        if word.lower_ in ORG_HEADS:
            return word.lower_
    return ""


def kind_of(noun: Token, span: Span) -> bool:
    """'the opposition Labour Party', 'the separatist Northern League': a noun right before a
    body's name that ends in its kind, or is headed by it ('the opposition Movement for Democratic
    Change'), says which kind of body it is; not 'an emergency Security Council meeting' (the name
    modifies a noun after it), 'the 300-seat House' (a count) or 'Savings amp Loan Association' (a
    word inside a name the model cut)."""
    doc = span.doc
    before = doc[noun.i - 1] if noun.i > 0 else None
    found = (
        noun.i == span.start - 1
        and (span[-1].lower_ in ORG_HEADS or span.root.lower_ in ORG_HEADS)
        and (span.start <= noun.head.i < span.end or parsed_apart(noun, span))
        and not (span.end < len(doc) and doc[span.end].tag_ in {"NN", "NNS"})
        and not (before is not None and before.tag_ == "HYPH")
        and not (before is not None and before.is_title and before.pos_ in {"PROPN", "NOUN"})
    )
    if found:
        fired("org: a noun before a body's name says its kind", noun.text, span.text)
        if not span.start <= noun.head.i < span.end:
            fired("org: a noun the parse split from the name after it", noun.text, span.text)
    return found


def parsed_apart(noun: Token, span: Span) -> bool:
    """'the opposition Khmer Nation Party (KNP)', 'India's main opposition Bharatiya Janata Party
    and other rivals have called': the parse may hang the name on the noun right before it as an
    apposition with no comma between, or make the two subjects of one verb; the noun still
    modifies the name."""
    root = span.root
    if noun.i != span.start - 1 or noun.pos_ != "NOUN":
        return False
    return (root.dep_ == "appos" and root.head == noun) or (
        root.head == noun.head and root.dep_ == noun.dep_ and noun.dep_ in SPLIT_ROLES
    )


SPLIT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def is_word(token: Token) -> bool:
    """Letters only, or a prefix kept on its word ('co-ruling')."""
    return token.text.replace("-", "").isalpha()


def modifies_name(token: Token, span: Span) -> bool:
    """The word describes the name (or the kind word right after it: 'the IRA-allied Sinn Fein
    party'), not a verb before it or a longer phrase the name only modifies ('the mainly Tutsi
    rebel alliance')."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.start <= token.head.i < span.end or (
        after is not None and token.head == after and after.lower_ in ORG_HEADS
    )
