"""Pages that list: the articles, actors and places indexes and the About page."""

from __future__ import annotations

from generator.site.entity_page import roles_seen
from generator.site.escape import md, page_title
from generator.site.index import EntityPage, SiteIndex
from generator.site.links import (
    TYPE_TITLES,
    entity_link,
    named_once,
)


def articles_index(index: SiteIndex) -> str:
    # Index pages repeat the titles and names their pages carry: left out of search.
    out = [
        page_title("Articles", "exclude: true") + "# Articles",
        "",
        f"{len(index.sheets)} articles, newest first"
        + (
            f"; {len(index.latest_of)} of them earlier wire versions of a story told again."
            if index.latest_of
            else "."
        ),
        "",
    ]
    out += ["| Published | Title | Source | Actors |", "| --- | --- | --- | --- |"]
    for sheet in sorted(index.sheets, key=lambda s: (s.published, s.id), reverse=True):
        link = f"[{md(sheet.title)}]({sheet.id}.md)"
        if sheet.id in index.latest_of:
            link += " (earlier version)"
        elif sheet.id in index.versions:
            link += f" ({len(index.versions[sheet.id]) + 1} versions)"
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
