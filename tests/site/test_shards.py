"""MkDocs spread over processes builds the very site one process builds."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.site import shards as site_shards
from generator.site.shards import (
    SitePages,
    exclusions,
    merge_search_indexes,
    merge_sitemaps,
    plan_shards,
)
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article


def pages(uris: dict[str, int]) -> SitePages:
    urls = tuple(
        ""
        if u == "index.md"
        else u.removesuffix("index.md").removesuffix(".md")
        + ("" if u.endswith("index.md") else "/")
        for u in uris
    )
    return SitePages(
        urls, tuple(uris), tuple(uris.values()), Path("site"), "https://example.org/facts/"
    )


def test_folders_are_cut_into_even_parts_and_the_rest_spread_heaviest_first(monkeypatch) -> None:
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    site = pages(
        {
            "index.md": 10,
            "actors/a.md": 90000,
            "actors/b.md": 90000,
            "articles/x.md": 150000,
            "places/p.md": 1000,
        }
    )
    shards = plan_shards(site, jobs=2)
    # actors has a page for each process; the one-page folders go whole to the lighter one.
    assert shards == [
        site_shards.Shard(("places",), True, (("actors", "", "b"),)),
        site_shards.Shard(("articles",), False, (("actors", "b", ""),)),
    ]
    assert exclusions(shards[0], site) == ["/actors/b*", "/actors/[c-z]*", "/articles/"]
    assert exclusions(shards[1], site) == ["/actors/[-.0-9A-Z_a]*", "/places/", "/index.md"]


def test_every_process_gets_a_like_share_of_every_folder(monkeypatch) -> None:
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    actors = {f"actors/{letter}.md": 1000 for letter in "abcdefghijkl"}
    articles = {
        f"articles/AFP_ENG_{year}0101.{n:04d}.md": 5000
        for year in (1997, 2005, 2006)
        for n in range(20)
    }
    shards = plan_shards(pages({"index.md": 10, **actors, **articles}), jobs=3)
    assert [[folder for folder, _, _ in shard.parts] for shard in shards] == [
        ["actors", "articles"]
    ] * 3
    bounds = [shard.parts[1][1:] for shard in shards]
    assert bounds[0][0] == "" and bounds[2][1] == ""
    assert bounds[0][1] == bounds[1][0] and bounds[1][1] == bounds[2][0]
    assert bounds[1] == ("AFP_ENG_2", "AFP_ENG_2006")  # a year, a third, each: 2005


NAMES = st.text(alphabet=site_shards.NAME_CHARACTERS, min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=40), NAMES)
def test_split_patterns_give_every_name_to_exactly_one_side(
    names: list[str], boundary: str
) -> None:
    import pathspec.gitignore

    before = pathspec.gitignore.GitIgnoreSpec.from_lines(
        [f"/f/{p}" for p in site_shards.names_before(boundary)]
    )
    after = pathspec.gitignore.GitIgnoreSpec.from_lines(
        [f"/f/{p}" for p in site_shards.names_from(boundary)]
    )
    for name in names:
        for path in (f"f/{name}", f"f/{name}/index.html"):
            assert before.match_file(path) == (name < boundary)
            assert after.match_file(path) == (name >= boundary)


def test_small_sites_and_one_job_are_one_plain_build() -> None:
    site = pages({"index.md": 10, "actors/a.md": 10, "articles/x.md": 10})
    assert plan_shards(site, jobs=2) == []  # too few pages to be worth a second MkDocs
    assert plan_shards(site, jobs=1) == []


def test_merged_search_index_and_sitemap_follow_the_page_order() -> None:
    rank = {"": 0, "actors/a/": 1, "articles/x/": 2}
    config = {"lang": ["en"]}
    first = json.dumps(
        {
            "config": config,
            "docs": [{"location": ""}, {"location": "articles/x/"}, {"location": "articles/x/#s"}],
        }
    )
    second = json.dumps(
        {"config": config, "docs": [{"location": "actors/a/"}, {"location": "actors/a/#roles"}]}
    )
    merged = json.loads(merge_search_indexes([first, second], rank))
    assert [d["location"] for d in merged["docs"]] == [
        "",
        "actors/a/",
        "actors/a/#roles",
        "articles/x/",
        "articles/x/#s",
    ]

    def sitemap(*paths: str) -> str:
        urls = "".join(
            f"    <url>\n         <loc>https://example.org/facts/{p}</loc>\n    </url>\n"
            for p in paths
        )
        return f'<?xml version="1.0"?>\n<urlset>\n{urls}</urlset>'

    assert merge_sitemaps(
        [sitemap("", "articles/x/"), sitemap("actors/a/")], rank, "https://example.org/facts/"
    ) == sitemap("", "actors/a/", "articles/x/")


def files_of(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()
    }


def test_sharded_build_writes_the_same_site_byte_for_byte(
    project: Path, monkeypatch, capsys
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert main(["--root", str(project), "build", "--strict", "--jobs", "1"]) == 0
    single = files_of(project / "site")
    shutil.rmtree(project / "site")
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    plan = plan_shards(site_shards.site_pages(project / "mkdocs.yml")[0], jobs=2)
    assert any(shard.parts for shard in plan)  # a folder split between the two, by first letter
    assert main(["--root", str(project), "build", "--strict", "--mkdocs-jobs", "2"]) == 0
    sharded = files_of(project / "site")
    assert sharded.keys() == single.keys()
    assert [name for name in single if sharded[name] != single[name]] == []
    assert "actors/katrin-albrecht/index.html" in sharded
    assert not list(project.glob(".site.shard-*"))  # the second shard's folder is cleaned up


def test_a_broken_link_in_any_shard_fails_the_strict_build(
    project: Path, monkeypatch, capfd
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    guide = project / "docs" / "guide" / "index.md"
    guide.parent.mkdir(parents=True)
    guide.write_text("# Guide\n\nSee [the missing page](missing.md).\n", encoding="utf-8")
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    assert main(["--root", str(project), "build", "--strict", "--mkdocs-jobs", "2"]) == 1
    err = capfd.readouterr().err  # the shards write to the terminal themselves
    assert "'guide/index.md' contains a link 'missing.md'" in err
    assert "error: mkdocs build failed" in err


@pytest.mark.parametrize("plugins", ["[search, tags]"])
def test_plugins_the_merge_does_not_know_mean_one_build(project: Path, plugins: str) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "plugins:\n  - search\n", f"plugins: {plugins}\n"
        ),
        encoding="utf-8",
    )
    found = site_shards.site_pages(config)
    assert found is not None and not found[1]


def test_a_broken_mkdocs_yml_is_one_clear_error_not_a_traceback(
    project: Path, monkeypatch, capfd
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\nuse_directory_urls: maybe\n", encoding="utf-8"
    )
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    assert main(["--root", str(project), "build", "--strict", "--mkdocs-jobs", "2"]) == 1
    err = capfd.readouterr().err
    assert "use_directory_urls" in err
    assert "Traceback" not in err
    assert err.count("use_directory_urls") == 1  # reported once, by the one-process build


def test_folder_names_with_glob_characters_exclude_only_themselves() -> None:
    site = pages({"index.md": 1, "a[1]/x.md": 1, "b*/y.md": 1})
    shard = site_shards.Shard((), True)
    assert exclusions(shard, site) == [r"/a\[1\]/", r"/b\*/"]


def test_a_folder_with_names_the_patterns_cannot_spell_goes_whole(monkeypatch) -> None:
    monkeypatch.setattr(site_shards, "SHARD_FROM_PAGES", 0)
    guide = {f"guide/{name}.md": 50000 for name in ("Über uns", "b", "c", "d")}
    site = pages({"index.md": 1, **guide, "actors/a.md": 10, "actors/b.md": 10})
    shards = plan_shards(site, jobs=2)
    assert [("guide" in shard.folders) for shard in shards].count(True) == 1
    assert all(folder == "actors" for shard in shards for folder, _, _ in shard.parts)
    # A file that is not a page counts too: an image named with a space keeps its folder whole.
    renamed = tuple(uri.replace("Über uns", "a") for uri in site.src_uris)
    with_image = dataclasses.replace(site, src_uris=renamed, other_uris=("guide/my photo.png",))
    assert all(
        folder == "actors"
        for shard in plan_shards(with_image, jobs=2)
        for folder, _, _ in shard.parts
    )
