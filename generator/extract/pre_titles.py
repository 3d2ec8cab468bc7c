"""The title written right before a name: "US national security adviser Stephen Hadley",
"Vice Presidents A, B and C", "former top Clinton aide Leon Panetta"."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import TITLE_FILLERS
from generator.extract.name_nouns import (
    addressed_start,
    describes_name,
    entity_start,
    listed_after_name,
    noun_phrase_start,
)
from generator.extract.names import addresses, entity_at, is_honorific, is_title_word
from generator.extract.portfolio_titles import portfolio_end, portfolio_title_start
from generator.extract.roles import given_as, singular, title_word_or_filler
from generator.extract.sentences import whole_words
from generator.lemmas import lemma

# Premodifiers that count or pick out people rather than describe their post ("other officials").
NOT_ROLE_MODIFIERS = {"other", "such", "many", "several", "various", "both", "same", "few"}


def premodifies_title(token: Token, end: int) -> bool:
    """A lower-case modifier inside the title before a name: 'national security adviser',
    'top Clinton aide', 'acting premier'. The parse ties it to a word of the title; where the
    parse breaks ('war crimes suspect' read as a verb), a noun or adjective next to the title
    still counts."""
    if not token.is_alpha or not token.is_lower or token.lower_ in NOT_ROLE_MODIFIERS:
        return False
    if token.ent_type_ in {"DATE", "TIME"}:
        return False  # 'later that month North Korean leader X': when, not which leader
    if counted_compound(token) or how_made(token):
        return False
    if perfect_participle(token):
        fired("role: a verb acting on the name is no part of its title", token.sent.text)
        return False  # 'was adjudged to have fouled substitute X': X is a substitute
    if token.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr"} and any(
        c.dep_ == "det" for c in token.children
    ):
        fired("role: a noun phrase's head before the title is not part of it", token.sent.text)
        return False  # 'based on the initiative former US President X'
    tied = (
        token.pos_ in {"ADJ", "NOUN", "VERB"}
        and token.dep_ in {"amod", "compound", "nmod", "npadvmod"}
        and token.i < token.head.i < end
    )
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    beside = following is not None and following.lower_ not in TITLE_FILLERS
    return tied or (beside and token.tag_ in {"JJ", "JJS", "NN", "NNS"})


def perfect_participle(token: Token) -> bool:
    """'had injured goalkeeper X', 'to have fouled substitute X': a participle after 'have' is
    the verb of a perfect acting on the name (the parse may tag it as an adjective), not a
    word of the title ('the injured goalkeeper X')."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None
        and lemma(before) == "have"
        and token.tag_ in {"VBN", "VBD", "JJ"}
        and token.lower_.endswith("ed")
    )


def counted_compound(token: Token) -> bool:
    """The last word of '62-year-old' or 'three-time': an age or a count, not part of a role."""
    doc = token.doc
    i = token.i
    while i >= 2 and doc[i - 1].tag_ == "HYPH":
        i -= 2
        if doc[i].like_num or doc[i].lower_ in {"year", "years"}:
            return True
    return False


def how_made(token: Token) -> bool:
    """'newly appointed', 'democratically elected' (hyphenated or not): how or when someone came
    to the post, not part of its title."""
    doc, i = token.doc, token.i
    before = doc[i - 2] if i >= 2 and doc[i - 1].tag_ == "HYPH" else doc[i - 1] if i else None
    made = token.tag_ == "VBN" and before is not None and before.pos_ == "ADV"
    if made and before.lower_.endswith("ly"):
        fired("roles: how someone came to the post is no part of it", token.sent.text)
        return True
    return False


def is_plural_title(token: Token) -> bool:
    return is_title_word(token) and (
        token.tag_ in {"NNS", "NNPS"} or singular(token.text) != token.text
    )


def titled(tokens: Span) -> bool:
    return any(is_title_word(t) for t in tokens)


def pre_name_title(span: Span) -> tuple[int, int] | None:
    """Token range of a title directly before the name, if one ends in a title word. A title
    before other names reaches this one only in the plural ('Vice Presidents A, B and C')."""
    doc = span.doc
    start = portfolio_title_start(span)  # 'Secretary for Home Affairs X': before the title
    i = start - 1
    past_other_name = False
    own_start = entity_start(span)
    while i >= 0 and not doc[i].is_space and doc[i].sent == span.sent:
        token = doc[i]
        if token.tag_ == "POS":  # "Yeltsin's spokesman X": the possessor is the affiliation
            i -= 1
            continue
        if token.ent_type_ == "PERSON" and i < own_start:
            if i + 1 < span.start and doc[i + 1].tag_ == "POS":
                # "Tomas Berg's spokesman X": the possessor belongs to the title, and ends it.
                while i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ != "B":
                    i -= 1
                start = i
                break
            following = doc[i + 1] if i + 1 < span.start else None
            if (
                following is not None
                and following.is_lower
                and is_title_word(following)
                and token.dep_ == "compound"
            ):
                # "top Clinton aide Leon Panetta": the other person qualifies the title
                while i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ != "B":
                    i -= 1
                start = i
                i -= 1
                continue
            # Another person's name: walk past it only when coordinated ("A and B").
            between = {
                t.lower_
                for t in doc[i + 1 : span.start]
                if t.ent_type_ not in {"GPE", "NORP", "PERSON"}
            } - {"and", ",", "of"}
            if between or titled(doc[i + 1 : span.start]):
                break
            past_other_name = True
            other = entity_at(token)
            if other is not None and other.start < i:  # 'James M. Trotter III and X': all of it
                first = other.start
                while first < i and is_title_word(doc[first]):
                    first += 1  # 'Umpires Daryl Harper and Mark Benson': the title is the list's
                start, i = first, first - 1
                continue
        if (
            token.lower_ in {"and", "of"}
            and i > 0
            and is_plural_title(doc[i - 1])
            and (doc[i - 1].is_lower or doc[i - 1].is_sent_start)  # not 'Joint Chiefs of Staff'
            and (span.root.dep_ != "conj" or span.root.head.i == i - 1)
        ):
            fired("role: others' title before 'and' or 'of'", doc[i - 1 : span.end].text)
            break  # 'African leaders and French President X', 'Aides of Prime Minister X'
        if token.lower_ == "and" and name_before_and(span, i):
            if start < span.start:
                fired("role: a name before 'and' ends the title", doc[i - 1 : span.end].text)
            break
        if token.text == "," and span.root.dep_ == "conj" and not titled(doc[i : span.start]):
            past_other_name = True  # "Vice Presidents Ri Jong-Ok, Pak Song-Chol and ..."
            i -= 1
            continue
        if (
            not title_word_or_filler(token)
            and not (token.is_lower and is_title_word(token))
            and not describes_name(token, span)
            and not (start < span.start and premodifies_title(token, span.start))
            and not ends_title_phrase(token)
            and not (start < span.start and in_title_phrase(token, span.start))
            and not accredited_to(token, span.start)
            and not addresses(token)  # 'NATO commander Gen. Wesley Clark': a rank between
        ):
            break
        start = i
        i -= 1
    return settled_title(span, start, past_other_name)


def title_of_bracketed_body(span: Span) -> tuple[int, int] | None:
    """'Chairman of the Electoral Commission of Kenya (ECK) X', 'leader of the Islamic Resistance
    Movement (Hamas) X': a title, 'of' and a body's name with its short name in brackets right
    before the name; the title ends before the bracket."""
    doc, close = span.doc, span.start - 1
    if close < 4 or doc[close].text != ")":
        return None
    opening = next((j for j in range(close - 1, max(close - 5, 0), -1) if doc[j].text == "("), None)
    if opening is None or opening == close - 1:
        return None
    if any(t.ent_type_ == "PERSON" or not t.text[:1].isupper() for t in doc[opening + 1 : close]):
        return None
    body = entity_at(doc[opening - 1])
    if body is None or body.label_ not in {"ORG", "GPE"}:
        return None
    i = body.start - (doc[body.start - 1].lower_ == "the")
    if i < 2 or doc[i - 1].lower_ not in {"of", "for"} or not is_title_word(doc[i - 2]):
        return None
    start = i - 2
    while start > 1 and (
        (doc[start - 1].text[:1].isupper() and title_word_or_filler(doc[start - 1]))
        or (doc[start - 1].text == "-" and title_word_or_filler(doc[start - 2]))
    ):
        start -= 1  # 'Prime Minister of ...', 'Vice-Chairman of ...'
    fired("role: a title of a body with its short name in brackets", doc[start : span.end].text)
    return start, opening


def name_before_and(span: Span, i: int) -> bool:
    """'to meet with Ikeda and Prime Minister Ryutaro Hashimoto', 'including Halutz, Peretz and
    Prime Minister Ehud Olmert': the name before the 'and' at I is another participant, not part
    of the title, when the parser conjoins the title or this name to it (the model often takes
    a lone surname for a body's name, or for no name). A title before both is theirs ('deputy
    prime ministers Anatoly Chubais and Boris Nemtsov'); a portfolio word is the title's own
    ('Health and Social Development Minister')."""
    doc = span.doc
    before = doc[i - 1] if i > 0 else None
    if before is None or before.tag_ not in {"NNP", "NNPS"} or is_title_word(before):
        return False
    other = entity_at(before)
    if other is None or other.label_ != "ORG":
        listed = (  # 'A, B and Title C', not 'force, Manpower and Transmigration Minister C'
            before.i > 1 and doc[before.i - 1].text == "," and doc[before.i - 2].pos_ == "PROPN"
        )
        return listed and any(
            t.dep_ == "conj" and t.head.i == before.i and is_title_word(t)
            for t in doc[i + 1 : span.start]
        )
    if other.start > 0 and is_title_word(doc[other.start - 1]):
        return False
    token = span.root
    while token.dep_ in {"conj", "appos", "compound"} and token.head is not token:
        token = token.head  # 'Varga and [Prime Minister] Berg', however the parser joined them
        if other.start <= token.i < other.end:
            return True
    return False


def settled_title(span: Span, start: int, past_other_name: bool) -> tuple[int, int] | None:
    """The title the walk back from SPAN found from START, trimmed to where it really starts
    and ends; PAST_OTHER_NAME when it reached this name past another ('A and B')."""
    doc = span.doc
    start = own_title_start(doc, start, span.start)
    joined = any(t.lower_ in {"and", ","} for t in doc[start : span.start])
    if start < span.start and joined and given_as(doc[start]):
        return None  # 'as Minister of Defense and B as ...': the title is the name's before
    while start < span.start and doc[start].lower_ in {"and", "of", "the", "for", "-", "&"}:
        start += 1
    if start >= span.start:
        return None
    words = doc[start : span.start]
    if not any(is_title_word(t) or describes_name(t, span) for t in words):
        return None
    addressed = addressed_start(span)
    name_start = addressed if start < addressed else span.start  # not 'Sir' in the role
    last = doc[name_start - 1]
    if (
        doc[start].ent_type_ == "PERSON"
        and doc[start].ent_iob_ == "B"
        and not is_title_word(doc[start])
    ):
        return (start, name_start) if ends_title(last) or describes_name(last, span) else None
    if describes_name(last, span) and not is_title_word(last):
        if any(listed_after_name(t) for t in doc[start : last.i]):
            start = max(start, noun_phrase_start(last))
        start = whole_words([doc[start]])[0].i  # 'all-rounder', however the tokenizer cut it
        fired("role: a common noun tied to the name", doc[start:name_start].text, span.text)
        return start, name_start
    end = title_end(doc, start, span.start)
    if past_other_name and end > start and not is_plural_title(doc[end - 1]):
        return None  # "President Bill Clinton and Tony Blair": Blair is not a president
    end = with_portfolio(span, end)
    start = title_of_the_body(doc, start, end)
    return (start, end) if end > start else None


def title_of_the_body(doc: Doc, start: int, end: int) -> int:
    """'Speaker of the House of Representatives X', 'Chairman of the Joint Chiefs of Staff X':
    a title found inside a body's name ('Representatives', 'Chiefs') is the body's; the
    person's own title is the one before its 'of the'."""
    if (
        start >= 3
        and end > start
        and doc[start].ent_type_ == "ORG"
        and doc[end - 1].ent_type_ == "ORG"  # not 'partner of the PS leader X': his own title
        and doc[start - 1].lower_ == "the"
        and doc[start - 2].lower_ == "of"
        and is_title_word(doc[start - 3])
    ):
        fired("role: the title before a body's name", doc[start - 3 : start + 3].text)
        return start - 3
    return start


def title_end(doc: Doc, start: int, name_start: int) -> int:
    """The title ends in a title word ("Minister"), not a stray capitalised word, and not in the
    rank the person is addressed by ('the police chief of Kabul Gen. X')."""
    end = name_start
    while end > start and not ends_title(doc[end - 1]):
        end -= 1
    while end - 1 > start and is_honorific(doc[end - 1]) and titled(doc[start : end - 1]):
        end -= 1
        while end > start and not ends_title(doc[end - 1]):
            end -= 1
    if end > start and ends_title_phrase(doc[end - 1]):
        fired("role: a title ends in 'of' and a noun", doc[start:end].text)
    if (
        end - 2 > start
        and doc[end - 1].text[:1].isupper()
        and is_title_word(doc[end - 1])
        and doc[end - 2].is_lower
        and is_title_word(doc[end - 2])
    ):  # 'spiritual leader Ayatollah Ali Khamenei': the rank he is addressed by
        fired("role: a rank after the title is how the name is addressed", doc[start:end].text)
        end -= 1
    return end


def ends_title_phrase(token: Token) -> bool:
    """'chief of staff', 'head of state', 'deputy director of the tournament': a title word,
    'of' and a lower-case noun."""
    doc, i = token.doc, token.i
    if i >= 3 and doc[i - 1].lower_ == "the":
        i -= 1  # 'chairman of the board'
    if not (token.is_lower and token.pos_ == "NOUN" and i >= 2 and doc[i - 1].lower_ == "of"):
        return False
    return is_title_word(doc[i - 2])


def opens_with_title(token: Token) -> bool:
    """'The head of the UN nuclear watchdog agency Mohamed ElBaradei': the body's word ends a
    title the phrase opens with, so the name after it is the one who holds the title; not in
    'Lieberman, chairman of the extreme-right party Yisrael Beiteinu', the title of the name
    before it, where the name after it is the body's."""
    of = token.head if token.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or not is_title_word(of.head) or of.head.dep_ == "appos":
        return False
    fired("titles: a title's body before a name", token.sent.text)
    return True


def in_title_phrase(token: Token, name_start: int) -> bool:
    """The 'the' of 'director of the tournament', inside a title before a name (not of 'Director
    of the FBI', whose body's name is the title's portfolio, nor of 'father of the current
    President', where the name's own title starts after it)."""
    doc, i = token.doc, token.i
    return (
        token.lower_ == "the"
        and 2 <= i < len(doc) - 1
        and doc[i + 1].is_lower
        and doc[i - 1].lower_ == "of"
        and is_title_word(doc[i - 2])
        and not titled(doc[i + 1 : name_start])
    )


def ends_title(token: Token) -> bool:
    return is_title_word(token) or ends_title_phrase(token)


def own_title_start(doc: Doc, start: int, name_start: int) -> int:
    """'a spokesman for Prime Minister Tony Blair', 'the wife of President X': a title after 'for'
    or 'of' is the name's own, the person before it serves or is kin to them. 'Minister for
    Foreign Affairs X' and 'Chief of Staff X' keep their portfolio."""
    for word in ("for", "of"):
        linked = [i for i in range(start, name_start) if doc[i].lower_ == word]
        if (
            linked
            and linked[-1] > start
            and doc[linked[-1] - 1].is_lower  # not a name's 'for' ('Center for Asia Pacific ...')
            and is_title_word(doc[linked[-1] - 1])
            and any(is_title_word(t) for t in doc[linked[-1] + 1 : name_start])
            and not ends_title_phrase(doc[linked[-1] + 1])  # 'head of state Sultan X': his own
        ):
            fired(f"role: a title after '{word}' is the name's own", doc[start:name_start].text)
            return linked[-1] + 1
    return start


def with_portfolio(span: Span, end: int) -> int:
    """'Secretary of State', 'Minister of Defence': a title may end in its portfolio."""
    doc = span.doc
    tail = end
    if tail < span.start and accredited_to(doc[tail], span.start):
        return span.start
    if end > 0 and portfolio_end(doc, end - 1) == span.start:
        return span.start  # 'Minister of Labor and Social Security X', 'Secretary for Y X'
    if tail < span.start and doc[tail].lower_ == "of":
        tail += 1
        while (
            tail < span.start
            and doc[tail].text[:1].isupper()
            and not is_title_word(doc[tail])
            and doc[tail].pos_ == "PROPN"
            and doc[tail].ent_type_ != "PERSON"
            and not addresses(doc[tail])  # 'chief of Kabul Gen. X': the rank is not the post's
        ):
            tail += 1
    return tail if tail > end + 1 else end


def accredited_to(token: Token, name_start: int) -> bool:
    """'Ambassador to Zimbabwe Vaclav Jilek', 'Secretary to the Treasury Evans Chibiliti': the
    'to' of a title and the country or body it serves, right before the name (not 'adviser to
    President X', whose title is the president's)."""
    doc = token.doc
    if token.lower_ != "to" or token.i == 0 or not is_title_word(doc[token.i - 1]):
        return False
    served = doc[token.i + 1 : name_start]
    if len(served) and served[0].lower_ == "the":
        served = served[1:]
    found = (
        0 < len(served) <= MAX_SERVED_WORDS
        and all(t.is_alpha and t.text[:1].isupper() for t in served)
        and not titled(served)
    )
    if found:
        fired("role: a title's 'to' and whom it serves", doc[token.i - 1 : name_start].text)
    return found


MAX_SERVED_WORDS = 3


def titles_a_name(head: Token, heads: list[Token], is_person_at: Callable[[int], bool]) -> bool:
    """HEAD is a bare title ('leading coach', 'PBL vice chairman') in a row of titles that runs
    into a name the parse coordinated or apposed with it: the titles are that person's."""
    if not is_title_word(head) or head.tag_ not in {"NN", "NNP"}:
        return False  # 'opposition leaders and X': others too
    if any(c.dep_ == "det" for c in head.children):
        return False  # 'the defence minister and X': someone else
    names = [t for h in heads for t in (h, *h.children) if t.pos_ == "PROPN" and t.i > head.i]
    if not names or not is_person_at(names[0].i):
        return False
    between = head.doc[head.i + 1 : names[0].i]
    return all(t.dep_ in TITLE_ROW_DEPS or t.pos_ == "PROPN" for t in between)


TITLE_ROW_DEPS = frozenset({"cc", "amod", "compound", "conj", "punct", "nmod"})
