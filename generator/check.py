"""`factsheet check`: validate sheets and entities.yml, and (for CI) detect drift."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.config import Config
from generator.errors import Problem


def check(config: Config) -> tuple[int, list[Problem], list[str]]:
    """(sheets checked, problems, advice) over the facts folder and entities.yml."""
    from generator.render import site_index

    problems: list[Problem] = []
    index, corrections, _registry = site_index(config, problems)
    problems.extend(corrections.unused())
    advice = []
    for sheet in index.sheets:
        relative = [d for d in sheet.data.get("dates") or [] if str(d.get("value", "")).startswith("XXXX")]
        if relative and not sheet.meta.get("published"):
            advice.append(
                f"{sheet.meta.get('path', sheet.id)}: {len(relative)} relative date(s) unresolved: "
                "add `published:` to the article's front matter"
            )
    checked = len(index.sheets) + len({p.path for p in problems if p.path.endswith(".yml") and "facts" in p.path})
    return checked, problems, advice


def regenerate_drift(config: Config) -> list[str]:
    """Committed files that re-running extraction (--force) would change: a CI drift check."""
    from generator.pipeline import extract

    content = config.root / "content"
    changed = []
    with tempfile.TemporaryDirectory() as tmp:
        copy_root = Path(tmp)
        shutil.copytree(content, copy_root / "content")
        for name in ("pyproject.toml",):
            if (config.root / name).is_file():
                shutil.copy(config.root / name, copy_root / name)
        from dataclasses import replace

        extract(replace(config, root=copy_root), force=True)
        for folder in (config.facts, config.base):
            rel = folder.relative_to(config.root)
            before = {p.relative_to(folder): p.read_bytes() for p in folder.glob("*.yml")} if folder.exists() else {}
            after_dir = copy_root / rel
            after = {p.relative_to(after_dir): p.read_bytes() for p in after_dir.glob("*.yml")} if after_dir.exists() else {}
            for name in sorted(set(before) | set(after)):
                if before.get(name) != after.get(name):
                    changed.append(str(rel / name))
    return changed
