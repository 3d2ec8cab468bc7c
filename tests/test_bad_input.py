"""Bad input, each case in its own project: one clear located line, the right exit code, the rest
of the batch built, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article


def run(project: Path, *args: str) -> int:
    return main(["--root", str(project), *args])


def errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]


def with_front_matter(field: str, value: str) -> str:
    return ARTICLE_TWO.replace("published: 2026-03-06\n", "").replace(
        "---\nid: deal\n", f"---\nid: deal\n{field}: {value}\n"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "2024-13-45",
            "published: expected a date like 2024-05-31 or 2024-05-31T14:00, got '2024-13-45'",
        ),
        (
            "2024-05-01T25:61:00+05:00",
            "published: expected a date like 2024-05-31 or 2024-05-31T14:00, got '2024-05-01T25:61:00+05:00'",
        ),
    ],
)
def test_an_impossible_published_date_is_one_error_and_the_rest_builds(
    project: Path, capsys, value: str, message: str
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", with_front_matter("published", value))
    assert run(project, "build", "--strict") == 1
    assert errors(capsys) == [f"error: content/articles/deal.md: {message}"]
    assert (project / "site" / "articles" / "talks" / "index.html").is_file()


def test_an_impossible_date_in_a_sheet_is_located_by_check_and_build(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract") == 0
    sheet = project / "content" / "facts" / "deal.yml"
    sheet.write_text(sheet.read_text().replace("published: '2026-03-06'", "published: 2026-02-30"))
    line = sheet.read_text().splitlines().index("  published: 2026-02-30") + 1
    capsys.readouterr()
    assert run(project, "check") == 1
    assert errors(capsys) == [
        f"error: content/facts/deal.yml:{line}: article.published: '2026-02-30' is not a real date"
    ]
    assert run(project, "build") == 1
    assert (project / "site" / "articles" / "talks" / "index.html").is_file()


def test_an_article_over_the_length_limit_is_refused_by_name(project: Path, capsys) -> None:
    from generator.articles import MAX_ARTICLE_CHARS

    write_article(project, "talks.md", ARTICLE_ONE)
    paragraph = "The river fell again on Monday, officials said.\n\n"
    write_article(project, "huge.txt", paragraph * (MAX_ARTICLE_CHARS // len(paragraph) + 1))
    assert run(project, "extract") == 1
    [line] = errors(capsys)
    assert line.startswith("error: content/articles/huge.txt: too long: 1,000,")
    assert line.endswith("characters, over the limit of 1,000,000; split it into parts")
    assert (project / "content" / "facts" / "talks.yml").is_file()


def test_nested_aliases_in_front_matter_are_refused_at_once(project: Path, capsys) -> None:
    anchors = "a0: &a0 [x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"
        for i in range(1, 9)
    )
    write_article(project, "bomb.md", "---\n" + anchors + "tags: *a8\n---\nA body.\n")
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 1
    assert errors(capsys) == [
        "error: content/articles/bomb.md:2: front matter: invalid YAML: anchors and aliases (&name, *name) are not supported here"
    ]


@pytest.mark.parametrize(
    "slug", ["../../../../outside", 'k"><script>alert(1)</script>', "Upper", "index"]
)
def test_a_slug_in_urls_yml_that_slugify_would_not_make_is_refused(
    project: Path, capsys, slug: str
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    urls = project / "content" / "urls.yml"
    quoted = slug.replace("'", "''")
    original = f"actors:\n  '{quoted}':\n  - Katrin Albrecht\nplaces: {{}}\n"
    urls.write_text(original)
    capsys.readouterr()
    assert run(project, "render") == 1
    assert errors(capsys) == [
        f"error: content/urls.yml:2: actors.{slug}: not a valid page slug (lower-case letters, digits and '-')"
    ]
    assert urls.read_text() == original, (
        "a registry with an entry it could not read is not rewritten"
    )
    written = [p for p in project.parent.rglob("*") if "outside" in p.name]
    assert written == []
    for page in (project / "docs").rglob("*.html"):
        assert "<script>" not in page.read_text()
    assert run(project, "check") == 1


def test_redirect_pages_escape_their_target() -> None:
    from generator.site.urls import redirect_html

    page = redirect_html('../a"><script>x</script>/')
    assert "<script>" not in page and "&quot;&gt;&lt;script&gt;" in page


def test_a_newcomer_with_an_existing_id_is_refused_and_the_original_kept(
    project: Path, capsys
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    sheet = (project / "content" / "facts" / "talks.yml").read_bytes()
    base = (project / "content" / "base" / "talks.yml").read_bytes()
    write_article(project, "a-newcomer.md", ARTICLE_TWO.replace("id: deal", "id: talks"))
    capsys.readouterr()
    assert run(project, "extract", "--force") == 1
    assert errors(capsys) == [
        "error: content/articles/a-newcomer.md: id: id 'talks' is already used by content/articles/talks.md: give this article another `id:`"
    ]
    assert (project / "content" / "facts" / "talks.yml").read_bytes() == sheet
    assert (project / "content" / "base" / "talks.yml").read_bytes() == base


def test_the_reserved_id_index_is_refused_or_renamed(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE.replace("id: talks", "id: index"))
    write_article(
        project,
        "index.txt",
        "BUDAPEST (Test Wire) _ Austria and Hungary agreed on Tuesday to cap the water.\n",
    )
    assert run(project, "build", "--strict") == 1
    assert errors(capsys) == [
        "error: content/articles/talks.md: id: 'index' is reserved for an index page: choose another id"
    ]
    assert (project / "content" / "facts" / "index-article.yml").is_file()
    assert (project / "site" / "articles" / "index-article" / "index.html").is_file()
    assert "Articles" in (project / "site" / "articles" / "index.html").read_text()


@pytest.mark.parametrize("command", ["check", "render", "extract", "build"])
def test_a_mistyped_root_is_an_error_and_writes_nothing(
    tmp_path: Path, capsys, command: str
) -> None:
    wrong = tmp_path / "not-a-project"
    wrong.mkdir()
    assert main(["--root", str(wrong), command]) == 1
    assert errors(capsys) == [
        f"error: --root {wrong}: not a factsheet project (no mkdocs.yml, no [tool.factsheet] in pyproject.toml)"
    ]
    assert list(wrong.iterdir()) == []
    assert main(["--root", str(tmp_path / "missing"), command]) == 1
    assert errors(capsys) == [f"error: --root {tmp_path / 'missing'}: no such folder"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["extract", "--shard", "0/0"],
            "argument --shard: expected K/N with 1 <= K <= N, got '0/0'",
        ),
        (
            ["extract", "--jobs", "0"],
            "argument --jobs: expected a whole number of at least 1, got '0'",
        ),
        (
            ["build", "--jobs", "-2"],
            "argument --jobs: expected a whole number of at least 1, got '-2'",
        ),
    ],
)
def test_usage_errors_exit_2(project: Path, capsys, args: list[str], message: str) -> None:
    assert run(project, *args) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("text", ["- a list\n", "", "just text\n"])
def test_an_edited_sheet_that_is_not_a_mapping_is_one_located_error(
    project: Path, capsys, text: str
) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert run(project, "extract") == 0
    (project / "content" / "facts" / "talks.yml").write_text(text)
    write_article(project, "deal.md", ARTICLE_TWO + "\nMore talks are planned.\n")
    capsys.readouterr()
    assert run(project, "extract") == 1
    assert errors(capsys) == [
        "error: content/facts/talks.yml:1: expected a mapping with article, actors, places, ..."
    ]
    import hashlib

    body = (project / "content" / "articles" / "deal.md").read_text().split("---\n", 2)[2]
    assert (
        hashlib.sha256(body.encode()).hexdigest()
        in (project / "content" / "facts" / "deal.yml").read_text()
    )
    assert run(project, "check") == 1


def test_check_refuses_evidence_past_the_last_sentence(project: Path, capsys) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    sheet = project / "content" / "facts" / "talks.yml"
    text = sheet.read_text()
    sheet.write_text(text.replace("  sentence: 0\n", "  sentence: 99\n", 1))
    line = sheet.read_text().splitlines().index("  sentence: 99") + 1
    capsys.readouterr()
    assert run(project, "check") == 1
    [error] = errors(capsys)
    import yaml

    last = len(yaml.safe_load(sheet.read_text())["sentences"]) - 1
    assert (
        error
        == f"error: content/facts/talks.yml:{line}: dates[0].sentence: sentence 99 is past the last one ({last})"
    )


def test_equals_caret_and_tilde_show_without_backslashes() -> None:
    from generator.site.escape import md

    assert md("=(PICTURE)= x^2 ~5") == r"=\(PICTURE\)= x^2 ~5"
