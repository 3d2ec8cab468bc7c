"""The short noun phrase an unnamed doer or source is ('human rights groups', 'governments around
the world', 'US-led mission'): what the sheet names a group, body or thing by when no actor is it;
and the short prepositional phrase that makes a counted noun specific ('exports to China')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.clusters import defined_acronyms
from generator.extract.currencies import is_money_unit
from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, WHICH_WORDS
from generator.extract.names import entity_at, is_title_word
from generator.extract.number_values import UNIT_WORDS
from generator.extract.sentences import (
    outside_subtrees,
    phrase_words,
    sentence_of,
    whole_words,
    words_text,
)
from generator.lemmas import lemma

DETERMINERS = frozenset({"the", "a", "an", "some", "many", "several", "all", "both", "most"})
"""Words before a group that say which or how many of it, not what it is."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PHRASE_DEPS = frozenset(
    {"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "advmod", "nmod", "appos"}
    | {"punct"}
)
MAX_PHRASE_WORDS = 7
MAX_PREP_WORDS = 4
MAX_WHOLE_WORDS = 8
PARTITIVES = frozenset(
    {"array", "host", "list", "number", "range", "series", "set", "spate", "string", "variety"}
)
"""Nouns that say how many or what kind of a thing their 'of' names: 'discussed a range' tells
nothing without 'of issues'."""
MEASURES = frozenset({"old", "long", "wide", "high", "tall", "deep"})
"""How old or how long a group is: no part of what it is ('a 38-year-old French woman')."""


def phrase(token: Token, keep_which: bool = False, head_only: bool = False) -> str | None:
    """The short noun phrase an unnamed doer is ('human rights groups', 'governments around the
    world'): the head, its modifiers, and a short prepositional phrase after it (not with
    HEAD_ONLY). An adjective that says which ones (WHICH_WORDS) goes, unless KEEP_WHICH: a thing
    acted on keeps it ('52 new species')."""
    doc = token.doc
    if token.ent_type_ in {"DATE", "TIME"}:
        return None  # 'this year marks the anniversary': a time, nobody who acts
    reach = doc[token.left_edge.i : token.i + 1]
    kept = whole_words([t for t in reach if in_phrase(t, token)])
    names = {entity_at(t) for t in kept} - {None}  # a name whole: "the Bank of England's report",
    # 'the Hong Kong-based Standard newspaper'
    words = phrase_words(with_short_form([t for t in reach if t in kept or entity_at(t) in names]))
    listed = [t for t in words if t.i != token.i and any(c.dep_ == "conj" for c in t.children)]
    # 'State, county and local officials': officials, whoever employs them
    words = [t for t in outside_subtrees(words, listed) if t.text != ","]
    for child in [] if head_only else token.rights:
        end = before_apposition(child)
        if child.dep_ == "prep" and end - child.i > MAX_PREP_WORDS and lemma(token) in PARTITIVES:
            words += what_it_is_of(child)  # 'a range of issues on the topic of bird flu'
            break
        if child.dep_ == "prep" and end - child.i <= MAX_PREP_WORDS:
            after = doc[child.i : end]
            located = child.lower_ in {"at", "on", "near", "inside", "outside"} or (
                child.lower_ == "in" and any(t.ent_type_ in PLACE_LABELS for t in after)
            )  # 'officials in Paris', 'the army at the family home': where they were
            if not located and not any(t.pos_ == "VERB" or t.is_punct for t in after):
                words += list(after)  # 'governments around the world'
            break
    if token.pos_ == "PROPN" and len(words) == 1 and not unlabelled_name_doer(token):
        return None
    counts = [t for t in words if t.dep_ in {"nummod", "quantmod"} and t.head.i == token.i]
    counts = [t for t in counts if t.whitespace_]  # 'two-thirds' is one word, not 'two'
    counts += [  # how old or how long: 'a 38-year-old French woman', 'a 40-km-long spill'
        t for t in words if t.lower_ in MEASURES and any(c.like_num for c in t.subtree)
    ]
    words = outside_subtrees(words, counts)  # the group, not how many
    while words and (words[0].lower_ in DETERMINERS or words[0].tag_ == "PRP$"):
        if not words[0].whitespace_:
            break  # 'all-male audience'
        words = words[1:]
    while (
        not keep_which
        and len(words) > 1
        and words[0].text in WHICH_WORDS
        and words[0].pos_ == "ADJ"
    ):
        words = words[1:]  # who, not which: not 'New York' either
    text = words_text(words)
    if len(text.split()) > MAX_PHRASE_WORDS or not words:
        return None
    first = words[0]
    if (
        first.is_sent_start
        and first.pos_ != "PROPN"
        and not first.ent_type_
        and first.is_title
        and not names_a_people(first)  # 'Turks feel': a people's name
    ):
        text = text[:1].lower() + text[1:]  # 'Shipping agents said': shipping agents, mid-line too
    return text if text and text.lower() not in RELATIVE_PRONOUNS else None


def prep_and_object(prep: Token) -> list[Token]:
    """'in ICI's share price': a preposition, its object and the words before the object (none of
    what follows it); nothing when it has no object."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return []
    return sorted(
        [prep, *(t for c in objects[0].lefts for t in c.subtree), objects[0]], key=lambda t: t.i
    )


def what_it_is_of(prep: Token) -> list[Token]:
    """'of issues' of 'a range of issues on the topic of bird flu': the 'of' and its object with
    the words before it, when short and no clause."""
    words = prep_and_object(prep) if prep.lower_ == "of" else []
    if not words or len(words) > MAX_PREP_WORDS + 1:
        return []
    if any(t.pos_ == "VERB" or t.is_punct for t in words):
        return []
    fired("phrases: what a partitive noun is of", prep.head.text, words_text(words))
    return words


def with_short_form(words: list[Token]) -> list[Token]:
    """'United Arab Emirates (UAE) investors' -> 'UAE investors': a name said with the short form
    the text defines for it (see defined_acronyms) goes by that short form, as the story does
    from then on."""
    if len(words) < 5:
        return words
    defined = defined_acronyms(words[0].doc)
    for k in range(1, len(words) - 3):
        short = words[k + 1]
        if words[k].text != "(" or words[k + 2].text != ")":
            continue
        letters = short.text.replace(".", "")
        name = entity_at(words[k - 1])
        if name is None or not letters.isupper() or letters not in defined:
            continue  # not 'Saltlakes Holdings (Private) Limited': no short form
        start = next(n for n, t in enumerate(words) if t.i >= name.start)
        fired("phrases: a name's short form", words[start].sent.text[:80], short.text)
        return words[:start] + [short] + words[k + 3 :]
    return words


def names_a_people(token: Token) -> bool:
    """'Turks', 'Somali': a nation's people, whatever the model's label (not 'Turkeys')."""
    gaz = gazetteer()
    plural_of_country = token.text.endswith("s") and gaz.country(token.text[:-1]) is not None
    return not plural_of_country and gaz.country_of_demonym(token.text) is not None


def unlabelled_name_doer(token: Token) -> bool:
    """'Gazprom has since reduced that demand', 'Parliament approved the project': a one-word
    name that is no actor of the sheet (the model left it unlabelled, or it is a body's bare
    word), as the subject of a verb, is its doer in the text's words."""
    body = token.lower_ in ORG_HEADS
    found = (
        token.dep_ == "nsubj"
        and token.head.pos_ == "VERB"
        and token.is_alpha
        and token.is_title
        and (not token.ent_type_ or (body and token.ent_type_ == "ORG"))
        and not is_title_word(token)  # 'President said'
        and not gazetteer().is_place_name(token.text)
        and (not token.is_sent_start or body or named_mid_sentence(token))  # 'Violence started'
    )
    if found:
        fired("phrases: an unlabelled one-word name as doer", token.text, sentence_of(token).text)
    return found


def named_mid_sentence(token: Token) -> bool:
    """The word is written with its capital elsewhere, where no sentence starts: a name."""
    return any(t.text == token.text and not t.is_sent_start for t in token.doc if t.i != token.i)


def in_phrase(token: Token, head: Token) -> bool:
    if token.tag_ == "WP$":
        return False  # 'whose conservative government': the relative word is no part of it
    while token.i != head.i:
        if token.dep_ not in PHRASE_DEPS:
            return False
        token = token.head
    return True


def short_phrase(prep: Token, span: Span, whole: bool = False) -> list[Token]:
    """PREP's phrase when it is short, up to the number when the number is in it ('under
    management' of 'under management of about $17 billion'); none when it is long. WHOLE: the
    phrase says all a noun counts ('the number of British troops killed in Iraq'), so it may be
    longer and hold a participle."""
    doc = prep.doc
    end = prep.right_edge.i
    if prep.i < span.start <= end:
        end = span.start - 1
        while end > prep.i and doc[end].pos_ in {"ADP", "DET"}:
            end -= 1
    after = list(doc[prep.i : end + 1])
    after = after[: apposition_comma(after)]  # 'with the United States, its biggest partner,'
    while after and after[-1].dep_ in {"cc", "punct"}:
        after.pop()  # 'siege of Sarajevo and [the massacre]': the parse left the 'and' here
    if whole and word_count(after) > MAX_WHOLE_WORDS:
        after = core_of(prep, span) or after  # 'the number of countries that have ...'
    if len(after) < 2 or word_count(after) > (MAX_WHOLE_WORDS if whole else 5):
        return []
    if any(verb_in(t, whole) or breaks(t) or span.start <= t.i < span.end for t in after):
        return []
    if names_a_sum(after):
        fired("numbers: another sum is no part of what a number measures", words_text(after))
        return []  # 'against 168 million', a 'loss of 276 million euros': another sum
    return after


def word_count(words: list[Token]) -> int:
    """How many words WORDS are, a hyphened name one ('Nagorno-Karabakh')."""
    return len(words) - 2 * sum(1 for t in words if t.text == "-" and not t.whitespace_)


def core_of(prep: Token, span: Span) -> list[Token]:
    """PREP with its object and the object's own modifiers, without what qualifies it after
    ('of countries that have totally renounced the punishment': 'of countries'), when the
    number is not in it."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return []
    noun = objects[0]
    words = [prep, *(t for c in noun.lefts for t in c.subtree), noun]
    if any(span.start <= t.i < span.end for t in words):
        return []
    fired("numbers: a counting noun's 'of' phrase cut to its noun", prep.sent.text)
    return sorted(words, key=lambda t: t.i)


def verb_in(token: Token, whole: bool) -> bool:
    """A verb that makes the phrase a clause; in a WHOLE phrase a participle after its noun is
    part of what is counted ('people killed by the disease')."""
    if token.pos_ != "VERB":
        return False
    return not (whole and token.tag_ == "VBN" and token.dep_ == "acl")


def names_a_sum(words: list[Token]) -> bool:
    """A sum or a share among WORDS ('of 276 million euros', 'of 50.1 percent'), not a count
    ('between the two nations') or the unit a price is of ('for each additional 100 grams')."""
    return any(t.like_num for t in words) and any(
        t.ent_type_ in {"MONEY", "PERCENT"} or is_money_unit(t.text) or t.lower_ in UNIT_WORDS
        for t in words
    )


def apposition_comma(words: list[Token]) -> int | None:
    """Where in WORDS a comma sets off an apposition ('the United States, its biggest trading
    partner'): what the phrase already named, said again."""
    for k, token in enumerate(words[1:-1], start=1):
        if token.text == "," and any(
            c.dep_ == "appos" and c.i > token.i for c in token.head.children
        ):
            return k
    return None


def breaks(token: Token) -> bool:
    """Punctuation that ends a phrase (not the hyphen inside 'Nagorno-Karabakh')."""
    inside = token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.is_punct and not inside


def before_apposition(prep: Token) -> int:
    """Where a prepositional phrase ends, before what a comma sets beside the name it ends with
    ('a spokesman for MBC, South Korea's second largest TV network': for MBC)."""
    doc, end = prep.doc, prep.right_edge.i + 1
    comma = next((t.i for t in doc[prep.i + 1 : end] if t.text == ","), end)
    if comma < end and doc[comma - 1].ent_type_ and comma + 1 < end:
        appositive = doc[comma + 1]
        if appositive.dep_ == "appos" or appositive.head.dep_ == "appos":
            return comma
    return end
