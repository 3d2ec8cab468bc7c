"""One article and its parse in, one fact sheet (a plain dict, schema-valid) out."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Callable

from spacy.tokens import Doc, Token

from generator.articles import article_meta
from generator.extract.actors import Entity, entity_role, extract_entities, span_entity
from generator.extract.numbers import find_numbers
from generator.extract.quotes import find_quotes
from generator.extract.sentences import doc_text, remember_text, sentences
from generator.extract.timex import Timex, find_timexes
from generator.records import Article, Mention
from generator.slug import unique_slug

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "going", "would", "to"}
# Words before a date that point ahead whatever the verb's tense.
FORWARD_MARKERS = {"until", "till", "effective"}
DATE_MODIFIERS = {"-", "mid", "early", "late", "the", "of", "end", "beginning", "middle", "start"}
# Verbs whose infinitive complement lies ahead of them: "agreed to meet Friday", "is to resume",
# "had to agree" (every inflected form: the pipeline runs without its lemmatizer).
INTENDING = {
    f"{stem}{ending}"
    for stem in ("agree", "intend", "want", "promise", "vow", "aim", "decide", "expect", "threaten", "pledge", "prepare", "offer", "propose", "ask", "urge", "need", "wish", "arrange", "schedule", "suppose", "hope", "plan", "try", "seek")
    for ending in ("", "s", "d", "ed", "ing")
} | {"planned", "planning", "tries", "tried", "sought", "agreeing", "hoping", "preparing", "proposing", "arranging", "scheduling", "supposing", "promising", "deciding", "urging"} | {
    "is", "are", "was", "were", "am", "be", "has", "have", "had", "going", "means", "meant", "set", "due", "likely"
}
# Verbs of plans and expectations: "is expected in January", "scheduled for Monday".
PLANNED = {"expected", "scheduled", "due", "planned", "slated", "set", "likely", "plans", "plan", "intends", "aims"}
MAX_EVIDENCE = 3
MAX_FACTS = 6


@dataclass
class Extraction:
    sheet: dict[str, Any]
    mentions: list[Mention]


def nlp_text(article: Article) -> str:
    """The body with the dateline blanked to spaces: same offsets, no wire agency in the parse."""
    if article.dateline is None:
        return article.body
    end = article.dateline.end
    return " " * end + article.body[end:]


class SentenceIndex:
    """Sentences of the parse (blank ones dropped) and a char-offset look-up."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.spans: list[tuple[int, int]] = []
        for sent in sentences(doc):
            text = self.text[sent.start_char : sent.end_char]
            stripped = text.strip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            start = sent.start_char + lead
            self.spans.append((start, start + len(stripped)))
        self.starts = [s for s, _ in self.spans]

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_text(self, index: int) -> str:
        start, end = self.spans[index]
        return " ".join(self.text[start:end].split())


def tense_at(doc: Doc) -> Callable[[int], str]:
    """Tense of the verb governing a character offset: past, future or present."""
    starts = doc.to_array("IDX").tolist()

    def tense(offset: int) -> str:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        token: Token = doc[i]
        j = i - 1
        while j > 0 and doc[j].lower_ in DATE_MODIFIERS:
            j -= 1  # "until mid-November", "since the end of"
        before = doc[j].lower_ if j >= 0 else ""
        if before == "since":
            return "past"  # "since Jan. 13" is always behind us
        if before in FORWARD_MARKERS:
            return "future"  # "effective Feb. 1", "until mid-November"
        for _ in range(8):
            if token.pos_ in {"VERB", "AUX"}:
                break
            if token.head is token:
                break
            token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            return "past"
        return verb_tense(token)

    return tense


def verb_tense(token: Token, depth: int = 0) -> str:
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if aux == {"to"} and token.dep_ == "xcomp" and token.head.pos_ in {"VERB", "AUX"} and depth < 4:
        # "extended their offers to acquire X Friday": an infinitive happens when its clause says,
        # unless that clause plans it ("plans to meet Friday", "is to resume Tuesday").
        if token.head.lower_ in PLANNED or token.head.lower_ in INTENDING:
            return "future"
        return verb_tense(token.head, depth + 1)
    if aux & FUTURE_AUXILIARIES or token.lower_ in FUTURE_AUXILIARIES:
        return "future"
    if is_planned(token) or (is_planned(token.head) and token.dep_ in {"xcomp", "ccomp"}):
        return "future"
    if aux & {"has", "have", "had", "was", "were", "did"} or token.tag_ in {"VBD", "VBN"}:
        return "past"
    if token.tag_ in {"VBZ", "VBP"} or aux & {"is", "are", "am", "do", "does"}:
        return "present"
    return "past"


def is_planned(token: Token) -> bool:
    """'scheduled for Monday', 'set to open Friday'; not 'the record high set on Aug. 6'."""
    if token.lower_ not in PLANNED:
        return False
    if token.lower_ == "set":
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children)
    return True


def short_id(prefix: str, text: str) -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def evidence(indices: list[int], sentences: SentenceIndex) -> list[dict[str, Any]]:
    ordered = sorted(set(indices))[:MAX_EVIDENCE]
    return [{"sentence": i, "text": sentences.sentence_text(i)} for i in ordered]


def analyse(article: Article, doc: Doc) -> Extraction:
    """Extract the fact sheet of one article from its spaCy parse."""
    remember_text(doc, nlp_text(article))
    sentences = SentenceIndex(doc)
    body = sentences.text
    story_start = article.dateline.end if article.dateline else 0
    blanked = (0, story_start) if story_start else None
    actors, places = extract_entities(doc, blanked)
    mentions: list[Mention] = []

    actor_ids: dict[int, str] = {}
    taken: set[str] = set()
    actor_items = []
    for entity in actors:
        slug = unique_slug(entity.name, taken)
        actor_ids[id(entity)] = slug
    for entity in actors:
        slug = actor_ids[id(entity)]
        affiliation = None
        for finding in entity.roles:
            target = span_entity(finding.affiliation_span, actors)
            if target is not None and target is not entity:
                affiliation = target.name
                break
        aliases = sorted({m.text for m in entity.mentions} - {entity.name})
        actor_items.append(
            {
                "id": slug,
                "name": entity.name,
                "type": entity.kind,
                "role": entity_role(entity),
                "affiliation": affiliation,
                "aliases": aliases,
                "mentions": len(entity.mentions),
                "evidence": evidence([sentences.at(m.start_char) for m in entity.mentions], sentences),
            }
        )
        for m in entity.mentions:
            mentions.append(Mention(m.start_char, m.end_char, body[m.start_char : m.end_char], "actor", entity.kind, slug))

    place_taken: set[str] = set()
    place_items = []
    place_ids: dict[int, str] = {}
    for place in places:
        slug = unique_slug(place.name, place_taken)
        place_ids[id(place)] = slug
        place_items.append(
            {
                "id": slug,
                "name": place.name,
                "aliases": sorted({m.text for m in place.mentions} - {place.name}),
                "mentions": len(place.mentions),
                "evidence": evidence([sentences.at(m.start_char) for m in place.mentions], sentences),
            }
        )
        for m in place.mentions:
            mentions.append(Mention(m.start_char, m.end_char, body[m.start_char : m.end_char], "place", "place", slug))
    if article.dateline and article.dateline.place:
        name = article.dateline.place
        if not any(p["name"].lower() == name.lower() for p in place_items):
            place_items.append(
                {"id": unique_slug(name, place_taken), "name": name, "aliases": [], "mentions": 1,
                 "evidence": [], "dateline": True}
            )

    text = nlp_text(article)
    tense = tense_at(doc)
    timexes = [t for t in find_timexes(text, article.anchor_date, tense) if t.start >= story_start]
    date_items, date_ids = date_records(timexes, sentences, tense)
    for t in timexes:
        mentions.append(Mention(t.start, t.end, t.text, "date", t.type, t.value))

    numbers = find_numbers(doc, [(t.start, t.end) for t in timexes])
    number_items = []
    number_taken: set[str] = set()
    number_ids: dict[int, str] = {}
    for n in numbers:
        slug = unique_slug(n.value, number_taken)
        number_ids[n.span.start_char] = slug
        sentence = sentences.at(n.span.start_char)
        number_items.append(
            {"id": slug, "value": n.value, "what": n.what, "kind": n.kind, "sentence": sentence,
             "evidence": sentences.sentence_text(sentence)}
        )
        mentions.append(Mention(n.span.start_char, n.span.end_char, n.value, "number", n.kind, n.value))

    quote_items = []
    quote_taken: set[str] = set()
    for q in find_quotes(doc, story_start):
        speaker = speaker_entity(q.speaker_token, actors)
        quote_items.append(
            {
                "id": unique_slug(short_id("q", q.text), quote_taken),
                "text": q.text,
                "kind": q.kind,
                "speaker": actor_ids[id(speaker)] if speaker else None,
                "speaker_name": speaker.name if speaker else None,
                "sentence": sentences.at(q.start),
            }
        )
        mentions.append(Mention(q.start, q.end, body[q.start : q.end], "quote", q.kind, actor_ids[id(speaker)] if speaker else None))

    by_sentence = sentence_links(actors, actor_ids, places, place_ids, timexes, date_ids, numbers, number_ids, sentences)
    facts = rank_facts(sentences, by_sentence, story_start)
    sheet = {
        "article": article_meta(article),
        "summary": lead(sentences, story_start),
        "actors": actor_items,
        "places": place_items,
        "dates": date_items,
        "numbers": number_items,
        "quotes": quote_items,
        "facts": facts,
        "sentences": [[s, e] for s, e in sentences.spans],
    }
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return Extraction(sheet, mentions)


def date_records(
    timexes: list[Timex], sentences: SentenceIndex, tense: Callable[[int], str]
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    taken: set[str] = set()
    items = []
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


def reresolve_dates(sheet: dict[str, Any], article: Article) -> dict[str, Any]:
    """The machine sheet for a new front matter: article fields and date values, no NLP.

    Time expressions are found again by rule on the unchanged body with the new
    publication date, reusing the tense each one was parsed with.
    """
    spans = [(d["start"], d["end"], d.get("tense", "past")) for d in sheet.get("dates") or [] if "start" in d]

    def stored_tense(offset: int) -> str:
        for start, end, tense in spans:
            if start <= offset < end:
                return tense
        return "past"

    found = {(t.start, t.end): t for t in find_timexes(nlp_text(article), article.anchor_date, stored_tense)}
    dates = []
    for item in sheet.get("dates") or []:
        item = dict(item)
        t = found.get((item.get("start"), item.get("end")))
        if t is not None:
            item.update(value=t.value, type=t.type.lower(), precision=t.precision, resolved=t.resolved)
        dates.append(item)
    return {**sheet, "article": article_meta(article), "dates": dates}


def speaker_entity(token: Token | None, actors: list[Entity]) -> Entity | None:
    if token is None:
        return None
    for entity in actors:
        for m in entity.mentions:
            if m.span.start <= token.i < m.span.end:
                return entity
    return None


def sentence_links(actors, actor_ids, places, place_ids, timexes, date_ids, numbers, number_ids, sentences):  # type: ignore[no-untyped-def]
    """For each sentence: the ids of the actors, places, dates and numbers it mentions."""
    links: dict[int, dict[str, list[str]]] = {}

    def add(offset: int, kind: str, value: str) -> None:
        bucket = links.setdefault(sentences.at(offset), {"actors": [], "places": [], "dates": [], "numbers": []})
        if value not in bucket[kind]:
            bucket[kind].append(value)

    for entity in actors:
        for m in entity.mentions:
            add(m.start_char, "actors", actor_ids[id(entity)])
    for place in places:
        for m in place.mentions:
            add(m.start_char, "places", place_ids[id(place)])
    for t in timexes:
        add(t.start, "dates", date_ids[t.start])
    for n in numbers:
        add(n.span.start_char, "numbers", number_ids[n.span.start_char])
    return links


def rank_facts(sentences: SentenceIndex, links: dict[int, dict[str, list[str]]], story_start: int) -> list[dict[str, Any]]:
    """Sentences that carry the main claims: the lead first, then the densest in named facts."""
    scored = []
    for i, (start, end) in enumerate(sentences.spans):
        if end <= story_start:
            continue
        text = sentences.sentence_text(i)
        words = len(text.split())
        if words < 6 or text.endswith("?"):
            continue
        found = links.get(i, {"actors": [], "places": [], "dates": [], "numbers": []})
        score = (
            1.5 * len(found["actors"]) + 0.5 * len(found["places"]) + len(found["dates"]) + len(found["numbers"])
            + 3.0 / (1 + i)
        )
        if not (found["actors"] or found["numbers"] or found["dates"]):
            continue
        scored.append((score, i, text, found))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:MAX_FACTS]
    facts = []
    taken: set[str] = set()
    for score, i, text, found in best:
        facts.append({"id": unique_slug(short_id("f", text), taken), "text": text, "sentence": i, **found})
    return facts


def lead(sentences: SentenceIndex, story_start: int) -> str:
    """One to three opening sentences, enough for about 25 words."""
    chosen: list[str] = []
    for i, (start, end) in enumerate(sentences.spans):
        if end <= story_start:
            continue
        text = sentences.sentence_text(i)
        if start < story_start:
            text = " ".join(sentences.text[story_start:end].split())
        chosen.append(text)
        if len(" ".join(chosen).split()) >= 25 or len(chosen) == 3:
            break
    summary = " ".join(chosen)
    return re.sub(r"\s+", " ", summary).strip()
