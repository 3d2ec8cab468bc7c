"""Stable page URLs: `content/urls.yml` remembers every published slug and the names it had.

A page keeps its slug as long as one of its names was seen under that slug, so
renaming an actor (in a sheet or in entities.yml) keeps its URL; when two pages
merge, the slug that lost its page becomes a redirect to the surviving one.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.names import fold
from generator.sheets.yamlio import (
    YAMLSyntaxError,
    dump_yaml,
    line_index,
    load_yaml,
    write_if_changed,
)
from generator.slug import is_slug

HEADER = (
    "# Page URLs already published and the names each page has had (written by\n"
    "# `factsheet render`; commit it so URLs stay stable when names are corrected).\n"
)


Registry = dict[str, dict[str, list[str]]]
"""Per section (actors, places), each published slug and the names its page has had."""


def load_registry(
    path: Path, cache: Path | None = None, shown: str = "content/urls.yml"
) -> tuple[Registry, list[Problem]]:
    """The registry as last saved, and its problems. CACHE keeps its parse, keyed by the file's
    size and mtime: on an archive of thousands of articles reading the YAML took a tenth of a
    re-render. A registry with problems is not cached, so they are reported on every run."""
    if not path.is_file():
        return {"actors": {}, "places": {}}, []
    from generator.cache import read_cache, write_cache

    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    cached = read_cache(cache, key) if cache else None
    if cached is not None:
        return cached, []
    registry, problems = parse_registry(path, shown)
    if cache and not problems:
        write_cache(cache, key, registry)
    return registry, problems


def parse_registry(path: Path, shown: str) -> tuple[Registry, list[Problem]]:
    """Every valid entry; each invalid one is a located problem (a slug is a file name and a URL:
    one that is not what `slugify` makes could write outside the site or into its HTML)."""
    registry: Registry = {"actors": {}, "places": {}}
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text) or {}
    except UnicodeDecodeError as exc:
        return registry, [Problem(shown, None, "", f"not UTF-8 (offset {exc.start})")]
    except YAMLSyntaxError as exc:
        return registry, [Problem(shown, exc.line, "", str(exc))]
    if not isinstance(data, dict):
        return registry, [Problem(shown, 1, "", "expected a mapping with actors and places")]
    lines = line_index(text)
    problems = []
    for section in registry:
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            problems.append(
                Problem(
                    shown, lines.get((section,)), section, "expected a mapping of slug: [names]"
                )
            )
            continue
        for slug, names in entries.items():
            where = lines.get((section, slug))
            if not isinstance(slug, str) or not is_slug(slug):
                problems.append(
                    Problem(
                        shown,
                        where,
                        f"{section}.{slug}",
                        "not a valid page slug (lower-case letters, digits and '-')",
                    )
                )
            elif not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                problems.append(
                    Problem(shown, where, f"{section}.{slug}", "expected a list of names")
                )
            else:
                registry[section][slug] = list(names)
    return registry, problems


def normalised(registry: dict[str, dict[str, list[str]]]) -> dict[str, Any]:
    return {
        section: {slug: sorted(set(names)) for slug, names in sorted(entries.items())}
        for section, entries in registry.items()
    }


def save_registry(
    path: Path, registry: dict[str, dict[str, list[str]]], cache: Path | None = None
) -> bool:
    """Write the registry unless the file already holds the same entries (read through CACHE):
    writing it out only to compare took another tenth of a re-render."""
    data = normalised(registry)
    if path.is_file() and data == normalised(load_registry(path, cache)[0]):
        return False
    return write_if_changed(path, HEADER + dump_yaml(data))


def redirect_html(target: str) -> str:
    """A static redirect page to TARGET, a relative URL made from a slug (escaped all the same)."""
    target = html.escape(target, quote=True)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'<link rel="canonical" href="{target}">\n<title>Moved</title></head>\n'
        f'<body><p>This page has moved to <a href="{target}">{target}</a>.</p></body></html>\n'
    )


def name_keys(names: list[str] | set[str]) -> set[str]:
    return {fold(n) for n in names if n}
