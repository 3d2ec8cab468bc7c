"""`factsheet check`: validate sheets and entities.yml, and (for CI) detect drift."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.config import Config
from generator.errors import ConfigError, Problem
from generator.paths import display_path


def check(config: Config) -> tuple[int, list[Problem], list[str]]:
    """(sheets checked, problems, advice) over the facts folder and entities.yml."""
    from generator.site.render import site_index

    problems: list[Problem] = []
    index, corrections, _registry = site_index(config, problems)
    problems.extend(corrections.unused())
    advice = []
    for sheet in index.sheets:
        for conflict in sheet.data.get("conflicts") or []:
            advice.append(
                f"{display_path(config.facts / (sheet.id + '.yml'), config.root)}: conflict: {conflict}"
            )
        relative = [
            d for d in sheet.data.get("dates") or [] if str(d.get("value", "")).startswith("XXXX")
        ]
        if relative and not sheet.meta.get("published"):
            advice.append(
                f"{sheet.meta.get('path', sheet.id)}: {len(relative)} relative date(s) unresolved: "
                "add `published:` to the article's front matter"
            )
    checked = len(index.sheets) + len(
        {p.path for p in problems if p.path.endswith(".yml") and "facts" in p.path}
    )
    return checked, problems, advice


def regenerate_drift(config: Config) -> list[str]:
    """Committed files that re-running extraction (--force) would change: a CI drift check.

    The configured folders (articles, sheets, bases) are copied to a temporary project, where
    extraction runs; the project itself is never written.
    """
    from dataclasses import replace

    from generator.pipeline import extract

    folders = ("articles_dir", "facts_dir", "base_dir")
    outside = [name for name in folders if Path(getattr(config, name)).is_absolute()]
    if outside:
        raise ConfigError(
            f"check --regenerate: {outside[0]} must be a folder inside the project, got {getattr(config, outside[0])}"
        )
    changed = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = replace(config, root=Path(tmp))
        for name in folders:
            if config.path(name).is_dir():
                shutil.copytree(config.path(name), copy.path(name))
        extract(copy, force=True)
        for name in ("facts_dir", "base_dir"):
            before, after = yaml_files(config.path(name)), yaml_files(copy.path(name))
            for file in sorted(set(before) | set(after)):
                if before.get(file) != after.get(file):
                    changed.append(str(Path(getattr(config, name)) / file))
    return changed


def yaml_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.yml")} if folder.is_dir() else {}
