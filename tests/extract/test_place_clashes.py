"""A person and a place with one name in one story: which of them the text means."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.extract.place_clashes import (
    absorb_places_named_as_people,
    absorb_surnamed_places,
    split_people_named_as_places,
)
from generator.records import Entity, NameMention


def parsed(nlp, rows: list[tuple[str, int, str, str]]) -> Doc:
    """A hand-parsed Doc: (word, head, dependency, part of speech) rows, a sentence after each
    full stop."""
    starts = [i == 0 or rows[i - 1][0] == "." for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        sent_starts=starts,
    )


@pytest.mark.parametrize(
    ("verb", "pos", "place"),
    [("is", "AUX", True), ("said", "VERB", False), ("attacked", "VERB", False)],
)
def test_a_person_with_a_place_s_name_in_the_article_is_the_place(nlp, verb, pos, place) -> None:
    """'the provinces of Yala, Varno and Tesk' (the model's person) beside 'in Varno' is the
    place, though the text says what it is ('Varno is ...'); a 'Varno' who speaks or does
    something stays a person."""
    doc = parsed(
        nlp,
        [
            ("Rebels", 1, "nsubj", "NOUN"),
            ("attacked", 1, "ROOT", "VERB"),
            ("in", 1, "prep", "ADP"),
            ("Yala", 2, "pobj", "PROPN"),
            (",", 3, "punct", "PUNCT"),
            ("Varno", 3, "conj", "PROPN"),
            ("and", 5, "cc", "CCONJ"),
            ("Tesk", 5, "conj", "PROPN"),
            (".", 1, "punct", "PUNCT"),
            ("Varno", 10, "nsubj", "PROPN"),
            (verb, 10, "ROOT", pos),
            (".", 10, "punct", "PUNCT"),
        ],
    )
    people = [
        Entity(
            "person",
            "Varno",
            [
                NameMention(doc[5:6], "Varno", "person"),
                NameMention(doc[9:10], "Varno", "person", agentive=True),  # a subject
            ],
        )
    ]
    located = NameMention(doc[5:6], "Varno", "place", locative=True)  # in Yala, Varno and Tesk
    places = {"varno": Entity("place", "Varno", [located])}
    kept = split_people_named_as_places(people, places)
    assert (kept == []) == place
    assert (len(places["varno"].mentions) == 3) == place


@pytest.mark.parametrize(
    ("place", "people", "absorbed"),
    [
        ("O'Brannon", ["Shaquille O'Brannon"], True),  # 'without O'Brannon'
        ("Le Marc", ["Henri Le Marc"], True),  # 'Le Marc is hopeful'
        ("Le Marc", ["Henri Le Marc", "Jean Le Marc"], False),  # a name two people share
        ("Paris", ["Paris Orwell"], False),  # a town the gazetteer knows
    ],
)
def test_a_place_named_by_words_of_one_person_s_full_name_is_that_person(
    nlp, place, people, absorbed
) -> None:
    doc = Doc(nlp.vocab, words=["x"])
    key = place.lower().replace("'", " ")
    places = {key: Entity("place", place, [NameMention(doc[0:1], place, "place")])}
    persons = [Entity("person", name, [NameMention(doc[0:1], name, "person")]) for name in people]
    left = absorb_surnamed_places(places, persons)
    assert (key not in left) == absorbed
    assert (len(persons[0].mentions) == 2) == absorbed


@pytest.mark.parametrize(
    ("verb", "preposition", "absorbed"), [("pleaded", "for", True), ("met", "in", False)]
)
def test_a_place_with_the_name_of_a_person_who_speaks_is_that_person(
    nlp, verb, preposition, absorbed
) -> None:
    """'Leaders pleaded for Chidambaram' beside 'Chidambaram said' (a town's name too) is the
    person; 'leaders met in Chidambaram' is the town."""
    doc = parsed(
        nlp,
        [
            ("Chidambaram", 1, "nsubj", "PROPN"),
            ("said", 1, "ROOT", "VERB"),
            (".", 1, "punct", "PUNCT"),
            ("Leaders", 4, "nsubj", "NOUN"),
            (verb, 4, "ROOT", "VERB"),
            (preposition, 4, "prep", "ADP"),
            ("Chidambaram", 5, "pobj", "PROPN"),
            (".", 4, "punct", "PUNCT"),
        ],
    )
    person = Entity("person", "Chidambaram", [NameMention(doc[0:1], "Chidambaram", "person")])
    places = {
        "chidambaram": Entity(
            "place", "Chidambaram", [NameMention(doc[6:7], "Chidambaram", "place")]
        )
    }
    left = absorb_places_named_as_people(places, [person])
    assert ("chidambaram" not in left) == absorbed
    assert (len(person.mentions) == 2) == absorbed
