"""Paths as people read them: relative to the project root in every message."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def display_path(path: Path, root: Path | None = None) -> str:
    """Paths in messages are relative to the project root when they can be."""
    try:
        return str(resolved(path).relative_to(resolved_folder(os.path.abspath(root or Path.cwd()))))
    except ValueError:
        return str(path)


def resolved(path: Path) -> Path:
    """`path.resolve()`, with its folder's resolution remembered: thousands of articles share a few
    folders, and resolving walks every component of the path."""
    if path.is_symlink():
        return path.resolve()
    return resolved_folder(os.path.dirname(os.path.abspath(path))) / path.name


@lru_cache(maxsize=1024)
def resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()
