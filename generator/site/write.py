"""Making and writing pages, in several processes on a large site (most of a re-render's time)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path

from generator.processes import plain_signals
from generator.sheets.yamlio import write_if_changed

# Below this many pages, starting processes costs more than it saves.
PARALLEL_FROM = 1000

PageTask = Callable[[], dict[str, str]]

# What forked workers inherit: tasks hold the whole site index, which is never pickled.
_shared: tuple[Path, list[PageTask]] | None = None


def write_pages(docs: Path, tasks: list[PageTask], jobs: int) -> tuple[list[str], int]:
    """Make every task's pages and write those whose text changed: (every page written or kept, how many written)."""
    global _shared
    if (
        jobs > 1
        and len(tasks) >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
    ):
        _shared = (docs, tasks)
        try:
            context = multiprocessing.get_context("fork")
            with context.Pool(jobs, initializer=plain_signals) as pool:
                parts = pool.map(write_share, [(k, jobs) for k in range(jobs)])
                pool.close()  # the workers leave on their own; terminating them is for errors
                pool.join()
        finally:
            _shared = None
    else:
        parts = [write_tasks(docs, tasks)]
    return [rel for rels, _ in parts for rel in rels], sum(written for _, written in parts)


def write_share(share: tuple[int, int]) -> tuple[list[str], int]:
    """Every N-th task from the K-th: heavy pages (indexes, big entities) spread over the workers."""
    assert _shared is not None
    docs, tasks = _shared
    k, n = share
    return write_tasks(docs, tasks[k::n])


def write_tasks(docs: Path, tasks: list[PageTask]) -> tuple[list[str], int]:
    rels, written = [], 0
    for task in tasks:
        for rel, text in task().items():
            rels.append(rel)
            written += write_if_changed(docs / rel, text)
    return rels, written
