"""Finding name mentions in a parsed article and deciding what each one names.

The statistical NER is the start: its spans are cleaned (determiners, honorifics,
titles, possessives), names it misses after a title are recovered, and each
mention is typed from its syntax plus the GeoNames gazetteer.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import (
    HONORIFICS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PORTFOLIOS,
    SAYING_VERBS,
    SUB_BODIES,
    TITLE_HEADS,
)
from generator.extract.name_cuts import (
    NAME_LABELS,
    NAME_PARTICLES,
    closed,
    is_particle,
    split_at_comma,
    split_at_joining_word,
    without_opening_word,
    without_trailing_score,
)
from generator.extract.sentences import words_whole
from generator.lemmas import lemma
from generator.names import fold

EVENT_HEADS = {
    "day",
    "week",
    "games",
    "cup",
    "championship",
    "championships",
    "festival",
    "olympics",
    "summit",
    "conference",
    "war",
    "year",
    "final",
    "finals",
    "open",
    "prix",
    "marathon",
    "round",  # 'the Doha Round': a round of talks
    "goals",  # 'the Bogor Goals', 'the Millennium Development Goals': a programme's targets
}
THING_HEADS = frozenset({"award", "awards", "index", "prize", "trophy"})
"""Heads of the names of things no one is: a market index ('Hang Seng Index'), an award ('Jesse
Owens Award', 'Champions Trophy')."""
NEVER_SURNAMES = frozenset(
    {"championships", "conference", "festival", "olympics", "summit"} | THING_HEADS
)
"""Heads that end an event's or a thing's name, never a person's ('the European Championships',
'the Chestnut Festival', 'the Taofen Awards'), whatever label the model gives it; not 'Day',
'Games' or 'Open', which end people's names too."""
STREET_HEADS = {"road", "street", "avenue", "square", "boulevard", "lane", "bridge"}
DOCUMENT_HEADS = frozenset(
    {"accord", "accords", "act", "agreement", "charter", "code", "convention", "conventions"}
    | {"covenant", "declaration", "law", "protocol", "treaty"}
    | {"agenda", "framework", "mechanism", "plan", "policy", "process", "scheme", "strategy"}
)
"""Heads of the names of treaties, laws and declarations ('Kyoto Protocol', 'International
Covenant on Civil and Political Rights', 'Law on Civil Servants') and of programmes ('Doha
Development Agenda', 'Hanoi Action Plan', 'Kimberley Process'): a text, not an actor."""
OF_WORDS = re.compile(r"\s(?:on|of|for|against)\b")


def document_head(text: str) -> str:
    """The head word of a name: its last word, or the one before its 'on', 'of' or 'for'
    phrase ('Convention on International Trade in Endangered Species': convention)."""
    return OF_WORDS.split(text.lower(), maxsplit=1)[0].split()[-1]


def names_a_portfolio(text: str) -> bool:
    """'Defence', 'British Defense', 'External Affairs': words that end in a government portfolio
    and name no body ('Norsk Hydro Energy', 'Confederation of Indian Industry')."""
    words = fold(text).split()
    return bool(words) and words[-1] in PORTFOLIOS and not (ORG_HEADS | {"of", "for"}) & set(words)


def names_an_event_or_text(text: str, label: str) -> bool:
    """By its head word the name is an event's ('International Women's Day', 'the Asian Games'),
    a thing's ('Hang Seng Index') or a text's, a treaty or a law ('Kyoto Protocol', 'Law on
    Civil Servants'): no actor."""
    words = fold(text).split()
    head = document_head(fold(text))  # 'Organization of the Islamic Conference' is a body
    last = words[-1] if head not in ORG_HEADS | SUB_BODIES else head
    if {head, last} & (EVENT_HEADS | THING_HEADS) and (
        label in {"ORG", "FAC", "EVENT"} or (label in {"GPE", "LOC"} and len(words) > 1)
    ):
        fired("event head: not an actor", text)
        return True
    if label == "PERSON" and len(words) > 1 and words[-1] in NEVER_SURNAMES:
        fired("an event's or a thing's head on a 'person': not an actor", text)
        return True
    if label in {"ORG", "FAC"} and document_head(text) in DOCUMENT_HEADS:
        fired("a treaty's or a law's name: not an actor", text)
        return True
    return False


MONTH_AND_DAY_WORDS = {name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)}
WEEKDAYS = frozenset(name.lower() for name in calendar.day_name)


def entities(doc: Doc) -> list[Span]:
    """doc.ents, computed once per Doc (spaCy rebuilds the tuple on every access)."""
    cached = doc.user_data.get("factsheet_ents")
    if cached is None:
        cached = [
            without_opening_word(without_trailing_score(closed(speaking_work(piece))))
            for ent in joined_across_of(doc.ents)
            if not lower_case_name(ent)
            for part in split_at_comma(ent)
            for piece in split_at_joining_word(part)
        ]
        doc.user_data["factsheet_ents"] = cached
    return cached


def speaking_work(ent: Span) -> Span:
    """'..." Aidos Sarimov told AFP': the model reads a name after a closing quotation mark as a
    work's title. The subject of a saying verb is a speaker: a person by a person's name, a
    body by 'The ...' ('The Daily Champion reported')."""
    root = ent.root
    if ent.label_ != "WORK_OF_ART" or root.dep_ != "nsubj" or lemma(root.head) not in SAYING_VERBS:
        return ent
    words = [t for t in ent if t.text != "-"]
    if len(words) > 4 or not all(t.is_alpha and t.text[:1].isupper() for t in words[1:]):
        return ent
    if words[0].lower_ == "the":
        if root.tag_ == "NNPS":  # 'The North Koreans': a people, not a body
            return ent
        label = "ORG"
    elif words[0].text[:1].isupper() or words[0].lower_ in NAME_PARTICLES:
        label = "PERSON"
    else:
        return ent
    fired("name: a speaker the model took for a work's title", ent.text, label)
    return Span(ent.doc, ent.start, ent.end, label=label)


def lower_case_name(ent: Span) -> bool:
    """'multiparty liaison committees', 'prison van', 'the east coast', 'the armada': a person's
    or a place's name has a capital letter (a body's may not: 'the health ministry')."""
    if ent.label_ not in {"PERSON", "GPE", "LOC", "FAC"} or any(c.isupper() for c in ent.text):
        return False
    if ent.label_ != "PERSON" and (
        gazetteer().country(ent.text) or gazetteer().is_place_name(ent.text)
    ):
        return False  # 'china has written off': a known place, written carelessly
    fired(f"name: a lower-case {ent.label_} is no name", ent.text, ent.sent.text)
    return True


def joined_across_of(ents: tuple[Span, ...]) -> list[Span]:
    """'the Bay of' + 'Bengal', 'the Democratic Republic of the' + 'Congo': a name the model cut
    after its 'of' or 'of the' goes on into the next name (not after 'and': 'the Jiji Press and' +
    'Kyodo News' are two). So does one it cut at a particle (see across_particle)."""
    out: list[Span] = []
    for ent in ents:
        if (
            out
            and cut_short(out[-1])
            and out[-1].end == ent.start
            and len(out[-1]) > 1
            and out[-1].label_ in NAME_LABELS
            and ent.label_ in NAME_LABELS - {"NORP"}  # 'the group of Chilean police': no name
        ):
            first = out.pop()
            fired("name: joined across its 'of'", first.text, ent.text)
            ent = Span(ent.doc, first.start, ent.end, label=first.label_)
        elif out and across_particle(out[-1], ent):
            first = out.pop()
            fired("name: joined across its particle", first.text, ent.text)
            ent = Span(ent.doc, first.start, ent.end, label=first.label_)
        out.append(ent)
    return [
        past_particle(ent, out[i + 1] if i + 1 < len(out) else None) for i, ent in enumerate(out)
    ]


def past_particle(ent: Span, following: Span | None) -> Span:
    """'Mar' [del Plata]: a name the model ended before its particle and the capitalised words
    after it, which it left out of every name."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in NAME_LABELS - {"NORP"} or end + 1 >= len(doc):
        return ent
    particle = doc[end]
    if not is_particle(particle) or "\n" in particle.whitespace_:
        return ent
    stop = following.start if following is not None else len(doc)
    last = end + 1
    while last < stop and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper():
        last += 1
    if last == end + 1:
        return ent
    fired("name: joined across its particle", ent.text, doc[end:last].text)
    return Span(doc, ent.start, last, label=ent.label_)


def across_particle(first: Span, then: Span) -> bool:
    """One name the model cut at its lower-case particle: 'Mar' + 'del Plata', 'Maria do' +
    'Carmo Silveira', 'Jose Eduardo' dos 'Santos' (the particle left out between two names of
    the same kind, on one line)."""
    doc = first.doc
    if first.label_ != then.label_ or first.label_ not in NAME_LABELS - {"NORP"}:
        return False
    if then.start == first.end:
        particle = then[0] if then[0].is_lower else first[-1]
        return is_particle(particle) and len(then) > 1
    if then.start != first.end + 1:
        return False
    between = doc[first.end]
    return (
        is_particle(between)
        and "\n" not in first[-1].whitespace_ + between.whitespace_
        and then[0].text[:1].isupper()
    )


def cut_short(ent: Span) -> bool:
    """A name never ends in 'of' or 'of the'."""
    last = ent[-1].lower_
    return last == "of" or (last == "the" and len(ent) > 2 and ent[-2].lower_ == "of")


def entity_at(token: Token) -> Span | None:
    """The entity span covering TOKEN, via a per-Doc index."""
    index = token.doc.user_data.get("factsheet_ent_index")
    if index is None:
        index = {}
        for ent in entities(token.doc):
            for i in range(ent.start, ent.end):
                index[i] = ent
        token.doc.user_data["factsheet_ent_index"] = index
    return index.get(token.i)


def is_honorific(token: Token) -> bool:
    """'Mr.', 'Sir', 'Gen.': a courtesy word before a name, no part of a title or a role."""
    return token.lower_.rstrip(".") in HONORIFICS


def addresses(token: Token) -> bool:
    """An honorific ('Gen.', 'Mr.'), or the full stop the tokenizer cut off one ('Col', '.')."""
    return is_honorific(token) or (
        token.text == "." and token.i > 0 and is_honorific(token.doc[token.i - 1])
    )


def is_title_word(token: Token) -> bool:
    return is_title(token.lower_)


@lru_cache(maxsize=65536)
def is_title(lower: str) -> bool:
    word = lower.rstrip(".")
    if word.startswith("co-"):  # 'co-director', 'co-chairman': a title shared
        word = word[3:]
    return (
        word in TITLE_HEADS
        or (word.endswith("s") and word[:-1] in TITLE_HEADS)
        or (word.endswith("men") and word[:-3] + "man" in TITLE_HEADS)
    )


KEEP_SAINT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""Labels of names a 'St.' belongs to: St. Louis, St. Petersburg, St. Mary's Hospital."""


def clean_span(span: Span) -> Span | None:
    """Drop leading determiners, honorifics and titles and trailing possessives/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"}
        or (is_honorific(doc[start]) and span.label_ not in KEEP_SAINT_LABELS)
        or (span.label_ == "PERSON" and is_title_word(doc[start]) and end - start > 1)
        or doc[start].is_punct
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ in {"POS", "CC"} or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        if doc[end - 1].tag_ == "CC":
            fired("name span: a trailing coordinator dropped", span.text)
        end -= 1  # "'s", "the Jiji Press and" (a coordinator the model ran into), "-"
    while end - start > 1 and doc[end - 1].lower_ in WEEKDAYS:
        fired("name span: a trailing weekday dropped", span.text)
        end -= 1  # 'Xinhua Wednesday', 'Edmonton Saturday': the date the model ran into
    if span.label_ == "PERSON":
        # "Omar Bongo Ondimba of Gabon": the place is not part of the name.
        for k in range(start + 1, end - 1):
            if doc[k].lower_ == "of":
                end = k
                break
    if start >= end:
        return None
    cleaned = Span(doc, start, end, label=span.label_)
    if cleaned.text.endswith(("'s", "\u2019s")):
        return None if len(cleaned.text) <= 2 else cleaned
    return cleaned


ARTICLE_PREFIX = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az)-[A-Z]")


def starts_with_article(name: str) -> bool:
    """Arabic's article, written in lower case, starts a name: 'al-Qaida', 'al-Jazeera TV'."""
    if ARTICLE_PREFIX.match(name):
        fired("names: Arabic's article starts a name", name)
        return True
    return False


def surface(span: Span) -> str:
    """The name as written, on one line, without a possessive ending; a ministry written in lower
    case as its capitalised form ('the interior ministry': 'Interior Ministry')."""
    text = words_whole(span.text)  # 'Jean- Pierre Bemba'
    if text.endswith(" ministry") and text.split()[-2].islower():
        return ministry_name(span)
    return re.sub(r"['\u2019]s$", "", text)


def ministry_name(span: Span) -> str:
    """'the health ministry' as the text names it elsewhere ('Ministry of Health', 'Ministry of
    Foreign Affairs of Varnia', 'Chinese Foreign Ministry'), or capitalised ('Health Ministry')."""
    portfolio = span[-2].text.title()
    named = re.compile(rf"\bMinistry of (?:the )?{portfolio}|\b{portfolio} Ministry\b")
    for ent in span.doc.ents:
        if ent.label_ == "ORG" and named.search(ent.text) and (cleaned := clean_span(ent)):
            return surface(cleaned)
    return " ".join(w[:1].upper() + w[1:] for w in span.text.split())


def named_like_person(text: str) -> bool:
    """Two or three capitalised words, none an acronym, a title or a body's word: 'Arthur
    Cooke' (not 'Marine Captain', 'Weglowa Company')."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and not w.isupper()
        and not is_title(w.lower())
        and fold(w) not in ORG_SUFFIXES | ORG_HEADS
        for w in words
    )


QUOTING = frozenset({"quote", "say", "cite"})


def told_or_cited(root: Token, according: bool = True) -> bool:
    """'told Xinhua', 'in an interview with Xinhua', 'was quoted as saying by Yediot' and, with
    ACCORDING, 'according to Xinhua': one a statement is made to or comes from, a body or a
    person, never a place (a town may share a news agency's name)."""
    head = root.head
    if root.dep_ in {"dobj", "dative"} and lemma(head) == "tell":
        return True
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "by" and lemma(head.head) in QUOTING:
        return True
    if head.lower_ == "with" and lemma(head.head) == "interview":
        return True
    return according and head.lower_ == "to" and head.head.lower_ == "according"


POINTS = frozenset({"north", "south", "east", "west"})


def relation_side(part: str) -> bool:
    """One side of a hyphenated relation: a country, a nationality or a point of the compass
    ('Vanuatu-China relations', 'US-Japan', 'South-South cooperation', 'North-South railway')."""
    gaz = gazetteer()
    return bool(gaz.country(part) or gaz.country_of_demonym(part)) or part.lower() in POINTS
