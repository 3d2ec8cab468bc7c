"""Key facts (events), quotes and numbers scored against the hand-made gold (../shared/gold/events).

Runs `factsheet extract` (the library call) in a scratch project on the articles that have event
gold: the seed, the 12 TimeBank dev articles and the 10 AFP/Xinhua silver ones. Scores the sheets
with the project-independent ../shared/tools/score_facts.py, and beside them a naive baseline
measured on the same parses: the first six subject-verb-object triples of each article.

Usage: python benchmarks/facts.py [--errors] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from common import require_shared, scratch_config

FIGURES = [
    ("key R", "key_recall"),
    ("key P", "key_precision"),
    ("all R", "event_recall"),
    ("whom", "whom_recall"),
    ("when", "when_acc"),
    ("where", "where_acc"),
    ("quote R", "quote_recall"),
    ("quote P", "quote_precision"),
    ("num R", "number_recall"),
    ("what", "number_what_acc"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list missed and wrong key events")
    parser.add_argument("--keep", type=Path, help="extract into this folder and keep it")
    options = parser.parse_args()
    events_gold = require_shared("gold", "events")
    actors_gold = require_shared("gold", "actors")
    seed_gold = require_shared("seed", "gold.yml")
    scorer = require_shared("tools", "score_facts.py")
    sources = {
        "dev": require_shared("corpus", "timebank"),
        "silver": require_shared("corpus", "silver"),
    }
    from generator.pipeline import extract

    with tempfile.TemporaryDirectory() as tmp:
        root = options.keep or Path(tmp)
        articles = root / "content" / "articles"
        articles.mkdir(parents=True, exist_ok=True)
        for set_name, corpus in sources.items():
            for gold in sorted((events_gold / set_name).glob("*.yml")):
                shutil.copy(corpus / f"{gold.stem}.md", articles / f"{gold.stem}.md")
        shutil.copy(seed_gold.parent / "article.txt", articles / "seed.txt")
        report = extract(scratch_config(root))
        print(report.summary())
        actors = root / "gold-actors"
        shutil.rmtree(actors, ignore_errors=True)
        shutil.copytree(actors_gold / "dev", actors / "dev")
        shutil.copytree(actors_gold / "silver", actors / "silver")
        (actors / "seed").mkdir()
        shutil.copy(seed_gold, actors / "seed" / "seed.yml")
        sheets = root / "content" / "facts"
        naive = root / "naive"
        write_naive_sheets(sheets, naive)
        rows = {}
        for name, folder in (("naive", naive), ("sheets", sheets)):
            errors = options.errors and name == "sheets"
            rows[name] = score(scorer, events_gold, folder, actors, errors)
    print(f"{'set':7} {'system':7} " + " ".join(f"{label:>7}" for label, _ in FIGURES))
    for set_name in ("seed", "dev", "silver"):
        for name, figures in rows.items():
            row = figures.get(set_name, {})
            cells = " ".join(f"{fmt(row.get(key)):>7}" for _, key in FIGURES)
            print(f"{set_name:7} {name:7} {cells}")
    return 0


def score(scorer: Path, gold: Path, sheets: Path, actors: Path, errors: bool) -> dict:
    command = [sys.executable, str(scorer), str(gold), str(sheets), "--actors", str(actors)]
    if errors:
        command.append("--errors")
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    lines = result.stdout.strip().splitlines()
    if errors:
        print("\n".join(lines[:-1]))
    return json.loads(lines[-1])


def write_naive_sheets(sheets: Path, out: Path) -> None:
    """The baseline: each article's first six subject-verb(-object) triples from the parse."""
    from generator.config import Config
    from generator.nlp import load_pipeline

    nlp = load_pipeline(Config(root=sheets).pipeline)
    out.mkdir(exist_ok=True)
    for path in sorted(sheets.glob("*.yml")):
        sheet = yaml.safe_load(path.read_text(encoding="utf-8"))
        body = Path(sheet["article"]["path"])
        text = body.read_text(encoding="utf-8") if body.is_absolute() else ""
        if not text:
            text = (sheets.parent.parent / sheet["article"]["path"]).read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text[text.find("\n---\n", 4) + 5 :]
        events = []
        for sentence in nlp(text).sents:
            for token in sentence:
                subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
                if token.pos_ not in ("VERB", "AUX") or not subjects:
                    continue
                objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
                events.append(
                    {
                        "who": [subtree(subjects[0])],
                        "did": token.text,
                        "whom": [subtree(o) for o in objects],
                        "evidence": sentence.text,
                    }
                )
        sheet = {"article": sheet["article"], "actors": sheet.get("actors"), "events": events[:6]}
        (out / path.name).write_text(yaml.safe_dump(sheet), encoding="utf-8")


def subtree(token) -> str:  # type: ignore[no-untyped-def]
    return " ".join(t.text for t in token.subtree)


def fmt(value) -> str:  # type: ignore[no-untyped-def]
    return f"{value:.3f}" if isinstance(value, (int, float)) else "-"


if __name__ == "__main__":
    raise SystemExit(main())
