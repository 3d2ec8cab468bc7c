"""Speed-up files in `.factsheet-cache/`: a pickled (key, payload) pair per file.

Never committed, and no output depends on them: a missing, unreadable or outdated file is a
cold start, and a read-only checkout just works without them.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any


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
    from generator.sheets.yamlio import write_atomic_bytes

    try:
        write_atomic_bytes(path, pickle.dumps((key, payload), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
