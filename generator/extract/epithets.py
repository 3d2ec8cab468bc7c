"""Who 'said the United States native' is: a definite description of a person by a word the text
has not used before, which sports and news reports use for someone just named, as 'he'."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from generator.extract.group_words import is_group_word
from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.names import is_title_word
from generator.extract.person_nouns import person_nouns
from generator.extract.sentences import quote_marks, quotes_in, sentence_of
from generator.lemmas import lemma
from generator.records import Entity


def epithet_person(token: Token, last_person: Callable[[Token], Entity | None]) -> Entity | None:
    """The person a pronoun at TOKEN would be, when TOKEN is the head of 'the ... native', 'the
    eight-time Grand Slam winner', 'the veteran' saying words in quotation marks. Not a title
    ('the minister' is whoever holds it), and not a word said before ('a senior official ...
    the official said' is that unnamed official)."""
    if token.tag_ != "NN" or not token.is_lower or token.lower_ not in person_nouns():
        return None
    if is_title_word(token) or is_group_word(token):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if token.dep_ != "nsubj" or lemma(token.head) not in SAYING_VERBS:
        return None
    if not quotes_in(sentence_of(token)):
        return None  # 'the rebel commando said that ...': a reported source may be someone new
    after_quote = token.left_edge.i - 1 in quote_marks(token.doc)  # '..." the veteran said'
    if token.i < token.head.i and not after_quote:
        return None  # '"Blair's the seven billion pound loser," declared the Sun': quoted words
    following = token.doc[token.i + 1 : token.i + 2]
    restrictive = bool(following) and not following[0].is_punct  # not 'the man, who was ...'
    if restrictive and any(c.dep_ in {"acl", "relcl"} for c in token.rights):
        return None  # 'the administrator appointed by Moscow': someone the phrase picks out
    if any(t.lower_ == token.lower_ for t in token.doc[: token.i]):
        return None
    found = last_person(token)
    if found is not None:
        fired("participants: a speaker's epithet is who 'he' would be", token.sent.text)
    return found
