"""The home page's overview of the collection: how many articles (and from when to when),
actors, places and events, the main actors (and who is named with whom) and places, the busiest
days, the latest articles.

The home page (`docs/index.md`) is the project's own page; `factsheet render` rewrites only the
part between the two markers below, so whatever a person wrote around them stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from generator.sheets.yamlio import write_atomic
from generator.site.escape import md
from generator.site.index import EntityPage, SiteIndex
from generator.site.links import article_link, entity_link
from generator.site.network import main_actors, network

START = "<!-- factsheet:overview -->"
END = "<!-- /factsheet:overview -->"
MAIN_ACTORS = 10
MAIN_PLACES = 8
BUSIEST = 5
LATEST = 5


def update_home(docs: Path, index: SiteIndex) -> bool:
    """Rewrite the overview of DOCS/index.md when it has the markers; True when it changed."""
    path = docs / "index.md"
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text[text.index(START) :]:
        return False
    before, rest = text.split(START, 1)
    _old, after = rest.split(END, 1)
    new = f"{before}{START}\n{overview(index)}{END}{after}"
    if new == text:
        return False
    write_atomic(path, new)
    return True


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def overview(index: SiteIndex) -> str:
    sheets = index.sheets
    if not sheets:
        return "\nNo articles yet: add some to the articles folder and build again.\n\n"
    dated = sorted(s.published[:10] for s in sheets if s.published)
    span = f", from {md(dated[0])} to {md(dated[-1])}" if dated else ""
    events = sum(len(s.data.get("events") or []) for s in sheets)
    lines = [
        "",
        f"**{count(len(sheets), 'article')}**{span}; {count(len(index.actors), 'actor')}, "
        f"{count(len(index.places), 'place')} and {count(events, 'event')}.",
        "",
    ]
    lines += listed("Main actors", main_actors(index, MAIN_ACTORS))
    graph = network(index)
    lines += [graph, ""] if graph else []
    lines += most_named("Main places", index.places.values(), MAIN_PLACES)
    busiest = Counter(s.published[:10] for s in sheets if s.published).most_common(BUSIEST)
    if len(busiest) > 1 and busiest[0][1] > 1:
        days = [f"{md(day)} ({count(n, 'article')})" for day, n in busiest if n > 1]
        lines += ["**Busiest days:** " + ", ".join(days), ""]
    stories = [s for s in sheets if s.id not in index.latest_of]  # a story once, its latest
    latest = sorted(stories, key=lambda s: (s.published, s.id), reverse=True)[:LATEST]
    lines += ["**Latest articles:**", ""]
    for sheet in latest:
        day = f" ({md(sheet.published[:10])})" if sheet.published else ""
        lines.append(f"- {article_link(sheet, 'articles/')}{day}")
    return "\n".join(lines) + "\n\n"


def most_named(label: str, pages: Iterable[EntityPage], n: int) -> list[str]:
    """The N entities with a page that the most articles name, linked, as one line."""
    top = sorted(
        (p for p in pages if p.has_page), key=lambda p: (-len(p.appearances), p.name.lower())
    )[:n]
    return listed(label, top)


def listed(label: str, pages: list[EntityPage]) -> list[str]:
    """PAGES linked, each with how many articles name it, as one line."""
    if not pages:
        return []
    links = [f"{entity_link(p, p.name, '')} ({len(p.appearances)})" for p in pages]
    return [f"**{label}:** " + ", ".join(links), ""]
