"""A name the model ran into the verb or the name after it is cut back to the names."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from generator.extract.name_cuts import split_at_joining_word
from generator.extract.names import entities


def parts(
    nlp, sentence: str, run_on: str, label: str, alone: tuple[str, str] | None = None
) -> list[tuple[str, str]]:
    """The parts of RUN_ON: the words of SENTENCE the model is made to read as one LABEL name,
    and as its only name but ALONE (words it tagged alone, after the run-on, with a label)."""
    doc = nlp(sentence)
    ents = [span(nlp, doc, run_on, label)]
    if alone is not None:
        ents.append(span(nlp, doc, *alone, after=ents[0].end))
    doc.ents = ents
    return [(p.text, p.label_) for p in split_at_joining_word(ents[0])]


def span(nlp, doc, words: str, label: str, after: int = 0) -> Span:
    start = next(t.i for t in doc[after:] if doc[t.i :].text.startswith(words))
    return Span(doc, start, start + len(nlp.tokenizer(words)), label=label)


@pytest.mark.parametrize(
    "sentence, run_on, label, expected",
    [
        (  # a name and the verb after it
            "Presenter Ciaran Doyle underlined the point on Friday.",
            "Ciaran Doyle underlined",
            "ORG",
            [("Ciaran Doyle", "ORG")],
        ),
        (  # two names either side of a verb
            "Dmitri Volkov put Zenit ahead after ten minutes.",
            "Dmitri Volkov put Zenit",
            "ORG",
            [("Dmitri Volkov", "ORG"), ("Zenit", "ORG")],
        ),
        (  # 'by' joins a deed's doer to what it was done to
            "The refinery was handed to Petrogaz by Turkmenov in 2006.",
            "Petrogaz by Turkmenov",
            "ORG",
            [("Petrogaz", "ORG"), ("Turkmenov", "ORG")],
        ),
        (  # a fixture's sides are teams, not people
            "Results: Rayo Norte v Alavesa 2-1.",
            "Rayo Norte v Alavesa",
            "PERSON",
            [("Rayo Norte", "ORG"), ("Alavesa", "ORG")],
        ),
        (  # two countries in a fixture stay countries
            "Group C: Lusitania vs Marovia ended 1-1.",
            "Lusitania vs Marovia",
            "GPE",
            [("Lusitania", "GPE"), ("Marovia", "GPE")],
        ),
        (  # 'or' lists two bodies
            "The Football League or Premiership will decide.",
            "The Football League or Premiership",
            "ORG",
            [("The Football League", "ORG"), ("Premiership", "ORG")],
        ),
        (  # a trailing preposition is no part of the name
            "She taught at the University of Oregon from 1990.",
            "University of Oregon from",
            "ORG",
            [("University of Oregon", "ORG")],
        ),
    ],
)
def test_a_run_on_name_is_cut_at_a_word_no_name_holds(nlp, sentence, run_on, label, expected):
    assert parts(nlp, sentence, run_on, label) == expected


@pytest.mark.parametrize(
    "sentence, run_on, label",
    [
        ("He wrote for Welt am Sonntag on Tuesday.", "Welt am Sonntag", "ORG"),  # German 'am'
        ("She flew to Frankfurt am Main on Monday.", "Frankfurt am Main", "GPE"),
        ("Maria do Carmo Nunes spoke.", "Maria do Carmo Nunes", "PERSON"),  # a particle
        ("The Bank of the South lent more.", "Bank of the South", "ORG"),
        ("Reporters Without Borders protested.", "Reporters Without Borders", "ORG"),
    ],
)
def test_a_name_keeps_its_own_lower_case_words(nlp, sentence, run_on, label):
    assert parts(nlp, sentence, run_on, label) == [(run_on, label)]


def test_a_part_takes_the_kind_the_model_gave_its_words_alone(nlp):
    sentence = "Dmitri Volkov put Zenit ahead. Dmitri Volkov scored again."
    found = parts(nlp, sentence, "Dmitri Volkov put Zenit", "ORG", ("Dmitri Volkov", "PERSON"))
    assert found == [("Dmitri Volkov", "PERSON"), ("Zenit", "ORG")]


def test_the_article_s_names_are_cut(nlp):
    doc = nlp("Dmitri Volkov put Zenit ahead after ten minutes.")
    doc.ents = [span(nlp, doc, "Dmitri Volkov put Zenit", "ORG")]
    assert [e.text for e in entities(doc)] == ["Dmitri Volkov", "Zenit"]


@pytest.mark.parametrize(
    "sentence, run_on, label, expected",
    [
        ("Regarding Aceh, the minister said work had begun.", "Regarding Aceh", "GPE", "Aceh"),
        (
            "However Negroponte said the report was wrong.",
            "However Negroponte",
            "PERSON",
            "Negroponte",
        ),
    ],
)
def test_the_word_opening_a_sentence_is_no_part_of_a_name(nlp, sentence, run_on, label, expected):
    doc = nlp(sentence)
    doc.ents = [span(nlp, doc, run_on, label)]
    assert [e.text for e in entities(doc)] == [expected]
