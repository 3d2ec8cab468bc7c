"""Who is named with whom: the collection's main actors on a ring, a line between two of them
for the articles that name both, the wider the more. Static SVG with no script and nothing
fetched; each line says on hover how often the two meet. The names are not links in the
drawing (Material's instant loading rewrites every link's href, which an SVG link has only as a
getter, and fails): the line above it links each main actor."""

from __future__ import annotations

import math
from html import escape

from generator.site.index import EntityPage, SiteIndex

MAX_ACTORS = 12
MIN_ACTORS = 3
WIDTH, HEIGHT, RADIUS = 640, 360, 130
"""The drawing's own units; the SVG scales to the column's width."""
MAX_LABEL = 24


def main_actors(index: SiteIndex, n: int) -> list[EntityPage]:
    """The N actors with a page that the most articles tell acting, undergoing or speaking (a
    news agency each story cites, 'told AFP', is named everywhere and takes part in little),
    then those the most name; listed by how many articles name them."""

    named: dict[str, int] = {}
    acting: dict[str, int] = {}
    for page in index.actors.values():
        if page.has_page:
            named[page.key] = len({a.sheet.id for a in page.appearances})
            acting[page.key] = len({a.sheet.id for a in page.appearances if a.takes_part})
    pages = [page for page in index.actors.values() if page.key in named]
    chosen = sorted(pages, key=lambda p: (-acting[p.key], -named[p.key], p.name.lower(), p.key))[:n]
    return sorted(chosen, key=lambda p: (-named[p.key], p.name.lower(), p.key))


def network(index: SiteIndex) -> str | None:
    """The main actors' network as an SVG figure, or None when fewer than MIN_ACTORS named in two
    articles or more meet."""
    ranked = main_actors(index, MAX_ACTORS)
    named_in = {page.key: {a.sheet.id for a in page.appearances} for page in ranked}
    actors = [page for page in ranked if len(named_in[page.key]) >= 2]
    pairs = [
        (a, b, len(named_in[a.key] & named_in[b.key]))
        for n, a in enumerate(actors)
        for b in actors[n + 1 :]
    ]
    pairs = [pair for pair in pairs if pair[2]]
    if len(actors) < MIN_ACTORS or not pairs:
        return None
    at = {page.key: position(n, len(actors)) for n, page in enumerate(actors)}
    most = max(together for _, _, together in pairs)
    lines = [
        f'<line x1="{at[a.key][0]:.1f}" y1="{at[a.key][1]:.1f}" x2="{at[b.key][0]:.1f}" '
        f'y2="{at[b.key][1]:.1f}" stroke-width="{1 + 5 * together / most:.1f}">'
        f"<title>{escape(a.name)} and {escape(b.name)}: named together in "
        f"{together} article{'' if together == 1 else 's'}</title></line>"
        for a, b, together in pairs
    ]
    nodes = [node(page, at[page.key], len(named_in[page.key])) for page in actors]
    label = "Main actors and the articles that name them together"
    return (
        f'<figure class="fs-network"><svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{label}">'
        # colours the project's stylesheet overrides, for a project made before it had them
        f'<g stroke="#9e9e9e" stroke-opacity="0.7">{"".join(lines)}</g>'
        f'<g fill="#4051b5" font-size="15">{"".join(nodes)}</g></svg>'
        f"<figcaption>{label}: a line's width is how many articles name both; hover a line "
        "for the count.</figcaption></figure>"
    )


def position(n: int, count: int) -> tuple[float, float]:
    """The N-th of COUNT places on the ring, the first at the top, clockwise."""
    angle = -math.pi / 2 + 2 * math.pi * n / count
    return WIDTH / 2 + RADIUS * math.cos(angle), HEIGHT / 2 + RADIUS * math.sin(angle)


def node(page: EntityPage, at: tuple[float, float], articles: int) -> str:
    """A dot and the name beside it, away from the ring's centre."""
    x, y = at
    dx, dy = x - WIDTH / 2, y - HEIGHT / 2
    anchor = "start" if dx > 1 else "end" if dx < -1 else "middle"
    lx = x + 10 * (dx > 1) - 10 * (dx < -1)
    ly = y + (18 if dy > 1 else -10 if dy < -1 else 4)
    name = page.name if len(page.name) <= MAX_LABEL else page.name[: MAX_LABEL - 1] + "\u2026"
    return (
        f"<g><title>{escape(page.name)}: named in {articles} articles</title>"
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6"/>'
        f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(name)}</text></g>'
    )
