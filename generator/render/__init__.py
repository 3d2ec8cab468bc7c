"""`factsheet render`: sheets to Markdown under docs/, in two phases (index everything, then write)."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config, default_jobs
from generator.entities import Corrections, load_corrections
from generator.errors import InputError, Problem
from generator.paths import display_path
from generator.render.feed import atom_feed, site_url
from generator.render.index import SheetView, SiteIndex, build_index, read_body
from generator.render.pages import page_tasks
from generator.render.urls import load_registry, redirect_html, save_registry
from generator.render.write import write_pages
from generator.sheets.io import load_sheet

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


PARALLEL_LOAD_FROM = 300
"""From this many sheets, parsing YAML (the bulk of a render) is spread over the cores."""


def load_one(root: Path, base: Path, path: Path) -> tuple[SheetView | None, list[Problem]]:
    """One sheet with its article body; problems instead when it is unusable. BASE is the folder
    of machine outputs (it tells which items a person deleted)."""
    shown = display_path(path, root)
    try:
        data = load_sheet(path, shown, base / path.name)
    except InputError as exc:
        return None, exc.problems
    if data["article"]["id"] != path.stem:
        return None, [Problem(shown, None, "article.id", f"{data['article']['id']!r} does not match the file name {path.stem!r}")]
    return SheetView(path.stem, data, read_body(root, data["article"])), []


def load_sheets(config: Config, problems: list[Problem]) -> list[SheetView]:
    """Every valid sheet; invalid ones are reported (path:line: field: problem) and left out."""
    import os
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    paths = sorted(config.facts.glob("*.yml"))
    cache = SheetCache(config.root)
    stale = [p for p in paths if cache.get(p) is None]
    workers = min(os.cpu_count() or 1, 4)
    load = partial(load_one, config.root, config.base)
    if len(stale) >= PARALLEL_LOAD_FROM and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            fresh = dict(zip(stale, pool.map(load, stale, chunksize=64)))
    else:
        fresh = {path: load(path) for path in stale}
    views = []
    for path in paths:
        if path in fresh:
            view, found = fresh[path]
            problems.extend(found)
            if view is not None:
                cache.put(path, view)
        else:
            view = cache.get(path)
        if view is not None:
            views.append(view)
    cache.save(paths)
    return views


class SheetCache:
    """Parsed, validated sheets keyed by file size and mtime, so a re-render skips the YAML.

    A local speed-up only (`.factsheet-cache/`, not committed): output never depends on it.
    """

    VERSION = 2

    def __init__(self, root: Path) -> None:
        from generator import EXTRACTOR_VERSION
        from generator.local_cache import cache_file, read_cache

        self.root = root
        self.path = cache_file(root, "sheets.pickle")
        self.stamp = (self.VERSION, EXTRACTOR_VERSION)
        self.entries: dict[str, tuple[tuple[int, int, int, int], SheetView]] = read_cache(self.path, self.stamp) or {}
        self.changed = False

    def key(self, path: Path, view: SheetView | None) -> tuple[int, int, int, int]:
        """The sheet's and its article's size and mtime: either changing invalidates the entry."""
        stat = path.stat()
        article = None
        rel = view.meta.get("path") if view is not None else None
        if rel:
            candidate = Path(rel) if Path(rel).is_absolute() else self.root / rel
            article = candidate.stat() if candidate.is_file() else None
        return stat.st_size, stat.st_mtime_ns, article.st_size if article else -1, article.st_mtime_ns if article else -1

    def get(self, path: Path) -> SheetView | None:
        entry = self.entries.get(path.name)
        if entry is None or entry[0] != self.key(path, entry[1]):
            return None
        return entry[1]

    def put(self, path: Path, view: SheetView) -> None:
        self.entries[path.name] = (self.key(path, view), view)
        self.changed = True

    def save(self, paths: list[Path]) -> None:
        names = {p.name for p in paths}
        if set(self.entries) - names:
            self.entries = {k: v for k, v in self.entries.items() if k in names}
            self.changed = True
        if self.changed:
            from generator.local_cache import write_cache

            write_cache(self.path, self.stamp, self.entries)


def load_entities(config: Config, problems: list[Problem]) -> Corrections:
    path = config.path("entities_file")
    shown = display_path(path, config.root)
    try:
        return load_corrections(path, shown)
    except InputError as exc:
        problems.extend(exc.problems)
        return Corrections(path=shown)


def registry_cache(config: Config) -> Path:
    from generator.local_cache import cache_file

    return cache_file(config.root, "urls.pickle")


def site_index(config: Config, problems: list[Problem]) -> tuple[SiteIndex, Corrections, dict]:  # type: ignore[type-arg]
    """Sheets, corrections and the URL registry, gathered into the cross-article index."""
    sheets = load_sheets(config, problems)
    corrections = load_entities(config, problems)
    urls_file = config.path("urls_file")
    registry, registry_problems = load_registry(urls_file, registry_cache(config), display_path(urls_file, config.root))
    problems.extend(registry_problems)
    return build_index(sheets, corrections, registry), corrections, registry


def render(config: Config, jobs: int | None = None) -> RenderReport:
    report = RenderReport()
    index, _corrections, registry = site_index(config, report.problems)
    extra = {"feed.xml": atom_feed(index, site_url(config.root / config.mkdocs_config), "Fact sheets")}
    for section, redirects in index.redirects.items():
        for old, new in redirects.items():
            extra[f"{section}/{old}/index.html"] = redirect_html(f"../{new}/")
    if not any(p.path == display_path(config.path("urls_file"), config.root) for p in report.problems):
        save_registry(config.path("urls_file"), registry, registry_cache(config))  # never over an entry it could not read
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

