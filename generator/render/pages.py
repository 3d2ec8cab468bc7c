"""Markdown for every generated page, as a mapping of path (under docs/) to text.

Pages are plain Markdown plus a little inline HTML, so any engine that reads
`mkdocs.yml` and Markdown builds the same site. Names link to entity pages;
every fact, date, number and quote links to its sentence (`#s-N`) on the
article page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from generator.render.date_words import date_words
from generator.render.escape import highlighted, md, page_title, text_html
from generator.render.index import EntityPage, SheetView, SiteIndex

TYPE_TITLES = {"person": "People", "organization": "Organisations", "country": "Countries", "group": "Groups"}


def article_link(sheet: SheetView, prefix: str = "../articles/") -> str:
    return f"[{md(sheet.title)}]({prefix}{sheet.id}.md)"


def entity_link(page: EntityPage | None, name: str, prefix: str) -> str:
    if page is None or not page.has_page:
        return md(name)
    return f"[{md(name)}]({prefix}{page.kind}/{page.slug}.md)"


def named_once(pages: list[EntityPage]) -> list[str]:
    """The names without a page of their own (each in one article), a paragraph per initial,
    every name linked to its article: a table row per name made the index of a large site a
    megabyte of HTML, most of it these names."""
    if not pages:
        return []
    by_initial: dict[str, list[str]] = {}
    for p in sorted(pages, key=lambda p: (p.name.lower(), p.name)):
        initial = p.name[:1].upper() if p.name[:1].isalpha() else "#"
        by_initial.setdefault(initial, []).append(f"[{md(p.name)}](../articles/{p.appearances[0].sheet.id}.md)")
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
    """A date value with a reader's words beside it: TimeML's decade '199' is 'the 1990s',
    'P3Y' is '3 years', '1997-W14' is 'week 14 of 1997'; NOTES ('resolved') follow them."""
    words = [w for w in (date_words(value, precision, kind), *notes) if w]
    return f"{md(value)} ({', '.join(words)})" if words else md(value)


def edited(item: dict[str, Any]) -> str:
    """A mark on every item a person changed or added: provenance item by item."""
    return EDITED if item.get("by") == "editor" else ""


def provenance(sheet: SheetView) -> str:
    if sheet.reviewed:
        return "Reviewed by an editor"
    items = sum(1 for key in ("actors", "places", "dates", "numbers", "quotes", "facts") for i in sheet.data.get(key) or [] if i.get("by") == "editor")
    if items:
        return f"Machine-extracted; {items} item(s) corrected or added by an editor (marked *(edited)*)"
    return "Machine-extracted (not yet reviewed by an editor)"


def page_tasks(index: SiteIndex) -> list[Callable[[], dict[str, str]]]:
    """Every page of the site as a task that makes it (or, for the timeline, a group of pages):
    tasks are independent of each other, so processes can share them out."""
    tasks: list[Callable[[], dict[str, str]]] = [partial(one_page, f"articles/{s.id}.md", article_page, s, index) for s in index.sheets]
    tasks.append(partial(one_page, "articles/index.md", articles_index, index))
    for folder, pages in (("actors", index.actors), ("places", index.places)):
        tasks += [partial(one_page, f"{folder}/{page.slug}.md", entity_page, page, index) for page in pages.values() if page.has_page]
    tasks.append(partial(one_page, "actors/index.md", actors_index, index))
    tasks.append(partial(one_page, "places/index.md", places_index, index))
    tasks.append(partial(timeline_pages, index))
    tasks.append(partial(one_page, "about/index.md", about_page, index))
    return tasks


def one_page(rel: str, make: Callable[..., str], *args: Any) -> dict[str, str]:
    return {rel: make(*args)}


def article_page(sheet: SheetView, index: SiteIndex) -> str:
    data, meta = sheet.data, sheet.meta
    out = [page_title(sheet.title) + f"# {md(sheet.title)}", ""]
    rows = [("Published", md(sheet.published[:10]) or "unknown (relative dates left unresolved)")]
    if meta.get("source"):
        rows.append(("Source", md(meta["source"])))
    if meta.get("author"):
        rows.append(("Author", md(meta["author"])))
    if meta.get("url"):
        rows.append(("Original", f'<a href="{text_html(meta["url"])}" rel="nofollow noopener">{text_html(meta["url"])}</a>'))
    places = [entity_link(index.place_of.get((sheet.id, p["id"])), p["name"], "../") for p in data.get("places", [])]
    if places:
        rows.append(("Places", ", ".join(places[:12])))
    rows.append(("Provenance", provenance(sheet)))
    out += ["| | |", "| --- | --- |"] + [f"| **{k}** | {v} |" for k, v in rows] + [""]
    if data.get("summary"):
        out += [excluded_heading("Summary"), "", md(data["summary"]), ""]
    out += facts_section(sheet, index)
    out += actors_section(sheet, index)
    out += dates_section(sheet)
    out += numbers_section(sheet)
    out += quotes_section(sheet, index)
    out += article_text_section(sheet)
    return "\n".join(out).rstrip() + "\n"


def facts_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    facts = sheet.data.get("facts") or []
    if not facts:
        return []
    actor_names = {a["id"]: a["name"] for a in sheet.data.get("actors", [])}
    out = [excluded_heading("Key facts"), ""]
    for n, fact in enumerate(facts, start=1):
        who = [
            entity_link(index.actor_of.get((sheet.id, aid)), actor_names.get(aid, aid), "../")
            for aid in fact.get("actors") or []
            if aid in actor_names
        ]
        tail = f" ({own_source_link(fact.get('sentence'))})" if fact.get("sentence") is not None else ""
        out.append(f"{n}. {md(fact['text'])}{edited(fact)}{tail}")
        if who:
            out.append(f"    <br>*Who:* {', '.join(who)}")
    return out + [""]


def actors_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    actors = sheet.data.get("actors") or []
    if not actors:
        return []
    out = ["## Actors", "", "| Name | Type | Role | Affiliation | Mentions |", "| --- | --- | --- | --- | --- |"]
    for a in actors:
        link = entity_link(index.actor_of.get((sheet.id, a["id"])), a["name"], "../")
        out.append(f"| {link}{edited(a)} | {md(a.get('type'))} | {md(a.get('role'))} | {md(a.get('affiliation'))} | {a.get('mentions', '')} |")
    return out + [""]


def dates_section(sheet: SheetView) -> list[str]:
    dates = sheet.data.get("dates") or []
    if not dates:
        return []
    out = [excluded_heading("Dates"), ""]
    if any(d.get("resolved") for d in dates):
        out += [f"*Resolved:* worked out from a relative phrase and the publication date ({md(sheet.published[:10])}).", ""]
    out += ["| Date | Phrase | Source |", "| --- | --- | --- |"]
    for d in dates:
        value = shown_value(d.get("value"), d.get("precision"), d.get("type"), "resolved" if d.get("resolved") else "")
        out.append(f"| {value}{edited(d)} | {md(d.get('text'))} | {own_source_link(d.get('sentence'))} |")
    return out + [""]


def numbers_section(sheet: SheetView) -> list[str]:
    numbers = sheet.data.get("numbers") or []
    if not numbers:
        return []
    out = [excluded_heading("Key numbers"), "", "| Number | What | Source |", "| --- | --- | --- |"]
    for n in numbers:
        out.append(f"| {md(n.get('value'))}{edited(n)} | {md(n.get('what'))} | {own_source_link(n.get('sentence'))} |")
    return out + [""]


def quotes_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    quotes = sheet.data.get("quotes") or []
    if not quotes:
        return []
    out = [excluded_heading("Quotes"), ""]
    for q in quotes:
        speaker = ""
        if q.get("speaker"):
            speaker = entity_link(index.actor_of.get((sheet.id, q["speaker"])), q.get("speaker_name") or q["speaker"], "../")
        elif q.get("speaker_name"):
            speaker = md(q["speaker_name"])
        mark = "\u201c{}\u201d" if q.get("kind") == "direct" else "{}"
        out.append(f"> {mark.format(md(q['text']))}")
        out.append(">")
        attribution = f"\u2014 {speaker}" if speaker else "\u2014 unattributed"
        out.append(f"> {attribution}{edited(q)} ({own_source_link(q.get('sentence'))})")
        out.append("")
    return out


def article_text_section(sheet: SheetView) -> list[str]:
    """The article text, each sentence anchored (`s-N`) so source links land on it."""
    body = sheet.body
    sentences = sheet.data.get("sentences") or []
    if body is None:
        return ["## Article text", "", "*The article file is missing or has changed since extraction; run `factsheet extract`.*", ""]
    out = ["## Article text", "", '<div class="fs-article" markdown="0">']
    dateline = sheet.meta.get("dateline")
    if dateline:
        out.append(f'<p class="fs-dateline">{text_html(dateline)}</p>')
    paragraph: list[str] = []
    previous_end = None
    for i, (start, end) in enumerate(sentences):
        if start > len(body) or end > len(body):
            break
        if previous_end is not None and "\n" in body[previous_end:start] and paragraph:
            out.append("<p>" + " ".join(paragraph) + "</p>")
            paragraph = []
        text = " ".join(body[start:end].split())
        if dateline and i == 0 and text.startswith(dateline):
            text = text[len(dateline) :].strip(" _-\u2014")
        paragraph.append(f'<span class="fs-sentence" id="s-{i}">{text_html(text)}</span>')
        previous_end = end
    if paragraph:
        out.append("<p>" + " ".join(paragraph) + "</p>")
    out += ["</div>", ""]
    return out


def articles_index(index: SiteIndex) -> str:
    # Index pages repeat the titles and names their pages carry: left out of search.
    out = [page_title("Articles", "exclude: true") + "# Articles", "", f"{len(index.sheets)} articles, newest first.", ""]
    out += ["| Published | Title | Source | Actors |", "| --- | --- | --- | --- |"]
    for sheet in sorted(index.sheets, key=lambda s: (s.published, s.id), reverse=True):
        link = f"[{md(sheet.title)}]({sheet.id}.md)"
        out.append(f"| {md(sheet.published[:10]) or 'undated'} | {link} | {md(sheet.meta.get('source'))} | {len(sheet.data.get('actors') or [])} |")
    return "\n".join(out) + "\n"


def actors_index(index: SiteIndex) -> str:
    out = [page_title("Actors", "exclude: true") + "# Actors", "", "Everyone and everything that acts in the articles, by type; counts are articles.", ""]
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
                out.append(f"| [{md(page.name)}]({page.slug}.md) | {len(page.appearances)} | {md('; '.join(r for r, _ in roles[:2]))} |")
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
    appearances = page.newest_first()
    dated = [a.sheet.published for a in page.appearances if a.sheet.published]
    out = [page_title(page.name, "boost: 3") + f"# {md(page.name)}", ""]
    rows = [("Type", md(page.type))]
    if page.entry is not None and page.entry.description:
        rows.append(("About", md(page.entry.description) + " *(editor)*"))
    if page.entry is not None and page.entry.wikidata:
        qid = page.entry.wikidata
        rows.append(("Wikidata", f'<a href="https://www.wikidata.org/wiki/{qid}" rel="nofollow noopener">{qid}</a>'))
    if page.kind == "actors":
        roles = roles_seen(page)
        if roles:
            rows.append(("Roles", "<br>".join(
                f"{md(role)} ({', '.join(role_source(page, s) for s in sheets[:3])})" for role, sheets in roles[:5]
            )))
        affiliations = Counter(a.item["affiliation"] for a in page.appearances if a.item.get("affiliation"))
        if affiliations:
            rows.append(("Affiliation", md(", ".join(sorted(affiliations, key=lambda k: -affiliations[k])))))
    if page.aliases:
        rows.append(("Also called", md(", ".join(sorted(page.aliases)))))
    mentions = f"{page.mention_count} mention{'' if page.mention_count == 1 else 's'}"
    rows.append(("Articles", f"{len(page.appearances)} ({mentions})"))
    if dated:
        first, last = md(min(dated)[:10]), md(max(dated)[:10])
        rows.append(("Mentioned", first if first == last else f"{first} to {last}"))
    out += ["| | |", "| --- | --- |"] + [f"| **{k}** | {v} |" for k, v in rows] + [""]
    out += [excluded_heading("Where it appears"), "", '<div class="fs-backlinks" markdown>', ""]
    for a in appearances[:BACKLINK_ARTICLES]:
        date = f" \u2014 {md(a.sheet.published[:10])}" if a.sheet.published else ""
        out += [f"**{article_link(a.sheet)}**{date}", ""]
        names = [a.item["name"], *(a.item.get("aliases") or [])]
        for ev in a.item.get("evidence") or []:
            link = f" ({source_link(a.sheet.id, ev.get('sentence'), '../articles/')})" if ev.get("sentence") is not None else ""
            out.append(f"- {highlighted(ev.get('text'), names, limit=400)}{link}")
        if not a.item.get("evidence"):
            out.append("- *Named in the dateline.*" if a.item.get("dateline") else "- *No sentence recorded.*")
        out.append("")
    older = appearances[BACKLINK_ARTICLES:]
    if older:
        out += [f"**{len(older)} earlier articles**", ""]
        out += [f"- {article_link(a.sheet)}{f' ({md(a.sheet.published[:10])})' if a.sheet.published else ''}" for a in older]
        out.append("")
    out += ["</div>", ""]
    events = entity_timeline(page)
    if events:
        out += [excluded_heading("Timeline"), ""]
        if len(events) > TIMELINE_EVENTS:
            out += [f"The latest {TIMELINE_EVENTS} of {len(events)} dated events; the [timeline](../timeline/index.md) has them all.", ""]
            events = events[-TIMELINE_EVENTS:]
        out += ["| Date | Phrase | Event |", "| --- | --- | --- |"]
        for sheet, d in events:
            src = source_link(sheet.id, d.get("sentence"), "../articles/")
            out.append(f"| {shown_value(d.get('value'), d.get('precision'), d.get('type'))} | {md(d.get('text'))} | {md(d.get('event'), limit=200)} {src} |")
        out.append("")
    co = co_mentioned(page, index)
    if co:
        out += ["## Named alongside", "", ", ".join(f"{entity_link(p, p.name, '../')} ({n})" for p, n in co), ""]
    return "\n".join(out).rstrip() + "\n"


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
    from generator.render.index import DATED

    events = []
    for a in page.appearances:
        sentences = {ev.get("sentence") for ev in a.item.get("evidence") or []}
        key = "actors" if page.kind == "actors" else "places"
        for fact in a.sheet.data.get("facts") or []:
            if a.item["id"] in (fact.get(key) or []):
                sentences.add(fact.get("sentence"))
        for d in a.sheet.data.get("dates") or []:
            if d.get("sentence") in sentences and d.get("type") in {"date", "time"} and DATED.match(str(d.get("value", ""))):
                events.append((a.sheet, d))
    return sorted(events, key=lambda e: (str(e[1]["value"]), e[0].id, e[1].get("sentence", 0)))


def co_mentioned(page: EntityPage, index: SiteIndex, limit: int = 12) -> list[tuple[EntityPage, int]]:
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
    out = ["## Unresolved or vague", "", "Relative or vague expressions whose date is not known "
           "(often: the article has no `published` date).", ""]
    out += ["| Phrase | Value | Article |", "| --- | --- | --- |"]
    for e in index.undated:
        src = source_link(e.sheet.id, e.item.get("sentence"), prefix)
        out.append(f"| {md(e.item.get('text'))} {src} | {md(e.value)} | {article_link(e.sheet, prefix)} |")
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
        pages["timeline/undated.md"] = "\n".join(
            [page_title("Timeline: undated", "exclude: true") + "# Timeline: undated", ""] + undated_rows(index, "../articles/")
        ) + "\n"
    pages["timeline/index.md"] = "\n".join(out) + "\n"
    return pages


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
MONTH_VALUE = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def year_pages(year: str, entries: list[Any]) -> dict[str, str]:
    """A year's page; a busy year's events that have a month go on a page per month, so that
    no page holds thousands of rows (a year of a news archive: over a megabyte of Markdown)."""
    title = page_title(f"Timeline {year}", "exclude: true") + f"# Timeline: {md(year)}"
    if len(entries) <= TIMELINE_PAGE_SIZE:
        return {f"timeline/{year}.md": "\n".join([title, "", "[All years](index.md)", ""] + timeline_rows(entries, "../articles/")) + "\n"}
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
        name = f"{MONTHS[int(month) - 1]} {year}"
        out.append(f"| [{name}]({year}-{month}.md) | {len(month_entries)} |")
        pages[f"timeline/{year}-{month}.md"] = "\n".join(
            [page_title(f"Timeline {name}", "exclude: true") + f"# Timeline: {name}", "", f"[All of {md(year)}]({year}.md)", ""]
            + timeline_rows(month_entries, "../articles/")
        ) + "\n"
    if rest:
        out += ["", f"## {md(year)}, without a month", "", "Dates known only to the year, season, quarter or week.", ""]
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
        "(\"Monday\", \"last September\") are resolved against the article's publication date.",
        "",
    ]
    top_actors = sorted(index.actors.values(), key=lambda p: (-len(p.appearances), -p.mention_count, p.name))[:10]
    if top_actors:
        out += ["## Most mentioned actors", "", "| Actor | Type | Articles | Mentions |", "| --- | --- | --- | --- |"]
        out += [f"| {entity_link(p, p.name, '../')} | {md(p.type)} | {len(p.appearances)} | {p.mention_count} |" for p in top_actors]
        out.append("")
    top_places = sorted(index.places.values(), key=lambda p: (-len(p.appearances), -p.mention_count, p.name))[:10]
    if top_places:
        out += ["## Most mentioned places", "", "| Place | Articles | Mentions |", "| --- | --- | --- |"]
        out += [f"| {entity_link(p, p.name, '../')} | {len(p.appearances)} | {p.mention_count} |" for p in top_places]
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
