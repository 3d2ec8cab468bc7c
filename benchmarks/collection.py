"""The site on a real collection: pages per kind, how many pages one real entity is split
across, and how many pages name no entity, on AFP/Xinhua articles from ../shared/corpus/silver.

Split check: the 30 names most often named across the collection (actors and places, by
articles), and for each the entity pages that carry that name as their name or an alias; a
country is one page as actor and place, and a capital that stands for its country ("Washington said")
is the city's page as well as the country's alias; a person's surname that is a place's name
(Craig Washington) is another entity, not a split (a surname another person's page bears is).
The goal is one page each.

Non-entity check, by rule: a page named by one capitalised word that the articles also use in
lower case more often than capitalised mid-sentence ("Turnout", "Defense") is a common word,
not a name.

Events across articles: how many of the timeline's events more than one article tells, how
many tellings they gather, and on how many the tellings give different numbers for the same
thing; --sample N prints N of them at random, with each telling's sentence, to read.

Usage: python benchmarks/collection.py [--every K] [--keep DIR] [--build] [--sample N]
  --every K   take every K-th silver article (default 16: 154 articles; 1 for all 2,452)
  --keep DIR  extract into DIR and keep it (an existing DIR is reused as it is)
  --build     also time `factsheet build --strict` on the collection
  --sample N  print N events told by more than one article
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from common import REPO, require_shared, scratch_config

SPOT_CHECK = 30


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=16)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--sample", type=int, default=0, help="print N events told twice, to read")
    options = parser.parse_args()
    silver = require_shared("corpus", "silver")
    root = options.keep or Path(tempfile.mkdtemp(prefix="collection-"))
    config = scratch_config(root)
    from generator.errors import Problem
    from generator.pipeline import extract
    from generator.site.collection import site_index

    if not (root / "content" / "articles").exists():
        articles = root / "content" / "articles"
        articles.mkdir(parents=True)
        for path in sorted(silver.glob("*.md"))[3 :: options.every]:
            shutil.copy(path, articles)
        print(extract(config).summary())
    problems: list[Problem] = []
    index, _corrections, _registry = site_index(config, problems)
    report_pages(index)
    report_splits(index)
    report_common_words(index)
    report_events(index, options.sample)
    if options.build:
        report_build(root)
    if not options.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def report_events(index, sample: int) -> None:  # type: ignore[no-untyped-def]
    import random

    groups = index.timeline + index.undated
    told = [g for g in groups if len(g.tellings) > 1]
    differ = [g for g in told if any(label == "numbers" for label, _ in g.differences())]
    print(
        f"timeline events {len(groups)}: told by more than one article {len(told)}"
        f" ({sum(len(g.tellings) for g in told)} tellings), their numbers differ on {len(differ)}"
    )
    for group in random.Random(7).sample(told, min(sample, len(told))):
        print(f"  {group.value or 'undated'} {group.head.event.get('did')!r}:")
        for telling in group.tellings:
            evidence = " ".join(str(telling.event.get("evidence") or "").split())
            print(f"    {telling.sheet.id}: {evidence[:150]}")


def report_pages(index) -> None:  # type: ignore[no-untyped-def]
    kinds = Counter(page.type for page in index.actors.values() if page.has_page)
    places = sum(1 for page in index.places.values() if page.has_page and not page.shown_on)
    countries = sum(1 for page in index.actors.values() if page.as_place is not None)
    versions = len(index.latest_of)
    print(
        f"articles {len(index.sheets)} ({versions} earlier wire versions)"
        f" | actor pages {sum(kinds.values())} ("
        + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        + f") | place pages {places}"
        + f" | countries whose one page shows them as actor and place {countries}"
    )


def report_splits(index) -> None:  # type: ignore[no-untyped-def]
    from generator.names import fold

    named_in: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    pages_with: dict[str, set[str]] = defaultdict(set)
    place_names = {fold(p.name) for p in index.places.values() if p.has_page}
    for section in (index.actors, index.places):
        for page in section.values():
            if not page.has_page:
                continue
            target = page.shown_on or page  # a country's place is on its actor page
            entity = f"{target.kind}:{target.slug}"
            for name in page.names():
                if page.type == "country" and fold(name) in place_names - {fold(page.name)}:
                    continue  # 'Washington' for the United States: the capital acting, a city too
                if fold(name) in place_names and is_surname_of(page, name):
                    continue  # 'Washington' for Craig Washington: his surname, not the city
                pages_with[fold(name)].add(entity)
            for appearance in page.appearances:
                key = fold(appearance.item["name"])
                named_in[key].add(appearance.sheet.id)
                shown.setdefault(key, appearance.item["name"])
    frequent = sorted(named_in, key=lambda k: (-len(named_in[k]), k))[:SPOT_CHECK]
    split = 0
    rows = []
    for key in frequent:
        entities = pages_with.get(key, set())
        split += len(entities) > 1
        rows.append(f"{shown[key]} {len(named_in[key])}/{len(entities)}")
    print(f"spot check, {SPOT_CHECK} most named (articles/pages): " + " · ".join(rows))
    print(f"names split over two or more pages: {split} of {len(frequent)}")


def is_surname_of(page, alias: str) -> bool:  # type: ignore[no-untyped-def]
    """A one-word alias that is a word of a person's full name: the surname the text calls them by."""
    return page.type == "person" and alias != page.name and alias in page.name.split()


def report_common_words(index) -> None:  # type: ignore[no-untyped-def]
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for sheet in index.sheets:
        for sentence in re.split(r"(?<=[.!?])\s+", sheet.body or ""):
            words = re.findall(r"[A-Za-z]+", sentence)
            for word in words[1:]:
                (capital if word[0].isupper() else lower)[word.lower()] += 1
    suspects = []
    pages = 0
    for section in (index.actors, index.places):
        for page in section.values():
            if not page.has_page or page.shown_on is not None:
                continue
            pages += 1
            word = page.name.lower()
            if " " not in word and word.isalpha() and lower[word] > capital[word]:
                suspects.append(f"{page.name} ({page.type})")
    print(f"pages named by a common word: {len(suspects)} of {pages}: " + ", ".join(suspects))


def report_build(root: Path) -> None:
    import subprocess

    if not (root / "mkdocs.yml").exists() and not (root / "factsheet.toml").exists():
        subprocess.run(
            [sys.executable, "-m", "generator.cli", "init", str(root)],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "generator.cli", "--root", str(root), "build", "--strict"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    status = "ok" if run.returncode == 0 else f"failed ({run.returncode}): {run.stderr[-300:]}"
    print(f"build --strict: {status} in {seconds:.1f} s")


if __name__ == "__main__":
    raise SystemExit(main())
