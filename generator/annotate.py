"""`factsheet annotate`: every mention as a JSON line, for debugging and evaluation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterator

from generator.articles import article_files, read_article
from generator.config import Config
from generator.errors import InputError, Problem


def annotate(
    config: Config, paths: list[Path], published: date | None, problems: list[Problem]
) -> Iterator[str]:
    """JSON lines {doc, start, end, text, kind, type, value}; offsets are into the body."""
    from generator.extract.sheet import analyse
    from generator.pipeline.workers import parse

    articles = []
    for path in article_files(paths):
        try:
            article = read_article(path, config.root)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if published is not None:
            article = replace(article, published=published, published_from="option")
        articles.append(article)
    for article, doc in parse(config, articles):
        for m in analyse(article, doc).mentions:  # type: ignore[arg-type]
            yield json.dumps(
                {
                    "doc": article.id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "kind": m.kind,
                    "type": m.type,
                    "value": m.value,
                },
                ensure_ascii=False,
            )
