"""Hostile text never becomes markup: escaping and the built HTML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.site.escape import md
from tests.conftest import write_article

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "!!! danger\n    admonition",
    "{: onclick=alert(1) }",
    "{{ config }}",
    "`code` **bold** _em_",
    "a\u202eevil\u200b",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_leaves_no_markup(text: str) -> None:
    out = md(text)
    assert "<" not in out.replace("&lt;", "")
    assert "\n" not in out
    assert "](" not in out.replace("\\](", "").replace("\\]\\(", "")
    assert "\u202e" not in out and "\u200b" not in out


def test_hostile_article_builds_without_executable_markup(project: Path) -> None:
    body = (
        "---\nid: hostile\ntitle: '<script>alert(1)</script> [x](javascript:alert(1))'\npublished: 2026-01-05\n---\n"
        "Helen Marsh <img src=x onerror=alert(1)> said on Monday the plan was fine. "
        '"<script>alert(2)</script> we will go on with it," Marsh said. '
        "[click](javascript:alert(3)) and ![i](http://evil.example/x.png) and {: onclick=alert(4) }.\n\n"
        "<div onmouseover=alert(5)>raw block</div>\n"
    )
    write_article(project, "hostile.md", body)
    assert main(["--root", str(project), "build", "--strict"]) == 0
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
        assert 'href="javascript:' not in html
        assert "<img src=x" not in html
        assert "<div onmouseover" not in html
        assert "evil.example" not in html or "&lt;" in html or "![i]" in html


HOSTILE_NAMES = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[a](javascript:alert(1))",
    "![i](http://evil.example/x.png)",
    "{{ config }}",
    "!!! danger",
    "{: onclick=alert(1) }",
    "..",
    "/",
    "index",
    "Index",
    "Foo Bar",
    "foo-bar",
    "N" * 1500,
    "\u202eevil\u200b name",
    "</title><script>alert(9)</script>",
]


def test_hand_edited_sheet_with_hostile_names_renders_safely(project: Path) -> None:
    import yaml

    write_article(
        project,
        "plain.md",
        "---\nid: plain\ntitle: Plain\npublished: 2026-01-05\n---\nHelen Marsh said on Monday the plan was fine.\n",
    )
    assert main(["--root", str(project), "extract"]) == 0
    sheet_path = project / "content" / "facts" / "plain.yml"
    data = yaml.safe_load(sheet_path.read_text())
    for i, name in enumerate(HOSTILE_NAMES):
        data["actors"].append(
            {"id": f"hostile-{i}", "name": name, "type": "person", "role": name, "aliases": [name]}
        )
        data["places"].append({"id": f"hostile-place-{i}", "name": name})
        data["dates"].append(
            {"id": f"hostile-date-{i}", "text": name, "value": "2026-01-05", "type": "date"}
        )
        data["events"].append(
            {
                "id": f"hostile-event-{i}",
                "who": [f"hostile-{i}", {"text": name}] if i % 2 else [],
                "passive": not i % 2,  # read patient first: 'NAME arrested'
                "did": name,
                "lemma": name,
                "whom": [f"hostile-{i}"],
                "what": name,
                "when": f"hostile-date-{i}",
                "where": f"hostile-place-{i}",
                "negated": True,
                "modality": "will",
                "attributed_to": {"text": name},
                "key": True,
                "sentence": 0,
                "evidence": name,
            }
        )
    data["article"]["title"] = "</title><script>alert(7)</script>"
    sheet_path.write_text(yaml.safe_dump(data, allow_unicode=True))
    before = {p for p in project.rglob("*")}
    assert main(["--root", str(project), "build", "--strict"]) == 0
    created = {p for p in project.rglob("*")} - before
    allowed = [project / "site", project / "docs", project / ".factsheet-cache"]
    assert all(any(p.is_relative_to(a) for a in allowed) or p.name == "urls.yml" for p in created)
    docs_pages = list((project / "docs" / "actors").glob("*.md"))
    assert (
        len(docs_pages) >= len(HOSTILE_NAMES) - 2
    )  # "index"/"Index" and "Foo Bar"/"foo-bar" are one name each
    for md_page in (p for p in docs_pages if p.stem != "index"):
        html_page = project / "site" / "actors" / md_page.stem / "index.html"
        assert html_page.is_file(), md_page.name
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html
        assert "<img src=x" not in html and "<script>alert" not in html
        assert 'href="javascript:' not in html
        assert 'evil.example/x.png"' not in html
        assert 'onclick="alert' not in html
        assert "\u202e" not in html


def test_yaml_python_tags_in_a_sheet_are_refused(project: Path, capsys) -> None:
    write_article(
        project,
        "plain.md",
        "---\nid: plain\ntitle: Plain\n---\nHelen Marsh said the plan was fine.\n",
    )
    assert main(["--root", str(project), "extract"]) == 0
    sheet = project / "content" / "facts" / "plain.yml"
    sheet.write_text(
        sheet.read_text().replace(
            "title: Plain", "title: !!python/object/apply:os.system ['touch pwned']"
        )
    )
    capsys.readouterr()
    assert main(["--root", str(project), "render"]) == 1
    assert not (project / "pwned").exists()
    assert "content/facts/plain.yml:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text, names, expected",
    [
        (
            "A deal struck by Austria, Hungary and others.",
            ["Austria"],
            "A deal struck by <mark>Austria</mark>, Hungary and others.",
        ),
        (
            "Minister Gabor Szalai said on Sunday.",
            ["Gabor Szalai"],
            "Minister <mark>Gabor Szalai</mark> said on Sunday.",
        ),
        ("Austria said so", ["Austria"], "<mark>Austria</mark> said so"),
        (
            "Talks in Vienna (Austria) ended",
            ["Austria"],
            "Talks in Vienna \\(<mark>Austria</mark>\\) ended",
        ),
    ],
)
def test_highlighted_names_keep_the_spaces_around_them(
    text: str, names: list[str], expected: str
) -> None:
    from generator.site.escape import highlighted

    assert highlighted(text, names) == expected


@pytest.mark.parametrize(
    "text, names, spans",
    [
        ("Marsh met Helen Marsh.", ("Helen Marsh", "Marsh"), [(0, 5), (10, 21)]),
        ("Marshall is not Marsh.", ("Marsh",), [(16, 21)]),
        ("U.S. and U.S.S.R. talks", ("U.S.", "U.S.S.R."), [(0, 4), (9, 17)]),
        ("no names here", ("Marsh",), []),
    ],
)
def test_names_are_found_as_whole_words_longest_first(
    text: str, names: tuple[str, ...], spans: list[tuple[int, int]]
) -> None:
    from generator.site.escape import name_spans

    ordered = tuple(sorted(names, key=lambda n: (-len(n), n)))
    assert name_spans(text, ordered) == spans


@pytest.mark.parametrize(
    "value, precision, kind, shown",
    [
        ("199", "decade", "date", '<span class="fs-code" title="199">the 1990s</span>'),
        ("19", "century", "date", '<span class="fs-code" title="19">the 1900s</span>'),
        ("1998-08", "month", "date", "1998-08"),
        ("1998-08-14", "day", "date", "1998-08-14"),
        (
            "1998-W33",
            "week",
            "date",
            '<span class="fs-code" title="1998-W33">week 33 of 1998</span>',
        ),
        (
            "1998-W33-WE",
            "week",
            "date",
            '<span class="fs-code" title="1998-W33-WE">the weekend of week 33 of 1998</span>',
        ),
        (
            "1998-Q3",
            "quarter",
            "date",
            '<span class="fs-code" title="1998-Q3">third quarter of 1998</span>',
        ),
        (
            "1998-H1",
            "season",
            "date",
            '<span class="fs-code" title="1998-H1">first half of 1998</span>',
        ),
        ("1998-SU", "season", "date", '<span class="fs-code" title="1998-SU">summer 1998</span>'),
        (
            "1998-08-14TEV",
            "time",
            "time",
            '<span class="fs-code" title="1998-08-14TEV">evening of 1998-08-14</span>',
        ),
        (
            "1998-08-14T14:30",
            "minute",
            "time",
            '<span class="fs-code" title="1998-08-14T14:30">14:30 on 1998-08-14</span>',
        ),
        ("P3Y", "duration", "duration", '<span class="fs-code" title="P3Y">3 years</span>'),
        (
            "P1Y6M",
            "duration",
            "duration",
            '<span class="fs-code" title="P1Y6M">1 year 6 months</span>',
        ),
        ("PT1H", "duration", "duration", '<span class="fs-code" title="PT1H">1 hour</span>'),
        ("P3Q", "duration", "duration", '<span class="fs-code" title="P3Q">3 quarters</span>'),
        ("P1Q", "duration", "set", '<span class="fs-code" title="P1Q">every quarter</span>'),
        ("PXD", "duration", "duration", '<span class="fs-code" title="PXD">days</span>'),
        ("P1W", "duration", "set", '<span class="fs-code" title="P1W">every week</span>'),
        ("P2Y", "duration", "set", '<span class="fs-code" title="P2Y">every 2 years</span>'),
        (
            "PRESENT_REF",
            "reference",
            "date",
            '<span class="fs-code" title="PRESENT_REF">the present</span>',
        ),  # Markdown source: the _ is escaped
        ("P", "duration", "duration", "P"),
        (
            "P0.5CE",
            "duration",
            "duration",
            '<span class="fs-code" title="P0.5CE">half a century</span>',
        ),
        (
            "XXXX-WXX-1TNI",
            "set",
            "set",
            '<span class="fs-code" title="XXXX-WXX-1TNI">Monday nights</span>',
        ),
        ('P3Y"><b>', "duration", "duration", 'P3Y"&gt;&lt;b&gt;'),
        ("1998-XX", "month", "date", "1998-XX"),
    ],
)
def test_date_values_read_as_readers_say_them(
    value: str, precision: str, kind: str, shown: str
) -> None:
    """The pages show a value in words, its TimeML code as a tooltip; one that reads as it is stays."""
    from generator.site.links import shown_value

    assert shown_value(value, precision, kind) == shown


def test_entity_page_quotes_its_newest_articles_and_lists_the_rest(project: Path) -> None:
    from generator.site.entity_page import BACKLINK_ARTICLES, ENTITY_EVENTS

    count = BACKLINK_ARTICLES + 5
    for n in range(count):
        day = f"2026-01-{n + 1:02d}" if n < 31 else f"2026-02-{n - 30:02d}"
        write_article(
            project,
            f"marsh-{n:02d}.md",
            f"---\nid: marsh-{n:02d}\ntitle: Harbour report number {n}\npublished: {day}\n---\n"
            f"Helen Marsh opened the harbour on Monday. Helen Marsh will inspect the docks on Friday.\n",
        )
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "render"]) == 0
    page = (project / "docs" / "actors" / "helen-marsh.md").read_text(encoding="utf-8")
    quoted = page.split(">Where it appears</h2>")[1].split("**5 earlier articles**")[0]
    assert quoted.count("\n**[") == BACKLINK_ARTICLES
    assert f"Harbour report number {count - 1}" in quoted  # the newest are quoted
    assert "Harbour report number 0](" not in quoted
    older = page.split("**5 earlier articles**")[1].split("<h2 ")[0]
    assert all(f"Harbour report number {n}](" in older for n in range(5))
    events = page.split(">Events</h2>")[1]
    assert f"The latest {ENTITY_EVENTS} of {2 * count} events" in events
    assert events.count("\n- **[Helen Marsh]") == ENTITY_EVENTS
    newest = events.split("\n- ")[1]  # the newest first: Friday of the newest article
    assert "inspect" in newest and f"Harbour report number {count - 1}" in newest


def test_pages_made_in_several_processes_are_the_same_as_in_one(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.config import load_config
    from generator.site import write as page_writer
    from generator.site.render import render
    from tests.conftest import ARTICLE_ONE, ARTICLE_TWO

    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert main(["--root", str(project), "extract"]) == 0
    config = load_config(project)
    monkeypatch.setattr(page_writer, "PARALLEL_FROM", 1)

    def docs() -> dict[str, bytes]:
        return {
            p.relative_to(project / "docs").as_posix(): p.read_bytes()
            for p in sorted((project / "docs").rglob("*"))
            if p.is_file()
        }

    one = render(config, jobs=1)
    serial = docs()
    for folder in ("articles", "actors", "places", "timeline", "about"):
        shutil.rmtree(project / "docs" / folder)
    (project / "docs" / "feed.xml").unlink()
    several = render(config, jobs=3)
    assert docs() == serial and len(serial) > 10

    assert (several.pages, several.written, several.problems) == (one.pages, one.written, [])
    (project / "docs" / "actors" / "left-over.md").write_text("# gone\n")
    again = render(config, jobs=3)
    assert (again.written, again.unchanged, again.removed) == (0, one.pages, 1)


def test_page_workers_stop_at_once_when_the_pool_stops_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The handler a build installs for SIGTERM raises KeyboardInterrupt; a forked worker that
    kept it could lose it in a finalizer and hang the build. Workers take the signal plainly."""
    import signal

    from generator.processes import interrupted_by_sigterm
    from generator.site import write as page_writer

    monkeypatch.setattr(page_writer, "PARALLEL_FROM", 1)

    def disposition() -> dict[str, str]:
        handlers = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
        return {f"{id(disposition)}-{n}.md": repr(handlers) for n in range(2)}

    with interrupted_by_sigterm():
        rels, _ = page_writer.write_pages(tmp_path, [disposition, disposition], jobs=2)
    expected = repr((signal.SIG_DFL, signal.SIG_IGN))
    assert rels and all((tmp_path / rel).read_text() == expected for rel in rels)


def test_a_busy_year_of_the_timeline_gets_a_page_per_month(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.site import timeline_pages as pages

    monkeypatch.setattr(pages, "TIMELINE_PAGE_SIZE", 3)
    days = [
        "2025-03-05",
        "2025-03-19",
        "2025-07-09",
        "2024-11-20",
    ]  # Wednesdays: "on Monday" stays in the month
    for n, day in enumerate(days):
        write_article(
            project,
            f"port-{n}.md",
            f"---\nid: port-{n}\ntitle: Port report {n}\npublished: {day}\n---\n"
            "Helen Marsh opened the harbour on Monday. Helen Marsh first visited the port in 1990. "
            "Helen Marsh praised the port in 2025.\n",
        )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    timeline = project / "docs" / "timeline"
    assert "[2025](2025.md)" in (timeline / "index.md").read_text(encoding="utf-8")
    year = (timeline / "2025.md").read_text(encoding="utf-8")
    assert "| [March 2025](2025-03.md) | 2 |" in year and "| [July 2025](2025-07.md) | 1 |" in year
    assert "## 2025, without a month" in year
    praised = year.split("## 2025, without a month")[1]
    assert "praised" in praised and "4 articles:" in praised, "one event, told four times"
    march = (timeline / "2025-03.md").read_text(encoding="utf-8")
    assert "# Timeline: March 2025" in march and march.count("\n| 2025-03-") == 2
    assert "[All of 2025](2025.md)" in march
    assert not (timeline / "2024-11.md").exists(), "a quiet year stays on one page"
    assert (project / "site" / "timeline" / "2025-03" / "index.html").is_file()


def test_many_undated_key_events_get_a_page_per_year_and_month_of_publication(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.site import timeline_pages as pages

    monkeypatch.setattr(pages, "TIMELINE_PAGE_SIZE", 2)
    for n, day in enumerate(["2025-03-05", "2025-03-19", "2025-07-09", "2024-11-20"]):
        write_article(
            project,
            f"quay-{n}.md",
            f"---\nid: quay-{n}\ntitle: Quay report {n}\npublished: {day}\n---\n"
            f"Helen Marsh closed quay number {n + 1}. Peter Novak criticised the closure.\n",
        )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    timeline = project / "docs" / "timeline"
    undated = (timeline / "undated.md").read_text(encoding="utf-8")
    assert "| [2025](undated-2025.md) |" in undated and "| [2024](undated-2024.md) |" in undated
    year = (timeline / "undated-2025.md").read_text(encoding="utf-8")
    assert "[March 2025](undated-2025-03.md)" in year, year
    march = (timeline / "undated-2025-03.md").read_text(encoding="utf-8")
    assert "# Timeline: undated, published in March 2025" in march
    assert "quay-0" in march and "quay-2" not in march
    assert (project / "site" / "timeline" / "undated-2025-03" / "index.html").is_file()


def test_one_event_told_by_two_articles_is_one_timeline_row_with_their_differences(
    project: Path,
) -> None:
    for n, count in enumerate((28, 30)):
        write_article(
            project,
            f"raid-{n}.md",
            f"---\nid: raid-{n}\ntitle: Raid report {n}\npublished: 2026-03-04\n---\n"
            f"Austrian police arrested {count} people in Vienna on Monday.\n",
        )
    write_article(
        project,
        "other.md",
        "---\nid: other\ntitle: Other report\npublished: 2026-03-04\n---\n"
        "Austrian police arrested two people in Budapest on Tuesday.\n",
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    timeline = (project / "docs" / "timeline" / "index.md").read_text(encoding="utf-8")
    rows = [line for line in timeline.splitlines() if line.startswith("| 2026-")]
    assert len(rows) == 2, rows  # the Monday arrests once, the Tuesday ones apart
    monday = next(r for r in rows if r.startswith("| 2026-03-02 "))
    assert "2 articles:" in monday
    assert "Raid report 0" in monday and "Raid report 1" in monday
    assert "They differ on numbers:" in monday and "28" in monday and "30" in monday
    html = (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "They differ on numbers" in html


def test_numbers_read_as_statements_and_quotes_show_on_their_speaker_s_page(
    project: Path,
) -> None:
    from tests.conftest import ARTICLE_ONE

    write_article(project, "talks.md", ARTICLE_ONE)
    assert main(["--root", str(project), "build", "--strict"]) == 0
    article = (project / "docs" / "articles" / "talks.md").read_text(encoding="utf-8")
    numbers = article.split(">Key numbers</h2>")[1].split("<h2")[0]
    assert "- **nearly 400 million euros**" in numbers and "[source](#s-" in numbers
    speaker = (project / "docs" / "actors" / "katrin-albrecht.md").read_text(encoding="utf-8")
    quotes = speaker.split(">Quotes</h2>")[1]
    assert "We cannot wait for another dry season" in quotes
    assert "[Ministers meet over river quotas](../articles/talks.md)" in quotes


def test_a_number_links_its_owner_and_shows_on_the_owner_s_page(project: Path) -> None:
    write_article(
        project,
        "stake.md",
        "---\nid: stake\ntitle: Stake rises\npublished: 2026-03-02\n---\n"
        "Harlow Energy said on Monday its stake in Varn Power rose to 18.7 percent. "
        "Harlow Energy also said Varn Power would pay a dividend.\n",
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    article = (project / "docs" / "articles" / "stake.md").read_text(encoding="utf-8")
    numbers = article.split(">Key numbers</h2>")[1].split("<h2")[0]
    assert "**18.7 percent** [Harlow Energy](../actors/harlow-energy.md)'s stake" in numbers
    owner = (project / "docs" / "actors" / "harlow-energy.md").read_text(encoding="utf-8")
    owned = owner.split(">Key numbers</h2>")[1]
    assert "- **18.7 percent** Harlow Energy's stake in Varn Power" in owned
    assert "[Stake rises](../articles/stake.md)" in owned


def test_an_acronym_and_its_expansion_across_articles_are_one_page(project: Path) -> None:
    """One article names the Northern Rivers Commission, another only the NRC: one page; and a
    country that acts and is a place is one page with both, where its place's address leads."""
    write_article(
        project,
        "one.md",
        "---\nid: one\ntitle: Commission meets\npublished: 2026-01-05\n---\n"
        "The Northern Rivers Commission met in Austria on Monday. Austria's government said the talks went well.\n",
    )
    write_article(
        project,
        "two.md",
        "---\nid: two\ntitle: Quotas set\npublished: 2026-01-09\n---\n"
        "The NRC set new quotas on Friday, Helen Marsh said.\n",
    )
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "render"]) == 0
    actors = project / "docs" / "actors"
    assert not (actors / "nrc.md").exists()
    page = (actors / "northern-rivers-commission.md").read_text(encoding="utf-8")
    assert "NRC" in page and "Quotas set" in page and "Commission meets" in page
    country = (actors / "austria.md").read_text(encoding="utf-8")
    acting, placed = country.split(">As a place</h2>")
    assert "s government said" in acting and "met in <mark>Austria</mark>" in placed
    places = project / "docs" / "places"
    assert not (places / "austria.md").exists()
    assert 'url=../../actors/austria/"' in (places / "austria" / "index.html").read_text()
    assert "[Austria](../actors/austria.md)" in (places / "index.md").read_text()


def test_a_passive_with_no_doer_reads_as_a_headline(project: Path) -> None:
    write_article(
        project,
        "held.md",
        "---\nid: held\ntitle: Arrests in Urgon\npublished: 2026-03-04\n---\n"
        "Nine people were arrested in Urgon on Monday. Ilya Marek will be tried next week.\n"
        "Two men were charged with fraud.\n",
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    page = (project / "docs" / "articles" / "held.md").read_text(encoding="utf-8")
    assert "1. Nine people arrested · Monday (2026-03-02)" in page
    assert "Ilya Marek to be tried · next week" in page
    assert "Two men charged with fraud" in page  # the phrase says what befell them
    assert "Arrested Nine people" not in page


def test_a_key_fact_starts_as_a_sentence_does(project: Path) -> None:
    """The doer's words from mid-sentence ('police') open the line with a capital, in bold."""
    write_article(
        project,
        "raid.md",
        "---\nid: raid\ntitle: Raid\npublished: 2026-03-04\n---\n"
        "On Monday, police arrested nine people in Urgon.\n",
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    page = (project / "docs" / "articles" / "raid.md").read_text(encoding="utf-8")
    assert "1. **Police** arrested nine people" in page


def page_with_events(project: Path, actor: dict, events: list[dict]) -> str:
    """The article page of a one-sentence story about Helen Marsh whose sheet a person edited:
    ACTOR added, its events replaced by EVENTS (of sentence 0)."""
    import yaml

    write_article(
        project,
        "edited.md",
        "---\nid: edited\ntitle: Edited\npublished: 2026-01-05\n---\n"
        "Helen Marsh said on Monday the plan was fine.\n",
    )
    assert main(["--root", str(project), "extract"]) == 0
    sheet_path = project / "content" / "facts" / "edited.yml"
    data = yaml.safe_load(sheet_path.read_text())
    data["actors"].append(actor)
    data["events"] = [dict(event, key=True, sentence=0) for event in events]
    sheet_path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert main(["--root", str(project), "build", "--strict"]) == 0
    return (project / "docs" / "articles" / "edited.md").read_text(encoding="utf-8")


def test_an_actor_named_in_what_is_linked_there(project: Path) -> None:
    """'The creator of [Helen Marsh]'s website sentenced', not '... website sentenced (with
    Helen Marsh)'; an actor the words do not name still comes after them."""
    page = page_with_events(
        project,
        {"id": "peter-novak", "name": "Peter Novak", "type": "person"},
        [
            {
                "id": "e-sentenced",
                "who": [],
                "passive": True,
                "did": "sentenced to life imprisonment",
                "lemma": "sentence",
                "whom": ["helen-marsh", "peter-novak"],
                "what": "the creator of Helen Marsh's [website]",
            }
        ],
    )
    assert (
        "1. The creator of [Helen Marsh](../actors/helen-marsh.md)'s \\[website\\] sentenced to life"
        " imprisonment (with [Peter Novak](../actors/peter-novak.md))"
    ) in page


def test_whom_a_verb_moves_to_act_is_linked_by_the_words_the_text_uses(project: Path) -> None:
    """'urged [Washington] to lift the sanctions': the alias in `what` links to the actor's
    page, and neither the actor nor the group named there comes again as '(with ...)'."""
    page = page_with_events(
        project,
        {
            "id": "united-states",
            "name": "United States",
            "type": "country",
            "aliases": ["Washington"],
        },
        [
            {
                "id": "e-urged",
                "who": ["helen-marsh"],
                "did": "urged",
                "lemma": "urge",
                "whom": ["united-states", {"text": "farmers"}],
                "what": "Washington and farmers to lift the sanctions",
            }
        ],
    )
    assert (
        "1. **[Helen Marsh](../actors/helen-marsh.md)** urged"
        " [Washington](../actors/united-states.md) and farmers to lift the sanctions ·"
    ) in page


def test_a_group_the_what_already_tells_does_not_come_again(project: Path) -> None:
    """'A total of 24 [Varn] fighters killed', not '... (with total of 24 Varn fighters)': the
    words are the same though the link and the brackets are not."""
    page = page_with_events(
        project,
        {"id": "varn", "name": "Varn", "type": "organization"},
        [
            {
                "id": "e-killed",
                "who": [],
                "passive": True,
                "did": "killed",
                "lemma": "kill",
                "whom": [{"text": "total of 24 Varn fighters"}, "varn"],
                "what": "a total of 24 Varn (VF) fighters",
            }
        ],
    )
    assert "1. A total of 24 [Varn](../actors/varn.md) \\(VF\\) fighters killed ·" in page


def test_a_speakers_own_claim_does_not_say_according_to_them(project: Path) -> None:
    write_article(
        project,
        "quay.md",
        "---\nid: quay\ntitle: Quay report\npublished: 2026-03-04\n---\n"
        '"We cannot wait for the summer," Helen Marsh said of the closed quay in Vienna.\n',
    )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    page = (project / "docs" / "articles" / "quay.md").read_text(encoding="utf-8")
    assert "did not wait" in page
    assert "According to [Helen Marsh](../actors/helen-marsh.md), **[Helen Marsh]" not in page


def test_a_countrys_own_institution_is_one_page_per_country(project: Path) -> None:
    """'the Supreme Court' of one country is not another's: a body any country has, named
    without its country, is that country's when its sentence names one country."""
    for name, country in (("one", "Brazil"), ("two", "Peru")):
        write_article(
            project,
            f"{name}.md",
            f"---\nid: {name}\ntitle: Files in {country}\npublished: 2026-01-05\n---\n"
            f"{country}'s Defense Ministry said on Monday that the files were destroyed. "
            f"The Defense Ministry declined to comment further.\n",
        )
    assert main(["--root", str(project), "build", "--strict"]) == 0
    pages = {p.name for p in (project / "docs" / "actors").glob("defense-ministry*.md")}
    assert pages == {"defense-ministry-brazil.md", "defense-ministry-peru.md"}
    brazil = (project / "docs" / "actors" / "defense-ministry-brazil.md").read_text()
    assert "# Defense Ministry \\(Brazil\\)" in brazil
