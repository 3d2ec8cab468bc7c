"""One article and its parse in, one fact sheet out: each section's records from the extraction
rules, with stable ids and the sentences that say so."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span

from generator.articles import article_meta
from generator.extract.actors import affiliations, entity_role, extract_entities
from generator.extract.hits import fired
from generator.extract.key_events import date_kinds, event_records
from generator.extract.named_next import name_next_sources
from generator.extract.number_owners import number_owner
from generator.extract.number_values import amount_of
from generator.extract.numbers import find_numbers
from generator.extract.participants import Participants
from generator.extract.possessors import mark_owners
from generator.extract.quotes import find_quotes
from generator.extract.sentences import SentenceIndex, remember_text
from generator.extract.story_events import find_events
from generator.extract.summary import lead, short_id
from generator.extract.tense import tense_at
from generator.extract.timex import Timex, find_timexes
from generator.extract.timex.words import delivery_month
from generator.extract.wire_codes import blank_wire_codes
from generator.records import (
    ActorItem,
    Article,
    DateItem,
    Entity,
    Evidence,
    Mention,
    NumberFinding,
    NumberItem,
    PlaceItem,
    QuoteFinding,
    QuoteItem,
    Sheet,
)
from generator.slug import unique_slug

MAX_EVIDENCE = 3


@dataclass
class Extraction:
    sheet: Sheet
    mentions: list[Mention]
    """Every span found, for `factsheet annotate`."""


def nlp_text(article: Article) -> str:
    """The body with the dateline and the desk's codes blanked to spaces and numbers mended
    (mended_numbers): same offsets, no wire agency or desk code in the parse."""
    body = blank_wire_codes(mended_numbers(article.body))
    if article.dateline is None:
        return body
    end = article.dateline.end
    return " " * end + body[end:]


SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}), (\d{3}(?:\.\d+)?)(?!\d)")
SPACED_DECIMAL = re.compile(r"(?<![\d.,:])(\d{1,3})\. (\d+)(?=,? [a-z]|%)")
"""'307. 4 billion kwacha', 'to 27. 60 dollars', 'in 39. 90 seconds': in silver and TimeBank
every digit after a full stop and a space, with a lower-case word after it, is a decimal's (wire
copy spells out a number that opens a sentence)."""


def mended_numbers(text: str) -> str:
    """Numbers a typesetter broke with a space ('151, 000', '307. 4 billion', common in Xinhua
    copy) written whole, the space moved before them so that every offset stays."""
    text = SPACED_THOUSANDS.sub(lambda m: f" {m[1]},{m[2]}", text)
    return SPACED_DECIMAL.sub(lambda m: f" {m[1]}.{m[2]}", text)


def evidence(indices: list[int], sentences: SentenceIndex) -> list[Evidence]:
    ordered = sorted(set(indices))[:MAX_EVIDENCE]
    return [{"sentence": i, "text": sentences.sentence_text(i)} for i in ordered]


def analyse(article: Article, doc: Doc) -> Extraction:
    """Extract the fact sheet of one article from its spaCy parse."""
    text = nlp_text(article)
    remember_text(doc, text)
    sentences = SentenceIndex(doc)
    story_start = article.dateline.end if article.dateline else 0
    actors, places = extract_entities(doc, (0, story_start) if story_start else None)
    mentions: list[Mention] = []
    actor_items = actor_records(actors, sentences, mentions)
    place_items, here = place_records(places, article, sentences, mentions)
    tense = tense_at(doc)
    timexes = find_timexes(text, article.anchor_date, tense)
    date_items, date_ids = date_records(timexes, sentences, tense)
    # The dateline's date is a time expression too (annotate lists it); the sheet's dates are
    # the story's, and the dateline's is the article's own date.
    in_dateline = (
        find_timexes(article.body[:story_start], article.anchor_date) if story_start else []
    )
    mentions += [
        Mention(t.start, t.end, t.text, "date", t.type, t.value) for t in in_dateline + timexes
    ]
    durations = [(t.start, t.end) for t in timexes if t.type == "DURATION" and amount_of(t.text)]
    participants = Participants(doc, actors, places, here)
    quote_items = quote_records(doc, participants, story_start, sentences, mentions)
    mark_owners(doc, participants)  # after the quotes: 'our' in a quote is its speaker's
    numbers = find_numbers(doc, [(t.start, t.end) for t in timexes], durations)
    number_items, number_ids = number_records(numbers, sentences, mentions, actors)
    dated = [
        (t.start, t.end)
        for t in timexes
        if t.type in {"DATE", "TIME"} and not dates_no_event(doc, t.start, t.end, t.value)
    ]
    events = find_events(doc, participants, dated, story_start)
    sheet: Sheet = {
        "article": article_meta(article),
        "summary": lead(sentences, story_start),
        "actors": actor_items,
        "places": place_items,
        "dates": date_items,
        "numbers": number_items,
        "quotes": quote_items,
        "events": event_records(
            events,
            sentences,
            date_ids,
            story_start,
            "" if article.title_derived else article.title,
            date_kinds(timexes, article.anchor_date, text),
        ),
        "sentences": [[s, e] for s, e in sentences.spans],
    }
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return Extraction(sheet, mentions)


def actor_records(
    actors: list[Entity], sentences: SentenceIndex, mentions: list[Mention]
) -> list[ActorItem]:
    """Each actor with its id (a slug of its name, unique in the sheet), role, affiliation,
    aliases and evidence; its mentions are added to MENTIONS."""
    taken: set[str] = set()
    for entity in actors:
        entity.id = unique_slug(entity.name, taken)
    items: list[ActorItem] = []
    for entity in actors:
        affiliation = next((a.name for a in affiliations(entity, actors)), None)
        items.append(
            {
                "id": entity.id,
                "name": entity.name,
                "type": entity.kind,  # type: ignore[typeddict-item]
                "role": entity_role(entity),
                "affiliation": affiliation,
                "aliases": sorted({m.text for m in entity.mentions} - {entity.name}),
                "mentions": len(entity.mentions),
                "evidence": evidence(
                    [sentences.at(m.start_char) for m in entity.mentions], sentences
                ),
            }
        )
        mentions += [
            Mention(
                m.start_char,
                m.end_char,
                sentences.text[m.start_char : m.end_char],
                "actor",
                entity.kind,
                entity.id,
            )
            for m in entity.mentions
        ]
    return items


def place_records(
    places: list[Entity], article: Article, sentences: SentenceIndex, mentions: list[Mention]
) -> tuple[list[PlaceItem], Entity | None]:
    """Each place with its id, aliases and evidence, and the dateline's place when the text does
    not name it; with the dateline's place, the one the story's 'here' is."""
    taken: set[str] = set()
    items: list[PlaceItem] = []
    for place in places:
        place.id = unique_slug(place.name, taken)
        items.append(
            {
                "id": place.id,
                "name": place.name,
                "aliases": sorted({m.text for m in place.mentions} - {place.name}),
                "mentions": len(place.mentions),
                "evidence": evidence(
                    [sentences.at(m.start_char) for m in place.mentions], sentences
                ),
            }
        )
        mentions += [
            Mention(
                m.start_char,
                m.end_char,
                sentences.text[m.start_char : m.end_char],
                "place",
                "place",
                place.id,
            )
            for m in place.mentions
        ]
    here = None
    if article.dateline and article.dateline.place:
        name = article.dateline.place
        here = next((p for p in places if p.name.lower() == name.lower()), None)
        if here is None:
            here = Entity("place", name, id=unique_slug(name, taken))
            items.append(
                {
                    "id": here.id,
                    "name": name,
                    "aliases": [],
                    "mentions": 1,
                    "evidence": [],
                    "dateline": True,
                }
            )
    return items, here


def date_records(
    timexes: list[Timex], sentences: SentenceIndex, tense: Callable[[int], str]
) -> tuple[list[DateItem], dict[int, str]]:
    """The dates (TimeML values) with the sentence each dates, and each one's id by its offset."""
    taken: set[str] = set()
    items: list[DateItem] = []
    ids: dict[int, str] = {}
    for t in timexes:
        slug = unique_slug(t.text, taken)
        ids[t.start] = slug
        sentence = sentences.at(t.start)
        items.append(
            {
                "id": slug,
                "text": " ".join(t.text.split()),
                "value": t.value,
                "type": t.type.lower(),
                "precision": t.precision,
                "resolved": t.resolved,
                "event": sentences.sentence_text(sentence),
                "sentence": sentence,
                "start": t.start,
                "end": t.end,
                # Kept so a new publication date re-resolves the value without parsing again.
                "tense": tense(t.start),
            }
        )
    return items, ids


def number_records(
    numbers: list[NumberFinding],
    sentences: SentenceIndex,
    mentions: list[Mention],
    actors: list[Entity],
) -> tuple[list[NumberItem], dict[int, str]]:
    """Each key number with what it counts, whose it is (of: an actor id, when `what` names
    its owner) and its sentence, and each one's id by its offset."""
    taken: set[str] = set()
    items: list[NumberItem] = []
    ids: dict[int, str] = {}
    for n in numbers:
        slug = unique_slug(n.value, taken)
        ids[n.span.start_char] = slug
        sentence = sentences.at(n.span.start_char)
        item: NumberItem = {
            "id": slug,
            "value": n.value,
            "what": " ".join(n.what.split()) if n.what else n.what,  # a mended number's space
            "kind": n.kind,
            **n.fields,  # type: ignore[typeddict-item]
        }
        owner = number_owner(n.what, actors)
        if owner is not None:
            item["of"] = owner.id
        item["sentence"] = sentence
        item["evidence"] = sentences.sentence_text(sentence)
        items.append(item)
        mentions.append(
            Mention(n.span.start_char, n.span.end_char, n.value, "number", n.kind, n.value)
        )
    return items, ids


def quote_records(
    doc: Doc,
    participants: Participants,
    story_start: int,
    sentences: SentenceIndex,
    mentions: list[Mention],
) -> list[QuoteItem]:
    """Each quote with its kind and who said it: an actor (by id and name), or the words of an
    unnamed source as `speaker_name` alone."""
    taken: set[str] = set()
    items: list[QuoteItem] = []
    before: QuoteFinding | None = None
    for q in name_next_sources(find_quotes(doc, participants, story_start)):
        actor = q.speaker if isinstance(q.speaker, Entity) else None
        if q.kind == "direct" or q.marked is not None:
            participants.add_quote(*(q.marked or (q.start, q.end)), q.speaker)
        if q.goes_on and before is not None and before.kind == q.kind == "direct":
            # '"...," he said. "..."': the words after the attribution go on with the statement
            between = sentences.text[before.end : q.start]
            gap = " … " if any(c.isalpha() for c in between) else " "
            items[-1]["text"] += gap + q.text.removesuffix(",")
        else:
            items.append(
                {
                    "id": unique_slug(short_id("q", q.text), taken),  # of the words as written
                    # '"We will defend it," she said': the comma is the writer's, not the speaker's
                    "text": q.text.removesuffix(",") if q.kind == "direct" else q.text,
                    "kind": q.kind,  # type: ignore[typeddict-item]
                    "speaker": actor.id if actor else None,
                    "speaker_name": actor.name if actor else q.speaker,  # type: ignore[typeddict-item]
                    "sentence": sentences.at(q.start),
                }
            )
        before = q
        mentions.append(
            Mention(
                q.start,
                q.end,
                sentences.text[q.start : q.end],
                "quote",
                q.kind,
                actor.id if actor else None,
            )
        )
    return items


def reresolve_dates(sheet: Sheet, article: Article) -> Sheet:
    """The machine sheet for a new front matter: article fields and date values, no NLP.

    Time expressions are found again by rule on the unchanged body with the new
    publication date, reusing the tense each one was parsed with.
    """
    spans = [
        (d["start"], d["end"], d.get("tense", "past"))
        for d in sheet.get("dates") or []
        if "start" in d
    ]

    def stored_tense(offset: int) -> str:
        for start, end, tense in spans:
            if start <= offset < end:
                return tense
        return "past"

    found = {
        (t.start, t.end): t
        for t in find_timexes(nlp_text(article), article.anchor_date, stored_tense)
    }
    dates = []
    for item in sheet.get("dates") or []:
        item = dict(item)
        t = found.get((item.get("start"), item.get("end")))
        if t is not None:
            item.update(
                value=t.value, type=t.type.lower(), precision=t.precision, resolved=t.resolved
            )
        dates.append(item)
    return {**sheet, "article": article_meta(article), "dates": dates}


def dates_no_event(doc: Doc, start: int, end: int, value: str | None) -> bool:
    """'Now officials are investigating', 'currently provides': the story's present tells no
    time of its own; nor does 'a recent war', 'the current term', a one-word adjective that says
    only past or present; nor a contract's delivery month, nor the start of a record. Each stays
    a date of the sheet, but dates no event."""
    if value == "PRESENT_REF" or delivery_month(doc.text, start, end):
        return True
    span = doc.char_span(start, end)
    if span is not None and record_since(span):
        return True
    return (
        span is not None
        and len(span) == 1
        and span[0].pos_ == "ADJ"
        and str(value or "").endswith("_REF")
    )


RECORD_WORDS = frozenset({"first", "last"})


def record_since(span: Span) -> bool:
    """'Its lowest close since July 21', 'the first visit since 1990': the date a record is
    measured from, not when the story's event happened."""
    since = span.root.head
    noun = since.head
    found = (
        span.root.dep_ == "pobj"
        and since.lower_ == "since"
        and noun.pos_ == "NOUN"
        and any(c.tag_ in {"JJS", "RBS"} or c.lower_ in RECORD_WORDS for c in noun.children)
    )
    if found:
        fired("dates: the date a record is measured from dates no event", span.sent.text)
    return found
