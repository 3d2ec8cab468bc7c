"""Pages that list: the articles, actors and places indexes and the About page."""

from __future__ import annotations

from typing import Callable

from generator.names import fold
from generator.site.entity_page import roles_seen
from generator.site.escape import md, page_title
from generator.site.index import EntityPage, SheetView, SiteIndex
from generator.site.links import (
    TYPE_TITLES,
    entity_link,
    named_once,
)

INDEX_PAGE_SIZE = 500
"""Above this many rows an index is split: articles into a page per year (a busy year into a
page per month), actors and places into a page per initial, so that no index page of a large
collection is megabytes of HTML."""


def articles_pages(index: SiteIndex) -> dict[str, str]:
    """The articles index: one page, or an overview of the years with a page per year."""
    intro = f"{len(index.sheets)} articles, newest first" + (
        f"; {len(index.latest_of)} of them earlier wire versions of a story told again."
        if index.latest_of
        else "."
    )
    # Index pages repeat the titles and names their pages carry: left out of search.
    head = page_title("Articles", "exclude: true") + "# Articles"
    sheets = sorted(index.sheets, key=lambda s: (s.published, s.id), reverse=True)
    if len(sheets) <= INDEX_PAGE_SIZE:
        return {
            "articles/index.md": "\n".join([head, "", intro, ""] + article_rows(sheets, index, ""))
        }
    periods: dict[str, list[SheetView]] = {}
    for sheet in sheets:
        periods.setdefault(sheet.published[:4] or "undated", []).append(sheet)
    pages: dict[str, str] = {}
    out = [head, "", intro, "", "| Year | Articles |", "| --- | --- |"]
    for year, chosen in sorted(periods.items(), reverse=True):
        out.append(f"| [{md(year)}](by-year/{year}.md) | {len(chosen)} |")
        pages.update(year_of_articles(year, chosen, index))
    pages["articles/index.md"] = "\n".join(out) + "\n"
    return pages


def year_of_articles(year: str, sheets: list[SheetView], index: SiteIndex) -> dict[str, str]:
    """A year's articles; a busy year's on a page per month."""
    title = page_title(f"Articles {year}", "exclude: true") + f"# Articles: {md(year)}"
    back = ["[All years](../index.md)", ""]
    if len(sheets) <= INDEX_PAGE_SIZE or year == "undated":
        rows = article_rows(sheets, index, "../")
        return {f"articles/by-year/{year}.md": "\n".join([title, "", *back, *rows])}
    months: dict[str, list[SheetView]] = {}
    for sheet in sheets:
        months.setdefault(sheet.published[:7], []).append(sheet)
    pages = {}
    out = [title, "", *back, "| Month | Articles |", "| --- | --- |"]
    for month, chosen in sorted(months.items(), reverse=True):
        out.append(f"| [{md(month)}]({month}.md) | {len(chosen)} |")
        pages[f"articles/by-year/{month}.md"] = "\n".join(
            [
                page_title(f"Articles {month}", "exclude: true") + f"# Articles: {md(month)}",
                "",
                f"[All of {md(year)}]({year}.md)",
                "",
                *article_rows(chosen, index, "../"),
            ]
        )
    pages[f"articles/by-year/{year}.md"] = "\n".join(out) + "\n"
    return pages


def article_rows(sheets: list[SheetView], index: SiteIndex, prefix: str) -> list[str]:
    out = ["| Published | Title | Source | Actors |", "| --- | --- | --- | --- |"]
    for sheet in sheets:
        link = f"[{md(sheet.title)}]({prefix}{sheet.id}.md)"
        if sheet.id in index.latest_of:
            link += " (earlier version)"
        elif sheet.id in index.versions:
            link += f" ({len(index.versions[sheet.id]) + 1} versions)"
        out.append(
            f"| {md(sheet.published[:10]) or 'undated'} | {link} | {md(sheet.meta.get('source'))} | {len(sheet.data.get('actors') or [])} |"
        )
    return out + [""]


ACTOR_TYPES = ("person", "organization", "country", "group")


def actors_pages(index: SiteIndex) -> dict[str, str]:
    head = page_title("Actors", "exclude: true") + "# Actors"
    intro = "Everyone and everything that acts in the articles, by type; counts are articles."
    pages = list(index.actors.values())
    if len(pages) <= INDEX_PAGE_SIZE:
        return {"actors/index.md": "\n".join([head, "", intro, "", *actor_rows(pages, "")]) + "\n"}
    return by_initial("actors", head, intro, pages, actor_rows)


def actor_rows(pages: list[EntityPage], prefix: str) -> list[str]:
    """Actors by type: a row for each with a page, the others named once."""
    out: list[str] = []
    by_type: dict[str, list[EntityPage]] = {}
    for page in pages:
        by_type.setdefault(page.type, []).append(page)
    for type_ in ACTOR_TYPES:
        chosen = by_type.get(type_)
        if not chosen:
            continue
        out += [f"## {TYPE_TITLES[type_]}", ""]
        with_page = [p for p in chosen if p.has_page]
        if with_page:
            out += ["| Name | Articles | Roles |", "| --- | --- | --- |"]
            for page in sorted(with_page, key=lambda p: (-len(p.appearances), p.name)):
                roles = roles_seen(page)
                out.append(
                    f"| [{md(page.name)}]({prefix}{page.slug}.md) | {len(page.appearances)} | {md('; '.join(r for r, _ in roles[:2]))} |"
                )
            out.append("")
        out += named_once([p for p in chosen if not p.has_page], "../" + prefix)
    return out


def places_pages(index: SiteIndex) -> dict[str, str]:
    head = page_title("Places", "exclude: true") + "# Places"
    pages = list(index.places.values())
    if len(pages) <= INDEX_PAGE_SIZE:
        return {"places/index.md": "\n".join([head, "", *place_rows(pages, "")]) + "\n"}
    return by_initial(
        "places", head, "Every place the articles name; counts are articles.", pages, place_rows
    )


def place_rows(pages: list[EntityPage], prefix: str) -> list[str]:
    out: list[str] = []
    with_page = [p for p in pages if p.has_page]
    if with_page:
        out += ["| Place | Articles |", "| --- | --- |"]
        for page in sorted(with_page, key=lambda p: (-len(p.appearances), p.name)):
            out.append(
                f"| {entity_link(page, page.name, '../' + prefix)} | {len(page.appearances)} |"
            )
        out.append("")
    return out + named_once([p for p in pages if not p.has_page], "../" + prefix)


MOST_NAMED = 25


def by_initial(
    folder: str,
    head: str,
    intro: str,
    pages: list[EntityPage],
    rows: Callable[[list[EntityPage], str], list[str]],
) -> dict[str, str]:
    """A large index: the most named on the overview, everyone on a page per initial."""
    groups: dict[str, list[EntityPage]] = {}
    for page in pages:
        groups.setdefault(initial_of(page.name), []).append(page)
    top = sorted((p for p in pages if p.has_page), key=lambda p: (-len(p.appearances), p.name))
    out = [head, "", intro, "", f"**The {MOST_NAMED} most named:** "]
    out[-1] += " \u00b7 ".join(
        f"{entity_link(p, p.name, '../')} ({len(p.appearances)})" for p in top[:MOST_NAMED]
    )
    result = {}
    links = []
    for letter, chosen in sorted(groups.items()):
        label = "#" if letter == "0" else letter.upper()
        links.append(f"[{md(label)}](by-initial/{letter}.md) ({len(chosen)})")
        title = page_title(f"{folder.title()}: {label}", "exclude: true")
        result[f"{folder}/by-initial/{letter}.md"] = "\n".join(
            [title + f"# {folder.title()}: {md(label)}", "", "[All initials](../index.md)", ""]
            + rows(chosen, "../")
        )
    out += ["", "**By initial:** " + " \u00b7 ".join(links), ""]
    result[f"{folder}/index.md"] = "\n".join(out) + "\n"
    return result


def initial_of(name: str) -> str:
    """'a'..'z' by the name's first letter (accents folded), '0' for the rest."""
    folded = fold(name)
    return folded[0] if folded[:1].isalpha() else "0"


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
