"""An actor's or place's page: its infobox, the articles that name it with their sentences, the\nevents it takes part in and who is named alongside it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.site.charts import bar_chart, periods
from generator.site.escape import highlighted, md, page_title
from generator.site.event_groups import DATED
from generator.site.index import Appearance, EntityPage, SheetView, SiteIndex
from generator.site.jsonld import entity
from generator.site.links import (
    article_link,
    entity_link,
    excluded_heading,
    source_link,
)
from generator.site.statements import date_of, statement


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
    rows = infobox(page, index)
    place = page.as_place
    out += ["| | |", "| --- | --- |"] + [f"| **{k}** | {v} |" for k, v in rows] + [""]
    shown = [a for part in page.parts for a in part.appearances]
    chart = bar_chart(periods(published_once(shown)), "Articles naming it", "article")
    out += [chart, ""] if chart else []
    out += backlinks_section(page, "Where it appears" if place is None else "As an actor")
    if place is not None:
        out += backlinks_section(place, "As a place")
    out += events_section(page, index)
    out += quotes_said(page)
    out += numbers_owned(page)
    co = co_mentioned(page, index)
    if co:
        out += [
            excluded_heading("Named alongside"),  # names with pages of their own: not searched
            "",
            ", ".join(f"{entity_link(p, p.name, '../')} ({n})" for p, n in co),
            "",
        ]
    out += entity(page)
    return "\n".join(out).rstrip() + "\n"


def both_counts(page: EntityPage, place: EntityPage) -> str:
    """A country's articles, as an actor and as a place: '17 (8 as an actor, 13 as a place; 40
    mentions)', the place's count linked to its section."""
    articles = len({a.sheet.id for a in page.appearances + place.appearances})
    mentions = page.mention_count + place.mention_count
    return (
        f"{articles} ({len(page.appearances)} as an actor, "
        f"[{len(place.appearances)} as a place](#as-a-place); {mentions} mentions)"
    )


def published_once(appearances: list[Appearance]) -> list[str]:
    """Each article's publication date once, however many ways it names the entity."""
    return [published for _, published in {(a.sheet.id, a.sheet.published) for a in appearances}]


def infobox(page: EntityPage, index: SiteIndex) -> list[tuple[str, str]]:
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
        affiliations = affiliations_of(page, index)
        if affiliations:
            rows.append(("Affiliation", ", ".join(affiliations)))
    if page.aliases:
        rows.append(("Also called", md(", ".join(sorted(page.aliases)))))
    mentions = f"{page.mention_count} mention{'' if page.mention_count == 1 else 's'}"
    place = page.as_place
    if place is None:
        rows.append(("Articles", f"{len(page.appearances)} ({mentions})"))
    else:
        rows.append(("Articles", both_counts(page, place)))
    dated = [a.sheet.published for part in page.parts for a in part.appearances]
    dated = [published for published in dated if published]
    if dated:
        first, last = md(min(dated)[:10]), md(max(dated)[:10])
        rows.append(("Mentioned", first if first == last else f"{first} to {last}"))
    return rows


def affiliations_of(page: EntityPage, index: SiteIndex) -> list[str]:
    """The bodies and countries the articles tie the actor to, most often first, each once
    however the articles name it ('UN' and 'United Nations' are one page) and linked to its
    page where it has one."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for a in page.appearances:
        name = a.item.get("affiliation")
        if not name:
            continue
        other = named_in(a.sheet, name, index)
        key = f"page:{other.kind}/{other.slug}" if other is not None else f"name:{name}"
        counts[key] += 1
        shown.setdefault(key, entity_link(other, other.name, "../") if other else md(name))
    return [shown[k] for k in sorted(counts, key=lambda k: (-counts[k], k))]


def named_in(sheet: SheetView, name: str, index: SiteIndex) -> EntityPage | None:
    """The page of the actor (else the place) SHEET calls NAME, else the page of that name."""
    for section, pages in (("actors", index.actor_of), ("places", index.place_of)):
        for item in sheet.data.get(section) or []:
            if item.get("name") == name and (sheet.id, item.get("id")) in pages:
                return pages[(sheet.id, item["id"])]
    return index.page_named.get(name)


def backlinks_section(page: EntityPage, heading: str) -> list[str]:
    """Every article that names it, newest first, with its sentences and the name highlighted;
    the oldest only by title past BACKLINK_ARTICLES."""
    appearances = page.newest_first()
    out = [excluded_heading(heading), "", '<div class="fs-backlinks" markdown>', ""]
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


def events_section(page: EntityPage, index: SiteIndex) -> list[str]:
    """The events it takes part in (as doer, participant or place), newest first, each with its
    source; the latest ENTITY_EVENTS of them."""
    events = entity_events(page)
    if not events:
        return []
    out = [excluded_heading("Events"), ""]
    if len(events) > ENTITY_EVENTS:
        out += [
            f"The latest {ENTITY_EVENTS} of {len(events)} events; "
            "the [timeline](../timeline/index.md) has every dated one.",
            "",
        ]
    for sheet, event in events[:ENTITY_EVENTS]:
        source = source_link(sheet.id, event.get("sentence"), "../articles/")
        line = statement(event, sheet, index, "../", source)
        out.append(f"- {line} \u2014 {article_link(sheet)}")
    return out + [""]


BACKLINK_ARTICLES = 25
"""An entity page quotes the sentences of its newest articles; older ones are listed by title,
so the page of a name in hundreds of articles stays readable (and quick to build)."""
ENTITY_QUOTES = 20
"""Quotes on an actor's page: from the newest articles."""
ENTITY_EVENTS = 40
"""Events on an entity page: the latest ones."""


def role_source(page: EntityPage, sheet: SheetView) -> str:
    """The article that states a role, linked to the first sentence naming the actor there."""
    for a in page.appearances:
        if a.sheet is sheet and a.item.get("evidence"):
            sentence = a.item["evidence"][0].get("sentence")
            if sentence is not None:
                return f"[{md(sheet.title)}](../articles/{sheet.id}.md#s-{sentence})"
    return article_link(sheet)


def actors_items(page: EntityPage, section: str, field: str) -> list[tuple[SheetView, dict]]:
    """The SECTION items of an actor's articles whose FIELD is the actor, newest article first:
    its quotes by `speaker`, its numbers by `of`."""
    if page.kind != "actors":
        return []
    return [
        (a.sheet, item)
        for a in page.newest_first()
        for item in a.sheet.data.get(section) or []
        if isinstance(item, dict) and item.get(field) == a.item["id"]
    ]


def quotes_said(page: EntityPage) -> list[str]:
    """What the actor is quoted as saying, newest article first, each with its source."""
    said = actors_items(page, "quotes", "speaker")
    if not said:
        return []
    out = [excluded_heading("Quotes"), ""]
    if len(said) > ENTITY_QUOTES:
        out += [f"The latest {ENTITY_QUOTES} of {len(said)} quotes.", ""]
    for sheet, quote in said[:ENTITY_QUOTES]:
        text = md(quote.get("text"), limit=400)
        shown = f"\u201c{text}\u201d" if quote.get("kind") == "direct" else text
        source = source_link(sheet.id, quote.get("sentence"), "../articles/")
        out += [f"> {shown}", ">", f"> \u2014 {article_link(sheet)} ({source})", ""]
    return out


def numbers_owned(page: EntityPage) -> list[str]:
    """The key numbers that are the actor's ('Paribas's stake', 'capital of EISB'), newest
    article first, each with its source."""
    owned = actors_items(page, "numbers", "of")
    if not owned:
        return []
    out = [excluded_heading("Key numbers"), ""]
    if len(owned) > ENTITY_NUMBERS:
        out += [f"The latest {ENTITY_NUMBERS} of {len(owned)} numbers.", ""]
    for sheet, number in owned[:ENTITY_NUMBERS]:
        what = f" {md(number['what'])}" if number.get("what") else ""
        source = source_link(sheet.id, number.get("sentence"), "../articles/")
        out.append(f"- **{md(number.get('value'))}**{what} · {article_link(sheet)} ({source})")
    return out + [""]


ENTITY_NUMBERS = 20
"""Key numbers on an actor's page: from the newest articles."""


def entity_events(page: EntityPage) -> list[tuple[SheetView, dict[str, Any]]]:
    """The events it takes part in across its articles, newest first (by the event's date, else
    by its article's)."""
    found = []
    seen: set[int] = set()
    for part, a in ((p, a) for p in page.parts for a in p.appearances):
        item_id = a.item["id"]
        for event in a.sheet.data.get("events") or []:
            if not isinstance(event, dict) or id(event) in seen:
                continue
            if part.kind == "actors":
                refs = (event.get("who") or []) + (event.get("whom") or [])
                taking_part = item_id in [r for r in refs if isinstance(r, str)]
            else:
                taking_part = event.get("where") == item_id
            if taking_part:
                seen.add(id(event))
                found.append((a.sheet, event))

    def newest(pair: tuple[SheetView, dict[str, Any]]) -> tuple[str, str, str, int]:
        sheet, event = pair
        when = date_of(event, sheet) or {}
        value = str(when.get("value") or "")
        day = value if DATED.match(value) else sheet.published[:10]
        return day, sheet.published, sheet.id, -int(event.get("sentence") or 0)

    return sorted(found, key=newest, reverse=True)


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
