"""The collection as data: every sheet's articles, actors, places, mentions, dates, events, quotes
and numbers as tables, for pandas, Datasette or a spreadsheet.

SQLite is written with sqlite-utils (the tables Datasette opens as they are, with foreign keys to
`articles`); CSV and JSON Lines are one file per table. Rows come from the sheets as people left
them, corrections included. An item's `key` is `<article id>/<item id>`, unique across articles.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from generator.config import Config
from generator.errors import Problem

FORMATS = ("sqlite", "csv", "jsonl")
TABLES = ("articles", "actors", "places", "mentions", "dates", "events", "quotes", "numbers")
Row = dict[str, Any]


@dataclass
class ExportReport:
    output: Path
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.rows.items())
        return f"export: {counts} -> {self.output}"


def export(config: Config, fmt: str, output: Path) -> ExportReport:
    """Write every valid sheet's tables to OUTPUT (a .db file for sqlite, a folder otherwise)."""
    from generator.site.collection import load_sheets

    report = ExportReport(output)
    sheets = load_sheets(config, report.problems)
    tables = collection_tables([view.data for view in sheets])
    report.rows = {name: len(rows) for name, rows in tables.items()}
    if fmt == "sqlite":
        write_sqlite(tables, output)
    else:
        write_files(tables, output, fmt)
    return report


def collection_tables(sheets: list[dict[str, Any]]) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for sheet in sheets:
        for name, rows in sheet_rows(sheet):
            tables[name].extend(rows)
    return tables


def sheet_rows(sheet: dict[str, Any]) -> Iterator[tuple[str, list[Row]]]:
    article = sheet["article"]
    aid = article["id"]
    yield (
        "articles",
        [
            {"id": aid}
            | {k: article.get(k) for k in ("title", "published", "source", "url", "author", "path")}
            | {"summary": sheet.get("summary"), "reviewed": bool(article.get("reviewed"))}
        ],
    )
    yield from entity_rows(sheet, aid)
    yield from fact_rows(sheet, aid)


def keyed(aid: str, item_id: Any) -> str | None:
    return f"{aid}/{item_id}" if isinstance(item_id, str) else None


def entity_rows(sheet: dict[str, Any], aid: str) -> Iterator[tuple[str, list[Row]]]:
    """Actors, places, and the sentences that name them."""
    yield (
        "actors",
        [
            {"key": keyed(aid, a["id"]), "article_id": aid, "id": a["id"], "name": a["name"]}
            | {k: a.get(k) for k in ("type", "role", "affiliation", "mentions")}
            | {"aliases": json.dumps(a.get("aliases") or [], ensure_ascii=False)}
            for a in items(sheet, "actors")
        ],
    )
    yield (
        "places",
        [
            {"key": keyed(aid, p["id"]), "article_id": aid, "id": p["id"], "name": p["name"]}
            | {"mentions": p.get("mentions"), "dateline": bool(p.get("dateline"))}
            for p in items(sheet, "places")
        ],
    )
    yield (
        "mentions",
        [
            {"entity_key": keyed(aid, item["id"]), "kind": kind[:-1], "article_id": aid}
            | {"sentence": ev.get("sentence"), "text": ev.get("text")}
            for kind in ("actors", "places")
            for item in items(sheet, kind)
            for ev in item.get("evidence") or []
            if isinstance(ev, dict)
        ],
    )


def fact_rows(sheet: dict[str, Any], aid: str) -> Iterator[tuple[str, list[Row]]]:
    """Dates, events, quotes and numbers."""

    def refs(values: Any) -> str:
        """Actor keys, or an unnamed doer's words, as a JSON list."""
        out = [keyed(aid, v) if isinstance(v, str) else (v or {}).get("text") for v in values]
        return json.dumps(out, ensure_ascii=False)

    yield (
        "dates",
        [
            {"key": keyed(aid, d["id"]), "article_id": aid}
            | {k: d.get(k) for k in ("id", "text", "value", "type", "resolved", "sentence")}
            for d in items(sheet, "dates")
        ],
    )
    yield (
        "events",
        [
            {"key": keyed(aid, e["id"]), "article_id": aid, "id": e["id"]}
            | {"who": refs(e.get("who") or []), "did": e.get("did"), "lemma": e.get("lemma")}
            | {"whom": refs(e.get("whom") or []), "what": e.get("what")}
            | {"date_key": keyed(aid, e.get("when")), "place_key": keyed(aid, e.get("where"))}
            | {"negated": bool(e.get("negated")), "passive": bool(e.get("passive"))}
            | {"modality": e.get("modality")}
            | {"attributed_to": refs([e["attributed_to"]]) if e.get("attributed_to") else None}
            | {"key_event": bool(e.get("key")), "sentence": e.get("sentence")}
            | {"evidence": e.get("evidence")}
            for e in items(sheet, "events")
        ],
    )
    yield (
        "quotes",
        [
            {"key": keyed(aid, q["id"]), "article_id": aid, "id": q["id"], "text": q.get("text")}
            | {"kind": q.get("kind"), "speaker_key": keyed(aid, q.get("speaker"))}
            | {"speaker_name": q.get("speaker_name"), "sentence": q.get("sentence")}
            for q in items(sheet, "quotes")
        ],
    )
    numeric = ("id", "value", "what", "kind", "amount", "unit", "currency", "change")
    yield (
        "numbers",
        [
            {"key": keyed(aid, n["id"]), "article_id": aid}
            | {k: n.get(k) for k in numeric}
            | {"approximate": bool(n.get("approximate")), "owner_key": keyed(aid, n.get("of"))}
            | {"sentence": n.get("sentence")}
            for n in items(sheet, "numbers")
        ],
    )


def items(sheet: dict[str, Any], section: str) -> list[dict[str, Any]]:
    return [i for i in sheet.get(section) or [] if isinstance(i, dict) and i.get("id")]


PRIMARY_KEYS = {
    "articles": "id",
    **dict.fromkeys(("actors", "places", "dates", "events", "quotes", "numbers"), "key"),
}
"""Mentions have none: a sentence may name an entity more than once."""
FOREIGN_KEYS = {
    "actors": [("article_id", "articles", "id")],
    "places": [("article_id", "articles", "id")],
    "mentions": [("article_id", "articles", "id")],
    "dates": [("article_id", "articles", "id")],
    "events": [
        ("article_id", "articles", "id"),
        ("date_key", "dates", "key"),
        ("place_key", "places", "key"),
    ],
    "quotes": [("article_id", "articles", "id"), ("speaker_key", "actors", "key")],
    "numbers": [("article_id", "articles", "id"), ("owner_key", "actors", "key")],
}


def write_sqlite(tables: dict[str, list[Row]], output: Path) -> None:
    """One database, written beside OUTPUT and moved into place (never half a database)."""
    import sqlite_utils

    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=output.parent, suffix=".db.tmp")
    os.close(handle)
    try:
        db = sqlite_utils.Database(temp, recreate=True)
        for name in TABLES:
            pk = PRIMARY_KEYS.get(name)
            table = db[name]
            if tables[name]:
                table.insert_all(
                    tables[name], pk=pk, foreign_keys=FOREIGN_KEYS.get(name), alter=True
                )  # type: ignore[union-attr]
            else:
                table.create({pk or "id": str}, pk=pk)  # type: ignore[union-attr]
        db.close()
        os.replace(temp, output)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def write_files(tables: dict[str, list[Row]], output: Path, fmt: str) -> None:
    """`<table>.csv` or `<table>.jsonl` per table in the folder OUTPUT, each written atomically."""
    from generator.sheets.yamlio import write_atomic

    output.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        rows = tables[name]
        if fmt == "jsonl":
            text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        else:
            text = csv_text(rows)
        write_atomic(output / f"{name}.{fmt}", text)


def csv_text(rows: list[Row]) -> str:
    import io

    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
