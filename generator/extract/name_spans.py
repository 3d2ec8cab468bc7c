"""Which spans may be names: the model's entities of name labels, and the names it missed after a
title ("Foreign Ministers A and B") or a descriptor ("the consultancy Meridian")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.clusters import acronym_spans
from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import (
    ORG_HEADS,
    ORG_SUFFIXES,
    PORTFOLIOS,
)
from generator.extract.names import (
    NAME_LABELS,
    entities,
    is_title_word,
)
from generator.extract.person_names import apposed_names
from generator.extract.person_nouns import person_nouns
from generator.extract.portfolio_titles import portfolio_ends
from generator.extract.sentences import lowers
from generator.extract.titled_names import REMIT_HEADS, is_name_token, recover_titled_names
from generator.names import fold

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
        # "Acer, the world's seventh largest computer maker,": the description after the name
        described = described_before(token)
        if described is not None and usable(*described):
            fired("name: an organisation described after its name", doc[slice(*described)])
            found.append(Span(doc, *described, label="ORG"))
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
        if start < k and determined and name_run_end(doc, start) == k:
            if usable(start, k):
                found.append(Span(doc, start, k, label="ORG"))
            elif not doc[start].ent_type_ and gaz.country(doc[start:k].text):
                found.append(Span(doc, start, k, label="GPE"))  # 'the DRC government'
    return found


def described_before(noun: Token) -> tuple[int, int] | None:
    """The (start, end) of the proper name NOUN is set beside, right before its comma, when the
    model labelled none of it ('Ericsson, the world's leading mobile network supplier, said')."""
    name = noun.head
    if (
        noun.dep_ != "appos"
        or name.i >= noun.i
        or name.pos_ != "PROPN"
        or name.i + 1 >= len(name.doc)
    ):
        return None
    doc = noun.doc
    start = min([c.i for c in name.lefts if c.dep_ == "compound"] + [name.i])
    words = doc[start : name.i + 1]
    if start > 0 and doc[start - 1].text == ")":
        return None  # 'Saltlakes Holdings (Private) Limited': the model's name runs on before
    if doc[name.i + 1].text != "," or any(
        t.ent_type_ or not (t.is_alpha and t.text[:1].isupper()) or is_title_word(t) for t in words
    ):
        return None
    return start, name.i + 1


def candidate_spans(doc: Doc, blanked: tuple[int, int] | None) -> list[Span]:
    """NER spans of name labels plus recovered titled names; recovered persons win overlaps,
    except where the model's own PERSON span holds the recovered one and goes on: it read the
    whole name ("Kim Young-Sam", "Sandra Day O'Connor") where the recovery stopped at a hyphen
    or an apostrophe."""
    people = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
    recovered = []
    titled = recover_titled_names(doc)
    titled_at = {i for span in titled for i in range(span.start, span.end)}
    apposed = [s for s in apposed_names(doc) if not titled_at & set(range(s.start, s.end))]
    for span in titled + apposed:
        whole = next(
            (
                p
                for p in people
                if p.start <= span.start and span.end <= p.end and len(p) > len(span)
            ),
            None,
        )
        if whole is None:
            recovered.append(span)
        else:
            fired(
                "name: the model's whole PERSON span over a recovered part",
                span,
                whole,
            )
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
    for span in recover_ministries(doc):
        if not any(i in taken or i in named for i in range(span.start, span.end)):
            spans.append(span)
    for span in recover_countries(doc):
        if not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
    for span in acronym_spans(doc):
        if not any(i in taken for i in range(span.start, span.end)) and not (
            blanked and span.start_char < blanked[1]
        ):
            spans.append(span)
    portfolios = portfolio_tokens(doc)
    for ent in entities(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        if any(i in taken or i in portfolios for i in range(ent.start, ent.end)):
            continue  # a recovered name already covers it
        if blanked and ent.start_char < blanked[1]:
            continue
        spans += place_before_name(as_nationality(with_its_remit(ent)))
    spans.sort(key=lambda s: s.start)
    return spans


def with_its_remit(ent: Span) -> Span:
    """A body's name the model cut before its 'on' or 'for' and what it is for: 'the International
    Working Group [on Afghan Women]', 'the Supreme Council [for the Islamic Revolution] in Iraq'.
    The remit is a run of capitalised words ('the', 'and', 'of' and hyphens between them), not a
    date ('the Security Council on Monday'), a place after 'in' or another body or person ('a
    deadline set by the Takeover Panel for Macquarie Bank')."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or ent[-1].lower_ not in REMIT_HEADS:
        return ent
    if not ent[-1].text[:1].isupper() or doc[ent.end].lower_ not in {"on", "for"}:
        return ent
    end, last = ent.end + 1, ent.end
    while end < len(doc):
        token = doc[end]
        if token.is_alpha and token.text[:1].isupper():
            if token.ent_type_ not in REMIT_NAMES:
                break  # a date, a number, another body or person, an event: not the remit
            last = end
        elif token.lower_ not in REMIT_LINKS or (token.text == "-" and token.whitespace_):
            break
        end += 1
    words = [t for t in doc[ent.end + 1 : last + 1] if t.is_alpha and t.text[:1].isupper()]
    if not words or len(words) > MAX_REMIT_WORDS:
        return ent
    fired("name: a body's remit the model cut off", ent.text, doc[ent.start : last + 1].text)
    return Span(doc, ent.start, last + 1, label="ORG")


REMIT_LINKS = frozenset({"the", "and", "of", "-"})
REMIT_NAMES = frozenset({"", "GPE", "LOC", "NORP", "FAC"})
"""Names a remit may hold ('for Latin America'); another body's is not one ('the Takeover Panel
for [Macquarie Bank]')."""
MAX_REMIT_WORDS = 6


def as_nationality(ent: Span) -> Span:
    """'Icelandic businessman X', 'Azerbaijani officials': a nationality adjective the model took
    for a body or a person is a nationality."""
    if ent.label_ not in {"ORG", "PERSON"} or len(ent) != 1 or ent[0].tag_ != "JJ":
        return ent
    if gazetteer().country_of_demonym(ent.text) is None:
        return ent
    fired("name: a nationality the model took for a name", ent.text, ent.sent.text)
    return Span(ent.doc, ent.start, ent.end, label="NORP")


def place_before_name(ent: Span) -> list[Span]:
    """'Ambassador to Zimbabwe Vaclav Jilek', 'Ambassador to China Sergey Razov': the model ran
    the country a title is to or of into the person's name; the country, then the person."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.start < 2 or not 3 <= len(ent) <= 5:
        return [ent]
    if ent[0].is_lower:
        return [ent]  # 'of the China Astronautic Publishing House': a body's name
    if doc[ent.start - 1].lower_ not in {"to", "of"} or not is_title_word(doc[ent.start - 2]):
        return [ent]
    for k in range(1, len(ent) - 1):
        person = ent[k:]
        if (
            gazetteer().country(ent[:k].text)
            and all(t.is_alpha and t.is_title for t in person)
            and fold(person[-1].text) not in ORG_SUFFIXES | ORG_HEADS
        ):
            fired("name: a title's country run into the name after it", ent.text)
            return [
                Span(doc, ent.start, ent.start + k, label="GPE"),
                Span(doc, ent.start + k, ent.end, label="PERSON"),
            ]
    return [ent]


NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
"""Parts of speech of a word that may be part of a name (not 'Meanwhile', 'But', 'The')."""


def recover_countries(doc: Doc) -> list[Span]:
    """Country names the model left unlabelled ('Nepal is seeking Indian help', 'Belarus
    dispatched an official'), when they stand alone: not in a longer name ('Muslim Council of
    Britain', 'Cricket South Africa'), a compound ('China-Bulgaria ties') or a currency
    ('Singapore dollars')."""
    from generator.extract.currencies import is_money_unit

    bare = [t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in doc]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not bare[i] or doc[i].pos_ not in NAME_POS:  # not 'The Nigeria striker'
            i += 1
            continue
        run = next((n for n in (3, 2) if i + n <= len(doc) and all(bare[i : i + n])), 1)
        span = next(
            (doc[i : i + n] for n in range(run, 0, -1) if gazetteer().country(doc[i : i + n].text)),
            None,
        )
        if (
            span is None
            or not stands_alone(span)
            or (span.end < len(doc) and is_money_unit(doc[span.end].text))
        ):
            i += 1
            continue
        fired("name: a country the model left unlabelled", span.text)
        found.append(Span(doc, span.start, span.end, label="GPE"))
        i = span.end
    return found


def portfolio_tokens(doc: Doc) -> set[int]:
    """The words of the portfolios titles give before names ('Home Affairs' in 'Secretary for
    Home Affairs Patrick Ho'): no name of a body."""
    return {k for title, end in portfolio_ends(doc).items() for k in range(title + 1, end)}


def recover_ministries(doc: Doc) -> list[Span]:
    """A country's ministry written in lower case ('the interior ministry said', 'the country's
    health ministry', 'the French agriculture ministry', 'the foreign ministry spokesman'): a
    named body, as its capitalised form is; not a ministry's building ('the finance ministry
    building') nor one left unsaid ('a foreign ministry official')."""
    found = []
    for token in doc:
        if token.text != "ministry" or token.ent_type_:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].dep_ in {"compound", "amod"}:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.ent_type_ in {"NORP", "GPE"} and start > 1:
            start, before = start - 1, doc[start - 2]  # 'the French agriculture ministry': its own
        if start == token.i or doc[token.i - 1].lower_ not in PORTFOLIOS or before is None:
            continue
        if before.lower_ != "the" and before.tag_ != "POS":
            continue  # 'a foreign ministry official': which ministry is left unsaid
        if token.dep_ == "compound" and token.head.lemma_.lower() not in person_nouns():
            continue
        fired("name: a ministry written in lower case", doc[start : token.i + 1].text)
        found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def stands_alone(span: Span) -> bool:
    """No capitalised word, hyphen or '[Name] of/for' right before the span, and no capitalised
    word or hyphen right after it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (
        before.text == "-"
        or (before.text[:1].isupper() and before.is_alpha and before.pos_ in NAME_POS)
        or (
            before.lower_ in {"of", "for"}
            and span.start > 1
            and doc[span.start - 2].text[:1].isupper()
        )
    ):
        return False
    return after is None or not (after.text == "-" or (after.text[:1].isupper() and after.is_alpha))
