"""A new project from `factsheet init`, and publishing it: the Pages address under CI, a strict
CI build that would publish localhost refused, and schema.org JSON-LD that no text escapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.site.publish import pages_url
from tests.conftest import ARTICLE_ONE, write_article


def test_init_makes_a_project_that_builds_empty(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "river-news"
    assert main(["init", str(folder)]) == 0
    for rel in (
        "mkdocs.yml",
        "factsheet.toml",
        ".gitignore",
        ".github/workflows/factsheet.yml",
        "requirements/model.txt",
        "docs/index.md",
        "content/articles",
    ):
        assert (folder / rel).exists(), rel
    workflow = yaml.safe_load((folder / ".github/workflows/factsheet.yml").read_text())
    steps = " ".join(str(s) for s in workflow["jobs"]["build"]["steps"])
    assert "factsheet check --regenerate" in steps and "factsheet build --strict" in steps
    assert "actions/deploy-pages" in str(workflow["jobs"]["deploy"])
    assert 'site_name: "River News"' in (folder / "mkdocs.yml").read_text()
    assert main(["--root", str(folder), "build", "--strict"]) == 0
    assert (folder / "site" / "index.html").is_file()
    assert "No articles yet" in (folder / "docs" / "index.md").read_text()
    assert main(["init", str(folder)]) == 1, "an existing project is left alone"
    assert "already a factsheet project" in capsys.readouterr().err


@pytest.mark.parametrize(
    "repository, url",
    [
        ("Newsroom/river-news", "https://newsroom.github.io/river-news/"),
        ("newsroom/newsroom.github.io", "https://newsroom.github.io/"),
        ("nonsense", None),
    ],
)
def test_the_pages_address(repository: str, url: str | None) -> None:
    assert pages_url(repository) == url


def test_a_ci_build_publishes_its_pages_address(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("GITHUB_REPOSITORY", "newsroom/river-news")
    assert main(["--root", str(project), "build", "--strict"]) == 0
    page = (project / "site" / "articles" / "talks" / "index.html").read_text()
    assert (
        '<link rel="canonical" href="https://newsroom.github.io/river-news/articles/talks/">'
        in page
    )
    assert "localhost" not in page


def test_a_strict_ci_build_that_would_publish_localhost_fails(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CI", "true")
    assert main(["--root", str(project), "build", "--strict"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "http://localhost:8000/" in err[0] and "FACTSHEET_SITE_URL" in err[0]
    assert main(["--root", str(project), "build"]) == 0, "only strict builds refuse"


def test_json_ld_describes_pages_and_no_name_escapes_it(project: Path) -> None:
    write_article(
        project,
        "hostile.md",
        "---\nid: hostile\ntitle: '</script><script>alert(1)</script>'\npublished: 2026-01-05\n"
        "author: 'A & B <i>'\n---\nHelen Marsh met Peter Novak in Vienna on Monday.\n",
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    html = (project / "site" / "articles" / "hostile" / "index.html").read_text()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "</script><script>alert(1)</script>"
    assert data["author"] == {"@type": "Person", "name": "A & B <i>"}
    assert "<script>alert" not in html
    person = (project / "site" / "actors" / "helen-marsh" / "index.html").read_text()
    entity = json.loads(re.findall(r'ld\+json">(.*?)</script>', person, re.S)[0])
    assert entity == {"@context": "https://schema.org", "@type": "Person", "name": "Helen Marsh"}


def test_the_home_page_overview_follows_the_collection_and_keeps_the_rest(project: Path) -> None:
    home = project / "docs" / "index.md"
    home.write_text(
        "# Our river desk\n\nWritten by us.\n\n<!-- factsheet:overview -->\n"
        "<!-- /factsheet:overview -->\n\nSigned, the desk.\n",
        encoding="utf-8",
    )
    write_article(project, "talks.md", ARTICLE_ONE)
    assert main(["--root", str(project), "build", "--strict"]) == 0
    text = home.read_text(encoding="utf-8")
    assert text.startswith("# Our river desk\n\nWritten by us.\n") and "Signed, the desk." in text
    assert "**1 article**, from 2026-03-02 to 2026-03-02" in text
    assert "[Katrin Albrecht](actors/katrin-albrecht.md)" in text
    assert "- [Ministers meet over river quotas](articles/talks.md) (2026-03-02)" in text
    before = home.stat().st_mtime_ns
    assert main(["--root", str(project), "render"]) == 0
    assert home.stat().st_mtime_ns == before, "an unchanged overview is not rewritten"
