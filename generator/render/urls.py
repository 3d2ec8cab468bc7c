"""Stable page URLs: `content/urls.yml` remembers every published slug and the names it had.

A page keeps its slug as long as one of its names was seen under that slug, so
renaming an actor (in a sheet or in entities.yml) keeps its URL; when two pages
merge, the slug that lost its page becomes a redirect to the surviving one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.names import fold
from generator.yamlio import YAMLSyntaxError, dump_yaml, load_yaml, write_if_changed

HEADER = (
    "# Page URLs already published and the names each page has had (written by\n"
    "# `factsheet render`; commit it so URLs stay stable when names are corrected).\n"
)


def load_registry(path: Path, cache: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """The registry as last saved. CACHE keeps its parse, keyed by the file's size and mtime:
    on an archive of thousands of articles reading the YAML took a tenth of a re-render."""
    if not path.is_file():
        return {"actors": {}, "places": {}}
    from generator.local_cache import read_cache, write_cache

    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    cached = read_cache(cache, key) if cache else None
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    registry = parse_registry(path)
    if cache:
        write_cache(cache, key, registry)
    return registry


def parse_registry(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except YAMLSyntaxError:
        data = {}
    registry: dict[str, dict[str, list[str]]] = {"actors": {}, "places": {}}
    for section in registry:
        for slug, names in (data.get(section) or {}).items() if isinstance(data, dict) else []:
            if isinstance(names, list):
                registry[section][str(slug)] = [str(n) for n in names]
    return registry


def normalised(registry: dict[str, dict[str, list[str]]]) -> dict[str, Any]:
    return {
        section: {slug: sorted(set(names)) for slug, names in sorted(entries.items())}
        for section, entries in registry.items()
    }


def save_registry(path: Path, registry: dict[str, dict[str, list[str]]], cache: Path | None = None) -> bool:
    """Write the registry unless the file already holds the same entries (read through CACHE):
    writing it out only to compare took another tenth of a re-render."""
    data = normalised(registry)
    if path.is_file() and data == normalised(load_registry(path, cache)):
        return False
    return write_if_changed(path, HEADER + dump_yaml(data))


def redirect_html(target: str) -> str:
    """A static redirect page; TARGET is a relative URL made by us (a slug), never text from articles."""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n"
        f"<link rel=\"canonical\" href=\"{target}\">\n<title>Moved</title></head>\n"
        f"<body><p>This page has moved to <a href=\"{target}\">{target}</a>.</p></body></html>\n"
    )


def name_keys(names: list[str] | set[str]) -> set[str]:
    return {fold(n) for n in names if n}
