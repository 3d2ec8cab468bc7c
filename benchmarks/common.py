"""Helpers the benchmarks share: where ../shared is, and a scratch project to extract into."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or exit plainly saying the benchmark cannot run here."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(
            f"benchmark skipped: {path} not found (the evaluation data lives in ../shared, outside this repository)"
        )
        raise SystemExit(0)
    return path


def scratch_config(root: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO))
    from generator.config import Config

    return Config(root=root)
