"""Persons a story's lead describes before it names them ('An American leader of a U.N. weapons
team resumed work ... Scott Ritter led his team'): the description is their role."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.hits import fired
from generator.extract.names import is_title_word
from generator.extract.roles import governor, singular, tokens_text
from generator.records import RoleFinding


def story_sentences(doc: Doc, n: int) -> list[Span]:
    """The first N sentences with words in them (a blanked dateline is not one); stops early."""
    found: list[Span] = []
    for sentence in doc.sents:
        if any(t.is_alpha for t in sentence):
            found.append(sentence)
            if len(found) == n:
                break
    return found


BODIES = {"GPE", "ORG", "NORP"}
"""Possessors that make a description an office ("China's foreign minister"), not a relation."""


def lead_descriptions(doc: Doc) -> list[tuple[Token, str]]:
    """Persons the lead sentence describes without naming: 'An American leader of a U.N. weapons team resumed work'.

    News leads often name a person only in the next sentence; the description is their role.
    """
    sentences = story_sentences(doc, 1)
    if not sentences:
        return []
    found = []
    for token in sentences[0]:
        if (
            token.pos_ != "NOUN"
            or not is_title_word(token)
            or token.ent_type_
            or token.dep_ in {"compound", "amod", "appos"}
        ):
            continue
        determiners = [c for c in token.lefts if c.dep_ == "det"]
        owners = [c for c in token.lefts if c.dep_ == "poss" and c.ent_type_ in BODIES]
        if not owners and (not determiners or determiners[0].lower_ not in {"a", "an", "the"}):
            continue  # "a Hungarian official", "China's foreign minister"
        if any(
            (c.dep_ == "poss" and c not in owners) or c.ent_type_ == "PERSON"
            for c in token.subtree
            if c.i != token.i
        ):
            continue  # "Yeltsin's spokesman", "the wife of Smith": described through someone else
        kept = {"amod", "compound", "nmod", "poss"}
        left = [t for c in token.lefts if c.dep_ in kept for t in c.subtree]
        right: list[Token] = []
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "with"}:
                right = sorted(prep.subtree, key=lambda t: t.i)
                break
        words = sorted(left, key=lambda t: t.i) + [token] + right
        if 0 < len(words) <= 10:
            found.append((token, tokens_text(words, {len(left): singular(token.text)})))
    return found


def main_subject(token: Token) -> bool:
    """Subject of the sentence's main verb, or of what the main verb reports ('X led..., a spokesman said')."""
    return token.dep_ == "nsubj" and (
        token.head.dep_ == "ROOT" or (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT")
    )


def match_lead_description(
    span: Span, descriptions: list[tuple[Token, str]], used: set[int], has_role: bool
) -> RoleFinding | None:
    """The lead's description of a person first named in the second sentence, matched by position:
    'the remains of a British expert' ... 'the remains of Christopher Howes'; subject for subject
    (only for someone the text gives no other role)."""
    root = span.root
    for token, role in descriptions:
        if token.i in used:
            continue
        same_place = governor(token) == governor(root)
        subjects = not has_role and main_subject(token) and main_subject(root)
        if same_place or subjects:
            used.add(token.i)
            fired("role: lead description", role, span.text)
            return RoleFinding(role, None, token.sent.start_char)
    return None
