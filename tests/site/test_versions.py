"""Repeated wire versions of one story: grouped, the latest counted (all texts invented)."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from generator.site.index import SheetView
from generator.site.versions import story_versions
from tests.conftest import write_article

FIRST = (
    "Environment ministers from Austria and Hungary met in Vienna on Monday to discuss the"
    " river, the first meeting since a drought last September cut the harvest by a third."
)
UPDATE = FIRST + (
    " Austrian Environment Minister Katrin Albrecht said the two governments had to agree"
    " before the summer, and Hungary asked for a share of the water held in Austrian dams."
)
OTHER = (
    "A storm closed the port of Hamburg on Monday and shipping companies said that dozens of"
    " container ships were waiting in the North Sea for the wind to drop before entering."
)


def view(sheet_id: str, published: str, body: str, source: str = "Test Wire") -> SheetView:
    meta = {"id": sheet_id, "title": sheet_id, "published": published, "source": source}
    return SheetView(sheet_id, {"article": meta}, body)


def test_an_update_of_a_story_is_a_version_of_it_and_the_latest_is_the_article() -> None:
    sheets = [
        view("first", "2026-03-02T08:00", FIRST),
        view("update", "2026-03-02T11:00", UPDATE),
        view("storm", "2026-03-02T09:00", OTHER),
        view("elsewhere", "2026-03-02T10:00", UPDATE, source="Other Wire"),
        view("week-later", "2026-03-09T10:00", UPDATE),
    ]
    assert story_versions(sheets) == {"update": ["first"]}


def test_a_story_told_twice_counts_once_and_its_pages_point_to_each_other(
    project: Path,
) -> None:
    for sheet_id, published, body in (
        ("talks-1", "2026-03-02", FIRST),
        ("talks-2", "2026-03-03", UPDATE),
    ):
        write_article(
            project,
            f"{sheet_id}.md",
            f"---\nid: {sheet_id}\ntitle: Ministers meet, {sheet_id}\npublished: {published}\n"
            f"source: Test Wire\n---\n{body}\n",
        )
    assert main(["--root", str(project), "extract"]) == 0
    assert main(["--root", str(project), "render"]) == 0
    docs = project / "docs"
    earlier = (docs / "articles" / "talks-1.md").read_text(encoding="utf-8")
    assert "an earlier version; the latest, which the site counts:" in earlier
    assert "(talks-2.md)" in earlier
    latest = (docs / "articles" / "talks-2.md").read_text(encoding="utf-8")
    assert "the latest; earlier versions:" in latest and "(talks-1.md)" in latest
    # the country's one page, which shows it as a place too
    hungary = (docs / "actors" / "hungary.md").read_text(encoding="utf-8")
    assert "talks-2" in hungary and "talks-1" not in hungary
    listing = (docs / "articles" / "index.md").read_text(encoding="utf-8")
    assert "(earlier version)" in listing and "(2 versions)" in listing
