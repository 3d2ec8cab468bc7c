"""`factsheet check`: validate every sheet and say what to fix, for CI."""

from __future__ import annotations

from generator.config import Config
from generator.errors import Problem
from generator.render import load_sheets


def check(config: Config) -> tuple[int, list[Problem], list[str]]:
    """(sheets checked, problems, advice) over the facts folder."""
    problems: list[Problem] = []
    sheets = load_sheets(config, problems)
    advice = []
    for sheet in sheets:
        relative = [d for d in sheet.data.get("dates") or [] if str(d.get("value", "")).startswith("XXXX")]
        if relative and not sheet.meta.get("published"):
            advice.append(
                f"{sheet.meta.get('path', sheet.id)}: {len(relative)} relative date(s) unresolved: "
                "add `published:` to the article's front matter"
            )
    checked = len(sheets) + len({p.path for p in problems})
    return checked, problems, advice
