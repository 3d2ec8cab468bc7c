"""Whether the text says a person is a man or a woman, so that 'he' and 'she' agree with whom
they stand for ('Howard said Queen Elizabeth II is taking a great interest. "She is ..."': the
Queen, not Howard).

Only the article's own words count: a courtesy title before the name (Mr., Mrs., Ms.), or a
role that is a woman's or a man's ('spokeswoman', 'actress', 'Queen', 'King'). A first name
tells nothing here: news names people from every language.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.records import Entity

FEMALE_WORDS = frozenset(
    {"mrs", "ms", "miss", "madame", "mme", "madam", "lady", "dame", "queen", "princess"}
    | {"duchess", "empress", "countess", "baroness", "wife", "widow", "mother", "daughter"}
    | {"sister", "girl", "woman", "grandmother", "niece", "aunt", "heiress", "actress"}
    | {"hostess", "stewardess", "waitress", "goddess", "priestess", "mistress", "governess"}
)
MALE_WORDS = frozenset(
    {"mr", "sir", "lord", "king", "prince", "duke", "emperor", "baron", "husband"}
    | {"widower", "father", "son", "brother", "boy", "man", "grandfather", "nephew", "uncle"}
)
FEMININE_ENDINGS = ("woman", "women")
"""'spokeswoman', 'chairwoman', 'congresswoman', 'businesswomen'."""
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def mention_gender(doc: Doc, start: int, person: Entity) -> str | None:
    """'f' or 'm' for the mention of PERSON at token START: the courtesy title or the pronoun
    it is ('Mrs. Ford' beside 'Ford', when a wife and her husband share one actor), else what
    the person's roles say."""
    word = doc[start].lower_
    if word in PRONOUN_GENDERS:
        return PRONOUN_GENDERS[word]
    before = word_gender(doc[start - 1].lower_) if start > 0 else None
    return before or role_gender(person)


def role_gender(person: Entity) -> str | None:
    """'f' or 'm' when the person's roles say so and do not say both ('spokeswoman', 'Queen')."""
    said = {word_gender(w) for role in person.roles for w in head_words(role.role)} - {None}
    return said.pop() if len(said) == 1 else None


def head_words(role: str) -> list[str]:
    """The words of a role that say what the person is, not whom it serves: 'spokesman for the
    Queen', "the Queen's spokeswoman" -> spokesman, spokeswoman."""
    head = re.split(r"\b(?:of|for|to|at|in|with|from|under)\b", role.lower())[0]
    return [w for w in head.split() if not w.endswith(("'s", "'"))]


def not_a_woman(pronoun: str, doc: Doc, start: int, person: Entity) -> bool:
    """False where 'he' or 'him' would stand for a person the text says is a woman. ('She' is
    not kept from a man so: most men in the news are never said to be men, so the nearest
    person left would as often be wrong; see told_woman.)"""
    if PRONOUN_GENDERS.get(pronoun.lower()) != "m":
        return True
    return mention_gender(doc, start, person) != "f"


def called_men(
    pronoun: str, doc: Doc, mentions: list[tuple[int, Entity, int]], before: int
) -> set[int]:
    """For 'she' or 'her': the persons (by id) the text has already called 'he' or 'Mr.' before
    token BEFORE ('Taki ... he told a news conference. ... "...," she said': not Taki)."""
    if PRONOUN_GENDERS.get(pronoun.lower()) != "f":
        return set()
    return {
        id(p) for start, p, _ in mentions if start < before and mention_gender(doc, start, p) == "m"
    }


def told_woman(pronoun: str, doc: Doc, start: int, person: Entity) -> bool:
    """'She' and a person the text says is a woman ('Mrs. Thatcher', 'Queen Elizabeth II'): most
    people in the news are men the text never says are, so only a woman's mark tells much."""
    return PRONOUN_GENDERS.get(pronoun.lower()) == "f" and mention_gender(doc, start, person) == "f"


def unnamed_woman(pronoun: str, doc: Doc, start: int, end: int) -> Token | None:
    """For 'she' or 'her': the last woman between tokens START and END whom the text names only
    by a word for her as a clause's subject ('the ministry spokeswoman said', 'a Shiite woman
    gave testimony', 'his wife said'); not a word that describes a name ('spokeswoman Tasnim
    Aslam', 'Aslam, the spokeswoman'), nor someone's own ('my daughter is ...')."""
    if PRONOUN_GENDERS.get(pronoun.lower()) != "f":
        return None
    for token in reversed(doc[start:end]):
        if token.tag_ != "NN" or token.ent_type_ or word_gender(token.lower_) != "f":
            continue
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # 'interned as a policewoman', 'the five-woman group'
        if any(c.ent_type_ == "PERSON" or c.lower_ in {"my", "our"} for c in token.children):
            continue  # 'his wife Catherine said'
        return token
    return None


def woman_instead(
    woman: Token | None,
    person: Entity | None,
    mentions: list[tuple[int, Entity, int]],
    sentence: int,
) -> bool:
    """Whether 'she' is the unnamed WOMAN (see unnamed_woman) rather than PERSON, the person it
    would otherwise stand for, whom the text never says is a woman: when the woman comes after
    PERSON's last mention before the pronoun's SENTENCE (its first token), or PERSON was never a
    clause's subject there ('A Shiite woman testified at the trial of Saddam Hussein. ... she
    said': not Saddam), or is first named in that sentence but not as its main clause's subject
    ('Ikeda offered the invitation, she said'). MENTIONS are (token index, person, subject rank)
    before the pronoun."""
    if woman is None or person is None:
        return False
    own = [(start, rank) for start, entity, rank in mentions if entity is person]
    earlier = [(start, rank) for start, rank in own if start < sentence]
    if not earlier:  # named first in the pronoun's sentence: she only if its main subject
        return not any(rank == 2 for _, rank in own)  # 'Marta Kiss said she ...'
    return woman.i > earlier[-1][0] or not any(rank for _, rank in earlier)


def word_gender(word: str) -> str | None:
    word = word.rstrip(".")
    if word in FEMALE_WORDS:
        return "f"
    if word in MALE_WORDS:
        return "m"
    if word.endswith(FEMININE_ENDINGS):
        return "f"
    return None
