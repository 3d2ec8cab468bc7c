"""An actor's name written again where the model tagged no name: 'Simon Upton said' after
'Upton', 'Prince Turki said' after 'Prince Turki al-Faisal', 'Westpac said' after
'Westpac Banking Corp.', 'Le Guen said' after 'Paul Le Guen'. The proper nouns a phrase ends with
are matched, word for word, against the names and aliases of the story's actors; a match counts
only where it picks out one actor."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES
from generator.extract.names import is_honorific, is_title_word
from generator.names import fold
from generator.records import Entity

NAME_DEPS = frozenset({"compound", "nmod", "flat"})
"""How the words before a name's last word hang on it in the parse."""
NO_ACTOR_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
    | {"ORDINAL", "LAW", "LANGUAGE"}
)
"""What the model took the word for where it is a place or no name at all: 'Israel' is no short
form of 'Israel Aircraft Industries'. A people's word (NORP) may be a given name after a title
('Prince Turki')."""


class KnownNames:
    """The words of each person's and body's names (its name and the words of each mention),
    folded, for one article."""

    def __init__(self, actors: list[Entity]) -> None:
        self.names = [
            (actor, words)
            for actor in actors
            if actor.kind in {"person", "organization"}
            for name in {actor.name, *actor.surfaces()}
            if (words := name_key(name))
        ]

    def actor(self, token: Token) -> Entity | None:
        """The one actor whose name the proper nouns ending at TOKEN write, whole or in part:
        - the whole name or an alias ('Pioneer said' where the model tagged 'Pioneer' before);
        - given names before a name the story gave alone ('Simon Upton' for 'Upton');
        - a person's name without its first words ('Le Guen' for 'Paul Le Guen');
        - a body's name without the words that say it is one ('Westpac' for 'Westpac Banking
          Corp.');
        - after a title, a person's given name ('Prince Turki' for 'Turki al-Faisal')."""
        if token.pos_ != "PROPN" or token.ent_type_ in NO_ACTOR_LABELS or is_title_word(token):
            return None
        words = name_words(token)
        if words is None:
            return None
        titled = False
        while len(words) > 1 and (is_title_word(words[0]) or is_honorific(words[0])):
            words, titled = words[1:], True
        if token.ent_type_ == "NORP" and not titled:
            return None  # 'the Israeli said': a nationality
        text = " ".join(w.text for w in words)
        said = tuple(fold(text).split())
        gaz = gazetteer()
        if not said or gaz.is_place_name(text) or gaz.country(text) is not None:
            return None  # 'Chicago' of 'Chicago Mercantile Exchange': a place
        found = {
            id(actor): actor for actor, name in self.names if matches(said, name, actor, titled)
        }
        if len(found) != 1:
            return None
        actor = next(iter(found.values()))
        fired("participants: an actor's name written again, untagged", token.text, actor.name)
        return actor


def name_words(token: Token) -> list[Token] | None:
    """The proper nouns of the flat name TOKEN ends ('Simon' and 'Upton' for 'Upton'); None
    where they are only part of a longer name ('Gate' of "Heaven's Gate")."""
    doc = token.doc
    start = token.i
    while (
        start > token.sent.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ in NAME_DEPS
        and start - 1 < doc[start - 1].head.i <= token.i
    ):
        start -= 1
    before = doc[start - 1] if start > token.sent.start else None
    if any(c.dep_ == "poss" for c in token.children) or (
        before is not None and (before.pos_ == "PROPN" or before.tag_ == "POS")
    ):
        return None
    determiner = before is not None and before.dep_ == "det" and token.left_edge.i == before.i
    if token.left_edge.i < start and not determiner:
        return None  # 'Antonio of Dong Tam Long An Tile': the parse hung more on the name
    return list(doc[start : token.i + 1])


def name_key(name: str) -> tuple[str, ...]:
    """A name's words, each folded ('Zheng Bo/Zhao Tingting' has three)."""
    return tuple(key for word in name.split() if (key := fold(word).replace(" ", "")))


NAME_PARTICLES = frozenset({"al", "bin", "da", "de", "del", "der", "di", "du", "el", "ibn"})
NAME_PARTICLES |= {"la", "le", "van", "von"}
"""Lower-case words of a person's name: 'Mohammad bin Dhaen al-Hamli', 'Ludwig van Beethoven'."""


def written_as_name(name: str) -> bool:
    """A name every word of which is capitalised or a name's particle: not 'Mathieu Flamini
    put Arsenal', a phrase the model took for a name."""
    return all(word[:1].isupper() or word.split("-")[0] in NAME_PARTICLES for word in name.split())


def matches(said: tuple[str, ...], name: tuple[str, ...], actor: Entity, titled: bool) -> bool:
    if said == name:
        return True
    if len(said) > len(name):  # given names before a name given alone: 'Simon Upton', 'Upton'
        return len(name) == 1 and said[-1] == name[0] and name == name_key(actor.name)
    if said == name[-len(said) :]:  # 'Le Guen' of 'Paul Le Guen'
        return actor.kind == "person" and written_as_name(actor.name)
    if said != name[: len(said)]:
        return False
    # the first words of a name: a body's without the word that says it is one ('Westpac' of
    # 'Westpac Banking Corp.', not 'Rolls Royce' of 'Rolls-Royce Phantom'), or a person's given
    # name after a title ('Prince Turki')
    if actor.kind == "organization":
        return name[-1] in ORG_SUFFIXES | ORG_HEADS
    return titled and actor.kind == "person"
