"""The whole collection in memory: every valid sheet with its article body, the editors'
cross-article corrections and the published URLs, gathered into the site index that `render`
and `check` both use."""

from __future__ import annotations

from pathlib import Path

from generator.cache import SheetCache, cache_file
from generator.config import Config
from generator.errors import InputError, Problem
from generator.paths import display_path
from generator.processes import worker_context
from generator.sheets.io import load_sheet
from generator.site.corrections import Corrections, load_corrections
from generator.site.index import SheetView, SiteIndex, build_index, read_body
from generator.site.urls import load_registry

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
        return None, [
            Problem(
                shown,
                None,
                "article.id",
                f"{data['article']['id']!r} does not match the file name {path.stem!r}",
            )
        ]
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
        with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
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


def load_entities(config: Config, problems: list[Problem]) -> Corrections:
    path = config.path("entities_file")
    shown = display_path(path, config.root)
    try:
        return load_corrections(path, shown)
    except InputError as exc:
        problems.extend(exc.problems)
        return Corrections(path=shown)


def registry_cache(config: Config) -> Path:
    return cache_file(config.root, "urls.pickle")


def site_index(config: Config, problems: list[Problem]) -> tuple[SiteIndex, Corrections, dict]:  # type: ignore[type-arg]
    """Sheets, corrections and the URL registry, gathered into the cross-article index."""
    sheets = load_sheets(config, problems)
    corrections = load_entities(config, problems)
    urls_file = config.path("urls_file")
    registry, registry_problems = load_registry(
        urls_file, registry_cache(config), display_path(urls_file, config.root)
    )
    problems.extend(registry_problems)
    return build_index(sheets, corrections, registry), corrections, registry
