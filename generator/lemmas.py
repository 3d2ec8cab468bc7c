"""Lemmas on demand: the pipeline runs without its lemmatizer (most words' lemmas are never read),
and the extraction asks it for the few it needs, such as the verbs of events."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

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
            index_as_sets(lemmatizer)
            _LEMMATIZERS[id(nlp.vocab)] = rule


def index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer looks each candidate form up in a list of a part of speech's words
    (a third of a millisecond per new word, most of the events' cost): sets answer the same
    question at once."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table.keys()):
        if isinstance(table[pos], list):
            table[pos] = frozenset(table[pos])


BASE_TAGS = frozenset({"VB", "VBP", "NN", "NNP", "JJ"})
"""Tags of words already in their base form. The lemmatizer tells them by their morphology,
which the attribute ruler sets from the tag; the pipeline runs without it (see pos_rules), so
without this 'discuss' would lose its last letter."""
AUXILIARY_FORMS = {
    **dict.fromkeys(
        ("am", "is", "are", "was", "were", "be", "been", "being", "'s", "'m", "'re"), "be"
    ),
    **dict.fromkeys(("has", "have", "had", "having", "'ve"), "have"),
    **dict.fromkeys(("does", "do", "did", "done", "doing"), "do"),
}
"""The forms of be, have and do, whose lemmas the attribute ruler sets by rule."""


def lemma(token: "Token") -> str:
    """TOKEN's dictionary form, lower case ('said' -> 'say', 'was' -> 'be'). The lemmatizer
    keeps each word's answer, so asking again costs a look-up."""
    if token.lemma:
        return token.lemma_.lower()
    if token.lower_ in AUXILIARY_FORMS and token.pos_ in {"AUX", "VERB"}:
        return AUXILIARY_FORMS[token.lower_]
    prefix, hyphen, word = token.lower_.partition("-")
    if hyphen and prefix in PREFIXES_KEPT and word.isalpha():
        return lemma(alone(token, word))  # 're-elected' groups with 'elected': elect
    if token.tag_ in BASE_TAGS:
        return token.lower_
    rule = _LEMMATIZERS.get(id(token.vocab))
    forms = rule(token) if rule is not None else []
    return (forms[0] if forms else token.text).lower()


PREFIXES_KEPT = ("re", "co")
"""Prefixes the tokenizer keeps on the word after their hyphen ('re-elected', 'co-operation'):
the lemma is the word's, as for any verb cut at its hyphen (copula_changes.action_lemma), not the
lemmatizer's guess 're-electe'."""


def alone(token: "Token", word: str) -> "Token":
    """WORD as a token of its own, tagged as TOKEN is."""
    from spacy.tokens import Doc

    single = Doc(token.vocab, words=[word])[0]
    single.tag_, single.pos_, single.morph = token.tag_, token.pos_, token.morph
    return single


def past_participle(verb_lemma: str) -> str:
    """'kill' -> 'killed', 'take' -> 'taken', 'stop' -> 'stopped'; the lemma itself where the
    tables do not know it."""
    return inflection(verb_lemma, "VBN") or verb_lemma


def comparative(adjective: str) -> str | None:
    """'big' -> 'bigger', 'high' -> 'higher'; None for one the tables do not know."""
    return inflection(adjective, "JJR")


@lru_cache(maxsize=4096)
def inflection(word_lemma: str, tag: str) -> str | None:
    """WORD_LEMMA's form for the Penn TAG from LemmInflect's English tables, which know the
    irregular forms and the spelling rules (a doubled consonant) a hand list gets wrong."""
    from lemminflect import getInflection

    forms = getInflection(word_lemma, tag=tag)
    return forms[0] if forms else None


@lru_cache(maxsize=4096)
def readings(word: str) -> dict[str, tuple[str, ...]]:
    """WORD's lemmas by part of speech in LemmInflect's English tables ('elder' -> ADJ: old,
    elder; NOUN: elder), looked up once per word."""
    from lemminflect import getAllLemmas

    return getAllLemmas(word)


def adjective_degree(word: str) -> bool:
    """Whether LemmInflect's English tables read WORD as an adjective's comparative or
    superlative ('older', 'elder', 'eldest'; not 'wicketkeeper', which the tagger may take for a
    comparative, nor 'criminal')."""
    return any(base != word for base in readings(word).get("ADJ", ()))


def only_a_modifier(word: str) -> bool:
    """Whether LemmInflect's English tables know WORD only as an adjective or an adverb
    ('Nationwide', 'Heavily', 'Uneven'): a capitalised one opening a sentence names nothing. Not
    a word they know as a verb: their nouns are incomplete ('pan' is only a verb there), and
    surnames are often verbs ('Pan said', 'Foster', 'Welsh')."""
    kinds = set(readings(word))
    return bool(kinds) and kinds <= {"ADJ", "ADV"}


def is_common_word(token: "Token") -> bool:
    """Whether LemmInflect's English tables know TOKEN as a noun or an adjective ('Security',
    'Affairs', 'Sports'; not 'Chengping', nor given names such as 'Patrick')."""
    return bool({"NOUN", "ADJ"} & set(readings(token.lower_)))
