"""Pieces every page is made of: links to articles, entities and sentences, values in words, the\nmarks of an editor's hand."""

from __future__ import annotations

from typing import Any

from generator.site.date_words import date_words
from generator.site.escape import md, text_html
from generator.site.index import EntityPage, SheetView

TYPE_TITLES = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "group": "Groups",
}


def article_link(sheet: SheetView, prefix: str = "../articles/") -> str:
    return f"[{md(sheet.title)}]({prefix}{sheet.id}.md)"


def entity_link(page: EntityPage | None, name: str, prefix: str) -> str:
    if page is None or not page.has_page:
        return md(name)
    return f"[{md(name)}]({prefix}{page_file(page)})"


def page_file(page: EntityPage) -> str:
    """The page that shows an entity, from the site's root: a country's place is on its actor
    page."""
    shown = page.shown_on or page
    return f"{shown.kind}/{shown.slug}.md"


def named_once(pages: list[EntityPage], prefix: str = "../") -> list[str]:
    """The names without a page of their own (each in one article), a paragraph per initial,
    every name linked to its article (PREFIX leads from the page to the site's root): a table
    row per name made the index of a large site a megabyte of HTML, most of it these names."""
    if not pages:
        return []
    by_initial: dict[str, list[str]] = {}
    for p in sorted(pages, key=lambda p: (p.name.lower(), p.name)):
        initial = p.name[:1].upper() if p.name[:1].isalpha() else "#"
        by_initial.setdefault(initial, []).append(
            f"[{md(p.name)}]({prefix}articles/{p.appearances[0].sheet.id}.md)"
        )
    out = [f"**Named in one article** ({len(pages)}), each linked to it:", ""]
    for initial, links in sorted(by_initial.items()):
        out += [f"{md(initial)}: " + " \u00b7 ".join(links), ""]
    return out


def source_link(sheet_id: str, sentence: int | None, prefix: str) -> str:
    if sentence is None:
        return ""
    return f"[source]({prefix}{sheet_id}.md#s-{sentence})"


def own_source_link(sentence: int | None) -> str:
    """A link to a sentence on the article's own page: MkDocs checks the anchor without looking
    the page up among thousands of files (a dozen or more such links on every article page)."""
    if sentence is None:
        return ""
    return f"[source](#s-{sentence})"


def excluded_heading(title: str) -> str:
    """A section heading that Material's search leaves out, section and all: the summary, facts,
    dates, numbers, quotes and backlinks repeat sentences that are indexed once, in the article's
    text. md_in_html makes it a heading like `## TITLE`: same anchor, listed under "On this page"."""
    return f'<h2 markdown="span" data-search-exclude>{title}</h2>'


EDITED = ' <span class="fs-edited" title="Corrected or added by an editor">(edited)</span>'


def shown_value(value: Any, precision: Any, kind: Any = None, *notes: str) -> str:
    """A date value in a reader's words, the TimeML code only as a tooltip: '199' reads 'the
    1990s', 'P3Y' '3 years', '1997-W14' 'week 14 of 1997'; a value that reads as it is
    (1997-04-09) stays. NOTES ('resolved') follow in brackets."""
    words = date_words(value, precision, kind)
    shown = (
        f'<span class="fs-code" title="{text_html(str(value))}">{md(words)}</span>'
        if words
        else md(value)
    )
    notes = tuple(n for n in notes if n)
    return f"{shown} ({', '.join(notes)})" if notes else shown


def edited(item: dict[str, Any]) -> str:
    """A mark on every item a person changed or added: provenance item by item."""
    return EDITED if item.get("by") == "editor" else ""


def provenance(sheet: SheetView) -> str:
    if sheet.reviewed:
        return "Reviewed by an editor"
    items = sum(
        1
        for key in ("actors", "places", "dates", "numbers", "quotes", "events")
        for i in sheet.data.get(key) or []
        if i.get("by") == "editor"
    )
    if items:
        return f"Machine-extracted; {items} item(s) corrected or added by an editor (marked *(edited)*)"
    return "Machine-extracted (not yet reviewed by an editor)"
