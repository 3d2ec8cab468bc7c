"""`factsheet extract`: articles whose sheet is missing or stale go through one spaCy pass, and
each new sheet is written, merged with a person's edits, together with its base."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from generator.config import Config
from generator.errors import FactsheetError, InputError, Problem
from generator.paths import display_path
from generator.pipeline.plan import in_shard, plan, read_articles, relative_article
from generator.pipeline.workers import analysed, job_count
from generator.records import Article, ExtractReport, Failed
from generator.sheets.io import dump_sheet, load_sheet
from generator.sheets.store import (
    finish_interrupted_writes,
    is_edited,
    sheet_paths,
    write_sheet_and_base,
)
from generator.sheets.yamlio import YAMLSyntaxError, load_yaml


def extract(
    config: Config,
    paths: list[Path] | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    upgrade: bool = False,
    jobs: int | None = None,
    shard: tuple[int, int] | None = None,
    dask: str | None = None,
) -> ExtractReport:
    """Extract sheets for articles that need it; a person's edits are merged in, never lost.
    With DASK (a scheduler address) the spaCy passes run on that cluster's workers."""
    finish_interrupted_writes(config)
    report = ExtractReport()
    articles = read_articles(config, paths, report)
    if shard is not None:
        articles = [a for a in articles if in_shard(a.id, *shard)]
    todo, refresh = plan(config, articles, force, upgrade, report)
    for article in refresh:
        with reported_failure(config, article, report):
            refresh_front_matter(config, article, report)
    if not todo:
        return report  # nothing to parse: spaCy is not even imported
    if dask is not None:
        from generator.pipeline.cluster import dask_analysed

        results = dask_analysed(config, todo, dask)
    else:
        results = analysed(config, todo, job_count(jobs, len(todo)))
    for done, (article, result) in enumerate(results, start=1):
        if isinstance(result, Failed):
            report.problems.append(
                Problem(display_path(article.path, config.root), None, "", result.message)
            )
        else:
            with reported_failure(config, article, report):
                write_sheet(config, article, *result, report)
                report.extracted.append(article.id)
        if progress:
            progress(done, len(todo))
    return report


@contextmanager
def reported_failure(config: Config, article: Article, report: ExtractReport) -> Iterator[None]:
    """One bad article never sinks the batch: its failure becomes a located problem."""
    try:
        yield
    except FactsheetError as exc:
        problems = (
            exc.problems
            if isinstance(exc, InputError)
            else [Problem(display_path(article.path, config.root), None, "", str(exc))]
        )
        report.problems.extend(problems)
    except Exception as exc:  # noqa: BLE001 - an unexpected failure still names its article
        report.problems.append(
            Problem(
                display_path(article.path, config.root),
                None,
                "",
                f"extraction failed: {type(exc).__name__}: {exc}",
            )
        )


def refresh_front_matter(config: Config, article: Article, report: ExtractReport) -> None:
    """Only the front matter changed: new article fields and re-resolved dates, without spaCy."""
    from generator.extract.sheet import reresolve_dates

    sheet_file, base_file = sheet_paths(config, article.id)
    source = base_file if base_file.exists() else sheet_file
    try:
        machine = load_yaml(source.read_text(encoding="utf-8"))
    except YAMLSyntaxError as exc:
        raise InputError(
            [Problem(display_path(source, config.root), exc.line, "", str(exc))]
        ) from None
    sheet = reresolve_dates(machine, relative_article(article, config))
    write_sheet(config, article, sheet, dump_sheet(sheet), report)
    report.refreshed.append(article.id)


def write_sheet(
    config: Config, article: Article, sheet: dict, text: str, report: ExtractReport
) -> None:  # type: ignore[type-arg]
    """Write the new machine output (SHEET, dumped as TEXT): as is over an unedited sheet, merged
    into an edited one. The sheet and its base change together (see sheet_store)."""
    from generator.sheets.merge import merge_sheet

    sheet_file, base_file = sheet_paths(config, article.id)
    if not is_edited(sheet_file, base_file):
        write_sheet_and_base(config, article.id, text, text)
        return
    shown = display_path(sheet_file, config.root)
    load_sheet(
        sheet_file, shown, base_file
    )  # a person's sheet is merged into only when it is valid
    base = load_yaml(base_file.read_text(encoding="utf-8")) if base_file.exists() else None
    current = sheet_file.read_text(encoding="utf-8")
    merged = merge_sheet(current, base, sheet, shown, article.body)
    report.conflicts += [f"{shown}: {c}" for c in merged.open_conflicts]
    report.merged.append(article.id)
    write_sheet_and_base(config, article.id, merged.text if merged.text != current else None, text)


def tty_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\rextract [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
