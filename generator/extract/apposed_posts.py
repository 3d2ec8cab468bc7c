"""Whether a noun set beside a name says the person's post: not another name, a place's word or
a number; not the title of a name right after it; without the town and state before it."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import PLACE_HEADS, RANK_ABBREVIATIONS
from generator.extract.names import is_title_word
from generator.extract.sentences import indefinite


def one_of(word: Token) -> Token | None:
    """'Wen, one of China's top judo players,': the people the person is one of say the role,
    when they are people with a post or calling."""
    if word.lower_ != "one":
        return None
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((t for t in prep.children if t.dep_ == "pobj" and t.tag_ == "NNS"), None)
            if group is None or not is_title_word(group):
                return None  # 'one of two men killed', 'one of their comrades': no post
            fired("role: one of a group", group.sent.text)
            return group
    return None


def describes_a_post(noun: Token) -> bool:
    """A noun set beside a name that can say what the person is: not a name, a date or a number,
    nor a place's word ('Angkor Wat, the fabled temple'); a proper noun only as a title, a rank
    or introduced as one of many ('Kong, a Cambodian'), not 'Henry Hyde, R-Ill.,' or 'Tim Cahill
    (Everton)'."""
    if noun.ent_type_ in {"PERSON", "GPE", "ORG", "DATE", "CARDINAL"} or noun.like_num:
        return False
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in PLACE_HEADS:
        return False
    if (
        noun.pos_ == "PROPN"
        and not is_title_word(noun)
        and not indefinite(noun)
        and noun.lower_.rstrip(".") not in RANK_ABBREVIATIONS  # 'Carlos Puyol (capt)'
    ):
        fired("role: a name apposed to the name is no role", noun.text, noun.sent.text[:90])
        return False
    return True


def titles_the_next_name(noun: Token) -> bool:
    """'Two aides to Netanyahu, political adviser Uzi Arad and ...': a post written right before
    a person's name is that person's title, not the post of the name it is apposed to."""
    doc = noun.doc
    found = (
        noun.i + 1 < len(doc)
        and doc[noun.i + 1].ent_type_ == "PERSON"
        and doc[noun.i + 1].ent_iob_ == "B"
        and any(t.i == noun.i for t in doc[noun.i + 1].ancestors)
    )
    if found:
        fired("role: a post before another name is that name's title", noun.sent.text)
    return found


def town_and_state(token: Token) -> bool:
    """'a New Providence, N.J., marketing consultant': where the person is, written as a town
    and its state between commas, is no part of their role."""
    found = token.ent_type_ == "GPE" and any(t.text == "," for t in token.subtree)
    if found:
        fired("roles: a town and state before the role left out", token.sent.text)
    return found
