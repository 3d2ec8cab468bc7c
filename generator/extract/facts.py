"""The lead (summary) and the sentences with the main claims, ranked by the names, dates and
numbers they hold."""

from __future__ import annotations

import hashlib
import re

from generator.extract.sentences import SentenceIndex
from generator.extract.timex import Timex
from generator.records import Entity, FactItem, NumberFinding
from generator.slug import unique_slug

MAX_FACTS = 6
Links = dict[int, dict[str, list[str]]]
"""For each sentence, the ids of the actors, places, dates and numbers it mentions."""


def short_id(prefix: str, text: str) -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def sentence_links(
    actors: list[Entity],
    places: list[Entity],
    timexes: list[Timex],
    date_ids: dict[int, str],
    numbers: list[NumberFinding],
    number_ids: dict[int, str],
    sentences: SentenceIndex,
) -> Links:
    """For each sentence: the ids of the actors, places, dates and numbers it mentions."""
    links: Links = {}

    def add(offset: int, kind: str, value: str) -> None:
        bucket = links.setdefault(
            sentences.at(offset), {"actors": [], "places": [], "dates": [], "numbers": []}
        )
        if value not in bucket[kind]:
            bucket[kind].append(value)

    for entity in actors:
        for m in entity.mentions:
            add(m.start_char, "actors", entity.id)
    for place in places:
        for m in place.mentions:
            add(m.start_char, "places", place.id)
    for t in timexes:
        add(t.start, "dates", date_ids[t.start])
    for n in numbers:
        add(n.span.start_char, "numbers", number_ids[n.span.start_char])
    return links


def rank_facts(sentences: SentenceIndex, links: Links, story_start: int) -> list[FactItem]:
    """Sentences that carry the main claims: the lead first, then the densest in named facts."""
    scored = []
    for i, (_start, end) in enumerate(sentences.spans):
        if end <= story_start:
            continue
        text = sentences.sentence_text(i)
        words = len(text.split())
        if words < 6 or text.endswith("?"):
            continue
        found = links.get(i, {"actors": [], "places": [], "dates": [], "numbers": []})
        score = (
            1.5 * len(found["actors"])
            + 0.5 * len(found["places"])
            + len(found["dates"])
            + len(found["numbers"])
            + 3.0 / (1 + i)
        )
        if not (found["actors"] or found["numbers"] or found["dates"]):
            continue
        scored.append((score, i, text, found))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:MAX_FACTS]
    facts: list[FactItem] = []
    taken: set[str] = set()
    for _score, i, text, found in best:
        facts.append(
            {"id": unique_slug(short_id("f", text), taken), "text": text, "sentence": i, **found}
        )
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
