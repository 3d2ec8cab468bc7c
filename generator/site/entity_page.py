"""An actor's or place's page: its infobox, the articles that name it with their sentences, its\ntimeline and who is named alongside it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.site.escape import highlighted, md, page_title
from generator.site.index import EntityPage, SheetView, SiteIndex
from generator.site.links import (
    article_link,
    entity_link,
    excluded_heading,
    shown_value,
    source_link,
)


def roles_seen(page: EntityPage) -> list[tuple[str, list[SheetView]]]:
    """Each distinct role (case-insensitive) with the articles that state it."""
    roles: dict[str, tuple[str, list[SheetView]]] = {}
    for a in page.appearances:
        for role in (a.item.get("role") or "").split(";"):
            role = role.strip()
            if role:
                shown, sheets = roles.setdefault(role.lower(), (role, []))
                if a.sheet not in sheets:
                    sheets.append(a.sheet)
    return sorted(roles.values(), key=lambda kv: (-len(kv[1]), kv[0]))


def entity_page(page: EntityPage, index: SiteIndex) -> str:
    out = [page_title(page.name, "boost: 3") + f"# {md(page.name)}", ""]
    out += ["| | |", "| --- | --- |"] + [f"| **{k}** | {v} |" for k, v in infobox(page)] + [""]
    out += backlinks_section(page)
    out += timeline_section(page)
    co = co_mentioned(page, index)
    if co:
        out += [
            "## Named alongside",
            "",
            ", ".join(f"{entity_link(p, p.name, '../')} ({n})" for p, n in co),
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def infobox(page: EntityPage) -> list[tuple[str, str]]:
    """(label, Markdown) rows: type, the editor's description, roles with their sources,
    affiliation, other names, how often and when it is named."""
    rows = [("Type", md(page.type))]
    if page.entry is not None and page.entry.description:
        rows.append(("About", md(page.entry.description) + " *(editor)*"))
    if page.entry is not None and page.entry.wikidata:
        qid = page.entry.wikidata
        link = f'<a href="https://www.wikidata.org/wiki/{qid}" rel="nofollow noopener">{qid}</a>'
        rows.append(("Wikidata", link))
    if page.kind == "actors":
        roles = roles_seen(page)
        if roles:
            shown = [
                f"{md(role)} ({', '.join(role_source(page, s) for s in sheets[:3])})"
                for role, sheets in roles[:5]
            ]
            rows.append(("Roles", "<br>".join(shown)))
        affiliations = Counter(
            a.item["affiliation"] for a in page.appearances if a.item.get("affiliation")
        )
        if affiliations:
            ordered = sorted(affiliations, key=lambda k: -affiliations[k])
            rows.append(("Affiliation", md(", ".join(ordered))))
    if page.aliases:
        rows.append(("Also called", md(", ".join(sorted(page.aliases)))))
    mentions = f"{page.mention_count} mention{'' if page.mention_count == 1 else 's'}"
    rows.append(("Articles", f"{len(page.appearances)} ({mentions})"))
    dated = [a.sheet.published for a in page.appearances if a.sheet.published]
    if dated:
        first, last = md(min(dated)[:10]), md(max(dated)[:10])
        rows.append(("Mentioned", first if first == last else f"{first} to {last}"))
    return rows


def backlinks_section(page: EntityPage) -> list[str]:
    """Every article that names it, newest first, with its sentences and the name highlighted;
    the oldest only by title past BACKLINK_ARTICLES."""
    appearances = page.newest_first()
    out = [excluded_heading("Where it appears"), "", '<div class="fs-backlinks" markdown>', ""]
    for a in appearances[:BACKLINK_ARTICLES]:
        date = f" \u2014 {md(a.sheet.published[:10])}" if a.sheet.published else ""
        out += [f"**{article_link(a.sheet)}**{date}", ""]
        names = [a.item["name"], *(a.item.get("aliases") or [])]
        for ev in a.item.get("evidence") or []:
            link = (
                f" ({source_link(a.sheet.id, ev.get('sentence'), '../articles/')})"
                if ev.get("sentence") is not None
                else ""
            )
            out.append(f"- {highlighted(ev.get('text'), names, limit=400)}{link}")
        if not a.item.get("evidence"):
            dateline = a.item.get("dateline")
            out.append("- *Named in the dateline.*" if dateline else "- *No sentence recorded.*")
        out.append("")
    older = appearances[BACKLINK_ARTICLES:]
    if older:
        out += [f"**{len(older)} earlier articles**", ""]
        for a in older:
            date = f" ({md(a.sheet.published[:10])})" if a.sheet.published else ""
            out.append(f"- {article_link(a.sheet)}{date}")
        out.append("")
    return out + ["</div>", ""]


def timeline_section(page: EntityPage) -> list[str]:
    """The dated events it is part of, the latest TIMELINE_EVENTS of them."""
    events = entity_timeline(page)
    if not events:
        return []
    out = [excluded_heading("Timeline"), ""]
    if len(events) > TIMELINE_EVENTS:
        out += [
            f"The latest {TIMELINE_EVENTS} of {len(events)} dated events; "
            "the [timeline](../timeline/index.md) has them all.",
            "",
        ]
        events = events[-TIMELINE_EVENTS:]
    out += ["| Date | Phrase | Event |", "| --- | --- | --- |"]
    for sheet, d in events:
        src = source_link(sheet.id, d.get("sentence"), "../articles/")
        value = shown_value(d.get("value"), d.get("precision"), d.get("type"))
        out.append(f"| {value} | {md(d.get('text'))} | {md(d.get('event'), limit=200)} {src} |")
    return out + [""]


BACKLINK_ARTICLES = 25
"""An entity page quotes the sentences of its newest articles; older ones are listed by title,
so the page of a name in hundreds of articles stays readable (and quick to build)."""
TIMELINE_EVENTS = 40
"""Dated events on an entity page: the latest ones."""


def role_source(page: EntityPage, sheet: SheetView) -> str:
    """The article that states a role, linked to the first sentence naming the actor there."""
    for a in page.appearances:
        if a.sheet is sheet and a.item.get("evidence"):
            sentence = a.item["evidence"][0].get("sentence")
            if sentence is not None:
                return f"[{md(sheet.title)}](../articles/{sheet.id}.md#s-{sentence})"
    return article_link(sheet)


def entity_timeline(page: EntityPage) -> list[tuple[SheetView, dict[str, Any]]]:
    """Dated events in the sentences that name this entity, in date order."""
    from generator.site.index import DATED

    events = []
    for a in page.appearances:
        sentences = {ev.get("sentence") for ev in a.item.get("evidence") or []}
        key = "actors" if page.kind == "actors" else "places"
        for fact in a.sheet.data.get("facts") or []:
            if a.item["id"] in (fact.get(key) or []):
                sentences.add(fact.get("sentence"))
        for d in a.sheet.data.get("dates") or []:
            if (
                d.get("sentence") in sentences
                and d.get("type") in {"date", "time"}
                and DATED.match(str(d.get("value", "")))
            ):
                events.append((a.sheet, d))
    return sorted(events, key=lambda e: (str(e[1]["value"]), e[0].id, e[1].get("sentence", 0)))


def co_mentioned(
    page: EntityPage, index: SiteIndex, limit: int = 12
) -> list[tuple[EntityPage, int]]:
    counts: Counter[str] = Counter()
    pages: dict[str, EntityPage] = {}
    for a in page.appearances:
        for item in a.sheet.data.get("actors") or []:
            other = index.actor_of.get((a.sheet.id, item["id"]))
            if other is not None and other is not page:
                counts[other.key] += 1
                pages[other.key] = other
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], pages[kv[0]].name))[:limit]
    return [(pages[k], n) for k, n in ranked]
