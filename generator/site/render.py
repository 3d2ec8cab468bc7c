"""`factsheet render`: sheets to Markdown under docs/, in two phases (index everything, then write)."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config, default_jobs
from generator.errors import Problem
from generator.paths import display_path
from generator.site.collection import registry_cache, site_index
from generator.site.feed import atom_feed, site_url
from generator.site.home import update_home
from generator.site.pages import page_tasks
from generator.site.urls import redirect_html, save_registry
from generator.site.write import write_pages

OWNED_FOLDERS = ("articles", "actors", "places", "timeline", "about")


@dataclass
class RenderReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        text = f"render: {self.pages} pages ({self.written} written, {self.unchanged} unchanged, {self.removed} removed)"
        if self.problems:
            text += f", {len({p.path for p in self.problems})} sheet(s) skipped"
        return text


def render(config: Config, jobs: int | None = None) -> RenderReport:
    report = RenderReport()
    index, _corrections, registry = site_index(config, report.problems)
    extra = {
        "feed.xml": atom_feed(index, site_url(config.root / config.mkdocs_config), "Fact sheets")
    }
    for section, redirects in index.redirects.items():
        for old, new in redirects.items():
            extra[f"{section}/{old}/index.html"] = redirect_html(f"../{new}/")
    for place in index.places.values():
        if place.shown_on is not None:  # a country's place page, published before, is its actor's
            target = place.shown_on.slug
            extra[f"places/{place.slug}/index.html"] = redirect_html(f"../../actors/{target}/")
    if not any(
        p.path == display_path(config.path("urls_file"), config.root) for p in report.problems
    ):
        save_registry(
            config.path("urls_file"), registry, registry_cache(config)
        )  # never over an entry it could not read
    tasks = page_tasks(index) + [lambda: extra]
    docs = config.docs
    gc.freeze()  # the index lives through the render: no collection need walk it (nor, forked, copy it)
    try:
        rels, report.written = write_pages(docs, tasks, jobs or default_jobs())
    finally:
        gc.unfreeze()
    report.pages = len(rels)
    report.unchanged = report.pages - report.written
    for rel in sorted(stale_files(docs, OWNED_FOLDERS, set(rels))):
        (docs / rel).unlink()
        report.removed += 1
    update_home(docs, index)  # the project's own page: not one of the pages render owns
    return report


def stale_files(docs: Path, folders: tuple[str, ...], wanted: set[str]) -> list[str]:
    """Files in the generator's folders that no page of this render wrote (compared as strings:
    hashing thousands of Path objects took a twentieth of a re-render)."""
    import os

    stale = []
    for folder in folders:
        for directory, _subfolders, names in os.walk(docs / folder):
            prefix = Path(directory).relative_to(docs).as_posix() + "/"
            stale += [prefix + name for name in names if prefix + name not in wanted]
    return stale
