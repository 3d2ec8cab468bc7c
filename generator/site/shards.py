"""`mkdocs build` spread over processes, for sites with thousands of pages.

MkDocs builds one page after another in one process; on a large fact-sheet site that is most of
the build. A page's HTML depends only on its own Markdown, the configuration and the list of
files, so each process builds a share of the pages of docs/ (a part of each folder, cut at a page
name) with the rest excluded (still known to MkDocs, so links to them resolve and are checked) and
writes exactly the pages one build would. The shards' pages are then moved into one site, and the two
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
from generator.processes import die_with_parent

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

# Plugins whose output covers the whole site and that the merge knows how to join. With any
# other plugin (a blog, tags, a sitemap of its own) the site is built in one process.
MERGEABLE_PLUGINS = frozenset({"search", "material/search"})

# Below this many pages the extra MkDocs start-ups cost more than they save.
SHARD_FROM_PAGES = 1000

# A page's fixed cost (theme, search, writing) in bytes of Markdown it is worth, to cut a folder
# into parts of equal work: about 2.5 KB on the pages of the 2,452 silver articles.
PAGE_WEIGHT = 2500


# A folder is split between shards at a name: the names before it go to one, the rest to the
# other, told apart by exclude_docs patterns that spell out the characters at each position.
# So every name in a split folder must be made of these (slugs and article ids are), listed in
# code-point order as patterns compare them.
NAME_CHARACTERS = "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
SPLITTABLE_NAME = re.compile(f"[{re.escape(NAME_CHARACTERS)}]+")


@dataclass(frozen=True)
class Shard:
    folders: tuple[str, ...]
    """Top-level folders of docs/ whose pages this process builds."""
    root_pages: bool
    """Whether it also builds the pages at the top of docs/ (the first shard does)."""
    parts: tuple[tuple[str, str, str], ...] = ()
    """Parts of folders split to balance the shards: (folder, start, end), the names (first
    path segment in the folder) from start on and before end; '' means no bound."""

    def touched(self) -> tuple[str, ...]:
        return self.folders + tuple(folder for folder, _start, _end in self.parts)


@dataclass(frozen=True)
class SitePages:
    """The pages one `mkdocs build` would write, in its order."""

    urls: tuple[str, ...]
    src_uris: tuple[str, ...]
    sizes: tuple[int, ...]
    site_dir: Path
    site_url: str
    other_uris: tuple[str, ...] = ()
    """Files that are not pages (images, redirects): a split must place them too."""

    def folders(self) -> dict[str, int]:
        """Weight of each top-level folder holding pages."""
        weights: dict[str, int] = {}
        for uri, size in zip(self.src_uris, self.sizes):
            if "/" in uri:
                folder = uri.split("/", 1)[0]
                weights[folder] = weights.get(folder, 0) + size + PAGE_WEIGHT
        return weights

    def root_weight(self) -> int:
        return sum(
            size + PAGE_WEIGHT for uri, size in zip(self.src_uris, self.sizes) if "/" not in uri
        )


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
        every_file = get_files(mkdocs_config)
        files = every_file.documentation_pages()
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
        other_uris=tuple(f.src_uri for f in every_file if not f.is_documentation_page()),
    )
    return pages, plugins <= MERGEABLE_PLUGINS


def plan_shards(pages: SitePages, jobs: int) -> list[Shard]:
    """Every folder whose names allow it is cut into `jobs` parts of equal weight, one per
    process, so that each process gets a like share of every kind of page (an article page
    costs MkDocs twice what an actor page does, and no byte count predicts it well); the
    other folders go whole, heaviest first, to the least loaded process.

    An empty plan means one plain build: one process asked for, or too few pages.
    """
    folders = pages.folders()
    names = folder_names(pages)
    count = jobs if any(len(n) >= jobs for n in names.values()) else min(jobs, len(folders))
    if count < 2 or len(pages.urls) < SHARD_FROM_PAGES:
        return []
    loads = [0] * count
    loads[0] = pages.root_weight()
    owned: list[list[str]] = [[] for _ in range(count)]
    parts: list[list[tuple[str, str, str]]] = [[] for _ in range(count)]
    for folder, weight in sorted(folders.items(), key=lambda item: (-item[1], item[0])):
        if len(names.get(folder, {})) >= count:
            for k, (start, end, part_weight) in enumerate(even_parts(names[folder], count)):
                parts[k].append((folder, start, end))
                loads[k] += part_weight
        else:
            lightest = min(range(count), key=lambda k: (loads[k], k))
            owned[lightest].append(folder)
            loads[lightest] += weight
    return [
        Shard(tuple(sorted(owned[k])), k == 0, tuple(sorted(parts[k])))
        for k in range(count)
        if owned[k] or parts[k] or k == 0
    ]


def folder_names(pages: SitePages) -> dict[str, dict[str, int]]:
    """For each folder that can be split, the weight of the pages under each name in it."""
    unsplittable = {
        uri.partition("/")[0]
        for uri in pages.src_uris + pages.other_uris
        if "/" in uri and not SPLITTABLE_NAME.fullmatch(uri.partition("/")[2].split("/", 1)[0])
    }
    by_name: dict[str, dict[str, int]] = {}
    for uri, size in zip(pages.src_uris, pages.sizes):
        folder, _, rest = uri.partition("/")
        if rest and folder not in unsplittable:
            name = rest.split("/", 1)[0]
            weights = by_name.setdefault(folder, {})
            weights[name] = weights.get(name, 0) + size + PAGE_WEIGHT
    return by_name


def even_parts(weights: dict[str, int], count: int) -> list[tuple[str, str, int]]:
    """COUNT runs of names in order, of about equal weight: (start, end, weight), '' for no bound."""
    names = sorted(weights)
    total = sum(weights.values())
    cuts: list[int] = []
    running = 0
    for i, name in enumerate(names):
        # Cut before this name once the part so far reaches its share (and names are left for the rest).
        if (
            len(cuts) < count - 1
            and running >= total * (len(cuts) + 1) / count
            and len(names) - i >= count - 1 - len(cuts)
        ):
            cuts.append(i)
        running += weights[name]
    while len(cuts) < count - 1:  # too few names for the shares: one name a part at the end
        cuts.append(len(names) - (count - 1 - len(cuts)))
    bounds = [""] + [shortest_boundary(names[i - 1], names[i]) for i in cuts] + [""]
    edges = [0] + cuts + [len(names)]
    return [
        (bounds[k], bounds[k + 1], sum(weights[n] for n in names[edges[k] : edges[k + 1]]))
        for k in range(count)
    ]


def shortest_boundary(before: str, name: str) -> str:
    """The shortest start of NAME that sorts after BEFORE: the same split, fewer patterns."""
    for length in range(1, len(name) + 1):
        if name[:length] > before:
            return name[:length]
    return name


def names_before(boundary: str) -> list[str]:
    """Patterns for the names that sort before BOUNDARY (names of NAME_CHARACTERS)."""
    patterns = []
    for i, character in enumerate(boundary):
        if i:
            patterns.append(boundary[:i])  # a name that is a shorter start of the boundary
        smaller = [c for c in NAME_CHARACTERS if c < character]
        if smaller:
            patterns.append(boundary[:i] + character_class(smaller) + "*")
    return patterns


def names_from(boundary: str) -> list[str]:
    """Patterns for the names that sort at or after BOUNDARY."""
    patterns = [boundary + "*"]
    for i, character in enumerate(boundary):
        larger = [c for c in NAME_CHARACTERS if c > character]
        if larger:
            patterns.append(boundary[:i] + character_class(larger) + "*")
    return patterns


def character_class(characters: list[str]) -> str:
    """A bracket expression, runs written as ranges ('0-9'); '-' can only come first, where it
    stands for itself."""
    if len(characters) == 1:
        return characters[0]
    runs: list[list[str]] = []
    for c in characters:
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return "[" + "".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else "".join(r) for r in runs) + "]"


GLOB_SPECIALS = re.compile(r"([\\\[\]*?!#])")


def literal(path: str) -> str:
    """A path as an exclude_docs pattern that matches only itself."""
    return GLOB_SPECIALS.sub(r"\\\1", path)


def exclusions(shard: Shard, pages: SitePages) -> list[str]:
    """gitignore-style patterns (anchored at docs/) for the pages other shards build."""
    patterns = []
    own_parts = {folder: (start, end) for folder, start, end in shard.parts}
    for folder in sorted(pages.folders()):
        if folder in shard.folders:
            continue
        if folder not in own_parts:
            patterns.append(f"/{literal(folder)}/")
            continue
        start, end = own_parts[folder]
        others = (names_before(start) if start else []) + (names_from(end) if end else [])
        patterns += [f"/{literal(folder)}/{pattern}" for pattern in others]
    if not shard.root_pages:
        patterns += [f"/{literal(uri)}" for uri in pages.src_uris if "/" not in uri]
    return patterns


def shard_site_dir(site_dir: Path, k: int) -> Path:
    return site_dir if k == 0 else site_dir.parent / f".{site_dir.name}.shard-{k}"


def run_sharded(
    config_file: Path, pages: SitePages, shards: list[Shard], strict: bool, env: dict[str, str]
) -> None:
    """Build every shard at once, then join them into the configured site folder."""
    processes = []
    for k, shard in enumerate(shards):
        target = shard_site_dir(pages.site_dir, k)
        if k:
            shutil.rmtree(target, ignore_errors=True)
        command = [
            sys.executable,
            "-m",
            "generator.site.shards",
            str(config_file),
            str(target),
            "1" if strict else "0",
        ]
        command += exclusions(shard, pages)
        processes.append(
            subprocess.Popen(command, cwd=config_file.parent, env=env, preexec_fn=die_with_parent)
        )
    try:
        failed = [k for k, process in enumerate(processes) if process.wait() != 0]
    except BaseException:  # interrupted: no build goes on writing the site without us
        for process in processes:
            process.kill()
        raise
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
    search_indexes = [site / "search" / "search_index.json"] + [
        p / "search" / "search_index.json" for p in parts
    ]
    sitemaps = [site / "sitemap.xml"] + [p / "sitemap.xml" for p in parts]
    rank = {
        ("" if url == "./" else url): i for i, url in enumerate(pages.urls)
    }  # the home page's url is "./"
    if all(path.is_file() for path in search_indexes):
        merged = merge_search_indexes(
            [path.read_text(encoding="utf-8") for path in search_indexes], rank
        )
    else:
        merged = None
    if all(path.is_file() for path in sitemaps):
        sitemap = merge_sitemaps(
            [path.read_text(encoding="utf-8") for path in sitemaps], rank, pages.site_url
        )
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
    entries.sort(
        key=lambda e: rank.get(e["location"].split("#", 1)[0], len(rank))
    )  # stable: a page's sections keep their order
    return json.dumps(
        {"config": indexes[0]["config"], "docs": entries}, separators=(",", ":"), default=str
    )


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
    with (
        open(gz_path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, filename=str(gz_path), mode="wb", mtime=stamp) as gz,
    ):
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
    logger.setLevel(
        logging.WARNING
    )  # links to the other shards' pages are INFO: dropped before a log record is made
    try:
        mkdocs_config = load_mkdocs_config(Path(config_file), site_dir=site_dir, strict=strict)
        extra = PathSpec().run_validation(
            "\n".join(patterns)
        )  # parsed as MkDocs parses exclude_docs
        configured = mkdocs_config.exclude_docs
        mkdocs_config.exclude_docs = extra if configured is None else configured + extra
        build(mkdocs_config)
    except MkDocsException as exc:
        print(f"ERROR   -  {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(build_one_shard(sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4:]))
