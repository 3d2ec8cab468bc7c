"""Speed-up files in `.factsheet-cache/`: a pickled (key, payload) pair per file.

Never committed, and no output depends on them: a missing, unreadable or outdated file is a
cold start, and a read-only checkout just works without them. Three live here: the stamps of
sheets (so `extract` with nothing changed parses no YAML), the parsed sheets (so a re-render
skips the YAML) and the parsed URL registry. Each entry is keyed by its file's size and mtime;
each file by a version that changes with what it stores.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, Callable, Protocol

from generator.records import Stamp
from generator.sheets.yamlio import write_atomic_bytes


def cache_file(root: Path, name: str) -> Path:
    return root / ".factsheet-cache" / name


def read_cache(path: Path, key: object) -> Any | None:
    """The payload stored under KEY, or None (no file, another key, or unreadable)."""
    try:
        stored_key, payload = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a missing or unreadable cache is just a cold start
        return None
    return payload if stored_key == key else None


def write_cache(path: Path, key: object, payload: object) -> None:
    try:
        write_atomic_bytes(path, pickle.dumps((key, payload), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass


class StampCache:
    VERSION = 2

    def __init__(self, root: Path) -> None:
        self.path = cache_file(root, "stamps.pickle")
        self.entries: dict[str, tuple[tuple[int, int], Stamp | None]] = (
            read_cache(self.path, self.VERSION) or {}
        )
        self.changed = False

    def stamp(self, sheet: Path, read: Callable[[Path], Stamp | None]) -> Stamp | None:
        stat = sheet.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        entry = self.entries.get(sheet.name)
        if entry is not None and entry[0] == key:
            return entry[1]
        found = read(sheet)
        self.entries[sheet.name] = (key, found)
        self.changed = True
        return found

    def save(self, names: set[str]) -> None:
        """Write the cache when it changed, keeping only the sheets that still exist."""
        if set(self.entries) - names:
            self.entries = {k: v for k, v in self.entries.items() if k in names}
            self.changed = True
        if self.changed:
            write_cache(self.path, self.VERSION, self.entries)


class ParsedSheet(Protocol):
    """What the sheet cache needs of a parsed sheet: its `article:` block (for the article's path)."""

    @property
    def meta(self) -> dict[str, Any]: ...


class SheetCache:
    """Parsed, validated sheets keyed by file size and mtime, so a re-render skips the YAML.

    A local speed-up only (`.factsheet-cache/`, not committed): output never depends on it.
    """

    VERSION = 2

    def __init__(self, root: Path) -> None:
        from generator import EXTRACTOR_VERSION

        self.root = root
        self.path = cache_file(root, "sheets.pickle")
        self.stamp = (self.VERSION, EXTRACTOR_VERSION)
        self.entries: dict[str, tuple[tuple[int, int, int, int], ParsedSheet]] = (
            read_cache(self.path, self.stamp) or {}
        )
        self.changed = False

    def key(self, path: Path, view: ParsedSheet | None) -> tuple[int, int, int, int]:
        """The sheet's and its article's size and mtime: either changing invalidates the entry."""
        stat = path.stat()
        article = None
        rel = view.meta.get("path") if view is not None else None
        if rel:
            candidate = Path(rel) if Path(rel).is_absolute() else self.root / rel
            article = candidate.stat() if candidate.is_file() else None
        return (
            stat.st_size,
            stat.st_mtime_ns,
            article.st_size if article else -1,
            article.st_mtime_ns if article else -1,
        )

    def get(self, path: Path) -> ParsedSheet | None:
        entry = self.entries.get(path.name)
        if entry is None or entry[0] != self.key(path, entry[1]):
            return None
        return entry[1]

    def put(self, path: Path, view: ParsedSheet) -> None:
        self.entries[path.name] = (self.key(path, view), view)
        self.changed = True

    def save(self, paths: list[Path]) -> None:
        names = {p.name for p in paths}
        if set(self.entries) - names:
            self.entries = {k: v for k, v in self.entries.items() if k in names}
            self.changed = True
        if self.changed:
            write_cache(self.path, self.stamp, self.entries)
