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
from generator.extract.lexicon import (
    GENERIC_NAMES,
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTY_PREPOSITIONS,
    PLACE_HEADS,
    TITLE_HEADS,
)
from generator.extract.sentences import lowers
from generator.names import fold, surname
from generator.records import NameMention

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
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
}
STREET_HEADS = {"road", "street", "avenue", "square", "boulevard", "lane", "bridge", "wat"}
MONTH_AND_DAY_WORDS = {name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)}


def entities(doc: Doc) -> list[Span]:
    """doc.ents, computed once per Doc (spaCy rebuilds the tuple on every access)."""
    cached = doc.user_data.get("factsheet_ents")
    if cached is None:
        cached = list(doc.ents)
        doc.user_data["factsheet_ents"] = cached
    return cached


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


def is_title_word(token: Token) -> bool:
    return is_title(token.lower_)


@lru_cache(maxsize=65536)
def is_title(lower: str) -> bool:
    word = lower.rstrip(".")
    return (
        word in TITLE_HEADS
        or (word.endswith("s") and word[:-1] in TITLE_HEADS)
        or (word.endswith("men") and word[:-3] + "man" in TITLE_HEADS)
    )


def clean_span(span: Span) -> Span | None:
    """Drop leading determiners, honorifics and titles and trailing possessives/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"}
        or doc[start].lower_.rstrip(".") in HONORIFICS
        or (span.label_ == "PERSON" and is_title_word(doc[start]) and end - start > 1)
        or doc[start].is_punct
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
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


def surface(span: Span) -> str:
    """The name as written, on one line, without a possessive ending."""
    text = " ".join(span.text.split())
    return re.sub(r"['\u2019]s$", "", text)


def recover_titled_names(doc: Doc) -> list[Span]:
    """Person names after a title that NER missed: 'Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov'."""
    found: list[Span] = []
    words = lowers(doc)
    i = 0
    while i < len(doc):
        if not is_title(words[i]):
            i += 1
            continue
        j = i + 1
        while True:
            run_end = j
            while run_end < len(doc):
                if is_name_token(doc[run_end]):
                    run_end += 1
                elif run_end > j and joins_name_parts(doc, run_end):
                    run_end += 2  # "Ri Jong-Ok": a hyphenated given name is one name
                else:
                    break
            if run_end - j >= 2 and fold(doc[run_end - 1].text) not in ORG_SUFFIXES:
                found.append(Span(doc, j, run_end, label="PERSON"))
                if run_end < len(doc) - 1 and doc[run_end].lower_ == "and":
                    j = run_end + 1
                    continue
            break
        i = max(i + 1, run_end)
    return found


ADJECTIVAL_ENDINGS = ("ish", "ian", "ese", "ic", "ite", "ist", "can", "ean", "ern")


def name_run_end(doc: Doc, start: int) -> int:
    """End of a run of capitalised name words from START; 'ITAR-Tass' is one run."""
    end = start
    while end < len(doc):
        if (
            is_name_token(doc[end])
            or (doc[end].tag_ in {"NNP", "NNPS"} or doc[end].ent_type_ == "NORP")
            and (
                doc[end].text[:1].isupper()
                and doc[end].is_alpha
                and not doc[end].is_sent_start
                and not is_title_word(doc[end])
            )
        ):
            end += 1
        elif (
            doc[end].tag_ == "HYPH"
            and end > start
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
            and not doc[end].whitespace_
        ):
            end += 1
        else:
            break
    return end


def recover_described_orgs(doc: Doc) -> list[Span]:
    """Organisations NER missed beside an organisation noun: 'gas giant Gazprom', 'the ITAR-Tass news agency',
    'the Taleban government', 'Northern Ireland's biggest party, the Ulster Unionists,'."""
    gaz = gazetteer()
    found: list[Span] = []

    def usable(start: int, end: int) -> bool:
        if end <= start or end - start > 5:
            return False
        if any(
            t.ent_type_ in {"PERSON", "LOC", "DATE", "TIME", "MONEY", "CARDINAL"}
            for t in doc[start:end]
        ):
            return False
        text = doc[start:end].text
        if gaz.country(text) or gaz.country_of_demonym(text) or gaz.is_place_name(text):
            return False
        return not (doc[end - 1].ent_type_ == "NORP" and text.lower().endswith(ADJECTIVAL_ENDINGS))

    for i, word in enumerate(lowers(doc)):
        if word not in ORG_HEADS:
            continue
        token = doc[i]
        if not (token.is_lower and token.pos_ == "NOUN"):
            continue
        i = token.i
        # "gas giant Gazprom": the descriptor, then the name
        end = name_run_end(doc, i + 1)
        if usable(i + 1, end) and not (
            end < len(doc) and doc[end].is_lower and doc[end].lower_ in ORG_HEADS
        ):
            found.append(Span(doc, i + 1, end, label="ORG"))
            continue
        # "party, the Ulster Unionists,": a description in apposition before the name
        if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "the":
            end = name_run_end(doc, i + 3)
            if usable(i + 3, end) and end < len(doc) and doc[end].text in {",", "."}:
                found.append(Span(doc, i + 3, end, label="ORG"))
                continue
        # "the ITAR-Tass news agency", "the Taleban government": the name before the noun
        if token.lower_ == "administration":
            continue
        k = i
        while k - 1 >= 0 and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN" and i - k < 2:
            k -= 1
        start = k
        while start - 1 >= 0 and (
            name_run_end(doc, start - 1) >= k
            or (doc[start - 1].tag_ == "HYPH" and not doc[start - 1].whitespace_)
        ):
            start -= 1
        while start < k and doc[start].tag_ == "HYPH":
            start += 1
        before = doc[start - 1] if start > 0 else None
        determined = before is not None and (
            before.lower_ == "the"
            or (
                before.is_lower
                and before.pos_ == "ADJ"
                and start > 1
                and doc[start - 2].lower_ == "the"
            )
        )
        if start < k and determined and name_run_end(doc, start) == k and usable(start, k):
            found.append(Span(doc, start, k, label="ORG"))
    return found


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


def candidate_spans(doc: Doc, blanked: tuple[int, int] | None) -> list[Span]:
    """NER spans of name labels plus recovered titled names; recovered persons win overlaps,
    except where the model's own PERSON span holds the recovered one and goes on: it read the
    whole name ("Kim Young-Sam", "Sandra Day O'Connor") where the recovery stopped at a hyphen
    or an apostrophe."""
    people = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
    recovered = [
        span
        for span in recover_titled_names(doc)
        if not any(
            p.start <= span.start and span.end <= p.end and len(p) > len(span) for p in people
        )
    ]
    taken = {i for span in recovered for i in range(span.start, span.end)}
    spans = list(recovered)
    # a recovered organisation wins over NORP and GPE labels ("gas giant Gazprom" tagged GPE); the
    # recovery itself refuses gazetteer places
    named = {
        i
        for ent in entities(doc)
        if ent.label_ in NAME_LABELS - {"NORP", "GPE"}
        for i in range(ent.start, ent.end)
    }
    for span in recover_described_orgs(doc):
        if not any(i in taken or i in named for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    for ent in entities(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue  # a recovered name already covers it
        if blanked and ent.start_char < blanked[1]:
            continue
        spans.append(ent)
    spans.sort(key=lambda s: s.start)
    return spans


def syntactic_role(span: Span) -> tuple[bool, bool]:
    """(agentive, locative) for a name: subject/possessor/party versus object of 'in'."""
    root = span.root
    token = root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in {"nsubj", "nsubjpass", "poss", "csubj"}:
        return True, False
    if dep == "pobj":
        prep = token.head.lower_
        if prep in LOCATIVE_PREPOSITIONS:
            return False, True
        if prep in PARTY_PREPOSITIONS or prep == "of":
            return prep != "of", False
    if dep == "compound" and token.head.lower_ in PLACE_HEADS:
        return False, True
    if dep == "dobj" and token.head.lower_.startswith(
        ("visit", "leav", "left", "reach", "enter", "invad", "tour", "arriv")
    ):
        return False, True
    if dep in {"dobj", "conj"}:
        return True, False
    if dep in {"appos", "npadvmod"}:
        return False, True
    return False, False


def classify(span: Span, person_surnames: set[str]) -> NameMention:
    """Decide what a mention names, from its label, its words and the gazetteer."""
    gaz = gazetteer()
    text = surface(span)
    key = fold(text)
    label = span.label_
    agentive, locative = syntactic_role(span)
    mention = NameMention(span, text, "drop", agentive=agentive, locative=locative)
    if not key or key in GENERIC_NAMES or len(key) < 2:
        return mention
    last = key.split()[-1]
    if label in {"ORG", "FAC", "EVENT"} and last in EVENT_HEADS:
        return mention  # "International Women's Day", "the Asian Games": events, not actors
    if label == "ORG" and text[:1].islower():
        return mention  # a fragment ("less united guerrilla"), not a name
    if label in {"ORG", "FAC", "PERSON"} and last in STREET_HEADS and len(span) > 1:
        mention.kind = "place"
        if span[0].ent_type_ == "NORP" or span[0].lower_ in {"catholic", "protestant"}:
            mention.span = Span(span.doc, span.start + 1, span.end, label=span.label_)
            mention.text = surface(mention.span)
        return mention
    if key in person_surnames and " " not in key:
        mention.kind = "person"
        return mention
    if label in {"ORG", "GPE"} and 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" for t in span):
        if (
            fold(span[-1].text) in person_surnames
            and last not in ORG_SUFFIXES
            and not gaz.is_place_name(text)
        ):
            mention.kind = "person"  # "Homira Atimadi" (ORG), later "Ms. Atimadi"
            return mention
    country = gaz.country(text)
    if country and label != "PERSON" or (country and len(span) > 1):
        mention.kind, mention.country = "country", country
        return mention
    if label == "NORP":
        demonym_country = gaz.country_of_demonym(text)
        plural_head = span.root.tag_ == "NNPS" or (
            text.endswith("s") and span.root.dep_ not in {"amod", "compound"}
        )
        if demonym_country and plural_head:
            mention.kind, mention.country = "country", demonym_country
        return mention
    capital = gaz.capital_of(text)
    if capital and label in {"GPE", "PERSON", "ORG"} and len(span) <= 3:
        mention.kind, mention.country = "capital", capital
        return mention
    mention.kind = kind_by_label(span, text, label, locative)
    return mention


def kind_by_label(span: Span, text: str, label: str, locative: bool) -> str:
    """What a name that is no country or capital names, from the model's label and the words
    around it; "drop" when it names nothing the sheet keeps."""
    gaz = gazetteer()
    next_token = span.doc[span.end] if span.end < len(span.doc) else None
    if label in {"LOC", "FAC", "GPE"}:
        return "place"
    if next_token is not None and next_token.lower_ in PLACE_HEADS and label != "PERSON":
        return "place"
    if label == "ORG":
        last = fold(span[-1].text)
        parts = [p for p in re.split(r"[-\u2013/]", text) if p]
        if len(parts) > 1 and all(gaz.country(p) or gaz.country_of_demonym(p) for p in parts):
            return "drop"
        if gaz.is_place_name(text) and last not in ORG_SUFFIXES:
            return "place"
        if locative and len(span) == 1 and "-" in text and last not in ORG_SUFFIXES:
            return "place"
        return "organization"
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if (
        previous is not None
        and previous.is_lower
        and previous.lower_ in ORG_HEADS
        and label in {"PERSON", "GPE"}
    ):
        return "organization"
    if label == "PERSON":
        if len(span) == 1 and gaz.is_major_city(text):
            return "place"
        if len(span) == 1 and span[0].is_upper and len(text) <= 5:
            return "organization"
        return "person"
    return "drop"


def find_mentions(doc: Doc, blanked: tuple[int, int] | None = None) -> list[NameMention]:
    """Every name mention in the document, cleaned and typed ('drop' ones removed)."""
    cleaned: list[Span] = []
    for span in candidate_spans(doc, blanked):
        c = clean_span(span)
        if c is not None and any(t.is_alpha for t in c):
            cleaned.append(c)
    surnames = {
        surname(surface(s))
        for s in cleaned
        if s.label_ == "PERSON" and len(s) >= 2 and not gazetteer().country(surface(s))
    }
    # "Ms. Atimadi": a surname the text itself marks as a person's
    surnames |= {
        fold(surface(s))
        for s in cleaned
        if len(s) == 1 and s.start > 0 and doc[s.start - 1].lower_.rstrip(".") in HONORIFICS
    }
    mentions = [classify(span, surnames) for span in cleaned]
    kept = []
    for m in mentions:
        if m.kind == "drop":
            continue
        # A fragment of a title ("State" in "Secretary of State") is not an actor.
        start = m.span.start
        if (
            m.kind == "organization"
            and len(m.span) == 1
            and start >= 2
            and doc[start - 1].lower_ == "of"
            and is_title_word(doc[start - 2])
        ):
            continue
        kept.append(m)
    return kept
