"""Repeated wire versions of one story: an agency sends a story, then updates, leads and
corrected repetitions of it ("1st Ld", "UPDATES", "RECASTS"), each an article of its own. The
site shows the latest as the article and lists the others under it, so that a reader does
not meet the same facts three times and an entity is not "named in three articles" for one.

Two articles are versions of one story when the same source published them within a couple of
days and most of the shorter one's word sequences are in the other (containment of 5-word
shingles): updates add and cut paragraphs, so the shorter text is the measure.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Protocol


class SheetView(Protocol):
    """What grouping needs of a loaded sheet (generator.site.index.SheetView)."""

    id: str
    body: str | None

    @property
    def meta(self) -> dict[str, Any]: ...

    @property
    def published(self) -> str: ...


SHINGLE_WORDS = 5
CONTAINMENT = 0.5
"""Share of the shorter text's shingles found in the other. On the 2,452 silver articles,
pairs above it are leads and updates of one story; below 0.4, related stories that share a
background paragraph."""
WINDOW_DAYS = 2
WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return frozenset(
        tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def day_of(sheet: SheetView) -> date | None:
    try:
        return date.fromisoformat(sheet.published[:10])
    except ValueError:
        return None


def story_versions(sheets: list[SheetView]) -> dict[str, list[str]]:
    """Id of each story's latest version -> ids of its earlier versions, oldest first; only
    stories told more than once."""
    by_source: dict[str, list[tuple[date, SheetView]]] = {}
    for sheet in sheets:
        day, source = day_of(sheet), sheet.meta.get("source")
        if day is not None and source and sheet.body:
            by_source.setdefault(source, []).append((day, sheet))
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for dated in by_source.values():
        dated.sort(key=lambda pair: (pair[0], pair[1].published, pair[1].id))
        texts = [shingles(sheet.body or "") for _day, sheet in dated]
        for i, (day, sheet) in enumerate(dated):
            for j in range(i + 1, len(dated)):
                if (dated[j][0] - day).days > WINDOW_DAYS:
                    break
                a, b = texts[i], texts[j]
                if a and b and len(a & b) >= CONTAINMENT * min(len(a), len(b)):
                    parent[find(sheet.id)] = find(dated[j][1].id)
    order = {sheet.id: (sheet.published, sheet.id) for sheet in sheets}
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    versions: dict[str, list[str]] = {}
    for root, members in groups.items():
        ranked = sorted(set(members) | {root}, key=order.__getitem__)
        versions[ranked[-1]] = ranked[:-1]
    return versions
