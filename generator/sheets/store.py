"""A sheet and its base on disk, changed together or not at all.

`content/base/<id>.yml` is the last machine output of a sheet; the merge tells a person's edits
from machine output by comparing the two. A run killed between writing one and the other would
make new machine items look deleted by a person (and reject them for good). So both texts are
first written to a journal entry, then to their files, and the entry is removed last: a run
that finds an entry left behind finishes those writes before it reads any sheet.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.articles import ID_PATTERN
from generator.config import Config
from generator.sheets.yamlio import write_atomic

JOURNAL = ".journal"


def sheet_paths(config: Config, article_id: str) -> tuple[Path, Path]:
    """(the sheet people edit, its base: the last machine output)."""
    return config.facts / f"{article_id}.yml", config.base / f"{article_id}.yml"


def is_edited(sheet: Path, base: Path) -> bool:
    """A sheet differs from the last machine output: a person changed it (even a comment)."""
    if not sheet.exists():
        return False
    if not base.exists():
        return True
    return sheet.read_bytes() != base.read_bytes()


def write_sheet_and_base(
    config: Config, article_id: str, sheet_text: str | None, base_text: str
) -> None:
    """Write the base (and the sheet, unless SHEET_TEXT is None) as one change."""
    entry = config.base / JOURNAL / f"{article_id}.json"
    write_atomic(entry, json.dumps({"id": article_id, "sheet": sheet_text, "base": base_text}))
    apply_entry(config, article_id, sheet_text, base_text)
    entry.unlink()


def apply_entry(config: Config, article_id: str, sheet_text: str | None, base_text: str) -> None:
    sheet_file, base_file = sheet_paths(config, article_id)
    if sheet_text is not None:
        write_atomic(sheet_file, sheet_text)
    write_atomic(base_file, base_text)


def finish_interrupted_writes(config: Config) -> list[str]:
    """Complete the writes a killed run left in the journal; the ids of the sheets completed."""
    folder = config.base / JOURNAL
    if not folder.is_dir():
        return []
    finished = []
    for entry in sorted(folder.glob("*.json")):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            article_id, sheet_text, base_text = data["id"], data["sheet"], data["base"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours: an entry is renamed into place whole, never half-written
        if not isinstance(article_id, str) or not ID_PATTERN.match(article_id):
            continue
        apply_entry(config, article_id, sheet_text, base_text)
        entry.unlink()
        finished.append(article_id)
    return finished
