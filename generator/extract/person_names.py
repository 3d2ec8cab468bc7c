"""Signs in a name's own words and syntax that it is a person's, whatever label the model gave it:
a title in apposition ('Ivo Petrov, the league's president,'), where a person's name starts
after a nationality ('Russian Maria Sharapova', 'Frenchman Carlos Sainz'), a full name whose
surname the text names a person alone, and a surname the model left untagged."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import DEMONYM_NOUNS, gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS
from generator.extract.names import (
    MONTH_AND_DAY_WORDS,
    is_honorific,
    is_title,
    is_title_word,
    surface,
)
from generator.extract.roles import as_role
from generator.extract.sentences import list_members, lowers
from generator.lemmas import lemma
from generator.names import fold


def titled_name(span: Span) -> bool:
    """A name of two or three proper nouns whose apposition is headed by a title word: 'X, the
    league's president,', 'X, chairman of Y,', or that an 'as' phrase gives a title: 'referred to
    Hong Song-Nam as acting premier' (a person's, whatever the model's label); not a body's, a
    place's or a plural's ('the Israel Defense Forces, ...')."""
    gaz = gazetteer()
    text = surface(span)
    if not (
        proper_words(span)
        and span.root.tag_ != "NNPS"
        and fold(span[-1].text) not in ORG_SUFFIXES | ORG_HEADS | PLACE_HEADS
        and not gaz.is_place_name(text)
        and gaz.country(text) is None
    ):
        return False
    if any(
        c.dep_ == "appos" and is_title_word(c) and c.lower_ not in ORG_HEADS
        for c in span.root.children
    ):
        return True
    given = as_role(span)
    if given is not None and is_title(given[0].split()[-1].lower()):
        fired("a name an 'as' phrase gives a title: a person", text, given[0])
        return True
    return False


def listed_with_people(span: Span) -> bool:
    """A name of proper nouns listed with people's names only ('Vuk Draskovic, Zoran Djindjic and
    Vesna Pesic'): one more person, whatever the model's label (not a body's or a place's word)."""
    if fold(span[-1].text) in ORG_SUFFIXES | ORG_HEADS | PLACE_HEADS or span.root.tag_ == "NNPS":
        return False
    listed = list_members(span.root)
    first = listed[0]
    others = [t for t in listed if not span.start <= t.i < span.end]
    where = first.head if first.dep_ == "pobj" else None  # 'in the cities of A, B and C'
    found = (
        len(others) >= 2
        and not (where is not None and (where.lower_ != "of" or lemma(where.head) in PLACE_HEADS))
        and not any(c.lower_ in ORG_HEADS for t in listed for c in t.children)  # 'club X, side Y'
        and all(t.ent_type_ in {"PERSON", "ORG"} for t in others)
        and sum(t.ent_type_ == "ORG" for t in others) <= 1  # the model may miss one more
        and gazetteer().country(surface(span)) is None
        and not gazetteer().is_place_name(surface(span))
    )
    if found:
        fired("a name listed with people's names: a person", span.text, span.sent.text[:120])
    return found


def proper_words(span: Span) -> bool:
    """Two or three proper nouns, a hyphenated one counting once ('Cornelia Schmalz-Jacobsen')."""
    proper = all(t.pos_ == "PROPN" for t in span if t.text != "-")
    return proper and 2 <= len(span.text.split()) <= 3


def nationality_before_name(span: Span) -> bool:
    """'Russian Maria Sharapova': a nationality adjective (not a given name that looks like one,
    'Turki', 'Frances') before a person's name, not a party's ('Cambodian People's Party')."""
    first = span[0].text
    gaz = gazetteer()
    return (
        (first.endswith(("an", "ese", "ish")) or fold(first) in DEMONYM_NOUNS)
        and gaz.country(first) is None
        and gaz.country_of_demonym(first) is not None
        and not any(t.tag_ == "POS" or t.lower_ in ORG_HEADS for t in span[1:])
    )


def full_name_of_lone_person(span: Span, lone_names: frozenset[str]) -> bool:
    """'Finland's Marcus Gronholm' (ORG), later 'Gronholm' (PERSON): two proper nouns whose last
    word the text names a person alone, whose first is no place, people or common word."""
    gaz = gazetteer()
    first, last = span[0], fold(span[-1].text)
    if (
        len(span) != 2
        or last not in lone_names
        or last in ORG_SUFFIXES
        or not (first.is_title and first.is_alpha)
        or gaz.is_place_name(surface(span))
        or gaz.is_place_name(first.text)
        or gaz.country_of_demonym(first.text)
        or first.lower_ in written_lower(first.doc)  # 'Operation Anfal' ('the operation')
    ):
        return False
    fired("a two-word ORG whose last word the text names a person: a person", span.text)
    return True


def written_lower(doc: Doc) -> set[str]:
    """The words the text writes in lower case somewhere: a capital on one of them is only the
    sentence's or a name's, not a given name's."""
    cached = doc.user_data.get("factsheet_written_lower")
    if cached is None:
        cached = doc.user_data["factsheet_written_lower"] = {t.text for t in doc if t.is_lower}
    return cached


def untagged_surnames(
    doc: Doc, spans: list[Span], surnames: set[str], lone: frozenset[str]
) -> list[Span]:
    """'Stajcic was a former director': a lone capitalised word the model left untagged that is
    the surname of a person the text has named in full, or a name it tagged as a person alone
    elsewhere (LONE: "Kim said", after "Kim sent"), is that person again."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    elsewhere = {fold(surface(s)) for s in spans if s.label_ != "PERSON"}  # "Gazprom" an ORG too
    found = []
    for token in candidate_words(doc, surnames | (lone - elsewhere)):  # a full name's surname
        # stays one though the model once tags it otherwise ('Pinochet' as an ORG)
        if (
            token.i in covered
            or token.ent_type_  # "in May 2003": the model read it as something else
            or token.pos_ != "PROPN"
            or not token.text[:1].isupper()
            or token.is_upper  # a wire slug, "(US-IRAQ-BUSH)"
            or (token.i > 0 and doc[token.i - 1].pos_ == "DET")  # "the Cardiff back-row"
            or any(
                0 <= j < len(doc)
                and (
                    (doc[j].text[:1].isupper() and not (doc[j].is_sent_start and doc[j].is_stop))
                    or doc[j].tag_ == "HYPH"
                )
                for j in (token.i - 1, token.i + 1)
            )
        ):
            continue  # "the Stajcic Foundation", "Doctors Without Borders": part of another name
        fired("person: untagged surname", token.text, token.sent.text[:140])
        found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def candidate_words(doc: Doc, wanted: set[str]) -> list[Token]:
    """The tokens whose folded text is in WANTED, read from the Doc's LOWER column (a Token made
    for every word of every article was most of this step's cost)."""
    if not wanted:
        return []
    return [
        doc[i]
        for i, lower in enumerate(lowers(doc))
        if lower in wanted or (not (lower.isascii() and lower.isalnum()) and fold(lower) in wanted)
    ]


def apposed_names(doc: Doc) -> list[Span]:
    """Names the model missed, or tagged only in part, that a title stands in apposition to:
    'Yoshihisa Murasawa, a management consultant for ...', 'Mufit Neftci (tagged 'Neftci'), a
    representative of ...'. Two or three proper nouns, whole (no name word before or after),
    that titled_name takes for a person's; the model's own whole PERSON spans are left to it."""
    found = []
    for token in doc:
        if not any(c.dep_ == "appos" for c in token.children) or not name_word(token):
            continue
        start = token.i
        while start > token.sent.start and name_word(doc[start - 1]) and token.i - start < 3:
            start -= 1
        if start > token.sent.start and (
            doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"
        ):
            continue  # part of a longer name ('Bank of China', 'Jean-Pierre'), a title's holder
        if any(held_by_name(c) for c in token.children if c.dep_ == "appos"):
            continue  # 'the Gulf War, former chairman ... Colin Powell': the title is his
        span = Span(doc, start, token.i + 1, label="PERSON")
        if all(t.ent_type_ == "PERSON" for t in span) or not titled_name(span):
            continue
        fired("name: a title apposed to an untagged name", span.text, span.sent.text[:120])
        found.append(span)
    return found


def held_by_name(title: Token) -> bool:
    """The title is the name's that it holds or that follows it ('chairman of the Joint Chiefs of
    Staff Colin Powell')."""
    doc = title.doc
    after = title.right_edge.i + 1
    return any(t.ent_type_ == "PERSON" for t in title.subtree) or (
        after < len(doc) and doc[after].pos_ == "PROPN"
    )


def name_word(token: Token) -> bool:
    return (
        token.is_alpha
        and token.is_title
        and token.pos_ == "PROPN"
        and token.tag_ == "NNP"
        and token.lower_ not in MONTH_AND_DAY_WORDS
        and not is_title_word(token)
    )


def marked_surname(span: Span) -> bool:
    """A one-word name after an honorific ('Ms. Atimadi'), or one the model labels a person's
    after a title word ('General Sutanto': the model may label it a place's where it says
    things)."""
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    titled = span.label_ == "PERSON" and is_title_word(before) and not is_honorific(before)
    if titled:
        fired("a title before a lone person's name: a person's name", span.text)
    return titled or is_honorific(before)
