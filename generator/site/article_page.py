"""An article's page: its infobox, summary, key facts, actors, dates, numbers, quotes and its text\nwith every sentence anchored (`#s-N`), so source links land on it."""

from __future__ import annotations

from generator.site.escape import md, page_title, text_html
from generator.site.index import SheetView, SiteIndex
from generator.site.jsonld import news_article
from generator.site.links import (
    edited,
    entity_link,
    excluded_heading,
    own_source_link,
    provenance,
    shown_value,
)
from generator.site.statements import statement, what_with_links


def article_page(sheet: SheetView, index: SiteIndex) -> str:
    data, meta = sheet.data, sheet.meta
    out = [page_title(sheet.title) + f"# {md(sheet.title)}", ""]
    rows = [("Published", md(sheet.published[:10]) or "unknown (relative dates left unresolved)")]
    if meta.get("source"):
        rows.append(("Source", md(meta["source"])))
    if meta.get("author"):
        rows.append(("Author", md(meta["author"])))
    if meta.get("url"):
        rows.append(
            (
                "Original",
                f'<a href="{text_html(meta["url"])}" rel="nofollow noopener">{text_html(meta["url"])}</a>',
            )
        )
    places = [
        entity_link(index.place_of.get((sheet.id, p["id"])), p["name"], "../")
        for p in data.get("places", [])
    ]
    if places:
        rows.append(("Places", ", ".join(places[:12])))
    versions = versions_row(sheet, index)
    if versions:
        rows.append(("Versions", versions))
    rows.append(("Provenance", provenance(sheet)))
    out += ["| | |", "| --- | --- |"] + [f"| **{k}** | {v} |" for k, v in rows] + [""]
    full_text = len(index.sheets) < FULL_TEXT_SEARCH_BELOW
    if data.get("summary"):
        heading = excluded_heading("Summary") if full_text else "## Summary"
        out += [heading, "", md(data["summary"]), ""]
    out += facts_section(sheet, index)
    out += actors_section(sheet, index, searchable=full_text)
    out += dates_section(sheet)
    out += numbers_section(sheet, index)
    out += quotes_section(sheet, index)
    out += article_text_section(sheet, searchable=full_text)
    out += news_article(sheet)
    return "\n".join(out).rstrip() + "\n"


def versions_row(sheet: SheetView, index: SiteIndex) -> str | None:
    """The other wire versions of this story (versions.py): the latest tells its facts."""
    latest = index.latest_of.get(sheet.id)
    earlier = index.versions.get(sheet.id)
    if latest is None and not earlier:
        return None
    wanted = {latest, *(earlier or [])}
    by_id = {s.id: s for s in index.sheets if s.id in wanted}

    def link(sheet_id: str) -> str:
        other = by_id[sheet_id]
        return f"[{md(other.published[:10])} · {md(other.title)}]({sheet_id}.md)"

    if latest is not None:
        return f"an earlier version; the latest, which the site counts: {link(latest)}"
    return "the latest; earlier versions: " + ", ".join(link(e) for e in earlier or [])


def facts_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    """The key events as statements, main news first, then the article's other events."""
    events = [e for e in sheet.data.get("events") or [] if isinstance(e, dict) and e.get("did")]
    if not events:
        return []
    out = []
    keys = [e for e in events if e.get("key")]
    others = [e for e in events if not e.get("key")]
    for title, chosen in (("Key facts", keys), ("Other events", others)):
        if not chosen:
            continue
        out += [excluded_heading(title), ""]
        for n, event in enumerate(chosen, start=1):
            source = own_source_link(event.get("sentence"))
            out.append(f"{n}. {statement(event, sheet, index, '../', source)}")
        out.append("")
    return out


def actors_section(sheet: SheetView, index: SiteIndex, searchable: bool = True) -> list[str]:
    """The article's actors as a table; on a large site left out of the search index, where the
    entity pages already find them (a third of the index on a site of 20,000 articles)."""
    actors = sheet.data.get("actors") or []
    if not actors:
        return []
    out = [
        "## Actors" if searchable else excluded_heading("Actors"),
        "",
        # The class lets a phone show each row as a block (docs/stylesheets/factsheet.css).
        '<div class="fs-actors" markdown>',
        "",
        "| Name | Type | Role | Affiliation | Mentions |",
        "| --- | --- | --- | --- | --- |",
    ]
    for a in actors:
        link = entity_link(index.actor_of.get((sheet.id, a["id"])), a["name"], "../")
        out.append(
            f"| {link}{edited(a)} | {md(a.get('type'))} | {md(a.get('role'))} | {md(a.get('affiliation'))} | {a.get('mentions', '')} |"
        )
    return out + ["", "</div>", ""]


def dates_section(sheet: SheetView) -> list[str]:
    dates = sheet.data.get("dates") or []
    if not dates:
        return []
    out = [excluded_heading("Dates"), ""]
    if any(d.get("resolved") for d in dates):
        out += [
            f"*Resolved:* worked out from a relative phrase and the publication date ({md(sheet.published[:10])}).",
            "",
        ]
    out += ["| Date | Phrase | Source |", "| --- | --- | --- |"]
    for d in dates:
        value = shown_value(
            d.get("value"),
            d.get("precision"),
            d.get("type"),
            "resolved" if d.get("resolved") else "",
        )
        out.append(
            f"| {value}{edited(d)} | {md(d.get('text'))} | {own_source_link(d.get('sentence'))} |"
        )
    return out + [""]


def numbers_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    """Each key number as a statement, whose it is linked where its words name them: "**18.7%**
    [Paribas]'s stake in Navigation Mixte · a rise · source"."""
    numbers = sheet.data.get("numbers") or []
    if not numbers:
        return []
    out = [excluded_heading("Key numbers"), ""]
    for n in numbers:
        parts = [f"**{md(n.get('value'))}**"]
        if n.get("what"):
            plural = set(str(n.get("value") or "").lower().split()[-1:]) & COUNTING_PLURALS
            if plural and not str(n["what"]).startswith("of "):
                parts.append("of")  # '**Thousands** of tonnes of ash'
            owner = {"what": n["what"], "whom": [n["of"]] if n.get("of") else []}
            parts.append(what_with_links(owner, sheet, index, "../")[0])
        line = " ".join(parts) + edited(n)
        change = CHANGE_WORDS.get(n.get("change"))
        said = change is not None and change.split()[-1] in str(n.get("what") or "").split()
        details = [change] if change and not said else []  # not 'rise in index · a rise'
        source = own_source_link(n.get("sentence"))
        details += [source] if source else []
        out.append(f"- {line}" + "".join(f" \u00b7 {d}" for d in details))
    return out + [""]


CHANGE_WORDS = {"up": "a rise", "down": "a fall"}
COUNTING_PLURALS = frozenset({"billions", "dozens", "hundreds", "millions", "scores", "thousands"})
"""Numbers written as a plural noun, which take 'of' before what they count."""


def quotes_section(sheet: SheetView, index: SiteIndex) -> list[str]:
    quotes = sheet.data.get("quotes") or []
    if not quotes:
        return []
    out = [excluded_heading("Quotes"), ""]
    for q in quotes:
        speaker = ""
        if q.get("speaker"):
            speaker = entity_link(
                index.actor_of.get((sheet.id, q["speaker"])),
                q.get("speaker_name") or q["speaker"],
                "../",
            )
        elif q.get("speaker_name"):
            speaker = md(q["speaker_name"])
        mark = "\u201c{}\u201d" if q.get("kind") == "direct" else "{}"
        out.append(f"> {mark.format(md(q['text']))}")
        out.append(">")
        attribution = f"\u2014 {speaker}" if speaker else "\u2014 unattributed"
        out.append(f"> {attribution}{edited(q)} ({own_source_link(q.get('sentence'))})")
        out.append("")
    return out


FULL_TEXT_SEARCH_BELOW = 2000
"""From this many articles, search indexes an article's title and summary, not its text nor its
actors table: the full text made the index ~3.4 KB an article (340 MB at 100,000 articles,
downloaded by every reader who searches); titles, summaries and entity pages are what a reader
finds things by."""


def article_text_section(sheet: SheetView, searchable: bool = True) -> list[str]:
    """The article text, each sentence anchored (`s-N`) so source links land on it; SEARCHABLE
    or left out of the search index."""
    heading = "## Article text" if searchable else excluded_heading("Article text")
    body = sheet.body
    sentences = sheet.data.get("sentences") or []
    if body is None:
        return [
            heading,
            "",
            "*The article file is missing or has changed since extraction; run `factsheet extract`.*",
            "",
        ]
    out = [heading, "", '<div class="fs-article" markdown="0">']
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
