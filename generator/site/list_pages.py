"""Pages that list: the articles, actors and places indexes, the timeline (split by year and month\nwhen long) and the About page."""

from __future__ import annotations

import calendar
import re
from typing import Any

from generator.site.entity_page import roles_seen
from generator.site.escape import md, page_title
from generator.site.index import EntityPage, SiteIndex
from generator.site.links import (
    TYPE_TITLES,
    article_link,
    entity_link,
    named_once,
    shown_value,
    source_link,
)


def articles_index(index: SiteIndex) -> str:
    # Index pages repeat the titles and names their pages carry: left out of search.
    out = [
        page_title("Articles", "exclude: true") + "# Articles",
        "",
        f"{len(index.sheets)} articles, newest first.",
        "",
    ]
    out += ["| Published | Title | Source | Actors |", "| --- | --- | --- | --- |"]
    for sheet in sorted(index.sheets, key=lambda s: (s.published, s.id), reverse=True):
        link = f"[{md(sheet.title)}]({sheet.id}.md)"
        out.append(
            f"| {md(sheet.published[:10]) or 'undated'} | {link} | {md(sheet.meta.get('source'))} | {len(sheet.data.get('actors') or [])} |"
        )
    return "\n".join(out) + "\n"


def actors_index(index: SiteIndex) -> str:
    out = [
        page_title("Actors", "exclude: true") + "# Actors",
        "",
        "Everyone and everything that acts in the articles, by type; counts are articles.",
        "",
    ]
    by_type: dict[str, list[EntityPage]] = {}
    for page in index.actors.values():
        by_type.setdefault(page.type, []).append(page)
    for type_ in ("person", "organization", "country", "group"):
        pages = by_type.get(type_)
        if not pages:
            continue
        out += [f"## {TYPE_TITLES[type_]}", ""]
        with_page = [p for p in pages if p.has_page]
        if with_page:
            out += ["| Name | Articles | Roles |", "| --- | --- | --- |"]
            for page in sorted(with_page, key=lambda p: (-len(p.appearances), p.name)):
                roles = roles_seen(page)
                out.append(
                    f"| [{md(page.name)}]({page.slug}.md) | {len(page.appearances)} | {md('; '.join(r for r, _ in roles[:2]))} |"
                )
            out.append("")
        out += named_once([p for p in pages if not p.has_page])
    return "\n".join(out) + "\n"


def places_index(index: SiteIndex) -> str:
    out = [page_title("Places", "exclude: true") + "# Places", ""]
    pages = list(index.places.values())
    with_page = [p for p in pages if p.has_page]
    if with_page:
        out += ["| Place | Articles |", "| --- | --- |"]
        for page in sorted(with_page, key=lambda p: (-len(p.appearances), p.name)):
            out.append(f"| [{md(page.name)}]({page.slug}.md) | {len(page.appearances)} |")
        out.append("")
    out += named_once([p for p in pages if not p.has_page])
    return "\n".join(out) + "\n"


TIMELINE_PAGE_SIZE = 500
"""Above this many dated events the timeline is split into a page per year, and a year into a page per month."""
TIMELINE_INTRO = (
    "Every dated event across the articles, in date order. A date shows its normalised value "
    "(in words where the value is a code, such as a week or a season) and the phrase the article used."
)


def timeline_rows(entries: list[Any], prefix: str) -> list[str]:
    out = ["| Date | Phrase | Event | Article |", "| --- | --- | --- | --- |"]
    for e in entries:
        event = md(e.item.get("event"), limit=220)
        src = source_link(e.sheet.id, e.item.get("sentence"), prefix)
        out.append(
            f"| {shown_value(e.value, e.item.get('precision'), e.item.get('type'))} | {md(e.item.get('text'))} | {event} {src} | {article_link(e.sheet, prefix)} |"
        )
    return out + [""]


def undated_rows(index: SiteIndex, prefix: str) -> list[str]:
    if not index.undated:
        return []
    out = [
        "## Unresolved or vague",
        "",
        "Relative or vague expressions whose date is not known "
        "(often: the article has no `published` date).",
        "",
    ]
    out += ["| Phrase | Value | Article |", "| --- | --- | --- |"]
    for e in index.undated:
        src = source_link(e.sheet.id, e.item.get("sentence"), prefix)
        out.append(
            f"| {md(e.item.get('text'))} {src} | {md(e.value)} | {article_link(e.sheet, prefix)} |"
        )
    return out + [""]


def timeline_pages(index: SiteIndex) -> dict[str, str]:
    """One timeline page; on a large site an overview plus a page per year (and one for the undated)."""
    head = page_title("Timeline", "exclude: true") + "# Timeline"
    if len(index.timeline) + len(index.undated) <= TIMELINE_PAGE_SIZE:
        out = [head, "", TIMELINE_INTRO, ""]
        if index.timeline:
            out += timeline_rows(index.timeline, "../articles/")
        out += undated_rows(index, "../articles/")
        return {"timeline/index.md": "\n".join(out) + "\n"}
    years: dict[str, list[Any]] = {}
    for e in index.timeline:
        years.setdefault(e.value.removeprefix("FY")[:4], []).append(e)
    pages = {}
    out = [head, "", TIMELINE_INTRO, "", "| Year | Events |", "| --- | --- |"]
    for year, entries in sorted(years.items()):
        out.append(f"| [{md(year)}]({year}.md) | {len(entries)} |")
        pages.update(year_pages(year, entries))
    if index.undated:
        out += ["", f"[Unresolved or vague expressions](undated.md) ({len(index.undated)})"]
        pages["timeline/undated.md"] = (
            "\n".join(
                [page_title("Timeline: undated", "exclude: true") + "# Timeline: undated", ""]
                + undated_rows(index, "../articles/")
            )
            + "\n"
        )
    pages["timeline/index.md"] = "\n".join(out) + "\n"
    return pages


MONTH_VALUE = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def year_pages(year: str, entries: list[Any]) -> dict[str, str]:
    """A year's page; a busy year's events that have a month go on a page per month, so that
    no page holds thousands of rows (a year of a news archive: over a megabyte of Markdown)."""
    title = page_title(f"Timeline {year}", "exclude: true") + f"# Timeline: {md(year)}"
    if len(entries) <= TIMELINE_PAGE_SIZE:
        return {
            f"timeline/{year}.md": "\n".join(
                [title, "", "[All years](index.md)", ""] + timeline_rows(entries, "../articles/")
            )
            + "\n"
        }
    months: dict[str, list[Any]] = {}
    rest = []
    for e in entries:
        month = MONTH_VALUE.match(e.value)
        if month:
            months.setdefault(month.group(1), []).append(e)
        else:
            rest.append(e)
    pages = {}
    out = [title, "", "[All years](index.md)", "", "| Month | Events |", "| --- | --- |"]
    for month, month_entries in sorted(months.items()):
        name = f"{calendar.month_name[int(month)]} {year}"
        out.append(f"| [{name}]({year}-{month}.md) | {len(month_entries)} |")
        pages[f"timeline/{year}-{month}.md"] = (
            "\n".join(
                [
                    page_title(f"Timeline {name}", "exclude: true") + f"# Timeline: {name}",
                    "",
                    f"[All of {md(year)}]({year}.md)",
                    "",
                ]
                + timeline_rows(month_entries, "../articles/")
            )
            + "\n"
        )
    if rest:
        out += [
            "",
            f"## {md(year)}, without a month",
            "",
            "Dates known only to the year, season, quarter or week.",
            "",
        ]
        out += timeline_rows(rest, "../articles/")
    pages[f"timeline/{year}.md"] = "\n".join(out) + "\n"
    return pages


def about_page(index: SiteIndex) -> str:
    """What the site covers, made from the content itself."""
    dates = sorted(s.published[:10] for s in index.sheets if s.published)
    out = [page_title("About this site") + "# About this site", ""]
    span = f", published between {dates[0]} and {dates[-1]}" if dates else ""
    reviewed = sum(1 for s in index.sheets if s.reviewed)
    out += [
        f"This site holds fact sheets for **{len(index.sheets)} articles**{span}: "
        f"{len(index.actors)} actors and {len(index.places)} places. "
        f"{reviewed} sheet(s) have been reviewed by an editor; the rest are machine-extracted.",
        "",
        "Each fact links to the sentence it comes from. Dates are normalised; relative ones "
        '("Monday", "last September") are resolved against the article\'s publication date.',
        "",
    ]
    top_actors = sorted(
        index.actors.values(), key=lambda p: (-len(p.appearances), -p.mention_count, p.name)
    )[:10]
    if top_actors:
        out += [
            "## Most mentioned actors",
            "",
            "| Actor | Type | Articles | Mentions |",
            "| --- | --- | --- | --- |",
        ]
        out += [
            f"| {entity_link(p, p.name, '../')} | {md(p.type)} | {len(p.appearances)} | {p.mention_count} |"
            for p in top_actors
        ]
        out.append("")
    top_places = sorted(
        index.places.values(), key=lambda p: (-len(p.appearances), -p.mention_count, p.name)
    )[:10]
    if top_places:
        out += [
            "## Most mentioned places",
            "",
            "| Place | Articles | Mentions |",
            "| --- | --- | --- |",
        ]
        out += [
            f"| {entity_link(p, p.name, '../')} | {len(p.appearances)} | {p.mention_count} |"
            for p in top_places
        ]
        out.append("")
    out += [
        "## Reporting a correction",
        "",
        "Found a wrong role, date or name? Every fact sheet is a YAML file in the project's "
        "`content/facts/` folder, named after the article. Edit it (or ask the editors to): "
        "corrections are kept whenever the article is extracted again, and the corrected item "
        "is marked *(edited)* on the site. Cross-article fixes (two names for one person, a "
        "wrong type) go in `content/entities.yml`.",
        "",
        "Follow new and updated fact sheets with the [Atom feed](../feed.xml).",
        "",
    ]
    return "\n".join(out)
