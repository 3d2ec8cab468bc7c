"""The `article:` stamps of sheets, kept between runs so `extract` with nothing changed parses no YAML.

The article bodies are still hashed on every run: this only spares parsing each sheet to read the
hash it was made from. An entry is used while its sheet has the same size and mtime, as the render
cache does. A local speed-up (`.factsheet-cache/`, not committed): output never depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from generator.local_cache import cache_file, read_cache, write_cache


@dataclass(frozen=True)
class Stamp:
    """What `extract` needs to know of a sheet without reading it all."""

    sha256: str | None
    """The hash of the article body the sheet was made from."""
    extractor: str | None
    article: dict[str, Any] = field(default_factory=dict)
    """The sheet's `article:` block."""
    conflicts: tuple[str, ...] = ()
    """Conflicts the sheet records, not yet resolved by a person."""


class StampCache:
    VERSION = 2

    def __init__(self, root: Path) -> None:
        self.path = cache_file(root, "stamps.pickle")
        self.entries: dict[str, tuple[tuple[int, int], Stamp | None]] = read_cache(self.path, self.VERSION) or {}
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
