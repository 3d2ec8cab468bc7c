from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.articles import derive_title, find_dateline, read_article
from generator.errors import InputError


@pytest.mark.parametrize(
    "body, place, date_text, agency",
    [
        ("NAIROBI, Kenya (AP) _ The president said", "Nairobi", None, "AP"),
        ("KUALA LUMPUR, April 1, 1997 (AFP) - Malaysia's", "Kuala Lumpur", "April 1, 1997", "AFP"),
        ("THE HAGUE, Netherlands (AP)_ The World Court", "The Hague", None, "AP"),
        ("WASHINGTON -- The Senate voted", "Washington", None, None),
        ("MOSCOW (Reuters) - Russia said", "Moscow", None, "Reuters"),
        ("By Li Ming\n\nMACAO, Nov. 2 (Xinhua) -- The coach said", "Macao", "Nov. 2", "Xinhua"),
    ],
)
def test_dateline_is_recognised(
    body: str, place: str, date_text: str | None, agency: str | None
) -> None:
    dateline = find_dateline(body)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.agency) == (place, date_text, agency)
    assert body[dateline.end :][0].isupper()


def test_repeated_headline_and_byline_stand_above_the_dateline() -> None:
    title = "Roundup: Storm season opens early"
    body = f"{title}\n\nby Wang Li\n\nMACAO, Nov. 2 (Xinhua) -- The storm season opened."
    dateline = find_dateline(body, title)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("Macao", "Xinhua")
    assert body[dateline.end :] == "The storm season opened."
    assert find_dateline(body, "Another headline") is not None  # a byline marks the headline
    bare = f"{title}\n\nMACAO, Nov. 2 (Xinhua) -- The storm season opened."
    assert find_dateline(bare, "Another headline") is None  # a first paragraph, no headline


@pytest.mark.parametrize(
    "body",
    [
        "NATO said on Monday it would meet.",
        "The US and Russia agreed.",
        "IBM Corp. reported higher profit.",
    ],
)
def test_story_opening_is_not_a_dateline(body: str) -> None:
    assert find_dateline(body) is None


def test_front_matter_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nid: my-id\ntitle: T\npublished: 1998-08-07\ntags: [x]\n---\nBody text here.\n"
    )
    article = read_article(path)
    assert (article.id, article.title, article.published, article.tags) == (
        "my-id",
        "T",
        date(1998, 8, 7),
        ("x",),
    )
    assert article.body == "Body text here.\n"


def test_id_defaults_to_stem_and_title_to_first_sentence(tmp_path: Path) -> None:
    path = tmp_path / "river story.txt"
    path.write_text("BUDAPEST (AP) _ The river rose. It kept rising.\n")
    article = read_article(path)
    assert article.id == "river-story"
    assert article.title == "The river rose"
    assert article.title_derived


def test_dateline_date_becomes_published(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("KUALA LUMPUR, April 1, 1997 (AFP) - Stocks fell.\n")
    article = read_article(path)
    assert article.published == date(1997, 4, 1)
    assert article.published_from == "dateline"


@pytest.mark.parametrize(
    "story, title",
    [
        (
            "B.K. Holm Corp. was merged into Nordvik Inc. yesterday. More.",
            "B.K. Holm Corp. was merged into Nordvik Inc. yesterday",
        ),
        ("Gen. Ola Berg said the U.S. would help. More.", "Gen. Ola Berg said the U.S. would help"),
        ("Talks ended. More.", "Talks ended"),
    ],
)
def test_a_derived_title_does_not_end_at_an_abbreviation(story: str, title: str) -> None:
    assert derive_title(story) == title


def test_long_title_is_shortened_at_a_word() -> None:
    title = derive_title("word " * 40 + ". Next.")
    assert title.endswith("\u2026") and len(title) <= 91


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.md", b"", "empty.md: empty article: no body text"),
        ("blank.txt", b"   \n\n", "blank.txt: empty article: no body text"),
        (
            "latin.txt",
            "caf\u00e9".encode("latin-1"),
            "latin.txt: not UTF-8 (byte 0xe9 at offset 3)",
        ),
        ("bin.md", b"\x00\x01\x02PNG", "bin.md: binary file, not a text article"),
        ("open.md", b"---\ntitle: x\nBody", "open.md:1: front matter: no closing '---' line"),
        ("bad.md", b"---\ntitle: [x\n---\nBody", "bad.md:3: front matter: invalid YAML"),
        (
            "list.md",
            b"---\n- a\n---\nBody",
            "list.md:2: front matter: expected a mapping of fields",
        ),
        ("id.md", b"---\nid: ../../etc\n---\nBody", "id.md: id: '../../etc' is not a valid id"),
        ("when.md", b"---\npublished: soon\n---\nBody", "when.md: published: expected a date"),
        (
            "url.md",
            b"---\nurl: javascript:alert(1)\n---\nBody",
            "url.md: url: expected an http(s) address",
        ),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(path, tmp_path)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "title, kept",
    [
        ("=(PICTURE)=", False),
        ("ATTENTION - ADDS details ///", False),
        ("by Jane Doe", False),
        ("UPDATES with quotes", False),
        ("oil-for-food scam", False),  # the tail of a headline broken across lines
        ("Attention turns to the Danube", True),
        ("Quota deal agreed", True),
        ("T", True),
    ],
)
def test_a_wire_slug_is_no_title(tmp_path: Path, title: str, kept: bool) -> None:
    """The headline falls back to the lead sentence, shortened, where the title field holds a
    wire slug; a title a person wrote stays."""
    path = tmp_path / "a.md"
    path.write_text(
        f'---\ntitle: "{title}"\n---\nAustria and Hungary agreed on Tuesday to cap the water each may draw.\n'
    )
    article = read_article(path)
    assert (article.title == title) is kept
    if not kept:
        assert article.title.startswith("Austria and Hungary agreed") and article.title_derived


def test_the_bodys_own_headline_stands_for_a_broken_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "quota deal"\n---\n'
        "Danube states strike quota deal\n\nby Wang Li\n\n"
        "VIENNA, Nov. 2 (Xinhua) -- Austria and Hungary agreed on Tuesday to cap the water.\n"
    )
    article = read_article(path)
    assert article.title == "Danube states strike quota deal"
    assert not article.title_derived
    assert article.dateline is not None and article.dateline.agency == "Xinhua"
