"""End to end through the CLI on tiny content trees: build, determinism, edits, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, make_project, write_article


def run(project: Path, *args: str) -> int:
    return main(["--root", str(project), *args])


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def two_article_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Two articles built once with `build --strict`, for the tests that only read the site;
    and what the build printed."""
    import contextlib
    import io

    project = make_project(tmp_path_factory.mktemp("site"))
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run(project, "build", "--strict") == 0
    return project, out.getvalue()


def test_build_strict_makes_the_site(two_article_site: tuple[Path, str]) -> None:
    project, printed = two_article_site
    site = project / "site"
    assert (site / "articles" / "talks" / "index.html").is_file()
    assert (site / "actors" / "katrin-albrecht" / "index.html").is_file()
    actor_page = (site / "actors" / "katrin-albrecht" / "index.html").read_text()
    assert "Quota deal agreed" in actor_page and "Ministers meet over river quotas" in actor_page
    article = (site / "articles" / "talks" / "index.html").read_text()
    assert 'id="s-1"' in article
    timeline = (project / "docs" / "timeline" / "index.md").read_text()
    dated = timeline.split("## Key events without a date")[0]
    days = re.findall(r"^\| (\d{4}-\d\d-\d\d) \|", dated, re.M)
    assert len(days) >= 2 and days == sorted(days), timeline
    assert "extract: 2 extracted, 0 unchanged" in printed


def test_search_indexes_each_sentence_once_and_no_empty_sections(
    two_article_site: tuple[Path, str],
) -> None:
    import json

    project, _printed = two_article_site
    entries = json.loads((project / "site" / "search" / "search_index.json").read_text())["docs"]
    sections = {e["location"] for e in entries}
    # an article: its header, its actors and its text; the sections that repeat its sentences are left out
    assert {"articles/talks/", "articles/talks/#actors", "articles/talks/#article-text"} <= sections
    assert not any(
        s.startswith("articles/talks/#")
        and s.split("#")[1] in {"summary", "key-facts", "dates", "quotes"}
        for s in sections
    )
    assert "actors/katrin-albrecht/" in sections
    assert not [e["location"] for e in entries if not e["text"].strip()], (
        "a result with nothing under its title"
    )
    assert not any(
        e["location"].startswith(("articles/#", "actors/#", "places/#"))
        or e["location"] in {"articles/", "actors/", "places/"}
        for e in entries
    )
    sentence = "Katrin Albrecht"
    article_hits = [
        e for e in entries if sentence in e["text"] and e["location"].startswith("articles/talks/")
    ]
    assert (
        len(article_hits) <= 2
    )  # the actors table and the text, not the facts, quotes and summary again
    page = (project / "site" / "articles" / "talks" / "index.html").read_text()
    assert '<a href="#key-facts" class="md-nav__link">' in page  # still listed under "On this page"
    assert '<h2 id="key-facts">' in page and "data-search-exclude" not in page


def test_output_is_deterministic(project: Path) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract") == 0 and run(project, "render") == 0
    first = tree_bytes(project / "content") | tree_bytes(project / "docs")
    assert run(project, "extract", "--force") == 0 and run(project, "render") == 0
    assert tree_bytes(project / "content") | tree_bytes(project / "docs") == first


def test_worker_processes_write_the_same_sheets_as_one_process(project: Path) -> None:
    for n in range(3):
        write_article(project, f"talks-{n}.md", ARTICLE_ONE.replace("id: talks", f"id: talks-{n}"))
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract", "--jobs", "1") == 0
    single = tree_bytes(project / "content")
    assert run(project, "extract", "--force", "--jobs", "2") == 0
    assert tree_bytes(project / "content") == single


def test_unchanged_sheets_are_not_parsed_again_but_an_edited_one_is(
    project: Path, capsys, monkeypatch
) -> None:
    from generator.pipeline import plan as plan_module

    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract") == 0
    assert run(project, "extract") == 0  # reads each sheet's stamp once more, and keeps it
    parsed: list[str] = []
    real = plan_module.stored_stamp
    monkeypatch.setattr(
        plan_module, "stored_stamp", lambda sheet: parsed.append(sheet.name) or real(sheet)
    )
    capsys.readouterr()
    assert run(project, "extract") == 0
    assert "0 extracted, 2 unchanged" in capsys.readouterr().out and parsed == []
    sheet = project / "content" / "facts" / "talks.yml"
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("article:", "article: [", 1), encoding="utf-8"
    )
    assert run(project, "extract") == 1
    assert parsed == ["talks.yml"]
    assert (
        "talks.yml" in capsys.readouterr().err
        and (project / "content" / "articles" / "talks.md").read_text() == ARTICLE_ONE
    )


def test_unchanged_article_is_not_extracted_again(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    capsys.readouterr()
    assert run(project, "extract") == 0
    assert "0 extracted, 1 unchanged" in capsys.readouterr().out


def test_bad_articles_are_reported_and_the_rest_builds(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    (project / "content" / "articles" / "bad.md").write_bytes(b"---\ntitle: [x\n---\nBody")
    (project / "content" / "articles" / "empty.txt").write_bytes(b"")
    assert run(project, "build", "--strict") == 1
    err = capsys.readouterr().err
    assert "error: content/articles/bad.md:3: front matter: invalid YAML" in err
    assert "error: content/articles/empty.txt: empty article: no body text" in err
    assert "Traceback" not in err
    assert (project / "site" / "articles" / "talks" / "index.html").is_file()


def test_duplicate_ids_are_an_error(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "other.md", ARTICLE_ONE.replace("title: Ministers", "title: Other"))
    assert run(project, "extract") == 1
    err = capsys.readouterr().err
    assert (
        "error: content/articles/talks.md: id: id 'talks' is already used by content/articles/other.md"
        in err
    )


def test_check_reports_sheet_problems_with_lines(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    sheet = project / "content" / "facts" / "talks.yml"
    sheet.write_text(sheet.read_text().replace("type: person", "type: persn", 1))
    capsys.readouterr()
    assert run(project, "check") == 1
    err = capsys.readouterr().err
    assert "content/facts/talks.yml:" in err and "type: expected one of person" in err


def test_missing_pipeline_is_one_line(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "--pipeline", "no_such_pipeline", "extract") == 1
    err = capsys.readouterr().err.strip()
    assert (
        err
        == "error: spaCy pipeline 'no_such_pipeline' is not installed: pip install no-such-pipeline"
    )


def test_unknown_config_option_is_reported(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text("[tool.factsheet]\npipline = 'x'\n")
    assert run(project, "check") == 1
    assert "[tool.factsheet] pipline: unknown option" in capsys.readouterr().err


def test_annotate_prints_offsets_into_the_body(project: Path, capsys) -> None:
    path = write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "annotate", str(path)) == 0
    import json

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    body = ARTICLE_ONE.split("---\n", 2)[2]
    for item in lines:
        assert body[item["start"] : item["end"]] == item["text"]
        assert item["doc"] == "talks"
    monday = next(i for i in lines if i["text"] == "Monday")
    assert (monday["kind"], monday["type"], monday["value"]) == ("date", "DATE", "2026-03-02")


def test_removed_article_leaves_no_orphan_page(project: Path) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract") == 0 and run(project, "render") == 0
    (project / "content" / "facts" / "deal.yml").unlink()
    assert run(project, "render") == 0
    assert not (project / "docs" / "articles" / "deal.md").exists()


def test_new_published_date_re_resolves_dates_without_parsing(project: Path, monkeypatch) -> None:
    import yaml

    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0

    def monday() -> dict:  # type: ignore[type-arg]
        dates = yaml.safe_load((project / "content/facts/talks.yml").read_text())["dates"]
        return next(d for d in dates if d["text"] == "Monday")

    assert monday()["value"] == "2026-03-02"
    import generator.nlp

    def no_parsing(name):  # type: ignore[no-untyped-def]
        raise AssertionError("the pipeline must not be loaded for a front matter change")

    monkeypatch.setattr(generator.nlp, "load_pipeline", no_parsing)
    write_article(
        project, "talks.md", ARTICLE_ONE.replace("published: 2026-03-02", "published: 2026-03-11")
    )
    assert run(project, "extract") == 0
    data = yaml.safe_load((project / "content/facts/talks.yml").read_text())
    assert data["article"]["published"] == "2026-03-11"
    assert monday()["value"] == "2026-03-09"


def test_shards_partition_the_articles(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    counts = []
    for k in (1, 2, 3):
        capsys.readouterr()
        assert run(project, "extract", "--shard", f"{k}/3") == 0
        counts.append(int(capsys.readouterr().out.split("extract: ")[1].split(" extracted")[0]))
    assert sum(counts) == 2
    assert run(project, "extract", "--shard", "4/3") == 2
    assert "argument --shard: expected K/N with 1 <= K <= N, got '4/3'" in capsys.readouterr().err


def test_names_without_a_page_are_listed_once_each_and_linked_to_their_article(
    project: Path, monkeypatch
) -> None:
    from generator.site import index as site_index
    from generator.slug import slugify

    monkeypatch.setattr(
        site_index, "ALL_PAGES_BELOW", 1
    )  # the page model of a large site, on two articles
    monkeypatch.setattr(site_index, "MAIN_ACTORS", 1)
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "build", "--strict") == 0  # every name's link resolves
    actors = (project / "docs" / "actors" / "index.md").read_text(encoding="utf-8")
    assert "**Named in one article**" in actors
    listed = actors.split("**Named in one article**")[1]
    pages = {p.stem for p in (project / "docs" / "actors").glob("*.md")}
    names = re.findall(r"\[([^\]]+)\]\(\.\./articles/(\w+)\.md\)", listed)
    assert names and all(article in {"talks", "deal"} for _, article in names)
    assert all(slugify(name) not in pages for name, _ in names), (
        "a name with a page of its own is in the table"
    )
    assert "| Name | Articles | Roles |" in actors and "](katrin-albrecht.md)" in actors
    assert names == sorted(names, key=lambda n: (n[0].lower(), n[0]))
