"""Person names after a title that the model missed ("Foreign Ministers A and B"), and the
words after a title-like word that name a body, not a person ("Major League Baseball")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES, TITLE_HEADS
from generator.extract.names import MONTH_AND_DAY_WORDS, entity_at, is_title, is_title_word
from generator.extract.portfolio_titles import portfolio_end
from generator.extract.sentences import lowers
from generator.names import fold

REMIT_HEADS = ORG_HEADS | {"center", "centre", "conference", "forum", "office", "panel"}
"""Body words a name can go on after with what the body is for ('Working Group on Afghan
Women', 'Supreme Council for the Islamic Revolution'); none is a word of a person's name."""


def recover_titled_names(doc: Doc) -> list[Span]:
    """Person names after a title that NER missed: 'Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov'."""
    found: list[Span] = []
    words = lowers(doc)
    i = 0
    while i < len(doc):
        if not is_title(words[i]) or heads_as_a_verb(doc[i]):
            i += 1
            continue
        j = portfolio_end(doc, i)  # 'Minister of Labor and Social Security Tian Chengping'
        while True:
            run_end = j
            while run_end < len(doc):
                if is_name_token(doc[run_end]):
                    run_end += 1
                elif run_end > j and joins_name_parts(doc, run_end):
                    fired("name: hyphenated given name", doc[j : run_end + 2])
                    run_end += 2  # "Ri Jong-Ok": a hyphenated given name is one name
                else:
                    break
            if j > i + 1 and run_end - j >= 2 and not second_name(doc, j, run_end):
                break
            if (
                run_end - j >= 2
                and not names_a_body(doc[j:run_end])
                and not opens_a_body_name(doc, i, run_end)
            ):
                found.append(Span(doc, j, run_end, label="PERSON"))
                if run_end < len(doc) - 1 and doc[run_end].lower_ == "and":
                    j = run_end + 1
                    continue
            break
        i = max(i + 1, run_end)
    return found


def opens_a_body_name(doc: Doc, title: int, end: int) -> bool:
    """'a unit of Rose Partners Limited Partnership', 'Paris-based Reporters Sans Frontieres': a
    plural title-like word inside a name the model reads whole as a body's is a word of that
    name; one person's name never follows a plural title (unlike 'Corporal Scott Evans', which
    the model also labels ORG)."""
    ent = entity_at(doc[title])
    word = doc[title]
    found = (
        ent is not None
        and ent.label_ == "ORG"
        and ent.start <= title
        and ent.end >= end
        and word.text[:1].isupper()
        and word.lower_ not in TITLE_HEADS  # a plural: 'Partners', 'Brothers'
        and (
            title == 0 or doc[title - 1].lower_ != "of"
        )  # 'Speaker of the House of Representatives X'
    )
    if found:
        fired("name: a plural title-like word inside a body's name", ent.text, word.sent.text)
    return found


def names_a_body(words: Span) -> bool:
    """'Major League Baseball', 'Weglowa Company': a word of a body's name, not a person's,
    after the title-like word that opens it (a legal form ends it)."""
    found = fold(words[-1].text) in ORG_SUFFIXES or any(fold(t.text) in REMIT_HEADS for t in words)
    if found:
        fired("name: a body's word in the words after a title", words.text)
    return found


def heads_as_a_verb(title: Token) -> bool:
    """'who rose to head Soviet Kazakhstan', 'who chairs Qatar': a title word used as a verb
    names no person after it (a tagger's verb after a team's name stays a title: 'Knicks guard
    Jared Jeffries')."""
    doc = title.doc
    infinitive = title.i > 0 and doc[title.i - 1].lower_ == "to"
    return title.pos_ == "VERB" and (infinitive or title.tag_ in {"VBZ", "VBD"})


def second_name(doc: Doc, start: int, end: int) -> bool:
    """The words after 'and' are a second person of the title ('Foreign Ministers A and B'), not
    a body or country before a title of its own ('Treasury Secretary Henry Paulson and Federal
    Reserve Chairman Ben Bernanke', '... and Singapore Prime Minister Lee Hsien Loong')."""
    if end < len(doc) and (is_title_word(doc[end]) or is_title(doc[end].lower_)):
        fired("name: a body after 'and' is no second person of the title", doc[start:end].text)
        return False
    return True


def joins_name_parts(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen written inside a name, between two capitalised parts ("Jong-Ok")."""
    return (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].is_alpha
    )


def is_name_token(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.lower_ not in MONTH_AND_DAY_WORDS
        and not is_title_word(token)
        and token.pos_ == "PROPN"
    )
