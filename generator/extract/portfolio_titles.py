"""A title with its portfolio after 'of' or 'for' ('Minister of Labor and Social Security Tian
Chengping', 'Secretary for Home Affairs Patrick Ho', 'Minister of State for Trade and Industry
Lee Yi Shyan'): the portfolio's capitalised words belong to the title, not to a body's name or
to the name of the person after it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES
from generator.extract.names import is_title_word
from generator.extract.sentences import lowers
from generator.lemmas import is_common_word
from generator.names import fold

JOINS = frozenset({"and", "&", "for"})
"""Words inside a portfolio: 'Labor and Social Security', 'State for Trade and Industry'."""
BODY_WORDS = ORG_HEADS | ORG_SUFFIXES
"""'Department', 'Committee', 'Limited': words that end a body's name, not a portfolio."""
MIN_NAME = 2
"""A name the model did not mark is at least a given name and a surname."""
MAX_PORTFOLIO = 8
"""Words a portfolio may have: 'State for Law and Home Affairs' has six."""


PORTFOLIOS_KEY = "factsheet_portfolio_ends"


def portfolio_ends(doc: Doc) -> dict[int, int]:
    """Each title word followed by a portfolio and a name, by index, with where the name starts:
    found once per document, for the names, the roles and the bodies that read them."""
    cached = doc.user_data.get(PORTFOLIOS_KEY)
    if cached is None:
        words = lowers(doc)
        cached = doc.user_data[PORTFOLIOS_KEY] = {
            title: end
            for title in range(len(doc) - 2)
            if words[title + 1] in {"of", "for"}
            and (end := find_portfolio_end(doc, title)) > title + 1
        }
    return cached


def portfolio_end(doc: Doc, title: int) -> int:
    """Where the person's name starts after the title word at TITLE and its portfolio; TITLE + 1
    when no portfolio and name follow."""
    return portfolio_ends(doc).get(title, title + 1)


def find_portfolio_end(doc: Doc, title: int) -> int:
    """Where the portfolio after the title word at TITLE ends, and the person's name starts;
    TITLE + 1 when no portfolio and name follow. The name starts at a PERSON the model marked,
    or else after the run of common words and places ('Labor', 'Social', 'Security'), leaving
    it two."""
    if title + 2 >= len(doc) or doc[title + 1].lower_ not in {"of", "for"}:
        return title + 1
    word = doc[title]
    if not is_title_word(word) or not word.text[:1].isupper() or word.tag_ in {"NNS", "NNPS"}:
        return title + 1  # 'Aides of British Prime Minister X': others' title
    if word.ent_type_ == "ORG":
        return title + 1  # 'Physicians for Human Rights', 'the Joint Chiefs of Staff': a body
    run_end = title + 2
    while run_end < min(len(doc), title + 2 + MAX_PORTFOLIO + MIN_NAME):
        token = doc[run_end]
        if not (capitalised(token) or (token.lower_ in JOINS and capitalised_at(doc, run_end + 1))):
            break
        run_end += 1
    person = next(
        (k for k in range(title + 3, run_end) if doc[k].ent_type_ == "PERSON"),
        None,
    )
    if person is not None and doc[person].ent_iob_ == "B" and doc[person - 1].lower_ not in JOINS:
        end = name_start(doc, title, person)
    else:
        end = title + 2
        while end < run_end - MIN_NAME and (portfolio_word(doc[end]) or doc[end].lower_ in JOINS):
            end += 1
    if end == title + 2 or run_end - end < (1 if person == end else MIN_NAME):
        return title + 1
    if (
        any(t.lower_ in JOINS for t in doc[end - 1 : run_end])
        or any(t.ent_type_ == "PERSON" or is_title_word(t) for t in doc[title + 2 : end])
        or any(fold(t.text) in BODY_WORDS for t in doc[title + 2 : run_end])
    ):
        return title + 1  # 'Director of Foreign Trade Department X': a body's name
    fired("role: a title's portfolio after 'of' or 'for'", doc[title:run_end].text)
    return end


def portfolio_word(token: Token) -> bool:
    """A word of a portfolio: a common word ('Security', 'Affairs') or a place's or a country's
    name ('Special Representative for Somalia', 'Minister for Europe')."""
    gazetteer_ = gazetteer()
    return (
        is_common_word(token)
        or gazetteer_.country(token.text) is not None
        or gazetteer_.is_place_name(token.text)
    )


def name_start(doc: Doc, title: int, person: int) -> int:
    """The model's PERSON may leave out the first words of the name ('Mohammad Awad Afifi [Tag
    Eddin]', 'German [Gref]'): words that are no common words go with it, and a lone surname
    takes the word before."""
    start = person
    while start - 1 > title + 2 and capitalised(doc[start - 1]):
        if is_common_word(doc[start - 1]) and not (start == person and lone(doc, person)):
            break
        start -= 1
    return start


def lone(doc: Doc, person: int) -> bool:
    """The model's PERSON at PERSON is one word long."""
    return person + 1 >= len(doc) or doc[person + 1].ent_iob_ != "I"


def capitalised(token: Token) -> bool:
    """A capitalised word that is not so only because it opens its sentence."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def capitalised_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and capitalised(doc[i])


def portfolio_title_start(span: Span) -> int:
    """The title word whose portfolio runs right up to SPAN's name, or the name's start."""
    titles = [title for title, end in portfolio_ends(span.doc).items() if end == span.start]
    return max(titles, default=span.start)  # the nearest, as a walk back would find it
