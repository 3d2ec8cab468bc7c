"""`mkdocs build` spread over processes, for sites with thousands of pages.

MkDocs builds one page after another in one process; on a large fact-sheet site that is most of
the build. A page's HTML depends only on its own Markdown, the configuration and the list of
files, so each process builds the pages of some top-level folders of docs/ with the other
folders excluded (still known to MkDocs, so links to them resolve and are checked) and writes
exactly the pages one build would. The shards' pages are then moved into one site, and the two
files that list every page, the search index and the sitemap, are merged in one build's order.

This is a plain `mkdocs build` per process: no plugin hook, nothing another engine would need.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.errors import BuildError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

# Plugins whose output covers the whole site and that the merge knows how to join. With any
# other plugin (a blog, tags, a sitemap of its own) the site is built in one process.
MERGEABLE_PLUGINS = frozenset({"search", "material/search"})

# Below this many pages the extra MkDocs start-ups cost more than they save.
SHARD_FROM_PAGES = 1000

# A page's fixed cost (theme, search, writing) in bytes of Markdown it is worth, to balance
# shards: about 2.5 KB on the 8,173 pages of the 2,452 silver articles (9 ms a page, 3.7 ms a KB).
PAGE_WEIGHT = 2500


# Names of pages a folder can be split by: their first character, in ASCII order.
SPLIT_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Shards within this share of the total of each other are balanced enough.
BALANCED = 0.02


@dataclass(frozen=True)
class Shard:
    folders: tuple[str, ...]
    """Top-level folders of docs/ whose pages this process builds."""
    root_pages: bool
    """Whether it also builds the pages at the top of docs/ (the first shard does)."""
    parts: tuple[tuple[str, str, str], ...] = ()
    """Parts of folders split to balance the shards: (folder, first, last), the pages whose
    name starts with a character from first to last."""

    def touched(self) -> tuple[str, ...]:
        return self.folders + tuple(folder for folder, _first, _last in self.parts)


@dataclass(frozen=True)
class SitePages:
    """The pages one `mkdocs build` would write, in its order."""

    urls: tuple[str, ...]
    src_uris: tuple[str, ...]
    sizes: tuple[int, ...]
    site_dir: Path
    site_url: str

    def folders(self) -> dict[str, int]:
        """Weight of each top-level folder holding pages."""
        weights: dict[str, int] = {}
        for uri, size in zip(self.src_uris, self.sizes):
            if "/" in uri:
                folder = uri.split("/", 1)[0]
                weights[folder] = weights.get(folder, 0) + size + PAGE_WEIGHT
        return weights

    def root_weight(self) -> int:
        return sum(size + PAGE_WEIGHT for uri, size in zip(self.src_uris, self.sizes) if "/" not in uri)


def load_mkdocs_config(config_file: Path, **overrides: object) -> "MkDocsConfig":
    from mkdocs.config import load_config

    return load_config(str(config_file), **overrides)


def site_pages(config_file: Path) -> tuple[SitePages, bool] | None:
    """The site's pages in build order, and whether its plugins allow a sharded build.

    None when MkDocs cannot read its configuration: the one-process build then reports why,
    once, as MkDocs does.
    """
    from mkdocs.exceptions import MkDocsException
    from mkdocs.structure.files import get_files

    logger = logging.getLogger("mkdocs")
    silent = logging.NullHandler()
    logger.addHandler(silent)
    try:
        mkdocs_config = load_mkdocs_config(config_file)
        files = get_files(mkdocs_config).documentation_pages()
    except MkDocsException:
        return None
    finally:
        logger.removeHandler(silent)
    plugins = set(mkdocs_config.plugins.keys())
    pages = SitePages(
        urls=tuple(f.url for f in files),
        src_uris=tuple(f.src_uri for f in files),
        sizes=tuple(Path(f.abs_src_path).stat().st_size if f.abs_src_path else 0 for f in files),
        site_dir=Path(mkdocs_config.site_dir),
        site_url=mkdocs_config.site_url or "",
    )
    return pages, plugins <= MERGEABLE_PLUGINS


def plan_shards(pages: SitePages, jobs: int) -> list[Shard]:
    """Top-level folders spread over at most `jobs` processes, heaviest first to the lightest;
    then, while one process has much more to do than another, part of one of its folders
    (pages by first letter) goes to the other.

    An empty plan means one plain build: one process asked for, too few pages or folders.
    """
    folders = pages.folders()
    count = min(jobs, len(folders))
    if count < 2 or len(pages.urls) < SHARD_FROM_PAGES:
        return []
    loads = [0] * count
    loads[0] = pages.root_weight()
    owned: list[list[str]] = [[] for _ in range(count)]
    for folder, weight in sorted(folders.items(), key=lambda item: (-item[1], item[0])):
        lightest = min(range(count), key=lambda k: (loads[k], k))
        owned[lightest].append(folder)
        loads[lightest] += weight
    parts: list[list[tuple[str, str, str]]] = [[] for _ in range(count)]
    for _ in range(count - 1):
        heavy = max(range(count), key=lambda k: (loads[k], -k))
        light = min(range(count), key=lambda k: (loads[k], k))
        gap = (loads[heavy] - loads[light]) // 2
        if gap <= BALANCED * sum(loads):
            break
        split = split_folder(pages, owned[heavy], gap)
        if split is None:
            break
        folder, first_moved, moved = split
        owned[heavy].remove(folder)
        parts[heavy].append((folder, SPLIT_CHARACTERS[0], previous_character(first_moved)))
        parts[light].append((folder, first_moved, SPLIT_CHARACTERS[-1]))
        loads[heavy] -= moved
        loads[light] += moved
    return [
        Shard(tuple(sorted(names)), k == 0, tuple(sorted(parts[k])))
        for k, names in enumerate(owned)
        if names or parts[k] or k == 0
    ]


def previous_character(character: str) -> str:
    return SPLIT_CHARACTERS[SPLIT_CHARACTERS.index(character) - 1]


def split_folder(pages: SitePages, folders: list[str], gap: int) -> tuple[str, str, int] | None:
    """The folder, the first letter from which its pages move, and the weight that moves:
    as close to GAP as letters allow (None if no move evens the loads), from the heaviest
    folder whose page names all begin with a letter or digit (so that character ranges in
    exclude_docs patterns tell the parts apart)."""
    by_letter: dict[str, dict[str, int]] = {}
    for uri, size in zip(pages.src_uris, pages.sizes):
        folder, _, name = uri.partition("/")
        if folder in folders and name:
            letters = by_letter.setdefault(folder, {})
            letters[name[0]] = letters.get(name[0], 0) + size + PAGE_WEIGHT
    splittable = [f for f in folders if set(by_letter.get(f, {})) <= set(SPLIT_CHARACTERS) and len(by_letter.get(f, {})) > 1]
    if not splittable:
        return None
    folder = max(splittable, key=lambda f: (sum(by_letter[f].values()), f))
    letters = sorted(by_letter[folder], key=SPLIT_CHARACTERS.index)
    best: tuple[int, str, int] | None = None
    moved = 0
    for letter in reversed(letters[1:]):  # the first letter always stays
        moved += by_letter[folder][letter]
        if moved < 2 * gap and (best is None or abs(moved - gap) < best[0]):  # only moves that even the loads
            best = (abs(moved - gap), letter, moved)
    return None if best is None else (folder, best[1], best[2])


GLOB_SPECIALS = re.compile(r"([\\\[\]*?!#])")


def literal(path: str) -> str:
    """A path as an exclude_docs pattern that matches only itself."""
    return GLOB_SPECIALS.sub(r"\\\1", path)


def exclusions(shard: Shard, pages: SitePages) -> list[str]:
    """gitignore-style patterns (anchored at docs/) for the pages other shards build."""
    patterns = []
    own_parts = {folder: (first, last) for folder, first, last in shard.parts}
    for folder in sorted(pages.folders()):
        if folder in shard.folders:
            continue
        if folder not in own_parts:
            patterns.append(f"/{literal(folder)}/")
            continue
        first, last = own_parts[folder]
        if first != SPLIT_CHARACTERS[0]:
            patterns.append(f"/{literal(folder)}/[{SPLIT_CHARACTERS[0]}-{previous_character(first)}]*")
        if last != SPLIT_CHARACTERS[-1]:
            patterns.append(f"/{literal(folder)}/[{SPLIT_CHARACTERS[SPLIT_CHARACTERS.index(last) + 1]}-{SPLIT_CHARACTERS[-1]}]*")
    if not shard.root_pages:
        patterns += [f"/{literal(uri)}" for uri in pages.src_uris if "/" not in uri]
    return patterns


def shard_site_dir(site_dir: Path, k: int) -> Path:
    return site_dir if k == 0 else site_dir.parent / f".{site_dir.name}.shard-{k}"


def run_sharded(config_file: Path, pages: SitePages, shards: list[Shard], strict: bool, env: dict[str, str]) -> None:
    """Build every shard at once, then join them into the configured site folder."""
    processes = []
    for k, shard in enumerate(shards):
        target = shard_site_dir(pages.site_dir, k)
        if k:
            shutil.rmtree(target, ignore_errors=True)
        command = [sys.executable, "-m", "generator.site_shards", str(config_file), str(target), "1" if strict else "0"]
        command += exclusions(shard, pages)
        processes.append(subprocess.Popen(command, cwd=config_file.parent, env=env))
    failed = [k for k, process in enumerate(processes) if process.wait() != 0]
    try:
        if failed:
            parts = ", ".join("+".join(shards[k].touched()) or "top pages" for k in failed)
            raise BuildError(f"mkdocs build failed (pages of {parts}); see the messages above")
        join_shards(pages, shards)
    finally:
        for k in range(1, len(shards)):
            shutil.rmtree(shard_site_dir(pages.site_dir, k), ignore_errors=True)


def join_shards(pages: SitePages, shards: list[Shard]) -> None:
    site = pages.site_dir
    parts = [shard_site_dir(site, k) for k in range(1, len(shards))]
    search_indexes = [site / "search" / "search_index.json"] + [p / "search" / "search_index.json" for p in parts]
    sitemaps = [site / "sitemap.xml"] + [p / "sitemap.xml" for p in parts]
    rank = {("" if url == "./" else url): i for i, url in enumerate(pages.urls)}  # the home page's url is "./"
    if all(path.is_file() for path in search_indexes):
        merged = merge_search_indexes([path.read_text(encoding="utf-8") for path in search_indexes], rank)
    else:
        merged = None
    if all(path.is_file() for path in sitemaps):
        sitemap = merge_sitemaps([path.read_text(encoding="utf-8") for path in sitemaps], rank, pages.site_url)
    else:
        sitemap = None
    for part, shard in zip(parts, shards[1:]):
        for folder in shard.touched():
            if (part / folder).exists():
                move_tree(part / folder, site / folder)
    if merged is not None:
        search_indexes[0].write_bytes(merged.encode("utf-8"))
    if sitemap is not None:
        write_sitemap(site / "sitemap.xml", sitemap)


def move_tree(source: Path, target: Path) -> None:
    """Move a folder into place; where the target exists (static files every shard copies), file by file."""
    if not target.exists():
        os.replace(source, target)
        return
    if source.is_dir() and target.is_dir():
        for child in sorted(source.iterdir()):
            move_tree(child, target / child.name)
        return
    os.replace(source, target)


def merge_search_indexes(texts: list[str], rank: dict[str, int]) -> str:
    """One index with every shard's entries, in the order one build lists its pages."""
    indexes = [json.loads(text) for text in texts]
    entries = [entry for index in indexes for entry in index["docs"]]
    entries.sort(key=lambda e: rank.get(e["location"].split("#", 1)[0], len(rank)))  # stable: a page's sections keep their order
    return json.dumps({"config": indexes[0]["config"], "docs": entries}, separators=(",", ":"), default=str)


URL_ENTRY = re.compile(r"[ \t]*<url>.*?</url>\n?", re.DOTALL)
LOC = re.compile(r"<loc>(.*?)</loc>", re.DOTALL)


def merge_sitemaps(texts: list[str], rank: dict[str, int], site_url: str) -> str:
    base = urlsplit(site_url).path if site_url else "/"
    base = base if base.endswith("/") else base + "/"

    def page_rank(entry: str) -> int:
        found = LOC.search(entry)
        path = urlsplit(found.group(1).strip()).path if found else ""
        return rank.get(path.removeprefix(base), len(rank))

    first = texts[0]
    matches = list(URL_ENTRY.finditer(first))
    head = first[: matches[0].start()] if matches else first[: first.rfind("</urlset>")]
    tail = first[matches[-1].end() :] if matches else first[first.rfind("</urlset>") :]
    entries = [m.group(0) for text in texts for m in URL_ENTRY.finditer(text)]
    return head + "".join(sorted(entries, key=page_rank)) + tail


def write_sitemap(path: Path, text: str) -> None:
    """The sitemap and its gzip copy, stamped with the time the first shard gave it."""
    gz_path = Path(f"{path}.gz")
    stamp = int.from_bytes(gz_path.read_bytes()[4:8], "little") if gz_path.is_file() else 0
    path.write_bytes(text.encode("utf-8"))
    with open(gz_path, "wb") as raw, gzip.GzipFile(fileobj=raw, filename=str(gz_path), mode="wb", mtime=stamp) as gz:
        gz.write(text.encode("utf-8"))


def build_one_shard(config_file: str, site_dir: str, strict: bool, patterns: list[str]) -> int:
    """One shard's `mkdocs build`: the configured exclusions plus the other shards' pages."""
    from mkdocs.commands.build import build
    from mkdocs.config.config_options import PathSpec
    from mkdocs.exceptions import MkDocsException

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)  # links to the other shards' pages are INFO: dropped before a log record is made
    try:
        mkdocs_config = load_mkdocs_config(Path(config_file), site_dir=site_dir, strict=strict)
        extra = PathSpec().run_validation("\n".join(patterns))  # parsed as MkDocs parses exclude_docs
        configured = mkdocs_config.exclude_docs
        mkdocs_config.exclude_docs = extra if configured is None else configured + extra
        build(mkdocs_config)
    except MkDocsException as exc:
        print(f"ERROR   -  {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(build_one_shard(sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4:]))
