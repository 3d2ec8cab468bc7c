"""A name the model labels a building or a site (FAC) that acts, or is a party to something, is
a body; one that things happen to or at stays a place."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from generator.extract.mentions import kind_by_label, syntactic_role


def labelled(nlp, sentence: str, name: str, label: str = "FAC") -> Span:
    """NAME in SENTENCE as the model's only name, with LABEL."""
    doc = nlp(sentence)
    start = next(t.i for t in doc if doc[t.i :].text.startswith(name))
    span = Span(doc, start, start + len(nlp.tokenizer(name)), label=label)
    doc.ents = [span]
    return doc.ents[0]


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Le Varnois reported on Monday that the firm was a front.", "Le Varnois", "organization"),
        (
            "Kensworth Palace neither confirmed nor denied the report.",
            "Kensworth Palace",
            "organization",
        ),
        (  # a party to an agreement
            "Varn Netcom announced an agreement with Telvaria SA to form a joint venture.",
            "Telvaria SA",
            "organization",
        ),
        ("The blasts struck the Grand Varn Hotel on Monday.", "Grand Varn Hotel", "place"),
        ("The two men toured Varnland's science park on Sunday.", "Varnland", "place"),
        ("Talks were held at the Varn Cricket Ground on Monday.", "Varn Cricket Ground", "place"),
    ],
)
def test_a_building_or_site_that_acts_is_a_body(nlp, sentence: str, name: str, kind: str) -> None:
    span = labelled(nlp, sentence, name)
    agentive, locative = syntactic_role(span)
    assert kind_by_label(span, span.text, "FAC", locative, agentive) == kind


def test_a_facility_named_like_a_person_the_text_names_is_that_person(nlp) -> None:
    """The model's FAC on 'Somchai Krungget shattered ...' made a body of him; 'Somchai told
    reporters' names him as a person, so the two are one person. A body's word in the name
    keeps it a body."""
    from generator.extract.actors import extract_entities

    doc = nlp(
        "Somchai Krungget shattered the world record on Monday. "
        "Later, Somchai told reporters he was happy with it."
    )
    alone = [t.i for t in doc if t.text == "Somchai"][1]
    doc.ents = [Span(doc, 0, 2, label="FAC"), Span(doc, alone, alone + 1, label="PERSON")]
    actors, _ = extract_entities(doc)
    assert [(a.name, a.kind) for a in actors] == [("Somchai Krungget", "person")]


def test_names_run_whole_inside_one_another() -> None:
    from generator.names import one_within

    assert one_within(["Le", "Guen"], ["Paul", "Le", "Guen"])
    assert one_within(["Pichet", "Krungget"], ["Pichet"])
    assert not one_within(["David", "Kong"], ["Royal", "Hong", "Kong", "Golf", "Club"])
