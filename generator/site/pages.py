"""Markdown for every generated page, as a mapping of path (under docs/) to text.

Pages are plain Markdown plus a little inline HTML, so any engine that reads
`mkdocs.yml` and Markdown builds the same site. Names link to entity pages;
every fact, date, number and quote links to its sentence (`#s-N`) on the
article page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from generator.site.article_page import article_page
from generator.site.entity_page import entity_page
from generator.site.index import SiteIndex
from generator.site.list_pages import (
    about_page,
    actors_pages,
    articles_pages,
    places_pages,
)
from generator.site.timeline_pages import timeline_pages


def page_tasks(index: SiteIndex) -> list[Callable[[], dict[str, str]]]:
    """Every page of the site as a task that makes it (or, for the timeline, a group of pages):
    tasks are independent of each other, so processes can share them out."""
    tasks: list[Callable[[], dict[str, str]]] = [
        partial(one_page, f"articles/{s.id}.md", article_page, s, index) for s in index.sheets
    ]
    tasks.append(partial(articles_pages, index))
    for folder, pages in (("actors", index.actors), ("places", index.places)):
        tasks += [
            partial(one_page, f"{folder}/{page.slug}.md", entity_page, page, index)
            for page in pages.values()
            if page.has_page and page.shown_on is None
        ]
    tasks.append(partial(actors_pages, index))
    tasks.append(partial(places_pages, index))
    tasks.append(partial(timeline_pages, index))
    tasks.append(partial(one_page, "about/index.md", about_page, index))
    return tasks


def one_page(rel: str, make: Callable[..., str], *args: Any) -> dict[str, str]:
    return {rel: make(*args)}
