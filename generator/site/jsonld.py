"""schema.org JSON-LD for search engines and fact-check tools: `NewsArticle` on article pages,
`Person`, `Organization`, `Country` or `Place` on entity pages.

The JSON is escaped for the inside of a <script> element: every character outside ASCII, and
'<', '>', '&' and '=', as unicode escapes, so no article text can close the element, open
another, read as an attribute to a scanner or reorder the page's text (bidi controls).
"""

from __future__ import annotations

import json
from typing import Any

from generator.site.index import EntityPage, SheetView

ACTOR_TYPES = {"person": "Person", "organization": "Organization", "country": "Country"}


def script(data: dict[str, Any]) -> list[str]:
    """The Markdown lines of a JSON-LD block (raw HTML, kept apart by blank lines)."""
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=True)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d")):
        text = text.replace(char, escaped)
    return ["", f'<script type="application/ld+json">{text}</script>', ""]


def news_article(sheet: SheetView) -> list[str]:
    meta = sheet.meta
    data: dict[str, Any] = {"@type": "NewsArticle", "headline": sheet.title}
    if sheet.published:
        data["datePublished"] = sheet.published
    if meta.get("author"):
        data["author"] = {"@type": "Person", "name": meta["author"]}
    if meta.get("source"):
        data["publisher"] = {"@type": "Organization", "name": meta["source"]}
    if meta.get("url"):
        data["url"] = meta["url"]
    if sheet.data.get("summary"):
        data["description"] = sheet.data["summary"]
    mentions = [
        {"@type": ACTOR_TYPES.get(a.get("type"), "Thing"), "name": a["name"]}
        for a in sheet.data.get("actors") or []
        if isinstance(a, dict) and a.get("name")
    ]
    if mentions:
        data["mentions"] = mentions
    return script(data)


def entity(page: EntityPage) -> list[str]:
    kind = "Place" if page.kind == "places" else ACTOR_TYPES.get(page.type, "Thing")
    data: dict[str, Any] = {"@type": kind, "name": page.name}
    if page.aliases:
        data["alternateName"] = sorted(page.aliases)
    roles = [a.item.get("role") for a in page.appearances if a.item.get("role")]
    if roles and kind == "Person":
        data["jobTitle"] = roles[0]
    if page.entry is not None and page.entry.wikidata:
        data["sameAs"] = f"https://www.wikidata.org/wiki/{page.entry.wikidata}"
    return script(data)
