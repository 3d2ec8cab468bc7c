"""Lemmas on demand: the pipeline runs without its lemmatizer (most words' lemmas are never read),
and the extraction asks it for the few it needs, such as the verbs of events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

_LEMMATIZERS: dict[int, Callable[["Token"], list[str]]] = {}
"""The rule lemmatizer of each loaded pipeline, by the id of its vocabulary."""


def keep_lemmatizer(nlp: "Language") -> None:
    """Remember NLP's (disabled) lemmatizer, so `lemma` can ask it about single tokens."""
    if "lemmatizer" in nlp.component_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        rule = getattr(lemmatizer, "rule_lemmatize", None)
        if rule is not None and getattr(lemmatizer, "mode", "rule") == "rule":
            _LEMMATIZERS[id(nlp.vocab)] = rule


def lemma(token: "Token") -> str:
    """TOKEN's dictionary form, lower case ('said' -> 'say', 'was' -> 'be')."""
    if token.lemma_:
        return token.lemma_.lower()
    rule = _LEMMATIZERS.get(id(token.vocab))
    if rule is None:
        return token.lower_
    forms = rule(token)
    return (forms[0] if forms else token.text).lower()
