"""Changes told with 'be' ('the trade surplus was down 26.8 percent', 'the index was up 2.67 at
1,222.81'): events as much as 'fell' and 'rose' are, though no verb tells them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.sentences import auxiliaries_in, whole_words
from generator.lemmas import lemma

CHANGE_WORDS = frozenset({"up", "down", "higher", "lower"})
LEVELS = frozenset({"at", "to", "from"})
"""'was up 30 cents at 25.14 dollars', 'was up 10 points to 14,710': the level it reached."""


def copula_changes(sentence: Span) -> list[Token]:
    """'Japan's trade surplus was down 26.8 percent', 'the index was up 2.67 at 1,222.81': a
    measured change told with 'be' is an event as much as 'fell' is."""
    found = []
    for token in auxiliaries_in(sentence):
        if lemma(token) != "be" or token.dep_ not in {"ROOT", "ccomp"}:
            continue
        if change_word(token) is not None and any(
            c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children
        ):
            fired("events: a change told with 'be'", sentence.text)
            found.append(token)
    return found


def change_word(copula: Token) -> Token | None:
    """The 'up' or 'down' of a copula, when a number says by how much or to what."""
    for child in copula.children:
        if child.dep_ in {"advmod", "acomp"} and child.lower_ in CHANGE_WORDS:
            heads = [child, *(c for c in copula.children if c.lower_ in LEVELS)]
            words = [  # 'up 30 cents at 25.14 dollars', not 'up against the 100m champion'
                t
                for h in heads
                for c in h.children
                if c.dep_ != "prep" or c.lower_ in LEVELS
                for t in c.subtree
            ]
            if any(t.like_num for t in words) and not is_score(child):
                return child
    return None


def is_score(change: Token) -> bool:
    """'the Croatian was down 5-0': a score, not a change."""
    doc = change.doc
    after = doc[change.i + 1 : change.i + 4]
    return (
        len(after) == 3 and after[1].text in {"-", "–"} and after[0].like_num and after[2].like_num
    )


def action_lemma(verb: Token) -> str:
    """The word events are grouped by: the verb's lemma, 'be down' for a change told with 'be'."""
    change = change_word(verb) if verb.pos_ == "AUX" else None
    if change is not None:
        return f"be {change.lower_}"
    word = whole_words([verb])  # 'double-bogeyed' parsed as 'double': bogey
    return lemma(word[-1]) if len(word) > 1 and word[-1].pos_ == "VERB" else lemma(verb)
