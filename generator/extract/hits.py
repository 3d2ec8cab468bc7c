"""Where each extraction rule fires: off unless a benchmark turns it on (benchmarks/rule_hits.py).

A rule earns its place by how often it fires across many articles, not in the one that
motivated it; `fired` records the rule's name and the text it fired on, at no cost when off.
"""

from __future__ import annotations

from collections import defaultdict

RECORDED: dict[str, list[str]] | None = None


def start() -> dict[str, list[str]]:
    """Record every firing from now on; returns the record (rule name -> texts)."""
    global RECORDED
    RECORDED = defaultdict(list)
    return RECORDED


def fired(rule: str, *parts: object) -> None:
    """Record that RULE fired on PARTS (joined with " | "); the text is made only when recording,
    so rules on the hot path pay nothing for it."""
    if RECORDED is not None:
        RECORDED[rule].append(" | ".join(str(p) for p in parts))
