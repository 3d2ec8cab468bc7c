"""`factsheet export`: the collection as SQLite, CSV and JSON Lines, read back."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import yaml

from generator.cli import main
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_article

TABLES = ("articles", "actors", "places", "mentions", "dates", "events", "quotes", "numbers")


def extracted(project: Path) -> Path:
    write_article(project, "talks.md", ARTICLE_ONE)
    write_article(project, "deal.md", ARTICLE_TWO)
    assert main(["--root", str(project), "extract"]) == 0
    return project


def exported_db(project: Path) -> sqlite3.Connection:
    """The project's facts exported as SQLite, opened."""
    out = project / "out" / "facts.db"
    assert main(["--root", str(project), "export", "--output", str(out)]) == 0
    return sqlite3.connect(out)


def test_sqlite_export_answers_who_said_what_with_the_editors_corrections(
    project: Path,
) -> None:
    extracted(project)
    sheet = project / "content" / "facts" / "talks.yml"
    data = yaml.safe_load(sheet.read_text())
    albrecht = next(a for a in data["actors"] if a["id"] == "katrin-albrecht")
    albrecht["role"] = "Environment Minister of Austria"
    sheet.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    db = exported_db(project)
    quoted = db.execute(
        "select articles.title, quotes.text from quotes "
        "join actors on quotes.speaker_key = actors.key "
        "join articles on articles.id = quotes.article_id "
        "where actors.name = 'Katrin Albrecht'"
    ).fetchall()
    assert (
        "Ministers meet over river quotas",
        "We cannot wait for another dry season to decide who gets the water",
    ) in quoted
    role = db.execute("select role from actors where key = 'talks/katrin-albrecht'").fetchone()
    assert role == ("Environment Minister of Austria",)
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    assert set(TABLES) <= tables
    keys = db.execute("pragma foreign_key_list(quotes)").fetchall()
    assert {(k[2], k[3], k[4]) for k in keys} >= {
        ("articles", "article_id", "id"),
        ("actors", "speaker_key", "key"),
    }
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_a_number_points_at_the_actor_whose_it_is(project: Path) -> None:
    (project / "content" / "articles" / "stake.md").write_text(
        "---\nid: stake\ntitle: Stake rises\npublished: 2026-03-02\n---\n"
        "Harlow Energy said on Monday its stake in Varn Power rose to 18.7 percent.\n",
        encoding="utf-8",
    )
    assert main(["--root", str(project), "extract"]) == 0
    db = exported_db(project)
    owned = db.execute(
        "select numbers.value, actors.name from numbers "
        "join actors on numbers.owner_key = actors.key"
    ).fetchall()
    assert owned == [("18.7 percent", "Harlow Energy")]
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_csv_and_jsonl_exports_are_one_file_per_table(project: Path) -> None:
    extracted(project)
    for fmt in ("csv", "jsonl"):
        out = project / f"export-{fmt}"
        assert main(["--root", str(project), "export", "--format", fmt, "--output", str(out)]) == 0
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in TABLES)
    with (project / "export-csv" / "articles.csv").open(encoding="utf-8") as handle:
        titles = {row["title"] for row in csv.DictReader(handle)}
    assert titles == {"Ministers meet over river quotas", "Quota deal agreed"}
    lines = (project / "export-jsonl" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["article_id"] in {"talks", "deal"} for line in lines)


def test_an_unknown_format_is_a_usage_error(project: Path) -> None:
    assert main(["--root", str(project), "export", "--format", "xls", "--output", "x"]) == 2
