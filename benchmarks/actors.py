"""Actor and place extraction scored against the hand-made gold (../shared/gold, ../shared/seed).

Runs `factsheet extract` (the library call) on the gold articles in a scratch folder: the
12 TimeBank dev articles, the 20 AFP/Xinhua silver articles and the seed; then the
project-independent scorer ../shared/tools/score_actors.py, which prints each set apart and
all together; and the key numbers of the actor gold, by ../shared/tools/score_facts.py's test.
Usage: python benchmarks/actors.py [--errors]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml
from common import require_shared, scratch_config


def main() -> int:
    gold_dev = require_shared("gold", "actors", "dev")
    gold_silver = require_shared("gold", "actors", "silver")
    seed_gold = require_shared("seed", "gold.yml")
    scorer = require_shared("tools", "score_actors.py")
    corpus = require_shared("corpus", "timebank")
    silver = require_shared("corpus", "silver")
    from generator.pipeline import extract

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        articles = root / "content" / "articles"
        articles.mkdir(parents=True)
        for gold in sorted(gold_dev.glob("*.yml")):
            shutil.copy(corpus / f"{gold.stem}.md", articles / f"{gold.stem}.md")
        for gold in sorted(gold_silver.glob("*.yml")):
            shutil.copy(silver / f"{gold.stem}.md", articles / f"{gold.stem}.md")
        shutil.copy(seed_gold.parent / "article.txt", articles / "seed.txt")
        report = extract(scratch_config(root))
        print(report.summary())
        gold_root = root / "gold"
        shutil.copytree(gold_dev, gold_root / "dev")
        shutil.copytree(gold_silver, gold_root / "silver")
        (gold_root / "seed").mkdir()
        shutil.copy(seed_gold, gold_root / "seed" / "seed.yml")
        command = [sys.executable, str(scorer), str(gold_root), str(root / "content" / "facts")]
        command += [a for a in sys.argv[1:] if a == "--errors"]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        numbers = number_figures(scorer.parent, gold_root, root / "content" / "facts")
    lines = result.stdout.strip().splitlines()
    if "--errors" in sys.argv:
        print("\n".join(lines[:-1]))
    figures = json.loads(lines[-1])
    keys = [
        "actor_f1",
        "actor_precision",
        "actor_recall",
        "type_accuracy",
        "role_recall",
        "duplicate_rate",
        "place_f1",
    ]
    print(f"{'set':6} " + " ".join(f"{k:>16}" for k in keys))
    for name in ("seed", "dev", "silver", "all"):
        row = figures.get(name, {})
        print(f"{name:6} " + " ".join(f"{fmt(find(row, k)):>16}" for k in keys))
    print(f"\n{'set':6} {'key numbers':>16} {'found':>16} {'what right':>16}")
    for name, (gold, found, right) in numbers.items():
        print(f"{name:6} {gold:>16} {fmt(found / gold):>16} {fmt(right / max(found, 1)):>16}")
    return 0


def number_figures(tools: Path, gold_root: Path, sheets: Path) -> dict[str, tuple[int, int, int]]:
    """Key numbers of every article with actor gold, by score_facts.py's own test ('found', and
    'what' right among them): facts.py scores only the articles that also have event gold, 10
    of the 20 silver ones."""
    sys.path.insert(0, str(tools))
    import score_facts  # type: ignore[import-not-found]

    figures = {}
    for name in ("dev", "silver"):
        counts: Counter[str] = Counter()
        for gold in sorted((gold_root / name).glob("*.yml")):
            sheet = yaml.safe_load((sheets / gold.name).read_text(encoding="utf-8"))
            actors = yaml.safe_load(gold.read_text(encoding="utf-8"))
            score_facts.score_numbers(actors, sheet, counts, False)
        figures[name] = (counts["n_gold"], counts["n_found"], counts["n_what"])
    return figures


def find(row: dict, key: str):  # type: ignore[no-untyped-def]
    """The scorer nests figures; look the key up wherever it is."""
    aliases = {
        "actor_f1": [("actors", "f1"), ("actor_f1",)],
        "actor_precision": [("actors", "precision"), ("actor_precision",)],
        "actor_recall": [("actors", "recall"), ("actor_recall",)],
        "place_f1": [("places", "f1"), ("place_f1",)],
    }.get(key, [(key,)])
    for path in aliases:
        value = row
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None:
            return value
    return None


def fmt(value) -> str:  # type: ignore[no-untyped-def]
    return f"{value:.3f}" if isinstance(value, (int, float)) else "-"


if __name__ == "__main__":
    raise SystemExit(main())
