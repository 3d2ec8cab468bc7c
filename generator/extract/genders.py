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

from generator.extract.lexicon import SAYING_VERBS
from generator.extract.person_nouns import person_nouns
from generator.extract.said_in import sayer
from generator.extract.sentences import sentence_of
from generator.extract.subjects import says
from generator.lemmas import lemma
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


def unnamed_person(pronoun: Token, start: int, quotations: list[tuple[int, int]]) -> Token | None:
    """For 'he' or 'she' outside QUOTATIONS (character spans): the last man or woman from token
    START whom the text names only by a word for them as a clause's subject ('the ministry
    spokeswoman said', 'a Shiite woman gave testimony', 'his wife said'); for 'he', only one who
    says something, and only where 'he' says something too ('..., a ministry spokesman said. He
    said ...'; not 'the man fled', 'since he took office': men are named far more often). Not a
    word that describes a name ('spokeswoman Tasnim Aslam', 'Aslam, the spokeswoman'), nor
    someone's own ('my daughter is ...')."""
    gender = PRONOUN_GENDERS.get(pronoun.lower_)
    if gender not in {"f", "m"} or (gender == "m" and not says(pronoun)):
        return None
    if any(opens <= pronoun.idx < closes for opens, closes in quotations):
        return None
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.tag_ != "NN" or token.ent_type_ or noun_gender(token.lower_) != gender:
            continue
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # 'interned as a policewoman', 'the five-woman group'
        if any(c.lower_ in {"my", "our"} for c in token.children) or names_one(token):
            continue  # 'his wife Catherine said', 'a man named Abdul Samad said'
        if gender == "f" or (lemma(token.head) in SAYING_VERBS and sayer(token.head) == token):
            return token  # 'was quoted as saying'; not 'a letter the king was said to bring'
    return None


def names_one(noun: Token) -> bool:
    """'his wife Catherine', 'a man named Abdul Samad': a name inside the noun's phrase (not in
    its prepositional phrase: 'the wife of Carlos Giusti' is another)."""
    return any(
        t.ent_type_ == "PERSON" for c in noun.children if c.dep_ != "prep" for t in c.subtree
    )


def noun_gender(word: str) -> str | None:
    """A common noun's: 'wife', 'spokeswoman' -> 'f'; 'husband', 'spokesman', 'gunman' -> 'm'."""
    if word.endswith("man") and not word.endswith("woman") and word in person_nouns():
        return "m"  # not 'human', 'talisman'
    return word_gender(word)


def someone_instead(
    unnamed: Token | None,
    person: Entity | None,
    mentions: list[tuple[int, Entity, int]],
    pronoun: Token,
) -> bool:
    """Whether 'he' or 'she' is the UNNAMED one (see unnamed_person) rather than PERSON, whom it
    would otherwise stand for (for 'she', one the text never says is a woman): when the unnamed
    one comes after PERSON's last mention before the PRONOUN's sentence, or PERSON is first
    named in that sentence but not as its main clause's subject ('Ikeda offered the invitation,
    she said'); for 'she' also when PERSON was never a clause's subject before ('A Shiite woman
    testified at the trial of Saddam Hussein. ... she said': not Saddam). MENTIONS are (token
    index, person, subject rank) before the pronoun."""
    if unnamed is None or person is None:
        return False
    own = [(start, rank) for start, entity, rank in mentions if entity is person]
    earlier = [(start, rank) for start, rank in own if start < sentence_of(pronoun).start]
    if not earlier:  # named first in the pronoun's sentence: it only if its main subject
        return not any(rank == 2 for _, rank in own)  # 'Marta Kiss said she ...'
    last_named = unnamed.i > earlier[-1][0]
    return last_named or (noun_gender(unnamed.lower_) == "f" and not any(r for _, r in earlier))


def word_gender(word: str) -> str | None:
    word = word.rstrip(".")
    if word in FEMALE_WORDS:
        return "f"
    if word in MALE_WORDS:
        return "m"
    if word.endswith(FEMININE_ENDINGS):
        return "f"
    return None
