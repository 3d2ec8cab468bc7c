"""Index pages of a large collection: split by year and month, and by initial."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article


def test_large_indexes_are_split_and_every_link_resolves(project: Path, monkeypatch) -> None:
    monkeypatch.setattr("generator.site.list_pages.INDEX_PAGE_SIZE", 1)
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "build", "--strict"]) == 0
    docs = project / "docs"
    articles = (docs / "articles" / "index.md").read_text(encoding="utf-8")
    assert "| [2026](by-year/2026.md) | 2 |" in articles
    year = (docs / "articles" / "by-year" / "2026.md").read_text(encoding="utf-8")
    assert "[2026-03](2026-03.md)" in year  # two articles, more than a page holds: by month
    month = (docs / "articles" / "by-year" / "2026-03.md").read_text(encoding="utf-8")
    assert "(../talks.md)" in month and "(../deal.md)" in month
    actors = (docs / "actors" / "index.md").read_text(encoding="utf-8")
    assert "(by-initial/k.md)" in actors and "most named" in actors
    initial = (docs / "actors" / "by-initial" / "k.md").read_text(encoding="utf-8")
    assert "(../katrin-albrecht.md)" in initial
    assert (docs / "places" / "by-initial" / "v.md").exists()  # Vienna


def test_a_large_collection_searches_titles_and_summaries_not_full_texts(
    project: Path, monkeypatch
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "render"]) == 0
    small = (project / "docs" / "articles" / "talks.md").read_text(encoding="utf-8")
    assert "## Article text" in small and "data-search-exclude>Summary" in small
    monkeypatch.setattr("generator.site.article_page.FULL_TEXT_SEARCH_BELOW", 1)
    assert main(["--root", str(project), "render"]) == 0
    large = (project / "docs" / "articles" / "talks.md").read_text(encoding="utf-8")
    assert "data-search-exclude>Article text" in large and "## Summary" in large
    assert "## Actors" in small and "data-search-exclude>Actors" in large


def test_the_home_page_shows_the_collection(project: Path) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    write_article(
        project,
        "more.md",
        "---\nid: more\ntitle: More talks\npublished: 2026-03-06\n---\n"
        "Hungary and Austria met again in Vienna on Friday, Katrin Albrecht said.\n",
    )
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "render"]) == 0
    home = (project / "docs" / "index.md").read_text(encoding="utf-8")
    assert "**3 articles**, from 2026-03-02 to 2026-03-06" in home
    assert "**Main actors:**" in home and "**Main places:**" in home
    assert "**Busiest days:** 2026-03-06 (2 articles)" in home
    assert "[More talks](articles/more.md)" in home
