"""The timeline: every dated event across the articles, each told once with the articles that
tell it (split into a page per year, and a busy year into a page per month, when long)."""

from __future__ import annotations

import calendar

from generator.site.charts import bar_chart, periods
from generator.site.escape import md, page_title
from generator.site.event_groups import EventGroup
from generator.site.index import SiteIndex
from generator.site.links import shown_value
from generator.site.statements import statement
from generator.timeml import MONTH_OF_YEAR

TIMELINE_PAGE_SIZE = 500
"""Above this many dated events the timeline is split into a page per year, and a year into a page per month."""
TIMELINE_INTRO = (
    "Every dated event across the articles, in date order: who did what, and the articles that "
    "tell it. An event several articles tell is listed once, with what they disagree on. A date "
    "shows its normalised value (in words where the value is a code, such as a week or a season) "
    "and the phrase the article used."
)


def timeline_rows(entries: list[EventGroup], index: SiteIndex) -> list[str]:
    out = ["| Date | Event | Told by |", "| --- | --- | --- |"]
    for group in entries:
        head = group.head
        date = head.date or {}
        when = shown_value(group.value, date.get("precision"), date.get("type"))
        event = statement(head.event, head.sheet, index, "../", "", dated=False)
        out.append(f"| {when} | {event} | {told_by(group)} |")
    return out + [""]


def told_by(group: EventGroup) -> str:
    """Each article that tells the event, linked to its sentence; what they disagree on."""
    links = [
        f"[{md(t.sheet.title, limit=80)}](../articles/{t.sheet.id}.md"
        + (f"#s-{t.event['sentence']})" if t.event.get("sentence") is not None else ")")
        for t in group.tellings
    ]
    shown = "<br>".join(links)
    if len(links) > 1:
        shown = f"{len(links)} articles:<br>{shown}"
    for label, values in group.differences():
        told = " \u00b7 ".join(f"{md(v)} ({md(t.sheet.title, limit=40)})" for t, v in values)
        shown += f"<br>**They differ on {label}:** {told}"
    return shown


def undated_rows(index: SiteIndex, groups: list[EventGroup] | None = None) -> list[str]:
    groups = index.undated if groups is None else groups
    if not groups:
        return []
    out = [
        "## Key events without a date",
        "",
        "Key events whose date the article does not give (or gives only relative to a "
        "publication date it lacks), by their articles' publication.",
        "",
    ]
    out += ["| Published | Event | Told by |", "| --- | --- | --- |"]
    for group in groups:
        head = group.head
        event = statement(head.event, head.sheet, index, "../", "")
        out.append(f"| {md(head.sheet.published[:10])} | {event} | {told_by(group)} |")
    return out + [""]


def timeline_pages(index: SiteIndex) -> dict[str, str]:
    """One timeline page; on a large site an overview plus a page per year (and one for the undated)."""
    head = page_title("Timeline", "exclude: true") + "# Timeline"
    chart = bar_chart(periods(e.value for e in index.timeline), "Events on the timeline", "event")
    intro = [TIMELINE_INTRO, ""] + ([chart, ""] if chart else [])
    if len(index.timeline) + len(index.undated) <= TIMELINE_PAGE_SIZE:
        out = [head, "", *intro]
        if index.timeline:
            out += timeline_rows(index.timeline, index)
        out += undated_rows(index)
        return {"timeline/index.md": "\n".join(out) + "\n"}
    years: dict[str, list[EventGroup]] = {}
    for e in index.timeline:
        years.setdefault(e.value.removeprefix("FY")[:4], []).append(e)
    pages = {}
    out = [head, "", *intro, "| Year | Events |", "| --- | --- |"]
    for year, entries in sorted(years.items()):
        out.append(f"| [{md(year)}]({year}.md) | {len(entries)} |")
        pages.update(year_pages(year, entries, index))
    if index.undated:
        out += ["", f"[Key events without a date](undated.md) ({len(index.undated)})"]
        pages.update(undated_pages(index))
    pages["timeline/index.md"] = "\n".join(out) + "\n"
    return pages


def undated_pages(index: SiteIndex) -> dict[str, str]:
    """The key events without a date: one page, or on a large site a page per year of their
    articles' publication and, for a busy year, per month (no page of tens of megabytes)."""
    title = page_title("Timeline: undated", "exclude: true") + "# Timeline: undated"
    if len(index.undated) <= TIMELINE_PAGE_SIZE:
        return {"timeline/undated.md": "\n".join([title, "", *undated_rows(index)]) + "\n"}
    pages: dict[str, str] = {}
    out = [title, "", "[All years](index.md)", "", "| Published | Key events |", "| --- | --- |"]
    for period, groups in published_periods(index.undated, 4):
        name = f"undated-{period}"
        out.append(f"| [{md(period)}]({name}.md) | {len(groups)} |")
        heading = f"# Timeline: undated, published in {md(period)}"
        page = [page_title(f"Timeline undated {period}", "exclude: true") + heading, ""]
        page += ["[All undated](undated.md)", ""]
        if len(groups) <= TIMELINE_PAGE_SIZE:
            pages[f"timeline/{name}.md"] = "\n".join(page + undated_rows(index, groups)) + "\n"
            continue
        page += ["| Month | Key events |", "| --- | --- |"]
        for month, month_groups in published_periods(groups, 7):
            label = f"{calendar.month_name[int(month[5:])]} {month[:4]}" if month[5:] else month
            page.append(f"| [{label}](undated-{month}.md) | {len(month_groups)} |")
            rows = undated_rows(index, month_groups)
            heading = f"# Timeline: undated, published in {label}"
            pages[f"timeline/undated-{month}.md"] = (
                "\n".join(
                    [page_title(f"Timeline undated {label}", "exclude: true") + heading, ""]
                    + [f"[All of {md(period)}]({name}.md)", "", *rows]
                )
                + "\n"
            )
        pages[f"timeline/{name}.md"] = "\n".join(page) + "\n"
    pages["timeline/undated.md"] = "\n".join(out) + "\n"
    return pages


def published_periods(groups: list[EventGroup], width: int) -> list[tuple[str, list[EventGroup]]]:
    """GROUPS by the first WIDTH characters of their article's publication date (4: the year,
    7: the month), in order; an article without a date goes under 'unknown'."""
    periods: dict[str, list[EventGroup]] = {}
    for group in groups:
        published = group.head.sheet.published[:width]
        key = published if len(published) == width and published[:4].isdigit() else "unknown"
        periods.setdefault(key, []).append(group)
    return sorted(periods.items())


def year_pages(year: str, entries: list[EventGroup], index: SiteIndex) -> dict[str, str]:
    """A year's page; a busy year's events that have a month go on a page per month, so that
    no page holds thousands of rows (a year of a news archive: over a megabyte of Markdown)."""
    title = page_title(f"Timeline {year}", "exclude: true") + f"# Timeline: {md(year)}"
    if len(entries) <= TIMELINE_PAGE_SIZE:
        return {
            f"timeline/{year}.md": "\n".join(
                [title, "", "[All years](index.md)", ""] + timeline_rows(entries, index)
            )
            + "\n"
        }
    months: dict[str, list[EventGroup]] = {}
    rest = []
    for e in entries:
        month = MONTH_OF_YEAR.match(e.value)
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
                + timeline_rows(month_entries, index)
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
        out += timeline_rows(rest, index)
    pages[f"timeline/{year}.md"] = "\n".join(out) + "\n"
    return pages
