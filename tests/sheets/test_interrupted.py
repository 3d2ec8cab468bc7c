"""A run killed at any write loses nothing: a sheet and its base change together or not at all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.config import load_config
from generator.pipeline import extract
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs (a BaseException, so no handler catches it)."""


def content(project: Path) -> dict[str, bytes]:
    folder = project / "content"
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*.yml"))
        if p.is_file()
    }


@pytest.fixture
def edited_then_changed(project: Path) -> Path:
    """Two extracted articles, one sheet edited by a person, then both articles changed: the next
    extract re-extracts both, merging one."""
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert not extract(load_config(project)).problems
    sheet = project / "content" / "facts" / "talks.yml"
    text = sheet.read_text()
    assert "role: Austrian Environment Minister" in text
    sheet.write_text(
        text.replace("role: Austrian Environment Minister", "role: Environment Minister of Austria")
    )
    write_article(
        project,
        "talks.md",
        ARTICLE_ONE + "\nHungarian officials said they would study the plan in Budapest.\n",
    )
    write_article(
        project, "deal.md", ARTICLE_TWO + "\nThe agreement runs until 2030, Albrecht said.\n"
    )
    return project


def killing_at(point: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the POINT-th moment around a rename the moment the run dies: even points just before
    a rename, odd ones just after. Returns the count of renames seen."""
    real_replace = os.replace
    seen = [0]

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if seen[0] * 2 == point:
            raise Killed
        real_replace(src, dst)
        seen[0] += 1
        if seen[0] * 2 - 1 == point:
            raise Killed

    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_a_kill_at_any_write_then_a_rerun_gives_what_an_uninterrupted_run_gives(
    edited_then_changed: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runs = tmp_path_factory.mktemp("runs")  # beside the project, not inside it
    reference = runs / "reference"
    shutil.copytree(edited_then_changed, reference)
    assert not extract(load_config(reference)).problems
    expected = content(reference)
    assert "by: editor" in expected["facts/talks.yml"].decode()
    assert "rejected" not in expected["facts/talks.yml"].decode()

    point = 0
    while True:
        trial = runs / f"kill-{point}"
        shutil.copytree(edited_then_changed, trial)
        with monkeypatch.context() as patch:
            killing_at(point, patch)
            try:
                extract(load_config(trial))
            except Killed:
                killed = True
            else:
                killed = False
        report = extract(load_config(trial))  # the next run, as a person would start it
        assert not report.problems, (point, report.problems)
        assert content(trial) == expected, f"killed at point {point}"
        if not killed:
            break
        point += 1
    assert point >= 12, (
        "every rename of both sheets, both bases and their journal entries was a kill point"
    )
