"""Cross-article corrections in content/entities.yml, stable URLs and the drift check."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article


def run(project: Path, *args: str) -> int:
    return main(["--root", str(project), *args])


def entities(project: Path, text: str) -> None:
    (project / "content" / "entities.yml").write_text(text)


def built(project: Path) -> Path:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "build", "--strict") == 0
    return project / "site"


def test_rename_keeps_the_url(project: Path) -> None:
    site = built(project)
    assert (site / "actors" / "katrin-albrecht" / "index.html").is_file()
    entities(
        project,
        "actors:\n- name: Katrin M. Albrecht\n  same_as: [Katrin Albrecht]\n  description: Austria's environment minister\n  wikidata: Q42\n",
    )
    assert run(project, "build", "--strict") == 0
    page = (site / "actors" / "katrin-albrecht" / "index.html").read_text()
    assert "Katrin M. Albrecht" in page and "Austria's environment minister" in page
    assert not (site / "actors" / "katrin-m-albrecht").exists()


def test_merge_two_actors_across_articles_redirects_the_old_url(project: Path) -> None:
    site = built(project)
    okafor_slugs = sorted(p.name for p in (site / "actors").iterdir() if "okafor" in p.name)
    assert okafor_slugs == ["daniel-okafor"]
    assert (site / "actors" / "meridian-risk-partners" / "index.html").is_file()
    entities(project, "actors:\n- name: Daniel Okafor\n  same_as: [Meridian Risk Partners]\n")
    assert run(project, "build", "--strict") == 0
    redirect = (site / "actors" / "meridian-risk-partners" / "index.html").read_text()
    assert 'http-equiv="refresh" content="0; url=../daniel-okafor/"' in redirect


def test_type_and_not_an_actor(project: Path) -> None:
    built(project)
    entities(
        project, "actors:\n- name: Meridian Risk Partners\n  type: group\nnot_actors: [Hungary]\n"
    )
    assert run(project, "build", "--strict") == 0
    index = (project / "docs" / "actors" / "index.md").read_text()
    assert "## Groups" in index and "[Meridian Risk Partners]" in index.split("## Groups")[1]
    assert "[Hungary]" not in index


def test_check_reports_entries_that_match_nothing(project: Path, capsys) -> None:
    built(project)
    entities(project, "actors:\n- name: Nobody Here\nnot_actors:\n- Ghost\n")
    capsys.readouterr()
    assert run(project, "check") == 1
    err = capsys.readouterr().err
    assert (
        "error: content/entities.yml:2: actors: 'Nobody Here' matches no actor in any sheet" in err
    )
    assert "error: content/entities.yml:4: not_actors: 'ghost' matches no actor in any sheet" in err


def test_invalid_entities_file_is_located(project: Path, capsys) -> None:
    built(project)
    entities(project, "actors:\n- name: Daniel Okafor\n  type: persn\n")
    capsys.readouterr()
    assert run(project, "check") == 1
    assert (
        "content/entities.yml:3: actors[0].type: expected one of person, organization, country, group; got 'persn'"
        in capsys.readouterr().err
    )


def test_regenerate_detects_drift(project: Path, capsys) -> None:
    built(project)
    assert run(project, "check", "--regenerate") == 0
    sheet = project / "content" / "facts" / "talks.yml"
    sheet.write_text(
        sheet.read_text().replace("role: Austrian Environment Minister", "role: Minister")
    )
    capsys.readouterr()
    assert run(project, "check", "--regenerate") == 1
    assert (
        "content/facts/talks.yml: re-running extraction would change this file"
        in capsys.readouterr().err
    )


def test_url_registry_edits_are_read_and_an_unchanged_registry_is_left_alone(project: Path) -> None:
    built(project)
    urls = project / "content" / "urls.yml"
    before = urls.stat().st_mtime_ns
    assert run(project, "render") == 0
    assert urls.stat().st_mtime_ns == before, "nothing changed: the file is not rewritten"
    # A hand edit (the slug an editor wants kept for this actor) is read, not the cached parse.
    urls.write_text(urls.read_text().replace("  katrin-albrecht:\n", "  minister-albrecht:\n"))
    assert run(project, "render") == 0
    assert (project / "docs" / "actors" / "minister-albrecht.md").is_file()
    assert not (project / "docs" / "actors" / "katrin-albrecht.md").exists()


def test_the_first_entry_that_has_a_name_wins() -> None:
    from generator.site.corrections import Corrections, Entry

    def entry(name: str, same_as: list[str]) -> Entry:
        return Entry("actors", name, same_as, None, None, None, None)

    first, second = (
        entry("Katrin Albrecht", ["K. Albrecht"]),
        entry("Albrecht", ["Katrin Albrecht"]),
    )
    corrections = Corrections(actors=[first, second])
    assert corrections.entry_for("actors", ["katrin albrecht", "Nobody"]) is first and first.used
    assert corrections.entry_for("actors", ["ALBRECHT"]) is second
    assert corrections.entry_for("actors", ["Someone Else"]) is None
    assert corrections.entry_for("places", ["Vienna"]) is None


def test_regenerate_uses_the_configured_folders(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.factsheet]\narticles_dir = "news/in"\nfacts_dir = "news/sheets"\nbase_dir = "news/base"\n'
    )
    (project / "news" / "in").mkdir(parents=True)
    (project / "news" / "in" / "talks.md").write_text(ARTICLE_ONE)
    assert run(project, "extract") == 0
    assert run(project, "check", "--regenerate") == 0
    sheet = project / "news" / "sheets" / "talks.yml"
    sheet.write_text(
        sheet.read_text().replace("title: Ministers meet over river quotas", "title: Edited")
    )
    (project / "news" / "base" / "talks.yml").write_text(
        sheet.read_text()
    )  # as if the machine wrote it
    capsys.readouterr()
    assert run(project, "check", "--regenerate") == 1
    err = capsys.readouterr().err
    assert "error: news/sheets/talks.yml: re-running extraction would change this file" in err
    assert "error: news/base/talks.yml: re-running extraction would change this file" in err
