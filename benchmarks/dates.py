"""Time expressions scored the TempEval-3 way on TimeBank (../shared/corpus).

Runs the library call behind `factsheet annotate` on every TimeBank article, each
anchored on its own `published` date, and compares the date mentions with the
1,243 gold TIMEX3 expressions: strict (same offsets), relaxed (overlap), value
(relaxed match with the same normalised value); P over system mentions, R over
gold. Usage: python benchmarks/dates.py [--errors N]
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from common import require_shared, scratch_config


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    corpus = require_shared("corpus", "timebank")
    gold_file = require_shared("corpus", "timebank-timex.jsonl")
    from generator.annotate import annotate

    gold: dict[str, list[dict]] = defaultdict(list)
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold[item["doc"]].append(item)
    config = scratch_config(Path.cwd())
    problems: list = []
    system: dict[str, list[dict]] = defaultdict(list)
    started = time.perf_counter()
    for line in annotate(config, [corpus], None, problems):
        item = json.loads(line)
        if item["kind"] == "date":
            system[item["doc"]].append(item)
    elapsed = time.perf_counter() - started
    strict = relaxed = value = 0
    n_system = sum(len(v) for v in system.values())
    n_gold = sum(len(v) for v in gold.values())
    errors = []
    for doc, golds in gold.items():
        used: set[int] = set()
        for g in golds:
            match = None
            for i, s in enumerate(system.get(doc, [])):
                if i not in used and s["start"] < g["end"] and g["start"] < s["end"]:
                    match = i
                    break
            if match is None:
                errors.append(("MISS", doc, g["text"], g["value"], ""))
                continue
            used.add(match)
            s = system[doc][match]
            relaxed += 1
            if s["start"] == g["start"] and s["end"] == g["end"]:
                strict += 1
            else:
                errors.append(("SPAN", doc, g["text"], g["value"], s["text"]))
            if s["value"] == g["value"]:
                value += 1
            else:
                errors.append(("VALUE", doc, g["text"], g["value"], s["value"]))
        for i, s in enumerate(system.get(doc, [])):
            if i not in used:
                errors.append(("FP", doc, s["text"], "", s["value"]))
    print(
        f"TimeBank: {len(gold)} articles, {n_gold} gold TIMEX3, {n_system} system mentions ({elapsed:.1f} s incl. spaCy)"
    )
    for name, hits in (("strict", strict), ("relaxed", relaxed), ("value", value)):
        p, r = hits / n_system if n_system else 0, hits / n_gold
        print(f"{name:8} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f1(p, r):5.1f}")
    if "--errors" in sys.argv:
        limit = (
            int(sys.argv[sys.argv.index("--errors") + 1])
            if len(sys.argv) > sys.argv.index("--errors") + 1
            else 60
        )
        kinds = (
            set(sys.argv[sys.argv.index("--errors") + 2].split(","))
            if len(sys.argv) > sys.argv.index("--errors") + 2
            else {"MISS", "FP", "VALUE", "SPAN"}
        )
        for kind, doc, text, gold_value, sys_value in errors[:limit]:
            if kind in kinds:
                print(f"{kind:5} {doc:28} {text!r:40} gold={gold_value} system={sys_value}")
    if problems:
        print(f"{len(problems)} article(s) could not be read")
    speed(config, corpus)
    return 0


def speed(config, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    """Date recognition and normalisation alone, against the spaCy pass over the same texts."""
    from generator.articles import article_files, read_article
    from generator.extract.sheet import nlp_text
    from generator.extract.timex import find_timexes
    from generator.nlp import load_pipeline

    articles = [read_article(p) for p in article_files([corpus])]
    texts = [nlp_text(a) for a in articles]
    nlp = load_pipeline(config.pipeline)

    def spacy_pass() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    def dates_pass() -> None:
        for article, text in zip(articles, texts):
            find_timexes(text, article.anchor_date, lambda _offset: "past")

    # Best of three runs each, interleaved: the machines are shared and a single run is noisy.
    # One BLAS thread, as `factsheet extract` runs each process.
    from threadpoolctl import threadpool_limits

    spacy_runs, timex_runs = [], []
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(3):
            for runs, work in ((spacy_runs, spacy_pass), (timex_runs, dates_pass)):
                started = time.perf_counter()
                work()
                runs.append(time.perf_counter() - started)
    spacy_seconds, timex_seconds = min(spacy_runs), min(timex_runs)
    print(
        f"speed (best of 3): spaCy pass {spacy_seconds:.1f} s, date recognition + normalisation {timex_seconds:.2f} s "
        f"({100 * timex_seconds / spacy_seconds:.1f}% of the spaCy pass; per run: "
        + ", ".join(f"{100 * t / s:.1f}%" for t, s in zip(timex_runs, spacy_runs))
        + ")"
    )


if __name__ == "__main__":
    raise SystemExit(main())
