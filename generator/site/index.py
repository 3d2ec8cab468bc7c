"""The cross-article picture, built in memory before any page is written.

Actors named in several articles become one entity: exact canonical names merge,
and a bare surname ("Clinton") joins the only full name in the collection that
ends in it ("Bill Clinton"); two people sharing a surname keep apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from generator.names import fold
from generator.site.corrections import Corrections, Entry
from generator.site.event_groups import EventGroup, EventPages, group_events
from generator.site.national_bodies import body_country, national_body
from generator.site.same_entity import actor_key, collection_keys
from generator.site.urls import name_keys
from generator.site.versions import story_versions
from generator.slug import unique_slug


@dataclass
class SheetView:
    """One loaded sheet plus the article body it was made from (when still available)."""

    id: str
    data: dict[str, Any]
    body: str | None

    @property
    def meta(self) -> dict[str, Any]:
        return self.data["article"]

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def published(self) -> str:
        return self.meta.get("published") or ""

    @property
    def reviewed(self) -> bool:
        return bool(self.meta.get("reviewed"))

    @cached_property
    def taking_part(self) -> frozenset[str]:
        """Ids of the actors its events have doing or undergoing something, or its quotes
        speaking: read once per sheet, asked for each of its actors."""
        events = [e for e in self.data.get("events") or [] if isinstance(e, dict)]
        quotes = [q for q in self.data.get("quotes") or [] if isinstance(q, dict)]
        ids = [i for e in events for i in (e.get("who") or []) + (e.get("whom") or [])]
        ids += [q.get("speaker") for q in quotes]
        return frozenset(i for i in ids if isinstance(i, str))


@dataclass
class Appearance:
    sheet: SheetView
    item: dict[str, Any]

    @property
    def takes_part(self) -> bool:
        """The article tells the entity doing, undergoing or saying something, not only naming
        it (the agency of 'told AFP' or 'Xinhua reported' carries the news; it is not in it)."""
        return self.item.get("id") in self.sheet.taking_part


@dataclass
class EntityPage:
    """An actor or place as the site shows it: all its appearances across articles."""

    kind: str
    """actors or places."""
    key: str
    name: str
    type: str
    slug: str = ""
    appearances: list[Appearance] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    entry: Entry | None = None
    """The entities.yml correction that applies, if any."""
    has_page: bool = True
    """Only entities that matter get a page on a large site (see `mark_pages`)."""
    shown_on: EntityPage | None = field(default=None, compare=False, repr=False)
    """A country's place: its actor page shows it, under a heading of its own."""
    as_place: EntityPage | None = field(default=None, compare=False, repr=False)
    """A country's actor page: the place it shows as well."""

    def names(self) -> set[str]:
        found = {self.name} | self.aliases
        for a in self.appearances:
            found.add(a.item["name"])
            found.update(a.item.get("aliases") or [])
        return found

    @property
    def parts(self) -> list[EntityPage]:
        """What the page shows: its own entity and, for a country, the place it is too."""
        return [self] if self.as_place is None else [self, self.as_place]

    def newest_first(self) -> list[Appearance]:
        return sorted(self.appearances, key=lambda a: (a.sheet.published, a.sheet.id), reverse=True)

    @property
    def mention_count(self) -> int:
        return sum(int(a.item.get("mentions") or 1) for a in self.appearances)


@dataclass
class SiteIndex:
    sheets: list[SheetView]
    actors: dict[str, EntityPage]
    places: dict[str, EntityPage]
    actor_of: dict[tuple[str, str], EntityPage]
    """(sheet id, actor id in the sheet) -> entity page."""
    place_of: dict[tuple[str, str], EntityPage]
    timeline: list[EventGroup]
    """Dated events across articles, in date order, each told by one or more articles."""
    undated: list[EventGroup]
    """Key events without a known date, by their articles' publication."""
    redirects: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per section, old slug -> slug of the page it now belongs to."""
    versions: dict[str, list[str]] = field(default_factory=dict)
    """Id of a story's latest wire version -> its earlier versions (see versions.py)."""
    latest_of: dict[str, str] = field(default_factory=dict)
    """Id of an earlier wire version -> the latest version of its story."""

    @cached_property
    def page_named(self) -> dict[str, EntityPage]:
        """Each page with one of its own by its name, an actor before a place: for a name an
        article gives in passing ('an official of Denmark' when Denmark is no item of it)."""
        named: dict[str, EntityPage] = {}
        for page in [*self.places.values(), *self.actors.values()]:
            if page.has_page:
                named[page.name] = page
        return named


def build_index(
    sheets: list[SheetView],
    corrections: Corrections | None = None,
    registry: dict[str, dict[str, list[str]]] | None = None,
) -> SiteIndex:
    """Everything pages need, across all sheets; REGISTRY (slug -> names) is updated in place."""
    corrections = corrections or Corrections()
    registry = registry if registry is not None else {"actors": {}, "places": {}}
    sheets = sorted(sheets, key=lambda s: (s.published, s.id))
    actors: dict[str, EntityPage] = {}
    places: dict[str, EntityPage] = {}
    actor_of: dict[tuple[str, str], EntityPage] = {}
    place_of: dict[tuple[str, str], EntityPage] = {}
    same_as = collection_keys(sheets)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            if corrections.excluded("actors", item["name"]):
                continue
            entry = corrections.entry_for(
                "actors", [item["name"]] + list(item.get("aliases") or [])
            )
            key = f"entry:{fold(entry.name)}" if entry is not None else same_as(actor_key(item))
            name = item["name"]
            country = body_country(item) if entry is None and national_body(name) else None
            if country is not None:  # one page per country's Supreme Court
                key, name = f"{actor_key(item)}@{fold(country)}", f"{name} ({country})"
            page = actors.setdefault(
                key, EntityPage("actors", key, name, item.get("type", "person"), entry=entry)
            )
            add_appearance(page, sheet, item)
            actor_of[(sheet.id, item["id"])] = page
        for item in sheet.data.get("places") or []:
            if corrections.excluded("places", item["name"]):
                continue
            entry = corrections.entry_for(
                "places", [item["name"]] + list(item.get("aliases") or [])
            )
            key = f"entry:{fold(entry.name)}" if entry else fold(item["name"])
            page = places.setdefault(
                key, EntityPage("places", key, item["name"], "place", entry=entry)
            )
            add_appearance(page, sheet, item)
            place_of[(sheet.id, item["id"])] = page
    fold_bodies_taken_for_places(actors, places, place_of, same_as)
    versions = story_versions(sheets)
    latest_of = {old: new for new, olds in versions.items() for old in olds}
    for page in list(actors.values()) + list(places.values()):
        told = {a.sheet.id for a in page.appearances}
        page.appearances = [
            a for a in page.appearances if latest_of.get(a.sheet.id) not in told
        ]  # a story's facts count once: its latest version tells them
    for page in list(actors.values()) + list(places.values()):
        if page.entry is not None:
            page.aliases.add(page.name)
            page.name = page.entry.name
            page.aliases.discard(page.name)
    settle_types(actors)
    settle_types(places)
    redirects = {
        "actors": assign_slugs(actors, registry.setdefault("actors", {})),
        "places": assign_slugs(places, registry.setdefault("places", {})),
    }
    if len(sheets) >= ALL_PAGES_BELOW:
        mark_pages(actors, MAIN_ACTORS)
        mark_pages(places, MAIN_PLACES)
    show_countries_once(actors, places)
    current = [sheet for sheet in sheets if sheet.id not in latest_of]
    timeline, undated = build_timeline(current, actor_of, place_of)
    return SiteIndex(
        sheets,
        actors,
        places,
        actor_of,
        place_of,
        timeline,
        undated,
        redirects,
        versions,
        latest_of,
    )


ALL_PAGES_BELOW = 200
"""Sites with fewer articles give every actor and place a page."""
MAIN_ACTORS, MAIN_PLACES = 3, 2
"""On larger sites, an entity named in one article only gets a page when it is among
that article's first (most salient) actors or places; the rest are listed on the
index pages and linked to their article."""


def mark_pages(pages: dict[str, EntityPage], main: int) -> None:
    for page in pages.values():
        if page.entry is not None or len({a.sheet.id for a in page.appearances}) >= 2:
            continue
        section = page.kind
        page.has_page = any(
            i < main
            for a in page.appearances
            for i, item in enumerate(a.sheet.data.get(section) or [])
            if item is a.item
        )


def show_countries_once(actors: dict[str, EntityPage], places: dict[str, EntityPage]) -> None:
    """Iraq acts (an actor) and is where things happen (a place): one entity, one page. The
    actor's page shows the place's appearances too; links to the place lead there."""
    places_named = {fold(place.name): place for place in places.values() if place.has_page}
    for actor in actors.values():
        place = places_named.get(fold(actor.name))
        if place is not None and actor.type == "country" and actor.has_page:
            place.shown_on, actor.as_place = actor, place


def name_rank(name: str) -> tuple[int, int]:
    """The fuller, better-capitalised form names the page."""
    return len(name.split()), sum(1 for word in name.split() if word[:1].isupper())


def add_appearance(page: EntityPage, sheet: SheetView, item: dict[str, Any]) -> None:
    page.appearances.append(Appearance(sheet, item))
    page.aliases.update(item.get("aliases") or [])
    if page.entry is None and name_rank(item["name"]) > name_rank(page.name):
        page.aliases.add(page.name)
        page.name = item["name"]
    elif item["name"] != page.name:
        page.aliases.add(item["name"])


def fold_bodies_taken_for_places(
    actors: dict[str, EntityPage],
    places: dict[str, EntityPage],
    place_of: dict[tuple[str, str], EntityPage],
    same_as: Callable[[str], str],
) -> None:
    """'told Xinhua in Changsha': where fewer stories take a name for a place than call it an
    organisation, it is the organisation, and its place page folds into the actor's."""
    for key, place in list(places.items()):
        actor = actors.get(same_as(f"other:{key}"))
        if place.entry is not None or actor is None or actor.entry is not None:
            continue
        kinds = story_types(actor)
        if majority(kinds) != "organization":
            continue
        if len({a.sheet.id for a in place.appearances}) >= kinds["organization"]:
            continue
        told = {a.sheet.id for a in actor.appearances}
        actor.appearances += [a for a in place.appearances if a.sheet.id not in told]
        for ref, page in place_of.items():
            if page is place:
                place_of[ref] = actor
        del places[key]


def story_types(page: EntityPage) -> Counter[str]:
    """How many of its stories call the page's entity each type; a body's page counts no story
    that took it for a person ("told Xinhua")."""
    kinds = Counter(a.item.get("type", page.type) for a in page.appearances)
    if page.key.startswith("other:") and len(kinds) > 1:
        kinds.pop("person", None)
    return kinds


def majority(kinds: Counter[str]) -> str:
    return max(sorted(kinds), key=lambda t: kinds[t])


def settle_types(pages: dict[str, EntityPage]) -> None:
    """A page's type is what most of its stories call it, or what the editor's entry says. A
    body's page counts no story that took it for a person ("told Xinhua")."""
    for page in pages.values():
        page.type = majority(story_types(page))
        if page.entry is not None and page.entry.type:
            page.type = page.entry.type


def assign_slugs(pages: dict[str, EntityPage], registry: dict[str, list[str]]) -> dict[str, str]:
    """Give each page a slug: the published one its names were seen under, else a new one.

    Pages go in a fixed order (most articles first, then name) so URLs never depend
    on input order. Returns old slug -> new slug for published slugs whose page merged
    into another; slugs of entities that are gone are forgotten.
    """
    taken: set[str] = set(registry)
    used: set[str] = set()
    registry_keys = {slug: name_keys(names) for slug, names in registry.items()}
    slugs_by_key: dict[str, set[str]] = {}
    for slug, keys in registry_keys.items():
        for key in keys:
            slugs_by_key.setdefault(key, set()).add(slug)
    ordered = sorted(pages.values(), key=lambda p: (-len(p.appearances), p.name, p.key))
    for page in ordered:
        for a in page.appearances:
            if a.item["name"] != page.name:
                page.aliases.add(a.item["name"])
        page.aliases.discard(page.name)
        keys = name_keys(page.names())
        seen = {slug for key in keys for slug in slugs_by_key.get(key, ()) if slug not in used}
        candidates = sorted(
            seen,
            key=lambda slug: (
                -len(registry_keys[slug] & keys),
                slug != slugify_name(page.name),
                slug,
            ),
        )
        page.slug = candidates[0] if candidates else unique_slug(page.name, taken)
        used.add(page.slug)
        taken.add(page.slug)
    page_by_key: dict[str, EntityPage] = {}
    for page in reversed(ordered):
        for key in name_keys(page.names()):
            page_by_key[key] = page
    redirects: dict[str, str] = {}
    rank = {id(p): i for i, p in enumerate(ordered)}
    for slug in sorted(set(registry) - used):
        targets = [page_by_key[k] for k in registry_keys[slug] if k in page_by_key]
        target = min(targets, key=lambda p: rank[id(p)]) if targets else None
        if target is None:
            del registry[slug]
        else:
            redirects[slug] = target.slug
    for page in ordered:
        registry[page.slug] = sorted(set(registry.get(page.slug, [])) | page.names())
    return redirects


def slugify_name(name: str) -> str:
    from generator.slug import slugify

    return slugify(name)


def build_timeline(
    sheets: list[SheetView],
    actor_of: dict[tuple[str, str], EntityPage],
    place_of: dict[tuple[str, str], EntityPage],
) -> tuple[list[EventGroup], list[EventGroup]]:
    """Events across articles, each told once: the dated in date order, the undated key events
    apart."""

    def pages_of(sheet: SheetView, event: dict[str, Any]) -> EventPages:
        def pages(refs: Any) -> frozenset[str]:
            keys = [(sheet.id, r) for r in refs or [] if isinstance(r, str)]
            return frozenset(actor_of[k].key for k in keys if k in actor_of)

        where = event.get("where")
        place = place_of.get((sheet.id, where)) if isinstance(where, str) else None
        places = frozenset(
            {place.key if place.kind == "actors" else "place:" + place.key} if place else ()
        )
        return EventPages(pages(event.get("who")), pages(event.get("whom")), places)

    groups = group_events(sheets, pages_of)
    dated = sorted(
        (g for g in groups if g.value),
        key=lambda g: (g.value.removeprefix("FY"), g.head.sheet.published, g.head.sheet.id),
    )
    undated = [g for g in groups if not g.value and g.head.event.get("key")]
    return dated, undated


def read_body(root: Path, meta: dict[str, Any]) -> str | None:
    """The article body, if its file is still there and unchanged since extraction."""
    import hashlib

    from generator.articles import read_article
    from generator.errors import InputError

    rel = meta.get("path")
    if not rel:
        return None
    path = Path(rel) if Path(rel).is_absolute() else root / rel
    if not path.is_file():
        return None
    try:
        article = read_article(path, root)
    except (InputError, OSError):
        return None
    if hashlib.sha256(article.body.encode("utf-8")).hexdigest() != meta.get("sha256"):
        return None
    return article.body
