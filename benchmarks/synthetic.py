"""The site at scale: a synthetic collection of COPIES x the 2,452 silver articles (20,000 and
more at the default 8), each copy's dates shifted by whole years and its names kept, built once
with `factsheet build --strict --mkdocs-jobs N` (render + MkDocs spread over N processes) and, with
--one-process, with a plain single-process `mkdocs build` of the same pages for comparison.

The articles are extracted once; each copy's sheet is the original's with its article fields
(id, published) and date values moved on by the copy's years, so the collection needs no second
extraction pass. Prints the build time, the number of pages, the site's size, the search index's
size and the largest page.

Usage: python benchmarks/synthetic.py [--copies N] [--keep DIR] [--one-process] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, require_shared, scratch_config

YEAR = re.compile(r"\b(19|20)(\d\d)\b")
FRONT_FIELD = re.compile(r'^(id|published): "?([^"\n]*)"?$', re.MULTILINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it (reused if it exists)")
    parser.add_argument("--one-process", action="store_true", help="also time a plain mkdocs build")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, help="only the first N silver articles (a trial run)")
    options = parser.parse_args()
    silver = require_shared("corpus", "silver")
    root = options.keep or Path(tempfile.mkdtemp(prefix="synthetic-"))
    config = scratch_config(root)
    from generator.pipeline import extract

    articles = root / "content" / "articles"
    if not articles.exists():
        subprocess.run(
            [sys.executable, "-m", "generator.cli", "init", str(root)], cwd=REPO, check=True
        )
        articles.mkdir(parents=True, exist_ok=True)
        for path in sorted(silver.glob("*.md"))[: options.limit]:
            shutil.copy(path, articles)
        started = time.perf_counter()
        print(extract(config, jobs=options.jobs).summary())
        print(
            f"extract {len(list(articles.glob('*.md')))} articles: {time.perf_counter() - started:.0f} s"
        )
        originals = sorted(articles.glob("*.md"))
        for copy in range(1, options.copies):
            for path in originals:
                clone(root, path, copy)
    count = len(list(articles.glob("*.md")))
    print(f"collection: {count} articles ({options.copies} copies of {count // options.copies})")
    build = [sys.executable, "-m", "generator.cli", "--root", str(root), "build", "--strict"]
    report(
        root,
        f"factsheet build --strict --mkdocs-jobs {options.jobs}",
        [*build, "--jobs", str(options.jobs), "--mkdocs-jobs", str(options.jobs)],
    )
    if options.one_process:
        shutil.rmtree(root / "site", ignore_errors=True)
        report(
            root,
            "mkdocs build --strict, one process",
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "-q",
                "-f",
                str(root / "mkdocs.yml"),
            ],
        )
    if not options.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def clone(root: Path, article: Path, copy: int) -> None:
    """The article and its sheet as copy COPY: its own id, its dates COPY x 10 years on."""
    years = copy * 10
    text = article.read_text(encoding="utf-8")
    old_id = article.stem
    new_id = f"{old_id}-c{copy}"

    def front(match: re.Match[str]) -> str:
        field, value = match.group(1), match.group(2)
        if field == "id":
            return f'id: "{new_id}"'
        return f'published: "{shift(value, years)}"'

    (article.parent / f"{new_id}.md").write_text(
        FRONT_FIELD.sub(front, text, count=2), encoding="utf-8"
    )
    sheet = root / "content" / "facts" / f"{old_id}.yml"
    if sheet.exists():
        lines = []
        for line in sheet.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.startswith(("  id: ", "  path: ")) and old_id in line:
                line = line.replace(old_id, new_id)
            elif line.lstrip().startswith(("value:", "published:")):
                line = shift(line, years)
            lines.append(line)
        (sheet.parent / f"{new_id}.yml").write_text("".join(lines), encoding="utf-8")


def shift(text: str, years: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(0)) + years), text)


def report(root: Path, name: str, command: list[str]) -> None:
    started = time.perf_counter()
    run = subprocess.run(command, cwd=root, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if run.returncode != 0:
        print(f"{name}: failed ({run.returncode}) after {seconds:.0f} s: {run.stderr[-400:]}")
        return
    site = root / "site"
    pages = [p for p in site.rglob("*.html")]
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    index = site / "search" / "search_index.json"
    largest = max(pages, key=lambda p: p.stat().st_size)
    print(
        f"{name}: {seconds:.0f} s, {len(pages):,} pages ({len(pages) / seconds:.0f} pages/s), "
        f"site {size / 1e6:.0f} MB, search index {index.stat().st_size / 1e6:.1f} MB, "
        f"largest page {largest.relative_to(site)} {largest.stat().st_size / 1e3:.0f} KB"
    )


if __name__ == "__main__":
    raise SystemExit(main())
