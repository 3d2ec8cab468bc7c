"""The role a person mention is given, if the text states one here: the rules of roles.py and
titles.py in order of reliability, the first that finds one wins."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.comma_roles import comma_role, coordinated_comma_role, listed_role
from generator.extract.hits import fired
from generator.extract.lexicon import RANK_ABBREVIATIONS
from generator.extract.names import addresses, is_honorific, is_title_word
from generator.extract.person_names import written_lower
from generator.extract.post_phrases import name_span_at
from generator.extract.pre_titles import pre_name_title, title_of_bracketed_body
from generator.extract.roles import (
    appointed_role,
    appositive_role,
    as_role,
    charged_role,
    copular_role,
    distribute_coordinated_modifiers,
    role_before_comma,
    singular,
    tokens_text,
)
from generator.extract.sign_offs import sign_off_role
from generator.extract.titles import apposed_to_title, relative_role, title_with_phrase
from generator.records import RoleFinding


def person_role(span: Span) -> RoleFinding | None:
    """The role a person mention is given, if the text states one here."""
    signed = sign_off_role(span)
    if signed is not None:
        return signed
    found = title_of_bracketed_body(span) or pre_name_title(span)
    before = span.start - 1
    while before > 0 and is_honorific(span.doc[before]):
        before -= 1  # "attorneys for Mr. Antar"
    if found and before >= 0 and span.doc[before].lower_ in {"for", "of", "to", "with", "by"}:
        found = None  # "lawyers for Eddie Antar": the title is someone else's
    sentence_start = span.sent.start_char
    if found:
        start, end = found
        doc = span.doc
        tokens = list(doc[start:end])
        tokens = distribute_coordinated_modifiers(tokens, span, end)
        last_title = max(
            (i for i, t in enumerate(tokens) if is_title_word(t)), default=len(tokens) - 1
        )
        last = tokens[last_title]
        if last.ent_type_ == "ORG" and singular(last.text) != last.text:
            fired("role: a plural inside a body's name keeps its number", last.text, span.text)
        # 'House of Representatives': a plural inside a body's name is part of the name
        role = tokens_text(
            tokens, {} if last.ent_type_ == "ORG" else {last_title: singular(last.text)}
        )
        first = tokens[0]
        if (
            first.is_sent_start
            and first.tag_ in {"JJ", "NN"}
            and not first.ent_type_  # not 'Egyptian Interior Minister', 'SDP chairman'
            and first.lower_ in written_lower(first.doc)  # not 'Arsenal goalkeeper'
            and not is_title_word(first)
        ):
            role = role[:1].lower() + role[1:]  # 'Renowned artist X said': a renowned artist
        affiliation = None
        for token in tokens:
            if token.lower_ == "to":
                break  # 'Ambassador to Japan', 'Secretary to the Treasury': whom the post serves
            if token.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} and not is_title_word(token):
                affiliation = name_span_at(token)
                break
        if start > 0 and doc[start - 1].tag_ == "POS" and start > 1:
            affiliation = name_span_at(doc[start - 2]) or affiliation
        fired("role: pre_name_title", role, span.text)
        return RoleFinding(role, affiliation, sentence_start)
    for rule in (
        title_with_phrase,
        appositive_role,
        apposed_to_title,
        copular_role,
        appointed_role,
        comma_role,
        role_before_comma,
        coordinated_comma_role,
        listed_role,
        charged_role,
        as_role,
        relative_role,
    ):
        result = rule(span)
        if result:
            fired("role: " + rule.__name__, result[0], span.text)
            return RoleFinding(result[0], result[1], sentence_start)
    standing = standing_before(span)
    if standing:
        fired("role: a player's standing before the name", standing, span.sent.text[:100])
        return RoleFinding(standing, None, sentence_start)
    rank = rank_before(span)
    if rank:
        fired("role: a rank's abbreviation alone", rank, span.sent.text[:100])
        return RoleFinding(rank, None, sentence_start)
    return None


def person_roles(span: Span) -> list[RoleFinding]:
    """Every role a person mention is given here: 'General Mohammad-Reza Zahedi, commander of the
    IRGC's ground forces' is both a general and the commander (the title before the name is
    found first, and alone it would hide the post the apposition states)."""
    found = person_role(span) or member_of(span)
    if found is None:
        return []
    apposed = appositive_role(span) if post_apposed(span) else None
    if apposed is None or apposed[0].lower() == found.role.lower():
        return [found]
    fired("role: a post apposed after a titled name", apposed[0], span.text)
    return [found, RoleFinding(apposed[0], apposed[1], found.sentence_start)]


def post_apposed(span: Span) -> bool:
    """'X, commander of the ground forces,': one post right after the name's comma, its head a
    title in the singular with no other person in it (not a list: 'President X, Vice President
    Y'; not 'X, an attack blamed on ...')."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for child in span.root.children:
        if child.dep_ == "appos" and child.left_edge.i >= span.end:
            return (
                is_title_word(child)
                and child.tag_ in {"NN", "NNP"}
                and not any(t.ent_type_ == "PERSON" for t in child.subtree)
                and all(t.lower_ != "and" for t in doc[span.end : child.i])
                and (child.right_edge.i + 1 == len(doc) or doc[child.right_edge.i + 1].is_punct)
            )  # not 'X, a foreign ministry spokesman said': the spokesman speaks of X
    return False


def rank_before(span: Span) -> str | None:
    """'Sen. John McCain', 'Lt. Gen. X': the rank or office the abbreviations before the name
    give, spelt out ('Senator', 'Lieutenant General'); None for a courtesy ('Mr.', 'Sir')."""
    doc = span.doc
    i = span.start - 1
    words: list[str] = []
    while i >= 0 and addresses(doc[i]) and doc[i].sent == span.sent:
        if doc[i].text != ".":
            words.insert(0, doc[i].lower_.rstrip("."))
        i -= 1
    ranks = [RANK_ABBREVIATIONS[w] for w in words if w in RANK_ABBREVIATIONS]
    return " ".join(ranks) if ranks and len(ranks) == len(words) else None


ORDINAL = re.compile(
    r"(?:top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$"
)


def standing_before(span: Span) -> str | None:
    """'World number one Thierry Lincou', 'world No. 2 X', 'third-seeded Bao Chunlai',
    'top-ranked Roger Federer': a player's place in a ranking or a draw, as the text writes it."""
    doc, i = span.doc, span.start - 1
    if i < 2:
        return None
    start = None
    if doc[i].lower_ in {"seeded", "ranked"} and doc[i - 1].tag_ == "HYPH":
        if ORDINAL.match(doc[i - 2].lower_):
            start = i - 2
    elif doc[i].like_num and doc[i - 1].lower_ in {"number", "no.", "no"}:
        if doc[i - 2].lower_ == "world":
            start = i - 2
    if start is None:
        return None
    if start > 0 and doc[start - 1].lower_ == "former":
        start -= 1  # 'former world number one X'
    text = doc[start : i + 1].text
    return text[:1].lower() + text[1:]


MEMBER_PREPOSITIONS = frozenset({"of", "from", "with"})


def member_of(span: Span) -> RoleFinding | None:
    """'Yang Shumin of the China Doping Control Center said', 'said Zhao Xinsheng with the
    Beijing Health Inspection Bureau', 'Zhen Xiaozhen, from the Beijing Organizing Committee':
    the body right after the name is the person's, with no role the text gives."""
    doc = span.doc
    prep = span.end
    if prep < len(doc) and doc[prep].text == ",":  # 'Zhen Xiaozhen, from the'
        prep += 1
    at = prep + 1
    if at >= len(doc) or doc[prep].lower_ not in MEMBER_PREPOSITIONS:
        return None
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    body = name_span_at(doc[at])
    if body is None or body.label_ != "ORG" or not span.end < body.start <= at:
        return None
    fired("role: the body right after a person's name", body.text, span.sent.text[:100])
    return RoleFinding("", body, span.sent.start_char)
