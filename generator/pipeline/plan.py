"""Which articles to extract: read them (duplicate ids refused), and compare each body's hash with
the one its sheet was made from (the sheet's stamp)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from generator.articles import article_files, read_article
from generator.cache import Stamp, StampCache
from generator.config import Config
from generator.errors import InputError, Problem
from generator.paths import display_path, resolved, resolved_folder
from generator.records import Article, ExtractReport
from generator.sheets.store import (
    sheet_paths,
)
from generator.sheets.yamlio import YAMLSyntaxError, load_yaml


def read_articles(config: Config, paths: list[Path] | None, report: ExtractReport) -> list[Article]:
    """Every readable article; unreadable ones and duplicate ids become problems.

    When two files claim one id, the file the existing sheet was made from keeps it (a newcomer
    never takes over an article's sheet); without a sheet, the first file in name order does.
    """
    try:
        files = article_files(paths or [config.articles])
    except InputError as exc:
        report.problems.extend(exc.problems)
        return []
    claims: dict[str, list[Article]] = {}
    for path in files:
        try:
            article = read_article(path, config.root)
        except InputError as exc:
            report.problems.extend(exc.problems)
            continue
        claims.setdefault(article.id.lower(), []).append(article)
    articles = []
    for claimants in claims.values():
        owner = claimants[0]
        if len(claimants) > 1:
            owner = next((a for a in claimants if is_sheet_source(config, a)), owner)
            for other in claimants:
                if other is not owner:
                    first = display_path(owner.path, config.root)
                    problem = f"id {other.id!r} is already used by {first}: give this article another `id:`"
                    report.problems.append(
                        Problem(display_path(other.path, config.root), None, "id", problem)
                    )
        articles.append(owner)
    order = {path: i for i, path in enumerate(files)}
    return sorted(articles, key=lambda a: order[a.path])


def is_sheet_source(config: Config, article: Article) -> bool:
    """The article's sheet exists and was made from this very file."""
    sheet, _base = sheet_paths(config, article.id)
    stamp = stored_stamp(sheet) if sheet.is_file() else None
    return (
        stamp is not None
        and stamp.article.get("path") == relative_article(article, config).path.as_posix()
    )


ARTICLE_BLOCK_END = re.compile(r"^(?!article:)[A-Za-z_]+:", re.MULTILINE)


def stored_stamp(sheet: Path) -> Stamp | None:
    """The stamp of a sheet (body hash, extractor, article fields, open conflicts); None when it is
    not valid YAML.

    Only the `article:` block (and `conflicts:`, when there is one) is parsed when it comes first
    (as written), so checking thousands of unchanged sheets stays cheap.
    """
    text = sheet.read_text(encoding="utf-8", errors="replace")
    head = text
    if re.match(r"(?:#.*\n)*article:", text) and not CONFLICTS_BLOCK.search(text):
        end = ARTICLE_BLOCK_END.search(text, text.index("article:") + 8)
        head = text[: end.start()] if end else text
    try:
        data = load_yaml(head)
    except (YAMLSyntaxError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        return Stamp(None, None)
    article = data["article"]
    conflicts = data.get("conflicts")
    conflicts = tuple(str(c) for c in conflicts) if isinstance(conflicts, list) else ()
    return Stamp(article.get("sha256"), article.get("extractor"), article, conflicts)


CONFLICTS_BLOCK = re.compile(r"^conflicts:", re.MULTILINE)


def plan(
    config: Config, articles: list[Article], force: bool, upgrade: bool, report: ExtractReport
) -> tuple[list[Article], list[Article]]:
    """(to extract, front matter only changed): sheet missing, body changed, --upgrade, forced."""
    from generator import EXTRACTOR_VERSION
    from generator.articles import article_meta

    stamps = StampCache(config.root)
    todo, refresh = [], []
    for article in articles:
        sheet, _base = sheet_paths(config, article.id)
        if not sheet.exists():
            todo.append(article)
            continue
        stamp = stamps.stamp(sheet, stored_stamp)
        if stamp is None:
            shown = display_path(sheet, config.root)
            report.problems.append(
                Problem(
                    shown,
                    None,
                    "",
                    "not valid YAML, so it was not re-extracted: fix it, or delete it to extract again",
                )
            )
            continue
        stale = stamp.sha256 != article.sha256 or (upgrade and stamp.extractor != EXTRACTOR_VERSION)
        if not stale and not force:
            fresh_meta = article_meta(relative_article(article, config))
            fresh_meta.pop("extractor", None)  # a new extractor version is what --upgrade is for
            machine_keys = {k: v for k, v in stamp.article.items() if k in fresh_meta}
            if machine_keys != fresh_meta:
                refresh.append(article)
            else:
                report.unchanged.append(article.id)
                report.conflicts += [
                    f"{display_path(sheet, config.root)}: {c}" for c in stamp.conflicts
                ]
            continue
        todo.append(article)
    stamps.save(set(os.listdir(config.facts)) if config.facts.is_dir() else set())
    return todo, refresh


def relative_article(article: Article, config: Config) -> Article:
    """Sheets record the article path relative to the project root, for identical output anywhere."""
    from dataclasses import replace

    try:
        rel = resolved(article.path).relative_to(resolved_folder(os.path.abspath(config.root)))
    except ValueError:
        rel = article.path
    return replace(article, path=Path(rel.as_posix()))


def in_shard(article_id: str, k: int, n: int) -> bool:
    """Shard K of N (1-based) by a stable hash of the id: any scheduler can run the N parts."""
    import hashlib

    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % n == k - 1
