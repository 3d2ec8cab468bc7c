"""Editors' corrections survive re-extraction: body edits, extractor upgrades, --force."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import generator
from generator.cli import main
from tests.conftest import ARTICLE_ONE, write_article

NEW_PARAGRAPH = "\nPeter Novak, the Slovak environment minister, said on Tuesday that Slovakia would join the talks.\n"


def run(project: Path, *args: str) -> int:
    return main(["--root", str(project), *args])


def sheet_path(project: Path) -> Path:
    return project / "content" / "facts" / "talks.yml"


def load(project: Path) -> dict:
    return yaml.safe_load(sheet_path(project).read_text())


def by_id(items: list[dict]) -> dict[str, dict]:
    return {i["id"]: i for i in items}


@pytest.fixture
def edited(project: Path) -> Path:
    """A sheet an editor has corrected in five ways."""
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    data = load(project)
    actors = by_id(data["actors"])
    actors["katrin-albrecht"]["role"] = "Environment Minister of Austria"
    monday = next(d for d in data["dates"] if d["text"] == "Monday")
    monday["value"] = "2026-03-03"
    data["actors"] = [a for a in data["actors"] if a["id"] != "meridian-risk-partners"]
    data["actors"].append({"name": "reporters", "type": "group", "role": "press at the meeting"})
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    text = text.replace("actors:\n", "# Checked against the wire copy by the desk.\nactors:\n", 1)
    sheet_path(project).write_text(text)
    return project


def assert_edits_survive(project: Path) -> dict:
    text = sheet_path(project).read_text()
    assert "# Checked against the wire copy by the desk." in text
    data = load(project)
    actors = by_id(data["actors"])
    assert actors["katrin-albrecht"]["role"] == "Environment Minister of Austria"
    assert actors["katrin-albrecht"]["by"] == "editor"
    assert next(d for d in data["dates"] if d["text"] == "Monday")["value"] == "2026-03-03"
    assert "meridian-risk-partners" not in actors
    assert "meridian-risk-partners" in data["rejected"]["actors"]
    assert actors["reporters"]["by"] == "editor"
    assert actors["reporters"]["evidence"], "the tool fills in evidence for a person-added actor"
    assert run(project, "check") == 0
    return data


def test_article_edit_merges(edited: Path) -> None:
    write_article(edited, "talks.md", ARTICLE_ONE + NEW_PARAGRAPH)
    assert run(edited, "extract") == 0
    data = assert_edits_survive(edited)
    assert "peter-novak" in by_id(data["actors"]), "new machine facts arrive"


def test_extractor_upgrade_merges(edited: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(generator, "EXTRACTOR_VERSION", "99.0.0")
    assert run(edited, "extract") == 0
    assert "0 extracted, 1 unchanged" in capsys.readouterr().out
    assert run(edited, "extract", "--upgrade") == 0
    data = assert_edits_survive(edited)
    assert data["article"]["extractor"] == "99.0.0"


def test_force_merges_and_is_stable(edited: Path) -> None:
    assert run(edited, "extract", "--force") == 0
    assert_edits_survive(edited)
    once = sheet_path(edited).read_text()
    assert run(edited, "extract", "--force") == 0
    assert sheet_path(edited).read_text() == once


def test_conflict_is_reported_and_strict_fails(edited: Path, capsys) -> None:
    write_article(
        edited,
        "talks.md",
        ARTICLE_ONE.replace("Austrian Environment Minister", "Austrian Farm Minister"),
    )
    capsys.readouterr()
    assert run(edited, "extract") == 0
    err = capsys.readouterr().err
    assert (
        "conflict: content/facts/talks.yml: actors[katrin-albrecht].role: kept the editor's "
        "'Environment Minister of Austria'; the extractor now says 'Austrian Farm Minister'"
    ) in err
    write_article(
        edited,
        "talks.md",
        ARTICLE_ONE.replace("Austrian Environment Minister", "Austrian Water Minister"),
    )
    assert run(edited, "extract", "--strict") == 1
    assert (
        by_id(load(edited)["actors"])["katrin-albrecht"]["role"]
        == "Environment Minister of Austria"
    )


def test_a_conflict_fails_every_strict_run_until_a_person_resolves_it(edited: Path, capsys) -> None:
    write_article(
        edited,
        "talks.md",
        ARTICLE_ONE.replace("Austrian Environment Minister", "Austrian Farm Minister"),
    )
    assert run(edited, "extract", "--strict") == 1
    conflict = (
        "actors[katrin-albrecht].role: kept the editor's 'Environment Minister of Austria'; "
        "the extractor now says 'Austrian Farm Minister'"
    )
    assert load(edited)["conflicts"] == [conflict]
    capsys.readouterr()
    assert run(edited, "extract", "--strict") == 1, (
        "nothing changed, and the conflict is still there"
    )
    assert f"conflict: content/facts/talks.yml: {conflict}" in capsys.readouterr().err
    assert run(edited, "build", "--strict") == 1
    assert "unresolved conflicts" in capsys.readouterr().err
    assert run(edited, "check") == 0  # valid, with a warning
    assert f"warning: content/facts/talks.yml: conflict: {conflict}" in capsys.readouterr().err
    text = sheet_path(edited).read_text()
    sheet_path(edited).write_text(
        re.sub(r"^conflicts:\n(?:[- ].*\n)+", "", text, flags=re.MULTILINE)
    )  # resolved
    assert "conflicts" not in load(edited)
    assert run(edited, "extract", "--strict") == 0
    assert run(edited, "build", "--strict") == 0


def test_unedited_items_take_the_new_machine_output(edited: Path) -> None:
    write_article(
        edited,
        "talks.md",
        ARTICLE_ONE.replace("nearly 400 million euros", "nearly 500 million euros"),
    )
    assert run(edited, "extract") == 0
    values = " ".join(n["value"] for n in load(edited)["numbers"])
    assert "500 million" in values and "400 million" not in values


def test_the_readme_example_passes_check_and_builds_before_any_re_extraction(
    edited: Path, capsys
) -> None:
    """What README tells editors to do (delete an actor, add one with only the fields they know)
    is valid as it is: `check` passes and the article keeps its page."""
    assert run(edited, "check") == 0, capsys.readouterr().err
    assert run(edited, "build", "--strict") == 0, capsys.readouterr().err
    page = (edited / "docs" / "articles" / "talks.md").read_text()
    assert "reporters" in page and "press at the meeting" in page
    assert "actors/meridian-risk-partners" not in page, "a deleted actor is not linked"


def test_an_edited_item_s_evidence_follows_the_article_text(edited: Path) -> None:
    """The editor's values stay; where the item is in the article is re-derived from the new text."""
    moved = ARTICLE_ONE.replace(
        "VIENNA, March 2 (Test Wire) - ",
        "VIENNA, March 2 (Test Wire) - A dry winter worried the region. ",
    )
    write_article(edited, "talks.md", moved)
    assert run(edited, "extract") == 0
    data = load(edited)
    body_sentences = data["sentences"]
    body = (edited / "content" / "articles" / "talks.md").read_text().split("---\n", 2)[2]
    albrecht = by_id(data["actors"])["katrin-albrecht"]
    assert albrecht["role"] == "Environment Minister of Austria"
    assert albrecht["evidence"], "still named in the article"
    for evidence in albrecht["evidence"]:
        start, end = body_sentences[evidence["sentence"]]
        assert (
            "Albrecht" in body[start:end] and " ".join(body[start:end].split()) == evidence["text"]
        )

    gone = "\n".join(line for line in moved.splitlines() if "Albrecht" not in line) + "\n"
    write_article(edited, "talks.md", gone)
    assert run(edited, "extract") == 0
    albrecht = by_id(load(edited)["actors"])["katrin-albrecht"]
    assert albrecht["role"] == "Environment Minister of Austria" and albrecht["by"] == "editor"
    assert albrecht["evidence"] == [] and albrecht["mentions"] == 0, (
        "no sentence of the new text names her"
    )


def test_edited_deleted_and_added_events_survive_re_extraction(project: Path) -> None:
    """An editor corrects one event's doer, deletes another and adds one of their own."""
    write_article(project, "talks.md", ARTICLE_ONE)
    assert run(project, "extract") == 0
    data = load(project)
    events = data["events"]
    assert len(events) >= 2, events
    corrected, deleted = events[0], events[1]
    corrected["who"] = [{"text": "the environment ministers"}]
    data["events"] = [e for e in events if e["id"] != deleted["id"]]
    data["events"].append({"who": ["katrin-albrecht"], "did": "warned", "what": "farmers"})
    sheet_path(project).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    assert run(project, "extract", "--force") == 0
    after = by_id(load(project)["events"])
    assert after[corrected["id"]]["who"] == [{"text": "the environment ministers"}]
    assert after[corrected["id"]]["by"] == "editor"
    assert deleted["id"] not in after
    assert deleted["id"] in load(project)["rejected"]["events"]
    added = [e for e in after.values() if e["did"] == "warned"]
    assert added and added[0]["by"] == "editor" and added[0]["id"]
    assert run(project, "check") == 0


def test_a_number_stops_naming_an_owner_an_editor_deleted(project: Path) -> None:
    body = (
        "---\nid: stake\ntitle: Stake rises\npublished: 2026-03-02\n---\n"
        "Harlow Energy said on Monday its stake in Varn Power rose to 18.7 percent.\n"
    )
    (project / "content" / "articles" / "stake.md").write_text(body, encoding="utf-8")
    assert run(project, "extract") == 0
    path = project / "content" / "facts" / "stake.yml"
    data = yaml.safe_load(path.read_text())
    assert [n.get("of") for n in data["numbers"]] == ["harlow-energy"]
    data["actors"] = [a for a in data["actors"] if a["id"] != "harlow-energy"]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    assert run(project, "extract", "--force") == 0
    data = yaml.safe_load(path.read_text())
    assert [n["value"] for n in data["numbers"]] == ["18.7 percent"]
    assert "of" not in data["numbers"][0]
    assert run(project, "check") == 0
